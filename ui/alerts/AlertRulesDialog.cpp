#include "AlertRulesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QUuid>
#include <QVBoxLayout>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

// What a scope entry stands for; its data is {choice, id}.
enum ScopeChoice { AllVms, SelectedVm, Group, AllHosts, HostItself, HostVms, PoolVms, PoolHosts, Kept };

QVariantList scopeData(ScopeChoice choice, const QString &id = {}) { return {int(choice), id}; }

// The entry that describes `rule`, as scopeData() makes it.
QVariantList scopeDataOf(const AlertRule &rule)
{
    switch (rule.scope) {
    case AlertRule::Scope::Global: return scopeData(rule.kind == ResourceKind::Host ? AllHosts : AllVms);
    case AlertRule::Scope::Group: return scopeData(Group, rule.group);
    case AlertRule::Scope::Resource:
        return scopeData(rule.resource.kind() == ResourceKind::Host ? HostItself : SelectedVm, rule.resource.toString());
    case AlertRule::Scope::Below:
        if (rule.resource.kind() == ResourceKind::Pool)
            return scopeData(rule.kind == ResourceKind::Host ? PoolHosts : PoolVms, rule.resource.toString());
        return scopeData(rule.kind == ResourceKind::Vm ? HostVms : Kept, rule.resource.toString());
    }
    return scopeData(Kept);
}

} // namespace

AlertRulesDialog::AlertRulesDialog(const QList<AlertRule> &rules, const ResourceId &selectedVm,
                                   const QString &selectedVmName, const QList<std::pair<QString, QString>> &groups,
                                   QWidget *parent)
    : QDialog(parent), m_rules(rules), m_selectedVm(selectedVm), m_list(new QListWidget), m_name(new QLineEdit),
      m_metric(new QComboBox), m_comparison(new QComboBox), m_threshold(new QDoubleSpinBox), m_duration(new QSpinBox),
      m_severity(new QComboBox), m_scope(new QComboBox), m_add(new QPushButton(tr("&Add Rule"))),
      m_edit(new QPushButton(tr("&Edit"))), m_remove(new QPushButton(tr("&Remove"))),
      m_cancelEdit(new QPushButton(tr("Cancel Edi&t")))
{
    setWindowTitle(tr("Alert Rules"));
    m_list->setObjectName(u"alertRuleList"_s);

    for (Metric metric : {Metric::Cpu, Metric::CpuHost, Metric::MemoryPercent, Metric::DiskBps, Metric::NetBps})
        m_metric->addItem(metricDisplayName(metric), int(metric));
    for (auto comparison : {MetricQuery::Comparison::Greater, MetricQuery::Comparison::GreaterOrEqual,
                            MetricQuery::Comparison::Less, MetricQuery::Comparison::LessOrEqual})
        m_comparison->addItem(MetricQuery::comparisonSymbol(comparison), int(comparison));
    m_threshold->setRange(0, 1e12);
    m_threshold->setDecimals(1);
    m_threshold->setValue(80);
    m_threshold->setToolTip(tr("Percent for CPU and memory, bytes per second for disk and network"));
    m_duration->setRange(0, 86400);
    m_duration->setValue(60);
    m_duration->setSuffix(tr(" s"));
    m_severity->addItem(tr("Warning"), int(ProviderEvent::Severity::Warning));
    m_severity->addItem(tr("Error"), int(ProviderEvent::Severity::Error));
    m_severity->addItem(tr("Information"), int(ProviderEvent::Severity::Info));
    m_scope->setObjectName(u"alertScope"_s);
    m_scope->addItem(tr("All virtual machines"), scopeData(AllVms));
    if (selectedVm.isValid()) {
        m_names.insert(selectedVm, selectedVmName);
        m_scope->addItem(tr("Selected VM: %1").arg(selectedVmName), scopeData(SelectedVm, selectedVm.toString()));
    }
    for (const auto &[id, name] : groups) {
        m_groupNames.insert(id, name);
        m_scope->addItem(tr("Group: %1").arg(name), scopeData(Group, id));
    }
    m_name->setPlaceholderText(tr("Optional, e.g. \"CPU high\""));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *condition = new QHBoxLayout;
    condition->addWidget(m_metric, 1);
    condition->addWidget(m_comparison);
    condition->addWidget(m_threshold);
    // A row holding a layout gets no buddy by itself: without one the '&' would show.
    auto *conditionLabel = new QLabel(tr("&Condition:"));
    conditionLabel->setObjectName(u"conditionLabel"_s);
    conditionLabel->setBuddy(m_metric);
    form->addRow(conditionLabel, condition);
    form->addRow(tr("&For at least:"), m_duration);
    form->addRow(tr("&Severity:"), m_severity);
    form->addRow(tr("A&pplies to:"), m_scope);
    m_add->setObjectName(u"addRule"_s);
    m_edit->setObjectName(u"editRule"_s);
    m_remove->setObjectName(u"removeRule"_s);
    m_cancelEdit->setObjectName(u"cancelEditRule"_s);
    auto *listButtons = new QHBoxLayout;
    listButtons->addStretch();
    listButtons->addWidget(m_edit);
    listButtons->addWidget(m_remove);
    auto *formButtons = new QHBoxLayout;
    formButtons->addStretch();
    formButtons->addWidget(m_cancelEdit);
    formButtons->addWidget(m_add);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(listButtons);
    layout->addLayout(form);
    layout->addLayout(formButtons);
    layout->addWidget(buttons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (m_editing >= 0)
            saveEdit();
        else
            addFromForm();
    });
    connect(m_edit, &QPushButton::clicked, this, [this] { editRow(m_list->currentRow()); });
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) { editRow(m_list->row(item)); });
    connect(m_list, &QListWidget::currentRowChanged, this, &AlertRulesDialog::updateButtons);
    connect(m_remove, &QPushButton::clicked, this, &AlertRulesDialog::removeSelected);
    connect(m_cancelEdit, &QPushButton::clicked, this, &AlertRulesDialog::cancelEdit);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refreshList();
    updateButtons();
    resize(560, 480);
}

void AlertRulesDialog::setTargets(const QList<Target> &hosts, const QList<Target> &pools)
{
    m_scope->addItem(tr("All hosts"), scopeData(AllHosts));
    for (const Target &host : hosts) {
        m_names.insert(host.id, host.name);
        m_scope->addItem(tr("Host %1 itself").arg(host.name), scopeData(HostItself, host.id.toString()));
        m_scope->addItem(tr("VMs on host %1").arg(host.name), scopeData(HostVms, host.id.toString()));
    }
    for (const Target &pool : pools) {
        m_names.insert(pool.id, pool.name);
        m_scope->addItem(tr("VMs in server pool %1").arg(pool.name), scopeData(PoolVms, pool.id.toString()));
        m_scope->addItem(tr("Hosts in server pool %1").arg(pool.name), scopeData(PoolHosts, pool.id.toString()));
    }
    refreshList(); // the names read better than ids
}

void AlertRulesDialog::fillRule(AlertRule &rule) const
{
    rule.name = m_name->text().trimmed();
    rule.metric = static_cast<Metric>(m_metric->currentData().toInt());
    rule.comparison = static_cast<MetricQuery::Comparison>(m_comparison->currentData().toInt());
    rule.threshold = m_threshold->value();
    rule.durationMs = qint64(m_duration->value()) * 1000;
    rule.severity = static_cast<ProviderEvent::Severity>(m_severity->currentData().toInt());
    const QVariantList scope = m_scope->currentData().toList();
    const ResourceId target = ResourceId::fromString(scope.value(1).toString());
    rule.resource = {};
    rule.group.clear();
    rule.kind = ResourceKind::Vm;
    switch (scope.value(0).toInt()) {
    case SelectedVm:
    case HostItself:
        rule.scope = AlertRule::Scope::Resource;
        rule.resource = target;
        break;
    case Group:
        rule.scope = AlertRule::Scope::Group;
        rule.group = scope.value(1).toString();
        break;
    case AllHosts:
        rule.scope = AlertRule::Scope::Global;
        rule.kind = ResourceKind::Host;
        break;
    case HostVms:
    case PoolVms:
        rule.scope = AlertRule::Scope::Below;
        rule.resource = target;
        break;
    case PoolHosts:
        rule.scope = AlertRule::Scope::Below;
        rule.resource = target;
        rule.kind = ResourceKind::Host;
        break;
    case Kept:
        rule.scope = m_keptScope.scope;
        rule.resource = m_keptScope.resource;
        rule.group = m_keptScope.group;
        rule.kind = m_keptScope.kind;
        break;
    default:
        rule.scope = AlertRule::Scope::Global;
    }
}

void AlertRulesDialog::addFromForm()
{
    AlertRule rule;
    rule.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    fillRule(rule);
    m_rules.append(rule);
    m_name->clear();
    refreshList();
}

void AlertRulesDialog::editRow(int row)
{
    if (row < 0 || row >= m_rules.size())
        return;
    const AlertRule &rule = m_rules.at(row);
    m_editing = row;
    m_name->setText(rule.name);
    // A metric or comparison the form does not offer (a rule from a newer version) stays choosable.
    int metric = m_metric->findData(int(rule.metric));
    if (metric < 0) {
        m_metric->addItem(metricDisplayName(rule.metric), int(rule.metric));
        metric = m_metric->count() - 1;
    }
    m_metric->setCurrentIndex(metric);
    int comparison = m_comparison->findData(int(rule.comparison));
    if (comparison < 0) {
        m_comparison->addItem(MetricQuery::comparisonSymbol(rule.comparison), int(rule.comparison));
        comparison = m_comparison->count() - 1;
    }
    m_comparison->setCurrentIndex(comparison);
    m_threshold->setValue(rule.threshold);
    m_duration->setValue(int(rule.durationMs / 1000));
    m_severity->setCurrentIndex(std::max(0, m_severity->findData(int(rule.severity))));
    selectScope(rule);
    m_list->setCurrentRow(row);
    updateButtons();
    m_name->setFocus();
}

void AlertRulesDialog::selectScope(const AlertRule &rule)
{
    const QVariantList wanted = scopeDataOf(rule);
    for (int i = 0; i < m_scope->count(); ++i) {
        if (m_scope->itemData(i).toList() == wanted) {
            m_scope->setCurrentIndex(i);
            return;
        }
    }
    // Not offered now (the VM is not selected, the host is not connected): keep it as it is.
    m_keptScope = rule;
    const int kept = m_scope->findData(scopeData(Kept));
    const QString text = tr("Unchanged: %1").arg(describe(rule).section(u" · "_s, -1));
    if (kept >= 0) {
        m_scope->setItemText(kept, text);
        m_scope->setCurrentIndex(kept);
    } else {
        m_scope->addItem(text, scopeData(Kept));
        m_scope->setCurrentIndex(m_scope->count() - 1);
    }
}

void AlertRulesDialog::saveEdit()
{
    if (m_editing < 0 || m_editing >= m_rules.size())
        return;
    fillRule(m_rules[m_editing]); // id, enabled and hysteresis stay
    const int row = m_editing;
    cancelEdit();
    refreshList();
    m_list->setCurrentRow(row);
}

void AlertRulesDialog::cancelEdit()
{
    m_editing = -1;
    m_name->clear();
    updateButtons();
}

void AlertRulesDialog::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_rules.size())
        return;
    if (row == m_editing)
        cancelEdit();
    else if (row < m_editing)
        --m_editing;
    m_rules.removeAt(row);
    refreshList();
}

void AlertRulesDialog::refreshList()
{
    m_list->clear();
    for (const AlertRule &rule : m_rules)
        m_list->addItem(describe(rule));
    updateButtons();
}

void AlertRulesDialog::updateButtons()
{
    const bool picked = m_list->currentRow() >= 0;
    m_edit->setEnabled(picked);
    m_remove->setEnabled(picked);
    m_add->setText(m_editing >= 0 ? tr("S&ave Rule") : tr("&Add Rule"));
    m_cancelEdit->setVisible(m_editing >= 0);
}

QString AlertRulesDialog::nameOf(const ResourceId &id) const
{
    const QString name = m_names.value(id);
    return name.isEmpty() ? id.nativeId() : name;
}

QString AlertRulesDialog::describe(const AlertRule &rule) const
{
    QString where;
    switch (rule.scope) {
    case AlertRule::Scope::Resource:
        where = rule.resource.kind() == ResourceKind::Host ? tr("host %1").arg(nameOf(rule.resource))
                                                           : tr("VM %1").arg(nameOf(rule.resource));
        break;
    case AlertRule::Scope::Group:
        where = tr("group %1").arg(m_groupNames.value(rule.group, rule.group));
        break;
    case AlertRule::Scope::Global: where = rule.kind == ResourceKind::Host ? tr("all hosts") : tr("all VMs"); break;
    case AlertRule::Scope::Below:
        if (rule.resource.kind() == ResourceKind::Pool)
            where = rule.kind == ResourceKind::Host ? tr("hosts in server pool %1").arg(nameOf(rule.resource))
                                                    : tr("VMs in server pool %1").arg(nameOf(rule.resource));
        else
            where = rule.kind == ResourceKind::Host ? tr("hosts below %1").arg(nameOf(rule.resource))
                                                    : tr("VMs on %1").arg(nameOf(rule.resource));
        break;
    }
    const QString condition = rule.conditionText();
    return (rule.name.isEmpty() ? condition : rule.name + u" ("_s + condition + u')') + u" · "_s + where;
}

} // namespace welkin
