#pragma once

#include "metrics/HistoryTypes.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;

namespace welkin {

class HistoryStore;
class MetricChart;
class MetricsHub;

// CPU, memory, disk I/O and network I/O of one resource: a VM, a host, a provider
// (ResourceId::provider) or a user group (MetricsHub::groupKey). "Live" draws the hub's ring
// buffer and follows each cycle; the other ranges ask the history store (asynchronously) for
// the resolution that fits. Hovering a chart shows every figure at that time; the data shown
// can be exported as CSV, the charts as PNG.
class PerformancePage : public QWidget
{
    Q_OBJECT
public:
    enum class Range { Live, Hour, Day, Week, Month, Custom };

    // `history` may be null (no stored history: only Live).
    PerformancePage(MetricsHub *hub, HistoryStore *history, QWidget *parent = nullptr);

    void setResource(const ResourceId &id);
    const ResourceId &resource() const { return m_resource; }
    void setRange(Range range);
    void setCustomRange(qint64 fromMs, qint64 toMs);
    Range range() const { return m_range; }

    // What the charts show, oldest first (tests, export).
    const QList<MetricSample> &shownSamples() const { return m_samples; }
    QList<MetricChart *> charts() const { return m_charts; }
    QString readOut() const;

    bool exportCsv(const QString &path, QString *error = nullptr) const;
    bool exportPng(const QString &path) const;

Q_SIGNALS:
    // After the charts took new data (live cycle or history answer).
    void dataShown();

private:
    void refresh();
    void showLive();
    void requestHistory();
    void onHistory(const HistoryResult &result);
    void onCycle(const QString &providerId);
    void showHover(qint64 timestampMs);
    void display(qint64 fromMs, qint64 toMs);
    void exportCsvInteractive();
    void exportPngInteractive();

    MetricsHub *m_hub;
    HistoryStore *m_history;
    ResourceId m_resource;
    Range m_range = Range::Live;
    qint64 m_customFrom = 0, m_customTo = 0;
    quint64 m_pendingRequest = 0;
    QList<MetricSample> m_samples;
    QList<MetricChart *> m_charts;
    QComboBox *m_rangeBox;
    QDateTimeEdit *m_fromEdit;
    QDateTimeEdit *m_toEdit;
    QLabel *m_status;
    QLabel *m_readOut;
    QWidget *m_chartArea;
};

} // namespace welkin
