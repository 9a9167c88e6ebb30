#pragma once

#include "providers/Task.h"

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariant>

#include <functional>

struct _virConnect;

namespace welkin::libvirt {

class LibvirtConnection;

// How a job ended: a value for Task::result(), or a message for the user.
struct JobOutcome {
    bool ok = true;
    QVariant value;
    QString error;

    static JobOutcome success(QVariant value = {}) { return {true, std::move(value), {}}; }
    static JobOutcome failure(QString error) { return {false, {}, std::move(error)}; }
};

// What a job sees while it runs on its own thread.
class JobContext
{
public:
    _virConnect *connection() const { return m_conn; }
    // Thread-safe relays to the task (no-ops once the task is gone).
    void setProgress(int percent) const;
    void setDetail(const QString &detail) const;
    bool isCancelRequested() const { return m_cancel && m_cancel->load(); }

private:
    friend class LibvirtJobRunner;
    _virConnect *m_conn = nullptr;
    QPointer<Task> m_task;           // only dereferenced on the task's thread
    QObject *m_relay = nullptr;      // the runner (GUI thread), alive while jobs run
    Task::CancelToken m_cancel;
};

using JobFunction = std::function<JobOutcome(JobContext &)>;

// Runs management jobs (create, clone, upload, storage and network calls) off the GUI thread and
// off the connection worker, so a long copy never holds up the host's listing, events or stats.
//
// Each job runs on a thread of its own with a libvirt connection taken from a small pool of
// second connections to the same URI (opened on demand with the default auth: keys, agents,
// certificates). test:// URIs other than test:///default are in-process drivers whose state a
// second open would not share, so their jobs run on the connection worker instead.
//
// Lives on the GUI thread. shutdown() never blocks: the runner deletes itself once the last
// running job has ended, and idle connections are closed on a throwaway thread.
class LibvirtJobRunner : public QObject
{
    Q_OBJECT
public:
    LibvirtJobRunner(QString uri, LibvirtConnection *worker, QObject *parent = nullptr);
    ~LibvirtJobRunner() override;

    // Starts `work` for `task` (which must live on this runner's thread). The task becomes
    // Running, then ends with the outcome; a failed open fails the task with libvirt's reason.
    void run(Task *task, JobFunction work);

    // Detaches from the provider: no new jobs; deletes itself when the running ones have ended.
    void shutdown();

    int runningJobs() const { return m_running; }

private:
    _virConnect *takeConnection(QString *error);
    void returnConnection(_virConnect *conn);
    void jobEnded();
    static void closeConnectionsLater(QList<_virConnect *> connections);

    QString m_uri;
    QPointer<LibvirtConnection> m_worker; // used when jobs must share its connection
    bool m_useWorker = false;
    bool m_shutdown = false;
    int m_running = 0;
    QMutex m_poolMutex;
    QList<_virConnect *> m_idle;
};

} // namespace welkin::libvirt
