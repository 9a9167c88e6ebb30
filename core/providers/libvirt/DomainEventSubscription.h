#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

struct _virConnect;
struct _virDomain;

namespace welkin::libvirt {

// libvirt's domain event callbacks (lifecycle, reboot, device added/removed, balloon) for one
// open connection. The callbacks run on the event thread and only copy and post; domainEvent()
// is emitted on this object's (the worker's) thread, and never for an earlier subscription.
class DomainEventSubscription : public QObject
{
    Q_OBJECT
public:
    explicit DomainEventSubscription(QString uri, QObject *parent = nullptr);
    ~DomainEventSubscription() override;

    // Registers the callbacks on `conn`. Those a driver refuses are left out (the periodic
    // listing covers them).
    void subscribe(_virConnect *conn);
    // Deregisters them; events still on their way are dropped.
    void unsubscribe(_virConnect *conn);

Q_SIGNALS:
    // `eventId` is a VIR_DOMAIN_EVENT_ID_*; `event` and `detail` are set for lifecycle events.
    void domainEvent(const QString &uuid, const QString &name, int eventId, int event, int detail);

private:
    struct Context;
    struct Opaque;

    static int lifecycleCallback(_virConnect *, _virDomain *dom, int event, int detail, void *opaque);
    static void rebootCallback(_virConnect *, _virDomain *dom, void *opaque);
    static void deviceCallback(_virConnect *, _virDomain *dom, const char *alias, void *opaque);
    static void balloonCallback(_virConnect *, _virDomain *dom, unsigned long long actual, void *opaque);
    static void freeOpaque(void *opaque);
    static void post(void *opaque, _virDomain *dom, int eventId, int event, int detail);
    void deliver(quint64 generation, const QString &uuid, const QString &name, int eventId, int event, int detail);

    QString m_uri;
    // Libvirt may hold opaque copies for a while after deregistration and frees them through
    // freecb, so they share the context rather than point at this object.
    std::shared_ptr<Context> m_context;
    quint64 m_generation = 0; // bumped per subscribe and unsubscribe
    QList<int> m_callbackIds;
};

} // namespace welkin::libvirt
