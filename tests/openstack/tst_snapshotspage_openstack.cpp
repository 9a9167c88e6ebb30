// The Snapshots tab on a server of a REAL OpenStack Zed on loopback (the openstack_loopback
// fixture): the server's images listed with status and size, taken with createImage, followed
// from "queued" to "active", deleted after a confirmation; no Revert (Nova has none). The model
// stays under QAbstractItemModelTester and is never reset.
#include "LoopbackCloud.h"

#include "inventory/Inventory.h"
#include "manage/SnapshotTreeModel.h"
#include "manage/VmSnapshotsPage.h"
#include "metrics/LiveSamples.h"
#include "providers/ProviderManager.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace welkin;
using namespace welkin::testing;
using namespace Qt::StringLiterals;

namespace {

constexpr int timeoutMs = 120000;

} // namespace

class TestSnapshotsPageOpenStack : public QObject
{
    Q_OBJECT

    LoopbackCloud m_cloud;
    LoopbackProviders m_clouds{this}; // writes the clouds.yaml the provider reads
    Inventory m_inventory;
    LiveSamples m_samples;
    std::unique_ptr<ProviderManager> m_providers;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cloud.load(error), qPrintable(error));
        QVERIFY2(m_clouds.setUp(m_cloud, error), qPrintable(error));
        m_providers = std::make_unique<ProviderManager>(&m_inventory, &m_samples);
        registerBuiltinProviders(*m_providers);
    }

    void takeFollowAndDeleteAnImage()
    {
        CloudAdmin demo(m_cloud, u"demo"_s, u"demo"_s);
        QVERIFY2(demo.login(), qPrintable(demo.lastError()));
        demo.deleteServers(demo.serverIds(u"wk-page"_s));
        demo.deleteImages(u"wk-page"_s);
        const QString name = u"wk-page-"_s + QString::number(QRandomGenerator::global()->bounded(100000, 999999));
        const QString serverId = demo.createActiveServer(name);
        QVERIFY2(!serverId.isEmpty(), qPrintable(demo.lastError()));

        ConnectionProfile profile;
        profile.id = u"os-snapshot-page"_s;
        profile.kind = u"openstack"_s;
        profile.uri = u"openstack:demo"_s;
        profile.displayName = u"demo"_s;
        profile.options = {{u"pollIntervalMs"_s, 60000}};
        Provider *provider = m_providers->addConnection(profile);
        QVERIFY(provider);
        const ResourceId vm(profile.id, ResourceKind::Vm, serverId);
        QTRY_VERIFY_WITH_TIMEOUT(provider->state() == ProviderState::Connected && m_inventory.node(vm), timeoutMs);

        VmSnapshotsPage page(VmPageContext{&m_inventory, m_providers.get(), &m_samples});
        new QAbstractItemModelTester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest, &page);
        SnapshotTreeModel *model = page.model();
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        page.resize(900, 400);
        page.show();
        page.setVm(vm);
        // Images: no Revert, no description editing, sizes shown, the note says why.
        QVERIFY(!page.revertButton()->isVisibleTo(&page));
        QVERIFY(!page.describeButton()->isVisibleTo(&page));
        QVERIFY(page.imagesNote()->isVisibleTo(&page));
        QVERIFY(!page.view()->isColumnHidden(SnapshotTreeModel::SizeColumn));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && page.takeButton()->isEnabled(), timeoutMs);
        QCOMPARE(model->count(), 0);

        SnapshotSupport supportSeen;
        page.askSpec = [&](const QString &, bool, const QStringList &, const SnapshotSupport &support) -> std::optional<SnapshotSpec> {
            supportSeen = support;
            return SnapshotSpec{name + u"-image"_s, u"before the upgrade"_s, false, false};
        };
        page.takeButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && model->count() == 1, timeoutMs);
        QVERIFY(supportSeen.images && !supportSeen.memory && !supportSeen.libvirtNames);
        const VmSnapshot *image = model->snapshot(model->index(0, 0));
        QCOMPARE(image->name, name + u"-image"_s);
        QCOMPARE(image->description, u"before the upgrade"_s);
        const QString imageId = image->id;
        // Nova's fake driver uploads nothing: the row says Glance's word while it waits.
        if (!image->ready) {
            const QString state = model->data(model->index(0, SnapshotTreeModel::StateColumn)).toString();
            QVERIFY2(state.contains(image->status) && !image->status.isEmpty(), qPrintable(state));
        }
        QVERIFY2(demo.uploadSnapshotData(imageId, QByteArray(2 * 1024 * 1024, 'p')), qPrintable(demo.lastError()));
        // Polled every 2 s while not ready: active with its size, without a manual refresh.
        QTRY_VERIFY_WITH_TIMEOUT(model->snapshot(model->indexOf(imageId)) && model->snapshot(model->indexOf(imageId))->ready,
                                 60000);
        QCOMPARE(model->snapshot(model->indexOf(imageId))->sizeBytes, 2 * 1024 * 1024);
        const QString size = model->data(model->indexOf(imageId, SnapshotTreeModel::SizeColumn)).toString();
        QVERIFY2(size.startsWith(u"2"_s) && size.contains(u"MiB"_s), qPrintable(size));
        if (const QString shot = qEnvironmentVariable("WELKIN_SNAPSHOTS_SCREENSHOT"); !shot.isEmpty()) {
            page.selectSnapshot(imageId);
            page.resize(900, 260);
            QTest::qWait(100);
            page.grab().save(shot);
            qInfo("screenshot of the Snapshots tab on OpenStack: %s", qPrintable(shot));
        }

        QString question;
        page.confirm = [&](const QString &, const QString &text, const QString &) {
            question = text;
            return true;
        };
        QVERIFY(page.selectSnapshot(imageId));
        QVERIFY(page.deleteButton()->isEnabled());
        page.deleteButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && model->count() == 0, timeoutMs);
        QVERIFY2(question.contains(u"No new server can start from it"_s), qPrintable(question));
        QCOMPARE(demo.image("GET", u"/v2/images/"_s + imageId).status, 404);
        QCOMPARE(resets.count(), 0);

        m_providers->removeConnection(profile.id);
        QVERIFY2(demo.deleteServers({serverId}), qPrintable(demo.lastError()));
    }
};

QTEST_MAIN(TestSnapshotsPageOpenStack)
#include "tst_snapshotspage_openstack.moc"
