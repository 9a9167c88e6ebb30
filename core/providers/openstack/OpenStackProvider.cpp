#include "OpenStackProvider.h"

#include "ApiClient.h"
#include "CloudsYaml.h"
#include "InstanceActionsReader.h"
#include "KeystoneSession.h"
#include "LaunchChoicesReader.h"
#include "NovaConsole.h"
#include "NovaMonitor.h"
#include "NovaRegion.h"
#include "ServerActionTask.h"
#include "ServerLauncher.h"
#include "SnapshotImageTask.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>

namespace welkin {

using namespace Qt::StringLiterals;
using namespace openstack;

Q_LOGGING_CATEGORY(lcOpenStack, "welkin.openstack")

namespace {
constexpr int configError = -1; // connectionFailed(): a setup problem only the user can fix
}

OpenStackProvider::OpenStackProvider(ConnectionProfile profile, QObject *parent)
    : Provider(std::move(profile), parent), m_differ(id())
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, [this] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        startCycle(now - m_lastFullMs >= option("fullListingIntervalMs", 300000));
    });
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &OpenStackProvider::login);
    auto sent = [this](const ResourceId &resource) { return m_differ.find(resource); };
    m_monitor = new NovaMonitor(this, sent, this);
    connect(m_monitor, &NovaMonitor::samplesReady, this, &Provider::samplesReady);
    connect(m_monitor, &NovaMonitor::eventOccurred, this, &Provider::eventOccurred);
    connect(m_monitor, &NovaMonitor::availabilityChanged, this, &OpenStackProvider::metricsAvailabilityChanged);
    m_actionsReader = new InstanceActionsReader(this, sent, this);
    connect(m_actionsReader, &InstanceActionsReader::eventOccurred, this, &Provider::eventOccurred);
}

OpenStackProvider::~OpenStackProvider()
{
    if (auto prompt = m_prompt.lock())
        prompt->cancel();
}

int OpenStackProvider::option(const char *name, int fallback) const
{
    bool ok = false;
    const int value = profile().options.value(QLatin1StringView(name)).toInt(&ok);
    return ok ? value : fallback;
}

int OpenStackProvider::authenticationCount() const
{
    return m_session ? m_session->authenticationCount() : 0;
}

void OpenStackProvider::open()
{
    if (m_session && (state() == ProviderState::Connected || state() == ProviderState::Connecting))
        return;
    stop();
    setStatus(ProviderState::Connecting);
    // Even a broken clouds.yaml is reported later, never from inside open(): whoever opened us
    // may connect to stateChanged right after.
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(this, [this, generation] {
        if (generation != m_generation || !resolveConfig())
            return;
        if (m_config->hasSecret())
            login();
        else
            askForSecret();
    }, Qt::QueuedConnection);
}

bool OpenStackProvider::resolveConfig()
{
    const QString uri = profile().uri;
    const QString scheme = uri.section(u':', 0, 0).toLower();
    const QVariantMap &options = profile().options;
    CloudConfig config;
    if (scheme == u"openstack"_s && !uri.section(u':', 1).isEmpty()) {
        const CloudsYaml::Result loaded = CloudsYaml::load(uri.section(u':', 1));
        if (!loaded.config) {
            setStatus(ProviderState::AuthFailed, loaded.error);
            return false;
        }
        config = *loaded.config;
        if (options.contains(u"regionName"_s))
            config.regions = options.value(u"regionName"_s).toString().split(u',', Qt::SkipEmptyParts);
        if (options.contains(u"interface"_s))
            config.interface = options.value(u"interface"_s).toString();
    } else {
        const QString authUrl = scheme.startsWith(u"openstack+"_s) ? uri.mid(QStringLiteral("openstack+").size()) : QString();
        config = cloudConfigFromOptions(options, authUrl);
        const QString missing = config.incompleteReason();
        if (!missing.isEmpty()) {
            setStatus(ProviderState::AuthFailed, tr("Incomplete OpenStack connection: %1").arg(missing));
            return false;
        }
    }
    m_config = config;
    m_client = new ApiClient(this);
    m_client->setTimeoutMs(option("requestTimeoutMs", 30000));
    m_client->setTlsContext(id(), profile().options.value(u"caFile"_s).toString());
    m_session = new KeystoneSession(m_client, config, this);
    m_session->setRefreshMarginS(option("tokenRefreshMarginS", -1));
    m_session->setTrustExpiry(profile().options.value(u"trustTokenExpiry"_s, true).toBool());
    return true;
}

void OpenStackProvider::askForSecret()
{
    CredentialRequest::Field field;
    field.kind = m_config->usesApplicationCredential() ? CredentialRequest::Field::Kind::Secret
                                                       : CredentialRequest::Field::Kind::Password;
    field.prompt = m_config->usesApplicationCredential()
        ? tr("Application credential secret for %1:").arg(m_config->applicationCredentialId)
        : tr("Password for %1 at %2:").arg(m_config->username.isEmpty() ? m_config->userId : m_config->username,
                                            m_config->authUrl);
    auto request = std::make_shared<CredentialRequest>(displayName(), profile().uri, QList<CredentialRequest::Field>{field});
    m_prompt = request;
    // The answer comes back here, on this thread; nobody waits for it.
    const quint64 generation = m_generation;
    request->onReply(this, [this, generation](const CredentialRequest::Reply &answer) {
        if (generation != m_generation || !m_session)
            return;
        if (!answer || answer->value(0).isEmpty()) {
            setStatus(ProviderState::AuthFailed, tr("No password or secret was given"));
            return;
        }
        m_session->setSecret(answer->first());
        login();
    });
    QTimer::singleShot(option("authTimeoutMs", 300000), this, [prompt = std::weak_ptr(request)] {
        if (auto unanswered = prompt.lock())
            unanswered->cancel();
    });
    requestCredentials(request);
}

void OpenStackProvider::login()
{
    if (!m_session)
        return;
    setStatus(ProviderState::Connecting);
    const quint64 generation = m_generation;
    m_session->authenticate([this, generation](const ApiResponse &failure) {
        if (generation != m_generation)
            return;
        if (!failure.ok()) {
            connectionFailed(failure.error, failure.status);
            return;
        }
        setUpRegions();
    });
}

void OpenStackProvider::setUpRegions()
{
    qDeleteAll(m_regions);
    m_regions.clear();
    const KeystoneToken &token = *m_session->token();
    QStringList regions = m_config->regions;
    if (regions.isEmpty())
        regions = token.regionsWith(u"compute"_s, m_config->interface);
    if (regions.isEmpty()) {
        connectionFailed(tr("The service catalog has no compute endpoint (interface %1)").arg(m_config->interface), configError);
        return;
    }
    const int pageSize = std::clamp(option("pageSize", 500), 1, 1000);
    for (const QString &region : std::as_const(regions)) {
        const QString compute = token.endpoint(u"compute"_s, region, m_config->interface);
        if (compute.isEmpty()) {
            connectionFailed(tr("The service catalog has no compute endpoint in region %1 (interface %2)")
                                 .arg(region, m_config->interface), configError);
            return;
        }
        NovaRegion::Endpoints endpoints{region, compute, token.endpoint(u"image"_s, region, m_config->interface),
                                        token.endpoint(u"network"_s, region, m_config->interface)};
        m_regions.append(new NovaRegion(m_session, id(), endpoints, pageSize, this));
    }
    m_monitor->setRegions(m_regions);
    m_actionsReader->setRegions(m_regions, m_session);
    m_pendingRegions = int(m_regions.size());
    m_cycleError.clear();
    const quint64 generation = m_generation;
    for (NovaRegion *region : std::as_const(m_regions)) {
        region->discover([this, generation](const QString &error, int status) {
            if (generation != m_generation)
                return;
            if (!error.isEmpty() && m_cycleError.isEmpty()) {
                m_cycleError = error;
                m_cycleErrorStatus = status;
            }
            if (--m_pendingRegions > 0)
                return;
            if (!m_cycleError.isEmpty())
                connectionFailed(m_cycleError, m_cycleErrorStatus);
            else
                startCycle(true);
        });
    }
}

void OpenStackProvider::pollNow(bool full)
{
    if (state() == ProviderState::Connected)
        startCycle(full);
}

void OpenStackProvider::startCycle(bool full)
{
    if (m_pendingRegions > 0 || m_regions.isEmpty())
        return;
    m_pollTimer.stop();
    m_cycleFull = full;
    m_cycleError.clear();
    m_cycleStartMs = QDateTime::currentMSecsSinceEpoch();
    m_pendingRegions = int(m_regions.size());
    const quint64 generation = m_generation;
    for (NovaRegion *region : std::as_const(m_regions)) {
        region->poll(full, [this, generation, full](const QString &error, int status) {
            if (generation != m_generation)
                return;
            if (!error.isEmpty() && m_cycleError.isEmpty()) {
                m_cycleError = error;
                m_cycleErrorStatus = status;
            }
            if (--m_pendingRegions == 0)
                regionDone(full);
        });
    }
}

void OpenStackProvider::regionDone(bool full)
{
    if (!m_cycleError.isEmpty()) {
        connectionFailed(m_cycleError, m_cycleErrorStatus);
        return;
    }
    QElapsedTimer busy;
    busy.start();
    m_actionsReader->pollFinished(full); // before the delta: names of removed servers still known
    InventoryDelta delta;
    if (full) {
        QList<Resource> all;
        for (NovaRegion *region : std::as_const(m_regions))
            all.append(region->resources());
        delta = m_differ.diffFull(all);
        m_lastFullMs = m_cycleStartMs;
    } else {
        QList<Resource> updated;
        QList<ResourceId> removed;
        for (NovaRegion *region : std::as_const(m_regions)) {
            const QList<Resource> all = region->resources();
            // Region, project (limits) and hosts come first in resources(); servers only as changed.
            for (const Resource &r : all) {
                if (r.id.kind() != ResourceKind::Vm)
                    updated.append(r);
            }
            updated.append(region->updated());
            removed.append(region->removed());
        }
        delta = m_differ.diffPartial(updated, removed);
    }
    if (!delta.isEmpty())
        Q_EMIT deltaReady(delta);
    for (NovaRegion *region : std::as_const(m_regions)) {
        for (const QString &problem : region->skipped())
            reportSkipped(tr("%1 (region %2)").arg(problem, region->name()));
    }

    qint64 busyNs = busy.nsecsElapsed();
    int requests = 0;
    for (NovaRegion *region : std::as_const(m_regions)) {
        busyNs += region->lastPollBusyNs();
        requests += region->lastPollRequests();
    }
    ++m_pollStats.cycles;
    m_pollStats.lastNs = busyNs;
    m_pollStats.maxNs = std::max(m_pollStats.maxNs, busyNs);
    m_pollStats.totalNs += busyNs;
    m_pollStats.lastRequests = requests;
    m_pollStats.lastWallMs = QDateTime::currentMSecsSinceEpoch() - m_cycleStartMs;

    m_everConnected = true;
    m_retryDelayMs = 1000;
    setStatus(ProviderState::Connected);
    if (!m_initialLoadDone) {
        m_initialLoadDone = true;
        Q_EMIT initialLoadFinished();
    }
    m_monitor->pollFinished(full);
    Q_EMIT pollFinished(full);
    const int interval = option("pollIntervalMs", 10000);
    if (interval > 0)
        m_pollTimer.start(interval);
}

void OpenStackProvider::connectionFailed(const QString &error, int httpStatus)
{
    qCInfo(lcOpenStack) << profile().uri << "failed:" << error;
    // 401 after a fresh login, or a login the cloud refuses: the user must act.
    const bool authProblem = httpStatus == 401 || httpStatus == configError || (!m_session->token() && httpStatus >= 400 && httpStatus < 500);
    if (authProblem) {
        m_pollTimer.stop();
        setStatus(ProviderState::AuthFailed, error);
        return;
    }
    setStatus(ProviderState::Unreachable, error);
    if (m_session->token() && !m_regions.isEmpty() && m_initialLoadDone) {
        m_lastFullMs = 0; // catch up with a full listing
        m_pollTimer.start(option("pollIntervalMs", 10000));
    } else {
        scheduleRetry();
    }
}

void OpenStackProvider::scheduleRetry()
{
    m_retryTimer.start(m_retryDelayMs);
    m_retryDelayMs = std::min(m_retryDelayMs * 2, option("retryMaxMs", 60000));
}

template <typename Runner> void OpenStackProvider::abortRunners(const QString &reason)
{
    const auto runners = findChildren<Runner *>();
    for (Runner *runner : runners) {
        runner->abort(reason);
        runner->deleteLater();
    }
}

void OpenStackProvider::stop()
{
    ++m_generation;
    m_pollTimer.stop();
    m_retryTimer.stop();
    if (auto prompt = m_prompt.lock())
        prompt->cancel();
    const QString closed = tr("The connection to %1 was closed").arg(displayName());
    abortRunners<ServerActionTask>(closed);
    abortRunners<SnapshotImageTask>(closed);
    abortRunners<ServerLauncher>(closed);
    abortRunners<KeyPairImport>(closed);
    abortRunners<LaunchChoicesReader>(closed);
    abortRunners<NovaConsole>(closed);
    if (m_client)
        m_client->abortAll();
    m_monitor->setRegions({});
    m_actionsReader->setRegions({}, nullptr);
    qDeleteAll(m_regions);
    m_regions.clear();
    m_pendingRegions = 0;
    if (m_session)
        m_session->deleteLater();
    if (m_client)
        m_client->deleteLater();
    m_session = nullptr;
    m_client = nullptr;
    m_initialLoadDone = false;
}

void OpenStackProvider::close()
{
    stop();
    const InventoryDelta delta = m_differ.diffFull({});
    if (!delta.isEmpty())
        Q_EMIT deltaReady(delta);
    setStatus(ProviderState::Disconnected);
}

NovaRegion *OpenStackProvider::regionOf(const ResourceId &server) const
{
    for (NovaRegion *region : m_regions) {
        if (!region->novaStatus(server.nativeId()).isEmpty())
            return region;
    }
    return nullptr;
}

QString OpenStackProvider::novaStatus(const ResourceId &server) const
{
    const NovaRegion *region = regionOf(server);
    return region ? region->novaStatus(server.nativeId()) : QString();
}

void OpenStackProvider::setWatchedResources(const QSet<ResourceId> &resources)
{
    m_monitor->setWatched(resources);
}

QString OpenStackProvider::accountName() const
{
    return m_session && m_session->token() ? m_session->token()->userName : QString();
}

QString OpenStackProvider::metricsUnavailableReason(const ResourceId &server) const
{
    return m_monitor->unavailableReason(server);
}

MonitoringStats OpenStackProvider::monitoringStats() const
{
    MonitoringStats stats = m_monitor->stats();
    stats.actionRequests = m_actionsReader->requests();
    stats.actionNs = m_actionsReader->busyNs();
    return stats;
}

Capabilities OpenStackProvider::capabilities(const ResourceId &resource) const
{
    if (state() != ProviderState::Connected || resource.kind() != ResourceKind::Vm)
        return {};
    const NovaRegion *region = regionOf(resource);
    const QString status = region ? region->novaStatus(resource.nativeId()) : QString();
    if (status.isEmpty())
        return {};
    const NovaRegion::ServerFacts facts = region->facts(resource.nativeId());
    // The server's images live in Glance: deleting one never touches the server. Names and the
    // lock change in any state.
    const Capabilities always = Capability::Delete | Capability::DeleteSnapshot | Capability::Rename
        | (facts.locked ? Capability::Unlock : Capability::Lock);
    if (!facts.taskState.isEmpty())
        return always; // a task is running: Nova refuses other actions (409)
    const Capabilities console = region->hasConsole() ? Capabilities(Capability::OpenConsole) : Capabilities();
    if (status == u"ACTIVE"_s)
        return Capability::Shutdown | Capability::Reboot | Capability::ForceReboot | Capability::Pause
            | Capability::Suspend | Capability::CreateSnapshot | Capability::Resize | Capability::Rebuild | console
            | always;
    if (status == u"SHUTOFF"_s)
        return Capability::Start | Capability::CreateSnapshot | Capability::Resize | Capability::Rebuild | always;
    if (status == u"PAUSED"_s)
        return Capability::Resume | Capability::ForceReboot | console | always;
    if (status == u"SUSPENDED"_s)
        return Capability::Resume | Capability::ForceReboot | always;
    if (status == u"ERROR"_s)
        return Capability::ForceReboot | Capability::Rebuild | always;
    if (status == u"VERIFY_RESIZE"_s)
        return Capability::ConfirmResize | Capability::RevertResize | always;
    return always;
}

void OpenStackProvider::applyServer(const Resource &server)
{
    const InventoryDelta delta = m_differ.diffPartial({server});
    if (!delta.isEmpty())
        Q_EMIT deltaReady(delta);
}

void OpenStackProvider::removeServer(const ResourceId &server)
{
    const InventoryDelta delta = m_differ.diffPartial({}, {server});
    if (!delta.isEmpty())
        Q_EMIT deltaReady(delta);
}

QString OpenStackProvider::serverName(const ResourceId &server) const
{
    const Resource *known = m_differ.find(server);
    return known && !known->name.isEmpty() ? known->name : server.nativeId();
}

NovaRegion *OpenStackProvider::regionToAct(const ResourceId &server, const QString &verb, const QString &name,
                                           bool images, QString &error) const
{
    if (state() != ProviderState::Connected) {
        error = tr("Could not %1 %2: not connected to %3 (%4)")
                    .arg(verb, name, displayName(), providerStateDisplayName(state()).toLower());
        return nullptr;
    }
    NovaRegion *region = server.kind() == ResourceKind::Vm && server.providerId() == id() ? regionOf(server) : nullptr;
    if (!region) {
        error = tr("%1 is not a server of %2").arg(server.toString(), displayName());
        return nullptr;
    }
    if (images && !region->hasImageService()) {
        error = tr("Could not %1 %2: the service catalog has no image service (Glance) in region %3 (interface %4)")
                    .arg(verb, name, region->name(), m_config->interface);
        return nullptr;
    }
    return region;
}

void OpenStackProvider::startImageTask(SnapshotImageTask *runner, const NovaRegion *region)
{
    const QString regionName = region->name();
    connect(runner, &SnapshotImageTask::skipped, this, [this, regionName](const QString &problem) {
        reportSkipped(tr("%1 (region %2)").arg(problem, regionName));
    });
    connect(runner, &SnapshotImageTask::done, runner, &QObject::deleteLater);
    // Queued: whoever asked connects to the task before anything can end it.
    QMetaObject::invokeMethod(runner, &SnapshotImageTask::start, Qt::QueuedConnection);
}

SnapshotSupport OpenStackProvider::snapshotSupport() const
{
    SnapshotSupport support;
    support.listed = true;
    support.images = true;
    return support;
}

Task *OpenStackProvider::listSnapshots(const ResourceId &vm)
{
    const QString name = serverName(vm);
    Task *task = createSnapshotListTask(vm, name);
    QString error;
    NovaRegion *region = regionToAct(vm, tr("list the snapshots of"), name, true, error);
    if (!region)
        failLater(task, error);
    else
        startImageTask(SnapshotImageTask::listing(region, vm.nativeId(), task, this), region);
    return task;
}

Task *OpenStackProvider::perform(const Action &action)
{
    const QString name = serverName(action.target);
    Task *task = createTask(action, name);
    const bool deleteSnapshot = action.type == ActionType::DeleteSnapshot;
    QString error;
    NovaRegion *region = regionToAct(action.target, actionDisplayName(action.type).toLower(), name, deleteSnapshot, error);
    if (!region) {
        failLater(task, error);
        return task;
    }
    if (deleteSnapshot) {
        const QString image = action.options.value(u"snapshotId"_s).toString();
        if (image.isEmpty()) {
            failLater(task, tr("Could not delete a snapshot of %1: no snapshot was named").arg(name));
            return task;
        }
        startImageTask(SnapshotImageTask::deletion(region, action.target.nativeId(), image, task, this), region);
        return task;
    }
    if (const QString refused = ServerActionTask::refusal(action, *region, name); !refused.isEmpty()) {
        failLater(task, refused);
        return task;
    }
    auto *runner = new ServerActionTask(region, action, task, option("actionPollMs", 1000),
                                        option("actionTimeoutMs", 600000), this);
    connect(runner, &ServerActionTask::serverChanged, this, &OpenStackProvider::applyServer);
    connect(runner, &ServerActionTask::serverGone, this, &OpenStackProvider::removeServer);
    connect(runner, &ServerActionTask::done, runner, &QObject::deleteLater);
    // Queued: whoever called perform() connects to the task before anything can end it.
    QMetaObject::invokeMethod(runner, &ServerActionTask::start, Qt::QueuedConnection);
    return task;
}

} // namespace welkin
