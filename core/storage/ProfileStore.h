#pragma once

#include "providers/ConnectionProfile.h"

#include <QList>
#include <QObject>

#include <optional>

class QSqlDatabase;

namespace welkin {

class DatabaseWriter;
class SecretStore;

// The saved connection profiles. Lives on the GUI thread: profiles() answers from an in-memory
// cache loaded at open; save() and remove() update the cache at once and queue the SQL on the
// writer thread. Never stores secrets: option keys that look secret (password, secret, token,
// passphrase) and a password inside the URI are stripped with a warning.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    explicit ProfileStore(DatabaseWriter *writer = nullptr, SecretStore *secrets = nullptr, QObject *parent = nullptr);

    void load(QSqlDatabase &db); // at open, replaces the cache

    QList<ConnectionProfile> profiles() const { return m_profiles; } // in saved order
    std::optional<ConnectionProfile> profile(const QString &id) const;

    void save(const ConnectionProfile &profile); // insert, or update the profile with the same id
    void remove(const QString &id);              // also its secrets (and, through Storage, its pin)

    // What save() keeps of a profile; also used by the JSON export.
    static ConnectionProfile withoutSecrets(const ConnectionProfile &profile);
    static bool looksSecret(const QString &optionKey);

Q_SIGNALS:
    void profilesChanged();
    void profileRemoved(const QString &id);

private:
    DatabaseWriter *m_writer;
    SecretStore *m_secrets;
    QList<ConnectionProfile> m_profiles;
};

} // namespace welkin
