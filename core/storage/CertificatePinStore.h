#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSslCertificate>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace welkin {

class DatabaseWriter;

// A certificate the user trusted for one connection, identified by its SHA-256 fingerprint.
struct CertificatePin {
    QString connectionId;
    QByteArray sha256; // raw digest, 32 bytes
    QString subject;
    QString issuer;
    QDateTime expires;
    QDateTime pinned;
};

// Pins per connection, in the database (table certificate_pins). Cache loaded at open; pin()
// may be called from any thread (replies of a QNetworkAccessManager on another thread), writes
// come from the GUI thread and are queued on the writer thread.
class CertificatePinStore : public QObject
{
    Q_OBJECT
public:
    explicit CertificatePinStore(DatabaseWriter *writer = nullptr, QObject *parent = nullptr);

    void load(QSqlDatabase &db);

    std::optional<CertificatePin> pin(const QString &connectionId) const; // thread-safe
    void setPin(const QString &connectionId, const QSslCertificate &certificate);
    void remove(const QString &connectionId);

    static QByteArray fingerprint(const QSslCertificate &certificate); // raw SHA-256
    static QString formatFingerprint(const QByteArray &sha256);         // "AB:CD:…"

Q_SIGNALS:
    void pinsChanged(const QString &connectionId);

private:
    DatabaseWriter *m_writer;
    mutable QMutex m_mutex;
    QHash<QString, CertificatePin> m_pins;
};

} // namespace welkin
