#pragma once

#include "VncView.h"
#include "console/ConsoleEndpoint.h"
#include "model/ResourceId.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QToolBar;
class QToolButton;

namespace welkin {

// One embedded console: a toolbar (send keys, scale, full screen, screenshot, type clipboard,
// read-only, reconnect, external viewer, detach), a state line (connecting / connected /
// wrong password / disconnected, with reconnect) and the VncView.
class ConsoleWidget : public QWidget
{
    Q_OBJECT
public:
    // `endpoint` must be directly reachable (tunnel already set up). `keepAlive` (e.g. the SSH
    // tunnel lease) is adopted and lives as long as this console.
    ConsoleWidget(ResourceId vm, const ConsoleEndpoint &endpoint, QObject *keepAlive = nullptr,
                  QWidget *parent = nullptr);

    const ResourceId &vm() const { return m_vm; }
    QString title() const { return m_title; }
    VncView *view() const { return m_view; }
    QAction *detachAction() const { return m_detach; }
    // Input into the guest: enabled only while the view is connected.
    QToolButton *sendKeyButton() const { return m_sendKeys; }
    QAction *typeClipboardAction() const { return m_typeClipboard; }
    QLabel *stateLabel() const { return m_stateLabel; }
    void setScaleToFit(bool fit);

    // The send-key menu's combinations, as keysyms pressed in order (tests and menus).
    static QList<QPair<QString, QList<quint32>>> sendKeyCombinations();

Q_SIGNALS:
    void detachRequested();
    void externalViewerRequested(const welkin::ResourceId &vm);

private:
    void buildToolBar();
    void onState(VncClientThread::State state, const QString &detail);
    void saveScreenshot();
    void typeClipboard();
    void askPassword();
    void toggleFullScreen();

    ResourceId m_vm;
    QString m_title;
    VncClientThread::Settings m_settings;
    VncView *m_view = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_stateLabel = nullptr;
    QPushButton *m_reconnectButton = nullptr;
    QPushButton *m_passwordButton = nullptr;
    QAction *m_detach = nullptr;
    QAction *m_scale = nullptr;
    QToolButton *m_sendKeys = nullptr;
    QAction *m_typeClipboard = nullptr;
};

} // namespace welkin
