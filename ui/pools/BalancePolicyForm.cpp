#include "BalancePolicyForm.h"

#include "manage/ManageSupport.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QVBoxLayout>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

constexpr int GroupNameRole = Qt::UserRole + 1;

QDoubleSpinBox *percentBox(const QString &objectName, double maximum, const QString &suffix)
{
    auto *box = new QDoubleSpinBox;
    box->setObjectName(objectName);
    box->setDecimals(0);
    box->setRange(0, maximum);
    box->setSuffix(suffix);
    return box;
}

QSpinBox *countBox(const QString &objectName, int maximum, const QString &suffix)
{
    auto *box = new QSpinBox;
    box->setObjectName(objectName);
    box->setRange(0, maximum);
    box->setSuffix(suffix);
    return box;
}

} // namespace

BalancePolicyForm::BalancePolicyForm(QWidget *parent)
    : QWidget(parent), m_cpuCeiling(percentBox(u"cpuCeiling"_s, 200, tr(" %"))),
      m_memoryCeiling(percentBox(u"memoryCeiling"_s, 200, tr(" %"))),
      m_window(countBox(u"windowMinutes"_s, 24 * 60, tr(" min"))),
      m_minBenefit(percentBox(u"minBenefit"_s, 200, tr(" points"))),
      m_maxMoves(countBox(u"maxMoves"_s, 1000, QString())),
      m_cooldown(countBox(u"cooldownMinutes"_s, 7 * 24 * 60, tr(" min"))), m_keepApart(new QListWidget),
      m_copyDisks(new QCheckBox(tr("Copy disks when moving (hosts without shared storage)"))),
      m_automatic(new QCheckBox(tr("Automatic"))), m_dryRun(new QCheckBox(tr("Dry run (log only)"))),
      m_problem(new QLabel)
{
    m_cpuCeiling->setToolTip(tr("A host whose average CPU load is above this gives up VMs"));
    m_memoryCeiling->setToolTip(tr("A host whose average memory use is above this gives up VMs"));
    m_window->setToolTip(tr("Loads are averaged over this much of the stored history"));
    m_minBenefit->setToolTip(tr("A move must lower its host's load by at least this many percentage points"));
    m_cooldown->setToolTip(tr("A VM that moved less than this ago stays where it is"));
    m_keepApart->setObjectName(u"keepApartGroups"_s);
    m_keepApart->setToolTip(tr("No two running VMs of a checked group on the same host"));
    m_keepApart->setMaximumHeight(m_keepApart->fontMetrics().height() * 5);
    m_copyDisks->setObjectName(u"copyDisks"_s);
    m_automatic->setObjectName(u"automatic"_s);
    m_automatic->setToolTip(tr("Plan a round every averaging window and apply it (or only log it in a dry run)"));
    m_dryRun->setObjectName(u"dryRun"_s);
    m_problem->setObjectName(u"policyProblem"_s);
    m_problem->setWordWrap(true);
    manage::showFieldMessage(m_problem, {});

    auto *form = new QFormLayout;
    form->addRow(tr("CPU ceiling:"), m_cpuCeiling);
    form->addRow(tr("Memory ceiling:"), m_memoryCeiling);
    form->addRow(tr("Averaging window:"), m_window);
    form->addRow(tr("Minimum benefit:"), m_minBenefit);
    form->addRow(tr("Moves per round:"), m_maxMoves);
    form->addRow(tr("Cooldown:"), m_cooldown);
    form->addRow(tr("Keep apart:"), m_keepApart);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_copyDisks);
    layout->addWidget(m_automatic);
    auto *dryRunRow = new QHBoxLayout;
    dryRunRow->addSpacing(20); // under "Automatic", which it belongs to
    dryRunRow->addWidget(m_dryRun);
    layout->addLayout(dryRunRow);
    layout->addWidget(m_problem);
    layout->addStretch(1);

    for (QDoubleSpinBox *box : {m_cpuCeiling, m_memoryCeiling, m_minBenefit})
        connect(box, &QDoubleSpinBox::valueChanged, this, &BalancePolicyForm::onEdited);
    for (QSpinBox *box : {m_window, m_maxMoves, m_cooldown})
        connect(box, &QSpinBox::valueChanged, this, &BalancePolicyForm::onEdited);
    for (QCheckBox *box : {m_copyDisks, m_automatic, m_dryRun})
        connect(box, &QCheckBox::toggled, this, &BalancePolicyForm::onEdited);
    connect(m_keepApart, &QListWidget::itemChanged, this, &BalancePolicyForm::onEdited);
    setSettings({});
}

void BalancePolicyForm::setSettings(const PoolSettings &settings)
{
    m_loading = true;
    const BalancePolicy &policy = settings.policy;
    m_cpuCeiling->setValue(policy.cpuCeilingPercent);
    m_memoryCeiling->setValue(policy.memoryCeilingPercent);
    m_window->setValue(policy.windowMinutes);
    m_minBenefit->setValue(policy.minBenefitPercent);
    m_maxMoves->setValue(policy.maxMovesPerRound);
    m_cooldown->setValue(policy.cooldownMinutes);
    fillGroups(policy.keepApartGroups);
    m_copyDisks->setChecked(settings.copyDisks);
    m_automatic->setChecked(policy.automatic);
    m_dryRun->setChecked(settings.dryRun);
    m_loading = false;
    m_dryRun->setEnabled(policy.automatic);
    manage::showFieldMessage(m_problem, problem());
}

PoolSettings BalancePolicyForm::settings() const
{
    PoolSettings settings;
    BalancePolicy &policy = settings.policy;
    policy.cpuCeilingPercent = m_cpuCeiling->value();
    policy.memoryCeilingPercent = m_memoryCeiling->value();
    policy.windowMinutes = m_window->value();
    policy.minBenefitPercent = m_minBenefit->value();
    policy.maxMovesPerRound = m_maxMoves->value();
    policy.cooldownMinutes = m_cooldown->value();
    for (int i = 0; i < m_keepApart->count(); ++i) {
        const QListWidgetItem *item = m_keepApart->item(i);
        if (item->checkState() == Qt::Checked)
            policy.keepApartGroups.append(item->data(GroupNameRole).toString());
    }
    policy.automatic = m_automatic->isChecked();
    settings.copyDisks = m_copyDisks->isChecked();
    settings.dryRun = m_dryRun->isChecked();
    return settings;
}

void BalancePolicyForm::setGroupNames(const QStringList &names)
{
    if (names == m_groupNames)
        return;
    m_groupNames = names;
    const bool loading = std::exchange(m_loading, true);
    fillGroups(settings().policy.keepApartGroups);
    m_loading = loading;
}

void BalancePolicyForm::fillGroups(const QStringList &checked)
{
    m_keepApart->clear();
    QStringList names = m_groupNames;
    for (const QString &name : checked) {
        if (!names.contains(name))
            names.append(name);
    }
    names.removeDuplicates();
    for (const QString &name : std::as_const(names)) {
        auto *item = new QListWidgetItem(name, m_keepApart);
        item->setData(GroupNameRole, name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(name) ? Qt::Checked : Qt::Unchecked);
        if (!m_groupNames.contains(name))
            item->setToolTip(tr("No VM group has this name now"));
    }
    if (names.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No VM groups yet"), m_keepApart);
        item->setFlags(Qt::NoItemFlags);
        item->setToolTip(tr("Groups made in the Groups panel can be kept apart here"));
    }
}

QString BalancePolicyForm::problem() const { return settings().policy.validate(); }

void BalancePolicyForm::onEdited()
{
    if (m_loading)
        return;
    m_dryRun->setEnabled(m_automatic->isChecked());
    manage::showFieldMessage(m_problem, problem());
    Q_EMIT edited();
}

} // namespace welkin
