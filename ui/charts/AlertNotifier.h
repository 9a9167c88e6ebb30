#pragma once

#include <QObject>

class QSystemTrayIcon;

namespace welkin {

class AlertEngine;
struct AlertEvent;

// Desktop notifications for alerts: a system tray message when a rule fires (and, quieter, when
// it resolves, unless the user acknowledged it). Without a system tray (some desktops,
// offscreen) it only counts what it would have shown, so nothing breaks; DesktopNotifier
// (ui/alerts) is the way there.
class AlertNotifier : public QObject
{
    Q_OBJECT
public:
    // `tray` may be shared with the main window (not owned); null: the notifier makes its own.
    AlertNotifier(AlertEngine *engine, QSystemTrayIcon *tray = nullptr, QObject *parent = nullptr);

    void setNotifyResolved(bool on) { m_notifyResolved = on; }
    int shownCount() const { return m_shown; }
    QString lastTitle() const { return m_lastTitle; }
    QString lastMessage() const { return m_lastMessage; }

Q_SIGNALS:
    // The user clicked the notification: show the resource.
    void activated(const QString &resourceId);

private:
    void notify(const AlertEvent &event, bool firing);

    QSystemTrayIcon *m_tray;
    bool m_notifyResolved = true;
    int m_shown = 0;
    QString m_lastTitle, m_lastMessage, m_lastResource;
};

} // namespace welkin
