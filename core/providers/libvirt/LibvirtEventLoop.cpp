#include "LibvirtEventLoop.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSocketNotifier>
#include <QThread>
#include <QTimer>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <atomic>
#include <csignal>
#include <mutex>

namespace welkin::libvirt {

using namespace Qt::StringLiterals;

namespace {

// Owns the notifiers and timers; lives in the "libvirt-events" thread. libvirt may call the
// add/update/remove functions from any thread (whichever thread makes a libvirt call), so the
// tables are guarded by a mutex and all QObject work is forwarded to the event thread.
class EventLoopImpl : public QObject
{
public:
    struct Handle {
        int fd = -1;
        int events = 0;
        virEventHandleCallback cb = nullptr;
        void *opaque = nullptr;
        virFreeCallback ff = nullptr;
        QSocketNotifier *read = nullptr;  // created and touched on the event thread only
        QSocketNotifier *write = nullptr;
    };
    struct Timeout {
        int interval = -1;
        virEventTimeoutCallback cb = nullptr;
        void *opaque = nullptr;
        virFreeCallback ff = nullptr;
        QTimer *timer = nullptr;          // created and touched on the event thread only
    };

    int addHandle(int fd, int events, virEventHandleCallback cb, void *opaque, virFreeCallback ff)
    {
        const int id = m_nextHandle.fetch_add(1);
        {
            QMutexLocker lock(&m_mutex);
            m_handles.insert(id, Handle{fd, events, cb, opaque, ff, nullptr, nullptr});
        }
        onEventThread([this, id] { syncHandle(id); });
        return id;
    }

    void updateHandle(int id, int events)
    {
        {
            QMutexLocker lock(&m_mutex);
            auto it = m_handles.find(id);
            if (it == m_handles.end())
                return;
            it->events = events;
        }
        onEventThread([this, id] { syncHandle(id); });
    }

    int removeHandle(int id)
    {
        Handle handle;
        {
            QMutexLocker lock(&m_mutex);
            auto it = m_handles.find(id);
            if (it == m_handles.end())
                return -1;
            handle = *it;
            m_handles.erase(it);
        }
        if (QThread::currentThread() == thread()) {
            // libvirt usually closes the fd right after this: stop polling it now.
            if (handle.read)
                handle.read->setEnabled(false);
            if (handle.write)
                handle.write->setEnabled(false);
        }
        // Always queued: freeing libvirt's opaque data inside the remove call can deadlock it.
        QMetaObject::invokeMethod(this, [handle] {
            delete handle.read;
            delete handle.write;
            if (handle.ff)
                handle.ff(handle.opaque);
        }, Qt::QueuedConnection);
        return 0;
    }

    int addTimeout(int interval, virEventTimeoutCallback cb, void *opaque, virFreeCallback ff)
    {
        const int id = m_nextTimeout.fetch_add(1);
        {
            QMutexLocker lock(&m_mutex);
            m_timeouts.insert(id, Timeout{interval, cb, opaque, ff, nullptr});
        }
        onEventThread([this, id] { syncTimeout(id); });
        return id;
    }

    void updateTimeout(int id, int interval)
    {
        {
            QMutexLocker lock(&m_mutex);
            auto it = m_timeouts.find(id);
            if (it == m_timeouts.end())
                return;
            it->interval = interval;
        }
        onEventThread([this, id] { syncTimeout(id); });
    }

    int removeTimeout(int id)
    {
        Timeout timeout;
        {
            QMutexLocker lock(&m_mutex);
            auto it = m_timeouts.find(id);
            if (it == m_timeouts.end())
                return -1;
            timeout = *it;
            m_timeouts.erase(it);
        }
        if (timeout.timer && QThread::currentThread() == thread())
            timeout.timer->stop();
        QMetaObject::invokeMethod(this, [timeout] {
            delete timeout.timer;
            if (timeout.ff)
                timeout.ff(timeout.opaque);
        }, Qt::QueuedConnection);
        return 0;
    }

private:
    // From the event thread itself (a libvirt callback updating its own watch) apply at once,
    // so no stale notification fires in between; from other threads queue the work.
    template<typename F>
    void onEventThread(F &&work)
    {
        if (QThread::currentThread() == thread())
            work();
        else
            QMetaObject::invokeMethod(this, std::forward<F>(work), Qt::QueuedConnection);
    }

    void syncHandle(int id)
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_handles.find(id);
        if (it == m_handles.end())
            return; // removed before it was ever set up
        if (!it->read) {
            it->read = new QSocketNotifier(QSocketNotifier::Read, this);
            it->read->setSocket(it->fd);
            // A hang-up or error shows up as "readable" (read() then returns 0 / fails).
            connect(it->read, &QSocketNotifier::activated, this,
                    [this, id] { dispatchHandle(id, VIR_EVENT_HANDLE_READABLE); });
        }
        if (!it->write) {
            it->write = new QSocketNotifier(QSocketNotifier::Write, this);
            it->write->setSocket(it->fd);
            connect(it->write, &QSocketNotifier::activated, this,
                    [this, id] { dispatchHandle(id, VIR_EVENT_HANDLE_WRITABLE); });
        }
        it->read->setEnabled(it->events & VIR_EVENT_HANDLE_READABLE);
        it->write->setEnabled(it->events & VIR_EVENT_HANDLE_WRITABLE);
    }

    void dispatchHandle(int id, int event)
    {
        virEventHandleCallback cb = nullptr;
        void *opaque = nullptr;
        int fd = -1;
        {
            QMutexLocker lock(&m_mutex);
            auto it = m_handles.constFind(id);
            if (it == m_handles.cend() || !(it->events & event))
                return; // removed or masked meanwhile
            cb = it->cb;
            opaque = it->opaque;
            fd = it->fd;
        }
        // Without the lock: the callback re-enters update/remove.
        cb(id, fd, event, opaque);
    }

    void syncTimeout(int id)
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_timeouts.find(id);
        if (it == m_timeouts.end())
            return;
        if (!it->timer) {
            it->timer = new QTimer(this);
            it->timer->setTimerType(Qt::PreciseTimer);
            connect(it->timer, &QTimer::timeout, this, [this, id] { dispatchTimeout(id); });
        }
        // -1 disables; 0 fires on every loop iteration; an update re-arms (as libvirt's own
        // implementations do).
        if (it->interval < 0)
            it->timer->stop();
        else
            it->timer->start(it->interval);
    }

    void dispatchTimeout(int id)
    {
        virEventTimeoutCallback cb = nullptr;
        void *opaque = nullptr;
        {
            QMutexLocker lock(&m_mutex);
            auto it = m_timeouts.constFind(id);
            if (it == m_timeouts.cend() || it->interval < 0)
                return;
            cb = it->cb;
            opaque = it->opaque;
        }
        cb(id, opaque);
    }

    QMutex m_mutex;
    QHash<int, Handle> m_handles;
    QHash<int, Timeout> m_timeouts;
    std::atomic<int> m_nextHandle{1};
    std::atomic<int> m_nextTimeout{1};
};

EventLoopImpl *g_impl = nullptr;
std::atomic<bool> g_registered{false};

void ignoreError(void *, virErrorPtr) {}

int addHandleCb(int fd, int events, virEventHandleCallback cb, void *opaque, virFreeCallback ff)
{
    return g_impl->addHandle(fd, events, cb, opaque, ff);
}
void updateHandleCb(int watch, int events) { g_impl->updateHandle(watch, events); }
int removeHandleCb(int watch) { return g_impl->removeHandle(watch); }
int addTimeoutCb(int interval, virEventTimeoutCallback cb, void *opaque, virFreeCallback ff)
{
    return g_impl->addTimeout(interval, cb, opaque, ff);
}
void updateTimeoutCb(int timer, int interval) { g_impl->updateTimeout(timer, interval); }
int removeTimeoutCb(int timer) { return g_impl->removeTimeout(timer); }

} // namespace

void LibvirtEventLoop::ensureRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // libvirt prints every error to stderr by default; we read errors per call instead.
        virSetErrorFunc(nullptr, ignoreError);
        virInitialize();
        // libvirt writes to its sockets with write(): a host that goes away mid-stream (an upload,
        // a broken SSH link) must fail that call with EPIPE, not end the application. A handler
        // the application set itself is kept.
        struct sigaction current {};
        if (sigaction(SIGPIPE, nullptr, &current) == 0 && current.sa_handler == SIG_DFL)
            std::signal(SIGPIPE, SIG_IGN);

        // Deliberately leaked: the loop must run for the rest of the process.
        auto *thread = new QThread;
        thread->setObjectName(u"libvirt-events"_s);
        g_impl = new EventLoopImpl;
        g_impl->moveToThread(thread);
        thread->start();

        virEventRegisterImpl(addHandleCb, updateHandleCb, removeHandleCb, addTimeoutCb, updateTimeoutCb,
                             removeTimeoutCb);
        g_registered = true;
    });
}

bool LibvirtEventLoop::isRegistered()
{
    return g_registered;
}

} // namespace welkin::libvirt
