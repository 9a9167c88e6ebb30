// Nova, Glance and Keystone answers (any JSON a cloud or a proxy in front of it sends) -> Welkin's
// model. Every mapping function sees every document: a servers page, an image page, a token...
#include "FuzzSupport.h"

#include "providers/openstack/KeystoneToken.h"
#include "providers/openstack/NovaParser.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace welkin;
using namespace welkin::fuzz;
using namespace welkin::openstack;
using namespace Qt::StringLiterals;

namespace {

const QString providerId = u"openstack:fuzz"_s;

void checkTimestamp(const QString &text)
{
    const QDateTime when = parseTimestamp(text);
    if (when.isValid())
        FUZZ_CHECK(when.timeSpec() == Qt::UTC, shown(text));
}

void checkMicroversions(const QJsonObject &doc)
{
    QString error;
    const std::optional<Nova::VersionRange> range = Nova::parseVersionDocument(doc, error);
    if (!range) {
        FUZZ_CHECK(!error.isEmpty(), {});
        return;
    }
    const QString preferred = QString::fromLatin1(Nova::preferredMicroversion);
    const QString chosen = Nova::negotiateMicroversion(*range, preferred);
    if (range->maxVersion.isEmpty())
        FUZZ_CHECK(chosen.isEmpty(), shown(chosen));
    else
        FUZZ_CHECK(chosen == preferred || chosen == range->maxVersion || chosen == range->minVersion, shown(chosen));
    for (const QString &a : {range->minVersion, range->maxVersion, preferred}) {
        FUZZ_CHECK(Nova::compareMicroversions(a, a) == 0, shown(a));
        for (const QString &b : {range->minVersion, range->maxVersion})
            FUZZ_CHECK(Nova::compareMicroversions(a, b) == -Nova::compareMicroversions(b, a),
                       shown(a) + u' ' + shown(b));
    }
}

void checkServer(const QJsonObject &server, const Nova::ServerContext &context)
{
    const Resource r = Nova::serverToResource(server, context);
    const VmInfo *vm = r.vm();
    FUZZ_CHECK(vm != nullptr, {});
    FUZZ_CHECK(r.id.kind() == ResourceKind::Vm && r.id.nativeId() == Nova::idOf(server)
                   && vm->uuid == r.id.nativeId(), {});
    FUZZ_CHECK(r.parent == context.parent, {});
    // Ids are stored and typed on the command line as text: they must come back unchanged.
    FUZZ_CHECK(r.id.nativeId().isEmpty() || ResourceId::fromString(r.id.toString()) == r.id, shown(r.id.toString()));
    FUZZ_CHECK(vm->memoryKiB == vm->maxMemoryKiB, {});
    const QString status = server.value(u"status"_s).toString();
    const QString task = server.value(u"OS-EXT-STS:task_state"_s).toString();
    FUZZ_CHECK(vm->state == Nova::powerStateFor(status, task), shown(status));
    if (vm->state != PowerState::Running)
        FUZZ_CHECK(vm->startedAtMs == 0, {});
    for (const NicInfo &nic : vm->nics)
        FUZZ_CHECK(nic.type == "network"_L1, {});
    checkTimestamp(server.value(u"OS-SRV-USG:launched_at"_s).toString());
}

void checkServers(const QJsonObject &doc)
{
    const QHash<QString, Nova::Flavor> flavors = Nova::parseFlavors(doc);
    for (auto it = flavors.cbegin(); it != flavors.cend(); ++it)
        FUZZ_CHECK(it.key() == it->id, shown(it.key()));
    const QHash<QString, QString> imageNames{{u"70a599e0-31e7-49b7-b260-868f441e862b"_s, u"cirros"_s}};
    const ResourceId project(providerId, ResourceKind::Project, u"p"_s);
    const Nova::ServerContext context{providerId, project, &flavors, &imageNames};

    QSet<QString> seen;
    QStringList skipped;
    const QList<QJsonObject> servers = Nova::newServersOfPage(doc, seen, skipped);
    qsizetype withoutId = 0;
    const QJsonArray all = doc.value(u"servers"_s).toArray();
    for (const QJsonValue &v : all)
        withoutId += Nova::idOf(v.toObject()).isEmpty() ? 1 : 0;
    // Servers without a usable id are reported, never merged; the others appear once each.
    FUZZ_CHECK(skipped.size() == withoutId, QString::number(skipped.size()) + u" vs "_s + QString::number(withoutId));
    FUZZ_CHECK(servers.size() == seen.size() && servers.size() + withoutId <= all.size(), {});
    QSet<QString> ids;
    for (const QJsonObject &server : servers) {
        const QString id = Nova::idOf(server);
        FUZZ_CHECK(!id.isEmpty() && !ids.contains(id) && seen.contains(id), shown(id));
        ids.insert(id);
        checkServer(server, context);
    }
    // A later page repeating them adds nothing.
    QStringList skippedAgain;
    FUZZ_CHECK(Nova::newServersOfPage(doc, seen, skippedAgain).isEmpty() && skippedAgain.size() == withoutId, {});

    if (doc.value(u"server"_s).isObject()) // GET /servers/{id}
        checkServer(doc.value(u"server"_s).toObject(), Nova::ServerContext{providerId, project, nullptr, nullptr});
}

void checkHypervisors(const QJsonObject &doc)
{
    const ResourceId region(providerId, ResourceKind::Region, u"RegionOne"_s);
    QStringList skipped;
    const QList<Resource> hosts = Nova::hypervisorsToResources(doc, providerId, region, skipped);
    FUZZ_CHECK(hosts.size() + skipped.size() == doc.value(u"hypervisors"_s).toArray().size(), {});
    for (const Resource &host : hosts) {
        FUZZ_CHECK(host.host() != nullptr && host.parent == region, {});
        FUZZ_CHECK(ResourceId::fromString(host.id.toString()) == host.id, shown(host.id.toString()));
        FUZZ_CHECK(host.id.kind() == ResourceKind::Host && host.id.nativeId().startsWith("RegionOne/"_L1)
                       && host.id.nativeId().size() > 10, shown(host.id.nativeId()));
    }
    const QMap<QString, QString> limits = Nova::limitsDetails(doc);
    FUZZ_CHECK(limits.isEmpty() || limits.size() == 5, QString::number(limits.size()));
}

void checkSnapshot(const VmSnapshot &snapshot, const QJsonObject &image)
{
    FUZZ_CHECK(!snapshot.id.isEmpty() && snapshot.id == Nova::idOf(image), shown(snapshot.id));
    FUZZ_CHECK(snapshot.parent.isEmpty() && snapshot.memory == "no"_L1 && !snapshot.hasMemory() && !snapshot.current, {});
    FUZZ_CHECK(snapshot.ready == (snapshot.status == "active"_L1), shown(snapshot.status));
    FUZZ_CHECK(snapshot.sizeBytes >= -1, QString::number(snapshot.sizeBytes));
    FUZZ_CHECK(!snapshot.created.isValid() || snapshot.created.timeSpec() == Qt::UTC, {});
}

void checkGlanceImages(const QJsonObject &doc)
{
    const QJsonArray images = doc.value(u"images"_s).toArray();
    // The server whose snapshots are asked for: the first image's, so that some match.
    const QString server = images.first().toObject().value(u"instance_uuid"_s).toString();
    QSet<QString> seen;
    QStringList skipped;
    const QList<VmSnapshot> snapshots = Glance::serverSnapshotsOfPage(doc, server, seen, skipped);
    QSet<QString> ids;
    qsizetype withoutId = 0;
    QHash<QString, QJsonObject> firstById;
    for (const QJsonValue &v : images) {
        const QJsonObject image = v.toObject();
        if (server.isEmpty() || image.value(u"instance_uuid"_s).toString() != server)
            continue;
        const QString id = Nova::idOf(image);
        if (id.isEmpty())
            ++withoutId;
        else if (!firstById.contains(id))
            firstById.insert(id, image);
    }
    // The server's images without a usable id are reported, the others appear once each, as
    // their first copy says; no other server's image is among them.
    FUZZ_CHECK(skipped.size() == withoutId, QString::number(skipped.size()) + u" vs "_s + QString::number(withoutId));
    FUZZ_CHECK(snapshots.size() == firstById.size() && seen.size() == firstById.size(), {});
    for (const VmSnapshot &snapshot : snapshots) {
        FUZZ_CHECK(!ids.contains(snapshot.id) && firstById.contains(snapshot.id), shown(snapshot.id));
        ids.insert(snapshot.id);
        checkSnapshot(snapshot, firstById.value(snapshot.id));
    }
    QStringList skippedAgain;
    FUZZ_CHECK(Glance::serverSnapshotsOfPage(doc, server, seen, skippedAgain).isEmpty() && skippedAgain.size() == withoutId, {});
    for (const QJsonValue &v : images) { // GET /v2/images/{id}
        if (!Nova::idOf(v.toObject()).isEmpty())
            checkSnapshot(Glance::imageToSnapshot(v.toObject()), v.toObject());
    }

    // The next page is asked for with the link's query alone: nothing of a path or fragment.
    const QString next = Glance::nextPageQuery(doc);
    if (!doc.value(u"next"_s).isString())
        FUZZ_CHECK(next.isEmpty(), shown(next));
    FUZZ_CHECK(!next.contains(u'#'), shown(next));
}

void checkToken(const QJsonObject &doc)
{
    const QByteArray subject = "gAAAAABfuzz";
    QString error;
    const std::optional<KeystoneToken> token = Keystone::parseToken(subject, doc, error);
    if (!token) {
        FUZZ_CHECK(!error.isEmpty(), {});
        FUZZ_CHECK(!Keystone::parseToken({}, doc, error), {});
        return;
    }
    FUZZ_CHECK(token->value == subject && token->expiresAt.isValid() && !token->projectId.isEmpty(), {});
    FUZZ_CHECK(token->expiresAt.timeSpec() == Qt::UTC, {});
    FUZZ_CHECK(!Keystone::parseToken({}, doc, error), {}); // no X-Subject-Token header, no token
    for (const CatalogService &service : token->catalog) {
        for (const QString &iface : {u"public"_s, u"internal"_s, u"admin"_s}) {
            const QStringList regions = token->regionsWith(service.type, iface);
            FUZZ_CHECK(QSet<QString>(regions.cbegin(), regions.cend()).size() == regions.size(), regions.join(u','));
            // Every region with an endpoint of that interface is offered.
            for (const CatalogEndpoint &e : service.endpoints) {
                if (e.interface == iface)
                    FUZZ_CHECK(regions.contains(e.region), shown(e.region));
            }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = bytes(data, size);
    const QJsonDocument document = QJsonDocument::fromJson(input);
    if (!document.isObject()) {
        checkTimestamp(QString::fromUtf8(input.left(64)));
        return 0;
    }
    const QJsonObject doc = document.object();
    checkMicroversions(doc);
    checkServers(doc);
    checkHypervisors(doc);
    checkGlanceImages(doc);
    checkToken(doc);
    checkTimestamp(doc.value(u"token"_s).toObject().value(u"expires_at"_s).toString());
    return 0;
}
