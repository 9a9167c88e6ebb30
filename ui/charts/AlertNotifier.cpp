#include "AlertNotifier.h"

#include "metrics/AlertEngine.h"

#include <QApplication>
#include <QSystemTrayIcon>

namespace welkin {

AlertNotifier::AlertNotifier(AlertEngine *engine, QSystemTrayIcon *tray, QObject *parent)
    : QObject(parent), m_tray(tray)
{
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        if (QSystemTrayIcon::isSystemTrayAvailable())
            m_tray->show();
    }
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { Q_EMIT activated(m_lastResource); });
    connect(engine, &AlertEngine::alertFiring, this, [this](const AlertEvent &e) { notify(e, true); });
    connect(engine, &AlertEngine::alertResolved, this, [this](const AlertEvent &e) { notify(e, false); });
}

void AlertNotifier::notify(const AlertEvent &event, bool firing)
{
    if (!firing && (!m_notifyResolved || event.acknowledged))
        return; // quieter for resolutions, silent for what the user acknowledged
    m_lastTitle = firing ? tr("Alert: %1").arg(event.ruleName) : tr("Resolved: %1").arg(event.ruleName);
    m_lastMessage = event.message;
    m_lastResource = event.resource.toString();
    ++m_shown;
    QSystemTrayIcon::MessageIcon icon = QSystemTrayIcon::Information;
    if (firing)
        icon = event.severity == ProviderEvent::Severity::Error ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning;
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(m_lastTitle, m_lastMessage, icon, firing ? 10000 : 5000);
}

} // namespace welkin
