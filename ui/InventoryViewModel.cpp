#include "InventoryViewModel.h"

#include "Icons.h"
#include "Theme.h"
#include "charts/AlertHighlightModel.h"
#include "inventory/InventoryModel.h"
#include "metrics/AlertEngine.h"

#include <QApplication>
#include <QFont>
#include <QMimeData>
#include <QPainter>
#include <QPalette>
#include <QTimer>

namespace welkin {

namespace {

constexpr int spinnerFrames = 12;

ResourceKind kindOf(const QModelIndex &index)
{
    return static_cast<ResourceKind>(index.data(InventoryModel::KindRole).toInt());
}

ProviderState providerStateOf(const QModelIndex &index)
{
    return static_cast<ProviderState>(index.data(InventoryModel::ProviderStateRole).toInt());
}

// One frame of the "connecting" spinner: the busy icon turned by frame * 30°. Painted, not
// animated SVG, so it follows the device pixel ratio like every other icon.
QIcon spinnerFrame(int frame)
{
    static QList<QIcon> frames;
    if (frames.isEmpty()) {
        const QIcon busy = Icons::forProvider(ProviderState::Connecting);
        const qreal dpr = qApp ? qApp->devicePixelRatio() : 1.0;
        for (int i = 0; i < spinnerFrames; ++i) {
            QPixmap pixmap(QSize(16, 16) * dpr);
            pixmap.setDevicePixelRatio(dpr);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.translate(8, 8);
            painter.rotate(i * 360.0 / spinnerFrames);
            painter.translate(-8, -8);
            busy.paint(&painter, QRect(0, 0, 16, 16));
            painter.end();
            frames.append(QIcon(pixmap));
        }
    }
    return frames.at(frame % spinnerFrames);
}

} // namespace

InventoryViewModel::InventoryViewModel(QObject *parent) : QSortFilterProxyModel(parent), m_spinner(new QTimer(this))
{
    setRecursiveFilteringEnabled(true);
    setSortRole(InventoryModel::SortRole);
    setDynamicSortFilter(true);
    m_spinner->setInterval(90);
    connect(m_spinner, &QTimer::timeout, this, &InventoryViewModel::advanceSpinner);
    connect(this, &QAbstractItemModel::dataChanged, this, &InventoryViewModel::onSourceDataChanged);
    connect(this, &QAbstractItemModel::rowsInserted, this, [this] { m_spinner->start(); });
}

void InventoryViewModel::setSearchText(const QString &text)
{
    const QStringList terms = text.toLower().split(u' ', Qt::SkipEmptyParts);
    if (terms == m_terms)
        return;
    m_terms = terms;
    invalidateRowsFilter();
}

void InventoryViewModel::setRowPredicate(RowPredicate predicate)
{
    if (!predicate && !m_predicate)
        return;
    m_predicate = std::move(predicate);
    invalidateRowsFilter();
}

void InventoryViewModel::setHighlights(AlertHighlights *highlights)
{
    m_highlights = highlights;
    if (!highlights)
        return;
    // Highlights change rarely: repainting the visible rows then is cheap.
    connect(highlights, &AlertHighlights::highlightChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::BackgroundRole});
    });
    // "Problem" keeps resources with an active alert.
    const auto refilterProblems = [this] {
        if (m_power == PowerFilter::Problem)
            invalidateRowsFilter();
    };
    connect(highlights->engine(), &AlertEngine::alertFiring, this, refilterProblems);
    connect(highlights->engine(), &AlertEngine::alertResolved, this, refilterProblems);
}

void InventoryViewModel::setPowerFilter(PowerFilter filter)
{
    if (filter == m_power)
        return;
    m_power = filter;
    invalidateRowsFilter();
}

bool InventoryViewModel::powerStateMatches(PowerFilter filter, int powerState)
{
    const auto state = static_cast<PowerState>(powerState);
    switch (filter) {
    case PowerFilter::All: return true;
    case PowerFilter::Running: return state == PowerState::Running || state == PowerState::Blocked;
    case PowerFilter::Stopped: return state == PowerState::ShutOff || state == PowerState::Suspended;
    case PowerFilter::Paused: return state == PowerState::Paused;
    case PowerFilter::Problem:
        return state == PowerState::Crashed || state == PowerState::Error || state == PowerState::Unknown;
    }
    return true;
}

bool InventoryViewModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!isFiltering())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // Only VMs (and hosts, by text) match; their ancestors stay visible through recursive filtering.
    const ResourceKind kind = kindOf(index);
    const bool alerting = m_power == PowerFilter::Problem && m_highlights
        && m_highlights->engine()->hasActiveAlert(index.data(InventoryModel::ResourceIdRole).value<ResourceId>());
    if (kind == ResourceKind::Host && m_power != PowerFilter::All && !alerting)
        return false;
    if (kind != ResourceKind::Vm && kind != ResourceKind::Host)
        return false;
    if (kind == ResourceKind::Vm && !alerting
        && !powerStateMatches(m_power, index.data(InventoryModel::PowerStateRole).toInt()))
        return false;
    const QString haystack = index.data(InventoryModel::SearchTextRole).toString();
    if (m_predicate)
        return kind == ResourceKind::Vm
               && m_predicate(index.data(InventoryModel::ResourceIdRole).value<ResourceId>(), haystack);
    for (const QString &term : m_terms) {
        if (!haystack.contains(term))
            return false;
    }
    return true;
}

void InventoryViewModel::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &)
{
    // A provider started connecting: wake the spinner (it stops itself when none is left).
    if (topLeft.column() == 0 && kindOf(topLeft) == ResourceKind::Provider
        && providerStateOf(topLeft) == ProviderState::Connecting)
        m_spinner->start();
}

void InventoryViewModel::advanceSpinner()
{
    ++m_spinnerFrame;
    bool anyConnecting = false;
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex index = this->index(row, 0);
        if (providerStateOf(index) != ProviderState::Connecting)
            continue;
        anyConnecting = true;
        Q_EMIT dataChanged(index, index, {Qt::DecorationRole});
    }
    if (!anyConnecting)
        m_spinner->stop();
}

QVariant InventoryViewModel::providerDecoration(const QModelIndex &index) const
{
    const ProviderState state = providerStateOf(index);
    if (state == ProviderState::Connecting)
        return spinnerFrame(m_spinnerFrame);
    return Icons::forProvider(state);
}

QVariant InventoryViewModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == InventoryModel::NameColumn) {
        const ResourceKind kind = kindOf(index);
        if (kind == ResourceKind::Vm)
            return Icons::forVm(static_cast<PowerState>(index.data(InventoryModel::PowerStateRole).toInt()));
        if (kind == ResourceKind::Provider)
            return providerDecoration(index);
        return Icons::forKind(kind);
    }
    if (role == Qt::BackgroundRole && m_highlights) {
        const ResourceId id = index.siblingAtColumn(0).data(InventoryModel::ResourceIdRole).value<ResourceId>();
        if (m_highlights->isHighlighted(id))
            return AlertHighlightModel::highlightColour(m_highlights->severity(id));
    }
    if (role == Qt::ToolTipRole && m_highlights) {
        // The tint's legend: which rules fire here.
        const ResourceId id = index.siblingAtColumn(0).data(InventoryModel::ResourceIdRole).value<ResourceId>();
        if (m_highlights->isHighlighted(id))
            return alertToolTip(id);
    }
    if (role == Qt::ForegroundRole) {
        const ResourceKind kind = kindOf(index);
        if (kind == ResourceKind::Vm) {
            const auto state = static_cast<PowerState>(index.data(InventoryModel::PowerStateRole).toInt());
            // Shut off, or last known from a lost connection ("Unknown since 14:02").
            if (state == PowerState::ShutOff || index.data(InventoryModel::StaleRole).toBool())
                return QPalette().brush(QPalette::Disabled, QPalette::Text);
        }
        if (kind == ResourceKind::Provider && index.column() == InventoryModel::StateColumn) {
            const ProviderState state = providerStateOf(index);
            // The palette's own warning-ish colour: readable on light and dark themes alike.
            if (state == ProviderState::Unreachable || state == ProviderState::AuthFailed)
                return QBrush(Theme::errorColor(QPalette()));
        }
    }
    if (m_inMaintenance && (role == Qt::DisplayRole || role == Qt::ForegroundRole)
        && index.column() == InventoryModel::StateColumn && kindOf(index) == ResourceKind::Host
        && m_inMaintenance(index.siblingAtColumn(0).data(InventoryModel::ResourceIdRole).value<ResourceId>())) {
        if (role == Qt::ForegroundRole)
            return QBrush(Theme::warningColor(QPalette()));
        //: a host's state in the tree: no VM is placed on it, it is left out of balancing
        return tr("Maintenance · %1").arg(index.siblingAtColumn(0).data(InventoryModel::SummaryRole).toString());
    }
    if (role == Qt::DisplayRole && index.column() == InventoryModel::StateColumn) {
        // Hosts and healthy connections show what they hold, like region and zone nodes do.
        const ResourceKind kind = kindOf(index);
        if (kind == ResourceKind::Host || (kind == ResourceKind::Provider && providerStateOf(index) == ProviderState::Connected))
            return index.siblingAtColumn(0).data(InventoryModel::SummaryRole);
    }
    if (role == Qt::FontRole && index.column() == InventoryModel::NameColumn && kindOf(index) == ResourceKind::Provider) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return QSortFilterProxyModel::data(index, role);
}

QString InventoryViewModel::alertToolTip(const ResourceId &id) const
{
    QStringList lines;
    for (const ActiveAlert &alert : m_highlights->engine()->activeAlerts(id)) {
        //: tooltip line of a tinted tree row: "Alert: CPU high (cpu > 50 for 10 s): 97.0 %"
        lines.append(tr("Alert: %1 (%2): %3").arg(alert.ruleName, alert.condition, formatMetric(alert.metric, alert.value)));
    }
    if (lines.isEmpty())
        lines.append(tr("An alert fired here and has resolved."));
    lines.append(tr("Acknowledge it in View › Alerts or from the context menu."));
    return lines.join(u'\n');
}

void InventoryViewModel::setMaintenanceTest(std::function<bool(const ResourceId &)> inMaintenance)
{
    m_inMaintenance = std::move(inMaintenance);
}

void InventoryViewModel::maintenanceChanged(const ResourceId &host)
{
    auto *source = qobject_cast<InventoryModel *>(sourceModel());
    const QModelIndex index = source ? mapFromSource(source->indexOf(host, InventoryModel::StateColumn)) : QModelIndex();
    if (index.isValid())
        Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::ForegroundRole});
}

// --- drag and drop --------------------------------------------------------------------------

namespace {

using namespace Qt::StringLiterals;

ResourceKind rowKind(const QModelIndex &index) { return ResourceKind(index.data(InventoryModel::KindRole).toInt()); }

QList<ResourceId> droppedIds(const QMimeData *data)
{
    QList<ResourceId> ids;
    if (!data)
        return ids;
    for (const QByteArray &line : data->data(InventoryViewModel::resourceMimeType()).split('\n')) {
        const ResourceId id = ResourceId::fromString(QString::fromUtf8(line));
        if (id.kind() == ResourceKind::Provider || id.kind() == ResourceKind::Pool)
            ids.append(id);
    }
    return ids;
}

} // namespace

QString InventoryViewModel::resourceMimeType() { return QStringLiteral("application/x-welkin-resource-ids"); }

Qt::ItemFlags InventoryViewModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QSortFilterProxyModel::flags(index);
    if (!index.isValid())
        return flags | Qt::ItemIsDropEnabled; // the empty area: out of every pool
    const ResourceKind kind = rowKind(index);
    if (kind == ResourceKind::Provider || kind == ResourceKind::Pool)
        flags |= Qt::ItemIsDragEnabled;
    if (kind == ResourceKind::Pool)
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

QStringList InventoryViewModel::mimeTypes() const { return {resourceMimeType()}; }

QMimeData *InventoryViewModel::mimeData(const QModelIndexList &indexes) const
{
    QByteArrayList lines;
    for (const QModelIndex &index : indexes) {
        const ResourceKind kind = rowKind(index);
        if (index.column() != 0 || (kind != ResourceKind::Provider && kind != ResourceKind::Pool))
            continue;
        lines.append(index.data(InventoryModel::ResourceIdRole).value<ResourceId>().toString().toUtf8());
    }
    if (lines.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(resourceMimeType(), lines.join('\n'));
    return data;
}

bool InventoryViewModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                         const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || droppedIds(data).isEmpty())
        return false;
    return !parent.isValid() || rowKind(parent) == ResourceKind::Pool;
}

bool InventoryViewModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                      const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString poolId =
        parent.isValid() ? parent.data(InventoryModel::ResourceIdRole).value<ResourceId>().nativeId() : QString();
    Q_EMIT resourcesDropped(droppedIds(data), poolId);
    // The rows move through the Inventory, not through the view removing its dragged rows.
    return false;
}

} // namespace welkin
