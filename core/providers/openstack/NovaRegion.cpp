#include "NovaRegion.h"

#include "NovaFigures.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>

namespace welkin::openstack {

using namespace Qt::StringLiterals;

namespace {


constexpr int maxPages = 100000; // a server that keeps sending "next" must not loop us forever

// Adds the time spent in one response handler to the poll's total.
class BusyScope
{
public:
    explicit BusyScope(qint64 &total) : m_total(total) { m_timer.start(); }
    ~BusyScope() { m_total += m_timer.nsecsElapsed(); }
    BusyScope(const BusyScope &) = delete;
    BusyScope &operator=(const BusyScope &) = delete;

private:
    qint64 &m_total;
    QElapsedTimer m_timer;
};

QString trimmedUrl(QString url)
{
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

} // namespace

NovaRegion::NovaRegion(KeystoneSession *session, QString providerId, Endpoints endpoints, int pageSize, QObject *parent)
    : QObject(parent), m_session(session), m_providerId(std::move(providerId)), m_endpoints(std::move(endpoints)),
      m_pageSize(pageSize)
{
    m_endpoints.compute = trimmedUrl(m_endpoints.compute);
    m_endpoints.image = trimmedUrl(m_endpoints.image);
    // Paths name the API version; some catalogs end the Neutron URL with it already.
    m_endpoints.network = trimmedUrl(m_endpoints.network);
    if (m_endpoints.network.endsWith(u"/v2.0"_s))
        m_endpoints.network.chop(5);
}

ResourceId NovaRegion::regionId() const
{
    return ResourceId(m_providerId, ResourceKind::Region, m_endpoints.name);
}

ResourceId NovaRegion::projectId() const
{
    const QString project = m_session->token() ? m_session->token()->projectId : QString();
    return ResourceId(m_providerId, ResourceKind::Project, m_endpoints.name + u'/' + project);
}

QUrl NovaRegion::computeUrl(const QString &path) const
{
    return QUrl(m_endpoints.compute + path);
}

void NovaRegion::compute(const QByteArray &method, const QString &path, const QByteArray &body, QObject *context,
                         ApiClient::Callback callback)
{
    ApiRequest request;
    request.method = method;
    request.url = computeUrl(path);
    request.body = body;
    if (!m_microversion.isEmpty()) {
        // Both spellings, as keystoneauth sends them: the legacy one for clouds older than 2.27.
        request.headers.append({"OpenStack-API-Version"_ba, "compute "_ba + m_microversion.toLatin1()});
        request.headers.append({"X-OpenStack-Nova-API-Version"_ba, m_microversion.toLatin1()});
    }
    ++m_requests;
    m_session->call(request, context, std::move(callback));
}

void NovaRegion::image(const QByteArray &method, const QString &path, QObject *context, ApiClient::Callback callback)
{
    send(method, QUrl(m_endpoints.image + path), context, std::move(callback));
}

void NovaRegion::network(const QByteArray &method, const QString &path, QObject *context, ApiClient::Callback callback)
{
    send(method, QUrl(m_endpoints.network + path), context, std::move(callback));
}

void NovaRegion::send(const QByteArray &method, const QUrl &url, QObject *context, ApiClient::Callback callback)
{
    ApiRequest request;
    request.method = method;
    request.url = url;
    ++m_requests;
    m_session->call(request, context, std::move(callback));
}

void NovaRegion::discover(Done done)
{
    // The version document sits at ".../v2.1" (a project id may follow in the catalog URL).
    QString versionUrl = m_endpoints.compute;
    const QRegularExpression version(u"/v2(\\.1)?(?=/|$)"_s);
    const QRegularExpressionMatch match = version.match(versionUrl);
    if (match.hasMatch())
        versionUrl = versionUrl.left(match.capturedEnd());
    ApiRequest request;
    request.url = QUrl(versionUrl);
    m_session->call(request, this, [this, done](const ApiResponse &response) {
        if (!response.ok()) {
            done(tr("Compute API version discovery failed: %1").arg(response.error), response.status);
            return;
        }
        QString error;
        const auto range = Nova::parseVersionDocument(response.json.object(), error);
        if (!range) {
            done(error, 0);
            return;
        }
        m_microversion = Nova::negotiateMicroversion(*range, QString::fromLatin1(Nova::preferredMicroversion));
        compute("GET", u"/flavors/detail"_s, {}, this, [this, done](const ApiResponse &flavors) {
            if (!flavors.ok()) {
                done(flavors.error, flavors.status);
                return;
            }
            m_flavors = Nova::parseFlavors(flavors.json.object());
            done({}, 0);
        });
    });
}

Nova::ServerContext NovaRegion::context() const
{
    return Nova::ServerContext{m_providerId, projectId(), &m_flavors, &m_imageNames};
}

void NovaRegion::poll(bool full, Done done)
{
    if (m_listing) {
        done(tr("A listing of region %1 is already running").arg(name()), 0);
        return;
    }
    m_busyNs = 0;
    m_requests = 0;
    m_skipped.clear();
    m_listing = Listing{full || !m_changesSince.isValid(), {}, {}, std::move(done), {}, 0};
    fetchPage({});
}

void NovaRegion::fail(const QString &error, int status)
{
    const Done done = std::move(m_listing->done);
    m_listing.reset();
    done(error, status);
}

void NovaRegion::fetchPage(const QString &marker)
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(m_pageSize));
    if (!marker.isEmpty())
        query.addQueryItem(u"marker"_s, marker);
    if (!m_listing->full) {
        query.addQueryItem(u"changes-since"_s, m_changesSince.toString(Qt::ISODate));
    }
    compute("GET", u"/servers/detail?"_s + query.toString(QUrl::FullyEncoded), {}, this,
            [this, marker](const ApiResponse &response) {
        BusyScope busy(m_busyNs);
        m_busyNs += response.handlingNs;
        if (!response.ok()) {
            fail(response.error, response.status);
            return;
        }
        if (m_listing->servers.isEmpty() && !m_listing->serverTime.isValid()) {
            m_listing->serverTime = QDateTime::fromString(QString::fromLatin1(response.header("date")), Qt::RFC2822Date);
            if (!m_listing->serverTime.isValid())
                m_listing->serverTime = QDateTime::currentDateTimeUtc();
        }
        const QJsonObject page = response.json.object();
        const QJsonArray servers = page.value(u"servers"_s).toArray();
        if (!page.contains(u"servers"_s)) {
            fail(tr("The server list from region %1 has no \"servers\"").arg(name()), 0);
            return;
        }
        const QList<QJsonObject> fresh = Nova::newServersOfPage(page, m_listing->seen, m_skipped);
        m_listing->servers.append(fresh);
        if (!servers.isEmpty() && fresh.isEmpty()) {
            // Nova's marker pagination can come round again (servers still being built are
            // merged from another table): a page of servers already listed ends the listing.
            m_skipped.append(tr("the server list came round to servers already listed; it ends there"));
            resolveImages();
            return;
        }
        bool hasNext = false;
        for (const QJsonValue &link : page.value(u"servers_links"_s).toArray())
            hasNext = hasNext || link.toObject().value(u"rel"_s).toString() == u"next"_s;
        const QString next = servers.isEmpty() ? QString() : Nova::idOf(servers.last().toObject());
        if (hasNext && !next.isEmpty() && next != marker && ++m_listing->pages < maxPages) {
            fetchPage(next);
            return;
        }
        resolveImages();
    });
}

void NovaRegion::resolveImages()
{
    // Names of images not seen before, one GET each (clouds reuse a handful of images).
    QStringList unknown;
    for (const QJsonObject &server : std::as_const(m_listing->servers)) {
        const QString imageId = Nova::imageIdOf(server);
        if (!imageId.isEmpty() && !m_imageNames.contains(imageId) && !unknown.contains(imageId))
            unknown.append(imageId);
    }
    if (unknown.isEmpty() || !hasImageService()) {
        finishListing();
        return;
    }
    m_pendingImages = unknown;
    for (const QString &id : unknown) {
        image("GET", u"/v2/images/"_s + id, this, [this, id](const ApiResponse &response) {
            BusyScope busy(m_busyNs);
            m_busyNs += response.handlingNs;
            // A deleted or hidden image keeps its id as its name; never asked again.
            m_imageNames.insert(id, response.ok() ? response.json.object().value(u"name"_s).toString() : QString());
            m_pendingImages.removeOne(id);
            if (m_pendingImages.isEmpty() && m_listing)
                finishListing();
        });
    }
}

void NovaRegion::finishListing()
{
    {
        BusyScope busy(m_busyNs);
        m_updated.clear();
        m_removed.clear();
        if (m_listing->full) {
            m_servers.clear();
            m_status.clear();
            m_facts.clear();
        }
        for (const QJsonObject &server : std::as_const(m_listing->servers)) {
            const QString id = Nova::idOf(server);
            if (Nova::isDeletedStatus(server.value(u"status"_s).toString())) {
                forgetServer(id);
                m_removed.append(ResourceId(m_providerId, ResourceKind::Vm, id));
            } else {
                m_updated.append(storeServer(server));
            }
        }
        // Overlap of a few seconds: the Date header has whole seconds and clocks race.
        m_changesSince = m_listing->serverTime.addSecs(-5);
        m_listedAt = m_listing->serverTime;
        m_listing->servers.clear();
    }
    fetchExtras([this](const QString &error, int status) {
        const Done done = std::move(m_listing->done);
        const bool ok = error.isEmpty();
        m_listing.reset();
        if (ok)
            done({}, 0);
        else
            done(error, status);
    });
}

void NovaRegion::fetchExtras(Done done)
{
    if (!m_listing->full) {
        fetchLimits(std::move(done));
        return;
    }
    // The limits leave out how many key pairs the user has (a per-user quota): counted on full polls.
    compute("GET", u"/os-keypairs"_s, {}, this, [this, done](const ApiResponse &keyPairs) {
        BusyScope busy(m_busyNs);
        m_busyNs += keyPairs.handlingNs;
        if (keyPairs.ok())
            m_keyPairsUsed = NovaFigures::keyPairCount(keyPairs.json.object());
        fetchLimits(done);
    });
}

void NovaRegion::fetchLimits(Done done)
{
    const bool full = m_listing->full;
    compute("GET", u"/limits"_s, {}, this, [this, done, full](const ApiResponse &limits) {
        BusyScope busy(m_busyNs);
        m_busyNs += limits.handlingNs;
        if (limits.ok()) {
            m_limits = Nova::limitsDetails(limits.json.object());
            m_limits.insert(NovaFigures::quotaDetails(limits.json.object(), m_keyPairsUsed));
        }
        const bool admin = m_session->token() && m_session->token()->isAdmin();
        if (!full || !admin || m_hypervisorsForbidden) {
            done({}, 0);
            return;
        }
        compute("GET", u"/os-hypervisors/detail"_s, {}, this, [this, done](const ApiResponse &response) {
            BusyScope busy(m_busyNs);
            m_busyNs += response.handlingNs;
            if (response.status == 403) {
                m_hypervisorsForbidden = true; // policy says no: simply not shown
                m_hosts.clear();
            } else if (response.ok()) {
                m_hosts = Nova::hypervisorsToResources(response.json.object(), m_providerId, regionId(), m_skipped);
                Q_EMIT hypervisorsListed(response.json.object());
            }
            done({}, 0);
        });
    });
}

Resource NovaRegion::storeServer(const QJsonObject &server)
{
    const Resource resource = Nova::serverToResource(server, context());
    m_servers.insert(resource.id.nativeId(), resource);
    m_status.insert(resource.id.nativeId(), server.value(u"status"_s).toString());
    ServerFacts facts;
    facts.taskState = server.value(u"OS-EXT-STS:task_state"_s).toString();
    facts.locked = server.value(u"locked"_s).toBool();
    const QJsonObject flavor = server.value(u"flavor"_s).toObject();
    if (flavor.contains(u"disk"_s)) { // embedded (2.47+)
        facts.flavorName = flavor.value(u"original_name"_s).toString();
        facts.diskGiB = flavor.value(u"disk"_s).toInteger(-1);
    } else {
        facts.flavorId = Nova::idOf(flavor);
        const auto known = m_flavors.constFind(facts.flavorId);
        facts.flavorName = known != m_flavors.cend() ? known->name : facts.flavorId;
        facts.diskGiB = known != m_flavors.cend() ? known->diskGiB : -1;
    }
    m_facts.insert(resource.id.nativeId(), facts);
    return resource;
}

void NovaRegion::forgetServer(const QString &serverId)
{
    m_servers.remove(serverId);
    m_status.remove(serverId);
    m_facts.remove(serverId);
}

QList<Resource> NovaRegion::resources() const
{
    QList<Resource> all;
    all.reserve(m_servers.size() + m_hosts.size() + 2);
    Resource region;
    region.id = regionId();
    region.parent = ResourceId::provider(m_providerId);
    region.name = name();
    GroupInfo regionInfo;
    regionInfo.description = tr("OpenStack region");
    regionInfo.details.insert(tr("Compute endpoint"), m_endpoints.compute);
    if (!m_microversion.isEmpty())
        regionInfo.details.insert(tr("Compute microversion"), m_microversion);
    region.info = regionInfo;
    all.append(region);

    Resource project;
    project.id = projectId();
    project.parent = region.id;
    const auto &token = m_session->token();
    project.name = token ? token->projectName : QString();
    GroupInfo projectInfo;
    projectInfo.description = tr("OpenStack project");
    projectInfo.details = m_limits;
    if (token && !token->projectDomainName.isEmpty())
        projectInfo.details.insert(tr("Domain"), token->projectDomainName);
    project.info = projectInfo;
    all.append(project);

    all.append(m_hosts);
    for (const Resource &server : m_servers)
        all.append(server);
    return all;
}

} // namespace welkin::openstack
