// What the user looks at reaches the providers (WatchedResources: the selection and the VM rows
// on screen, once per change, only to the provider they belong to), and a project's quota
// figures become gauges (QuotaGauges).
#include "charts/QuotaGauges.h"
#include "content/WatchedResources.h"
#include "inventory/Inventory.h"
#include "inventory/InventoryModel.h"
#include "metrics/LiveSamples.h"
#include "model/QuotaFigures.h"
#include "providers/ProviderManager.h"

#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

using namespace welkin;
using namespace Qt::StringLiterals;

namespace {

class RecordingProvider : public Provider
{
public:
    using Provider::Provider;
    void open() override {}
    void close() override {}
    Capabilities capabilities(const ResourceId &) const override { return {}; }
    Task *perform(const Action &action) override { return createTask(action, action.target.nativeId()); }
    void setWatchedResources(const QSet<ResourceId> &resources) override { sets.append(resources); }
    QList<QSet<ResourceId>> sets;
};

} // namespace

class TestWatchedQuota : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selectionAndVisibleRowsReachTheirProvider()
    {
        Inventory inventory;
        LiveSamples samples;
        ProviderManager providers(&inventory, &samples);
        providers.registerKind(u"rec"_s, [](const ConnectionProfile &p, QObject *parent) {
            return new RecordingProvider(p, parent);
        });
        auto *a = static_cast<RecordingProvider *>(providers.addConnection({u"a"_s, u"rec"_s, u"A"_s, u"rec:a"_s, {}}));
        auto *b = static_cast<RecordingProvider *>(providers.addConnection({u"b"_s, u"rec"_s, u"B"_s, u"rec:b"_s, {}}));
        QVERIFY(a && b);

        QStandardItemModel model;
        for (int i = 0; i < 200; ++i) {
            auto *item = new QStandardItem(u"vm-%1"_s.arg(i));
            item->setData(QVariant::fromValue(ResourceId(u"a"_s, ResourceKind::Vm, u"vm-%1"_s.arg(i))),
                          InventoryModel::ResourceIdRole);
            model.appendRow(item);
        }
        QTreeView view;
        view.setModel(&model);
        view.resize(300, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QList<ResourceId> selection{ResourceId(u"b"_s, ResourceKind::Vm, u"picked"_s)};
        WatchedResources watched(&providers);
        watched.setSelectionSource([&selection] { return selection; });
        const ResourceId ruleTarget(u"a"_s, ResourceKind::Vm, u"vm-150"_s); // off screen
        watched.addSource([ruleTarget] { return QList<ResourceId>{ruleTarget}; });
        watched.addTable(&view);
        QTRY_VERIFY(!a->sets.isEmpty() && !b->sets.isEmpty());
        // Only the rows on screen, not all 200; the selection goes to its own provider only.
        const QSet<ResourceId> first = a->sets.last();
        QVERIFY(first.contains(ResourceId(u"a"_s, ResourceKind::Vm, u"vm-0"_s)));
        QVERIFY(!first.contains(ResourceId(u"a"_s, ResourceKind::Vm, u"vm-199"_s)));
        QVERIFY(first.size() > 1 && first.size() < 50);
        QVERIFY(first.contains(ruleTarget)); // another source's resources too
        QCOMPARE(b->sets.last(), QSet<ResourceId>{selection.first()});

        // Scrolling to the end watches the last rows; an unchanged set is not sent again.
        const qsizetype sentToB = b->sets.size();
        view.scrollToBottom();
        QTRY_VERIFY(a->sets.last().contains(ResourceId(u"a"_s, ResourceKind::Vm, u"vm-199"_s)));
        QVERIFY(!a->sets.last().contains(ResourceId(u"a"_s, ResourceKind::Vm, u"vm-0"_s)));
        QCOMPARE(b->sets.size(), sentToB);
        selection.clear();
        watched.scheduleUpdate();
        QTRY_VERIFY(b->sets.last().isEmpty());
    }

    void quotaFiguresBecomeGauges()
    {
        QuotaGauges gauges;
        QMap<QString, QString> details{{u"Instances"_s, u"9 of 10"_s}};
        gauges.setDetails(details);
        QVERIFY(gauges.isHidden()); // no machine figures: nothing to draw
        details.insert(quota::usedKey(u"instances"_s), u"9"_s);
        details.insert(quota::maxKey(u"instances"_s), u"10"_s);
        details.insert(quota::usedKey(u"cores"_s), u"4"_s);
        details.insert(quota::maxKey(u"cores"_s), u"-1"_s);
        details.insert(quota::usedKey(u"ramMiB"_s), u"1024"_s);
        details.insert(quota::maxKey(u"ramMiB"_s), u"4096"_s);
        gauges.setDetails(details);
        QVERIFY(!gauges.isHidden());
        const QString summary = gauges.summary();
        QVERIFY2(summary.contains(u"Servers: 9 of 10 — nearly used up"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"vCPUs: 4 (no limit)"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"RAM: 1.0 GiB of 4.0 GiB"_s), qPrintable(summary));
        QVERIFY(!summary.contains(u"RAM: 1.0 GiB of 4.0 GiB —"_s));
    }
};

QTEST_MAIN(TestWatchedQuota)
#include "tst_watchedquota.moc"
