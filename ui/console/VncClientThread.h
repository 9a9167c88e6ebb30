#pragma once

#include <QImage>
#include <QList>
#include <QMutex>
#include <QRect>
#include <QString>
#include <QThread>

#include <atomic>

namespace welkin {

// One VNC connection on libvncclient. The blocking network loop runs on this thread and is the
// only code touching the rfbClient; the GUI reads the frame under a short mutex and queues input
// the loop sends. Frame updates are coalesced: at most one frameUpdated() is queued at a time,
// carrying the union of the rectangles damaged since the GUI last looked.
class VncClientThread : public QThread
{
    Q_OBJECT
public:
    enum class State { Connecting, Connected, WrongPassword, Failed, Disconnected };
    Q_ENUM(State)

    struct Settings {
        QString host;      // or empty with `socket`
        int port = -1;
        QString socket;    // UNIX socket path
        QString password;  // never logged
        int connectTimeoutS = 10;
    };

    explicit VncClientThread(Settings settings, QObject *parent = nullptr);
    ~VncClientThread() override; // stops the loop and waits for it (at most one poll interval)

    void stop();

    // Any thread: read at most `perSecond` framebuffer updates a second from the server (0: all
    // it sends). The next update is requested as soon as one arrives, so the server holds back
    // until the loop reads again: a capped console costs the server, the network and the
    // decoder no more than the cap. Capped, the GUI hears of an update once, when it is complete.
    void setMaxUpdateRate(int perSecond);
    int maxUpdateRate() const;

    // Any thread: queued for the network loop.
    void sendKey(quint32 keysym, bool down);
    void sendPointer(int x, int y, int buttonMask);

    // GUI thread: a copy of the current frame (implicitly shared afterwards).
    QImage frame() const;
    QSize frameSize() const;
    // Calls `paint(image)` with the frame locked (no copy); keep it short.
    template<typename F>
    void withFrame(F &&paint) const
    {
        QMutexLocker lock(&m_frameMutex);
        paint(static_cast<const QImage &>(m_frame));
    }

Q_SIGNALS:
    void stateChanged(welkin::VncClientThread::State state, const QString &detail);
    void frameUpdated(const QRect &dirty);
    void frameResized(const QSize &size);

protected:
    void run() override;

private:
    struct InputEvent {
        bool key = false;
        quint32 keysym = 0;
        bool down = false;
        int x = 0, y = 0, buttons = 0;
    };
    friend struct VncCallbacks;
    enum class Session { Failed, Stopped, SizeMismatch, Ended };
    Session runSession(QByteArray &log, const QString &where, bool first);

    void reportState(State state, const QString &detail);
    void allocateFrame(int width, int height);
    void copyRect(const quint8 *framebuffer, int fbWidth, int x, int y, int w, int h);
    void deliverDamage();
    void queueDelivery(); // with m_frameMutex held
    void flushInput(void *client);

    const Settings m_settings;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_passwordAsked{false};
    std::atomic<int> m_maxUpdateRate{0};
    bool m_updateFinished = false;   // network thread only: a whole FramebufferUpdate was read
    bool m_fullUpdateNeeded = false; // network thread only

    mutable QMutex m_frameMutex;
    QImage m_frame;
    QRect m_dirty;
    bool m_deliveryQueued = false;

    QMutex m_inputMutex;
    QList<InputEvent> m_input;
};

} // namespace welkin
