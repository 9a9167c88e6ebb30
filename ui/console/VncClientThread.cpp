#include "VncClientThread.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutexLocker>

#include <rfb/rfbclient.h>

#include <cstdarg>
#include <cstdlib>
#include <cstring>

namespace welkin {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcVnc, "welkin.vnc", QtInfoMsg)

namespace {

constexpr int pollMicroseconds = 10000; // input latency bound: the loop sends queued input this often

// libvncclient's log hooks are process-global: they append to the calling connection thread's
// buffer (if any) and never print. libvncclient does not log passwords.
thread_local QByteArray *threadLog = nullptr;

void captureLog(const char *format, ...)
{
    if (!threadLog || threadLog->size() > 16384)
        return;
    char line[512];
    va_list args;
    va_start(args, format);
    std::vsnprintf(line, sizeof line, format, args);
    va_end(args);
    qCDebug(lcVnc) << QByteArray(line).trimmed();
    threadLog->append(line);
}

void installLogHooks()
{
    static const bool installed = [] {
        rfbClientLog = captureLog;
        rfbClientErr = captureLog;
        return true;
    }();
    Q_UNUSED(installed);
}

int clientTag; // address used as the rfbClientSetClientData key

QString lastLogLine(const QByteArray &log)
{
    const QList<QByteArray> lines = log.trimmed().split('\n');
    return QString::fromUtf8(lines.last().trimmed());
}

} // namespace

// The C callbacks, with access to the thread's internals.
struct VncCallbacks {
    static VncClientThread *self(rfbClient *client)
    {
        return static_cast<VncClientThread *>(rfbClientGetClientData(client, &clientTag));
    }
    static char *getPassword(rfbClient *client)
    {
        VncClientThread *thread = self(client);
        thread->m_passwordAsked = true;
        return strdup(thread->m_settings.password.toUtf8().constData()); // libvncclient frees it
    }
    static rfbBool mallocFrameBuffer(rfbClient *client)
    {
        std::free(client->frameBuffer);
        const size_t bytes = size_t(client->width) * size_t(client->height) * 4;
        client->frameBuffer = static_cast<uint8_t *>(std::calloc(bytes ? bytes : 4, 1));
        if (!client->frameBuffer)
            return FALSE;
        self(client)->allocateFrame(client->width, client->height);
        self(client)->m_fullUpdateNeeded = true;
        return TRUE;
    }
    static void gotUpdate(rfbClient *client, int x, int y, int w, int h)
    {
        self(client)->copyRect(client->frameBuffer, client->width, x, y, w, h);
    }
    static void finishedUpdate(rfbClient *client)
    {
        VncClientThread *thread = self(client);
        thread->m_updateFinished = true;
        if (thread->m_maxUpdateRate.load(std::memory_order_relaxed) > 0) {
            QMutexLocker lock(&thread->m_frameMutex);
            if (!thread->m_dirty.isEmpty())
                thread->queueDelivery();
        }
    }
};

VncClientThread::VncClientThread(Settings settings, QObject *parent) : QThread(parent), m_settings(std::move(settings))
{
    setObjectName(u"vnc-client"_s);
    static const bool registered = [] {
        qRegisterMetaType<VncClientThread::State>();
        return true;
    }();
    Q_UNUSED(registered);
}

VncClientThread::~VncClientThread()
{
    stop();
    wait();
}

void VncClientThread::stop()
{
    m_stop = true;
}

void VncClientThread::setMaxUpdateRate(int perSecond)
{
    m_maxUpdateRate.store(std::max(perSecond, 0), std::memory_order_relaxed);
}

int VncClientThread::maxUpdateRate() const
{
    return m_maxUpdateRate.load(std::memory_order_relaxed);
}

void VncClientThread::sendKey(quint32 keysym, bool down)
{
    QMutexLocker lock(&m_inputMutex);
    m_input.append(InputEvent{true, keysym, down, 0, 0, 0});
}

void VncClientThread::sendPointer(int x, int y, int buttonMask)
{
    QMutexLocker lock(&m_inputMutex);
    // Consecutive moves with the same buttons collapse into the last one.
    if (!m_input.isEmpty() && !m_input.last().key && m_input.last().buttons == buttonMask)
        m_input.last() = InputEvent{false, 0, false, x, y, buttonMask};
    else
        m_input.append(InputEvent{false, 0, false, x, y, buttonMask});
}

QImage VncClientThread::frame() const
{
    QMutexLocker lock(&m_frameMutex);
    return m_frame.copy();
}

QSize VncClientThread::frameSize() const
{
    QMutexLocker lock(&m_frameMutex);
    return m_frame.size();
}

void VncClientThread::reportState(State state, const QString &detail)
{
    QMetaObject::invokeMethod(this, [this, state, detail] { Q_EMIT stateChanged(state, detail); }, Qt::QueuedConnection);
}

void VncClientThread::allocateFrame(int width, int height)
{
    {
        QMutexLocker lock(&m_frameMutex);
        m_frame = QImage(width, height, QImage::Format_RGB32);
        m_frame.fill(Qt::black);
        m_dirty = QRect();
    }
    const QSize size(width, height);
    QMetaObject::invokeMethod(this, [this, size] { Q_EMIT frameResized(size); }, Qt::QueuedConnection);
}

void VncClientThread::copyRect(const quint8 *framebuffer, int fbWidth, int x, int y, int w, int h)
{
    QMutexLocker lock(&m_frameMutex);
    const QRect rect = QRect(x, y, w, h) & m_frame.rect();
    if (rect.isEmpty() || !framebuffer)
        return;
    // The pixel format asked for is 0x00RRGGBB little endian; QImage's RGB32 wants 0xffRRGGBB.
    for (int row = rect.top(); row <= rect.bottom(); ++row) {
        const auto *src = reinterpret_cast<const quint32 *>(framebuffer) + qsizetype(row) * fbWidth + rect.left();
        auto *dst = reinterpret_cast<quint32 *>(m_frame.scanLine(row)) + rect.left();
        for (int i = 0; i < rect.width(); ++i)
            dst[i] = src[i] | 0xff000000u;
    }
    m_dirty |= rect;
    // Capped: one delivery per whole update (finishedUpdate), however many rectangles it has.
    if (m_maxUpdateRate.load(std::memory_order_relaxed) == 0)
        queueDelivery();
}

void VncClientThread::queueDelivery()
{
    if (m_deliveryQueued)
        return;
    m_deliveryQueued = true;
    QMetaObject::invokeMethod(this, &VncClientThread::deliverDamage, Qt::QueuedConnection);
}

void VncClientThread::deliverDamage()
{
    QRect dirty;
    {
        QMutexLocker lock(&m_frameMutex);
        dirty = std::exchange(m_dirty, QRect());
        m_deliveryQueued = false;
    }
    if (!dirty.isEmpty())
        Q_EMIT frameUpdated(dirty);
}

void VncClientThread::flushInput(void *opaque)
{
    auto *client = static_cast<rfbClient *>(opaque);
    QList<InputEvent> events;
    {
        QMutexLocker lock(&m_inputMutex);
        events.swap(m_input);
    }
    for (const InputEvent &e : std::as_const(events)) {
        if (e.key)
            SendKeyEvent(client, e.keysym, e.down ? TRUE : FALSE);
        else
            SendPointerEvent(client, e.x, e.y, e.buttons);
    }
}

void VncClientThread::run()
{
    installLogHooks();
    QByteArray log;
    threadLog = &log;
    const QString where = m_settings.socket.isEmpty() ? m_settings.host + u':' + QString::number(m_settings.port)
                                                      : m_settings.socket;
    reportState(State::Connecting, tr("Connecting to %1…").arg(where));
    // A guest switching video modes while we connect (SeaBIOS: 640x480 -> 720x400 within the
    // first second) can resize before the server knows we handle resizes; QEMU then sends
    // rectangles outside the size it told us. Reconnecting picks up the new size.
    constexpr int maxResizeReconnects = 5;
    for (int attempt = 0; !m_stop; ++attempt) {
        const Session session = runSession(log, where, attempt == 0);
        if (session == Session::SizeMismatch && attempt < maxResizeReconnects) {
            qCDebug(lcVnc) << "framebuffer size changed during the handshake; reconnecting";
            continue;
        }
        break;
    }
    threadLog = nullptr;
}

VncClientThread::Session VncClientThread::runSession(QByteArray &log, const QString &where, bool first)
{
    log.clear();
    rfbClient *client = rfbGetClient(8, 3, 4);
    // 0x00RRGGBB in memory order B,G,R,X: the layout of QImage::Format_RGB32.
    client->format.redShift = 16;
    client->format.greenShift = 8;
    client->format.blueShift = 0;
    client->canHandleNewFBSize = TRUE;
    client->connectTimeout = unsigned(m_settings.connectTimeoutS);
    client->readTimeout = 30; // a server stalling mid-message must not hold the thread forever
    client->GetPassword = VncCallbacks::getPassword;
    client->MallocFrameBuffer = VncCallbacks::mallocFrameBuffer;
    client->GotFrameBufferUpdate = VncCallbacks::gotUpdate;
    client->FinishedFrameBufferUpdate = VncCallbacks::finishedUpdate;
    rfbClientSetClientData(client, &clientTag, this);
    client->serverHost = strdup((m_settings.socket.isEmpty() ? m_settings.host : m_settings.socket).toUtf8().constData());
    client->serverPort = m_settings.port;

    if (!rfbInitClient(client, nullptr, nullptr)) { // frees the client (not its frame buffer)
        const QString reason = lastLogLine(log);
        // After the password went out, a security-result failure ("VNC connection failed:
        // <server's reason>" for RFB 3.8, "VNC authentication failed" before) is a refusal.
        if (m_passwordAsked && (log.contains("uthentication failed") || log.contains("VNC connection failed")))
            reportState(State::WrongPassword, tr("The console password was refused by %1 (%2).").arg(where, reason));
        else
            reportState(State::Failed, tr("Could not connect to %1: %2").arg(where, reason.isEmpty() ? tr("unknown error") : reason));
        return Session::Failed;
    }
    if (first)
        reportState(State::Connected, QString::fromUtf8(client->desktopName ? client->desktopName : ""));

    QString endReason;
    bool sizeMismatch = false;
    QElapsedTimer sinceUpdate; // since the last whole update was read
    while (!m_stop) {
        flushInput(client);
        if (const int rate = m_maxUpdateRate.load(std::memory_order_relaxed); rate > 0 && sinceUpdate.isValid()) {
            // Leave the next update unread (input still goes out) until the cap allows it.
            const qint64 wait = 1000 / rate - sinceUpdate.elapsed();
            if (wait > 0) {
                QThread::usleep(std::min<qint64>(wait * 1000, pollMicroseconds));
                continue;
            }
        }
        const int n = WaitForMessage(client, pollMicroseconds);
        if (n < 0 || (n > 0 && !HandleRFBServerMessage(client))) {
            endReason = lastLogLine(log);
            sizeMismatch = log.contains("Rect too large");
            break;
        }
        // libvncclient does not ask for the whole screen after an ExtendedDesktopSize change:
        // without this, parts of a resized screen stay black until they change.
        if (std::exchange(m_fullUpdateNeeded, false))
            SendFramebufferUpdateRequest(client, 0, 0, client->width, client->height, FALSE);
        if (std::exchange(m_updateFinished, false))
            sinceUpdate.start();
        log.clear();
    }
    uint8_t *framebuffer = client->frameBuffer;
    rfbClientCleanup(client);
    std::free(framebuffer);
    if (m_stop)
        return Session::Stopped;
    if (sizeMismatch)
        return Session::SizeMismatch;
    reportState(State::Disconnected, endReason.isEmpty() ? tr("The connection was closed by the server.")
                                                         : tr("The connection was closed: %1").arg(endReason));
    return Session::Ended;
}

} // namespace welkin
