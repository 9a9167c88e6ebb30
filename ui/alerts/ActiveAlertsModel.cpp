#include "ActiveAlertsModel.h"

#include "inventory/Inventory.h"
#include "metrics/AlertEngine.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPalette>
#include <QStyle>
#include <QTimer>

#include <cmath>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

QString severityText(ProviderEvent::Severity severity)
{
    switch (severity) {
    case ProviderEvent::Severity::Error: return ActiveAlertsModel::tr("Error");
    case ProviderEvent::Severity::Warning: return ActiveAlertsModel::tr("Warning");
    case ProviderEvent::Severity::Info: break;
    }
    return ActiveAlertsModel::tr("Information");
}

QString timeText(qint64 ms)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms);
    const QLocale locale;
    return time.date() == QDate::currentDate() ? locale.toString(time.time(), QLocale::ShortFormat)
                                               : locale.toString(time, QLocale::ShortFormat);
}

} // namespace

ActiveAlertsModel::ActiveAlertsModel(AlertEngine *engine, AlertHighlights *highlights, const Inventory *inventory,
                                     QObject *parent)
    : QAbstractTableModel(parent), m_engine(engine), m_highlights(highlights), m_inventory(inventory),
      m_durations(new QTimer(this))
{
    for (const ActiveAlert &alert : engine->activeAlerts()) {
        Row row{alert.ruleId, alert.ruleName, alert.condition, alert.resource, {}, {}, alert.severity,
                alert.metric, alert.value, alert.sinceMs, 0, alert.acknowledged, {}};
        fillNames(row);
        m_rows.append(row);
    }
    std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.sinceMs > b.sinceMs; });
    m_activeCount = int(m_rows.size());
    connect(engine, &AlertEngine::alertFiring, this, &ActiveAlertsModel::onFiring);
    connect(engine, &AlertEngine::alertResolved, this, &ActiveAlertsModel::onResolved);
    connect(engine, &AlertEngine::alertAcknowledged, this, &ActiveAlertsModel::onAcknowledged);
    connect(engine, &AlertEngine::activeValuesChanged, this, &ActiveAlertsModel::onValuesChanged);
    connect(engine, &AlertEngine::rulesChanged, this, &ActiveAlertsModel::onRulesChanged);
    m_durations->setInterval(30'000);
    connect(m_durations, &QTimer::timeout, this, [this] {
        if (m_activeCount > 0)
            Q_EMIT dataChanged(index(0, SinceColumn), index(m_activeCount - 1, SinceColumn), {Qt::DisplayRole});
    });
    m_durations->start();
}

int ActiveAlertsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActiveAlertsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActiveAlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case ResourceColumn: return tr("Resource");
    case RuleColumn: return tr("Rule");
    case ValueColumn: return tr("Value");
    case SinceColumn: return tr("Since");
    }
    return {};
}

QString ActiveAlertsModel::formatDuration(qint64 ms)
{
    const qint64 minutes = std::max<qint64>(0, ms) / 60'000;
    if (minutes < 1)
        return tr("%n s", "", int(std::max<qint64>(0, ms) / 1000));
    if (minutes < 60)
        return tr("%n min", "", int(minutes));
    if (minutes < 24 * 60)
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return tr("%1 d %2 h").arg(minutes / (24 * 60)).arg(minutes / 60 % 24);
}

QString ActiveAlertsModel::displayText(const Row &row, int column) const
{
    switch (column) {
    case SeverityColumn:
        return row.resolvedMs ? tr("Resolved") : severityText(row.severity);
    case ResourceColumn: {
        const InventoryNode *node = m_inventory ? m_inventory->node(row.resource) : nullptr;
        const QString name = node ? node->resource().name : row.resourceName;
        //: an alert's resource and where it runs: "web-01 (kvm-01)"
        return row.hostName.isEmpty() ? name : tr("%1 (%2)").arg(name, row.hostName);
    }
    case RuleColumn:
        return row.ruleName == row.condition ? row.condition : tr("%1: %2").arg(row.ruleName, row.condition);
    case ValueColumn:
        return std::isnan(row.value) ? QString() : formatMetric(row.metric, row.value);
    case SinceColumn: {
        if (!row.resolvedMs) {
            //: since when an alert is active, and for how long: "14:03 (5 min)"
            return tr("%1 (%2)").arg(timeText(row.sinceMs),
                                     formatDuration(QDateTime::currentMSecsSinceEpoch() - row.sinceMs));
        }
        //: an alert that resolved: "14:03 – 14:10 (7 min)"
        return tr("%1 – %2 (%3)").arg(timeText(row.sinceMs), timeText(row.resolvedMs),
                                       formatDuration(row.resolvedMs - row.sinceMs));
    }
    }
    return {};
}

QVariant ActiveAlertsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayText(row, index.column());
    case Qt::ToolTipRole: {
        QString tip = row.message.isEmpty() ? displayText(row, RuleColumn) : row.message;
        if (row.acknowledged)
            tip += u'\n' + tr("Acknowledged");
        return tip;
    }
    case Qt::DecorationRole:
        if (index.column() != SeverityColumn)
            return {};
        if (row.resolvedMs)
            return QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton);
        return QApplication::style()->standardIcon(row.severity == ProviderEvent::Severity::Error
                                                       ? QStyle::SP_MessageBoxCritical
                                                   : row.severity == ProviderEvent::Severity::Warning
                                                       ? QStyle::SP_MessageBoxWarning
                                                       : QStyle::SP_MessageBoxInformation);
    case Qt::ForegroundRole:
        // Dimmed: seen, or over.
        if (row.acknowledged || row.resolvedMs)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == ValueColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case ResourceIdRole: return QVariant::fromValue(row.resource);
    case RuleIdRole: return row.ruleId;
    case ActiveRole: return row.resolvedMs == 0;
    case AcknowledgedRole: return row.acknowledged;
    }
    return {};
}

void ActiveAlertsModel::fillNames(Row &row) const
{
    const InventoryNode *node = m_inventory ? m_inventory->node(row.resource) : nullptr;
    row.resourceName = node ? node->resource().name : row.resource.nativeId();
    for (const InventoryNode *p = node ? node->parent() : nullptr; p; p = p->parent()) {
        // A VM names its host, a host its connection.
        if ((row.resource.kind() == ResourceKind::Vm && p->kind() == ResourceKind::Host)
            || (row.resource.kind() != ResourceKind::Vm && p->kind() == ResourceKind::Provider)) {
            row.hostName = p->resource().name;
            break;
        }
    }
}

int ActiveAlertsModel::activeRow(const QString &ruleId, const ResourceId &resource) const
{
    for (int i = 0; i < m_activeCount; ++i)
        if (m_rows[i].ruleId == ruleId && m_rows[i].resource == resource)
            return i;
    return -1;
}

void ActiveAlertsModel::rowChanged(int row, int firstColumn, int lastColumn)
{
    Q_EMIT dataChanged(index(row, firstColumn), index(row, lastColumn));
}

void ActiveAlertsModel::onFiring(const AlertEvent &event)
{
    if (const int existing = activeRow(event.ruleId, event.resource); existing >= 0) {
        m_rows[existing].value = event.value;
        rowChanged(existing);
        return;
    }
    const QList<ActiveAlert> alerts = m_engine->activeAlerts(event.resource);
    Row row{event.ruleId, event.ruleName, {}, event.resource, {}, {}, event.severity, event.metric,
            event.value, event.sinceMs, 0, false, event.message};
    for (const ActiveAlert &alert : alerts)
        if (alert.ruleId == event.ruleId)
            row.condition = alert.condition;
    fillNames(row);
    beginInsertRows({}, 0, 0);
    m_rows.prepend(row);
    ++m_activeCount;
    endInsertRows();
    Q_EMIT activeCountChanged(m_activeCount);
}

void ActiveAlertsModel::onResolved(const AlertEvent &event)
{
    int from = activeRow(event.ruleId, event.resource);
    if (from < 0)
        return;
    // The resolved block starts right after the active ones: the newest resolved goes first.
    const int to = m_activeCount - 1;
    if (from != to) {
        beginMoveRows({}, from, from, {}, m_activeCount);
        m_rows.move(from, to);
        endMoveRows();
    }
    Row &row = m_rows[to];
    row.resolvedMs = event.timestampMs > 0 ? event.timestampMs : QDateTime::currentMSecsSinceEpoch();
    if (!std::isnan(event.value))
        row.value = event.value;
    row.acknowledged = row.acknowledged || event.acknowledged;
    row.message = event.message;
    --m_activeCount;
    rowChanged(to);
    Q_EMIT activeCountChanged(m_activeCount);
    trimResolved();
}

void ActiveAlertsModel::onAcknowledged(const QString &ruleId, const ResourceId &resource)
{
    const int row = activeRow(ruleId, resource);
    if (row < 0 || m_rows[row].acknowledged)
        return;
    m_rows[row].acknowledged = true;
    rowChanged(row);
}

void ActiveAlertsModel::onValuesChanged()
{
    if (m_activeCount == 0)
        return;
    QHash<ResourceId, QList<ActiveAlert>> byResource;
    for (int i = 0; i < m_activeCount; ++i) {
        Row &row = m_rows[i];
        auto it = byResource.find(row.resource);
        if (it == byResource.end())
            it = byResource.insert(row.resource, m_engine->activeAlerts(row.resource));
        for (const ActiveAlert &alert : std::as_const(*it)) {
            if (alert.ruleId == row.ruleId && alert.value != row.value) {
                row.value = alert.value;
                rowChanged(i, ValueColumn, ValueColumn);
            }
        }
    }
}

void ActiveAlertsModel::onRulesChanged()
{
    // A renamed rule renames its active alerts; rules that went resolve their alerts themselves.
    for (int i = 0; i < m_activeCount; ++i) {
        Row &row = m_rows[i];
        for (const ActiveAlert &alert : m_engine->activeAlerts(row.resource)) {
            if (alert.ruleId == row.ruleId && (alert.ruleName != row.ruleName || alert.condition != row.condition
                                               || alert.severity != row.severity)) {
                row.ruleName = alert.ruleName;
                row.condition = alert.condition;
                row.severity = alert.severity;
                rowChanged(i);
            }
        }
    }
}

void ActiveAlertsModel::setRecentLimit(int limit)
{
    m_recentLimit = std::max(0, limit);
    trimResolved();
}

void ActiveAlertsModel::trimResolved()
{
    const int excess = int(m_rows.size()) - m_activeCount - m_recentLimit;
    if (excess <= 0)
        return;
    const int first = int(m_rows.size()) - excess;
    beginRemoveRows({}, first, int(m_rows.size()) - 1);
    m_rows.remove(first, excess);
    endRemoveRows();
}

void ActiveAlertsModel::acknowledge(int row)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].acknowledged)
        return;
    const ResourceId resource = m_rows[row].resource;
    if (row < m_activeCount) {
        m_engine->acknowledge(m_rows[row].ruleId, resource); // onAcknowledged() marks the row
    } else {
        m_rows[row].acknowledged = true;
        rowChanged(row);
    }
    updateHighlight(resource);
}

void ActiveAlertsModel::acknowledgeResource(const ResourceId &resource)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].resource == resource && !m_rows[i].acknowledged)
            acknowledge(i);
    }
    if (m_highlights)
        m_highlights->acknowledge(resource);
}

bool ActiveAlertsModel::hasUnacknowledged(const ResourceId &resource) const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(),
                       [&](const Row &row) { return row.resource == resource && !row.acknowledged; });
}

void ActiveAlertsModel::updateHighlight(const ResourceId &resource)
{
    if (m_highlights && !hasUnacknowledged(resource))
        m_highlights->acknowledge(resource);
}

} // namespace welkin
