#include "Task.h"

#include <QThread>

#include <atomic>

namespace welkin {

namespace {
constexpr int keepProgress = -2; // apply(): leave the progress as it is
std::atomic<quint64> nextTaskId{1};

QString localUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    return user;
}
} // namespace

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

void Task::setCancellable(bool cancellable)
{
    if (cancellable == m_cancellable)
        return;
    m_cancellable = cancellable;
    Q_EMIT cancellableChanged(cancellable);
}

void Task::requestCancel()
{
    if (m_cancellable && !isFinished())
        m_cancelToken->store(true);
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
