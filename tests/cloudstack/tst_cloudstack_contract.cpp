// Contract tests: every recorded CloudStack response in tests/data/cloudstack/ (apache/
// cloudstack-go test data, real 4.14-4.16 servers) goes through Welkin's envelope parser and,
// where Welkin reads the objects, through its mappers. Each parses, or is rejected with a
// specific message. VM snapshots, which have no recording, come from a response written in the
// documented shape (documented/listVMSnapshot.json). What new VMs are made from (networks, key
// pairs, templates, service offerings) is read from the recorded lists and objects.
#include "providers/cloudstack/CloudStackConsole.h"
#include "providers/cloudstack/CloudStackLaunch.h"
#include "providers/cloudstack/CloudStackMapper.h"
#include "providers/cloudstack/CloudStackMetrics.h"
#include "providers/cloudstack/CloudStackResponse.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace welkin;
using namespace welkin::cloudstack;

namespace {

QJsonObject loadFile(const QString &name)
{
    QFile file(QStringLiteral(WELKIN_CLOUDSTACK_FIXTURES) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject recorded(const QString &file, const QString &command)
{
    const ApiResult r = parseResponse(QJsonDocument(loadFile(file).value(command).toObject()).toJson(), 200);
    return r.body;
}

QList<QJsonObject> objectsUnder(const QJsonObject &body, const QString &key)
{
    QList<QJsonObject> out;
    const QJsonValue v = body.value(key);
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            out.append(item.toObject());
    } else if (v.isObject()) {
        out.append(v.toObject());
    }
    return out;
}

} // namespace

class TestCloudStackContract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRecordedResponse_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("command");
        const QStringList files = QDir(QStringLiteral(WELKIN_CLOUDSTACK_FIXTURES)).entryList({u"*.json"_s}, QDir::Files);
        QCOMPARE(files.size(), 35);
        int rows = 0;
        for (const QString &file : files) {
            const QJsonObject commands = loadFile(file);
            QVERIFY2(!commands.isEmpty(), qPrintable(file));
            for (auto it = commands.begin(); it != commands.end(); ++it) {
                QTest::addRow("%s/%s", qPrintable(file), qPrintable(it.key())) << file << it.key();
                ++rows;
            }
        }
        QCOMPARE(rows, 114); // every command of the 35 recorded files
    }

    void everyRecordedResponse()
    {
        QFETCH(QString, file);
        QFETCH(QString, command);
        const QByteArray json = QJsonDocument(loadFile(file).value(command).toObject()).toJson();
        const ApiResult result = parseResponse(json, 200);
        QVERIFY2(result.ok(), qPrintable(result.error));

        QJsonObject payload = result.body;
        if (payload.contains(u"jobstatus"_s)) {
            // Async commands are recorded as their finished job.
            JobStatus job;
            QString error;
            QVERIFY2(parseJob(payload, job, error), qPrintable(error));
            QCOMPARE(job.state, JobStatus::State::Succeeded);
            payload = job.result;
        }
        const Mapper mapper(u"cs"_s);
        int mapped = 0;
        for (const QJsonObject &object : objectsUnder(payload, u"virtualmachine"_s)) {
            Resource vm;
            QString error;
            QVERIFY2(mapper.vm(object, vm, error), qPrintable(error));
            QCOMPARE(vm.id.kind(), ResourceKind::Vm);
            QVERIFY(vm.vm());
            ++mapped;
        }
        for (const QJsonObject &object : objectsUnder(payload, u"host"_s)) {
            Resource host;
            QString error;
            QVERIFY2(mapper.host(object, host, error), qPrintable(error));
            QVERIFY(host.host());
            QVERIFY(host.parent.isValid());
            ++mapped;
        }
        for (const QJsonObject &object : objectsUnder(payload, u"cluster"_s)) {
            Resource cluster;
            QString error;
            QVERIFY2(mapper.cluster(object, cluster, error), qPrintable(error));
            QCOMPARE(cluster.parent.kind(), ResourceKind::Pod);
            ++mapped;
        }
        for (const QJsonObject &object : objectsUnder(payload, u"event"_s)) {
            ProviderEvent event;
            QString error;
            QVERIFY2(mapper.event(object, event, error), qPrintable(error));
            ++mapped;
        }
        // Commands whose objects Welkin maps must have produced some.
        static const QStringList mappedCommands{u"listVirtualMachines"_s, u"startVirtualMachine"_s,
                                                u"stopVirtualMachine"_s,  u"deployVirtualMachine"_s,
                                                u"listHosts"_s,           u"listClusters"_s,
                                                u"prepareHostForMaintenance"_s};
        if (mappedCommands.contains(command))
            QVERIFY2(mapped > 0, "nothing mapped");
    }

    void listedVmCarriesEveryFieldWelkinShows()
    {
        const QJsonObject body = recorded(u"VirtualMachineService.json"_s, u"listVirtualMachines"_s);
        const QJsonObject object = body.value(u"virtualmachine"_s).toArray().first().toObject();
        const Mapper mapper(u"cs"_s);
        Resource r;
        QString error;
        QVERIFY2(mapper.vm(object, r, error), qPrintable(error));
        QCOMPARE(r.name, u"testDummyVM"_s);
        QCOMPARE(r.parent, ResourceId(u"cs"_s, ResourceKind::Host, u"8e8e68e7-19ea-4a78-bbdb-6e79d27729c9"_s));
        const VmInfo *vm = r.vm();
        QCOMPARE(vm->state, PowerState::Running);
        QCOMPARE(vm->stateReason, u"Running"_s);
        QCOMPARE(vm->vcpus, 1);
        QCOMPARE(vm->memoryKiB, 256ull * 1024);
        QCOMPARE(vm->osName, u"CentOS 5.6 (64-bit)"_s);
        QCOMPARE(vm->nics.size(), 1);
        QCOMPARE(vm->nics.first().mac, u"02:00:34:fb:00:01"_s);
        QCOMPARE(vm->nics.first().source, u"test"_s);
        QCOMPARE(vm->nics.first().ips, QStringList{u"10.1.1.62/24"_s});
        QCOMPARE(vm->details.value(u"Offering"_s), u"Very small instance"_s);
        QCOMPARE(vm->details.value(u"Template"_s), u"CentOS 5.6 (64-bit)"_s);
        QCOMPARE(vm->details.value(u"Hypervisor"_s), u"Simulator"_s);
        QCOMPARE(vm->details.value(u"Account"_s), u"admin"_s);
        QCOMPARE(vm->details.value(u"Hypervisor host"_s), u"SimulatedAgent.4234d24b-37fd-42bf-9184-874889001baf"_s);

        const MetricSample sample = mapper.vmSample(object, 1000);
        QCOMPARE(sample.id, r.id);
        QCOMPARE(sample.cpuPercent, 10.0);
    }

    void stoppedVmFromAJobResult()
    {
        const QJsonObject body = recorded(u"VirtualMachineService.json"_s, u"stopVirtualMachine"_s);
        JobStatus job;
        QString error;
        QVERIFY(parseJob(body, job, error));
        Resource r;
        QVERIFY2(Mapper(u"cs"_s).vm(job.result.value(u"virtualmachine"_s).toObject(), r, error), qPrintable(error));
        QCOMPARE(r.vm()->state, PowerState::ShutOff);
    }

    void recordedHostAndCluster()
    {
        const Mapper mapper(u"cs"_s);
        const QJsonObject host = recorded(u"HostService.json"_s, u"listHosts"_s).value(u"host"_s).toArray().first().toObject();
        Resource r;
        QString error;
        QVERIFY2(mapper.host(host, r, error), qPrintable(error));
        QCOMPARE(r.parent, ResourceId(u"cs"_s, ResourceKind::Cluster, u"2e4816cf-d8bf-4ef0-993a-05e42078c5a8"_s));
        QCOMPARE(r.host()->cpus, 4);
        QCOMPARE(r.host()->mhz, 8000);
        QCOMPARE(r.host()->memoryKiB, 8589934592ull / 1024);
        QCOMPARE(r.host()->hypervisor, u"Simulator"_s);
        QCOMPARE(r.host()->details.value(u"State"_s), u"Up"_s);

        const QJsonObject cluster =
            recorded(u"ClusterService.json"_s, u"listClusters"_s).value(u"cluster"_s).toArray().first().toObject();
        QVERIFY2(mapper.cluster(cluster, r, error), qPrintable(error));
        QCOMPARE(r.name, u"SimCluster0"_s);
        QCOMPARE(r.group()->details.value(u"Hypervisor"_s), u"Simulator"_s);
    }

    void brokenObjectsAreRejectedWithSpecificMessages()
    {
        const Mapper mapper(u"cs"_s);
        QJsonObject vm = recorded(u"VirtualMachineService.json"_s, u"listVirtualMachines"_s)
                             .value(u"virtualmachine"_s).toArray().first().toObject();
        Resource r;
        QString error;
        QJsonObject broken = vm;
        broken.remove(u"id"_s);
        QVERIFY(!mapper.vm(broken, r, error));
        QCOMPARE(error, u"virtual machine \"%1\" without a usable \"id\""_s.arg(vm.value(u"name"_s).toString()));
        broken = vm;
        broken.insert(u"cpunumber"_s, u"one"_s);
        QVERIFY(!mapper.vm(broken, r, error));
        QCOMPARE(error, u"field \"cpunumber\" has the wrong type"_s);
        broken = vm;
        broken.insert(u"nic"_s, u"eth0"_s);
        QVERIFY(!mapper.vm(broken, r, error));
        QCOMPARE(error, u"field \"nic\" has the wrong type"_s);
        QVERIFY(!mapper.host(QJsonObject{{u"name"_s, u"h"_s}}, r, error));
        QCOMPARE(error, u"host \"h\" without a usable \"id\""_s);
        QVERIFY(!mapper.pod(QJsonObject{{u"id"_s, u"p"_s}, {u"name"_s, u"p"_s}}, r, error));
        QVERIFY2(error.contains(u"names no zone"_s), qPrintable(error));
        QVERIFY(!mapper.zone(QJsonObject{{u"id"_s, u"z"_s}, {u"name"_s, 5}}, r, error));
        QCOMPARE(error, u"field \"name\" has the wrong type"_s);
    }

    void listedVmSnapshots()
    {
        QFile file(QStringLiteral(WELKIN_CLOUDSTACK_FIXTURES) + u"/documented/listVMSnapshot.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ApiResult result = parseResponse(file.readAll(), 200);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.body.value(u"count"_s).toInt(), 3);
        QStringList skipped;
        const QList<VmSnapshot> listed = Mapper::vmSnapshots(result.body.value(u"vmSnapshot"_s), skipped);
        QVERIFY2(skipped.isEmpty(), qPrintable(skipped.join(u"; "_s)));
        QCOMPARE(listed.size(), 3);

        // In the order sent; parents first once ordered.
        const VmSnapshot &disk = listed.at(0);
        QCOMPARE(disk.id, u"7e8d0c52-93b1-4c8e-a6d2-1b0f3c9e4a72"_s);
        QCOMPARE(disk.name, u"after upgrade"_s); // the display name, not i-2-7-VM_VS_…
        QCOMPARE(disk.parent, u"5a1f6e2b-0c4d-4a8f-b1e7-9d3c2f8a6e01"_s);
        QVERIFY(disk.description.isEmpty());
        QCOMPARE(disk.created, QDateTime(QDate(2024, 3, 12), QTime(8, 44, 10), Qt::UTC));
        QVERIFY(disk.current);
        QCOMPARE(disk.memory, u"no"_s);
        QVERIFY(disk.state.isEmpty());
        QCOMPARE(disk.status, u"Ready"_s);
        QVERIFY(disk.ready);
        QVERIFY(!disk.external);
        QCOMPARE(disk.sizeBytes, -1);

        const VmSnapshot &memory = listed.at(1);
        QCOMPARE(memory.name, u"before upgrade"_s);
        QVERIFY(memory.parent.isEmpty());
        QCOMPARE(memory.description, u"kernel 6.1, before the 6.6 upgrade"_s);
        QCOMPARE(memory.created, QDateTime(QDate(2024, 3, 11), QTime(16, 5, 2), Qt::UTC));
        QVERIFY(!memory.current);
        QCOMPARE(memory.memory, u"internal"_s);
        QCOMPARE(memory.state, u"running"_s);
        QVERIFY(memory.hasMemory() && memory.ready);

        const VmSnapshot &creating = listed.at(2);
        QCOMPARE(creating.name, u"i-2-7-VM_VS_20240312091530"_s); // unnamed: CloudStack's internal name
        QCOMPARE(creating.status, u"Creating"_s);
        QVERIFY(!creating.ready && !creating.current);

        const QList<VmSnapshot> ordered = snapshotTreeOrder(listed);
        QCOMPARE(ordered.size(), 3);
        QCOMPARE(ordered.at(0).id, memory.id);
        QCOMPARE(ordered.at(1).id, disk.id);
        QCOMPARE(ordered.at(2).id, creating.id);
    }

    void oddVmSnapshotEntries()
    {
        const QJsonArray items{
            QJsonObject{{u"id"_s, 42}, {u"displayname"_s, u"numbered"_s}, {u"parent"_s, 41}, {u"current"_s, u"true"_s},
                        {u"type"_s, u"DiskAndMemory"_s}, {u"state"_s, u"Ready"_s}},
            QJsonObject{{u"id"_s, u"a"_s}, {u"name"_s, u"i-2-5-VM_VS_20240101000000"_s}},
            QJsonObject{{u"displayname"_s, u"no id"_s}, {u"state"_s, u"Ready"_s}},
            QJsonObject{{u"id"_s, true}},
            u"vmSnapshot"_s,
            7,
            QJsonObject{{u"id"_s, u"b"_s}, {u"displayname"_s, QJsonArray{}}, {u"created"_s, u"yesterday"_s},
                        {u"type"_s, u"Tape"_s}, {u"state"_s, QJsonObject{}}, {u"current"_s, 1}}};
        QStringList skipped;
        const QList<VmSnapshot> listed = Mapper::vmSnapshots(items, skipped);
        QCOMPARE(skipped, (QStringList{u"VM snapshot \"no id\" without a usable \"id\""_s,
                                       u"VM snapshot without a usable \"id\""_s,
                                       u"a VM snapshot that is not an object"_s,
                                       u"a VM snapshot that is not an object"_s}));
        QCOMPARE(listed.size(), 3);
        QCOMPARE(listed.at(0).id, u"42"_s);
        QCOMPARE(listed.at(0).parent, u"41"_s);
        QCOMPARE(listed.at(0).name, u"numbered"_s);
        QVERIFY(listed.at(0).current && listed.at(0).hasMemory() && listed.at(0).ready);
        QCOMPARE(listed.at(1).name, u"i-2-5-VM_VS_20240101000000"_s); // no display name: the internal one
        QVERIFY(listed.at(1).status.isEmpty() && !listed.at(1).ready);
        const VmSnapshot &odd = listed.at(2);
        QCOMPARE(odd.name, u"b"_s); // no usable name at all: its id
        QVERIFY(!odd.created.isValid());
        QVERIFY(odd.memory.isEmpty() && odd.state.isEmpty());
        QVERIFY(odd.status.isEmpty() && !odd.ready && !odd.current);

        // Absent or null: no snapshots (CloudStack leaves an empty list's array out).
        skipped.clear();
        QVERIFY(Mapper::vmSnapshots(QJsonValue(QJsonValue::Undefined), skipped).isEmpty());
        QVERIFY(Mapper::vmSnapshots(QJsonValue(), skipped).isEmpty());
        QVERIFY(skipped.isEmpty());
        for (const QJsonValue &notAList : {QJsonValue(QJsonObject{{u"id"_s, u"x"_s}}), QJsonValue(u"x"_s)}) {
            skipped.clear();
            QVERIFY(Mapper::vmSnapshots(notAList, skipped).isEmpty());
            QCOMPARE(skipped, QStringList{u"the VM snapshot list is not a list"_s});
        }
    }

    void launchChoicesFromRecordedResponses()
    {
        QStringList skipped;
        const QList<CloudOption> networks =
            networkOptions(recorded(u"NetworkService.json"_s, u"listNetworks"_s).value(u"network"_s).toArray(), skipped);
        QCOMPARE(networks.size(), 1);
        QCOMPARE(networks.first().id, u"eb9c270d-dd66-443b-9524-ada1eff4442a"_s);
        QCOMPARE(networks.first().name, u"testIsolatedNet"_s);
        QCOMPARE(networks.first().detail, u"Isolated · 10.1.1.0/24"_s);
        QVERIFY(networks.first().preselected); // none marked isdefault: the first

        const QList<CloudOption> pairs =
            keyPairOptions(recorded(u"SSHService.json"_s, u"listSSHKeyPairs"_s).value(u"sshkeypair"_s).toArray(), skipped);
        QCOMPARE(pairs.size(), 1);
        QCOMPARE(pairs.first().id, u"testSSHKey"_s);
        QCOMPARE(pairs.first().detail, u"3b:f7:0b:34:40:0d:a5:3c:2a:75:f8:82:1d:88:99:36"_s);

        // registerTemplate answers the list listTemplates answers.
        const QList<CloudOption> images =
            templateOptions(recorded(u"TemplateService.json"_s, u"registerTemplate"_s).value(u"template"_s).toArray(), skipped);
        QCOMPARE(images.size(), 1);
        QCOMPARE(images.first().id, u"5ce8f0b1-a910-4631-a8de-1e332bf3a6b7"_s);
        QCOMPARE(images.first().name, u"testTemplate"_s);
        QCOMPARE(images.first().detail, u"Amazon Linux 3 (64 bit) · 5 MiB"_s);

        const QJsonObject offering =
            recorded(u"ServiceOfferingService.json"_s, u"createServiceOffering"_s).value(u"serviceoffering"_s).toObject();
        const QList<CloudOption> sizes = offeringOptions(QJsonArray{offering}, skipped);
        QCOMPARE(sizes.size(), 1);
        QCOMPARE(sizes.first().name, u"testServiceOffering"_s);
        QCOMPARE(sizes.first().vcpus, 2);
        QCOMPARE(sizes.first().memoryMiB, 2048);
        QCOMPARE(sizes.first().diskGiB, 0); // rootdisksize 0: the template's size
        QCOMPARE(sizes.first().detail, u"2 vCPUs · 2 GiB RAM"_s);
        QVERIFY2(skipped.isEmpty(), qPrintable(skipped.join(u"; "_s)));

        // The finished deploy job names its VM (jobinstanceid), also for a job that failed.
        JobStatus job;
        QString error;
        QVERIFY(parseJob(recorded(u"VirtualMachineService.json"_s, u"deployVirtualMachine"_s), job, error));
        QCOMPARE(job.instanceId, u"915653c4-298b-4d74-bdee-4ced282114f1"_s);
        QVERIFY(parseJob(QJsonObject{{u"id"_s, u"vm-7"_s}, {u"jobid"_s, u"j-1"_s}}, job, error));
        QCOMPARE(job.state, JobStatus::State::Pending);
        QCOMPARE(job.instanceId, u"vm-7"_s); // a create command's first answer
        QVERIFY(parseJob(QJsonObject{{u"jobid"_s, u"j-1"_s}, {u"jobstatus"_s, 2}, {u"jobinstanceid"_s, u"vm-7"_s},
                                     {u"jobresult"_s, QJsonObject{{u"errorcode"_s, 533}, {u"errortext"_s, u"no room"_s}}}},
                         job, error));
        QCOMPARE(job.state, JobStatus::State::Failed);
        QCOMPARE(job.instanceId, u"vm-7"_s);
        QCOMPARE(job.error, u"no room (CloudStack error 533)"_s);
    }

    // Entries of unexpected shapes are left out with a reason, never a crash; what cannot be
    // deployed from is left out silently.
    void oddLaunchEntries()
    {
        QStringList skipped;
        const QList<CloudOption> sizes = offeringOptions(
            QJsonArray{QJsonObject{{u"id"_s, 42}, {u"name"_s, u"numbered"_s}, {u"cpunumber"_s, u"2"_s}, {u"memory"_s, 512}},
                       QJsonObject{{u"id"_s, true}, {u"name"_s, u"bool id"_s}, {u"cpunumber"_s, 1}, {u"memory"_s, 512}},
                       QJsonObject{{u"id"_s, u"c"_s}, {u"name"_s, u"custom"_s}, {u"iscustomized"_s, true}},
                       QJsonObject{{u"id"_s, u"m"_s}, {u"name"_s, u"no memory"_s}, {u"cpunumber"_s, 1}},
                       QJsonObject{{u"id"_s, u"n"_s}, {u"name"_s, u"negative"_s}, {u"cpunumber"_s, -1}, {u"memory"_s, 512}},
                       QJsonObject{{u"id"_s, QJsonObject{}}},
                       u"serviceoffering"_s, QJsonValue()},
            skipped);
        QCOMPARE(sizes.size(), 1);
        QCOMPARE(sizes.first().id, u"42"_s);
        QCOMPARE(sizes.first().vcpus, 2);
        QCOMPARE(sizes.first().detail, u"2 vCPUs · 512 MiB RAM"_s);
        QCOMPARE(skipped, (QStringList{u"service offering \"bool id\" without a usable \"id\""_s,
                                       u"service offering \"no memory\" without a usable \"cpunumber\" and \"memory\""_s,
                                       u"service offering \"negative\" without a usable \"cpunumber\" and \"memory\""_s,
                                       u"a service offering without a usable \"id\""_s,
                                       u"a service offering that is not an object"_s,
                                       u"a service offering that is not an object"_s}));

        skipped.clear();
        const QList<CloudOption> images = templateOptions(
            QJsonArray{QJsonObject{{u"id"_s, u"t"_s}, {u"name"_s, u"ready"_s}, {u"isready"_s, u"true"_s}, {u"size"_s, u"x"_s}},
                       QJsonObject{{u"id"_s, u"t"_s}, {u"name"_s, u"ready"_s}, {u"isready"_s, true}}, // other zone
                       QJsonObject{{u"id"_s, u"d"_s}, {u"name"_s, u"downloading"_s}, {u"isready"_s, false}},
                       QJsonObject{{u"id"_s, u"u"_s}, {u"name"_s, 7}, {u"isready"_s, true}}},
            skipped);
        QVERIFY2(skipped.isEmpty(), qPrintable(skipped.join(u"; "_s)));
        QCOMPARE(images.size(), 2);
        QCOMPARE(images.first().detail, QString());
        QCOMPARE(images.last().name, u"u"_s); // a name that is no text: its id

        const QList<CloudOption> networks = networkOptions(
            QJsonArray{QJsonObject{{u"id"_s, u"a"_s}, {u"name"_s, u"a"_s}, {u"canusefordeploy"_s, false}},
                       QJsonObject{{u"id"_s, u"b"_s}, {u"name"_s, u"b"_s}},
                       QJsonObject{{u"id"_s, u"c"_s}, {u"name"_s, u"c"_s}, {u"isdefault"_s, true}}},
            skipped);
        QCOMPARE(networks.size(), 2);
        QVERIFY(!networks.first().preselected && networks.last().preselected);

        const QList<CloudOption> pairs =
            keyPairOptions(QJsonArray{QJsonObject{{u"fingerprint"_s, u"f"_s}}, QJsonObject{{u"name"_s, u"k"_s}}}, skipped);
        QCOMPARE(pairs.size(), 1);
        QCOMPARE(skipped.last(), u"a key pair without a usable \"name\""_s);
        QVERIFY(zoneOptions(QJsonArray{}, skipped).isEmpty());

        const ZoneTraits basic = zoneTraits(QJsonObject{{u"networktype"_s, u"Basic"_s}, {u"securitygroupsenabled"_s, true}});
        QVERIFY(!basic.advanced && basic.securityGroups);
        const ZoneTraits advanced = zoneTraits(QJsonObject{{u"networktype"_s, u"Advanced"_s}});
        QVERIFY(advanced.advanced && !advanced.securityGroups);
    }

    void hostNamesForDisplayNames()
    {
        QCOMPARE(hostNameFor(u"web-01"_s), u"web-01"_s);
        QCOMPARE(hostNameFor(u"Web-01"_s), u"Web-01"_s); // CloudStack compares case-insensitively
        QCOMPARE(hostNameFor(u"Web server 1"_s), u"web-server-1"_s);
        QCOMPARE(hostNameFor(u"1st"_s), u"vm-1st"_s);
        QCOMPARE(hostNameFor(u"--x--"_s), u"x"_s);
        QCOMPARE(hostNameFor(u"***"_s), u"vm"_s);
        QCOMPARE(hostNameFor(u"Café crème"_s), u"caf-cr-me"_s);
        QCOMPARE(hostNameFor(QString(70, u'a')), QString(63, u'a'));
        QCOMPARE(hostNameFor(QString(62, u'a') + u" b"_s), QString(62, u'a'));
        QCOMPARE(sizeDetail(1, 512), u"1 vCPU · 512 MiB RAM"_s);
        QCOMPARE(sizeDetail(8, 1536), u"8 vCPUs · 1.5 GiB RAM"_s);
    }

    // createConsoleEndpoint has no recording (4.18+): the documented shape (CreateConsoleEndpointResponse).
    void consoleEndpointAnswers()
    {
        const QUrl api(u"https://cloud.example/client/api"_s);
        const QJsonObject ok{{u"consoleendpoint"_s,
                              QJsonObject{{u"success"_s, true},
                                          {u"url"_s, u"https://proxy.example/resource/noVNC/vnc.html?token=t"_s},
                                          {u"websocket"_s, QJsonObject{{u"token"_s, u"t"_s}, {u"port"_s, u"8080"_s}}}}}};
        ConsoleEndpoint endpoint;
        QString error;
        QVERIFY2(consoleEndpointFromResponse(ok, api, u"web-1"_s, endpoint, error), qPrintable(error));
        QVERIFY(endpoint.isUrl());
        QCOMPARE(endpoint.url, QUrl(u"https://proxy.example/resource/noVNC/vnc.html?token=t"_s));
        QCOMPARE(endpoint.title, u"web-1"_s);

        const QJsonObject relative{{u"consoleendpoint"_s,
                                    QJsonObject{{u"success"_s, u"true"_s}, {u"url"_s, u"/console/vnc.html?x=1"_s}}}};
        QVERIFY2(consoleEndpointFromResponse(relative, api, u"web-1"_s, endpoint, error), qPrintable(error));
        QCOMPARE(endpoint.url, QUrl(u"https://cloud.example/console/vnc.html?x=1"_s));

        const QJsonObject refused{{u"consoleendpoint"_s,
                                   QJsonObject{{u"success"_s, false}, {u"details"_s, u"VM 5 lost host info"_s}}}};
        QVERIFY(!consoleEndpointFromResponse(refused, api, u"web-1"_s, endpoint, error));
        QCOMPARE(error, u"VM 5 lost host info"_s);
        const QJsonObject script{{u"consoleendpoint"_s,
                                  QJsonObject{{u"success"_s, true}, {u"url"_s, u"javascript:alert(1)"_s}}}};
        QVERIFY(!consoleEndpointFromResponse(script, api, u"web-1"_s, endpoint, error));
        QVERIFY2(error.contains(u"not an http(s) URL"_s), qPrintable(error));
        QVERIFY(!consoleEndpointFromResponse(QJsonObject{{u"success"_s, true}}, api, u"web-1"_s, endpoint, error));
        QCOMPARE(error, u"the answer has no \"consoleendpoint\" object"_s);
    }

    void monitoringFigures()
    {
        QCOMPARE(leadingNumber(u"12.50 GB"_s), 12.5);
        QCOMPARE(leadingNumber(u"2 / 3"_s), 2.0);
        QVERIFY(std::isnan(leadingNumber(u"n/a"_s)));
        QCOMPARE(capacityText(1, 3520, 64000, NAN), u"3.52 GHz / 64.00 GHz (5.5 %)"_s);
        QCOMPARE(capacityText(4, 3, 12, 25.0), u"3 / 12 (25.0 %)"_s);
        QCOMPARE(capacityLabel(2), u"Primary storage"_s);
        QVERIFY(capacityLabel(77).isEmpty());
        const QJsonArray rows{QJsonObject{{u"type"_s, 0}, {u"zoneid"_s, u"z"_s}, {u"capacityused"_s, 1073741824.0},
                                          {u"capacitytotal"_s, 4294967296.0}, {u"percentused"_s, u"25"_s}},
                              QJsonObject{{u"type"_s, 0}, {u"zoneid"_s, u"z"_s}, {u"podid"_s, u"p"_s},
                                          {u"capacityused"_s, 1.0}, {u"capacitytotal"_s, 2.0}}};
        const auto byZone = zoneCapacityDetails(rows);
        QCOMPARE(byZone.value(u"z"_s).value(u"Memory"_s), u"1.0 GiB / 4.0 GiB (25.0 %)"_s);

        // The recorded host with the metrics plugin's strings on top.
        QJsonObject host = recorded(u"HostService.json"_s, u"listHosts"_s).value(u"host"_s).toArray().first().toObject();
        host.insert(u"memoryusedgb"_s, u"2.00 GB"_s);
        host.insert(u"instances"_s, u"3 / 5"_s);
        host.insert(u"cpuused"_s, u"7.5%"_s);
        const MetricSample sample = hostMetricsSample(ResourceId(u"cs"_s, ResourceKind::Host, u"h"_s), host, 1);
        QCOMPARE(sample.memoryTotalKiB, 8ll * 1024 * 1024); // memorytotal in bytes when memorytotalgb is absent
        QCOMPARE(sample.memoryUsedKiB, 2ll * 1024 * 1024);
        QCOMPARE(sample.runningVms, 3);
        QCOMPARE(sample.cpuPercent, 7.5);

        // The recorded VM's cumulative counters: a rate from the second reading on; a counter
        // that went backwards (VM restarted) gives no figure that cycle.
        QJsonObject vm = recorded(u"VirtualMachineService.json"_s, u"listVirtualMachines"_s)
                             .value(u"virtualmachine"_s).toArray().first().toObject();
        VmTrafficRates rates;
        QVERIFY(rates.hasCounters(vm));
        MetricSample first{.id = ResourceId(u"cs"_s, ResourceKind::Vm, u"v"_s), .timestampMs = 1000};
        rates.apply(first, vm);
        QVERIFY(std::isnan(first.netRxBps));
        vm.insert(u"networkkbsread"_s, vm.value(u"networkkbsread"_s).toDouble() + 2048);
        vm.insert(u"networkkbswrite"_s, 0);
        MetricSample second{.id = first.id, .timestampMs = 3000};
        rates.apply(second, vm);
        QCOMPARE(second.netRxBps, 1024.0 * 1024); // 2048 KiB in 2 s
        QVERIFY(std::isnan(second.netTxBps));
        QCOMPARE(second.diskReadBps, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestCloudStackContract)
#include "tst_cloudstack_contract.moc"
