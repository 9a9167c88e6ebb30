#include "DomainEventSubscription.h"

#include "LibvirtDomainReader.h"

#include <QLoggingCategory>
#include <QMutex>

#include <libvirt/libvirt.h>

namespace welkin::libvirt {

Q_DECLARE_LOGGING_CATEGORY(lcLibvirt)

// What the callbacks use to reach the subscription; cleared in its destructor.
struct DomainEventSubscription::Context {
    QMutex mutex;
    DomainEventSubscription *target = nullptr;
};

// Each registration's opaque pointer: which subscription, and which round of it.
struct DomainEventSubscription::Opaque {
    std::shared_ptr<Context> context;
    quint64 generation = 0;
};

DomainEventSubscription::DomainEventSubscription(QString uri, QObject *parent)
    : QObject(parent), m_uri(std::move(uri)), m_context(std::make_shared<Context>())
{
    m_context->target = this;
}

DomainEventSubscription::~DomainEventSubscription()
{
    QMutexLocker lock(&m_context->mutex);
    m_context->target = nullptr;
}

void DomainEventSubscription::subscribe(virConnectPtr conn)
{
    ++m_generation;
    const struct {
        int id;
        virConnectDomainEventGenericCallback cb;
    } events[] = {
        {VIR_DOMAIN_EVENT_ID_LIFECYCLE, VIR_DOMAIN_EVENT_CALLBACK(&DomainEventSubscription::lifecycleCallback)},
        {VIR_DOMAIN_EVENT_ID_REBOOT, VIR_DOMAIN_EVENT_CALLBACK(&DomainEventSubscription::rebootCallback)},
        {VIR_DOMAIN_EVENT_ID_DEVICE_ADDED, VIR_DOMAIN_EVENT_CALLBACK(&DomainEventSubscription::deviceCallback)},
        {VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED, VIR_DOMAIN_EVENT_CALLBACK(&DomainEventSubscription::deviceCallback)},
        {VIR_DOMAIN_EVENT_ID_BALLOON_CHANGE, VIR_DOMAIN_EVENT_CALLBACK(&DomainEventSubscription::balloonCallback)},
    };
    for (const auto &e : events) {
        auto *opaque = new Opaque{m_context, m_generation};
        const int id = virConnectDomainEventRegisterAny(conn, nullptr, e.id, e.cb, opaque,
                                                        &DomainEventSubscription::freeOpaque);
        if (id < 0) {
            delete opaque;
            // Not fatal: reconciliation polls instead.
            qCDebug(lcLibvirt) << "event" << e.id << "not available on" << m_uri << ":" << lastError().message;
            continue;
        }
        m_callbackIds.append(id);
    }
}

void DomainEventSubscription::unsubscribe(virConnectPtr conn)
{
    ++m_generation;
    for (const int id : std::as_const(m_callbackIds))
        virConnectDomainEventDeregisterAny(conn, id);
    m_callbackIds.clear();
}

// ---- libvirt callbacks: any thread; they only copy and post -------------------------------

void DomainEventSubscription::freeOpaque(void *opaque)
{
    delete static_cast<Opaque *>(opaque);
}

void DomainEventSubscription::post(void *opaque, virDomainPtr dom, int eventId, int event, int detail)
{
    const auto *o = static_cast<Opaque *>(opaque);
    // The handle is only valid during the callback: copy what we need (local calls, no RPC).
    const QString uuid = domainUuid(dom);
    const QString name = domainName(dom);
    const quint64 generation = o->generation;
    Context *context = o->context.get();
    QMutexLocker lock(&context->mutex);
    if (DomainEventSubscription *target = context->target) {
        QMetaObject::invokeMethod(target, [target, generation, uuid, name, eventId, event, detail] {
            target->deliver(generation, uuid, name, eventId, event, detail);
        }, Qt::QueuedConnection);
    }
}

int DomainEventSubscription::lifecycleCallback(virConnectPtr, virDomainPtr dom, int event, int detail, void *opaque)
{
    post(opaque, dom, VIR_DOMAIN_EVENT_ID_LIFECYCLE, event, detail);
    return 0;
}

void DomainEventSubscription::rebootCallback(virConnectPtr, virDomainPtr dom, void *opaque)
{
    post(opaque, dom, VIR_DOMAIN_EVENT_ID_REBOOT, 0, 0);
}

void DomainEventSubscription::deviceCallback(virConnectPtr, virDomainPtr dom, const char *, void *opaque)
{
    post(opaque, dom, VIR_DOMAIN_EVENT_ID_DEVICE_ADDED, 0, 0);
}

void DomainEventSubscription::balloonCallback(virConnectPtr, virDomainPtr dom, unsigned long long, void *opaque)
{
    post(opaque, dom, VIR_DOMAIN_EVENT_ID_BALLOON_CHANGE, 0, 0);
}

void DomainEventSubscription::deliver(quint64 generation, const QString &uuid, const QString &name, int eventId,
                                      int event, int detail)
{
    if (generation != m_generation || uuid.isEmpty())
        return;
    Q_EMIT domainEvent(uuid, name, eventId, event, detail);
}

} // namespace welkin::libvirt
