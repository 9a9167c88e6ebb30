// Contract tests: Welkin's Keystone / Nova / Glance parsing against responses recorded from a
// real OpenStack Zed (tests/data/openstack). Every file there is parsed by one test below.
#include "providers/openstack/ApiClient.h"
#include "model/QuotaFigures.h"
#include "providers/openstack/KeystoneToken.h"
#include "providers/openstack/LaunchChoicesReader.h"
#include "providers/openstack/NovaConsole.h"
#include "providers/openstack/NovaFigures.h"
#include "providers/openstack/NovaParser.h"
#include "providers/openstack/ServerActionTask.h"
#include "providers/openstack/ServerLauncher.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace welkin;
using namespace welkin::openstack;
using namespace Qt::StringLiterals;

namespace {

QSet<QString> parsedFiles;

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(WELKIN_OPENSTACK_DATA) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    parsedFiles.insert(name);
    return file.readAll();
}

QJsonObject json(const QString &name)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(fixture(name), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad fixture %s: %s", qPrintable(name), qPrintable(error.errorString()));
    return doc.object();
}

KeystoneToken recordedToken()
{
    QByteArray subject;
    for (const QByteArray &line : fixture(u"auth_v3_tokens.headers"_s).split('\n')) {
        if (line.toLower().startsWith("x-subject-token:"))
            subject = line.mid(line.indexOf(':') + 1).trimmed();
    }
    QString error;
    const auto token = Keystone::parseToken(subject, json(u"auth_v3_tokens.json"_s), error);
    if (!token)
        qFatal("token: %s", qPrintable(error));
    return *token;
}

Nova::ServerContext contextFor(const QHash<QString, Nova::Flavor> *flavors, const QHash<QString, QString> *images)
{
    return Nova::ServerContext{u"openstack:test"_s, ResourceId(u"openstack:test"_s, ResourceKind::Project, u"RegionOne/p"_s),
                               flavors, images};
}

} // namespace

class TestOpenStackContract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenAndCatalog()
    {
        const KeystoneToken token = recordedToken();
        QVERIFY(token.value.startsWith("gAAAAA"));
        QCOMPARE(token.userName, u"admin"_s);
        QCOMPARE(token.projectName, u"admin"_s);
        QCOMPARE(token.projectId, u"7ef8ad92ba5441158d15ec6802897da4"_s);
        QVERIFY(token.isAdmin());
        QCOMPARE(token.issuedAt.secsTo(token.expiresAt), 3600);
        QCOMPARE(token.expiresAt.timeSpec(), Qt::UTC);
        QCOMPARE(token.endpoint(u"compute"_s, u"RegionOne"_s, u"public"_s), u"http://127.0.0.1:8774/v2.1"_s);
        QCOMPARE(token.endpoint(u"image"_s, u"RegionOne"_s, u"internal"_s), u"http://127.0.0.1:9292"_s);
        QVERIFY(token.endpoint(u"compute"_s, u"RegionTwo"_s, u"public"_s).isEmpty());
        QCOMPARE(token.regionsWith(u"compute"_s, u"public"_s), QStringList{u"RegionOne"_s});
    }

    void tokenWithoutSubjectHeaderIsAnError()
    {
        QString error;
        QVERIFY(!Keystone::parseToken({}, json(u"auth_v3_tokens.json"_s), error));
        QVERIFY(error.contains(u"without a token"_s));
    }

    void authBodies()
    {
        CloudConfig password;
        password.authType = u"password"_s;
        password.username = u"admin"_s;
        password.password = u"s3cret"_s;
        password.projectName = u"admin"_s;
        const QJsonObject p = QJsonDocument::fromJson(Keystone::authRequestBody(password)).object();
        const QJsonObject user = p[u"auth"_s][u"identity"_s][u"password"_s][u"user"_s].toObject();
        QCOMPARE(user[u"name"_s].toString(), u"admin"_s);
        QCOMPARE(user[u"domain"_s][u"name"_s].toString(), u"Default"_s);
        QCOMPARE(p[u"auth"_s][u"scope"_s][u"project"_s][u"name"_s].toString(), u"admin"_s);

        CloudConfig app;
        app.authType = u"v3applicationcredential"_s;
        app.applicationCredentialId = u"abc"_s;
        app.applicationCredentialSecret = u"xyz"_s;
        const QJsonObject a = QJsonDocument::fromJson(Keystone::authRequestBody(app)).object();
        QCOMPARE(a[u"auth"_s][u"identity"_s][u"methods"_s].toArray().first().toString(), u"application_credential"_s);
        QCOMPARE(a[u"auth"_s][u"identity"_s][u"application_credential"_s][u"id"_s].toString(), u"abc"_s);
        QVERIFY(!a[u"auth"_s].toObject().contains(u"scope"_s));
        QCOMPARE(Keystone::tokensUrl(u"http://k:5000/v3/"_s).toString(), u"http://k:5000/v3/auth/tokens"_s);
        QCOMPARE(Keystone::tokensUrl(u"http://k:5000"_s).toString(), u"http://k:5000/v3/auth/tokens"_s);
    }

    void versionsAndMicroversion()
    {
        QString error;
        const auto range = Nova::parseVersionDocument(json(u"nova_versions.json"_s), error);
        QVERIFY2(range, qPrintable(error));
        QCOMPARE(range->maxVersion, u"2.93"_s);
        QCOMPARE(range->minVersion, u"2.1"_s);
        QCOMPARE(Nova::negotiateMicroversion(*range, u"2.79"_s), u"2.79"_s);
        QCOMPARE(Nova::negotiateMicroversion({u"2.1"_s, u"2.60"_s}, u"2.79"_s), u"2.60"_s);
        QCOMPARE(Nova::negotiateMicroversion({}, u"2.79"_s), QString());
        QVERIFY(Nova::compareMicroversions(u"2.9"_s, u"2.10"_s) < 0);
        QVERIFY(!Nova::parseVersionDocument(QJsonObject{{u"x"_s, 1}}, error));
    }

    void flavors()
    {
        const auto flavors = Nova::parseFlavors(json(u"nova_flavors_detail.json"_s));
        QCOMPARE(flavors.size(), 2);
        QCOMPARE(flavors.value(u"1"_s).name, u"m1.tiny"_s);
        QCOMPARE(flavors.value(u"2"_s).ramMiB, 2048);
        QCOMPARE(flavors.value(u"2"_s).vcpus, 1);
    }

    void serverDetailList()
    {
        const QJsonArray servers = json(u"nova_servers_detail.json"_s)[u"servers"_s].toArray();
        QCOMPARE(servers.size(), 1);
        const QHash<QString, QString> images{{u"cad262a3-6d5b-4d2b-8ff3-76ed32165ddd"_s, u"cirros-fake"_s}};
        const Resource r = Nova::serverToResource(servers.first().toObject(), contextFor(nullptr, &images));
        QCOMPARE(r.name, u"fixture-vm"_s);
        QCOMPARE(r.id.kind(), ResourceKind::Vm);
        QCOMPARE(r.id.nativeId(), u"38e144cf-3c0b-406e-ad8e-90902920a41e"_s);
        QCOMPARE(r.parent.nativeId(), u"RegionOne/p"_s);
        const VmInfo *vm = r.vm();
        QVERIFY(vm);
        QCOMPARE(vm->state, PowerState::Running);
        QCOMPARE(vm->vcpus, 1);
        QCOMPARE(vm->memoryKiB, 512ull * 1024);
        QCOMPARE(vm->osName, u"cirros-fake"_s);
        QVERIFY(vm->startedAtMs > 0);
        QCOMPARE(vm->details.value(u"Flavor"_s), u"m1.tiny"_s);
        QCOMPARE(vm->details.value(u"Image"_s), u"cirros-fake"_s);
        QCOMPARE(vm->details.value(u"Hypervisor host"_s), u"welkin-compute-1"_s);
        QVERIFY(vm->nics.isEmpty());
    }

    void serverStates_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<PowerState>("state");
        QTest::addColumn<QString>("reason");
        QTest::newRow("active") << u"nova_servers_show_ACTIVE.json"_s << PowerState::Running << u"ACTIVE"_s;
        QTest::newRow("shutoff") << u"nova_servers_show_SHUTOFF.json"_s << PowerState::ShutOff << u"SHUTOFF"_s;
        QTest::newRow("reboot") << u"nova_servers_show_REBOOT.json"_s << PowerState::Running << u"REBOOT/rebooting"_s;
    }

    void serverStates()
    {
        QFETCH(QString, file);
        QFETCH(PowerState, state);
        QFETCH(QString, reason);
        const QJsonObject server = json(file)[u"server"_s].toObject();
        const Resource r = Nova::serverToResource(server, contextFor(nullptr, nullptr));
        QCOMPARE(r.vm()->state, state);
        QCOMPARE(r.vm()->stateReason, reason);
        // Without image names the id stands in.
        QCOMPARE(r.vm()->osName, Nova::imageIdOf(server));
    }

    void stateMapping()
    {
        QCOMPARE(Nova::powerStateFor(u"PAUSED"_s, {}), PowerState::Paused);
        QCOMPARE(Nova::powerStateFor(u"SUSPENDED"_s, {}), PowerState::Suspended);
        QCOMPARE(Nova::powerStateFor(u"ERROR"_s, {}), PowerState::Error);
        QCOMPARE(Nova::powerStateFor(u"BUILD"_s, u"spawning"_s), PowerState::Building);
        QCOMPARE(Nova::powerStateFor(u"ACTIVE"_s, u"powering-off"_s), PowerState::ShuttingDown);
        QCOMPARE(Nova::powerStateFor(u"HARD_REBOOT"_s, {}), PowerState::Running);
        QCOMPARE(Nova::powerStateFor(u"VERIFY_RESIZE"_s, {}), PowerState::Migrating);
        QCOMPARE(Nova::powerStateFor(u"WHATEVER"_s, {}), PowerState::Unknown);
        QVERIFY(Nova::isDeletedStatus(u"DELETED"_s));
    }

    void olderMicroversionFlavorById()
    {
        QJsonObject server = json(u"nova_servers_show_ACTIVE.json"_s)[u"server"_s].toObject();
        server.insert(u"flavor"_s, QJsonObject{{u"id"_s, u"2"_s}}); // before 2.47
        const auto flavors = Nova::parseFlavors(json(u"nova_flavors_detail.json"_s));
        const Resource r = Nova::serverToResource(server, contextFor(&flavors, nullptr));
        QCOMPARE(r.vm()->memoryKiB, 2048ull * 1024);
        QCOMPARE(r.vm()->details.value(u"Flavor"_s), u"m1.small"_s);
    }

    void limits()
    {
        const auto details = Nova::limitsDetails(json(u"nova_limits.json"_s));
        QCOMPARE(details.value(u"Instances"_s), u"0 of 10"_s);
        QCOMPARE(details.value(u"vCPUs"_s), u"0 of 20"_s);
        QCOMPARE(details.value(u"RAM"_s), u"0 MiB of 51200 MiB"_s);
    }

    void hypervisors()
    {
        const QJsonArray list = json(u"nova_os_hypervisors_detail.json"_s)[u"hypervisors"_s].toArray();
        QCOMPARE(list.size(), 1);
        const ResourceId region(u"openstack:test"_s, ResourceKind::Region, u"RegionOne"_s);
        const Resource r = Nova::hypervisorToResource(list.first().toObject(), u"openstack:test"_s, region);
        QCOMPARE(r.id.kind(), ResourceKind::Host);
        QCOMPARE(r.parent, region);
        QCOMPARE(r.name, u"welkin-compute-1"_s);
        QCOMPARE(r.host()->hypervisor, u"fake"_s);
        QCOMPARE(r.host()->cpus, 10);
        QCOMPARE(r.host()->memoryKiB, 8192ull * 1024);
        QCOMPARE(r.host()->cpuModel, u"Nehalem"_s);
        QCOMPARE(r.host()->sockets, 4);
        QCOMPARE(r.host()->details.value(u"vCPUs used"_s), u"0 of 10"_s);
    }

    void glanceImages()
    {
        const QJsonArray images = json(u"glance_v2_images.json"_s)[u"images"_s].toArray();
        QCOMPARE(images.size(), 1);
        QCOMPARE(images.first()[u"name"_s].toString(), u"cirros-fake"_s);
        QCOMPARE(images.first()[u"id"_s].toString(), u"cad262a3-6d5b-4d2b-8ff3-76ed32165ddd"_s);
    }

    void glanceSnapshotsOfAServer()
    {
        // GET /v2/images?instance_uuid=<server>&limit=2 on the loopback Zed after two createImage
        // calls: one with a description, its data then uploaded (active); one as Nova's fake driver
        // left it (queued, size null).
        const QString server = u"1c591bda-948d-46ee-900a-fd28d2655903"_s;
        const QJsonObject page = json(u"glance_v2_images_instance_uuid.json"_s);
        QSet<QString> seen;
        QStringList skipped;
        const QList<VmSnapshot> snapshots = Glance::serverSnapshotsOfPage(page, server, seen, skipped);
        QVERIFY(skipped.isEmpty());
        QCOMPARE(snapshots.size(), 2);
        const VmSnapshot &before = snapshots.at(0);
        QCOMPARE(before.id, u"9f5d70b8-a164-49ab-84c2-4254f32b3d92"_s);
        QCOMPARE(before.name, u"wk-fixture-snap-before-upgrade"_s);
        QCOMPARE(before.description, u"before the upgrade"_s);
        QCOMPARE(before.status, u"active"_s);
        QVERIFY(before.ready);
        QCOMPARE(before.sizeBytes, 1048593);
        QCOMPARE(before.created, QDateTime(QDate(2026, 12, 7), QTime(14, 44, 7), Qt::UTC));
        QCOMPARE(before.memory, u"no"_s);
        QVERIFY(before.parent.isEmpty() && before.state.isEmpty() && !before.current && !before.external);
        const VmSnapshot &nightly = snapshots.at(1);
        QCOMPARE(nightly.id, u"dc21d402-672c-469b-9f50-ef5944820a9c"_s);
        QCOMPARE(nightly.status, u"queued"_s);
        QVERIFY(!nightly.ready);
        QCOMPARE(nightly.sizeBytes, -1);
        QVERIFY(nightly.description.isEmpty());
        QCOMPARE(seen, (QSet<QString>{before.id, nightly.id}));
        // A full page links the next one with its filters; the query alone is what Welkin asks for.
        QCOMPARE(Glance::nextPageQuery(page),
                 u"instance_uuid=1c591bda-948d-46ee-900a-fd28d2655903&limit=2&marker=dc21d402-672c-469b-9f50-ef5944820a9c"_s);
        const QJsonObject last = json(u"glance_v2_images_instance_uuid_last.json"_s);
        QVERIFY(Glance::serverSnapshotsOfPage(last, server, seen, skipped).isEmpty());
        QVERIFY(Glance::nextPageQuery(last).isEmpty());
        // A repeated page adds nothing; another server's listing shares nothing.
        QVERIFY(Glance::serverSnapshotsOfPage(page, server, seen, skipped).isEmpty());
        QSet<QString> none;
        QVERIFY(Glance::serverSnapshotsOfPage(page, u"another-server"_s, none, skipped).isEmpty());
        QVERIFY(skipped.isEmpty());
    }

    void glanceImagesOfAnyShape()
    {
        const QJsonObject page = QJsonDocument::fromJson(R"({"images": [
            {"id": 42, "instance_uuid": "s1", "name": "numbered", "size": 1.5, "status": "active"},
            {"id": null, "instance_uuid": "s1", "name": "no-id"},
            {"id": {"x": 1}, "instance_uuid": "s1"},
            {"id": "b", "instance_uuid": "s1", "name": ["not", "text"], "size": -4, "created_at": 17,
             "description": 3, "status": null},
            {"id": "c", "instance_uuid": 7},
            {"id": "d"},
            "not an image",
            {"id": "e", "instance_uuid": "s1", "size": 5368709120, "status": "killed"}
        ], "next": 5})").object();
        QSet<QString> seen;
        QStringList skipped;
        const QList<VmSnapshot> snapshots = Glance::serverSnapshotsOfPage(page, u"s1"_s, seen, skipped);
        QCOMPARE(skipped.size(), 2);
        QVERIFY2(skipped.first().contains(u"image \"no-id\" without a usable \"id\""_s), qPrintable(skipped.first()));
        QCOMPARE(snapshots.size(), 3);
        QCOMPARE(snapshots.at(0).id, u"42"_s);
        QCOMPARE(snapshots.at(0).sizeBytes, -1); // not a whole number of bytes
        QVERIFY(snapshots.at(0).ready);
        const VmSnapshot &b = snapshots.at(1);
        QCOMPARE(b.id, u"b"_s);
        QVERIFY(b.name.isEmpty() && b.description.isEmpty() && b.status.isEmpty());
        QVERIFY(!b.created.isValid());
        QCOMPARE(b.sizeBytes, -1);
        QVERIFY(!b.ready);
        QCOMPARE(snapshots.at(2).sizeBytes, 5368709120); // 5 GiB: beyond 32 bits
        QCOMPARE(snapshots.at(2).status, u"killed"_s);
        QVERIFY(!snapshots.at(2).ready);
        QVERIFY(Glance::nextPageQuery(page).isEmpty());
        // No server, no snapshots; a page without "images" has none.
        QVERIFY(Glance::serverSnapshotsOfPage(page, {}, seen, skipped).isEmpty());
        QVERIFY(Glance::serverSnapshotsOfPage(QJsonObject{{u"images"_s, 1}}, u"s1"_s, seen, skipped).isEmpty());
    }

    void faults()
    {
        QCOMPARE(faultMessage(fixture(u"nova_servers_show_404.json"_s)), u"Instance does-not-exist could not be found."_s);
        QVERIFY(!faultMessage(fixture(u"nova_images.json"_s)).isEmpty());
        const QString keystone = faultMessage(R"({"error": {"code": 401, "message": "The request you have made requires authentication.", "title": "Unauthorized"}})");
        QCOMPARE(keystone, u"The request you have made requires authentication."_s);
        QCOMPARE(faultMessage("<html><body><h1>502 Bad Gateway</h1></body></html>"), u"502 Bad Gateway"_s);
        QCOMPARE(faultMessage(fixture(u"glance_v2_images_404.json"_s)),
                 u"No image found with ID dc21d402-672c-469b-9f50-ef5944820a9c"_s);
        QCOMPARE(describeHttpFailure(413, u"Quota exceeded"_s, 30), u"Over the limit: Quota exceeded (HTTP 413) - retry after 30 s"_s);
        QCOMPARE(describeHttpFailure(409, u"Cannot 'stop' instance"_s, -1), u"Conflict: Cannot 'stop' instance (HTTP 409)"_s);
        QVERIFY(describeHttpFailure(503, {}, -1).startsWith(u"Server error"_s));
    }

    void createResponse()
    {
        const QJsonObject server = json(u"nova_servers_POST.json"_s)[u"server"_s].toObject();
        QCOMPARE(server[u"id"_s].toString().size(), 36);
    }

    void actionBodies()
    {
        auto body = [](ActionType type, const QString &status = {}) {
            return QJsonDocument::fromJson(ServerActionTask::requestBody(Action{type, {}, {}}, status)).object();
        };
        QVERIFY(body(ActionType::Start).contains(u"os-start"_s));
        QVERIFY(body(ActionType::Shutdown).contains(u"os-stop"_s));
        QCOMPARE(body(ActionType::Reboot)[u"reboot"_s][u"type"_s].toString(), u"SOFT"_s);
        QCOMPARE(body(ActionType::ForceReboot)[u"reboot"_s][u"type"_s].toString(), u"HARD"_s);
        QVERIFY(body(ActionType::Resume, u"PAUSED"_s).contains(u"unpause"_s));
        QVERIFY(body(ActionType::Resume, u"SUSPENDED"_s).contains(u"resume"_s));
        const QJsonObject snapshot = QJsonDocument::fromJson(ServerActionTask::requestBody(
            Action{ActionType::CreateSnapshot, {}, {{u"name"_s, u"snap-1"_s}}}, {})).object();
        QCOMPARE(snapshot[u"createImage"_s][u"name"_s].toString(), u"snap-1"_s);
        QVERIFY(snapshot[u"createImage"_s][u"metadata"_s].toObject().isEmpty());
        const QJsonObject described = QJsonDocument::fromJson(ServerActionTask::requestBody(
            Action{ActionType::CreateSnapshot, {}, {{u"name"_s, u"snap-2"_s}, {u"description"_s, u"before the upgrade"_s}}},
            {})).object();
        QCOMPARE(described[u"createImage"_s][u"metadata"_s][u"description"_s].toString(), u"before the upgrade"_s);
        const QJsonObject unnamed = QJsonDocument::fromJson(ServerActionTask::requestBody(
            Action{ActionType::CreateSnapshot, {}, {}}, {})).object();
        QVERIFY(unnamed[u"createImage"_s][u"name"_s].toString().startsWith(u"snapshot-"_s));
        QVERIFY(ServerActionTask::requestBody(Action{ActionType::ForceOff, {}, {}}, {}).isEmpty());
        QCOMPARE(ServerActionTask::targetStatus(ActionType::Shutdown), u"SHUTOFF"_s);
    }

    void serversOfOtherMicroversionsAndClouds()
    {
        // Recorded at 2.46 from the loopback Zed: the flavor is {"id", "links"}, resolved by id.
        const auto flavors = Nova::parseFlavors(json(u"nova_flavors_detail.json"_s));
        const QJsonObject older = json(u"nova_servers_detail_2.46.json"_s)[u"servers"_s][0].toObject();
        QCOMPARE(older[u"flavor"_s][u"id"_s].toString(), u"1"_s);
        const Resource tiny = Nova::serverToResource(older, contextFor(&flavors, nullptr));
        QCOMPARE(tiny.vm()->vcpus, 1);
        QCOMPARE(tiny.vm()->memoryKiB, 512ull * 1024);
        QCOMPARE(tiny.vm()->details.value(u"Flavor"_s), u"m1.tiny"_s);
        QCOMPARE(tiny.vm()->state, PowerState::Running);
        // Flavors not read: the id stands in, nothing is made up.
        const Resource unresolved = Nova::serverToResource(older, contextFor(nullptr, nullptr));
        QCOMPARE(unresolved.vm()->vcpus, 0);
        QCOMPARE(unresolved.vm()->details.value(u"Flavor"_s), QString());

        // Derived from nova_servers_detail.json: numeric ids, nulls, a flavor with only its name,
        // a server without an id.
        QSet<QString> seen;
        QStringList skipped;
        const QList<QJsonObject> servers =
            Nova::newServersOfPage(json(u"nova_servers_detail_other_shapes_derived.json"_s), seen, skipped);
        QCOMPARE(servers.size(), 3);
        QCOMPARE(skipped.size(), 1);
        QVERIFY2(skipped.first().contains(u"no-id"_s), qPrintable(skipped.first()));
        const Resource numbered = Nova::serverToResource(servers.at(0), contextFor(&flavors, nullptr));
        QCOMPARE(numbered.id.nativeId(), u"4242"_s);
        QCOMPARE(numbered.vm()->memoryKiB, 2048ull * 1024); // flavor id 2 sent as a number
        QCOMPARE(numbered.vm()->details.value(u"Flavor"_s), u"m1.small"_s);
        QCOMPARE(numbered.vm()->details.value(u"Image"_s), u"(boot from volume)"_s);
        QVERIFY(numbered.vm()->nics.isEmpty());
        QCOMPARE(numbered.vm()->startedAtMs, 0);
        const Resource nulls = Nova::serverToResource(servers.at(1), contextFor(&flavors, nullptr));
        QVERIFY(nulls.name.isEmpty());
        QCOMPARE(nulls.vm()->state, PowerState::Unknown);
        QCOMPARE(nulls.vm()->vcpus, 0);
        const Resource nameOnly = Nova::serverToResource(servers.at(2), contextFor(&flavors, nullptr));
        QCOMPARE(nameOnly.vm()->details.value(u"Flavor"_s), u"m1.custom"_s);
        QCOMPARE(nameOnly.vm()->memoryKiB, 0ull);
    }

    void diagnosticsOfBothShapes()
    {
        using NovaFigures::parseDiagnostics;
        constexpr quint64 tiny = 512 * 1024; // m1.tiny in KiB
        // The fake driver at 2.79 (standard shape); its memory_details are KiB where the API says MiB.
        const auto standard = parseDiagnostics(json(u"nova_server_diagnostics_2.79.json"_s), tiny);
        QVERIFY(standard.standard);
        QCOMPARE(standard.cpus, 1);
        QCOMPARE(standard.cpuTimeNs.value_or(0), 17300000000ull);
        QCOMPARE(standard.cpuUtilisation, 15.0);
        QCOMPARE(standard.diskReadBytes.value_or(0), 262144ull);
        QCOMPARE(standard.diskWriteBytes.value_or(0), 5778432ull);
        QCOMPARE(standard.netRxBytes.value_or(0), 2070139ull);
        QCOMPARE(standard.netTxBytes.value_or(0), 140208ull);
        QCOMPARE(standard.memoryTotalKiB, 524288);
        QCOMPARE(standard.memoryUsedKiB, 0);
        // Without the flavor the documented unit (MiB) applies.
        QCOMPARE(parseDiagnostics(json(u"nova_server_diagnostics_2.79.json"_s), 0).memoryTotalKiB, 524288ll * 1024);

        // The same server at 2.47: the driver's own keys.
        const auto legacy = parseDiagnostics(json(u"nova_server_diagnostics_2.47.json"_s), tiny);
        QVERIFY(!legacy.standard);
        QCOMPARE(legacy.cpus, 1);
        QCOMPARE(legacy.cpuTimeNs.value_or(0), 17300000000ull);
        QVERIFY(std::isnan(legacy.cpuUtilisation));
        QCOMPARE(legacy.diskReadBytes.value_or(0), 262144ull);
        QCOMPARE(legacy.diskWriteBytes.value_or(0), 5778432ull);
        QCOMPARE(legacy.netRxBytes.value_or(0), 2070139ull);
        QCOMPARE(legacy.netTxBytes.value_or(0), 140208ull);
        QCOMPARE(legacy.memoryTotalKiB, 524288);
        QCOMPARE(legacy.memoryUsedKiB, -1);

        // Nova's libvirt driver (derived from its code): two vCPUs, two disks, a NIC without counters.
        constexpr quint64 small = 2048 * 1024;
        const auto libvirtLegacy = parseDiagnostics(json(u"nova_server_diagnostics_libvirt_2.47_derived.json"_s), small);
        QCOMPARE(libvirtLegacy.cpus, 2);
        QCOMPARE(libvirtLegacy.cpuTimeNs.value_or(0), 196990000000ull);
        QCOMPARE(libvirtLegacy.diskReadBytes.value_or(0), 306451456ull + 1048576ull);
        QCOMPARE(libvirtLegacy.diskWriteBytes.value_or(0), 51675136ull + 8192ull);
        QCOMPARE(libvirtLegacy.netRxBytes.value_or(0), 2070139ull);
        QCOMPARE(libvirtLegacy.memoryTotalKiB, 2097152);
        QCOMPARE(libvirtLegacy.memoryUsedKiB, 2040116 - 1548288); // available - unused
        const auto libvirt = parseDiagnostics(json(u"nova_server_diagnostics_libvirt_2.79_derived.json"_s), small);
        QVERIFY(libvirt.standard);
        QCOMPARE(libvirt.cpus, 2);
        QCOMPARE(libvirt.cpuTimeNs.value_or(0), 196990000000ull);
        QVERIFY(std::isnan(libvirt.cpuUtilisation));
        QCOMPARE(libvirt.netRxBytes.value_or(0), 2070139ull);
        QCOMPARE(libvirt.memoryTotalKiB, 2097152); // "2": KiB / 2^20, i.e. GiB
        // Nothing usable: no counters, no figures, no crash.
        const auto empty = parseDiagnostics(QJsonDocument::fromJson(
            R"({"cpu_details": null, "memory_details": [], "nic_details": [{"rx_octets": "12"}], "disk_details": {}})").object(), 0);
        QVERIFY(empty.standard && !empty.cpuTimeNs && !empty.netRxBytes && !empty.diskReadBytes);
        QCOMPARE(empty.memoryTotalKiB, -1);
    }

    void diagnosticsForbidden()
    {
        // The demo user (member) on the loopback Zed.
        const QString message = faultMessage(fixture(u"nova_server_diagnostics_403.json"_s));
        QCOMPARE(message, u"Policy doesn't allow os_compute_api:os-server-diagnostics to be performed."_s);
        QVERIFY(describeHttpFailure(403, message, -1).contains(u"403"_s));
    }

    void hypervisorFigures()
    {
        const ResourceId region(u"openstack:test"_s, ResourceKind::Region, u"RegionOne"_s);
        const QJsonObject doc = json(u"nova_os_hypervisors_detail.json"_s);
        const MetricSamples samples = NovaFigures::hypervisorSamples(doc, u"openstack:test"_s, region, 1000);
        QCOMPARE(samples.size(), 1);
        const MetricSample &host = samples.first();
        QCOMPARE(host.id, Nova::hypervisorToResource(doc[u"hypervisors"_s][0].toObject(), u"openstack:test"_s, region).id);
        QCOMPARE(host.timestampMs, 1000);
        QCOMPARE(host.cpuPercent, 0.0); // vcpus_used 0 of 10
        QCOMPARE(host.memoryUsedKiB, 512 * 1024);
        QCOMPARE(host.memoryTotalKiB, 8192 * 1024);
        QCOMPARE(host.runningVms, 0);
        QVERIFY(std::isnan(host.cpuGuestPercent));
        QCOMPARE(NovaFigures::hypervisorCpus(doc).value(u"welkin-compute-1"_s), 10);
        // From 2.88 the resource fields are gone: no figures rather than zeros.
        const QJsonObject newer = json(u"nova_os_hypervisors_detail_2.88.json"_s);
        QVERIFY(NovaFigures::hypervisorSamples(newer, u"openstack:test"_s, region, 1000).isEmpty());
        QCOMPARE(NovaFigures::hypervisorCpus(newer).value(u"welkin-compute-1"_s, -1), 0);
        QStringList skipped;
        QCOMPARE(Nova::hypervisorsToResources(newer, u"openstack:test"_s, region, skipped).size(), 1);
    }

    void quotaFigures()
    {
        const int keyPairs = NovaFigures::keyPairCount(json(u"nova_os_keypairs.json"_s));
        QCOMPARE(keyPairs, 1);
        QCOMPARE(NovaFigures::keyPairCount(QJsonObject{{u"keypairs"_s, 3}}), -1);
        const QMap<QString, QString> details = NovaFigures::quotaDetails(json(u"nova_limits.json"_s), keyPairs);
        QCOMPARE(details.value(u"quota.instances.used"_s), u"0"_s);
        QCOMPARE(details.value(u"quota.instances.max"_s), u"10"_s);
        QCOMPARE(details.value(u"quota.cores.max"_s), u"20"_s);
        QCOMPARE(details.value(u"quota.ramMiB.max"_s), u"51200"_s);
        QCOMPARE(details.value(u"quota.keyPairs.used"_s), u"1"_s);
        QCOMPARE(details.value(u"quota.keyPairs.max"_s), u"100"_s);
        QCOMPARE(details.value(u"quota.serverGroups.max"_s), u"10"_s);
        const QList<quota::Figure> figures = quota::figures(details);
        QCOMPARE(figures.size(), 5);
        QCOMPARE(figures.at(2).name, u"ramMiB"_s);
        QCOMPARE(figures.at(2).max, 51200);
        QCOMPARE(figures.at(2).used, 0);
        for (const QString &key : details.keys())
            QVERIFY(quota::isQuotaKey(key));
        QVERIFY(!quota::isQuotaKey(u"Instances"_s));

        // -1 is unlimited; a figure the cloud leaves out stays out.
        const QMap<QString, QString> open = NovaFigures::quotaDetails(json(u"nova_limits_unlimited_derived.json"_s), -1);
        QVERIFY(!open.contains(u"quota.keyPairs.used"_s));
        QVERIFY(!open.contains(u"quota.serverGroups.max"_s));
        const QList<quota::Figure> openFigures = quota::figures(open);
        QCOMPARE(openFigures.first().name, u"instances"_s);
        QVERIFY(openFigures.first().unlimited());
        QCOMPARE(openFigures.first().used, 7);
        QCOMPARE(openFigures.at(1).used, 9);
        QVERIFY(openFigures.at(1).unlimited());
        QVERIFY(!openFigures.at(2).unlimited());
        QVERIFY(NovaFigures::quotaDetails(QJsonObject{}, 3).isEmpty());
    }

    void instanceActions()
    {
        const QList<NovaFigures::InstanceAction> actions =
            NovaFigures::parseInstanceActions(json(u"nova_os_instance_actions.json"_s));
        QCOMPARE(actions.size(), 4);
        QCOMPARE(actions.at(0).action, u"reboot"_s); // newest first
        QCOMPARE(actions.at(3).action, u"create"_s);
        const NovaFigures::InstanceAction &stop = actions.at(2);
        QCOMPARE(stop.requestId, u"req-70e3fb71-cd39-483e-a1c0-66ecbf206cd5"_s);
        QCOMPARE(stop.userId, u"68a815b79d1945a1b8392d817f8a3a36"_s);
        QVERIFY(stop.message.isEmpty());
        QCOMPARE(stop.started, QDateTime(QDate(2026, 11, 25), QTime(18, 35, 29, 113), Qt::UTC));
        QCOMPARE(NovaFigures::actionMessage(stop, u"web-01"_s, u"admin"_s),
                 u"stop of web-01 by user admin (req-70e3fb71-cd39-483e-a1c0-66ecbf206cd5)"_s);

        // Derived: a failed resize, an entry without a request id, one without user and time.
        const QList<NovaFigures::InstanceAction> odd =
            NovaFigures::parseInstanceActions(json(u"nova_os_instance_actions_failed_derived.json"_s));
        QCOMPARE(odd.size(), 6);
        QCOMPARE(odd.at(0).message, u"Error"_s);
        QCOMPARE(NovaFigures::actionMessage(odd.at(0), u"web-01"_s, u"admin"_s),
                 u"resize of web-01 by user admin failed: Error (req-0b6c1e2a-5d1f-4c55-9d0e-3f7d8c1b2a90)"_s);
        QCOMPARE(odd.at(1).action, u"live-migration"_s);
        QVERIFY(odd.at(1).userId.isEmpty() && !odd.at(1).started.isValid());
        QVERIFY(NovaFigures::actionMessage(odd.at(1), u"web-01"_s, {}).startsWith(u"live migration of web-01 by user unknown"_s));
        QCOMPARE(NovaFigures::actionVerb(u"confirmResize"_s), u"confirm resize"_s);
        QCOMPARE(NovaFigures::actionVerb(u"createImage"_s), u"snapshot"_s);
        QCOMPARE(NovaFigures::actionVerb(u"somethingNew"_s), u"somethingNew"_s);
        QVERIFY(NovaFigures::parseInstanceActions(QJsonObject{{u"instanceActions"_s, u"x"_s}}).isEmpty());
    }

    void launchChoices()
    {
        const QList<CloudOption> sizes = Launch::sizes(Nova::parseFlavors(json(u"nova_flavors_detail.json"_s)));
        QCOMPARE(sizes.size(), 2);
        QCOMPARE(sizes.at(0).name, u"m1.tiny"_s); // smallest first
        QCOMPARE(sizes.at(0).id, u"1"_s);
        QCOMPARE(sizes.at(0).detail, u"1 vCPU · 512 MiB RAM · 1 GiB disk"_s);
        QCOMPARE(sizes.at(1).detail, u"1 vCPU · 2 GiB RAM · 20 GiB disk"_s);
        QCOMPARE(sizes.at(1).memoryMiB, qint64(2048));
        QCOMPARE(sizes.at(1).diskGiB, qint64(20));
        QCOMPARE(Launch::sizeDetail(2, 4096, 20), u"2 vCPUs · 4 GiB RAM · 20 GiB disk"_s);
        QCOMPARE(Launch::sizeDetail(1, 64, 0), u"1 vCPU · 64 MiB RAM · disk sized to the image"_s);

        const QList<CloudOption> images = Launch::images(json(u"glance_v2_images.json"_s));
        QCOMPARE(images.size(), 1);
        QCOMPARE(images.at(0).name, u"cirros-fake"_s);
        QVERIFY(!images.at(0).detail.isEmpty()); // its size
        QVERIFY(Launch::images(QJsonObject{{u"images"_s, QJsonArray{QJsonObject{{u"id"_s, u"x"_s}, {u"status"_s, u"queued"_s}}}}}).isEmpty());

        // Admin sees every project's networks: only the project's own and the shared ones are offered.
        const QString demo = u"f02fb111b3124217953793ca05e6b87d"_s;
        const QList<CloudOption> networks = Launch::networks(json(u"neutron_v2.0_networks_admin.json"_s), demo);
        QCOMPARE(networks.size(), 2);
        QCOMPARE(networks.at(0).name, u"wco-fixture-own"_s);
        QCOMPARE(networks.at(1).name, u"wco-fixture-shared"_s);
        QCOMPARE(networks.at(1).detail, u"shared"_s);
        QVERIFY(Launch::networks(json(u"neutron_v2.0_networks.json"_s), demo).isEmpty());

        const QList<CloudOption> keys = Launch::keyPairs(json(u"nova_os_keypairs.json"_s));
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys.at(0).id, u"wco-fixture-key"_s);
        QCOMPARE(keys.at(0).detail, u"ssh · 27:bf:df:1c:51:23:f7:7b:91:75:dd:a7:be:d0:31:76"_s);
        QCOMPARE(faultMessage(fixture(u"nova_os_keypairs_POST_409.json"_s)), u"Key pair 'wco-fixture-key' already exists."_s);

        const QList<CloudOption> groups = Launch::securityGroups(json(u"neutron_v2.0_security_groups.json"_s));
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.at(0).name, u"default"_s);
        QCOMPARE(groups.at(0).id, u"91b6495c-a6a9-47b0-82ea-a16ad04e6801"_s);
        QVERIFY(groups.at(0).preselected);

        const QMap<QString, qint64> left = Launch::quotaLeft(json(u"nova_limits.json"_s));
        QCOMPARE(left.value(u"instances"_s), qint64(10));
        QCOMPARE(left.value(u"cores"_s), qint64(20));
        QCOMPARE(left.value(u"ramMiB"_s), qint64(51200));
        QCOMPARE(Launch::maxCount(left), 10);
        QCOMPARE(Launch::maxCount({{u"instances"_s, 3}}), 3);
        QCOMPARE(Launch::maxCount({{u"instances"_s, 0}}), 1); // the quota check says why
        QCOMPARE(Launch::maxCount({}), 10);
        const QJsonObject unlimited{{u"limits"_s, QJsonObject{{u"absolute"_s, QJsonObject{{u"maxTotalInstances"_s, -1}}}}}};
        QVERIFY(!Launch::quotaLeft(unlimited).contains(u"instances"_s));
    }

    void launchRequests()
    {
        CloudLaunchSpec spec;
        spec.name = u" web-01 "_s;
        spec.sizeId = u"1"_s;
        spec.imageId = u"img"_s;
        auto body = [](const CloudLaunchSpec &s, const QString &microversion) {
            return QJsonDocument::fromJson(ServerLauncher::requestBody(s, microversion)).object()[u"server"_s].toObject();
        };
        QJsonObject server = body(spec, u"2.79"_s);
        QCOMPARE(server[u"name"_s].toString(), u"web-01"_s);
        QCOMPARE(server[u"flavorRef"_s].toString(), u"1"_s);
        QCOMPARE(server[u"imageRef"_s].toString(), u"img"_s);
        QCOMPARE(server[u"networks"_s].toString(), u"none"_s);
        QCOMPARE(server[u"min_count"_s].toInt(), 1);
        QCOMPARE(server[u"max_count"_s].toInt(), 1);
        QVERIFY(!server.contains(u"return_reservation_id"_s));
        QVERIFY(!server.contains(u"key_name"_s) && !server.contains(u"security_groups"_s) && !server.contains(u"user_data"_s));
        QVERIFY(!body(spec, u"2.36"_s).contains(u"networks"_s)); // before 2.37 Nova chooses

        spec.networkIds = {u"n1"_s, u"n2"_s};
        spec.keyPair = u"mykey"_s;
        spec.securityGroups = {u"g1"_s};
        spec.userData = "#cloud-config\npackages: [htop]\n";
        spec.count = 3;
        server = body(spec, u"2.79"_s);
        QCOMPARE(server[u"networks"_s].toArray().size(), 2);
        QCOMPARE(server[u"networks"_s][1][u"uuid"_s].toString(), u"n2"_s);
        QCOMPARE(server[u"key_name"_s].toString(), u"mykey"_s);
        QCOMPARE(server[u"security_groups"_s][0][u"name"_s].toString(), u"g1"_s);
        QCOMPARE(QByteArray::fromBase64(server[u"user_data"_s].toString().toLatin1()), spec.userData);
        QCOMPARE(server[u"min_count"_s].toInt(), 3);
        QCOMPARE(server[u"max_count"_s].toInt(), 3);
        QVERIFY(server[u"return_reservation_id"_s].toBool());
        QVERIFY(json(u"nova_servers_POST_reservation.json"_s)[u"reservation_id"_s].toString().startsWith(u"r-"_s));

        QCOMPARE(faultMessage(fixture(u"nova_servers_POST_403_quota.json"_s)),
                 u"Quota exceeded for instances: Requested 1, but already used 3 of 3 instances"_s);
        QCOMPARE(ServerLauncher::buildProgress(u"BUILD"_s, u"spawning"_s), 75);
        QCOMPARE(ServerLauncher::buildProgress(u"ACTIVE"_s, {}), 100);
    }

    void cloudActions()
    {
        auto body = [](ActionType type, const QVariantMap &options = {}) {
            return QJsonDocument::fromJson(ServerActionTask::requestBody(Action{type, {}, options}, {})).object();
        };
        QCOMPARE(body(ActionType::Resize, {{u"sizeId"_s, u"2"_s}})[u"resize"_s][u"flavorRef"_s].toString(), u"2"_s);
        QVERIFY(ServerActionTask::requestBody(Action{ActionType::Resize, {}, {}}, {}).isEmpty());
        QVERIFY(body(ActionType::ConfirmResize).contains(u"confirmResize"_s));
        QVERIFY(body(ActionType::ConfirmResize)[u"confirmResize"_s].isNull());
        QVERIFY(body(ActionType::RevertResize).contains(u"revertResize"_s));
        QCOMPARE(body(ActionType::Rebuild, {{u"imageId"_s, u"img"_s}})[u"rebuild"_s][u"imageRef"_s].toString(), u"img"_s);
        QVERIFY(body(ActionType::Lock).contains(u"lock"_s));
        QVERIFY(body(ActionType::Unlock).contains(u"unlock"_s));
        QCOMPARE(ServerActionTask::targetStatus(ActionType::Resize), u"VERIFY_RESIZE"_s);
        QVERIFY(ServerActionTask::reaches(ActionType::ConfirmResize, u"ACTIVE"_s));
        QVERIFY(ServerActionTask::reaches(ActionType::RevertResize, u"SHUTOFF"_s)); // a stopped server stays stopped
        QVERIFY(ServerActionTask::reaches(ActionType::Rebuild, u"SHUTOFF"_s));
        QVERIFY(!ServerActionTask::reaches(ActionType::Resize, u"ACTIVE"_s));

        // The ERROR server's fault is the row's state reason; the lock and a rename are read back.
        const QHash<QString, QString> images;
        const Resource failed = Nova::serverToResource(json(u"nova_servers_show_ERROR.json"_s)[u"server"_s].toObject(),
                                                       contextFor(nullptr, &images));
        QCOMPARE(failed.vm()->state, PowerState::Error);
        QVERIFY2(failed.vm()->stateReason.startsWith(u"ERROR: Exceeded maximum number of retries."_s),
                 qPrintable(failed.vm()->stateReason));
        QCOMPARE(failed.vm()->details.value(u"Status"_s), u"ERROR"_s);
        QVERIFY(failed.vm()->details.value(u"Fault"_s).startsWith(u"Exceeded maximum number of retries."_s));
        const QJsonObject locked = json(u"nova_servers_show_locked.json"_s)[u"server"_s].toObject();
        QVERIFY(locked[u"locked"_s].toBool());
        QCOMPARE(Nova::serverToResource(locked, contextFor(nullptr, &images)).vm()->details.value(u"Locked"_s), u"yes"_s);
        const QJsonObject renamed = json(u"nova_servers_PUT.json"_s)[u"server"_s].toObject();
        QCOMPARE(Nova::serverToResource(renamed, contextFor(nullptr, &images)).name, u"wco-fixture-renamed"_s);
        QVERIFY(renamed.contains(u"status"_s)); // 2.75+: the whole server, stored as it is
    }

    void consoles()
    {
        ConsoleEndpoint endpoint;
        QString detail, error;
        QVERIFY2(NovaConsole::endpointFromResponse(json(u"nova_remote_consoles_POST.json"_s), u"web-01"_s, endpoint,
                                                   detail, error), qPrintable(error));
        QVERIFY(endpoint.isUrl());
        QCOMPARE(endpoint.url.port(), 6080);
        QVERIFY(endpoint.url.toString().contains(u"vnc_auto.html"_s));
        QCOMPARE(detail, u"noVNC console, link valid about 10 minutes"_s);
        QCOMPARE(endpoint.title, u"web-01"_s);
        QCOMPARE(endpoint.note, detail);
        QVERIFY(!NovaConsole::endpointFromResponse(QJsonObject{{u"remote_console"_s, QJsonObject{}}}, u"x"_s, endpoint,
                                                   detail, error));
        QVERIFY(!error.isEmpty());
        QVERIFY(NovaConsole::endpointFromResponse(
            QJsonObject{{u"console"_s, QJsonObject{{u"type"_s, u"novnc"_s}, {u"url"_s, u"https://c.example:6080/vnc_auto.html?token=t"_s}}}},
            u"x"_s, endpoint, detail, error)); // the legacy action's answer
        QCOMPARE(faultMessage(fixture(u"nova_remote_consoles_POST_400.json"_s)), u"Unavailable console type spice-html5."_s);

        QCOMPARE(NovaConsole::order({}).first().type, u"novnc"_s);
        QCOMPARE(NovaConsole::order(u"spice"_s).first().type, u"spice-html5"_s);
        QCOMPARE(NovaConsole::order(u"spice"_s).size(), 3);
        QCOMPARE(NovaConsole::order(u"serial"_s).last().protocol, u"spice"_s);
        QCOMPARE(NovaConsole::requestPath(u"s1"_s, u"2.79"_s), u"/servers/s1/remote-consoles"_s);
        QCOMPARE(NovaConsole::requestPath(u"s1"_s, u"2.5"_s), u"/servers/s1/action"_s);
        const QJsonObject modern = QJsonDocument::fromJson(NovaConsole::requestBody({u"vnc"_s, u"novnc"_s}, u"2.79"_s)).object();
        QCOMPARE(modern[u"remote_console"_s][u"protocol"_s].toString(), u"vnc"_s);
        QCOMPARE(modern[u"remote_console"_s][u"type"_s].toString(), u"novnc"_s);
        const QJsonObject legacy = QJsonDocument::fromJson(NovaConsole::requestBody({u"spice"_s, u"spice-html5"_s}, u"2.1"_s)).object();
        QCOMPARE(legacy[u"os-getSPICEConsole"_s][u"type"_s].toString(), u"spice-html5"_s);
    }

    void everyFixtureWasParsed()
    {
        const QStringList all = QDir(QStringLiteral(WELKIN_OPENSTACK_DATA)).entryList({u"*.json"_s, u"*.headers"_s}, QDir::Files);
        QVERIFY(all.size() >= 17);
        for (const QString &file : all)
            QVERIFY2(parsedFiles.contains(file), qPrintable(file + u" is not covered by a contract test"_s));
    }
};

QTEST_GUILESS_MAIN(TestOpenStackContract)
#include "tst_openstack_contract.moc"
