#pragma once

#include "CertificateTrustRequest.h"

#include <QObject>
#include <QSet>
#include <QString>

class QNetworkReply;
class QNetworkRequest;

namespace welkin {

class CertificatePinStore;
struct ConnectionProfile;

// TLS trust for every HTTPS provider. Verification is always on; on top of it:
//  - a connection may name its own CA file (profile option "caFile", PEM or DER), added to the
//    system CAs for that connection's requests;
//  - a certificate that does not verify is accepted only when its SHA-256 fingerprint equals the
//    pin the user stored for that connection (then exactly the reported errors are ignored);
//  - a pinned connection presenting a different certificate is refused, loudly, naming both
//    fingerprints (also when the new certificate would verify);
//  - without a pin, the request fails and the handler is asked (once per connection at a time)
//    whether to trust the certificate; if the user does, the pin is stored and
//    certificateTrusted(connectionId) tells the provider to retry.
//
// How a provider uses it, for every request (its one request function):
//     QNetworkRequest request(url);
//     if (!TlsTrust::configure(request, profile, &error)) { fail(error); return; }
//     QNetworkReply *reply = nam->get(request);
//     TlsTrust::global()->attach(reply, profile.id);     // may be null in tests: then plain checks
//   and when the reply failed:
//     QString why = TlsTrust::refusalReason(reply);      // Welkin's own words, or empty
//
// attach() works for replies on any thread (the pin lookup is thread-safe); the handler is called
// and the signals are emitted on the TlsTrust's thread (the GUI thread). The TlsTrust must outlive
// the replies attached to it (main() makes one for the whole run).
class TlsTrust : public QObject
{
    Q_OBJECT
public:
    explicit TlsTrust(CertificatePinStore *pins, QObject *parent = nullptr);
    ~TlsTrust() override;

    // The application's instance (set by main); null when none was made.
    static TlsTrust *global();
    static void setGlobal(TlsTrust *trust);

    void setHandler(CertificateTrustHandler *handler) { m_handler = handler; }

    // Verification on, plus the profile's "caFile". False + `error` when that file is unusable
    // (the request must not be sent: the user asked for that CA).
    static bool configure(QNetworkRequest &request, const ConnectionProfile &profile, QString *error);
    static bool configure(QNetworkRequest &request, const QString &caFile, QString *error);

    void attach(QNetworkReply *reply, const QString &connectionId);

    static QString refusalReason(const QNetworkReply *reply);

Q_SIGNALS:
    void certificateTrusted(const QString &connectionId); // pin stored: retry now
    void certificateRejected(const QString &connectionId); // the user declined
    void certificateRefused(const QString &connectionId, const QString &message); // pin mismatch

private:
    void checkPinnedOnSuccess(QNetworkReply *reply, const QString &connectionId);
    void ask(const QString &connectionId, const QSslCertificate &certificate, const QList<QSslError> &errors);
    QString mismatchMessage(const QString &connectionId, const QByteArray &pinned, const QSslCertificate &seen) const;

    CertificatePinStore *m_pins;
    CertificateTrustHandler *m_handler = nullptr;
    QSet<QString> m_asking; // connections with a question open
};

} // namespace welkin
