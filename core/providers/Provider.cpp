#include "Provider.h"

#include <QDateTime>
#include <QLoggingCategory>

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
        return true;
    }();
    Q_UNUSED(registered);
}

Provider::~Provider() = default;

QString Provider::displayName() const
{
    return m_profile.displayName.isEmpty() ? m_profile.uri : m_profile.displayName;
}

void Provider::setStatus(ProviderState state, const QString &detail)
{
    const ProviderStatus status{state, detail};
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT stateChanged(m_status);
}

Task *Provider::createTask(const Action &action, const QString &targetName)
{
    //: Task title, e.g. "Start web-01"
    auto *task = new Task(tr("%1 %2").arg(actionDisplayName(action.type), targetName), action.target, this);
    Q_EMIT taskStarted(task);
    return task;
}

Task *Provider::createTask(const QString &title, const ResourceId &target, bool announce)
{
    auto *task = new Task(title, target, this);
    if (announce)
        Q_EMIT taskStarted(task);
    return task;
}

ConsoleRequest *Provider::requestConsoleEndpoint(const ResourceId &vm, const QString &preferredType)
{
    Q_UNUSED(preferredType);
    auto *request = new ConsoleRequest(vm, this);
    request->failLater(tr("%1 does not provide consoles").arg(displayName()));
    return request;
}

void Provider::requestCredentials(const CredentialRequestPtr &request)
{
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
