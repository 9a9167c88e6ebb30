#pragma once

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QSet>

namespace welkin {

class AlertEngine;
struct AlertEvent;

// Alerts as desktop notifications through the freedesktop Notifications service
// (org.freedesktop.Notifications.Notify on the session bus), for desktops without a system
// tray. Calls are asynchronous: a missing or slow service never holds up the window. A
// resolution replaces the alert's notification; acknowledged alerts resolve silently.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifier(AlertEngine *engine, const QDBusConnection &bus = QDBusConnection::sessionBus(),
                             QObject *parent = nullptr);

    int sentCount() const { return m_sent; }
    // Calls not answered yet.
    int pendingCount() const { return m_pending; }
    // Failed calls (no service, an error reply), with the last error's text.
    int failedCount() const { return m_failed; }
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    // The user clicked a notification (its default action): show the resource.
    void activated(const QString &resourceId);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &actionKey);

private:
    void notify(const AlertEvent &event, bool firing);

    QDBusConnection m_bus;
    int m_sent = 0;
    int m_pending = 0;
    int m_failed = 0;
    QString m_lastError;
    QHash<QString, uint> m_idOfAlert;      // "ruleId|resource" -> notification id, while shown
    QHash<uint, QString> m_resourceOfId;   // notification id -> resource
    QSet<QString> m_active;                // alerts fired and not resolved
};

} // namespace welkin
