#pragma once

#include "Action.h"
#include "CloudLaunch.h"
#include "ConnectionProfile.h"
#include "CredentialRequest.h"
#include "ProviderEvent.h"
#include "ProviderState.h"
#include "Task.h"
#include "console/ConsoleEndpoint.h"
#include "inventory/InventoryDelta.h"
#include "metrics/MetricSample.h"
#include "model/VmSnapshot.h"

#include <QObject>
#include <QSet>

namespace welkin {

// One connection to a hypervisor or cloud. Lives on the GUI thread, but never blocks it: every
// remote call runs on the provider's worker thread or asynchronously, and results come back as
// queued signals.
//
// Contract:
// - open() starts connecting and returns at once; state goes Connecting -> Connected, or
//   Unreachable / AuthFailed with a human-readable detail.
// - The provider node itself is the Inventory's; providers report everything below it through
//   deltaReady(), with ResourceIds whose providerId() is id(). Deltas, never snapshots.
// - initialLoadFinished() fires once per successful connection, after the first full listing
//   has been sent.
// - perform() returns a Task at once (parented to the provider); the task ends in success or a
//   clear error, and is deleted finishedTaskLifetime() after it ended.
class Provider : public QObject
{
    Q_OBJECT
public:
    explicit Provider(ConnectionProfile profile, QObject *parent = nullptr);
    ~Provider() override;

    const ConnectionProfile &profile() const { return m_profile; }
    // Options the application supplies where profile().options sets none (the user's
    // preferences); read whenever the provider opens, never saved with the profile.
    const QVariantMap &defaultOptions() const { return m_defaultOptions; }
    void setDefaultOptions(const QVariantMap &options) { m_defaultOptions = options; }
    // profile() with defaultOptions() filled in: what a connection is opened with.
    ConnectionProfile effectiveProfile() const;
    const QString &id() const { return m_profile.id; }
    QString displayName() const;
    ResourceId resourceId() const { return ResourceId::provider(m_profile.id); }

    const ProviderStatus &status() const { return m_status; }
    ProviderState state() const { return m_status.state; }

    virtual void open() = 0;
    // Disconnects at once and never waits: whatever still runs for a hung host finishes and
    // frees itself whenever its blocked call returns.
    virtual void close() = 0;

    virtual Capabilities capabilities(const ResourceId &resource) const = 0;
    virtual Task *perform(const Action &action) = 0;

    // Where the VM's console can be reached (VNC/SPICE server or a URL): a Task whose result()
    // holds the ConsoleEndpoint once it succeeded. `preferredType` "vnc" / "spice" / "" (the
    // provider's choice). Quiet while it works: only an attempt that fails is announced
    // (taskStarted, just before it fails), so the tasks dock keeps the reason and a console that
    // opens leaves no row. Finishes on a later event-loop turn; parented to the provider like
    // every task (the caller may delete it after finished()). Default: fails with "does not
    // provide consoles".
    virtual Task *requestConsoleEndpoint(const ResourceId &vm, const QString &preferredType = {});

    // What this provider's VM snapshots allow (all false: it keeps none).
    virtual SnapshotSupport snapshotSupport() const;
    // The VM's snapshots (OpenStack: the images made from the server): a quiet Task whose
    // result() holds a QList<VmSnapshot> in snapshotTreeOrder. Taking, reverting and deleting
    // them are actions (CreateSnapshot, RevertSnapshot, DeleteSnapshot). Finishes on a later
    // event-loop turn. Default: fails with "keeps no snapshots".
    virtual Task *listSnapshots(const ResourceId &vm);

    // New servers on a cloud (the New VM wizard's cloud pages). Default: none of this.
    virtual bool canLaunch() const { return false; }
    // What `location` ("" = the cloud's first) offers: a quiet Task whose result() holds
    // CloudLaunchChoices. Finishes on a later event-loop turn.
    virtual Task *readLaunchChoices(const QString &location);
    // Creates spec.count servers (after cloudLaunchProblem() found nothing): an announced Task
    // that follows them until they run, result() a QStringList of their ResourceId strings, or
    // fails with the cloud's own words (quota, no valid host: the server's fault). Servers that
    // failed to build stay listed with their fault.
    virtual Task *launch(const CloudLaunchSpec &spec);
    // The location (readLaunchChoices) `resource` is at: its region or zone; "" = the first.
    virtual QString launchLocationOf(const ResourceId &resource) const { Q_UNUSED(resource); return {}; }
    // Stores a public key as key pair `name` at `location`: an announced Task, result() the name.
    virtual Task *importKeyPair(const QString &location, const QString &name, const QString &publicKey);

    // Who this connection acts as on the remote side (the libvirt URI's user, the cloud login),
    // for the User column of its tasks; "" when that is the local account or not known.
    virtual QString accountName() const { return {}; }

    // What the user is looking at now (rows on screen, the selection, charts, alert-rule
    // targets). Providers whose figures cost a request per VM poll only these. Default: ignored.
    virtual void setWatchedResources(const QSet<ResourceId> &resources) { Q_UNUSED(resources); }
    // Why no figures come for `resource` (a cloud that keeps them for admins), for the charts
    // to say instead of staying empty; "" when they come or may. Changes: metricsAvailabilityChanged.
    virtual QString metricsUnavailableReason(const ResourceId &resource) const { Q_UNUSED(resource); return {}; }

    // A finished task stays readable for this long after finished(), then it is deleted, so a
    // long session does not keep every task it ran. Whoever needs one longer holds a QPointer
    // and copies what it needs (the tasks dock keeps its own rows).
    static constexpr int defaultFinishedTaskLifetimeMs = 60000;
    void setFinishedTaskLifetime(int ms) { m_finishedTaskLifetimeMs = ms; }
    int finishedTaskLifetime() const { return m_finishedTaskLifetimeMs; }

    // Who answers credential prompts; not owned. Without one, prompts are cancelled.
    void setCredentialHandler(CredentialHandler *handler) { m_credentialHandler = handler; }
    CredentialHandler *credentialHandler() const { return m_credentialHandler; }

Q_SIGNALS:
    void stateChanged(const welkin::ProviderStatus &status);
    void deltaReady(const welkin::InventoryDelta &delta);
    void initialLoadFinished();
    void samplesReady(const welkin::MetricSamples &samples);
    void eventOccurred(const welkin::ProviderEvent &event);
    void taskStarted(welkin::Task *task);
    void metricsAvailabilityChanged();

protected:
    void setStatus(ProviderState state, const QString &detail = {});
    // Creates a task parented to this provider and announces it.
    Task *createTask(const Action &action, const QString &targetName);
    // A task with a free title; announced (tasks dock, log) unless it is a quiet read.
    Task *createTask(const QString &title, const ResourceId &target, bool announce);
    // Asks the credential handler (GUI thread) or cancels when there is none. The answer's
    // outcome is reported to the request when this provider next connects or fails to
    // authenticate (setStatus).
    void requestCredentials(const CredentialRequestPtr &request);
    // Console tasks (see requestConsoleEndpoint): quiet; a failure is announced first.
    Task *createConsoleTask(const ResourceId &vm, const QString &vmName);
    void finishConsoleTask(Task *task, const ConsoleEndpoint &endpoint);
    void failConsoleTask(Task *task, const QString &error);
    // A quiet snapshot listing task (see listSnapshots), titled for the VM.
    Task *createSnapshotListTask(const ResourceId &vm, const QString &vmName);
    // Fails a task on a later event-loop turn, so whoever was handed it can connect first.
    static void failLater(Task *task, const QString &error);
    // Like failConsoleTask(), on a later event-loop turn so the caller can connect first.
    void failConsoleTaskLater(Task *task, const QString &error);
    // An object from the server that cannot be shown (no usable id, wrong field types): logged
    // and told once in the event log as a warning, not again on every poll.
    void reportSkipped(const QString &problem);

private:
    void settlePrompts(ProviderState state);
    Task *newTask(const QString &title, const ResourceId &target);

    ConnectionProfile m_profile;
    QVariantMap m_defaultOptions;
    ProviderStatus m_status;
    CredentialHandler *m_credentialHandler = nullptr;
    int m_finishedTaskLifetimeMs = defaultFinishedTaskLifetimeMs;
    QList<std::shared_ptr<CredentialRequest::Outcome>> m_answersAwaitingVerdict;
    QSet<QString> m_reportedSkips;
};

} // namespace welkin
