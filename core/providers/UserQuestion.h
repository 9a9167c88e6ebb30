#pragma once

#include <QDeadlineTimer>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QWaitCondition>

#include <functional>
#include <optional>
#include <utility>

namespace welkin {

// A value that is set once (the first set() wins, from any thread) and handed to each watcher
// once. A watcher with a context object runs on that object's thread on a later event-loop turn,
// never inside set(), and not at all once the context is gone; one without a context runs inside
// set() (for askers on the answering thread only).
template <typename T>
class SetOnce
{
public:
    using Watcher = std::function<void(const T &)>;

    bool set(T value)
    {
        QList<Entry> watchers;
        {
            QMutexLocker lock(&m_mutex);
            if (m_value)
                return false;
            m_value = std::move(value);
            watchers = std::exchange(m_watchers, {});
        }
        for (const Entry &entry : std::as_const(watchers))
            deliver(entry, *m_value); // never changes once set
        // Waiters resume only now: what they do next is queued after the watchers' calls.
        m_done.wakeAll();
        return true;
    }

    void watch(QObject *context, Watcher watcher)
    {
        Entry entry{context, context != nullptr, std::move(watcher)};
        {
            QMutexLocker lock(&m_mutex);
            if (!m_value) {
                m_watchers.append(std::move(entry));
                return;
            }
        }
        deliver(entry, *m_value);
    }

    bool isSet() const
    {
        QMutexLocker lock(&m_mutex);
        return m_value.has_value();
    }

    std::optional<T> value() const
    {
        QMutexLocker lock(&m_mutex);
        return m_value;
    }

    // Blocks until set or `timeoutMs` passed; true when set.
    bool wait(int timeoutMs)
    {
        QMutexLocker lock(&m_mutex);
        const QDeadlineTimer deadline(timeoutMs);
        while (!m_value) {
            if (!m_done.wait(&m_mutex, deadline))
                break;
        }
        return m_value.has_value();
    }

private:
    struct Entry {
        QPointer<QObject> context;
        bool hasContext = false;
        Watcher watcher;
    };

    static void deliver(const Entry &entry, const T &value)
    {
        if (!entry.hasContext) {
            entry.watcher(value);
            return;
        }
        if (QObject *context = entry.context.data()) {
            QMetaObject::invokeMethod(context, [watcher = entry.watcher, value] { watcher(value); },
                                      Qt::QueuedConnection);
        }
    }

    mutable QMutex m_mutex;
    QWaitCondition m_done;
    std::optional<T> m_value;
    QList<Entry> m_watchers;
};

// A question to the user (credentials, trusting a certificate): whoever answers it (a dialog, the
// keychain, the terminal, a test) calls answer() or cancel() once, from any thread; the asker
// gets the reply through onReply() on its own thread and continues from there. A question
// dropped unanswered counts as cancelled. The one blocking path, wait(), is for askers that must
// answer synchronously (libvirt's auth callback, on its connection's own worker thread).
template <typename Answer>
class UserQuestion
{
public:
    using Reply = std::optional<Answer>; // nullopt: cancelled, timed out or dropped

    UserQuestion() = default;
    UserQuestion(const UserQuestion &) = delete;
    UserQuestion &operator=(const UserQuestion &) = delete;
    virtual ~UserQuestion() { cancel(); }

    void answer(Answer value) { m_reply.set(Reply(std::move(value))); }
    void cancel() { m_reply.set(Reply()); }
    bool isFinished() const { return m_reply.isSet(); }
    // The answer when one was given (nullopt while open or when cancelled).
    Reply reply() const { return m_reply.value().value_or(Reply()); }

    // `callback` runs once with the reply, on `context`'s thread (see SetOnce); register before
    // handing the question out, or it runs on the next event-loop turn.
    void onReply(QObject *context, std::function<void(const Reply &)> callback)
    {
        m_reply.watch(context, std::move(callback));
    }

    // Blocks until answered, cancelled or `timeoutMs` passed; a later answer is ignored.
    Reply wait(int timeoutMs)
    {
        m_reply.wait(timeoutMs);
        cancel(); // no-op when answered
        return reply();
    }

private:
    SetOnce<Reply> m_reply;
};

} // namespace welkin
