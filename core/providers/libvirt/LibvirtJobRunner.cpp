#include "LibvirtJobRunner.h"

#include "LibvirtConnection.h"
#include "LibvirtErrors.h"

#include <QLoggingCategory>
#include <QThread>
#include <QUrl>

#include <libvirt/libvirt.h>

namespace welkin::libvirt {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLibvirtJobs, "welkin.libvirt.jobs")

namespace {
// Idle second connections kept per host: enough for a few concurrent jobs without re-opening.
constexpr int maxIdleConnections = 3;

bool sharesWorkerConnection(const QString &uri)
{
    // Every open of a test:// file (or test:///empty?) makes a new in-process driver; only
    // test:///default is shared between connections of one process.
    const QUrl url(uri);
    return url.scheme() == u"test"_s && uri != u"test:///default"_s;
}
} // namespace

void JobContext::setProgress(int percent) const
{
    if (!m_relay)
        return;
    QMetaObject::invokeMethod(m_relay, [task = m_task, percent] {
        if (task)
            task->setProgress(percent);
    }, Qt::QueuedConnection);
}

void JobContext::setDetail(const QString &detail) const
{
    if (!m_relay)
        return;
    QMetaObject::invokeMethod(m_relay, [task = m_task, detail] {
        if (task)
            task->setDetail(detail);
    }, Qt::QueuedConnection);
}

LibvirtJobRunner::LibvirtJobRunner(QString uri, LibvirtConnection *worker, QObject *parent)
    : QObject(parent), m_uri(std::move(uri)), m_worker(worker), m_useWorker(sharesWorkerConnection(m_uri))
{
}

LibvirtJobRunner::~LibvirtJobRunner()
{
    closeConnectionsLater(std::exchange(m_idle, {}));
}

void LibvirtJobRunner::run(Task *task, JobFunction work)
{
    Q_ASSERT(task->thread() == thread());
    if (m_shutdown) {
        QMetaObject::invokeMethod(task, [task] { task->fail(tr("The connection was closed")); }, Qt::QueuedConnection);
        return;
    }
    ++m_running;
    task->setRunning();

    JobContext context;
    context.m_task = task;
    context.m_relay = this;
    context.m_cancel = task->cancelToken();

    // Ends the task on this (GUI) thread with what the job produced.
    auto finish = [this, task = QPointer<Task>(task)](JobOutcome outcome) {
        QMetaObject::invokeMethod(this, [this, task, outcome = std::move(outcome)] {
            if (task) {
                if (outcome.ok) {
                    task->setResult(outcome.value);
                    task->succeed();
                } else {
                    task->fail(outcome.error);
                }
            }
            jobEnded();
        }, Qt::QueuedConnection);
    };

    if (m_useWorker) {
        if (!m_worker) {
            --m_running;
            task->fail(tr("The connection was closed"));
            return;
        }
        m_worker->runOnWorker([context, work = std::move(work), finish](_virConnect *conn) mutable {
            if (!conn) {
                finish(JobOutcome::failure(tr("Not connected")));
                return;
            }
            context.m_conn = conn;
            finish(work(context));
        });
        return;
    }

    QThread *thread = QThread::create([this, context, work = std::move(work), finish]() mutable {
        QString openError;
        _virConnect *conn = takeConnection(&openError);
        if (!conn) {
            finish(JobOutcome::failure(openError));
            return;
        }
        context.m_conn = conn;
        JobOutcome outcome = work(context);
        returnConnection(conn);
        finish(std::move(outcome));
    });
    thread->setObjectName(u"libvirt-job"_s);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

_virConnect *LibvirtJobRunner::takeConnection(QString *error)
{
    {
        QMutexLocker lock(&m_poolMutex);
        while (!m_idle.isEmpty()) {
            virConnectPtr conn = m_idle.takeLast();
            if (virConnectIsAlive(conn) == 1)
                return conn;
            lock.unlock();
            virConnectClose(conn);
            lock.relock();
        }
    }
    virConnectPtr conn = virConnectOpenAuth(m_uri.toUtf8().constData(), virConnectAuthPtrDefault, 0);
    if (!conn) {
        *error = lastError().describe(tr("Could not open a second connection to %1").arg(m_uri));
        return nullptr;
    }
    // Keepalive so a vanished host ends a job's call instead of hanging it (remote driver only).
    virConnectSetKeepAlive(conn, 5, 3);
    return conn;
}

void LibvirtJobRunner::returnConnection(_virConnect *conn)
{
    {
        QMutexLocker lock(&m_poolMutex);
        if (virConnectIsAlive(conn) == 1 && m_idle.size() < maxIdleConnections) {
            m_idle.append(conn);
            return;
        }
    }
    virConnectClose(conn);
}

void LibvirtJobRunner::jobEnded()
{
    --m_running;
    if (m_shutdown && m_running == 0)
        deleteLater();
}

void LibvirtJobRunner::shutdown()
{
    m_shutdown = true;
    setParent(nullptr);
    {
        QMutexLocker lock(&m_poolMutex);
        closeConnectionsLater(std::exchange(m_idle, {}));
    }
    if (m_running == 0)
        deleteLater();
}

void LibvirtJobRunner::closeConnectionsLater(QList<_virConnect *> connections)
{
    if (connections.isEmpty())
        return;
    // virConnectClose of a connection to a hung host can block: never on the GUI thread.
    QThread *closer = QThread::create([connections] {
        for (virConnectPtr conn : connections)
            virConnectClose(conn);
    });
    QObject::connect(closer, &QThread::finished, closer, &QObject::deleteLater);
    closer->start();
}

} // namespace welkin::libvirt
