// Contract tests: Welkin's Keystone / Nova / Glance parsing against responses recorded from a
// real OpenStack Zed (tests/data/openstack). Every file there is parsed by one test below.
#include "providers/openstack/ApiClient.h"
#include "providers/openstack/KeystoneToken.h"
#include "providers/openstack/NovaParser.h"
#include "providers/openstack/ServerActionTask.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

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
