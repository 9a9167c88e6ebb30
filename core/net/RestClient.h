#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
template <typename T> class QFutureWatcher;

namespace welkin::net {

struct RestRequest {
    QByteArray method = "GET";
    QUrl url;
    QByteArray body;
    QByteArray contentType;                       // default application/json when there is a body
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers (tokens, versions)
};

// The outcome of one HTTP exchange, already judged: ok() for 2xx with parseable JSON (or no body),
// otherwise `error` says what went wrong in words a user understands.
struct RestReply {
    enum class Failure { None, Network, Timeout, TooLarge, BadJson, Http };
    Failure failure = Failure::None;
    int status = 0;         // HTTP status, 0 when none arrived
    QByteArray body;
    QJsonDocument json;     // empty when the body was empty or not JSON
    QJsonParseError jsonError{}; // why the body is not JSON (any status)
    QString error;          // the whole message when !ok()
    QString detail;         // Network: the reason alone (Qt's, TlsTrust's or the CA file's)
    QString serviceMessage; // Http: the service's own words from the body, "" when none
    int retryAfterS = -1;   // Retry-After in seconds, when given as a number
    QHash<QByteArray, QByteArray> headers; // lower-case names
    qint64 handlingNs = 0;  // time this reply cost the client's thread (reading, judging, handover)
    qint64 parseNs = 0;     // time spent parsing the JSON, on whichever thread parsed it
    Qt::HANDLE parsedBy = nullptr; // the thread that parsed the JSON; null when nothing was parsed

    bool ok() const { return failure == Failure::None; }
    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
};

// The HTTP client every cloud uses: asynchronous requests through one QNetworkAccessManager with
// a wall-clock deadline each, a response-size cap enforced while reading, TLS trust
// (security/TlsTrust: the connection's CA file and pins), one error mapping, and JSON parsed on
// the thread pool when the body is large. Protocols (tokens, signatures, envelopes, paging) live
// in thin layers above it.
class RestClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const RestReply &)>;
    // The service's own message in an error body (runs on any thread: must be a pure function).
    using FaultReader = std::function<QString(const QByteArray &body, const QJsonDocument &json)>;

    explicit RestClient(QObject *parent = nullptr);
    ~RestClient() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    void setMaxResponseBytes(qint64 bytes) { m_maxBytes = bytes; }
    qint64 maxResponseBytes() const { return m_maxBytes; }
    // Bodies of at least this size are parsed on the global thread pool.
    void setOffThreadParseBytes(qint64 bytes) { m_offThreadBytes = bytes; }
    // TLS: the connection whose certificate pin applies and its own CA file, if any. Without a
    // connection id only the standard verification (plus the CA file) runs.
    void setTlsContext(const QString &connectionId, const QString &caFile);
    // Default: the tag-free text of the body (plainTextExcerpt).
    void setFaultReader(FaultReader reader) { m_faultReader = std::move(reader); }

    // The callback runs on this object's thread, never after abortAll() or this object's
    // destruction, and not when `context` (if given) died first.
    void send(const RestRequest &request, QObject *context, Callback callback);

    // Drops every request in flight (their callbacks never run).
    void abortAll();
    int inFlight() const { return int(m_pending.size()); }

private:
    struct Pending {
        Callback callback;
        QPointer<QObject> context;
        bool hasContext = false;
        QString label; // "GET https://host/path" for messages
        QNetworkReply *reply = nullptr;
        QFutureWatcher<RestReply> *watcher = nullptr;
        RestReply::Failure cut = RestReply::Failure::None; // why we aborted the reply
        qint64 handlingNs = 0;
    };
    void cut(quint64 id, RestReply::Failure why);
    void finished(quint64 id);
    void judgeElsewhere(quint64 id, RestReply raw);
    void deliver(quint64 id, RestReply reply);

    QNetworkAccessManager *m_nam;
    QHash<quint64, Pending> m_pending;
    quint64 m_nextId = 0;
    int m_timeoutMs = 30000;
    qint64 m_maxBytes = 64ll * 1024 * 1024;
    qint64 m_offThreadBytes = 64 * 1024; // smaller bodies parse faster than a handover
    QString m_connectionId;
    QString m_caFile;
    FaultReader m_faultReader;
};

// "Permission denied: …" etc. from an HTTP status, the service's text and Retry-After.
QString describeHttpFailure(int status, const QString &serviceMessage, int retryAfterS);
// A short, tag-free excerpt of a text or HTML body (a proxy's error page): "" when empty.
QString plainTextExcerpt(const QByteArray &body);

} // namespace welkin::net
