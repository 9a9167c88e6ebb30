#include "PerformancePage.h"

#include "MetricChart.h"
#include "metrics/HistoryStore.h"
#include "metrics/MetricsHub.h"

#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTextStream>
#include <QVBoxLayout>

#include <algorithm>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

qint64 rangeMs(PerformancePage::Range range)
{
    switch (range) {
    case PerformancePage::Range::Hour: return HistoryOptions::hourMs;
    case PerformancePage::Range::Day: return HistoryOptions::dayMs;
    case PerformancePage::Range::Week: return 7 * HistoryOptions::dayMs;
    case PerformancePage::Range::Month: return 30 * HistoryOptions::dayMs;
    default: return 0;
    }
}

QString csvNumber(double v)
{
    return std::isnan(v) ? QString() : QString::number(v, 'f', 2);
}

} // namespace

PerformancePage::PerformancePage(MetricsHub *hub, HistoryStore *history, QWidget *parent)
    : QWidget(parent), m_hub(hub), m_history(history), m_rangeBox(new QComboBox(this)),
      m_fromEdit(new QDateTimeEdit(this)), m_toEdit(new QDateTimeEdit(this)), m_status(new QLabel(this)),
      m_readOut(new QLabel(this)), m_chartArea(new QWidget(this))
{
    m_rangeBox->addItem(tr("Live (10 min)"), int(Range::Live));
    m_rangeBox->addItem(tr("Last hour"), int(Range::Hour));
    m_rangeBox->addItem(tr("Last 24 hours"), int(Range::Day));
    m_rangeBox->addItem(tr("Last 7 days"), int(Range::Week));
    m_rangeBox->addItem(tr("Last 30 days"), int(Range::Month));
    m_rangeBox->addItem(tr("Custom…"), int(Range::Custom));
    m_rangeBox->setEnabled(history != nullptr);
    for (QDateTimeEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
        edit->setVisible(false);
    }
    auto *csv = new QPushButton(tr("Export CSV…"), this);
    auto *png = new QPushButton(tr("Export PNG…"), this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Range:"), this));
    bar->addWidget(m_rangeBox);
    bar->addWidget(m_fromEdit);
    bar->addWidget(m_toEdit);
    bar->addWidget(m_status, 1);
    bar->addWidget(csv);
    bar->addWidget(png);

    auto *grid = new QGridLayout(m_chartArea);
    grid->setContentsMargins(0, 0, 0, 0);
    m_charts = {new MetricChart(tr("CPU"), {Metric::Cpu, Metric::CpuHost}, m_chartArea),
                new MetricChart(tr("Memory"), {Metric::MemoryPercent}, m_chartArea),
                new MetricChart(tr("Disk I/O"), {Metric::DiskReadBps, Metric::DiskWriteBps}, m_chartArea),
                new MetricChart(tr("Network I/O"), {Metric::NetRxBps, Metric::NetTxBps}, m_chartArea)};
    for (int i = 0; i < m_charts.size(); ++i) {
        grid->addWidget(m_charts[i], i / 2, i % 2);
        connect(m_charts[i], &MetricChart::hovered, this, &PerformancePage::showHover);
        connect(m_charts[i], &MetricChart::hoverLeft, m_readOut, [this] { m_readOut->setText(tr("Point at a chart for the figures at that time.")); });
    }
    m_readOut->setText(tr("Point at a chart for the figures at that time."));
    m_readOut->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_chartArea, 1);
    layout->addWidget(m_readOut);

    connect(m_rangeBox, &QComboBox::activated, this, [this](int index) {
        const auto range = Range(m_rangeBox->itemData(index).toInt());
        if (range == Range::Custom && m_customTo <= m_customFrom) {
            const QDateTime now = QDateTime::currentDateTime();
            m_fromEdit->setDateTime(now.addDays(-1));
            m_toEdit->setDateTime(now);
            m_customFrom = now.addDays(-1).toMSecsSinceEpoch();
            m_customTo = now.toMSecsSinceEpoch();
        }
        setRange(range);
    });
    for (QDateTimeEdit *edit : {m_fromEdit, m_toEdit})
        connect(edit, &QDateTimeEdit::editingFinished, this, [this] {
            setCustomRange(m_fromEdit->dateTime().toMSecsSinceEpoch(), m_toEdit->dateTime().toMSecsSinceEpoch());
        });
    connect(csv, &QPushButton::clicked, this, &PerformancePage::exportCsvInteractive);
    connect(png, &QPushButton::clicked, this, &PerformancePage::exportPngInteractive);
    if (hub)
        connect(hub, &MetricsHub::cycleIngested, this, &PerformancePage::onCycle);
    if (history)
        connect(history, &HistoryStore::queryFinished, this, &PerformancePage::onHistory);
}

void PerformancePage::setResource(const ResourceId &id)
{
    m_resource = id;
    for (MetricChart *chart : std::as_const(m_charts))
        chart->setResourceKind(id.kind());
    refresh();
}

void PerformancePage::setRange(Range range)
{
    m_range = range;
    m_rangeBox->setCurrentIndex(m_rangeBox->findData(int(range)));
    m_fromEdit->setVisible(range == Range::Custom);
    m_toEdit->setVisible(range == Range::Custom);
    refresh();
}

void PerformancePage::setCustomRange(qint64 fromMs, qint64 toMs)
{
    if (toMs <= fromMs) {
        m_status->setText(tr("The end of the range must come after its start."));
        return;
    }
    m_customFrom = fromMs;
    m_customTo = toMs;
    m_fromEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(fromMs));
    m_toEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(toMs));
    setRange(Range::Custom);
}

void PerformancePage::refresh()
{
    m_status->clear();
    if (m_range == Range::Live || !m_history)
        showLive();
    else
        requestHistory();
}

void PerformancePage::onCycle(const QString &providerId)
{
    // Groups span providers; anything else only changes with its own provider's cycle.
    if (m_range != Range::Live || (providerId != m_resource.providerId() && m_resource != MetricsHub::groupKey(m_resource.nativeId())))
        return;
    if (isVisible())
        showLive();
}

void PerformancePage::showLive()
{
    m_pendingRequest = 0;
    m_samples.clear();
    const LiveSeries *series = m_hub ? m_hub->series(m_resource) : nullptr;
    if (series) {
        m_samples.reserve(series->size());
        for (int i = 0; i < series->size(); ++i) {
            MetricSample s = series->sampleAt(i);
            s.id = m_resource;
            m_samples.append(s);
        }
    }
    const qint64 now = m_samples.isEmpty() ? QDateTime::currentMSecsSinceEpoch() : m_samples.last().timestampMs;
    // The window a full buffer covers, so the line grows from the right edge while it fills.
    qint64 window = 10 * HistoryOptions::minuteMs;
    if (series && series->size() >= 2) {
        const qint64 step = (series->timestampAt(series->size() - 1) - series->timestampAt(0)) / (series->size() - 1);
        window = std::max<qint64>(step * series->capacity(), HistoryOptions::minuteMs);
    }
    m_status->setText(m_samples.isEmpty() ? tr("No figures yet for this resource.") : QString());
    display(now - window, now);
}

void PerformancePage::requestHistory()
{
    qint64 to = m_history->now();
    qint64 from = to - rangeMs(m_range);
    if (m_range == Range::Custom) {
        from = m_customFrom;
        to = m_customTo;
    }
    m_status->setText(tr("Loading…"));
    m_pendingRequest = m_history->query(m_resource, from, to);
}

void PerformancePage::onHistory(const HistoryResult &result)
{
    if (result.requestId != m_pendingRequest)
        return; // an answer to a range or resource no longer shown
    m_pendingRequest = 0;
    if (!result.error.isEmpty()) {
        m_status->setText(tr("History unavailable: %1").arg(result.error));
        return;
    }
    m_samples.clear();
    m_samples.reserve(result.points.size());
    for (const HistoryPoint &p : result.points)
        m_samples.append(p.avg);
    const char *resolution = result.resolution == HistoryResolution::Raw ? QT_TR_NOOP("every sample")
        : result.resolution == HistoryResolution::Minute                 ? QT_TR_NOOP("1-minute averages")
                                                                         : QT_TR_NOOP("1-hour averages");
    m_status->setText(m_samples.isEmpty() ? tr("No stored figures in this range.") : tr(resolution));
    display(result.fromMs, result.toMs);
}

void PerformancePage::display(qint64 fromMs, qint64 toMs)
{
    for (MetricChart *chart : std::as_const(m_charts))
        chart->setData(m_samples, fromMs, toMs);
    Q_EMIT dataShown();
}

void PerformancePage::showHover(qint64 timestampMs)
{
    if (m_samples.isEmpty())
        return;
    const auto it = std::lower_bound(m_samples.cbegin(), m_samples.cend(), timestampMs,
                                     [](const MetricSample &s, qint64 t) { return s.timestampMs < t; });
    auto nearest = it == m_samples.cend() ? it - 1 : it;
    if (it != m_samples.cbegin() && it != m_samples.cend()
        && timestampMs - (it - 1)->timestampMs < it->timestampMs - timestampMs)
        nearest = it - 1;
    const MetricSample &s = *nearest;
    //: hover read-out; CPU is the VM's share of its own vCPUs (a host's utilisation), host share its share of the host
    m_readOut->setText(tr("%1 — CPU %2 (host share %3) · memory %4 · disk read %5, write %6 · network in %7, out %8")
                           .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(s.timestampMs), QLocale::ShortFormat),
                                formatMetric(Metric::Cpu, metricValue(s, Metric::Cpu)),
                                formatMetric(Metric::CpuHost, metricValue(s, Metric::CpuHost)),
                                formatMetric(Metric::MemoryPercent, metricValue(s, Metric::MemoryPercent)),
                                formatMetric(Metric::DiskReadBps, s.diskReadBps),
                                formatMetric(Metric::DiskWriteBps, s.diskWriteBps),
                                formatMetric(Metric::NetRxBps, s.netRxBps),
                                formatMetric(Metric::NetTxBps, s.netTxBps)));
}

QString PerformancePage::readOut() const
{
    return m_readOut->text();
}

bool PerformancePage::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QTextStream out(&file);
    out << "time,cpu_percent,cpu_host_percent,memory_used_kib,memory_total_kib,disk_read_bps,disk_write_bps,"
           "net_rx_bps,net_tx_bps\n";
    for (const MetricSample &s : m_samples) {
        out << QDateTime::fromMSecsSinceEpoch(s.timestampMs, Qt::UTC).toString(Qt::ISODateWithMs) << ','
            << csvNumber(metricValue(s, Metric::Cpu)) << ',' << csvNumber(s.cpuPercent) << ','
            << (s.memoryUsedKiB < 0 ? QString() : QString::number(s.memoryUsedKiB)) << ','
            << (s.memoryTotalKiB < 0 ? QString() : QString::number(s.memoryTotalKiB)) << ','
            << csvNumber(s.diskReadBps) << ',' << csvNumber(s.diskWriteBps) << ',' << csvNumber(s.netRxBps) << ','
            << csvNumber(s.netTxBps) << '\n';
    }
    out.flush();
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool PerformancePage::exportPng(const QString &path) const
{
    return m_chartArea->grab().save(path, "PNG");
}

void PerformancePage::exportCsvInteractive()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export figures"), u"performance.csv"_s,
                                                      tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export figures"), tr("Cannot write %1: %2").arg(path, error));
}

void PerformancePage::exportPngInteractive()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export charts"), u"performance.png"_s,
                                                      tr("PNG images (*.png)"));
    if (!path.isEmpty() && !exportPng(path))
        QMessageBox::warning(this, tr("Export charts"), tr("Cannot write %1.").arg(path));
}

} // namespace welkin
