#include "CertificateTrustRequest.h"

#include "storage/CertificatePinStore.h"

#include <QStringList>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

// "CN=…, O=…, OU=…" from the parts a certificate has.
QString describe(const QSslCertificate &certificate, bool issuer)
{
    QStringList parts;
    for (const auto &[attribute, label] : {std::pair{QSslCertificate::CommonName, u"CN"_s},
                                           std::pair{QSslCertificate::Organization, u"O"_s},
                                           std::pair{QSslCertificate::OrganizationalUnitName, u"OU"_s},
                                           std::pair{QSslCertificate::LocalityName, u"L"_s},
                                           std::pair{QSslCertificate::CountryName, u"C"_s}}) {
        const QStringList values = issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
        for (const QString &value : values)
            parts.append(label + u'=' + value);
    }
    return parts.join(u", "_s);
}

} // namespace

CertificateTrustRequest::CertificateTrustRequest(QString connectionId, QSslCertificate certificate,
                                                 QList<QSslError> errors, std::function<void(bool)> answer)
    : m_connectionId(std::move(connectionId)), m_certificate(std::move(certificate)), m_errors(std::move(errors))
{
    if (answer)
        onReply(nullptr, [answer = std::move(answer)](const Reply &reply) { answer(reply.value_or(false)); });
}

QString CertificateTrustRequest::subject() const { return describe(m_certificate, false); }

QString CertificateTrustRequest::issuer() const { return describe(m_certificate, true); }

QString CertificateTrustRequest::sha256Fingerprint() const
{
    return CertificatePinStore::formatFingerprint(CertificatePinStore::fingerprint(m_certificate));
}

QStringList CertificateTrustRequest::errorTexts() const
{
    QStringList texts;
    for (const QSslError &error : m_errors)
        texts.append(error.errorString());
    texts.removeDuplicates();
    return texts;
}

} // namespace welkin
