#include "ApiClient.h"

#include "security/TlsTrust.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

namespace welkin::openstack {

using namespace Qt::StringLiterals;

namespace {
constexpr const char *failureProperty = "welkinFailure";

QString tr(const char *text)
{
    return QCoreApplication::translate("OpenStack", text);
}
} // namespace

ApiClient::ApiClient(QObject *parent) : QObject(parent), m_nam(new QNetworkAccessManager(this))
{
    // Redirects are followed only to the same scheme (never https -> http).
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

QNetworkRequest ApiClient::createRequest(const QUrl &url, QString *error) const
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, QString(u"welkin/"_s + QCoreApplication::applicationVersion()));
    request.setRawHeader("Accept", "application/json");
    // The wall-clock deadline below is the real limit; this only catches a silent stall early.
    request.setTransferTimeout(m_timeoutMs);
    // Verification on, plus the connection's CA file. An unusable CA file is the user's to fix:
    // the request is not sent (it could only fail as "untrusted certificate").
    TlsTrust::configure(request, m_caFile, error);
    return request;
}

void ApiClient::send(const ApiRequest &req, QObject *context, Callback callback)
{
    QString caError;
    QNetworkRequest request = createRequest(req.url, &caError);
    if (!caError.isEmpty()) {
        ApiResponse response;
        response.failure = ApiResponse::Failure::Network;
        response.error = tr("%1 %2: %3").arg(QString::fromLatin1(req.method),
                                             req.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery), caError);
        QPointer<QObject> guard(context);
        const bool hasContext = context != nullptr;
        QTimer::singleShot(0, this, [guard, hasContext, callback, response] {
            if (!hasContext || guard)
                callback(response);
        });
        return;
    }
    for (const auto &[name, value] : req.headers)
        request.setRawHeader(name, value);
    if (!req.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    QNetworkReply *reply = m_nam->sendCustomRequest(request, req.method, req.body);
    if (TlsTrust *trust = TlsTrust::global(); trust && !m_connectionId.isEmpty())
        trust->attach(reply, m_connectionId); // pins; asks the user about untrusted certificates

    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply] {
        reply->setProperty(failureProperty, static_cast<int>(ApiResponse::Failure::Timeout));
        reply->abort();
    });
    deadline->start(m_timeoutMs);
    const qint64 maxBytes = m_maxBytes;
    // Refuse what would not fit: by the announced length, else by what has arrived.
    auto tooLarge = [reply, maxBytes] {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > maxBytes || reply->bytesAvailable() > maxBytes) {
            reply->setProperty(failureProperty, static_cast<int>(ApiResponse::Failure::TooLarge));
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, reply, tooLarge);
    connect(reply, &QNetworkReply::readyRead, reply, tooLarge);
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    const QString method = QString::fromLatin1(req.method);
    connect(reply, &QNetworkReply::finished, this, [this, reply, guard, hasContext, callback, maxBytes, method] {
        reply->deleteLater();
        if (hasContext && !guard)
            return;
        QElapsedTimer handling;
        handling.start();
        ApiResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            response.headers.insert(name.toLower(), value);
        const QString where = method + u' ' + reply->url().toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        const auto forced = static_cast<ApiResponse::Failure>(reply->property(failureProperty).toInt());
        if (forced == ApiResponse::Failure::Timeout) {
            response.failure = forced;
            response.error = tr("%1: no answer within %2 s").arg(where).arg(m_timeoutMs / 1000.0);
        } else if (forced == ApiResponse::Failure::TooLarge) {
            response.failure = forced;
            response.error = tr("%1: the response is larger than %2 MiB").arg(where).arg(maxBytes / (1024 * 1024));
        } else if (response.status == 0) {
            response.failure = ApiResponse::Failure::Network;
            const QString refused = TlsTrust::refusalReason(reply);
            response.error = tr("%1: %2").arg(where, refused.isEmpty() ? reply->errorString() : refused);
        } else {
            response.body = reply->readAll();
            const QByteArray retry = response.header("retry-after");
            bool isNumber = false;
            const int seconds = retry.trimmed().toInt(&isNumber);
            if (isNumber)
                response.retryAfterS = seconds;
            if (response.status < 200 || response.status >= 300) {
                response.failure = ApiResponse::Failure::Http;
                response.error = describeHttpFailure(response.status, faultMessage(response.body), response.retryAfterS);
            } else if (!response.body.trimmed().isEmpty()) {
                QJsonParseError parseError{};
                response.json = QJsonDocument::fromJson(response.body, &parseError);
                if (parseError.error != QJsonParseError::NoError) {
                    response.failure = ApiResponse::Failure::BadJson;
                    response.error = tr("%1: malformed JSON in the response at byte %2: %3")
                                         .arg(where).arg(parseError.offset).arg(parseError.errorString());
                }
            }
        }
        response.handlingNs = handling.nsecsElapsed();
        callback(response);
    });
}

void ApiClient::abortAll()
{
    const auto replies = m_nam->findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies) {
        disconnect(reply, &QNetworkReply::finished, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

QString faultMessage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject root = doc.object();
        // Keystone {"error": {...}}, Nova {"<faultName>": {...}}, Neutron {"NeutronError": {...}}
        for (auto it = root.begin(); it != root.end(); ++it) {
            const QJsonObject fault = it.value().toObject();
            const QString message = fault.value(u"message"_s).toString();
            if (!message.isEmpty())
                return message;
        }
        const QString message = root.value(u"message"_s).toString();
        if (!message.isEmpty())
            return message;
    }
    // Plain text or HTML (proxies, Glance): a short, tag-free excerpt.
    QString text = QString::fromUtf8(body.left(2000));
    text.remove(QRegularExpression(u"<[^>]*>"_s));
    text = text.simplified();
    return text.size() > 300 ? text.left(300) + u"…"_s : text;
}

QString describeHttpFailure(int status, const QString &serviceMessage, int retryAfterS)
{
    QString what;
    switch (status) {
    case 400: what = tr("Bad request"); break;
    case 401: what = tr("Authentication failed"); break;
    case 403: what = tr("Permission denied"); break;
    case 404: what = tr("Not found"); break;
    case 406: what = tr("Version not supported"); break;
    case 409: what = tr("Conflict"); break;
    case 413:
    case 429: what = tr("Over the limit"); break;
    default:
        what = status >= 500 ? tr("Server error") : tr("Request failed");
        break;
    }
    QString text = serviceMessage.isEmpty() ? what : what + u": "_s + serviceMessage;
    text += u" (HTTP "_s + QString::number(status) + u')';
    if (retryAfterS >= 0)
        text += u' ' + tr("- retry after %1 s").arg(retryAfterS);
    return text;
}

} // namespace welkin::openstack
