#pragma once

#include "CloudStackResponse.h"
#include "CloudStackSigner.h"

#include <QJsonArray>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace welkin::cloudstack {

struct ClientOptions {
    int requestTimeoutMs = 30000;                 // wall clock per request, retries excluded
    qint64 maxResponseBytes = 64ll * 1024 * 1024; // larger answers are cut off with an error
    int rateLimitRetries = 4;                     // 429: retries before giving up
    int rateLimitBackoffMs = 1000;                // first wait after a 429; doubles, max 30 s
    int pageSize = 500;                           // the server caps it (default.page.size)
    int signatureLifetimeS = 0;                   // > 0: expiring signatures (signatureVersion 3)
};

// Signed, asynchronous calls to one CloudStack API endpoint over QNetworkAccessManager (large
// answers are parsed on the global thread pool, not the caller's thread). Every
// request is built by createRequest() and every reply passes the reply hook, the two places
// a TLS trust policy (certificate pinning) plugs in. Callbacks run on the client's thread and
// never after abortAll() or the client's destruction.
class Client : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiResult &)>;
    using ListCallback = std::function<void(const ApiResult &, const QJsonArray &items)>;
    // Returns "" or why the request must not be sent (e.g. an unreadable CA file).
    using RequestHook = std::function<QString(QNetworkRequest &)>;
    using ReplyHook = std::function<void(QNetworkReply *)>;

    Client(QUrl endpoint, QString apiKey, QString secretKey, ClientOptions options = {}, QObject *parent = nullptr);
    ~Client() override;

    const QUrl &endpoint() const { return m_endpoint; }
    const ClientOptions &options() const { return m_options; }

    // One call; `done` gets the envelope's content or a specific error.
    void call(const QString &command, const Params &params, Callback done);
    // A list* call over all pages (page/pagesize); `items` are the arrays under `itemKey`.
    void listAll(const QString &command, const Params &params, const QString &itemKey, ListCallback done);

    // Drops every request in flight and every pending retry; their callbacks never run.
    void abortAll();
    // abortAll() for good: later calls are ignored (the owner is closing; deleteLater follows).
    void shutdown();

    // The single place requests are made (headers, TLS configuration via the hook).
    QNetworkRequest createRequest(const QUrl &url, QString *error = nullptr) const;
    void setRequestHook(RequestHook hook) { m_requestHook = std::move(hook); }
    void setReplyHook(ReplyHook hook) { m_replyHook = std::move(hook); }

    int requestsSent() const { return m_requestsSent; }

private:
    struct Request;
    struct ListState;
    void send(const std::shared_ptr<Request> &request);
    void finished(QNetworkReply *reply, const std::shared_ptr<Request> &request, ApiResult::Failure cut);
    void parseElsewhere(const QByteArray &body, int http, const std::shared_ptr<Request> &request, int retryAfterMs);
    // Retries a 429 after its backoff, else hands the result to the caller.
    void complete(const std::shared_ptr<Request> &request, ApiResult result, int http, int retryAfterMs);
    void fetchPage(const std::shared_ptr<ListState> &state);
    QString serverName() const;

    QUrl m_endpoint;
    QString m_apiKey;
    QString m_secretKey;
    ClientOptions m_options;
    QNetworkAccessManager *m_network;
    QSet<QNetworkReply *> m_replies;
    RequestHook m_requestHook;
    ReplyHook m_replyHook;
    quint64 m_generation = 0; // bumped by abortAll(): pending retries of older ones are dropped
    int m_requestsSent = 0;
    bool m_shutDown = false;
};

} // namespace welkin::cloudstack
