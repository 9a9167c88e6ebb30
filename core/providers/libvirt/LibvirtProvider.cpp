#include "LibvirtProvider.h"

#include "util/ThreadPriority.h"

#include "LibvirtConnection.h"
#include "LibvirtEventLoop.h"
#include "LibvirtJobRunner.h"
#include "VmManager.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUrl>
#include <QElapsedTimer>
#include <QTimer>
#include <QThread>

#include <atomic>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

std::atomic<int> g_runningWorkers{0};

// The GUI thread's time per event-loop pass for what libvirt workers relay (rows above all):
// spent by every provider, given back by a zero-timer at the end of the pass. GUI thread only.
constexpr qint64 relayBudgetNs = 12'000'000;
qint64 g_relaySpentNs = 0;
bool g_relayRefillPosted = false;
quint64 g_relayPass = 0; // a refill posted for an earlier pass gives nothing back

void spendRelayBudget(qint64 ns)
{
    g_relaySpentNs += ns;
    const bool exhausted = g_relaySpentNs >= relayBudgetNs;
    if (g_relayRefillPosted && !exhausted)
        return;
    // The refill ends the pass. Once the budget is spent, it goes behind everything queued by
    // now (the window's repaint, workers' signals that came meanwhile), not where an earlier
    // item of this pass posted it.
    if (exhausted)
        ++g_relayPass;
    g_relayRefillPosted = true;
    QTimer::singleShot(0, qApp, [pass = g_relayPass] {
        if (pass != g_relayPass)
            return;
        g_relaySpentNs = 0;
        g_relayRefillPosted = false;
    });
}

// Worker threads not freed yet (GUI thread only). Each frees itself when it ends while the event
// loop runs; at application exit the ended ones are freed here and the ones still blocked on a
// hung host are leaked on purpose (destroying a running QThread aborts the process).
QList<QPointer<QThread>> &workerThreads()
{
    static QList<QPointer<QThread>> threads;
    return threads;
}

void freeEndedWorkerThreads()
{
    for (const QPointer<QThread> &thread : std::exchange(workerThreads(), {})) {
        if (thread && thread->isFinished())
            delete thread.data();
    }
}

void trackWorkerThread(QThread *thread)
{
    static const bool registered = [] {
        qAddPostRoutine(freeEndedWorkerThreads);
        return true;
    }();
    Q_UNUSED(registered);
    QList<QPointer<QThread>> &threads = workerThreads();
    threads.removeIf([](const QPointer<QThread> &t) { return t.isNull(); });
    threads.append(thread);
}

// The lifecycle actions the connection's worker carries out (the rest are cloud actions).
Capabilities libvirtActions()
{
    return Capability::Start | Capability::Shutdown | Capability::Reboot | Capability::ForceOff | Capability::Pause
        | Capability::Resume | Capability::Delete | Capability::Suspend | Capability::ForceReboot;
}

} // namespace

LibvirtProvider::LibvirtProvider(ConnectionProfile profile, QObject *parent) : Provider(std::move(profile), parent) {}

LibvirtProvider::~LibvirtProvider()
{
    stopWorker(false);
}

int LibvirtProvider::runningWorkers()
{
    return g_runningWorkers.load();
}

PowerState LibvirtProvider::vmState(const ResourceId &vm) const
{
    return m_vms.value(vm).state;
}

QString LibvirtProvider::vmName(const ResourceId &vm) const
{
    return m_vms.value(vm).name;
}

void LibvirtProvider::open()
{
    if (m_worker) {
        // Already running: reconnect now instead of waiting for the backoff (no-op when connected).
        QMetaObject::invokeMethod(m_worker, &libvirt::LibvirtConnection::connectNow, Qt::QueuedConnection);
        return;
    }
    startWorker();
}

void LibvirtProvider::startWorker()
{
    // Before any open, on whichever thread gets here first.
    libvirt::LibvirtEventLoop::ensureRegistered();

    auto *thread = new QThread;
    thread->setObjectName(u"libvirt-conn"_s);
    auto *worker = new libvirt::LibvirtConnection(effectiveProfile());
    worker->moveToThread(thread);
    // Nobody ever waits for this thread (a hung host may hold it for minutes): when it ends, the
    // worker dies on it and the thread object on the GUI thread. One still running at exit is
    // deliberately leaked (trackWorkerThread); the OS ends it.
    connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, [] { --g_runningWorkers; }, Qt::DirectConnection);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);

    using W = libvirt::LibvirtConnection;
    // Every relay checks that the sender is still our worker: a closed worker's late signals
    // (already queued) must not touch a provider that moved on. All go through relay(), in the
    // order the worker sent them.
    connect(worker, &W::statusChanged, this, [this, worker](const ProviderStatus &status) {
        relay([=, this] {
            if (worker == m_worker)
                setStatus(status.state, status.detail);
        });
    }, Qt::QueuedConnection);
    connect(worker, &W::connectionOpened, this, [this, worker](const HostInfo &host) {
        relay([=, this] {
            if (worker != m_worker)
                return;
            m_everConnected = true;
            m_host = host;
        });
    }, Qt::QueuedConnection);
    connect(worker, &W::deltaReady, this, [this, worker](const InventoryDelta &delta) {
        relay([=, this] {
            if (worker != m_worker)
                return;
            track(delta);
            Q_EMIT deltaReady(delta);
        });
    }, Qt::QueuedConnection);
    connect(worker, &W::initialLoadFinished, this, [this, worker] {
        relay([=, this] {
            if (worker == m_worker)
                Q_EMIT initialLoadFinished();
        });
    }, Qt::QueuedConnection);
    connect(worker, &W::samplesReady, this, [this, worker](const MetricSamples &samples) {
        relay([=, this] {
            if (worker == m_worker)
                Q_EMIT samplesReady(samples);
        });
    }, Qt::QueuedConnection);
    connect(worker, &W::eventOccurred, this, [this, worker](const ProviderEvent &event) {
        relay([=, this] {
            if (worker == m_worker)
                Q_EMIT eventOccurred(event);
        });
    }, Qt::QueuedConnection);
    connect(worker, &W::credentialsNeeded, this, [this, worker](const CredentialRequestPtr &request) {
        relay([=, this] {
            if (worker != m_worker) {
                request->cancel();
                return;
            }
            m_prompts.removeIf([](const std::weak_ptr<CredentialRequest> &p) { return p.expired(); });
            m_prompts.append(request);
            requestCredentials(request);
        });
    }, Qt::QueuedConnection);
    connect(worker, &W::actionStarted, this, [this, worker](quint64 requestId) {
        relay([=, this] {
            if (worker != m_worker)
                return;
            if (Task *task = m_tasks.value(requestId))
                task->setRunning();
        });
    }, Qt::QueuedConnection);
    connect(worker, &W::actionFinished, this, [this, worker](quint64 requestId, bool ok, const QString &error) {
        relay([=, this] {
            if (worker != m_worker)
                return;
            const QPointer<Task> task = m_tasks.take(requestId);
            if (!task)
                return;
            if (ok)
                task->succeed();
            else
                task->fail(error);
        });
    }, Qt::QueuedConnection);
    connect(worker, &W::consoleXmlRead, this, [this, worker](quint64 requestId, bool ok, const QByteArray &xml,
                                                              bool secure, const QString &error) {
        relay([=, this] {
            if (worker == m_worker)
                finishConsoleRequest(requestId, ok, xml, secure, error);
        });
    }, Qt::QueuedConnection);
    m_worker = worker;
    worker->setWatched(m_watched); // before the thread starts: no race
    m_jobs = new libvirt::LibvirtJobRunner(profile().uri, worker, this);
    ++g_runningWorkers;
    trackWorkerThread(thread);
    connect(thread, &QThread::started, thread, &lowerCurrentThreadPriority, Qt::DirectConnection);
    thread->start();
    setStatus(ProviderState::Connecting);
    QMetaObject::invokeMethod(worker, &W::connectNow, Qt::QueuedConnection);
}

void LibvirtProvider::relay(std::function<void()> item)
{
    m_relay.push_back(std::move(item));
    if (m_relay.size() == 1 && !m_draining) {
        drainRelay();
    } else if (!std::exchange(m_relayDrainPosted, true)) {
        // Behind a waiting item, or arrived while an item runs a nested event loop (a dialog):
        // a later pass of whichever loop runs then.
        QTimer::singleShot(0, this, &LibvirtProvider::drainRelay);
    }
}

void LibvirtProvider::drainRelay()
{
    m_relayDrainPosted = false;
    const bool outermost = !std::exchange(m_draining, true);
    while (!m_relay.empty()) {
        if (g_relaySpentNs >= relayBudgetNs) {
            if (!std::exchange(m_relayDrainPosted, true))
                QTimer::singleShot(0, this, &LibvirtProvider::drainRelay);
            break;
        }
        const std::function<void()> item = std::move(m_relay.front());
        m_relay.pop_front();
        QElapsedTimer clock;
        clock.start();
        const QPointer<LibvirtProvider> alive(this);
        item();
        spendRelayBudget(clock.nsecsElapsed());
        if (!alive)
            return; // an item's receiver closed and deleted this provider
    }
    if (outermost)
        m_draining = false;
}

void LibvirtProvider::setWatchedResources(const QSet<ResourceId> &resources)
{
    QSet<QString> uuids;
    for (const ResourceId &id : resources) {
        if (id.kind() == ResourceKind::Vm && id.providerId() == this->id())
            uuids.insert(id.nativeId());
    }
    if (uuids == m_watched)
        return;
    m_watched = uuids;
    if (m_worker) {
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, uuids] { worker->setWatched(uuids); },
                                  Qt::QueuedConnection);
    }
}

void LibvirtProvider::close()
{
    stopWorker(true);
}

void LibvirtProvider::stopWorker(bool removeRows)
{
    if (!m_worker) {
        if (removeRows)
            setStatus(ProviderState::Disconnected);
        return;
    }
    libvirt::LibvirtConnection *worker = std::exchange(m_worker, nullptr);
    if (libvirt::LibvirtJobRunner *jobs = std::exchange(m_jobs, nullptr))
        jobs->shutdown();

    // A prompt the worker blocks on would otherwise hold it for the whole auth timeout.
    worker->abortCredentialPrompts();
    for (const auto &prompt : std::as_const(m_prompts)) {
        if (auto request = prompt.lock())
            request->cancel();
    }
    m_prompts.clear();
    disconnect(worker, nullptr, this, nullptr);
    // Runs when the worker's current call returns; its thread then ends and frees itself.
    QMetaObject::invokeMethod(worker, &libvirt::LibvirtConnection::shutdown, Qt::QueuedConnection);

    const auto tasks = std::exchange(m_tasks, {});
    for (const QPointer<Task> &task : tasks) {
        if (task)
            task->fail(tr("The connection to %1 was closed").arg(displayName()));
    }

    failConsoleRequests(tr("The connection to %1 was closed").arg(displayName()));

    if (removeRows) {
        InventoryDelta delta;
        delta.providerId = id();
        for (auto it = m_vms.cbegin(); it != m_vms.cend(); ++it)
            delta.removed.append(it.key());
        for (const ResourceId &row : std::as_const(m_otherRows))
            delta.removed.append(row);
        m_vms.clear();
        m_otherRows.clear();
        if (!delta.isEmpty())
            Q_EMIT deltaReady(delta);
        setStatus(ProviderState::Disconnected);
    }
}

void LibvirtProvider::track(const InventoryDelta &delta)
{
    for (const ResourceId &removed : delta.removed) {
        m_vms.remove(removed);
        m_otherRows.remove(removed);
    }
    for (const Resource &added : delta.added) {
        if (const VmInfo *vm = added.vm())
            m_vms.insert(added.id, VmView{vm->state, added.name});
        else
            m_otherRows.insert(added.id);
    }
    for (const ResourceChange &change : delta.changed) {
        if (const VmInfo *vm = change.resource.vm())
            m_vms.insert(change.resource.id, VmView{vm->state, change.resource.name});
    }
}

Capabilities LibvirtProvider::capabilities(const ResourceId &resource) const
{
    if (state() != ProviderState::Connected || resource.kind() != ResourceKind::Vm)
        return {};
    const auto it = m_vms.constFind(resource);
    if (it == m_vms.cend())
        return {};
    // Autostart whatever the state; clone and rename need a shut-off VM.
    constexpr Capabilities snapshots =
        Capability::CreateSnapshot | Capability::RevertSnapshot | Capability::DeleteSnapshot;
    switch (it->state) {
    case PowerState::Running:
    case PowerState::Blocked:
        // Delete destroys first.
        return Capability::Shutdown | Capability::Reboot | Capability::ForceReboot | Capability::ForceOff
            | Capability::Pause | Capability::Suspend | Capability::OpenConsole | Capability::Delete
            | Capability::Autostart | snapshots;
    case PowerState::Paused:
        return Capability::Resume | Capability::ForceOff | Capability::OpenConsole | Capability::Delete
            | Capability::Autostart | snapshots;
    case PowerState::ShuttingDown:
        return Capability::ForceOff | Capability::OpenConsole | Capability::Delete | Capability::Autostart;
    case PowerState::ShutOff:
        return Capability::Start | Capability::Delete | Capability::Clone | Capability::Rename | Capability::Autostart
            | snapshots;
    case PowerState::Crashed:
        return Capability::Start | Capability::ForceOff | Capability::Delete | Capability::Autostart | snapshots;
    case PowerState::Suspended:
        return Capability::ForceOff | Capability::Delete | Capability::Autostart;
    default:
        return {};
    }
}

Task *LibvirtProvider::runJob(const QString &title, const ResourceId &target, libvirt::JobFunction work,
                              bool announce, bool cancellable)
{
    Task *task = createTask(title, target, announce);
    task->setCancellable(cancellable);
    if (!m_jobs || state() != ProviderState::Connected) {
        failLater(task, tr("%1: not connected to %2 (%3)")
                                .arg(title, displayName(), providerStateDisplayName(state()).toLower()));
        return task;
    }
    // Queued, so the caller can connect to the task before it can end.
    QMetaObject::invokeMethod(m_jobs, [jobs = QPointer(m_jobs), task = QPointer(task), work = std::move(work)] {
        if (!task)
            return;
        if (jobs)
            jobs->run(task, work);
        else
            task->fail(tr("The connection was closed"));
    }, Qt::QueuedConnection);
    return task;
}

QString LibvirtProvider::accountName() const
{
    return QUrl(profile().uri).userName();
}

SnapshotSupport LibvirtProvider::snapshotSupport() const
{
    SnapshotSupport support;
    support.listed = true;
    support.revert = true;
    support.describe = true;
    support.deleteWithChildren = true;
    support.diskOnly = true;
    support.memoryWhenRunning = true;
    support.libvirtNames = true;
    return support;
}

Task *LibvirtProvider::listSnapshots(const ResourceId &vm)
{
    return VmManager(this).snapshots(vm);
}

Task *LibvirtProvider::performSnapshotAction(const Action &action)
{
    VmManager manager(this);
    const QString snapshot = action.options.value(u"snapshotId"_s).toString();
    switch (action.type) {
    case ActionType::CreateSnapshot:
        return manager.createSnapshot(action.target, {action.options.value(u"name"_s).toString(),
                                                      action.options.value(u"description"_s).toString(),
                                                      action.options.value(u"diskOnly"_s).toBool()});
    case ActionType::RevertSnapshot: return manager.revertSnapshot(action.target, snapshot);
    default: return manager.deleteSnapshot(action.target, snapshot, action.options.value(u"withChildren"_s).toBool());
    }
}

Task *LibvirtProvider::perform(const Action &action)
{
    // Snapshots are jobs of their own (VmManager), so they run beside the lifecycle worker.
    if (action.type == ActionType::CreateSnapshot || action.type == ActionType::RevertSnapshot
        || action.type == ActionType::DeleteSnapshot)
        return performSnapshotAction(action);
    // One rename for every caller: the job that renames a shut-off domain.
    if (action.type == ActionType::Rename)
        return VmManager(this).renameVm(action.target, action.options.value(u"name"_s).toString());
    const auto known = m_vms.constFind(action.target);
    const QString name = known != m_vms.cend() && !known->name.isEmpty() ? known->name : action.target.nativeId();
    Task *task = createTask(action, name);

    if (!m_worker || state() != ProviderState::Connected) {
        failLater(task, tr("Could not %1 %2: not connected to %3 (%4)")
                                .arg(actionDisplayName(action.type).toLower(), name, displayName(),
                                     providerStateDisplayName(state()).toLower()));
        return task;
    }
    if (action.target.providerId() != id() || action.target.kind() != ResourceKind::Vm) {
        failLater(task, tr("%1 is not a virtual machine of %2").arg(action.target.toString(), displayName()));
        return task;
    }
    if (!(libvirtActions() & capabilityFor(action.type))) {
        failLater(task, tr("Could not %1 %2: libvirt hosts have no such action")
                            .arg(actionDisplayName(action.type).toLower(), name));
        return task;
    }
    const quint64 requestId = m_nextRequest++;
    m_tasks.insert(requestId, task);
    libvirt::LibvirtConnection *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, requestId, action, name] {
        worker->performAction(requestId, action, name);
    }, Qt::QueuedConnection);
    return task;
}

} // namespace welkin
