// Monitoring views offscreen: the Performance page draws its lines (pixels of the series
// colour inside the plot area, not just a non-null image), shows a hover read-out, reads
// stored history, exports CSV and PNG; the dashboard counts and ranks across two
// connections; alert highlights and notifications.
#include "../unit/inventorytestdata.h"
#include "charts/AlertHighlightModel.h"
#include "charts/AlertNotifier.h"
#include "charts/DashboardPage.h"
#include "charts/MetricChart.h"
#include "charts/PerformancePage.h"
#include "inventory/Inventory.h"
#include "metrics/AlertEngine.h"
#include "metrics/HistoryStore.h"
#include "metrics/MetricsHub.h"

#include <QApplication>
#include <QFile>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace welkin;

namespace {

const QString P1 = u"qemu+ssh://kvm1/system"_s;
const QString P2 = u"qemu+ssh://kvm2/system"_s;

MetricSample sample(const ResourceId &id, qint64 t, double cpu)
{
    MetricSample s;
    s.id = id;
    s.timestampMs = t;
    s.cpuGuestPercent = cpu;
    s.cpuPercent = cpu / 8;
    s.memoryUsedKiB = 600 * 1024;
    s.memoryTotalKiB = 1024 * 1024;
    s.diskReadBps = cpu * 1000;
    s.diskWriteBps = 5000;
    s.netRxBps = cpu * 10;
    s.netTxBps = 100;
    return s;
}

bool near(QRgb a, const QColor &b)
{
    return std::abs(qRed(a) - b.red()) + std::abs(qGreen(a) - b.green()) + std::abs(qBlue(a) - b.blue()) < 60;
}

// Pixels of `colour` inside the plot area of `chart`, in an image of `page`.
int linePixels(const QImage &image, const QWidget *page, MetricChart *chart, const QColor &colour)
{
    const QRectF plot = chart->plotArea();
    const QPoint origin = chart->mapTo(page, chart->mapFromScene(plot.topLeft().toPoint()));
    const QRect area(origin, plot.size().toSize());
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (image.rect().contains(x, y) && near(image.pixel(x, y), colour))
                ++count;
    return count;
}

} // namespace

class TestMetricViews : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void performancePageDrawsLines()
    {
        MetricsHub hub;
        const ResourceId vm = testdata::vmId(P1, 1);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < 300; ++i) // a full buffer: 10 min at 2 s, CPU between 20 and 80 %
            hub.ingest({sample(vm, now - (299 - i) * 2000, 50 + 30 * std::sin(i / 15.0))});

        PerformancePage empty(&hub, nullptr);
        empty.resize(1000, 700);
        empty.setResource(testdata::vmId(P1, 2)); // no figures
        empty.show();
        PerformancePage page(&hub, nullptr);
        page.resize(1000, 700);
        page.setResource(vm);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(QTest::qWaitForWindowExposed(&empty));
        QCOMPARE(page.shownSamples().size(), 300);

        const QImage image = page.grab().toImage();
        const QImage blank = empty.grab().toImage();
        MetricChart *cpu = page.charts().at(0);
        const int cpuPixels = linePixels(image, &page, cpu, cpu->seriesColor(0));
        const int blankPixels = linePixels(blank, &empty, empty.charts().at(0), cpu->seriesColor(0));
        QVERIFY2(cpuPixels > 300, qPrintable(u"%1 line pixels"_s.arg(cpuPixels)));
        QVERIFY2(blankPixels < 20, qPrintable(u"%1 pixels without data"_s.arg(blankPixels)));
        MetricChart *disk = page.charts().at(2);
        QVERIFY(linePixels(image, &page, disk, disk->seriesColor(1)) > 100); // the write line

        // A new cycle moves the live chart.
        QSignalSpy shown(&page, &PerformancePage::dataShown);
        hub.ingest({sample(vm, now + 2000, 99)});
        QCOMPARE(shown.size(), 1);
        QCOMPARE(page.shownSamples().last().cpuGuestPercent, 99.0);

        // Hover read-out: the figures at the time under the mouse.
        const QPointF newest = cpu->chart()->mapToPosition(QPointF(double(now + 2000), 50));
        const QPoint at = cpu->mapFromScene(cpu->chart()->mapToScene(newest - QPointF(0.5, 0)));
        QMouseEvent move(QEvent::MouseMove, at, cpu->viewport()->mapToGlobal(at), Qt::NoButton, Qt::NoButton,
                         Qt::NoModifier);
        QApplication::sendEvent(cpu->viewport(), &move);
        QVERIFY2(page.readOut().contains(u"99.0 %"_s), qPrintable(page.readOut()));

        // Exports.
        const QString csvPath = m_dir.filePath(u"perf.csv"_s);
        QVERIFY(page.exportCsv(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 301); // header + a full buffer (the oldest point was overwritten)
        QVERIFY(lines[0].startsWith("time,cpu_percent,"));
        QVERIFY(lines.last().contains(",99.00,"));
        const QString pngPath = m_dir.filePath(u"perf.png"_s);
        QVERIFY(page.exportPng(pngPath));
        QImage png(pngPath);
        QVERIFY(!png.isNull() && png.width() > 500);
        QString error;
        QVERIFY(!page.exportCsv(m_dir.filePath(u"no/such/dir/x.csv"_s), &error));
        QVERIFY(!error.isEmpty());
    }

    void performancePageReadsHistory()
    {
        HistoryStore history(m_dir.filePath(u"views.db"_s));
        history.start();
        const ResourceId vm = testdata::vmId(P1, 3);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        MetricSamples batch;
        for (int i = 0; i < 900; ++i) // the last 30 minutes at 2 s
            batch.append(sample(vm, now - (899 - i) * 2000, 40));
        history.enqueue(batch);
        QVERIFY(history.sync());

        MetricsHub hub;
        PerformancePage page(&hub, &history);
        page.resize(900, 600);
        page.setResource(vm);
        QSignalSpy shown(&page, &PerformancePage::dataShown);
        page.setRange(PerformancePage::Range::Hour);
        QVERIFY(shown.wait(5000));
        QCOMPARE(page.shownSamples().size(), 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        MetricChart *cpu = page.charts().at(0);
        QVERIFY(linePixels(page.grab().toImage(), &page, cpu, cpu->seriesColor(0)) > 100);

        // A custom range with nothing stored: an empty chart, said so.
        page.setCustomRange(now - 10 * HistoryOptions::dayMs, now - 9 * HistoryOptions::dayMs);
        QVERIFY(shown.wait(5000));
        QVERIFY(page.shownSamples().isEmpty());
    }

    void dashboardAcrossTwoConnections()
    {
        Inventory inventory;
        MetricsHub hub;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const QString &p : {P1, P2}) {
            inventory.addProviderNode(p, p);
            InventoryDelta delta;
            delta.providerId = p;
            delta.added = testdata::listing(p, 2, 9); // 2 hosts, 18 VMs, every third shut off
            inventory.applyDelta(delta);
            MetricSamples batch;
            for (const Resource &r : std::as_const(delta.added)) {
                if (r.vm() && r.vm()->state == PowerState::Running) {
                    // Connection 2's VMs are the busier ones: the top 10 must mix both.
                    const int n = r.id.nativeId().right(3).toInt();
                    batch.append(sample(r.id, now, (p == P2 ? 50 : 45) + n));
                } else if (r.host()) {
                    MetricSample h = sample(r.id, now, 0);
                    h.cpuPercent = p == P1 ? 20 : 40;
                    h.memoryUsedKiB = 32 * 1024 * 1024;
                    h.memoryTotalKiB = 128 * 1024 * 1024;
                    batch.append(h);
                }
            }
            hub.ingest(batch);
        }
        DashboardPage dashboard(&inventory, &hub);
        dashboard.refresh();
        QVERIFY2(dashboard.countsText().contains(u"Providers: 2 · Hosts: 4 · Virtual machines: 36"_s),
                 qPrintable(dashboard.countsText()));
        QVERIFY2(dashboard.countsText().contains(u"running 24"_s) && dashboard.countsText().contains(u"shut off 12"_s),
                 qPrintable(dashboard.countsText()));
        QCOMPARE(dashboard.cpuUtilisation(), 30);    // mean of the four hosts
        QCOMPARE(dashboard.memoryUtilisation(), 25); // 128 of 512 GiB
        const QList<ResourceId> top = dashboard.topVms();
        QCOMPARE(top.size(), 10);
        QSet<QString> providers;
        double previous = 1e9;
        for (const ResourceId &id : top) {
            providers.insert(id.providerId());
            const double cpu = hub.latest(id)->cpuGuestPercent;
            QVERIFY(cpu <= previous);
            previous = cpu;
        }
        QCOMPARE(providers.size(), 2);
        QCOMPARE(dashboard.topHosts().size(), 4);
        QCOMPARE(dashboard.topHosts().first().providerId(), P2);

        // One connection only.
        dashboard.setRoot(ResourceId::provider(P1));
        QVERIFY(dashboard.countsText().contains(u"Providers: 1 · Hosts: 2 · Virtual machines: 18"_s));
        for (const ResourceId &id : dashboard.topVms())
            QCOMPARE(id.providerId(), P1);
        // By network instead of CPU.
        dashboard.setTopMetric(Metric::NetBps);
        QCOMPARE(dashboard.topVms().size(), 10);
    }

    void alertsHighlightAndNotify()
    {
        AlertEngine engine;
        AlertRule rule;
        rule.id = u"r"_s;
        rule.name = u"CPU high"_s;
        rule.threshold = 50;
        rule.severity = ProviderEvent::Severity::Error;
        engine.setRules({rule});
        AlertHighlights highlights(&engine);
        AlertNotifier notifier(&engine);

        QStandardItemModel source(3, 2);
        for (int row = 0; row < 3; ++row)
            source.setData(source.index(row, 0), QVariant::fromValue(testdata::vmId(P1, row)), Qt::UserRole + 1);
        AlertHighlightModel model(&highlights, Qt::UserRole + 1);
        model.setSourceModel(&source);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        engine.evaluate({sample(testdata::vmId(P1, 1), 1000, 90)});
        QCOMPARE(notifier.shownCount(), 1);
        QVERIFY(notifier.lastTitle().contains(u"CPU high"_s));
        QVERIFY(!changed.isEmpty());
        QVERIFY(model.data(model.index(1, 1), Qt::BackgroundRole).value<QColor>().isValid());
        QVERIFY(!model.data(model.index(0, 1), Qt::BackgroundRole).value<QColor>().isValid());
        QCOMPARE(model.data(model.index(1, 1), Qt::BackgroundRole).value<QColor>().red(), 220); // error: red
        highlights.acknowledge(testdata::vmId(P1, 1));
        QVERIFY(!model.data(model.index(1, 1), Qt::BackgroundRole).value<QColor>().isValid());
        engine.evaluate({sample(testdata::vmId(P1, 1), 2000, 10)});
        QCOMPARE(notifier.shownCount(), 2); // resolved
    }
};

QTEST_MAIN(TestMetricViews)
#include "tst_metricviews.moc"
