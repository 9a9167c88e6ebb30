// A server's snapshots on a REAL OpenStack Zed on loopback (the openstack_loopback fixture): the
// images createImage makes in Glance, listed through the provider and deleted again.
//
// Nova's fake driver uploads no image data (nor the disk and container formats), so a new
// snapshot stays "queued"; the test sends both itself, as a real hypervisor driver does at the end
// of a snapshot, and waits for Glance to make it "active".
#include "LoopbackCloud.h"

#include "providers/Task.h"
#include "providers/openstack/OpenStackProvider.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace welkin;
using namespace welkin::testing;
using welkin::openstack::ApiResponse;
using namespace Qt::StringLiterals;

namespace {

QString uniqueName(const QString &prefix)
{
    return prefix + u'-' + QString::number(QRandomGenerator::global()->bounded(100000, 999999));
}

// The finished listing, or an error text in `error`.
QList<VmSnapshot> listed(OpenStackProvider *p, const ResourceId &vm, QString &error)
{
    Task *task = p->listSnapshots(vm);
    if (!LoopbackProviders::runTask(task, 60000)) {
        error = task->errorText();
        return {};
    }
    error.clear();
    return task->result().value<QList<VmSnapshot>>();
}

QStringList idsOf(const QList<VmSnapshot> &snapshots)
{
    QStringList ids;
    for (const VmSnapshot &s : snapshots)
        ids.append(s.id);
    return ids;
}

} // namespace

class TestOpenStackSnapshots : public QObject
{
    Q_OBJECT

    LoopbackCloud m_cloud;
    LoopbackProviders m_providers{this};

    // Runs an action; once more when the loopback's SQLite answered "database is locked" (HTTP 500).
    static Task *perform(OpenStackProvider *p, const Action &action)
    {
        Task *task = p->perform(action);
        if (!LoopbackProviders::runTask(task) && task->errorText().contains(u"(HTTP 500)"_s)) {
            task = p->perform(action);
            LoopbackProviders::runTask(task);
        }
        return task;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cloud.load(error), qPrintable(error));
        QVERIFY2(m_providers.setUp(m_cloud, error), qPrintable(error));
        CloudAdmin demo(m_cloud, u"demo"_s, u"demo"_s);
        QVERIFY2(demo.login(), qPrintable(demo.lastError()));
        demo.deleteServers(demo.serverIds(u"wk-snap"_s));
        demo.deleteImages(u"wk-snap"_s);
    }

    void snapshotsAreTheServersGlanceImages()
    {
        CloudAdmin demo(m_cloud, u"demo"_s, u"demo"_s);
        QVERIFY2(demo.login(), qPrintable(demo.lastError()));
        const QString name = uniqueName(u"wk-snap"_s);
        const QString serverId = demo.createActiveServer(name);
        QVERIFY2(!serverId.isEmpty(), qPrintable(demo.lastError()));
        // Another server's image in the same project: never one of this server's snapshots.
        const QString otherServer = u"00000000-0000-4000-8000-0000000000aa"_s;
        const ApiResponse decoy = demo.image("POST", u"/v2/images"_s, QJsonDocument(QJsonObject{
            {u"name"_s, QString(name + u"-other"_s)}, {u"disk_format"_s, u"raw"_s}, {u"container_format"_s, u"bare"_s},
            {u"instance_uuid"_s, otherServer}}).toJson());
        QVERIFY2(decoy.ok(), qPrintable(decoy.error));
        const QString decoyId = decoy.json.object().value(u"id"_s).toString();

        OpenStackProvider *p = m_providers.provider(u"demo"_s, {{u"pollIntervalMs"_s, 60000}});
        QVERIFY(LoopbackProviders::connectNow(p));
        const ResourceId vm(p->id(), ResourceKind::Vm, serverId);
        QVERIFY(p->capabilities(vm).testFlag(Capability::CreateSnapshot));
        QVERIFY(p->capabilities(vm).testFlag(Capability::DeleteSnapshot));
        QVERIFY(!p->capabilities(vm).testFlag(Capability::RevertSnapshot));
        QVERIFY(p->snapshotSupport().listed && p->snapshotSupport().images && !p->snapshotSupport().revert);

        QString error;
        QVERIFY(listed(p, vm, error).isEmpty());
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // createImage with the user's name and description.
        const QString snapName = name + u"-before"_s;
        const QDateTime asked = QDateTime::currentDateTimeUtc();
        Task *create = perform(p, Action{ActionType::CreateSnapshot, vm,
                                         {{u"name"_s, snapName}, {u"description"_s, u"before the upgrade"_s}}});
        QCOMPARE(create->state(), Task::State::Succeeded);

        QList<VmSnapshot> snapshots = listed(p, vm, error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(snapshots.size(), 1); // not the other server's image, not the base image
        VmSnapshot snapshot = snapshots.first();
        QVERIFY(!snapshot.id.isEmpty());
        QCOMPARE(snapshot.name, snapName);
        QCOMPARE(snapshot.description, u"before the upgrade"_s);
        QVERIFY(snapshot.parent.isEmpty());
        QCOMPARE(snapshot.memory, u"no"_s);
        QVERIFY2(qAbs(snapshot.created.secsTo(asked)) < 300, qPrintable(snapshot.created.toString(Qt::ISODate)));
        // The fake driver uploaded nothing: Glance still waits for the data.
        QVERIFY2(snapshot.status == u"queued"_s || snapshot.status == u"saving"_s, qPrintable(snapshot.status));
        QVERIFY(!snapshot.ready);
        QCOMPARE(snapshot.sizeBytes, -1);
        // Glance's own record: made of this server, a snapshot.
        const QJsonObject image = demo.image("GET", u"/v2/images/"_s + snapshot.id).json.object();
        QCOMPARE(image.value(u"instance_uuid"_s).toString(), serverId);
        QCOMPARE(image.value(u"image_type"_s).toString(), u"snapshot"_s);

        // The data arrives with its formats (as from a real driver): the listing follows Glance to "active".
        const QByteArray data(3 * 1024 * 1024 + 17, 'w');
        QVERIFY2(demo.uploadSnapshotData(snapshot.id, data), qPrintable(demo.lastError()));
        QDeadlineTimer saved(60000);
        while (!snapshot.ready && !saved.hasExpired()) {
            QTest::qWait(1000);
            snapshots = listed(p, vm, error);
            QVERIFY2(error.isEmpty() && snapshots.size() == 1, qPrintable(error));
            snapshot = snapshots.first();
            QVERIFY2(snapshot.status == u"queued"_s || snapshot.status == u"saving"_s || snapshot.status == u"active"_s,
                     qPrintable(snapshot.status));
        }
        QCOMPARE(snapshot.status, u"active"_s);
        QVERIFY(snapshot.ready);
        QCOMPARE(snapshot.sizeBytes, data.size());

        // Not through this server: the other server's image and the base image are refused.
        for (const QString &foreign : {decoyId, image.value(u"base_image_ref"_s).toString()}) {
            Task *refused = perform(p, Action{ActionType::DeleteSnapshot, vm, {{u"snapshotId"_s, foreign}}});
            QCOMPARE(refused->state(), Task::State::Failed);
            QVERIFY2(refused->errorText().contains(u"is not a snapshot of this server"_s), qPrintable(refused->errorText()));
            QVERIFY(demo.image("GET", u"/v2/images/"_s + foreign).ok());
        }

        Task *remove = perform(p, Action{ActionType::DeleteSnapshot, vm, {{u"snapshotId"_s, snapshot.id}}});
        QCOMPARE(remove->state(), Task::State::Succeeded);
        QVERIFY2(remove->title().contains(name), qPrintable(remove->title()));
        QVERIFY(!idsOf(listed(p, vm, error)).contains(snapshot.id));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(demo.image("GET", u"/v2/images/"_s + snapshot.id).status, 404);

        // Gone: Glance's own words, without its HTML line breaks.
        Task *again = perform(p, Action{ActionType::DeleteSnapshot, vm, {{u"snapshotId"_s, snapshot.id}}});
        QCOMPARE(again->state(), Task::State::Failed);
        QVERIFY2(again->errorText().contains(u"No image found with ID "_s + snapshot.id)
                     && again->errorText().contains(u"(HTTP 404)"_s) && !again->errorText().contains(u'<'),
                 qPrintable(again->errorText()));

        const QString unknown = u"00000000-0000-4000-8000-0000000000bb"_s;
        QVERIFY(listed(p, ResourceId(p->id(), ResourceKind::Vm, unknown), error).isEmpty());
        QVERIFY2(error.contains(u"is not a server of"_s) && error.contains(unknown), qPrintable(error));

        p->close();
        QVERIFY(listed(p, vm, error).isEmpty());
        QVERIFY2(error.contains(u"not connected"_s), qPrintable(error));

        m_providers.remove(p);
        demo.image("DELETE", u"/v2/images/"_s + decoyId);
        QVERIFY2(demo.deleteServers({serverId}), qPrintable(demo.lastError()));
    }
};

QTEST_GUILESS_MAIN(TestOpenStackSnapshots)
#include "tst_openstack_snapshots.moc"
