#pragma once

#include "model/ResourceId.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QVariant>

#include <atomic>
#include <memory>

namespace welkin {

// One piece of work a user asked for (start a VM, delete it, ...). Created on the GUI thread and
// returned at once by Provider::perform(); the provider's worker reports progress and the end
// through the thread-safe setters, which hop to the task's thread. A provider's task is deleted
// a while after it finished (Provider::finishedTaskLifetime()): keep a QPointer, not a Task *.
class Task : public QObject
{
    Q_OBJECT
public:
    enum class State { Queued, Running, Succeeded, Failed };
    Q_ENUM(State)

    Task(QString title, ResourceId target, QObject *parent = nullptr);

    quint64 id() const { return m_id; }
    const QString &title() const { return m_title; }       // "Start web-01"
    const ResourceId &target() const { return m_target; }
    const QString &user() const { return m_user; }         // local account that asked
    // Who the connection acts as on the remote side (libvirt URI user, cloud login); "" when it
    // is the local account. Set by the provider before the task is announced.
    const QString &account() const { return m_account; }
    void setAccount(const QString &account) { m_account = account; }
    // For the User column and the audit log: "alice", or "alice (as admin)".
    QString userDisplay() const;
    // The desktop session's account: $USER, $LOGNAME, else the password database (a session
    // started without a login shell has neither variable).
    static QString localUser();
    State state() const { return m_state; }
    bool isFinished() const { return m_state == State::Succeeded || m_state == State::Failed; }
    int progress() const { return m_progress; }            // 0..100, -1 when unknown
    const QString &errorText() const { return m_errorText; }
    const QDateTime &created() const { return m_created; }
    const QDateTime &finishedAt() const { return m_finished; }
    // What the work produced (a listing, the new object's name, ...); set before succeed().
    const QVariant &result() const { return m_result; }
    // What is happening now, for the tasks dock: "38.2 MiB of 100 MiB".
    const QString &detail() const { return m_detail; }

    // Cancellation. The work polls the token (any thread) or reacts to cancelRequested(); the
    // user's request only sets it.
    using CancelToken = std::shared_ptr<std::atomic<bool>>;
    // What a cancel does: the work stops and undoes what it made (uploads, clones, migrations),
    // or Welkin only stops following an operation the cloud carries on with.
    enum class CancelEffect { Abort, StopFollowing };
    bool isCancellable() const { return m_cancellable; }
    CancelEffect cancelEffect() const { return m_cancelEffect; }
    void setCancellable(bool cancellable, CancelEffect effect = CancelEffect::Abort); // GUI thread
    void requestCancel();                       // GUI thread; no-op when not cancellable or finished
    bool isCancelRequested() const { return m_cancelToken->load(); }
    CancelToken cancelToken() const { return m_cancelToken; }

    // Thread-safe: may be called from any thread. A finished task ignores further calls.
    void setRunning();
    void setProgress(int percent);
    void succeed();
    void fail(const QString &errorText);
    void setResult(const QVariant &result);
    void setDetail(const QString &detail);

Q_SIGNALS:
    void stateChanged(welkin::Task::State state);
    void progressChanged(int percent);
    void finished(bool ok);
    void detailChanged(const QString &detail);
    void cancellableChanged(bool cancellable);
    void cancelRequested();

private:
    void apply(State state, int progress, const QString &error);

    quint64 m_id;
    QString m_title;
    ResourceId m_target;
    QString m_user;
    QString m_account;
    State m_state = State::Queued;
    int m_progress = -1;
    QString m_errorText;
    QDateTime m_created;
    QDateTime m_finished;
    QVariant m_result;
    QString m_detail;
    bool m_cancellable = false;
    CancelEffect m_cancelEffect = CancelEffect::Abort;
    CancelToken m_cancelToken = std::make_shared<std::atomic<bool>>(false);
};

} // namespace welkin
