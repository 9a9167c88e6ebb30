#pragma once

#include "VncClientThread.h"
#include "model/ResourceId.h"

#include <QFrame>

class QCheckBox;
class QLabel;
class QStackedLayout;

namespace welkin {

class VncView;

// One console of a ConsoleWall: a header (the "type into" check box, the VM's name and power
// state), the guest screen scaled to the tile with its aspect kept, or a line saying why there
// is no screen. An unfocused tile is watch-only: it reads at most unfocusedFrameRate updates a
// second and keeps the pointer to itself (a first click focuses it; hovering over a wall moves
// no guest's pointer). The focused tile gets every update, the keyboard and the pointer.
class ConsoleWallTile : public QFrame
{
    Q_OBJECT
public:
    static constexpr int unfocusedFrameRate = 5;

    ConsoleWallTile(ResourceId vm, const QString &name, QWidget *parent = nullptr);

    const ResourceId &vm() const { return m_vm; }
    QString name() const;
    VncView *view() const { return m_view; }

    // Connects (again) to a directly reachable VNC server.
    void connectTo(const VncClientThread::Settings &settings);
    bool hasSettings() const { return m_hasSettings; }
    void reconnect();
    // No screen: says what happens (`waiting`, e.g. looking up the endpoint) or why not.
    void showWaiting(const QString &text);
    void showProblem(const QString &reason);
    // Why there is no screen, or empty while it shows one.
    QString problem() const;
    bool isConnected() const;

    void setPowerState(const QString &text);
    QString powerStateText() const;

    bool isChecked() const;
    void setChecked(bool checked);

    bool isFocused() const { return m_focused; }
    void setFocused(bool focused);

Q_SIGNALS:
    void focusRequested(welkin::ConsoleWallTile *tile);
    void openRequested(const welkin::ResourceId &vm);
    void connectionStateChanged(welkin::ConsoleWallTile *tile);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void onViewState(VncClientThread::State state, const QString &detail);
    void showMessage(const QString &text, bool problem);

    ResourceId m_vm;
    QCheckBox *m_check = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_state = nullptr;
    QStackedLayout *m_body = nullptr;
    VncView *m_view = nullptr;
    QLabel *m_message = nullptr;
    VncClientThread::Settings m_settings;
    bool m_hasSettings = false;
    bool m_focused = false;
    bool m_focusingClick = false; // its release is the wall's too
    QString m_problem;
};

} // namespace welkin
