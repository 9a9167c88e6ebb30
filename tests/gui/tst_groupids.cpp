// Groups are told apart by id, never by name: two groups both called "Web" each show their own
// members and their own figures (the Performance tab's group key) when selected.
#include "MainWindow.h"
#include "charts/PerformancePage.h"
#include "content/ContentArea.h"
#include "groups/GroupPanel.h"
#include "inventory/Inventory.h"
#include "metrics/LiveSamples.h"
#include "metrics/MetricsHub.h"
#include "providers/ProviderManager.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace welkin;
using namespace Qt::StringLiterals;

class TestGroupIds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoGroupsWithOneName()
    {
        QTemporaryDir dir;
        Inventory inventory;
        LiveSamples samples;
        ProviderManager providers(&inventory, &samples);
        MetricsHub hub;
        hub.attach(&providers);
        MainWindowServices services;
        services.settingsPath = dir.filePath(u"window.ini"_s);
        services.metrics = &hub;
        MainWindow window(&providers, &inventory, &samples, services);
        window.show();

        GroupPanel *groups = window.groupPanel();
        const ResourceId a(u"lab"_s, ResourceKind::Vm, u"aaaa"_s);
        const ResourceId b(u"lab"_s, ResourceKind::Vm, u"bbbb"_s);
        const QString first = groups->createGroup(u"Web"_s, {a});
        const QString second = groups->createGroup(u"Web"_s, {b});
        QVERIFY(!first.isEmpty() && !second.isEmpty() && first != second);

        QTreeWidgetItem *root = groups->topLevelItem(0);
        QTRY_COMPARE(root->childCount(), 2);
        QHash<ResourceId, QString> shownFor; // group key shown -> the member listed under that row
        for (int i = 0; i < root->childCount(); ++i) {
            QTreeWidgetItem *group = root->child(i);
            QVERIFY(group->text(0).startsWith(u"Web ("_s));
            groups->setCurrentItem(group);
            QCOMPARE(group->childCount(), 1);
            shownFor.insert(window.contentArea()->performancePage()->resource(), group->child(0)->text(0));
        }
        QCOMPARE(shownFor.size(), 2);
        QVERIFY2(shownFor.value(MetricsHub::groupKey(first)).contains(u"aaaa"_s),
                 qPrintable(shownFor.value(MetricsHub::groupKey(first))));
        QVERIFY2(shownFor.value(MetricsHub::groupKey(second)).contains(u"bbbb"_s),
                 qPrintable(shownFor.value(MetricsHub::groupKey(second))));
    }
};

QTEST_MAIN(TestGroupIds)
#include "tst_groupids.moc"
