#pragma once

#include "Database.h"

#include <QObject>
#include <QString>

#include <memory>

namespace welkin {

class CertificatePinStore;
class DatabaseWriter;
class EventLog;
class GroupStore;
class PoolStore;
class ProfileStore;
class SecretStore;
class UiStateStore;

// Welkin's persistent state in one object: opens the database and owns the stores on it and the
// writer thread they write through. Lives on the GUI thread.
//
//   Storage storage;                       // or Storage(path) in tests
//   if (!storage.open()) show(storage.errorString());   // stores then work in memory only
//   if (!storage.recoveryMessage().isEmpty()) show(...); // a damaged file was moved aside
//
// The store pointers are valid from construction to destruction, also when open() failed.
// The destructor commits every queued write.
class Storage : public QObject
{
    Q_OBJECT
public:
    explicit Storage(const QString &path = Database::defaultPath(), QObject *parent = nullptr);
    ~Storage() override;

    bool open();
    bool isOpen() const { return m_database->isOpen(); }
    QString errorString() const { return m_database->errorString(); }
    QString recoveryMessage() const { return m_database->recoveryMessage(); }
    QString path() const { return m_database->path(); }

    ProfileStore *profiles() const { return m_profiles; }
    GroupStore *groups() const { return m_groups; }
    PoolStore *pools() const { return m_pools; }
    EventLog *eventLog() const { return m_eventLog; }
    CertificatePinStore *certificatePins() const { return m_pins; }
    SecretStore *secrets() const { return m_secrets; }
    UiStateStore *uiState() const { return m_uiState; }
    Database *database() const { return m_database.get(); }
    DatabaseWriter *writer() const { return m_writer.get(); }

    void flush(); // blocks until every queued write is committed: shutdown and tests only

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DatabaseWriter> m_writer;
    SecretStore *m_secrets;
    ProfileStore *m_profiles;
    GroupStore *m_groups;
    PoolStore *m_pools;
    EventLog *m_eventLog;
    CertificatePinStore *m_pins;
    UiStateStore *m_uiState;
};

} // namespace welkin
