#include "Provider.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

namespace welkin {

Q_LOGGING_CATEGORY(lcProvider, "welkin.provider")

Provider::Provider(ConnectionProfile profile, QObject *parent)
    : QObject(parent), m_profile(std::move(profile))
{
    static const bool registered = [] {
        qRegisterMetaType<ProviderStatus>();
        qRegisterMetaType<InventoryDelta>();
        qRegisterMetaType<MetricSamples>();
        qRegisterMetaType<ProviderEvent>();
        qRegisterMetaType<ResourceId>();
        qRegisterMetaType<CredentialRequestPtr>();
        qRegisterMetaType<ConsoleEndpoint>();
        return true;
    }();
    Q_UNUSED(registered);
}

Provider::~Provider() = default;

QString Provider::displayName() const
{
    return m_profile.displayName.isEmpty() ? m_profile.uri : m_profile.displayName;
}

ConnectionProfile Provider::effectiveProfile() const
{
    ConnectionProfile profile = m_profile;
    for (auto it = m_defaultOptions.cbegin(); it != m_defaultOptions.cend(); ++it) {
        if (!profile.options.contains(it.key()))
            profile.options.insert(it.key(), it.value());
    }
    return profile;
}

void Provider::setStatus(ProviderState state, const QString &detail)
{
    const ProviderStatus status{state, detail};
    if (status == m_status)
        return;
    m_status = status;
    if (state == ProviderState::Connected || state == ProviderState::AuthFailed || state == ProviderState::Disconnected)
        settlePrompts(state);
    Q_EMIT stateChanged(m_status);
}

Task *Provider::newTask(const QString &title, const ResourceId &target)
{
    auto *task = new Task(title, target, this);
    task->setAccount(accountName());
    connect(task, &Task::finished, task, [this, task] {
        QTimer::singleShot(m_finishedTaskLifetimeMs, task, &QObject::deleteLater);
    });
    return task;
}

Task *Provider::createTask(const Action &action, const QString &targetName)
{
    //: Task title, e.g. "Start web-01"
    Task *task = newTask(tr("%1 %2").arg(actionDisplayName(action.type), targetName), action.target);
    Q_EMIT taskStarted(task);
    return task;
}

Task *Provider::createTask(const QString &title, const ResourceId &target, bool announce)
{
    Task *task = newTask(title, target);
    if (announce)
        Q_EMIT taskStarted(task);
    return task;
}

Task *Provider::requestConsoleEndpoint(const ResourceId &vm, const QString &preferredType)
{
    Q_UNUSED(preferredType);
    Task *task = createConsoleTask(vm, vm.nativeId());
    failConsoleTaskLater(task, tr("%1 does not provide consoles").arg(displayName()));
    return task;
}

Task *Provider::readLaunchChoices(const QString &location)
{
    Task *task = createTask(tr("Read what %1 offers").arg(displayName()), resourceId(), false);
    Q_UNUSED(location);
    failLater(task, tr("%1 cannot create servers").arg(displayName()));
    return task;
}

Task *Provider::launch(const CloudLaunchSpec &spec)
{
    Task *task = createTask(tr("Create %1").arg(spec.name), resourceId(), true);
    failLater(task, tr("%1 cannot create servers").arg(displayName()));
    return task;
}

Task *Provider::importKeyPair(const QString &location, const QString &name, const QString &publicKey)
{
    Q_UNUSED(location);
    Q_UNUSED(publicKey);
    Task *task = createTask(tr("Import key pair %1").arg(name), resourceId(), true);
    failLater(task, tr("%1 keeps no key pairs").arg(displayName()));
    return task;
}

SnapshotSupport Provider::snapshotSupport() const
{
    return {};
}

Task *Provider::listSnapshots(const ResourceId &vm)
{
    Task *task = createSnapshotListTask(vm, vm.nativeId());
    failLater(task, tr("%1 keeps no snapshots").arg(displayName()));
    return task;
}

Task *Provider::createSnapshotListTask(const ResourceId &vm, const QString &vmName)
{
    return createTask(tr("List the snapshots of %1").arg(vmName), vm, false);
}

void Provider::failLater(Task *task, const QString &error)
{
    QMetaObject::invokeMethod(task, [task, error] { task->fail(error); }, Qt::QueuedConnection);
}

Task *Provider::createConsoleTask(const ResourceId &vm, const QString &vmName)
{
    //: Task title, e.g. "Open Console web-01"
    return createTask(tr("%1 %2").arg(actionDisplayName(ActionType::OpenConsole), vmName), vm, false);
}

void Provider::finishConsoleTask(Task *task, const ConsoleEndpoint &endpoint)
{
    if (!task || task->isFinished())
        return;
    task->setResult(QVariant::fromValue(endpoint));
    task->succeed();
}

void Provider::failConsoleTask(Task *task, const QString &error)
{
    if (!task || task->isFinished())
        return;
    Q_EMIT taskStarted(task); // a failed attempt keeps a row with its reason
    task->fail(error.isEmpty() ? tr("The console could not be opened") : error);
}

void Provider::failConsoleTaskLater(Task *task, const QString &error)
{
    QMetaObject::invokeMethod(this, [this, guard = QPointer<Task>(task), error] { failConsoleTask(guard, error); },
                              Qt::QueuedConnection);
}

// The answers given so far worked (Connected) or were refused (AuthFailed); after a close nobody
// knows.
void Provider::settlePrompts(ProviderState state)
{
    for (const auto &outcome : std::exchange(m_answersAwaitingVerdict, {})) {
        if (state != ProviderState::Disconnected)
            outcome->set(state == ProviderState::Connected);
    }
}

void Provider::requestCredentials(const CredentialRequestPtr &request)
{
    // Only the verdict's handle is kept, not the request with its secret. The reply reaches
    // this thread before whatever the answer leads to (both are queued here in that order).
    request->onReply(this, [this, outcome = request->outcome()](const CredentialRequest::Reply &reply) {
        if (reply)
            m_answersAwaitingVerdict.append(outcome);
    });
    if (m_credentialHandler)
        m_credentialHandler->requestCredentials(request);
    else
        request->cancel();
}

void Provider::reportSkipped(const QString &problem)
{
    qCWarning(lcProvider) << m_profile.uri << "skipped an object:" << problem;
    if (m_reportedSkips.size() > 1000 || m_reportedSkips.contains(problem))
        return;
    m_reportedSkips.insert(problem);
    ProviderEvent event;
    event.time = QDateTime::currentDateTime();
    event.providerId = id();
    event.severity = ProviderEvent::Severity::Warning;
    event.message = tr("Not shown: %1").arg(problem);
    Q_EMIT eventOccurred(event);
}

} // namespace welkin
