#include "KeystoneSession.h"

#include <QJsonObject>
#include <QPointer>

namespace welkin::openstack {

using namespace Qt::StringLiterals;

KeystoneSession::KeystoneSession(ApiClient *client, CloudConfig config, QObject *parent)
    : QObject(parent), m_client(client), m_config(std::move(config))
{
}

void KeystoneSession::setSecret(const QString &secret)
{
    if (m_config.usesApplicationCredential())
        m_config.applicationCredentialSecret = secret;
    else
        m_config.password = secret;
}

bool KeystoneSession::tokenFresh() const
{
    if (!m_token)
        return false;
    if (!m_trustExpiry)
        return true;
    qint64 margin = m_refreshMarginS;
    if (margin < 0)
        margin = std::min<qint64>(300, m_token->issuedAt.isValid() ? m_token->issuedAt.secsTo(m_token->expiresAt) / 4 : 300);
    return QDateTime::currentDateTimeUtc().addSecs(margin) < m_token->expiresAt;
}

void KeystoneSession::authenticate(Done done)
{
    m_waiting.append(std::move(done));
    if (m_waiting.size() > 1)
        return; // a login is already in flight; it answers everyone
    ApiRequest request;
    request.method = "POST";
    request.url = Keystone::tokensUrl(m_config.authUrl);
    request.body = Keystone::authRequestBody(m_config);
    m_client->send(request, this, [this](const ApiResponse &response) {
        ApiResponse result = response;
        if (response.ok()) {
            QString error;
            m_token = Keystone::parseToken(response.header("x-subject-token"), response.json.object(), error);
            if (m_token) {
                ++m_authCount;
            } else {
                result.failure = ApiResponse::Failure::BadJson;
                result.error = error;
            }
        } else {
            m_token.reset();
        }
        const QList<Done> waiting = std::exchange(m_waiting, {});
        for (const Done &d : waiting)
            d(result);
    });
}

void KeystoneSession::call(const ApiRequest &request, QObject *context, ApiClient::Callback callback)
{
    send(request, context, std::move(callback), false);
}

void KeystoneSession::send(const ApiRequest &request, QObject *context, ApiClient::Callback callback, bool retried)
{
    QPointer<QObject> guard(context);
    if (!tokenFresh()) {
        authenticate([this, request, guard, callback, retried](const ApiResponse &failure) {
            if (!guard)
                return;
            if (!failure.ok() || !m_token) {
                callback(failure);
                return;
            }
            sendWithToken(request, guard, callback, retried); // fresh as it gets: no second check
        });
        return;
    }
    sendWithToken(request, context, std::move(callback), retried);
}

void KeystoneSession::sendWithToken(const ApiRequest &request, QObject *context, ApiClient::Callback callback,
                                    bool retried)
{
    QPointer<QObject> guard(context);
    ApiRequest withToken = request;
    withToken.headers.append({"X-Auth-Token"_ba, m_token->value});
    const QByteArray usedToken = m_token->value;
    m_client->send(withToken, context, [this, request, guard, callback, retried, usedToken](const ApiResponse &response) {
        if (response.status == 401 && !retried) {
            // Revoked or expired early: log in once more, then give up.
            if (m_token && m_token->value == usedToken)
                m_token.reset();
            if (guard)
                send(request, guard, callback, true);
            return;
        }
        callback(response);
    });
}

} // namespace welkin::openstack
