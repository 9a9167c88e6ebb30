#include "CloudStackClient.h"

#include "net/RestClient.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>

namespace welkin::cloudstack {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCloudStackClient, "welkin.cloudstack.client")

namespace {
constexpr int maxPages = 100000;          // a server that never ends its list must not loop us forever
constexpr int maxSignatureLifetimeS = 900; // enforce.post.requests.and.timestamps refuses more

// errortext of an error envelope, else the tag-free text of the body.
QString serviceMessage(const QByteArray &body, const QJsonDocument &json)
{
    const QJsonObject top = json.object();
    if (top.size() == 1) {
        const QString text = top.begin()->toObject().value(u"errortext"_s).toString();
        if (!text.isEmpty())
            return text;
    }
    return net::plainTextExcerpt(body);
}
} // namespace

struct Client::Request {
    QString command;
    Params params;
    Callback done;
    int attempt = 0;
    quint64 generation = 0;
    bool expiring = false;   // how the attempt in flight was signed
    bool unexpiring = false; // the server refused this request's expiring signature
};

struct Client::ListState {
    QString command;
    Params params;
    QString itemKey;
    ListCallback done;
    int page = 1;
    QJsonArray items;
};

Client::Client(QUrl endpoint, QString apiKey, QString secretKey, ClientOptions options, QObject *parent)
    : QObject(parent), m_endpoint(std::move(endpoint)), m_apiKey(std::move(apiKey)), m_secretKey(std::move(secretKey)),
      m_options(options), m_rest(new net::RestClient(this))
{
    m_options.signatureLifetimeS = std::clamp(m_options.signatureLifetimeS, 0, maxSignatureLifetimeS);
    m_rest->setTimeoutMs(m_options.requestTimeoutMs);
    m_rest->setMaxResponseBytes(m_options.maxResponseBytes);
    m_rest->setFaultReader(serviceMessage);
}

Client::~Client()
{
    abortAll();
}

QString Client::serverName() const
{
    return m_endpoint.port() > 0 ? m_endpoint.host() + u':' + QString::number(m_endpoint.port()) : m_endpoint.host();
}

void Client::setTlsContext(const QString &connectionId, const QString &caFile)
{
    m_rest->setTlsContext(connectionId, caFile);
}

bool Client::sendsAsPost(const QString &command)
{
    return !command.startsWith(u"list"_s) && !command.startsWith(u"query"_s) && !command.startsWith(u"get"_s);
}

void Client::call(const QString &command, const Params &params, Callback done)
{
    if (m_shutDown)
        return;
    auto request = std::make_shared<Request>();
    request->command = command;
    request->params = params;
    request->done = std::move(done);
    request->generation = m_generation;
    send(request);
}

void Client::send(const std::shared_ptr<Request> &request)
{
    Params params = request->params;
    params.prepend({u"command"_s, request->command});
    request->expiring = m_options.signatureLifetimeS > 0 && !m_unexpiring && !request->unexpiring;
    // Signed again for every attempt: an expiring signature must be fresh for a retry too.
    const QDateTime expires = request->expiring
        ? QDateTime::currentDateTimeUtc().addSecs(m_options.signatureLifetimeS)
        : QDateTime();
    const QByteArray query = signedQuery(params, m_apiKey, m_secretKey, expires);
    net::RestRequest rest;
    rest.url = m_endpoint;
    if (sendsAsPost(request->command)) {
        rest.method = "POST";
        rest.body = query;
        rest.contentType = "application/x-www-form-urlencoded; charset=UTF-8";
    } else {
        rest.url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    }
    ++m_requestsSent;
    m_rest->send(rest, this, [this, request](const net::RestReply &reply) { finished(request, reply); });
}

void Client::finished(const std::shared_ptr<Request> &request, const net::RestReply &reply)
{
    using F = ApiResult::Failure;
    using R = net::RestReply::Failure;
    ApiResult result;
    if (reply.failure == R::Timeout) {
        result = ApiResult::failed(F::Timeout, tr("%1 did not answer %2 within %3 s")
                                                   .arg(serverName(), request->command)
                                                   .arg(m_options.requestTimeoutMs / 1000.0));
    } else if (reply.failure == R::TooLarge) {
        result = ApiResult::failed(F::TooLarge, tr("the answer of %1 to %2 exceeded the limit of %3 MiB")
                                                    .arg(serverName(), request->command)
                                                    .arg(m_options.maxResponseBytes / (1024.0 * 1024.0)));
    } else if (reply.failure == R::Network) {
        // reply.detail: Qt's reason, TlsTrust's refusal of the certificate, or the unusable CA file.
        result = ApiResult::failed(F::Network, tr("cannot reach %1: %2").arg(serverName(), reply.detail));
    } else {
        result = interpretResponse(reply.json, reply.jsonError, reply.body, reply.status);
        if (result.serverText.isEmpty() && (result.failure == F::Http || result.failure == F::Auth)
            && !reply.serviceMessage.isEmpty())
            result.error = tr("%1: %2").arg(result.error, reply.serviceMessage); // a proxy's own words
    }
    // The signature got through when the command ran, successfully or with the server's error.
    const bool signatureAccepted = result.ok() || result.failure == F::Api;
    if (request->expiring) {
        if (signatureAccepted) {
            m_expiringAccepted = true;
        } else if (result.failure == F::Auth && !m_expiringAccepted) {
            // Refused before anything ran: a server that does not take expiring signatures or whose
            // clock is far off ours, or simply a wrong key. Once more with an unexpiring signature.
            request->unexpiring = true;
            send(request);
            return;
        }
    } else if (request->unexpiring && !m_unexpiring && signatureAccepted) {
        m_unexpiring = true;
        qCWarning(lcCloudStackClient).noquote()
            << serverName() << "refused an expiring signature (signatureVersion 3) and accepted an unexpiring"
            << "one; signing without expiry from now on. Is its clock or ours off?";
    }
    const int retryAfterMs = reply.retryAfterS >= 0 ? std::min(reply.retryAfterS, 60) * 1000 : -1;
    complete(request, result, reply.status, retryAfterMs);
}

void Client::complete(const std::shared_ptr<Request> &request, ApiResult result, int http, int retryAfterMs)
{
    using F = ApiResult::Failure;
    if (http == 429 || result.failure == F::RateLimited) {
        if (request->attempt < m_options.rateLimitRetries) {
            const int backoff = std::min(m_options.rateLimitBackoffMs << request->attempt, 30000);
            const int delay = retryAfterMs >= 0 ? retryAfterMs : backoff;
            ++request->attempt;
            qCInfo(lcCloudStackClient) << request->command << "rate-limited; retrying in" << delay << "ms";
            QTimer::singleShot(delay, this, [this, request] {
                if (request->generation == m_generation)
                    send(request);
            });
            return;
        }
        result.failure = F::RateLimited;
        result.error = tr("%1 keeps refusing requests: API rate limit exceeded (%2)")
                           .arg(serverName(), result.serverText.isEmpty() ? u"HTTP 429"_s : result.serverText);
    }
    if (request->done)
        request->done(result);
}

void Client::listAll(const QString &command, const Params &params, const QString &itemKey, ListCallback done)
{
    auto state = std::make_shared<ListState>();
    state->command = command;
    state->params = params;
    state->itemKey = itemKey;
    state->done = std::move(done);
    fetchPage(state);
}

void Client::fetchPage(const std::shared_ptr<ListState> &state)
{
    Params params = state->params;
    params.append({u"page"_s, QString::number(state->page)});
    params.append({u"pagesize"_s, QString::number(m_options.pageSize)});
    call(state->command, params, [this, state](const ApiResult &result) {
        if (!result.ok()) {
            state->done(result, {});
            return;
        }
        // An empty list comes without `count` and without the array. Anything else in its place is
        // a broken answer, not an empty list (which would make every listed object vanish).
        const QJsonValue listed = result.body.value(state->itemKey);
        if (!listed.isUndefined() && !listed.isNull() && !listed.isArray()) {
            state->done(ApiResult::failed(ApiResult::Failure::Malformed,
                                          tr("the answer to %1 has \"%2\", but not as a list")
                                              .arg(state->command, state->itemKey),
                                          result.httpStatus),
                        {});
            return;
        }
        const QJsonArray page = listed.toArray();
        for (const QJsonValue &item : page)
            state->items.append(item);
        const int count = result.body.value(u"count"_s).toInt(-1);
        const bool complete = page.isEmpty() || page.size() < m_options.pageSize
            || (count >= 0 && state->items.size() >= count);
        if (complete) {
            state->done(result, state->items);
            return;
        }
        if (++state->page > maxPages) {
            state->done(ApiResult::failed(ApiResult::Failure::Malformed,
                                          tr("%1 did not end after %2 pages").arg(state->command).arg(maxPages)),
                        {});
            return;
        }
        fetchPage(state);
    });
}

void Client::shutdown()
{
    m_shutDown = true;
    abortAll();
}

void Client::abortAll()
{
    ++m_generation;
    m_rest->abortAll();
}

} // namespace welkin::cloudstack
