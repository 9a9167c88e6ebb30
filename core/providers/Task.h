#pragma once

#include "model/ResourceId.h"

#include <QDateTime>
#include <QObject>
#include <QString>

namespace welkin {

// One piece of work a user asked for (start a VM, delete it, ...). Created on the GUI thread and
// returned at once by Provider::perform(); the provider's worker reports progress and the end
// through the thread-safe setters, which hop to the task's thread.
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
    State state() const { return m_state; }
    bool isFinished() const { return m_state == State::Succeeded || m_state == State::Failed; }
    int progress() const { return m_progress; }            // 0..100, -1 when unknown
    const QString &errorText() const { return m_errorText; }
    const QDateTime &created() const { return m_created; }
    const QDateTime &finishedAt() const { return m_finished; }

    // Thread-safe: may be called from any thread. A finished task ignores further calls.
    void setRunning();
    void setProgress(int percent);
    void succeed();
    void fail(const QString &errorText);

Q_SIGNALS:
    void stateChanged(welkin::Task::State state);
    void progressChanged(int percent);
    void finished(bool ok);

private:
    void apply(State state, int progress, const QString &error);

    quint64 m_id;
    QString m_title;
    ResourceId m_target;
    QString m_user;
    State m_state = State::Queued;
    int m_progress = -1;
    QString m_errorText;
    QDateTime m_created;
    QDateTime m_finished;
};

} // namespace welkin
