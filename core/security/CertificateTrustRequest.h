#pragma once

#include "providers/UserQuestion.h"

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

#include <functional>
#include <memory>

namespace welkin {

// "Do you trust this certificate for this connection?" — raised by TlsTrust when a server shows
// a certificate that does not verify and no pin exists for the connection. A UserQuestion like
// CredentialRequest: the GUI answers it asynchronously with trust() or reject(), the first answer
// wins, and an unanswered request that is dropped counts as rejected.
class CertificateTrustRequest : public UserQuestion<bool>
{
public:
    // `answer` runs once, inside trust()/reject() (or when the request is dropped): asked and
    // answered on the GUI thread.
    CertificateTrustRequest(QString connectionId, QSslCertificate certificate, QList<QSslError> errors,
                            std::function<void(bool trusted)> answer);

    const QString &connectionId() const { return m_connectionId; }
    const QSslCertificate &certificate() const { return m_certificate; }
    const QList<QSslError> &errors() const { return m_errors; }

    // What the user needs to decide, as display text.
    QString subject() const;
    QString issuer() const;
    QDateTime validFrom() const { return m_certificate.effectiveDate(); }
    QDateTime validUntil() const { return m_certificate.expiryDate(); }
    QString sha256Fingerprint() const; // "AB:CD:…"
    QStringList errorTexts() const;    // why it does not verify

    void trust() { answer(true); }
    void reject() { answer(false); }

private:
    QString m_connectionId;
    QSslCertificate m_certificate;
    QList<QSslError> m_errors;
};

using CertificateTrustRequestPtr = std::shared_ptr<CertificateTrustRequest>;

// Who decides: the GUI's certificate dialog, a test. Called on the GUI thread; must not block and
// must eventually answer (or drop) the request.
class CertificateTrustHandler
{
public:
    virtual ~CertificateTrustHandler() = default;
    virtual void decideTrust(const CertificateTrustRequestPtr &request) = 0;
};

} // namespace welkin
