#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace welkin::openstack {

struct ApiRequest {
    QByteArray method = "GET";
    QUrl url;
    QByteArray body;                              // JSON when not empty
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers (token, microversion)
};

// The outcome of one HTTP exchange, already judged: ok() for 2xx with parseable JSON (or no body),
// otherwise `error` says what went wrong in words a user understands.
struct ApiResponse {
    enum class Failure { None, Network, Timeout, TooLarge, BadJson, Http };
    Failure failure = Failure::None;
    int status = 0;       // HTTP status, 0 when none arrived
    QByteArray body;
    QJsonDocument json;   // empty when the body was empty
    QString error;        // clear message when !ok()
    int retryAfterS = -1; // from Retry-After on 413/429/503
    QHash<QByteArray, QByteArray> headers; // lower-case names
    qint64 handlingNs = 0; // time spent reading and parsing it (on the client's thread)

    bool ok() const { return failure == Failure::None; }
    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
};

// Sends OpenStack API requests asynchronously through one QNetworkAccessManager: a wall-clock
// deadline per request, a cap on the response size, and fault bodies turned into messages.
// Every request is created by createRequest(), the one place where a TLS trust policy will be
// plugged in.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiResponse &)>;

    explicit ApiClient(QObject *parent = nullptr);

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    void setMaxResponseBytes(qint64 bytes) { m_maxBytes = bytes; }
    // TLS trust (security/TlsTrust): the connection whose certificate pin applies and its own
    // CA file, if any. Without a connection id only the standard verification runs.
    void setTlsContext(const QString &connectionId, const QString &caFile)
    {
        m_connectionId = connectionId;
        m_caFile = caFile;
    }

    // `error` (may be null): why the connection's CA file cannot be used; the request must not go.
    QNetworkRequest createRequest(const QUrl &url, QString *error = nullptr) const;

    // The callback runs on this object's thread, unless `context` died first.
    void send(const ApiRequest &request, QObject *context, Callback callback);

    // Drops every request in flight (their callbacks never run).
    void abortAll();

private:
    void finish(QNetworkReply *reply, ApiResponse::Failure forced);

    QNetworkAccessManager *m_nam;
    int m_timeoutMs = 30000;
    qint64 m_maxBytes = 64ll * 1024 * 1024;
    QString m_connectionId;
    QString m_caFile;
};

// "Permission denied: …" etc. from an HTTP status and the service's own text.
QString describeHttpFailure(int status, const QString &serviceMessage, int retryAfterS);
// The message inside a Keystone ({"error": {...}}), Nova ({"itemNotFound": {...}}) or Neutron
// ({"NeutronError": {...}}) fault body; the plain text of other bodies; "" when none.
QString faultMessage(const QByteArray &body);

} // namespace welkin::openstack
