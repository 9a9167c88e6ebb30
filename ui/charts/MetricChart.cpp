#include "MetricChart.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QMouseEvent>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

// Distinct in light and dark themes, and for the usual colour-vision deficiencies.
const QColor seriesColours[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
                          QColor(0xd6, 0x27, 0x28)};

struct Unit {
    double divisor;
    QString name;
};

Unit rateUnit(double maximum)
{
    const char *const names[] = {"B/s", "KiB/s", "MiB/s", "GiB/s", "TiB/s"};
    double divisor = 1;
    int i = 0;
    while (maximum / divisor >= 1024.0 && i < 4) {
        divisor *= 1024.0;
        ++i;
    }
    return {divisor, QString::fromLatin1(names[i])};
}

} // namespace

MetricChart::MetricChart(const QString &title, const QList<Metric> &metrics, QWidget *parent)
    : QChartView(parent), m_metrics(metrics), m_title(title), m_time(new QDateTimeAxis), m_values(new QValueAxis)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation); // live data: animations only lag behind
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_values, Qt::AlignLeft);
    m_time->setFormat(u"HH:mm"_s);
    m_time->setTickCount(5);
    m_values->setLabelFormat(u"%.0f"_s);
    for (int i = 0; i < metrics.size(); ++i) {
        auto *series = new QLineSeries;
        series->setName(metricDisplayName(metrics[i]));
        series->setPen(QPen(seriesColor(i), 2));
        chart->addSeries(series);
        series->attachAxis(m_time);
        series->attachAxis(m_values);
        m_series.append(series);
    }
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setMinimumHeight(160);
}

void MetricChart::setResourceKind(ResourceKind kind)
{
    for (int i = 0; i < m_series.size(); ++i) {
        m_series[i]->setName(metricDisplayName(m_metrics[i], kind));
        // For anything but a VM, "host share" is the CPU figure itself.
        m_series[i]->setVisible(kind == ResourceKind::Vm || m_metrics[i] != Metric::CpuHost);
    }
}

QStringList MetricChart::valueAxisLabels() const
{
    QStringList labels;
    if (!m_values->labelsVisible())
        return labels;
    const int ticks = m_values->tickCount();
    for (int i = 0; i < ticks; ++i) {
        const double v = m_values->min() + (m_values->max() - m_values->min()) * i / std::max(1, ticks - 1);
        labels.append(QString::asprintf(m_values->labelFormat().toLatin1().constData(), v));
    }
    return labels;
}

QColor MetricChart::seriesColor(int index) const
{
    return seriesColours[index % int(std::size(seriesColours))];
}

QRectF MetricChart::plotArea() const
{
    return chart()->plotArea();
}

void MetricChart::setData(const QList<MetricSample> &samples, qint64 fromMs, qint64 toMs)
{
    const bool percent = !m_metrics.isEmpty() && metricIsPercent(m_metrics.first());
    double maximum = 0;
    QList<QList<QPointF>> points(m_series.size());
    bool any = false;
    for (int i = 0; i < m_series.size(); ++i) {
        points[i].reserve(samples.size());
        if (!m_series[i]->isVisible())
            continue;
        for (const MetricSample &s : samples) {
            const double v = metricValue(s, m_metrics[i]);
            if (std::isnan(v))
                continue;
            points[i].append(QPointF(double(s.timestampMs), v));
            maximum = std::max(maximum, v);
            any = true;
        }
    }
    Unit unit{1.0, percent ? u"%"_s : QString()};
    if (!percent && !m_metrics.isEmpty() && metricIsRate(m_metrics.first()))
        unit = rateUnit(maximum);
    for (int i = 0; i < m_series.size(); ++i) {
        if (unit.divisor != 1.0)
            for (QPointF &p : points[i])
                p.setY(p.y() / unit.divisor);
        m_series[i]->replace(points[i]);
    }
    m_hasFigures = any;
    chart()->setTitle(any ? m_title : tr("%1 — no figures").arg(m_title));
    m_values->setTitleText(any ? unit.name : QString());
    m_values->setLabelsVisible(any);
    m_values->setTickCount(5);
    m_values->setRange(0, percent ? 100.0 : std::max(1.0, maximum / unit.divisor * 1.1));
    if (!percent)
        m_values->applyNiceNumbers();
    // Enough decimals that small scales do not read "0, 0, 0, 1, 1".
    const double span = m_values->max() - m_values->min();
    m_values->setLabelFormat(span <= 2.0 ? u"%.2f"_s : span <= 20.0 ? u"%.1f"_s : u"%.0f"_s);
    m_time->setFormat(toMs - fromMs > 2 * 24 * 3600 * 1000LL ? u"dd.MM."_s
                      : toMs - fromMs > 3600 * 1000LL       ? u"HH:mm"_s
                                                            : u"HH:mm:ss"_s);
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
}

void MetricChart::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    const QPointF scenePos = mapToScene(event->position().toPoint());
    const QPointF chartPos = chart()->mapFromScene(scenePos);
    if (!chart()->plotArea().contains(chartPos)) {
        Q_EMIT hoverLeft();
        return;
    }
    Q_EMIT hovered(qint64(chart()->mapToValue(chartPos, m_series.value(0)).x()));
}

void MetricChart::leaveEvent(QEvent *event)
{
    QChartView::leaveEvent(event);
    Q_EMIT hoverLeft();
}

} // namespace welkin
