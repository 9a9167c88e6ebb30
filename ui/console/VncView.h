#pragma once

#include "VncClientThread.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

namespace welkin {

// The embedded VNC screen: paints the frame of a VncClientThread (scaled to fit or 1:1) and
// sends keyboard (as keysyms, so non-US layouts type what the user sees) and pointer input,
// unless read-only. Connection states come out of stateChanged(); reconnect() starts over.
class VncView : public QWidget
{
    Q_OBJECT
public:
    explicit VncView(QWidget *parent = nullptr);
    ~VncView() override;

    // Connects (again) with these settings; any previous connection is dropped.
    void connectTo(const VncClientThread::Settings &settings);
    void reconnect();
    void disconnectFromServer();

    VncClientThread::State state() const { return m_state; }
    const QString &stateDetail() const { return m_stateDetail; }
    QSize framebufferSize() const;
    QImage grabFrame() const; // the guest screen at its own resolution

    bool scaleToFit() const { return m_scaleToFit; }
    void setScaleToFit(bool fit);
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);
    // At most this many screen updates a second are read and painted (0: all); kept across
    // reconnects. See VncClientThread::setMaxUpdateRate.
    int maxFrameRate() const { return m_maxFrameRate; }
    void setMaxFrameRate(int perSecond);

    // Key presses and releases, in order.
    void sendKeys(const QList<quint32> &pressInOrder); // presses all, releases in reverse
    void typeText(const QString &text);

    QSize sizeHint() const override;

Q_SIGNALS:
    void stateChanged(welkin::VncClientThread::State state, const QString &detail);
    void framebufferResized(const QSize &size);
    void frameUpdated();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override; // Tab goes to the guest

private:
    QRect targetRect() const; // where the frame is drawn in the widget
    QPoint toFramebuffer(const QPointF &widgetPos) const;
    void sendPointer(const QPointF &pos, Qt::MouseButtons buttons);
    void releaseHeldKeys();
    void onState(VncClientThread::State state, const QString &detail);

    VncClientThread::Settings m_settings;
    VncClientThread *m_client = nullptr;
    VncClientThread::State m_state = VncClientThread::State::Disconnected;
    QString m_stateDetail;
    QSize m_frameSize;
    bool m_scaleToFit = true;
    bool m_readOnly = false;
    int m_maxFrameRate = 0;
    QHash<int, quint32> m_heldKeys; // Qt key -> keysym sent on press, so the release matches
    int m_buttonMask = 0;
};

} // namespace welkin
