#pragma once

#include "CloudStackResponse.h"
#include "CloudStackSigner.h"

#include <QJsonArray>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace welkin::net {
class RestClient;
struct RestReply;
} // namespace welkin::net

namespace welkin::cloudstack {

struct ClientOptions {
    int requestTimeoutMs = 30000;                 // wall clock per request, retries excluded
    qint64 maxResponseBytes = 64ll * 1024 * 1024; // larger answers are cut off with an error
    int rateLimitRetries = 4;                     // 429: retries before giving up
    int rateLimitBackoffMs = 1000;                // first wait after a 429; doubles, max 30 s
    int pageSize = 500;                           // the server caps it (default.page.size)
    // Signatures expire this long after signing (signatureVersion=3 with expires), so a request
    // copied from a log cannot be replayed later. 0 = unexpiring signatures. At most 900: servers
    // with enforce.post.requests.and.timestamps refuse an expiry more than 15 minutes ahead.
    int signatureLifetimeS = 300;
};

// Signed, asynchronous calls to one CloudStack API endpoint over the shared REST client
// (net::RestClient: deadline, size cap, TLS trust, large answers parsed on the thread pool). This
// layer adds the protocol: signatures (expiring by default, unexpiring only after the server
// refused an expiring one), POST for commands that change something, the response envelopes,
// paging and the 429 backoff. Callbacks run on the client's thread and never after abortAll()
// or the client's destruction.
class Client : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiResult &)>;
    using ListCallback = std::function<void(const ApiResult &, const QJsonArray &items)>;

    Client(QUrl endpoint, QString apiKey, QString secretKey, ClientOptions options = {}, QObject *parent = nullptr);
    ~Client() override;

    const QUrl &endpoint() const { return m_endpoint; }
    const ClientOptions &options() const { return m_options; }

    // One call; `done` gets the envelope's content or a specific error.
    void call(const QString &command, const Params &params, Callback done);
    // A list* call over all pages (page/pagesize); `items` are the arrays under `itemKey`
    // (absent: an empty list; anything but an array: a Malformed failure).
    void listAll(const QString &command, const Params &params, const QString &itemKey, ListCallback done);

    // Drops every request in flight and every pending retry; their callbacks never run.
    void abortAll();
    // abortAll() for good: later calls are ignored (the owner is closing; deleteLater follows).
    void shutdown();

    // TLS for every request: the connection whose certificate pin applies and its CA file.
    void setTlsContext(const QString &connectionId, const QString &caFile);

    int requestsSent() const { return m_requestsSent; }
    // True once the server refused an expiring signature and accepted an unexpiring one: this
    // client signs without expiry from then on.
    bool signsWithoutExpiry() const { return m_unexpiring; }
    // Commands that only read (list*, query*, get*) go as GET; the others as a form-encoded POST,
    // which keeps their signature out of URLs and logs (the servlet reads both alike).
    static bool sendsAsPost(const QString &command);

private:
    struct Request;
    struct ListState;
    void send(const std::shared_ptr<Request> &request);
    void finished(const std::shared_ptr<Request> &request, const net::RestReply &reply);
    // Retries a 429 after its backoff, else hands the result to the caller.
    void complete(const std::shared_ptr<Request> &request, ApiResult result, int http, int retryAfterMs);
    void fetchPage(const std::shared_ptr<ListState> &state);
    QString serverName() const;

    QUrl m_endpoint;
    QString m_apiKey;
    QString m_secretKey;
    ClientOptions m_options;
    net::RestClient *m_rest;
    quint64 m_generation = 0; // bumped by abortAll(): pending retries of older ones are dropped
    int m_requestsSent = 0;
    bool m_expiringAccepted = false; // an expiring signature got through: a 401 is about something else
    bool m_unexpiring = false;       // the server refused expiring signatures; unexpiring ones worked
    bool m_shutDown = false;
};

} // namespace welkin::cloudstack
