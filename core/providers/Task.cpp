#include "Task.h"

#include <QCoreApplication>
#include <QThread>

#include <atomic>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace welkin {

namespace {
constexpr int keepProgress = -2; // apply(): leave the progress as it is
std::atomic<quint64> nextTaskId{1};
} // namespace

QString Task::localUser()
{
    static const QString user = [] {
        QString name = qEnvironmentVariable("USER");
        if (name.isEmpty())
            name = qEnvironmentVariable("LOGNAME");
#ifdef Q_OS_UNIX
        if (name.isEmpty()) {
            // getpwuid_r: other threads may read the password database at the same time.
            passwd entry{};
            passwd *found = nullptr;
            char buffer[4096];
            if (getpwuid_r(geteuid(), &entry, buffer, sizeof buffer, &found) == 0 && found && found->pw_name)
                name = QString::fromLocal8Bit(found->pw_name);
        }
#else
        if (name.isEmpty())
            name = qEnvironmentVariable("USERNAME");
#endif
        return name;
    }();
    return user;
}

QString Task::userDisplay() const
{
    if (m_account.isEmpty() || m_account == m_user)
        return m_user;
    if (m_user.isEmpty())
        return m_account;
    //: User column of a task: local account, then who the connection acts as ("alice (as admin)")
    return QCoreApplication::translate("welkin::Task", "%1 (as %2)").arg(m_user, m_account);
}

Task::Task(QString title, ResourceId target, QObject *parent)
    : QObject(parent), m_id(nextTaskId++), m_title(std::move(title)), m_target(std::move(target)),
      m_user(localUser()), m_created(QDateTime::currentDateTime())
{
}

void Task::setRunning() { apply(State::Running, keepProgress, {}); }

void Task::setProgress(int percent) { apply(State::Running, percent, {}); }

void Task::succeed() { apply(State::Succeeded, 100, {}); }

void Task::fail(const QString &errorText) { apply(State::Failed, keepProgress, errorText); }

void Task::setResult(const QVariant &result)
{
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(this, [this, result] { setResult(result); }, Qt::QueuedConnection);
        return;
    }
    if (!isFinished())
        m_result = result;
}

void Task::setDetail(const QString &detail)
{
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(this, [this, detail] { setDetail(detail); }, Qt::QueuedConnection);
        return;
    }
    if (isFinished() || detail == m_detail)
        return;
    m_detail = detail;
    Q_EMIT detailChanged(detail);
}

void Task::setCancellable(bool cancellable, CancelEffect effect)
{
    m_cancelEffect = effect;
    if (cancellable == m_cancellable)
        return;
    m_cancellable = cancellable;
    Q_EMIT cancellableChanged(cancellable);
}

void Task::requestCancel()
{
    if (!m_cancellable || isFinished() || m_cancelToken->exchange(true))
        return;
    Q_EMIT cancelRequested();
}

void Task::apply(State state, int progress, const QString &error)
{
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(this, [this, state, progress, error] { apply(state, progress, error); },
                                  Qt::QueuedConnection);
        return;
    }
    if (isFinished())
        return;
    if (progress == keepProgress)
        progress = m_progress;
    const bool stateDiffers = state != m_state;
    const bool progressDiffers = progress != m_progress;
    m_state = state;
    m_progress = progress;
    if (state == State::Failed)
        m_errorText = error;
    if (isFinished()) {
        m_finished = QDateTime::currentDateTime();
        if (m_cancellable) {
            m_cancellable = false;
            Q_EMIT cancellableChanged(false);
        }
    }
    if (progressDiffers)
        Q_EMIT progressChanged(progress);
    if (stateDiffers)
        Q_EMIT stateChanged(state);
    if (isFinished())
        Q_EMIT finished(state == State::Succeeded);
}

} // namespace welkin
