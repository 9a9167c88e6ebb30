#pragma once

#include "CloudConfig.h"
#include "providers/Provider.h"
#include "inventory/InventoryDiffer.h"

#include <QHash>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

namespace welkin::openstack {
class ApiClient;
class InstanceActionsReader;
class KeystoneSession;
class NovaMonitor;
class NovaRegion;
struct MonitoringStats;
class SnapshotImageTask;
}

namespace welkin {

// An OpenStack cloud as a Provider: cloud -> region -> project -> servers (and hypervisors for
// admins). Lives on the GUI thread; every request is asynchronous (QNetworkAccessManager).
//
// URI: "openstack:CLOUD" (an entry of clouds.yaml, standard search order, secure.yaml merged) or
// "openstack+https://keystone:5000/v3" with profile options authUrl, username, userDomainName,
// projectName, projectDomainName, regionName (comma-separated), applicationCredentialId,
// interface. A missing password or secret is asked for through a CredentialRequest.
// Tuning options: pollIntervalMs (10000), fullListingIntervalMs (300000; changes-since polls in
// between), pageSize (servers per page, 500), requestTimeoutMs (30000), actionTimeoutMs
// (600000), actionPollMs (1000), tokenRefreshMarginS (-1 = a quarter of the token's lifetime,
// at most 300), trustTokenExpiry (true; false = re-login only on 401, for skewed clocks),
// retryMaxMs (60000), authTimeoutMs (300000).
// Figures and events (NovaMonitor, InstanceActionsReader): diagnosticsIntervalMs (pollIntervalMs),
// diagnosticsPerCycle (20), diagnosticsConcurrency (4), diagnosticsRecheckMs (600000),
// instanceActionsPerCycle (20), instanceActionsConcurrency (4).
class OpenStackProvider : public Provider
{
    Q_OBJECT
public:
    explicit OpenStackProvider(ConnectionProfile profile, QObject *parent = nullptr);
    ~OpenStackProvider() override;

    void open() override;
    void close() override;
    Capabilities capabilities(const ResourceId &resource) const override;
    Task *perform(const Action &action) override;
    // Snapshots are the server's images in Glance (createImage): listed and deleted, never reverted to.
    SnapshotSupport snapshotSupport() const override;
    Task *listSnapshots(const ResourceId &vm) override;
    // New servers (ServerLauncher.cpp, LaunchChoicesReader.cpp): locations are the regions.
    bool canLaunch() const override { return state() == ProviderState::Connected; }
    Task *readLaunchChoices(const QString &location) override;
    Task *launch(const CloudLaunchSpec &spec) override;
    QString launchLocationOf(const ResourceId &resource) const override;
    Task *importKeyPair(const QString &location, const QString &name, const QString &publicKey) override;
    // Nova's browser consoles (NovaConsole.cpp): noVNC, else SPICE HTML5, else serial.
    Task *requestConsoleEndpoint(const ResourceId &vm, const QString &preferredType = {}) override;

    bool hasEverConnected() const { return m_everConnected; }
    int authenticationCount() const;
    QString novaStatus(const ResourceId &server) const;

    // GUI-thread time of the poll cycles: handling responses, diffing, emitting.
    struct PollStats {
        int cycles = 0;
        qint64 lastNs = 0, maxNs = 0, totalNs = 0;
        int lastRequests = 0;
        qint64 lastWallMs = 0; // first request to delta
    };
    const PollStats &pollStats() const { return m_pollStats; }
    // Starts a poll cycle now (full listing when `full`); ignored while one runs.
    void pollNow(bool full);

    // Watched ACTIVE servers get diagnostics (figures); other resources are ignored.
    void setWatchedResources(const QSet<ResourceId> &resources) override;
    // Why `server` has no figures, to show in place of empty charts ("Per-server figures need an
    // admin role or a telemetry service on this cloud"); "" while they flow or before anyone asked.
    QString metricsUnavailableReason(const ResourceId &server) const override;
    // The Keystone user of the current token.
    QString accountName() const override;
    // What diagnostics and instance actions cost the GUI thread (see MonitoringStats).
    openstack::MonitoringStats monitoringStats() const;

Q_SIGNALS:
    void pollFinished(bool full);

private:
    bool resolveConfig();
    void askForSecret();
    void login();
    void setUpRegions();
    void startCycle(bool full);
    void regionDone(bool full);
    void connectionFailed(const QString &error, int httpStatus);
    void scheduleRetry();
    void applyServer(const Resource &server);
    void removeServer(const ResourceId &server);
    void stop();
    openstack::NovaRegion *regionOf(const ResourceId &server) const;
    openstack::NovaRegion *regionNamed(const QString &name) const; // "" = the first
    QString serverName(const ResourceId &server) const;
    // The region of a server to act on, or null and why not: not connected, not a server of this
    // cloud, no Glance when `images`. `verb` + `name` say what was asked ("start", "web-01").
    openstack::NovaRegion *regionToAct(const ResourceId &server, const QString &verb, const QString &name,
                                       bool images, QString &error) const;
    void startImageTask(openstack::SnapshotImageTask *runner, const openstack::NovaRegion *region);
    template <typename Runner> void abortRunners(const QString &reason);
    int option(const char *name, int fallback) const;

    std::optional<openstack::CloudConfig> m_config;
    openstack::ApiClient *m_client = nullptr;
    openstack::KeystoneSession *m_session = nullptr;
    QList<openstack::NovaRegion *> m_regions;
    openstack::NovaMonitor *m_monitor = nullptr;
    openstack::InstanceActionsReader *m_actionsReader = nullptr;
    InventoryDiffer m_differ;
    QTimer m_pollTimer;
    QTimer m_retryTimer;
    int m_retryDelayMs = 1000;
    int m_pendingRegions = 0;
    bool m_cycleFull = false;
    QString m_cycleError;
    int m_cycleErrorStatus = 0;
    qint64 m_cycleStartMs = 0;
    qint64 m_lastFullMs = 0;
    bool m_everConnected = false;
    bool m_initialLoadDone = false;
    PollStats m_pollStats;
    std::weak_ptr<CredentialRequest> m_prompt;
    quint64 m_generation = 0; // bumped by close(): late callbacks of an old login are ignored
};

} // namespace welkin
