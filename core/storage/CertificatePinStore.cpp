#include "CertificatePinStore.h"

#include "DatabaseWriter.h"
#include "SqlExec.h"

#include <QCryptographicHash>
#include <QLoggingCategory>

namespace welkin {

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

using namespace Qt::StringLiterals;

CertificatePinStore::CertificatePinStore(DatabaseWriter *writer, QObject *parent) : QObject(parent), m_writer(writer)
{
}

QByteArray CertificatePinStore::fingerprint(const QSslCertificate &certificate)
{
    return certificate.digest(QCryptographicHash::Sha256);
}

QString CertificatePinStore::formatFingerprint(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

void CertificatePinStore::load(QSqlDatabase &db)
{
    QString error;
    QSqlQuery query = sql::select(
        db, u"SELECT connection_id, sha256, subject, issuer, expires_ms, pinned_ms FROM certificate_pins"_s, {}, &error);
    QMutexLocker lock(&m_mutex);
    m_pins.clear();
    while (query.next()) {
        CertificatePin pin{
            .connectionId = query.value(0).toString(),
            .sha256 = QByteArray::fromHex(query.value(1).toString().toLatin1()),
            .subject = query.value(2).toString(),
            .issuer = query.value(3).toString(),
            .expires = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong()),
            .pinned = QDateTime::fromMSecsSinceEpoch(query.value(5).toLongLong()),
        };
        m_pins.insert(pin.connectionId, pin);
    }
    if (!error.isEmpty())
        qCWarning(lcStorage, "cannot read the certificate pins: %s", qPrintable(error));
}

std::optional<CertificatePin> CertificatePinStore::pin(const QString &connectionId) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_pins.constFind(connectionId);
    if (it == m_pins.cend())
        return std::nullopt;
    return *it;
}

void CertificatePinStore::setPin(const QString &connectionId, const QSslCertificate &certificate)
{
    const CertificatePin pin{
        .connectionId = connectionId,
        .sha256 = fingerprint(certificate),
        .subject = certificate.subjectDisplayName(),
        .issuer = certificate.issuerDisplayName(),
        .expires = certificate.expiryDate(),
        .pinned = QDateTime::currentDateTime(),
    };
    {
        QMutexLocker lock(&m_mutex);
        m_pins.insert(connectionId, pin);
    }
    if (m_writer) {
        m_writer->enqueue([pin](QSqlDatabase &db, QString *error) {
            return sql::exec(db,
                             u"INSERT OR REPLACE INTO certificate_pins (connection_id, sha256, subject, issuer,"
                             " expires_ms, pinned_ms) VALUES (?, ?, ?, ?, ?, ?)"_s,
                             {pin.connectionId, QString::fromLatin1(pin.sha256.toHex()), pin.subject, pin.issuer,
                              pin.expires.toMSecsSinceEpoch(), pin.pinned.toMSecsSinceEpoch()},
                             error);
        });
    }
    Q_EMIT pinsChanged(connectionId);
}

void CertificatePinStore::remove(const QString &connectionId)
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_pins.remove(connectionId))
            return;
    }
    if (m_writer) {
        m_writer->enqueue([connectionId](QSqlDatabase &db, QString *error) {
            return sql::exec(db, u"DELETE FROM certificate_pins WHERE connection_id = ?"_s, {connectionId}, error);
        });
    }
    Q_EMIT pinsChanged(connectionId);
}

} // namespace welkin
