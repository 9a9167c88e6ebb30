#pragma once

// The loopback OpenStack of tests/scripts/openstack-up.sh as tests and the benchmark see it:
// credentials from its state directory, a clouds.yaml for Welkin, a small synchronous admin
// client (Welkin's own ApiClient/KeystoneSession driven by a local event loop) to create, find
// and delete servers and images behind Welkin's back, and Welkin's providers of it.
#include "model/ResourceKind.h"
#include "providers/openstack/ApiClient.h"
#include "providers/openstack/KeystoneSession.h"

#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>
#include <QVariantMap>

#include <memory>

namespace welkin {
class Inventory;
class InventoryNode;
class OpenStackProvider;
class Task;
}

namespace welkin::testing {

struct LoopbackCloud {
    QString base;      // CP_BASE of openstack-up.sh
    QString authUrl;   // http://127.0.0.1:5000/v3
    QString password;  // of admin and demo
    QString appCredId, appCredSecret; // user demo, project demo

    // From $WELKIN_OPENSTACK_BASE; false + error when the fixture did not run.
    bool load(QString &error);
    // clouds.yaml with clouds "admin", "demo", "bench", "appcred" and "wrongpw".
    QByteArray cloudsYaml() const;
    // "prefix-123456": names of test servers that do not clash with leftovers of other runs.
    static QString uniqueName(const QString &prefix);
};

class CloudAdmin
{
public:
    CloudAdmin(const LoopbackCloud &cloud, const QString &user, const QString &project);
    ~CloudAdmin();

    QString lastError() const { return m_error; }
    // Logs in and finds the compute endpoint, the image and flavor ids.
    bool login();
    QString projectId() const;
    int tokenLifetimeS() const;

    // POST /servers with "networks": "none"; min_count = max_count = count (names get -1, -2…
    // suffixes from Nova when count > 1). The reservation id, "" on failure.
    QString createServers(const QString &name, int count = 1, const QString &flavorId = QStringLiteral("1"));
    // One server named `name`, waited for until ACTIVE: its id, "" + lastError() on failure.
    QString createActiveServer(const QString &name, int timeoutMs = 120000);
    // Server ids whose name starts with `prefix` (all pages).
    QStringList serverIds(const QString &prefix);
    QJsonObject server(const QString &id); // empty when gone
    // Waits until every id has `status` (or is gone when status is "DELETED"); false on timeout/ERROR.
    bool waitForStatus(const QStringList &ids, const QString &status, int timeoutMs);
    bool deleteServers(const QStringList &ids); // false + lastError() when Nova refused one

    // Synchronous request to Nova (path below /v2.1) with microversion 2.79.
    openstack::ApiResponse compute(const QByteArray &method, const QString &path, const QByteArray &body = {});
    // Synchronous request to Glance (path "/v2/…"); `contentType` for a body other than JSON.
    openstack::ApiResponse image(const QByteArray &method, const QString &path, const QByteArray &body = {},
                                 const QByteArray &contentType = {});
    // Synchronous request to Neutron (path "/v2.0/…").
    openstack::ApiResponse network(const QByteArray &method, const QString &path, const QByteArray &body = {});
    // What a real hypervisor driver does at the end of a snapshot, which Nova's fake driver does
    // not: sets the image's disk and container formats and uploads `data`. false + lastError().
    bool uploadSnapshotData(const QString &imageId, const QByteArray &data);
    // Deletes the images visible to this login whose name starts with `prefix` (leftovers).
    void deleteImages(const QString &prefix);

private:
    openstack::ApiResponse call(const openstack::ApiRequest &request);

    std::unique_ptr<openstack::ApiClient> m_client;
    std::unique_ptr<openstack::KeystoneSession> m_session;
    QString m_computeUrl, m_imageUrl, m_networkUrl, m_imageId;
    QString m_error;
};

// Welkin's providers of the loopback cloud, wired to one Inventory: its clouds.yaml goes to a
// temporary directory that OS_CLIENT_CONFIG_FILE names.
class LoopbackProviders
{
public:
    explicit LoopbackProviders(QObject *owner) : m_owner(owner) {}
    bool setUp(const LoopbackCloud &cloud, QString &error);
    Inventory *inventory() const { return m_inventory; }

    // A provider for a clouds.yaml entry (pollIntervalMs 1000 unless given).
    OpenStackProvider *provider(const QString &cloud, QVariantMap options = {});
    void remove(OpenStackProvider *provider);
    // Opens it and waits for the first listing; false (with a warning) when it failed.
    static bool connectNow(OpenStackProvider *provider);
    // Waits for the task; true when it succeeded (a warning with its error otherwise).
    static bool runTask(Task *task, int timeoutMs = 120000);
    // The child of `node` of that kind and name, or null.
    static const InventoryNode *childNamed(const InventoryNode *node, ResourceKind kind, const QString &name);

private:
    QObject *m_owner;
    QTemporaryDir m_dir;
    Inventory *m_inventory = nullptr;
    int m_providers = 0;
};

} // namespace welkin::testing
