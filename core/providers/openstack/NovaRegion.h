#pragma once

#include "KeystoneSession.h"
#include "NovaParser.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

namespace welkin::openstack {

// One region of a cloud as Welkin shows it: the region node, the scoped project under it with
// the project's servers, and (for admins) the hypervisors. Talks to that region's Nova (and
// Glance for image names) through the session; keeps the current resources for the provider.
class NovaRegion : public QObject
{
    Q_OBJECT
public:
    struct Endpoints {
        QString name;     // region id
        QString compute;  // Nova URL from the catalog
        QString image;    // Glance URL, "" when none
        QString network;  // Neutron URL, "" when none
    };
    // done(error, httpStatus): error "" on success.
    using Done = std::function<void(const QString &error, int httpStatus)>;

    NovaRegion(KeystoneSession *session, QString providerId, Endpoints endpoints, int pageSize,
               QObject *parent = nullptr);

    const QString &name() const { return m_endpoints.name; }
    ResourceId regionId() const;
    ResourceId projectId() const;
    const QString &microversion() const { return m_microversion; }

    // Version negotiation and flavors; once per login.
    void discover(Done done);
    // Full: every server page, limits and hypervisors; otherwise servers changed since the last
    // poll (deleted ones included, as Nova lists them with changes-since).
    void poll(bool full, Done done);

    // Region, project, hypervisors and servers as of the last poll (parents first).
    QList<Resource> resources() const;
    // What the last incremental poll changed.
    const QList<Resource> &updated() const { return m_updated; }
    const QList<ResourceId> &removed() const { return m_removed; }
    // Objects the last poll left out, with the reason (e.g. a server without a usable id).
    const QStringList &skipped() const { return m_skipped; }
    // Nanoseconds spent on this thread handling the last poll's responses.
    qint64 lastPollBusyNs() const { return m_busyNs; }
    int lastPollRequests() const { return m_requests; }

    // A request to this region's Nova with the negotiated microversion.
    void compute(const QByteArray &method, const QString &path, const QByteArray &body, QObject *context,
                 ApiClient::Callback callback);
    // A request to this region's Glance; `path` starts with "/v2/". Only when hasImageService().
    void image(const QByteArray &method, const QString &path, QObject *context, ApiClient::Callback callback);
    bool hasImageService() const { return !m_endpoints.image.isEmpty(); }
    // A request to this region's Neutron; `path` starts with "/v2.0/". Only when hasNetworkService().
    void network(const QByteArray &method, const QString &path, QObject *context, ApiClient::Callback callback);
    bool hasNetworkService() const { return !m_endpoints.network.isEmpty(); }
    // The flavors read at login, by id.
    const QHash<QString, Nova::Flavor> &flavors() const { return m_flavors; }
    KeystoneSession *session() const { return m_session; }
    // Converts one server as GET /servers/{id} returns it and stores it; the resource to send.
    Resource storeServer(const QJsonObject &server);
    void forgetServer(const QString &serverId);
    QString novaStatus(const QString &serverId) const { return m_status.value(serverId); }
    // Server time (Date header) of the last listing; invalid before the first one.
    const QDateTime &listedAt() const { return m_listedAt; }
    // What actions check before they are sent, as Nova last described the server.
    struct ServerFacts {
        QString taskState;
        bool locked = false;
        QString flavorId;    // only below microversion 2.47 (then the flavor is embedded)
        QString flavorName;
        qint64 diskGiB = -1; // root disk of its flavor; -1 = not known
    };
    ServerFacts facts(const QString &serverId) const { return m_facts.value(serverId); }
    // False once Nova refused every console kind here (none enabled); asked again after a login.
    bool hasConsole() const { return !m_consoleMissing; }
    void setConsoleMissing() { m_consoleMissing = true; }

Q_SIGNALS:
    // A full poll read the hypervisors (admins): GET /os-hypervisors/detail as Nova answered.
    void hypervisorsListed(const QJsonObject &answer);

private:
    struct Listing {
        bool full = false;
        QList<QJsonObject> servers;
        QDateTime serverTime; // Date header of the first page
        Done done;
        QSet<QString> seen; // server ids
        int pages = 0;
    };
    void fetchPage(const QString &marker);
    void resolveImages();
    void finishListing();
    void fetchExtras(Done done);
    void fetchLimits(Done done);
    void fail(const QString &error, int status);
    QUrl computeUrl(const QString &path) const;
    void send(const QByteArray &method, const QUrl &url, QObject *context, ApiClient::Callback callback); // Glance, Neutron
    Nova::ServerContext context() const;

    KeystoneSession *m_session;
    QString m_providerId;
    Endpoints m_endpoints;
    int m_pageSize;
    QString m_microversion;
    QHash<QString, Nova::Flavor> m_flavors;
    QHash<QString, QString> m_imageNames;
    QHash<QString, Resource> m_servers;  // by server id
    QHash<QString, QString> m_status;    // server id -> Nova status
    QHash<QString, ServerFacts> m_facts; // server id -> lock, task and flavor
    QList<Resource> m_hosts;
    QMap<QString, QString> m_limits;
    int m_keyPairsUsed = -1; // the user's key pairs as of the last full poll
    bool m_hypervisorsForbidden = false;
    bool m_consoleMissing = false;
    QDateTime m_changesSince;
    QDateTime m_listedAt;
    std::optional<Listing> m_listing;
    QList<Resource> m_updated;
    QList<ResourceId> m_removed;
    QStringList m_skipped;
    qint64 m_busyNs = 0;
    int m_requests = 0;
    QStringList m_pendingImages;
};

} // namespace welkin::openstack
