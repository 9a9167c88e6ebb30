#include "DesktopNotifier.h"

#include "metrics/AlertEngine.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

const QString service = u"org.freedesktop.Notifications"_s;
const QString path = u"/org/freedesktop/Notifications"_s;
const QString interface = u"org.freedesktop.Notifications"_s;

QString keyOf(const AlertEvent &event) { return event.ruleId + u'|' + event.resource.toString(); }

} // namespace

DesktopNotifier::DesktopNotifier(AlertEngine *engine, const QDBusConnection &bus, QObject *parent)
    : QObject(parent), m_bus(bus)
{
    connect(engine, &AlertEngine::alertFiring, this, [this](const AlertEvent &e) { notify(e, true); });
    connect(engine, &AlertEngine::alertResolved, this, [this](const AlertEvent &e) { notify(e, false); });
    m_bus.connect(service, path, interface, u"ActionInvoked"_s, this, SLOT(onActionInvoked(uint,QString)));
}

void DesktopNotifier::notify(const AlertEvent &event, bool firing)
{
    const QString key = keyOf(event);
    const uint replaces = m_idOfAlert.value(key, 0);
    if (firing) {
        m_active.insert(key);
    } else {
        m_active.remove(key);
        m_idOfAlert.remove(key);
        if (event.acknowledged)
            return; // the user has seen it
    }
    const QString summary = firing ? tr("Alert: %1").arg(event.ruleName) : tr("Resolved: %1").arg(event.ruleName);
    QString icon = u"dialog-information"_s;
    uchar urgency = 1; // normal
    if (firing && event.severity == ProviderEvent::Severity::Error) {
        icon = u"dialog-error"_s;
        urgency = 2; // critical
    } else if (firing) {
        icon = u"dialog-warning"_s;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(service, path, interface, u"Notify"_s);
    QVariantMap hints{{u"urgency"_s, QVariant::fromValue(urgency)}, {u"desktop-entry"_s, u"org.welkin.Welkin"_s},
                      {u"category"_s, u"device"_s}};
    call << u"Welkin"_s << replaces << icon << summary << event.message.toHtmlEscaped()
         << QStringList{u"default"_s, tr("Show")} << hints << int(firing ? -1 : 5000);
    ++m_sent;
    ++m_pending;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    const QString resource = event.resource.toString();
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, key, resource, firing] {
        watcher->deleteLater();
        --m_pending;
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            ++m_failed;
            m_lastError = reply.error().message();
            return;
        }
        if (firing && m_active.contains(key))
            m_idOfAlert.insert(key, reply.value()); // a resolution that follows replaces it
        m_resourceOfId.insert(reply.value(), resource);
    });
}

void DesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    const auto it = m_resourceOfId.constFind(id);
    if (it != m_resourceOfId.cend() && actionKey == u"default"_s)
        Q_EMIT activated(*it);
}

} // namespace welkin
