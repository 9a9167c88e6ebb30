#include "AlertRulesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QUuid>
#include <QVBoxLayout>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

enum ScopeChoice { AllVms, SelectedVm, Group };

} // namespace

AlertRulesDialog::AlertRulesDialog(const QList<AlertRule> &rules, const ResourceId &selectedVm,
                                   const QString &selectedVmName, const QList<std::pair<QString, QString>> &groups,
                                   QWidget *parent)
    : QDialog(parent), m_rules(rules), m_selectedVm(selectedVm), m_list(new QListWidget), m_name(new QLineEdit),
      m_metric(new QComboBox), m_comparison(new QComboBox), m_threshold(new QDoubleSpinBox), m_duration(new QSpinBox),
      m_severity(new QComboBox), m_scope(new QComboBox)
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
    m_scope->addItem(tr("All virtual machines"), QVariantList{AllVms});
    if (selectedVm.isValid())
        m_scope->addItem(tr("Selected VM: %1").arg(selectedVmName), QVariantList{SelectedVm});
    for (const auto &[id, name] : groups)
        m_scope->addItem(tr("Group: %1").arg(name), QVariantList{Group, id});
    m_name->setPlaceholderText(tr("Optional, e.g. \"CPU high\""));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *condition = new QHBoxLayout;
    condition->addWidget(m_metric, 1);
    condition->addWidget(m_comparison);
    condition->addWidget(m_threshold);
    form->addRow(tr("&Condition:"), condition);
    form->addRow(tr("For &at least:"), m_duration);
    form->addRow(tr("&Severity:"), m_severity);
    form->addRow(tr("&Applies to:"), m_scope);
    auto *add = new QPushButton(tr("&Add Rule"));
    add->setObjectName(u"addRule"_s);
    auto *remove = new QPushButton(tr("&Remove"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addStretch();
    listButtons->addWidget(remove);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(listButtons);
    layout->addLayout(form);
    layout->addWidget(add, 0, Qt::AlignRight);
    layout->addWidget(buttons);
    connect(add, &QPushButton::clicked, this, &AlertRulesDialog::addFromForm);
    connect(remove, &QPushButton::clicked, this, &AlertRulesDialog::removeSelected);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refreshList();
    resize(520, 460);
}

void AlertRulesDialog::addFromForm()
{
    AlertRule rule;
    rule.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    rule.name = m_name->text().trimmed();
    rule.metric = static_cast<Metric>(m_metric->currentData().toInt());
    rule.comparison = static_cast<MetricQuery::Comparison>(m_comparison->currentData().toInt());
    rule.threshold = m_threshold->value();
    rule.durationMs = qint64(m_duration->value()) * 1000;
    rule.severity = static_cast<ProviderEvent::Severity>(m_severity->currentData().toInt());
    const QVariantList scope = m_scope->currentData().toList();
    switch (scope.value(0).toInt()) {
    case SelectedVm:
        rule.scope = AlertRule::Scope::Resource;
        rule.resource = m_selectedVm;
        break;
    case Group:
        rule.scope = AlertRule::Scope::Group;
        rule.group = scope.value(1).toString();
        break;
    default:
        rule.scope = AlertRule::Scope::Global;
        rule.kind = ResourceKind::Vm;
    }
    m_rules.append(rule);
    m_name->clear();
    refreshList();
}

void AlertRulesDialog::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_rules.size())
        return;
    m_rules.removeAt(row);
    refreshList();
}

void AlertRulesDialog::refreshList()
{
    m_list->clear();
    for (const AlertRule &rule : m_rules)
        m_list->addItem(describe(rule));
}

QString AlertRulesDialog::describe(const AlertRule &rule)
{
    QString where;
    switch (rule.scope) {
    case AlertRule::Scope::Resource: where = tr("one resource"); break;
    case AlertRule::Scope::Group: where = tr("a group"); break;
    case AlertRule::Scope::Global: where = rule.kind == ResourceKind::Host ? tr("all hosts") : tr("all VMs"); break;
    }
    const QString condition = rule.conditionText();
    return (rule.name.isEmpty() ? condition : rule.name + u" ("_s + condition + u')') + u" · "_s + where;
}

} // namespace welkin
