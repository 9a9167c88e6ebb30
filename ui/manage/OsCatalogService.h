#pragma once

#include "manage/OsCatalog.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QThread;

namespace welkin {

// The osinfo database for the GUI: loaded once per process on a thread of its own (parsing it
// takes about a second), ISO detection on that same thread (the catalog is not shared between
// threads). The GUI side keeps a copy of the entries as plain values.
class OsCatalogService : public QObject
{
    Q_OBJECT
public:
    // One per application (a child of qApp).
    static OsCatalogService *instance();
    ~OsCatalogService() override;

    // Starts loading unless it has started already; loaded() follows.
    void load();
    bool isLoaded() const { return m_loaded; }
    QString errorString() const { return m_error; }
    const QList<OsInfoEntry> &systems() const { return m_systems; }
    std::optional<OsInfoEntry> find(const QString &shortId) const;

    // Identifies the OS on the ISO at `path` (a file this computer can read) on the catalog's
    // thread, after the catalog has loaded; `done` runs on the GUI thread while `context` lives.
    void identify(const QString &path, QObject *context, std::function<void(const OsCatalog::Detection &)> done);

Q_SIGNALS:
    void loaded();

private:
    OsCatalogService();

    QThread *m_thread;
    QObject *m_worker; // lives on m_thread; the catalog is only touched there
    std::shared_ptr<OsCatalog> m_catalog;
    bool m_loading = false;
    bool m_loaded = false;
    QString m_error;
    QList<OsInfoEntry> m_systems;
};

} // namespace welkin
