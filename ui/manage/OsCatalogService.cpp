#include "OsCatalogService.h"

#include <QCoreApplication>
#include <QThread>

namespace welkin {

using namespace Qt::StringLiterals;

OsCatalogService *OsCatalogService::instance()
{
    static QPointer<OsCatalogService> service;
    if (!service)
        service = new OsCatalogService;
    return service;
}

OsCatalogService::OsCatalogService()
    : QObject(QCoreApplication::instance()), m_thread(new QThread), m_worker(new QObject),
      m_catalog(std::make_shared<OsCatalog>())
{
    m_thread->setObjectName(u"osinfo"_s);
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

OsCatalogService::~OsCatalogService()
{
    // A load or detection in progress ends by itself within a second or so.
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

void OsCatalogService::load()
{
    if (m_loading || m_loaded)
        return;
    m_loading = true;
    QMetaObject::invokeMethod(m_worker, [this, catalog = m_catalog] {
        const bool ok = catalog->load();
        QList<OsInfoEntry> systems = ok ? catalog->operatingSystems() : QList<OsInfoEntry>();
        const QString error = ok ? QString() : catalog->errorString();
        QMetaObject::invokeMethod(this, [this, systems = std::move(systems), error] {
            m_systems = systems;
            m_error = error;
            m_loading = false;
            m_loaded = true;
            Q_EMIT loaded();
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

std::optional<OsInfoEntry> OsCatalogService::find(const QString &shortId) const
{
    for (const OsInfoEntry &entry : m_systems) {
        if (entry.shortId == shortId)
            return entry;
    }
    return std::nullopt;
}

void OsCatalogService::identify(const QString &path, QObject *context,
                                std::function<void(const OsCatalog::Detection &)> done)
{
    load(); // queued before the detection on the same thread, so it runs first
    QMetaObject::invokeMethod(m_worker, [this, catalog = m_catalog, path, context = QPointer(context),
                                         done = std::move(done)] {
        const OsCatalog::Detection detection = catalog->identifyIso(path);
        // Back through the service (alive as long as the thread): `context` may be gone by then.
        QMetaObject::invokeMethod(this, [context, done, detection] {
            if (context)
                done(detection);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

} // namespace welkin
