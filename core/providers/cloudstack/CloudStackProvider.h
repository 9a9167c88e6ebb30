#pragma once

#include "CloudStackClient.h"
#include "CloudStackDigest.h"
#include "CloudStackInventory.h"
#include "CloudStackJobs.h"
#include "CloudStackMapper.h"

#include "providers/Provider.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

namespace welkin {

// An Apache CloudStack cloud as a Provider: zones -> pods -> clusters -> hosts -> VMs for
// admins, zones -> VMs for users. HTTP runs asynchronously through QNetworkAccessManager;
// mapping and diffing (InventoryDiffer) run on a Digest worker thread, so the GUI thread only
// relays deltas. Each poll is a full listing; async commands become Tasks that follow their job.
// Consoles are URLs from createConsoleEndpoint; host figures come from listHostsMetrics and zone
// capacity from listCapacity when the caller may list them.
//
// Credentials: profile options "apiKey" and "secretKey" (for tests and callers that hold the
// secret in memory; never persist a profile carrying them); else, for a "cloudstack+http(s)://"
// URI, WELKIN_CLOUDSTACK_API_KEY / WELKIN_CLOUDSTACK_SECRET_KEY; else a CredentialRequest (API
// key = Text, secret key = Secret). The secret lives only in the client's memory.
//
// Other options: pollIntervalMs (10000), jobPollIntervalMs (1000), jobTimeoutMs (600000),
// requestTimeoutMs (30000), maxResponseBytes (64 MiB), pageSize (500), rateLimitBackoffMs
// (1000), signatureLifetimeS (300: signatureVersion 3 with expires, unexpiring only after the
// server refused one; 0 = always unexpiring),
// authTimeoutMs (300000), eventsPageSize (100).
class CloudStackProvider : public Provider
{
    Q_OBJECT
public:
    explicit CloudStackProvider(ConnectionProfile profile, QObject *parent = nullptr);
    ~CloudStackProvider() override;

    void open() override;
    void close() override;

    Capabilities capabilities(const ResourceId &resource) const override;
    Task *perform(const Action &action) override;
    // A URL of the cloud's console proxy from createConsoleEndpoint (CloudStack 4.18+).
    Task *requestConsoleEndpoint(const ResourceId &vm, const QString &preferredType = {}) override;
    // VM snapshots (listVMSnapshot; create, revert and delete are actions): memory on request
    // (snapshotmemory), one deleted at a time, descriptions fixed once taken.
    SnapshotSupport snapshotSupport() const override;
    Task *listSnapshots(const ResourceId &vm) override;

    // New VMs (CloudStackLaunch.cpp): what a zone offers (listZones, listServiceOfferings,
    // listTemplates, listNetworks, listSSHKeyPairs, listSecurityGroups), deployVirtualMachine
    // followed as a job, registerSSHKeyPair. Locations are zone ids.
    bool canLaunch() const override;
    Task *readLaunchChoices(const QString &location) override;
    Task *launch(const CloudLaunchSpec &spec) override;
    QString launchLocationOf(const ResourceId &resource) const override;
    Task *importKeyPair(const QString &location, const QString &name, const QString &publicKey) override;

    // "cloudstack+https://h/client/api" -> "https://h/client/api"; plain http(s) URLs unchanged.
    static QUrl endpointFor(const QString &uri);

    bool isAdmin() const { return m_admin; }
    // The API client while connected (for a TLS policy and tests); null before open().
    cloudstack::Client *client() const { return m_client; }
    int pollCount() const { return m_pollCount; }

Q_SIGNALS:
    // After each poll cycle's delta, samples and events were emitted (ok or not).
    void pollFinished(bool ok);

private:
    void obtainCredentials();
    void credentialsAnswered(quint64 session, const std::optional<QStringList> &values);
    void connectWith(const QString &apiKey, const QString &secretKey);
    void poll();
    void applySnapshot(const cloudstack::InventorySnapshot &snapshot, const InventoryDelta &delta);
    void emitDelta(const InventoryDelta &delta); // keeps m_rows in step
    const Resource *row(const ResourceId &id) const;
    QString nameOf(const ResourceId &resource) const; // its name as sent, else its CloudStack id
    // Why `vm` cannot be acted on now ("Could not <doing>: not connected…"); empty when it can.
    QString unavailableVm(const ResourceId &vm, const QString &doing) const;
    void pollEvents();
    void scheduleRetry(const QString &error);
    void dropPrompt();
    // Re-reads one VM after a job and sends its delta; `then` runs after the delta went out.
    void refreshVm(const ResourceId &vm, std::function<void()> then);
    // Sends the delta of one VM as the server described it (`items` empty: it is gone).
    void showVm(const ResourceId &vm, const QJsonArray &items, std::function<void()> then);
    // "Scale web-01 to Medium", "Rename web-01 to web-02", else "<Action> <name>"; announced.
    Task *createActionTask(const Action &action, const QString &name);
    // updateVirtualMachine's displayname: a synchronous answer carrying the VM.
    void rename(Task *task, const Action &action);
    void readZoneChoices(const QPointer<Task> &task, quint64 session, const QJsonObject &zone,
                         const CloudLaunchChoices &choices);
    // Why nothing can be sent now ("Could not <doing>: not connected…"); empty when connected.
    QString unavailable(const QString &doing) const;
    // Fails `task` on a later turn when there is a `refusal`; true then.
    static bool refuse(Task *task, const QString &refusal);
    // Marks `task` running and keeps it for close() to fail; the guard tells whether it still exists.
    QPointer<Task> track(Task *task);
    // Ends a tracked task: success when `error` is empty, else failure with it.
    void finish(const QPointer<Task> &task, const QString &error = {});
    // The job options for following an async job for `task`, which the user can then cancel:
    // the task ends at once, the polls stop, the job itself runs on in CloudStack.
    cloudstack::JobOptions followCancellably(const QPointer<Task> &task);
    // Whether an answer for `task` still counts: sent in this session and the task still exists.
    // Takes the task out of `waiting` (the tasks close() would fail).
    bool answerMatters(QList<QPointer<Task>> &waiting, const QPointer<Task> &task, quint64 session);
    bool commandFor(const Action &action, const Resource *vm, QString &command, cloudstack::Params &params,
                    QString &error) const;
    void failConsoleRequests(const QString &error);
    int option(const char *name, int fallback) const;

    cloudstack::Mapper m_mapper;
    std::unique_ptr<cloudstack::Digest> m_digest;
    // What this provider has sent, as sent: capabilities, task titles, removal on close.
    QHash<ResourceId, Resource> m_rows;
    cloudstack::Client *m_client = nullptr;
    std::unique_ptr<cloudstack::InventoryLoader> m_loader;
    cloudstack::JobOptions m_jobOptions;
    QTimer m_pollTimer;
    quint64 m_session = 0; // bumped by close(): answers meant for an older session are dropped
    bool m_polling = false;
    bool m_loadedOnce = false;
    bool m_admin = true;
    int m_pollCount = 0;
    int m_backoffMs = 1000;
    QSet<QString> m_seenEvents;
    bool m_eventsPrimed = false;
    QList<QPointer<Task>> m_tasks;
    QList<QPointer<Task>> m_consoleRequests;
    QHash<QString, QString> m_offeringNames; // service offering id -> name, as last read (task titles)
    std::shared_ptr<CredentialRequest> m_prompt;
    QTimer m_promptTimeout;
};

} // namespace welkin
