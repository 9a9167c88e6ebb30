#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

class QSqlDatabase;

namespace welkin {

class DatabaseWriter;

// Passwords, API secrets and application-credential secrets, keyed by connection id, in the
// system keychain through QtKeychain's asynchronous jobs (service "org.welkin.Welkin", key
// "<connection id>/<secret name>"). Never an insecure fallback: when no keychain answers, the
// status says so plainly and the secret is kept in this process's memory for this run only.
// Only the NAMES of stored secrets go to the database (so removing a connection finds them all).
// Lives on the GUI thread; callbacks run there, always asynchronously.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status { Unknown, Keychain, MemoryOnly };
    Q_ENUM(Status)

    struct ReadResult {
        bool found = false;
        QString value;
        QString error; // keychain failure (the value may still come from memory)
    };
    using ReadCallback = std::function<void(const ReadResult &)>;
    using DoneCallback = std::function<void(bool ok, const QString &error)>;

    // Well-known secret names used by the providers.
    static inline const QString password = QStringLiteral("password");
    static inline const QString applicationCredentialSecret = QStringLiteral("applicationCredentialSecret");
    static inline const QString secretKey = QStringLiteral("secretKey");

    static QString serviceName() { return QStringLiteral("org.welkin.Welkin"); }

    explicit SecretStore(DatabaseWriter *writer = nullptr, QObject *parent = nullptr);

    void loadNames(QSqlDatabase &db); // names of stored secrets, at open

    // `done` (optional) runs on completion unless `context` is gone. ok = stored in the keychain;
    // false = kept in memory for this run only (see statusText()).
    void write(const QString &connectionId, const QString &name, const QString &secret,
               QObject *context = nullptr, DoneCallback done = {});
    void read(const QString &connectionId, const QString &name, QObject *context, ReadCallback callback);
    void remove(const QString &connectionId, const QString &name, QObject *context = nullptr, DoneCallback done = {});
    // Every secret of a connection (when the connection is removed).
    void removeAll(const QString &connectionId, QObject *context = nullptr, DoneCallback done = {});

    Status status() const { return m_status; }
    QString statusText() const { return m_statusText; } // plain words for the status bar

Q_SIGNALS:
    void statusChanged(welkin::SecretStore::Status status, const QString &text);

private:
    static QString keyFor(const QString &connectionId, const QString &name);
    void keychainFailed(const QString &error);
    void keychainWorked();
    void rememberName(const QString &connectionId, const QString &name, bool present);

    DatabaseWriter *m_writer;
    Status m_status = Status::Unknown;
    QString m_statusText;
    QHash<QString, QString> m_memory;          // key -> secret, this run only
    QHash<QString, QSet<QString>> m_names;     // connection id -> secret names
};

} // namespace welkin
