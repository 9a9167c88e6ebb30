#include "Storage.h"

#include "CertificatePinStore.h"
#include "DatabaseWriter.h"
#include "EventLog.h"
#include "GroupStore.h"
#include "PoolStore.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "UiStateStore.h"

namespace welkin {

Storage::Storage(const QString &path, QObject *parent)
    : QObject(parent), m_database(std::make_unique<Database>(path)),
      m_writer(std::make_unique<DatabaseWriter>(m_database.get())),
      m_secrets(new SecretStore(m_writer.get(), this)),
      m_profiles(new ProfileStore(m_writer.get(), m_secrets, this)),
      m_groups(new GroupStore(m_writer.get(), this)),
      m_pools(new PoolStore(m_writer.get(), this)),
      m_eventLog(new EventLog(m_writer.get(), this)),
      m_pins(new CertificatePinStore(m_writer.get(), this)),
      m_uiState(new UiStateStore(m_writer.get(), this))
{
    qRegisterMetaType<LogEntry>();
    qRegisterMetaType<QList<LogEntry>>();
    connect(m_profiles, &ProfileStore::profileRemoved, m_pins, &CertificatePinStore::remove);
    connect(m_profiles, &ProfileStore::profileRemoved, m_pools, &PoolStore::forgetProvider);
}

Storage::~Storage()
{
    m_writer.reset(); // commits what is queued while the stores still exist
}

bool Storage::open()
{
    if (!m_database->open())
        return false;
    // Reads at start-up, on this thread: the caches must be ready before the first window.
    QSqlDatabase db = m_database->connection();
    m_profiles->load(db);
    m_groups->load(db);
    m_pools->load(db);
    m_pins->load(db);
    m_secrets->loadNames(db);
    m_uiState->load(db);
    return true;
}

void Storage::flush() { m_writer->flush(); }

} // namespace welkin
