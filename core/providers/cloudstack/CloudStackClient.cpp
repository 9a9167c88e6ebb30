#include "CloudStackClient.h"

#include "security/TlsTrust.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>

namespace welkin::cloudstack {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCloudStackClient, "welkin.cloudstack.client")

namespace {
constexpr int maxPages = 100000; // a server that never ends its list must not loop us forever
constexpr qsizetype offThreadParseBytes = 64 * 1024; // smaller answers parse faster than a handover
} // namespace

struct Client::Request {
    QString command;
    Params params;
    Callback done;
    int attempt = 0;
    quint64 generation = 0;
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
      m_options(options), m_network(new QNetworkAccessManager(this))
{
}

Client::~Client()
{
    abortAll();
}

QString Client::serverName() const
{
    return m_endpoint.port() > 0 ? m_endpoint.host() + u':' + QString::number(m_endpoint.port()) : m_endpoint.host();
}

QNetworkRequest Client::createRequest(const QUrl &url, QString *error) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (m_requestHook) {
        const QString problem = m_requestHook(request);
        if (error)
            *error = problem;
    }
    return request;
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
    const QDateTime expires = m_options.signatureLifetimeS > 0
        ? QDateTime::currentDateTimeUtc().addSecs(m_options.signatureLifetimeS)
        : QDateTime();
    QUrl url = m_endpoint;
    // Re-signed on every attempt: an expiring signature must be fresh for a retry too.
    url.setQuery(QString::fromLatin1(signedQuery(params, m_apiKey, m_secretKey, expires)), QUrl::StrictMode);

    QString refused;
    const QNetworkRequest networkRequest = createRequest(url, &refused);
    if (!refused.isEmpty()) {
        const ApiResult result = ApiResult::failed(ApiResult::Failure::Network,
                                                   tr("cannot reach %1: %2").arg(serverName(), refused));
        QTimer::singleShot(0, this, [this, request, result] {
            if (request->generation == m_generation)
                complete(request, result, 0, -1);
        });
        return;
    }
    QNetworkReply *reply = m_network->get(networkRequest);
    ++m_requestsSent;
    m_replies.insert(reply);
    if (m_replyHook)
        m_replyHook(reply);
    auto cut = std::make_shared<ApiResult::Failure>(ApiResult::Failure::None);
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, cut] {
        *cut = ApiResult::Failure::Timeout;
        reply->abort();
    });
    deadline->start(m_options.requestTimeoutMs);
    const qint64 limit = m_options.maxResponseBytes;
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, cut, limit](qint64 received, qint64 total) {
        if (*cut == ApiResult::Failure::None && (received > limit || total > limit)) {
            *cut = ApiResult::Failure::TooLarge;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, request, cut] { finished(reply, request, *cut); });
}

void Client::finished(QNetworkReply *reply, const std::shared_ptr<Request> &request, ApiResult::Failure cut)
{
    using F = ApiResult::Failure;
    m_replies.remove(reply);
    reply->deleteLater();
    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    bool hasRetryAfter = false;
    const int retryAfterS = reply->rawHeader("Retry-After").toInt(&hasRetryAfter);
    const int retryAfterMs = hasRetryAfter && retryAfterS >= 0 ? std::min(retryAfterS * 1000, 60000) : -1;
    ApiResult result;
    if (cut == F::Timeout) {
        result = ApiResult::failed(F::Timeout, tr("%1 did not answer %2 within %3 s")
                                                   .arg(serverName(), request->command)
                                                   .arg(m_options.requestTimeoutMs / 1000.0));
    } else if (cut == F::TooLarge) {
        result = ApiResult::failed(F::TooLarge, tr("the answer of %1 to %2 exceeded the limit of %3 MiB")
                                                    .arg(serverName(), request->command)
                                                    .arg(m_options.maxResponseBytes / (1024.0 * 1024.0)));
    } else if (reply->error() != QNetworkReply::NoError && http == 0) {
        // A certificate Welkin refused (untrusted, or not the pinned one) says so in its own words.
        const QString refused = TlsTrust::refusalReason(reply);
        result = ApiResult::failed(F::Network, tr("cannot reach %1: %2")
                                                   .arg(serverName(), refused.isEmpty() ? reply->errorString() : refused));
    } else {
        const QByteArray body = reply->readAll();
        if (body.size() >= offThreadParseBytes) {
            parseElsewhere(body, http, request, retryAfterMs);
            return;
        }
        result = parseResponse(body, http);
    }
    complete(request, result, http, retryAfterMs);
}

void Client::parseElsewhere(const QByteArray &body, int http, const std::shared_ptr<Request> &request, int retryAfterMs)
{
    // A page of hundreds of VMs takes milliseconds to parse: not on the GUI thread. The watcher is
    // ours, so a client that is gone never hears back; the pool task only holds its own data.
    auto *watcher = new QFutureWatcher<ApiResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request, http, retryAfterMs] {
        const ApiResult result = watcher->result();
        watcher->deleteLater();
        if (request->generation == m_generation && !m_shutDown)
            complete(request, result, http, retryAfterMs);
    });
    auto promise = std::make_shared<QPromise<ApiResult>>();
    watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, body, http] {
        promise->start();
        promise->addResult(parseResponse(body, http));
        promise->finish();
    });
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
        // An empty list comes without `count` and without the array.
        const QJsonArray page = result.body.value(state->itemKey).toArray();
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
    const QSet<QNetworkReply *> replies = std::exchange(m_replies, {});
    for (QNetworkReply *reply : replies) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

} // namespace welkin::cloudstack
