#pragma once

#include "metrics/Metric.h"

#include <QChartView>
#include <QList>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace welkin {

// One chart of the Performance page: a few metrics of the same unit over time (CPU, memory,
// disk I/O, network I/O). Rates get a readable unit (B/s … GiB/s) chosen from the data.
// Announces the time under the mouse so the page can show a read-out of every metric there.
class MetricChart : public QChartView
{
    Q_OBJECT
public:
    MetricChart(const QString &title, const QList<Metric> &metrics, QWidget *parent = nullptr);

    // Names the lines for what the figures mean for this kind ("CPU (of its vCPUs)" for VMs) and
    // hides those that say nothing new for it (a host's share of itself).
    void setResourceKind(ResourceKind kind);
    // `samples` oldest first; missing figures (NaN) are left out of the lines. Without any
    // figure the chart says so instead of drawing an empty scale.
    void setData(const QList<MetricSample> &samples, qint64 fromMs, qint64 toMs);
    bool hasFigures() const { return m_hasFigures; }
    QStringList valueAxisLabels() const; // as drawn (tests)
    const QList<Metric> &metrics() const { return m_metrics; }
    QColor seriesColor(int index) const;
    QRectF plotArea() const;

Q_SIGNALS:
    void hovered(qint64 timestampMs);
    void hoverLeft();

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QList<Metric> m_metrics;
    QString m_title;
    bool m_hasFigures = false;
    QList<QLineSeries *> m_series;
    QDateTimeAxis *m_time;
    QValueAxis *m_values;
};

} // namespace welkin
