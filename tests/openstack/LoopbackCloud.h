#pragma once

// The loopback OpenStack of tests/scripts/openstack-up.sh as tests and the benchmark see it:
// credentials from its state directory, a clouds.yaml for Welkin, and a small synchronous admin
// client (Welkin's own ApiClient/KeystoneSession driven by a local event loop) to create, find
// and delete servers behind Welkin's back.
#include "providers/openstack/ApiClient.h"
#include "providers/openstack/KeystoneSession.h"

#include <QJsonObject>
#include <QString>

#include <memory>

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
    // Server ids whose name starts with `prefix` (all pages).
    QStringList serverIds(const QString &prefix);
    QJsonObject server(const QString &id); // empty when gone
    // Waits until every id has `status` (or is gone when status is "DELETED"); false on timeout/ERROR.
    bool waitForStatus(const QStringList &ids, const QString &status, int timeoutMs);
    bool deleteServers(const QStringList &ids); // false + lastError() when Nova refused one

    // Synchronous request to Nova (path below /v2.1) with microversion 2.79.
    openstack::ApiResponse compute(const QByteArray &method, const QString &path, const QByteArray &body = {});

private:
    openstack::ApiResponse call(const openstack::ApiRequest &request);

    std::unique_ptr<openstack::ApiClient> m_client;
    std::unique_ptr<openstack::KeystoneSession> m_session;
    QString m_computeUrl, m_imageId;
    QString m_error;
};

} // namespace welkin::testing
