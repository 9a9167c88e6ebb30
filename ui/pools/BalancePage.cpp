#include "BalancePage.h"

#include "BalanceModels.h"
#include "BalanceMoveRunner.h"
#include "BalancePolicyForm.h"
#include "inventory/Inventory.h"
#include "manage/CapacityBarDelegate.h"
#include "manage/PageSupport.h"
#include "migration/MigrationController.h"
#include "placement/BalancePlanner.h"
#include "placement/PoolLoadReader.h"
#include "storage/GroupStore.h"
#include "storage/PoolStore.h"

#include <QDateTime>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

// Edits are saved (and the plan redone) once typing pauses.
constexpr int saveDelayMs = 400;
// Inventory changes come in bursts (a connection lists its host, then its VMs).
constexpr int hostCheckDelayMs = 300;

// A titled part of the page: `pane` gets a bold heading; the part's widgets go below it.
QVBoxLayout *section(QWidget *pane, const QString &title)
{
    auto *label = new QLabel(title);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(label);
    return layout;
}

QPushButton *button(const QString &text, const QString &objectName)
{
    auto *push = new QPushButton(text);
    push->setObjectName(objectName);
    return push;
}

} // namespace

BalancePage::BalancePage(Inventory *inventory, PoolStore *pools, PoolLoadReader *reader, MigrationController *migration,
                         GroupStore *groups, QWidget *parent)
    : QWidget(parent), m_inventory(inventory), m_pools(pools), m_reader(reader), m_groups(groups),
      m_runner(new BalanceMoveRunner(reader, this)), m_form(new BalancePolicyForm), m_hosts(new HostLoadModel(this)),
      m_moves(new MoveModel(this)),
      m_hostView(hostpage::makeTable(m_hosts, u"balanceHosts"_s)),
      m_moveView(hostpage::makeTable(m_moves, u"balanceMoves"_s)), m_message(new QLabel),
      m_recalculate(button(tr("Recalculate"), u"recalculate"_s)), m_applyAll(button(tr("Apply All"), u"applyAll"_s)),
      m_applySelected(button(tr("Apply Selected"), u"applySelected"_s)), m_dismiss(button(tr("Dismiss"), u"dismiss"_s)),
      m_automaticStatus(new QLabel), m_log(new QPlainTextEdit), m_saveTimer(new QTimer(this)),
      m_hostsTimer(new QTimer(this)), m_automaticTimer(new QTimer(this))
{
    setObjectName(u"balancePage"_s);
    if (migration) {
        startMigration = [migration = QPointer(migration)](const ResourceId &vm, const QString &destination,
                                                           const MigrationOptions &options) -> Task * {
            return migration ? migration->startMigration(vm, destination, options) : nullptr;
        };
    }
    m_message->setObjectName(u"planMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_automaticStatus->setObjectName(u"automaticStatus"_s);
    m_automaticStatus->setEnabled(false);
    m_log->setObjectName(u"balanceLog"_s);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(BalanceMoveRunner::logLineLimit);
    m_log->setPlaceholderText(tr("What the automatic mode does, or in a dry run would do, is logged here."));
    m_applyAll->setToolTip(tr("Run every recommended migration, one task each"));
    m_applySelected->setToolTip(tr("Run the selected migration only"));
    m_dismiss->setToolTip(tr("Forget this proposal"));

    auto *policyBox = new QGroupBox(tr("Policy"));
    auto *policyLayout = new QVBoxLayout(policyBox);
    policyLayout->addWidget(m_form);
    auto *top = new QSplitter(Qt::Horizontal);
    top->setChildrenCollapsible(false);
    // Scrolls rather than making the window taller: the form is the tallest part of the page.
    auto *policyScroll = new QScrollArea;
    policyScroll->setWidget(policyBox);
    policyScroll->setWidgetResizable(true);
    policyScroll->setFrameShape(QFrame::NoFrame);
    policyScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    policyScroll->setMinimumWidth(policyBox->minimumSizeHint().width()
                                  + policyScroll->verticalScrollBar()->sizeHint().width());
    top->addWidget(policyScroll);
    top->addWidget(createLoadPane());
    top->setStretchFactor(1, 1);
    auto *logPane = new QWidget;
    QVBoxLayout *logLayout = section(logPane, tr("Log"));
    logLayout->addWidget(m_automaticStatus);
    logLayout->addWidget(m_log);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(createMovePane());
    splitter->addWidget(logPane);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(saveDelayMs);
    m_hostsTimer->setSingleShot(true);
    m_hostsTimer->setInterval(hostCheckDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, [this] {
        const int window = m_settings.policy.windowMinutes;
        savePolicy();
        if (isApplying())
            return; // the round after the moves plans with the new settings
        if (!m_loaded || m_settings.policy.windowMinutes != window)
            requestRecalculation();
        else if (!m_reading)
            showPlan(planNow(), false);
    });
    connect(m_hostsTimer, &QTimer::timeout, this, &BalancePage::checkHosts);
    connect(m_automaticTimer, &QTimer::timeout, this, &BalancePage::runAutomaticTick);
    connect(m_form, &BalancePolicyForm::edited, this, &BalancePage::onPolicyEdited);
    connect(m_recalculate, &QPushButton::clicked, this, &BalancePage::recalculate);
    connect(m_applyAll, &QPushButton::clicked, this, &BalancePage::applyAll);
    connect(m_applySelected, &QPushButton::clicked, this, &BalancePage::applySelected);
    connect(m_dismiss, &QPushButton::clicked, this, &BalancePage::dismiss);
    connect(m_moveView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BalancePage::updateActions);
    connect(reader, &PoolLoadReader::ready, this, &BalancePage::onLoadsReady);
    connect(m_runner, &BalanceMoveRunner::finished, this, &BalancePage::onMoveFinished);
    connect(m_runner, &BalanceMoveRunner::logged, this, [this](const QString &poolId, const QString &line) {
        if (poolId == m_poolId)
            m_log->appendPlainText(line);
    });
    const auto hostsMayHaveChanged = [this] {
        if (!m_poolId.isEmpty() && !m_hostsTimer->isActive())
            m_hostsTimer->start();
    };
    connect(m_inventory, &Inventory::nodesInserted, this, hostsMayHaveChanged);
    connect(m_inventory, &Inventory::nodesRemoved, this, hostsMayHaveChanged);
    connect(m_inventory, &Inventory::nodeChanged, this, [hostsMayHaveChanged](const InventoryNode *node) {
        if (node->kind() == ResourceKind::Provider || node->kind() == ResourceKind::Host)
            hostsMayHaveChanged();
    });
    if (m_pools) {
        connect(m_pools, &PoolStore::poolsChanged, this, &BalancePage::onPoolsChanged);
        connect(m_pools, &PoolStore::maintenanceChanged, this, hostsMayHaveChanged);
    }
    if (m_groups) {
        const auto pushGroupNames = [this] {
            QStringList names;
            for (const VmGroup &group : m_groups->groups())
                names.append(group.name);
            m_form->setGroupNames(names);
        };
        connect(m_groups, &GroupStore::groupsChanged, this, pushGroupNames);
        pushGroupNames();
    }
    updateAutomaticTimer();
    updateActions();
}

BalancePage::~BalancePage()
{
    if (m_saveTimer->isActive())
        savePolicy();
}

QWidget *BalancePage::createLoadPane()
{
    auto *pane = new QWidget;
    QVBoxLayout *layout = section(pane, tr("Host loads, averaged over the window"));
    layout->addWidget(m_hostView);
    auto *bars = new CapacityBarDelegate(m_hostView);
    for (int column : {HostLoadModel::CpuNowColumn, HostLoadModel::CpuAfterColumn, HostLoadModel::MemoryNowColumn,
                       HostLoadModel::MemoryAfterColumn}) {
        m_hostView->setItemDelegateForColumn(column, bars);
        m_hostView->header()->resizeSection(column, CapacityBarDelegate::BarWidth + 48);
    }
    m_hostView->header()->resizeSection(HostLoadModel::HostColumn, 160);
    return pane;
}

QWidget *BalancePage::createMovePane()
{
    auto *pane = new QWidget;
    QVBoxLayout *layout = section(pane, tr("Recommended migrations"));
    layout->addWidget(m_message);
    layout->addWidget(m_moveView);
    QHeaderView *header = m_moveView->header();
    header->resizeSection(MoveModel::VmColumn, 140);
    header->resizeSection(MoveModel::FromColumn, 140);
    header->resizeSection(MoveModel::ToColumn, 140);
    header->resizeSection(MoveModel::ReasonColumn, 260);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *push : {m_recalculate, m_applyAll, m_applySelected, m_dismiss})
        buttons->addWidget(push);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return pane;
}

void BalancePage::setPool(const QString &poolId)
{
    if (poolId == m_poolId) {
        requestRecalculation();
        return;
    }
    if (m_saveTimer->isActive()) {
        m_saveTimer->stop();
        savePolicy();
    }
    m_poolId = poolId;
    m_loaded = false;
    m_reading = false;
    m_lastHosts.clear();
    m_lastVms.clear();
    m_hostNames.clear();
    m_moves->setMoves({});
    m_hosts->setHosts({});
    m_message->clear();
    const std::optional<ServerPool> pool = m_pools && !poolId.isEmpty() ? m_pools->pool(poolId) : std::nullopt;
    m_settings = pool ? PoolSettings::fromJson(pool->balancePolicy) : PoolSettings();
    m_form->setSettings(m_settings);
    m_form->setEnabled(pool.has_value());
    m_log->setPlainText(m_runner->log(poolId).join(u'\n'));
    m_hostSignature = hostSignature();
    if (const QString problem = m_form->problem(); !problem.isEmpty())
        m_message->setText(problem);
    updateAutomaticTimer();
    updateActions();
    if (pool)
        requestRecalculation();
}

void BalancePage::setAutomaticIntervalMs(int intervalMs)
{
    m_automaticIntervalMs = intervalMs;
    updateAutomaticTimer();
}

QString BalancePage::planMessage() const { return m_message->text(); }

QString BalancePage::logText() const { return m_log->toPlainText(); }

void BalancePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        recalculate();
}

void BalancePage::requestRecalculation()
{
    // A read costs one history query per VM: only for a page the user can see.
    if (isVisible())
        recalculate();
    else
        m_stale = true;
}

void BalancePage::recalculate()
{
    m_stale = false;
    if (m_poolId.isEmpty())
        return;
    if (const QString problem = m_form->problem(); !problem.isEmpty()) {
        m_message->setText(problem);
        return;
    }
    if (isApplying())
        return; // the round after the moves follows
    read(Round::Shown);
}

void BalancePage::read(Round round)
{
    if (!m_reader)
        return;
    m_round = round;
    m_reading = true;
    m_readWindow = m_form->settings().policy.windowMinutes;
    if (round != Round::Automatic)
        m_message->setText(tr("Reading the loads of the pool's hosts…"));
    m_reader->read(m_poolId, m_readWindow);
}

void BalancePage::onLoadsReady(const QString &poolId, const QList<PlacementHost> &hosts, const QList<PlacementVm> &vms)
{
    if (!m_reading)
        return; // someone else's read
    if (poolId != m_poolId) {
        // Someone else's read of another pool superseded ours; it is done now, so ask again.
        m_reader->read(m_poolId, m_readWindow);
        return;
    }
    m_reading = false;
    m_loaded = true;
    m_lastHosts = hosts;
    m_lastVms = vms;
    // Hosts of a pool often share a name (the same image, or libvirt's test driver): tell them
    // apart by their connection's.
    QHash<QString, int> sameName;
    for (const PlacementHost &host : std::as_const(m_lastHosts))
        ++sameName[host.name];
    m_hostNames.clear();
    for (PlacementHost &host : m_lastHosts) {
        if (sameName.value(host.name) > 1) {
            const InventoryNode *connection =
                m_inventory->node(ResourceId::provider(ResourceId::fromString(host.id).providerId()));
            if (connection && connection->resource().name != host.name)
                host.name = tr("%1 (%2)").arg(host.name, connection->resource().name);
        }
        m_hostNames.insert(host.id, host.name);
    }
    const Round round = m_round;
    const BalancePlan plan = planNow();
    showPlan(plan, round == Round::AfterMoves);
    if (round == Round::Automatic)
        runAutomaticRound(plan);
}

BalancePlan BalancePage::planNow() const
{
    const BalancePolicy policy = m_form->settings().policy;
    QList<PlacementVm> vms = m_lastVms;
    if (m_groups && !policy.keepApartGroups.isEmpty()) {
        // The reader knows nothing of the user's groups: the planner gets their names here.
        QHash<QString, QStringList> groupsOf; // VM id -> names of its keep-apart groups
        for (const VmGroup &group : m_groups->groups()) {
            if (!policy.keepApartGroups.contains(group.name))
                continue;
            for (const ResourceId &member : group.members)
                groupsOf[member.toString()].append(group.name);
        }
        for (PlacementVm &vm : vms)
            vm.groups = groupsOf.value(vm.id);
    }
    return planBalance(m_lastHosts, vms, policy, m_runner->now());
}

void BalancePage::showPlan(const BalancePlan &plan, bool keepFinished)
{
    QList<MoveRow> rows;
    QSet<QString> kept;
    if (keepFinished) {
        // What was just done stays in view, above the next proposal.
        for (const MoveRow &row : m_moves->rows()) {
            if (row.status == MoveRow::Status::Moved || row.status == MoveRow::Status::Failed) {
                rows.append(row);
                kept.insert(row.move.vmId);
            }
        }
    }
    for (const PlannedMove &move : plan.moves) {
        if (!kept.contains(move.vmId))
            rows.append({move, m_hostNames.value(move.fromHostId), m_hostNames.value(move.toHostId), {}, {}});
    }
    m_moves->setMoves(rows);

    QList<HostLoadRow> hosts;
    for (qsizetype i = 0; i < m_lastHosts.size() && i < plan.before.size() && i < plan.after.size(); ++i) {
        const PlacementHost &host = m_lastHosts.at(i);
        HostLoadRow row{host.id, host.name, plan.before.at(i).cpuPercent, plan.after.at(i).cpuPercent,
                        plan.before.at(i).memoryPercent, plan.after.at(i).memoryPercent, {}};
        if (host.maintenance)
            row.note = tr("in maintenance");
        else if (!host.accepting)
            row.note = tr("not connected");
        else if (host.cpus <= 0 || host.memoryKiB == 0)
            row.note = tr("size unknown");
        hosts.append(row);
    }
    m_hosts->setHosts(hosts);

    QString message = plan.message;
    if (message.isEmpty()) {
        message = plan.moves.size() == 1
                      ? tr("One migration brings every host under its ceilings.")
                      : tr("%n migration(s) bring every host under their ceilings.", "", int(plan.moves.size()));
    }
    m_message->setText(message);
    updateActions();
}

void BalancePage::runAutomaticTick()
{
    updateAutomaticTimer();
    if (!m_form->problem().isEmpty() || isApplying())
        return;
    if (m_reading) {
        m_round = Round::Automatic; // the read under way serves this round
        return;
    }
    read(Round::Automatic);
}

void BalancePage::runAutomaticRound(const BalancePlan &plan)
{
    const PoolSettings settings = m_form->settings();
    if (!settings.policy.automatic || plan.moves.isEmpty())
        return;
    if (settings.dryRun) {
        for (const PlannedMove &move : plan.moves) {
            if (const MoveRow *row = m_moves->move(move.vmId))
                m_runner->logWouldMove(m_poolId, *row);
        }
        return;
    }
    QStringList vmIds;
    for (const PlannedMove &move : plan.moves)
        vmIds.append(move.vmId);
    apply(vmIds);
}

void BalancePage::applyAll()
{
    QStringList vmIds;
    for (const MoveRow &row : m_moves->rows()) {
        if (row.status == MoveRow::Status::Proposed)
            vmIds.append(row.move.vmId);
    }
    apply(vmIds);
}

void BalancePage::applySelected()
{
    const QModelIndex current = m_moveView->selectionModel()->currentIndex();
    if (const MoveRow *row = m_moves->rowAt(current.row()))
        apply({row->move.vmId});
}

void BalancePage::apply(const QStringList &vmIds)
{
    if (!m_form->problem().isEmpty())
        return;
    MigrationOptions options;
    options.live = true;
    options.storage = m_form->settings().copyDisks ? MigrationOptions::Storage::CopyFull
                                                   : MigrationOptions::Storage::Shared;
    for (const QString &vmId : vmIds) {
        const MoveRow *row = m_moves->move(vmId);
        if (!row || !row->isApplicable())
            continue;
        const MoveRow move = *row;
        const QString destination = ResourceId::fromString(move.move.toHostId).providerId();
        Task *task = startMigration ? startMigration(ResourceId::fromString(vmId), destination, options) : nullptr;
        if (!task) {
            const QString why = tr("%1 or %2 is not a connected libvirt host").arg(move.fromName, move.toName);
            m_moves->setStatus(vmId, MoveRow::Status::Failed, why);
            m_runner->logNotStarted(m_poolId, move, why);
            continue;
        }
        m_moves->setStatus(vmId, MoveRow::Status::Moving);
        m_runner->follow(m_poolId, move, task);
    }
    updateActions();
}

void BalancePage::onMoveFinished(const QString &poolId, const QString &vmId, bool ok, const QString &failure)
{
    if (poolId != m_poolId)
        return;
    m_moves->setStatus(vmId, ok ? MoveRow::Status::Moved : MoveRow::Status::Failed, failure);
    updateActions();
    if (!isApplying() && m_form->problem().isEmpty())
        read(Round::AfterMoves);
}

void BalancePage::dismiss()
{
    m_reading = false; // a plan on its way is dismissed as well
    QList<MoveRow> running;
    for (const MoveRow &row : m_moves->rows()) {
        if (row.status == MoveRow::Status::Moving)
            running.append(row);
    }
    m_moves->setMoves(running);
    QList<HostLoadRow> hosts = m_hosts->rows();
    for (HostLoadRow &host : hosts) {
        host.cpuAfter = host.cpuNow;
        host.memoryAfter = host.memoryNow;
    }
    m_hosts->setHosts(hosts);
    m_message->setText(tr("The proposal was dismissed. Recalculate for a new one."));
    updateActions();
}

void BalancePage::onPolicyEdited()
{
    updateAutomaticTimer();
    updateActions();
    if (const QString problem = m_form->problem(); !problem.isEmpty()) {
        m_saveTimer->stop(); // a policy the planner refuses is not stored
        m_message->setText(problem);
        return;
    }
    m_saveTimer->start();
}

void BalancePage::savePolicy()
{
    if (!m_pools || m_poolId.isEmpty())
        return;
    const PoolSettings settings = m_form->settings();
    std::optional<ServerPool> pool = m_pools->pool(m_poolId);
    if (!pool || !settings.policy.validate().isEmpty())
        return;
    m_settings = settings;
    const QJsonObject json = settings.toJson();
    if (pool->balancePolicy == json)
        return;
    pool->balancePolicy = json;
    m_pools->save(*pool);
}

void BalancePage::onPoolsChanged()
{
    if (m_poolId.isEmpty())
        return;
    const std::optional<ServerPool> pool = m_pools->pool(m_poolId);
    if (!pool) {
        m_saveTimer->stop();
        setPool({});
        m_message->setText(tr("The pool was deleted."));
        return;
    }
    // Changed elsewhere (another window, a sub-pool's move): show it unless an edit waits to be saved.
    const PoolSettings stored = PoolSettings::fromJson(pool->balancePolicy);
    if (!m_saveTimer->isActive() && stored != m_settings) {
        m_settings = stored;
        m_form->setSettings(stored);
        updateAutomaticTimer();
        updateActions();
        requestRecalculation();
    }
    if (!m_hostsTimer->isActive())
        m_hostsTimer->start();
}

void BalancePage::checkHosts()
{
    const QStringList signature = hostSignature();
    if (signature == m_hostSignature)
        return;
    m_hostSignature = signature;
    if (!isApplying())
        requestRecalculation();
}

QStringList BalancePage::hostSignature() const
{
    QStringList signature;
    const InventoryNode *pool = m_poolId.isEmpty() ? nullptr : m_inventory->node(ServerPool::nodeId(m_poolId));
    if (!pool)
        return signature;
    const auto walk = [&](const auto &self, const InventoryNode *node, bool connected) -> void {
        for (int i = 0; i < node->childCount(); ++i) {
            const InventoryNode *child = node->child(i);
            switch (child->kind()) {
            case ResourceKind::Vm: break;
            case ResourceKind::Host: {
                const HostInfo *info = child->resource().host();
                signature.append(u"%1 %2 %3 %4 %5"_s.arg(child->id().toString())
                                     .arg(int(connected))
                                     .arg(int(m_pools && m_pools->inMaintenance(child->id())))
                                     .arg(info ? info->cpus : 0)
                                     .arg(info ? info->memoryKiB : 0));
                break; // hosts hold VMs, never other hosts
            }
            case ResourceKind::Provider:
                self(self, child, child->providerStatus().state == ProviderState::Connected);
                break;
            default: self(self, child, connected);
            }
        }
    };
    walk(walk, pool, true);
    return signature;
}

void BalancePage::updateAutomaticTimer()
{
    const PoolSettings settings = m_form->settings();
    if (m_poolId.isEmpty() || !settings.policy.automatic || !settings.policy.validate().isEmpty()) {
        m_automaticTimer->stop();
        m_automaticStatus->setText(tr("Automatic balancing is off for this pool."));
        return;
    }
    const int interval = m_automaticIntervalMs > 0 ? m_automaticIntervalMs
                                                   : qMax(1, settings.policy.windowMinutes) * 60'000;
    if (!m_automaticTimer->isActive() || m_automaticTimer->interval() != interval)
        m_automaticTimer->start(interval);
    const qint64 nextMs = m_runner->now() + m_automaticTimer->remainingTime();
    const QString next = QDateTime::fromMSecsSinceEpoch(nextMs).toString(u"HH:mm"_s);
    m_automaticStatus->setText(settings.dryRun
                                   ? tr("Automatic balancing, dry run: the round at %1 is only logged.").arg(next)
                                   : tr("Automatic balancing: the next round runs at %1.").arg(next));
}

void BalancePage::updateActions()
{
    const bool usable = !m_poolId.isEmpty() && m_form->problem().isEmpty();
    bool proposed = false;
    bool dismissable = false;
    for (const MoveRow &row : m_moves->rows()) {
        proposed = proposed || row.status == MoveRow::Status::Proposed;
        dismissable = dismissable || row.status != MoveRow::Status::Moving;
    }
    const MoveRow *selected = m_moves->rowAt(m_moveView->selectionModel()->currentIndex().row());
    const bool selectedApplicable = m_moveView->selectionModel()->hasSelection() && selected && selected->isApplicable();
    m_recalculate->setEnabled(usable && !isApplying());
    m_applyAll->setEnabled(usable && proposed && startMigration != nullptr);
    m_applySelected->setEnabled(usable && selectedApplicable && startMigration != nullptr);
    m_dismiss->setEnabled(dismissable);
}

bool BalancePage::isApplying() const { return m_runner->isRunning(m_poolId); }

} // namespace welkin
