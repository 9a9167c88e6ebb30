// Ids of any JSON scalar type through both cloud parsers: numbers are ids, objects without a
// usable id are skipped with a reason and never merged under "".
#include "model/JsonId.h"
#include "providers/Provider.h"
#include "providers/cloudstack/CloudStackInventory.h"
#include "providers/cloudstack/CloudStackMapper.h"
#include "providers/openstack/NovaParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace welkin;
using namespace Qt::StringLiterals;

namespace {

QJsonObject json(const char *text)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

QStringList nativeIds(const QList<Resource> &resources, ResourceKind kind)
{
    QStringList ids;
    for (const Resource &r : resources) {
        if (r.id.kind() == kind)
            ids.append(r.id.nativeId());
    }
    return ids;
}

// Only to reach the protected reporting helper every provider uses.
class ReportingProvider : public Provider
{
public:
    using Provider::Provider;
    using Provider::reportSkipped;
    void open() override {}
    void close() override {}
    Capabilities capabilities(const ResourceId &) const override { return {}; }
    Task *perform(const Action &) override { return nullptr; }
};

} // namespace

class TestJsonIds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scalarIds_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("string") << QJsonValue(u"6695eb01"_s) << u"6695eb01"_s;
        QTest::newRow("numeric string kept as sent") << QJsonValue(u"007"_s) << u"007"_s;
        QTest::newRow("integer") << QJsonValue(42) << u"42"_s;
        QTest::newRow("integral double") << QJsonValue(42.0) << u"42"_s;
        QTest::newRow("large integer, no exponent") << QJsonValue(qint64(1234567890123)) << u"1234567890123"_s;
        QTest::newRow("above 2^53, exact") << QJsonValue(qint64(9007199254740993)) << u"9007199254740993"_s;
        QTest::newRow("negative") << QJsonValue(-7) << u"-7"_s;
        QTest::newRow("fraction") << QJsonValue(1.5) << u"1.5"_s;
        QTest::newRow("bool is no id") << QJsonValue(true) << QString();
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QString();
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << QString();
        QTest::newRow("object") << QJsonValue(QJsonObject{{u"id"_s, 1}}) << QString();
        QTest::newRow("array") << QJsonValue(QJsonArray{1}) << QString();
        QTest::newRow("empty string") << QJsonValue(u""_s) << QString();
    }

    void scalarIds()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QCOMPARE(jsonId(value), expected);
    }

    void parsedNumbersHaveNoDecimals()
    {
        const QJsonObject o = json(R"({"a": 1234567, "b": 12345678901234567, "c": 3.0})");
        QCOMPARE(jsonId(o.value(u"a"_s)), u"1234567"_s);
        QCOMPARE(jsonId(o.value(u"b"_s)), u"12345678901234567"_s);
        QCOMPARE(jsonId(o.value(u"c"_s)), u"3"_s);
    }

    void cloudStackNumericIds()
    {
        cloudstack::RawListing raw;
        raw.triedAdmin = true;
        raw.items[cloudstack::RawListing::Zones] = json(R"({"z": [{"id": 1, "name": "zone-1"}]})")
                                                       .value(u"z"_s).toArray();
        raw.items[cloudstack::RawListing::Pods] = json(R"({"p": [{"id": 2, "name": "pod-1", "zoneid": 1}]})")
                                                      .value(u"p"_s).toArray();
        raw.items[cloudstack::RawListing::Hosts] = json(R"({"h": [{"id": 1234567, "name": "kvm-1", "podid": 2,
            "zoneid": 1, "cpunumber": 8, "cpuspeed": 2000}]})").value(u"h"_s).toArray();
        raw.items[cloudstack::RawListing::Vms] = json(R"({"v": [
            {"id": 101, "name": "web-01", "state": "Running", "hostid": 1234567, "zoneid": 1},
            {"id": 102, "name": "web-02", "state": "Stopped", "zoneid": 1},
            {"id": "b1e2", "name": "web-03", "state": "Running", "zoneid": 1},
            {"name": "no-id", "state": "Running", "zoneid": 1},
            {"id": null, "name": "null-id", "state": "Running", "zoneid": 1},
            {"id": true, "name": "bool-id", "state": "Running", "zoneid": 1},
            {"id": {"uuid": "x"}, "name": "object-id", "state": "Running", "zoneid": 1},
            {"id": [1], "name": "array-id", "state": "Running", "zoneid": 1},
            {"id": "", "name": "empty-id", "state": "Running", "zoneid": 1}
        ]})").value(u"v"_s).toArray();

        const cloudstack::Mapper mapper(u"cs"_s);
        const cloudstack::InventorySnapshot snapshot = cloudstack::InventoryLoader::assemble(raw, mapper);
        QVERIFY2(snapshot.result.ok(), qPrintable(snapshot.result.error));
        QCOMPARE(nativeIds(snapshot.resources, ResourceKind::Vm), (QStringList{u"101"_s, u"102"_s, u"b1e2"_s}));
        QCOMPARE(nativeIds(snapshot.resources, ResourceKind::Host), QStringList{u"1234567"_s});

        // Parents named by numeric ids are found: VM on its host, host in its pod, pod in its zone.
        for (const Resource &r : snapshot.resources) {
            if (r.name == u"web-01"_s)
                QCOMPARE(r.parent, mapper.id(ResourceKind::Host, u"1234567"_s));
            if (r.name == u"web-02"_s)
                QCOMPARE(r.parent, mapper.id(ResourceKind::Zone, u"1"_s));
            if (r.name == u"kvm-1"_s)
                QCOMPARE(r.parent, mapper.id(ResourceKind::Pod, u"2"_s));
            if (r.name == u"pod-1"_s)
                QCOMPARE(r.parent, mapper.id(ResourceKind::Zone, u"1"_s));
            if (r.vm())
                QCOMPARE(r.vm()->uuid, r.id.nativeId());
        }

        QCOMPARE(snapshot.skipped.size(), 6);
        for (const char *name : {"no-id", "null-id", "bool-id", "object-id", "array-id", "empty-id"}) {
            const QString expected = u"virtual machine \"%1\" without a usable \"id\""_s.arg(QLatin1String(name));
            QVERIFY2(snapshot.skipped.contains(expected), qPrintable(snapshot.skipped.join(u" | ")));
        }
    }

    void cloudStackNumericEventAndJobIds()
    {
        const cloudstack::Mapper mapper(u"cs"_s);
        ProviderEvent event;
        QString error;
        QVERIFY(mapper.event(json(R"({"id": 77, "type": "VM.START", "resourcetype": "VirtualMachine",
                                      "resourceid": 101})"), event, error));
        QCOMPARE(event.resource, mapper.id(ResourceKind::Vm, u"101"_s));
        QVERIFY(!mapper.event(json(R"({"id": false, "type": "VM.START"})"), event, error));
        QVERIFY(!error.isEmpty());

        cloudstack::JobStatus job;
        QVERIFY2(cloudstack::parseJob(json(R"({"jobid": 5001})"), job, error), qPrintable(error));
        QCOMPARE(job.jobId, u"5001"_s);

        const MetricSample sample = mapper.vmSample(json(R"({"id": 101, "cpuused": "12%"})"), 0);
        QCOMPARE(sample.id, mapper.id(ResourceKind::Vm, u"101"_s));
    }

    void novaNumericServerIds()
    {
        const QJsonObject page = json(R"({"servers": [
            {"id": 1, "name": "a", "status": "ACTIVE", "flavor": {"id": 10}, "image": {"id": 20}},
            {"id": 2, "name": "b", "status": "SHUTOFF", "flavor": {"id": 10}, "image": {"id": 20}},
            {"id": 12345678901, "name": "c", "status": "ACTIVE"},
            {"id": "uuid-d", "name": "d", "status": "ACTIVE"},
            {"id": 1, "name": "a again, on a later page", "status": "ACTIVE"},
            {"name": "no-id", "status": "ACTIVE"},
            {"id": null, "name": "null-id", "status": "ACTIVE"},
            {"id": true, "name": "bool-id", "status": "ACTIVE"},
            {"id": {}, "name": "object-id", "status": "ACTIVE"},
            {"id": [], "name": "array-id", "status": "ACTIVE"},
            {"id": "", "name": "empty-id", "status": "ACTIVE"}
        ]})");
        QSet<QString> seen;
        QStringList skipped;
        const QList<QJsonObject> servers = openstack::Nova::newServersOfPage(page, seen, skipped);

        const QHash<QString, openstack::Nova::Flavor> flavors{{u"10"_s, {u"10"_s, u"m1.small"_s, 2, 2048, 20}}};
        const QHash<QString, QString> images{{u"20"_s, u"debian-12"_s}};
        const openstack::Nova::ServerContext context{u"os"_s, ResourceId(u"os"_s, ResourceKind::Project, u"p"_s),
                                                     &flavors, &images};
        QList<Resource> rows;
        for (const QJsonObject &server : servers)
            rows.append(openstack::Nova::serverToResource(server, context));
        QCOMPARE(nativeIds(rows, ResourceKind::Vm),
                 (QStringList{u"1"_s, u"2"_s, u"12345678901"_s, u"uuid-d"_s}));
        QCOMPARE(rows.first().name, u"a"_s);
        QCOMPARE(rows.first().vm()->vcpus, 2); // numeric flavor id found among the flavors
        QCOMPARE(rows.first().vm()->osName, u"debian-12"_s); // numeric image id named
        QCOMPARE(openstack::Nova::imageIdOf(servers.first()), u"20"_s);

        QCOMPARE(skipped.size(), 6);
        for (const char *name : {"no-id", "null-id", "bool-id", "object-id", "array-id", "empty-id"}) {
            const QString expected = u"server \"%1\" without a usable \"id\""_s.arg(QLatin1String(name));
            QVERIFY2(skipped.contains(expected), qPrintable(skipped.join(u" | ")));
        }
    }

    void novaFlavorsAndHypervisors()
    {
        const auto flavors = openstack::Nova::parseFlavors(json(R"({"flavors": [
            {"id": 1, "name": "m1.tiny", "vcpus": 1, "ram": 512}, {"id": 2, "name": "m1.small", "vcpus": 1}]})"));
        QCOMPARE(flavors.size(), 2);
        QCOMPARE(flavors.value(u"1"_s).name, u"m1.tiny"_s);

        const ResourceId region(u"os"_s, ResourceKind::Region, u"RegionOne"_s);
        QStringList skipped;
        const QList<Resource> hosts = openstack::Nova::hypervisorsToResources(json(R"({"hypervisors": [
            {"id": 1, "hypervisor_hostname": "cmp-1"}, {"id": 2, "hypervisor_hostname": "cmp-2"},
            {"id": true, "hypervisor_hostname": "cmp-bad"}, {"hypervisor_hostname": "cmp-none"}]})"),
            u"os"_s, region, skipped);
        QCOMPARE(nativeIds(hosts, ResourceKind::Host), (QStringList{u"RegionOne/1"_s, u"RegionOne/2"_s}));
        QCOMPARE(skipped, (QStringList{u"hypervisor \"cmp-bad\" without a usable \"id\""_s,
                                       u"hypervisor \"cmp-none\" without a usable \"id\""_s}));
    }

    void skipsAreReportedOnceAsWarnings()
    {
        ConnectionProfile profile;
        profile.id = u"cs"_s;
        profile.kind = u"cloudstack"_s;
        profile.uri = u"cloudstack+https://cloud.example/client/api"_s;
        ReportingProvider provider(profile);
        QSignalSpy events(&provider, &Provider::eventOccurred);
        provider.reportSkipped(u"server \"x\" without a usable \"id\""_s);
        provider.reportSkipped(u"server \"x\" without a usable \"id\""_s); // the next poll: not again
        provider.reportSkipped(u"server \"y\" without a usable \"id\""_s);
        QCOMPARE(events.size(), 2);
        const auto first = events.at(0).at(0).value<ProviderEvent>();
        QCOMPARE(first.severity, ProviderEvent::Severity::Warning);
        QCOMPARE(first.providerId, u"cs"_s);
        QVERIFY2(first.message.contains(u"server \"x\" without a usable \"id\""_s), qPrintable(first.message));
    }
};

QTEST_GUILESS_MAIN(TestJsonIds)
#include "tst_jsonids.moc"
