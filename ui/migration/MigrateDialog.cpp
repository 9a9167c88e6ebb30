#include "MigrateDialog.h"

#include "manage/ManageSupport.h"
#include "providers/Task.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

QIcon outcomeIcon(MigrationCheck::Outcome outcome)
{
    QStyle *style = QApplication::style();
    switch (outcome) {
    case MigrationCheck::Outcome::Passed: return style->standardIcon(QStyle::SP_DialogApplyButton);
    case MigrationCheck::Outcome::Warning: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case MigrationCheck::Outcome::Blocker: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    }
    return {};
}

QString outcomeName(MigrationCheck::Outcome outcome)
{
    switch (outcome) {
    case MigrationCheck::Outcome::Passed: return MigrateDialog::tr("passed");
    case MigrationCheck::Outcome::Warning: return MigrateDialog::tr("warning");
    case MigrationCheck::Outcome::Blocker: return MigrateDialog::tr("blocks");
    }
    return {};
}

} // namespace

MigrateDialog::MigrateDialog(const QList<MigrationCandidate> &vms, const QList<MigrationDestination> &destinations,
                             PreflightFunction preflight, QWidget *parent)
    : QDialog(parent), m_vms(vms), m_destinations(destinations), m_preflight(std::move(preflight)),
      m_destination(new QComboBox), m_live(new QRadioButton(tr("&Live: the VM keeps running"))),
      m_paused(new QRadioButton(tr("&Paused while it moves"))), m_storage(new QComboBox), m_bandwidth(new QSpinBox),
      m_autoConverge(new QCheckBox(tr("&Auto-converge (slow the guest's vCPUs if memory changes faster than it copies)"))),
      m_postCopy(new QCheckBox(tr("Allow p&ost-copy (switch over when pre-copy does not converge)"))),
      m_peerToPeer(new QCheckBox(tr("P&eer to peer (the source host connects to the destination itself)"))),
      m_tunnelled(new QCheckBox(tr("&Tunnelled through the libvirt connection"))),
      m_persist(new QCheckBox(tr("&Keep the VM defined on the destination"))),
      m_undefineSource(new QCheckBox(tr("&Remove its definition from the source host"))), m_checks(new QTreeWidget),
      m_summary(new QLabel), m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel)), m_debounce(new QTimer(this))
{
    setObjectName(u"migrateDialog"_s);
    setWindowTitle(vms.size() == 1 ? tr("Migrate %1").arg(vms.first().name) : tr("Migrate %n VM(s)", "", int(vms.size())));
    auto *layout = new QVBoxLayout(this);
    QStringList sources;
    for (const MigrationCandidate &vm : vms)
        if (!sources.contains(vm.sourceName))
            sources.append(vm.sourceName);
    auto *intro = new QLabel(vms.size() == 1 ? tr("Move <b>%1</b> from <b>%2</b> to another host.").arg(vms.first().name.toHtmlEscaped(), sources.join(u", "_s).toHtmlEscaped())
                                             : tr("Move %n VM(s) from <b>%1</b> to another host.", "", int(vms.size())).arg(sources.join(u", "_s).toHtmlEscaped()));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_destination->setObjectName(u"destination"_s);
    for (const MigrationDestination &destination : destinations) {
        const QString label = destination.pool.isEmpty() ? destination.name : tr("%1 (pool %2)").arg(destination.name, destination.pool);
        m_destination->addItem(label, destination.providerId);
    }
    form->addRow(tr("&Destination:"), m_destination);

    const bool anyActive = std::any_of(vms.cbegin(), vms.cend(), [](const MigrationCandidate &vm) { return vm.active; });
    auto *mode = new QWidget;
    auto *modeLayout = new QHBoxLayout(mode);
    modeLayout->setContentsMargins(0, 0, 0, 0);
    modeLayout->addWidget(m_live);
    modeLayout->addWidget(m_paused);
    modeLayout->addStretch();
    m_live->setChecked(true);
    mode->setEnabled(anyActive);
    if (!anyActive)
        mode->setToolTip(tr("Shut-off VMs move offline: only their definition goes to the destination."));
    form->addRow(tr("Mode:"), mode);

    m_storage->setObjectName(u"storage"_s);
    m_storage->addItem(tr("Shared storage (both hosts see the same disks)"), int(MigrationOptions::Storage::Shared));
    m_storage->addItem(tr("Copy every disk to the destination"), int(MigrationOptions::Storage::CopyFull));
    m_storage->addItem(tr("Copy the top image of each disk (incremental)"), int(MigrationOptions::Storage::CopyIncremental));
    form->addRow(tr("&Storage:"), m_storage);
    layout->addLayout(form);

    auto *advanced = new QGroupBox(tr("Advanced"));
    auto *advancedLayout = new QFormLayout(advanced);
    m_bandwidth->setObjectName(u"bandwidth"_s);
    m_bandwidth->setRange(0, 100000);
    m_bandwidth->setSuffix(tr(" MiB/s"));
    m_bandwidth->setSpecialValueText(tr("no limit"));
    advancedLayout->addRow(tr("&Bandwidth limit:"), m_bandwidth);
    for (QCheckBox *box : {m_autoConverge, m_postCopy, m_peerToPeer, m_tunnelled, m_persist, m_undefineSource})
        advancedLayout->addRow(box);
    m_persist->setChecked(true);
    m_undefineSource->setChecked(true);
    connect(m_tunnelled, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_peerToPeer->setChecked(true); // libvirt tunnels only peer to peer
        m_peerToPeer->setEnabled(!on);
    });
    layout->addWidget(advanced);

    auto *checksLabel = new QLabel(tr("Checks against the destination:"));
    layout->addWidget(checksLabel);
    m_checks->setObjectName(u"migrationChecks"_s);
    m_checks->setColumnCount(2);
    m_checks->setHeaderLabels({tr("Check"), tr("Result")});
    m_checks->setRootIsDecorated(vms.size() > 1);
    m_checks->setWordWrap(true);
    m_checks->header()->setStretchLastSection(true);
    m_checks->header()->resizeSection(0, 200);
    m_checks->setMinimumHeight(160);
    layout->addWidget(m_checks, 1);
    m_summary->setObjectName(u"migrationSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    QPushButton *migrate = m_buttons->addButton(tr("&Migrate"), QDialogButtonBox::AcceptRole);
    migrate->setObjectName(u"migrateButton"_s);
    migrate->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    // Choices in quick succession (a spin box) run the checks once.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &MigrateDialog::runChecks);
    connect(m_destination, &QComboBox::currentIndexChanged, this, &MigrateDialog::scheduleChecks);
    connect(m_storage, &QComboBox::currentIndexChanged, this, &MigrateDialog::scheduleChecks);
    for (QCheckBox *box : {m_peerToPeer, m_tunnelled, m_persist, m_undefineSource})
        connect(box, &QCheckBox::toggled, this, &MigrateDialog::scheduleChecks);
    connect(m_live, &QRadioButton::toggled, this, &MigrateDialog::scheduleChecks);
    resize(640, 620);
    if (destinations.isEmpty()) {
        m_summary->setText(tr("There is no other connected libvirt host to move to. Connect the destination host first."));
        return;
    }
    runChecks();
}

MigrationDestination MigrateDialog::destination() const
{
    const int index = m_destination->currentIndex();
    return index >= 0 && index < m_destinations.size() ? m_destinations.at(index) : MigrationDestination{};
}

MigrationOptions MigrateDialog::options() const
{
    MigrationOptions options;
    options.live = m_live->isChecked();
    options.storage = MigrationOptions::Storage(m_storage->currentData().toInt());
    options.bandwidthMiBps = quint64(m_bandwidth->value());
    options.autoConverge = m_autoConverge->isChecked();
    options.allowPostCopy = m_postCopy->isChecked();
    options.tunnelled = m_tunnelled->isChecked();
    options.peerToPeer = m_peerToPeer->isChecked() || options.tunnelled;
    options.persistOnDestination = m_persist->isChecked();
    options.undefineSource = m_undefineSource->isChecked();
    return options;
}

bool MigrateDialog::selectDestination(const QString &providerId)
{
    const int index = m_destination->findData(providerId);
    if (index < 0)
        return false;
    m_destination->setCurrentIndex(index);
    return true;
}

QPushButton *MigrateDialog::migrateButton() const { return findChild<QPushButton *>(u"migrateButton"_s); }

QStringList MigrateDialog::checkLines() const
{
    QStringList lines;
    for (QTreeWidgetItemIterator it(m_checks); *it; ++it) {
        if ((*it)->childCount() == 0)
            lines.append((*it)->text(0) + u": "_s + (*it)->data(1, Qt::UserRole).toString() + u": "_s + (*it)->text(1));
    }
    return lines;
}

void MigrateDialog::scheduleChecks()
{
    // Until they ran again, the shown results may be for other choices: no Migrate meanwhile.
    migrateButton()->setEnabled(false);
    m_debounce->start();
}

void MigrateDialog::runChecks()
{
    const int generation = ++m_generation;
    m_checks->clear();
    m_blockers = m_warnings = 0;
    m_pending = int(m_vms.size());
    const MigrationDestination target = destination();
    const MigrationOptions chosen = options();
    updateState();
    for (const MigrationCandidate &vm : std::as_const(m_vms)) {
        Task *task = m_preflight(vm.vm, target, chosen);
        manage::readResult(task, this, [this, vm, generation](Task *done) {
            if (generation != m_generation)
                return; // results for earlier choices
            const auto preflight = done->result().value<MigrationPreflight>();
            addResult(vm, preflight.checks, done->state() == Task::State::Failed ? done->errorText() : QString());
        });
    }
}

void MigrateDialog::addResult(const MigrationCandidate &vm, const QList<MigrationCheck> &checks, const QString &error)
{
    QTreeWidgetItem *parent = nullptr;
    if (m_vms.size() > 1) {
        parent = new QTreeWidgetItem(m_checks, {vm.name});
        parent->setExpanded(true);
    }
    auto addRow = [&](const QString &subject, MigrationCheck::Outcome outcome, const QString &message) {
        auto *item = parent ? new QTreeWidgetItem(parent, {subject, message}) : new QTreeWidgetItem(m_checks, {subject, message});
        item->setIcon(0, outcomeIcon(outcome));
        item->setData(1, Qt::UserRole, outcomeName(outcome));
        item->setToolTip(1, message);
        m_blockers += outcome == MigrationCheck::Outcome::Blocker;
        m_warnings += outcome == MigrationCheck::Outcome::Warning;
        if (parent && outcome != MigrationCheck::Outcome::Passed)
            parent->setIcon(0, outcomeIcon(outcome));
    };
    if (!error.isEmpty())
        addRow(tr("Destination"), MigrationCheck::Outcome::Blocker, error);
    for (const MigrationCheck &check : checks)
        addRow(check.subject, check.outcome, check.message);
    --m_pending;
    updateState();
    if (m_pending == 0)
        Q_EMIT checksFinished();
}

void MigrateDialog::updateState()
{
    QPushButton *migrate = migrateButton();
    if (m_pending > 0) {
        m_summary->setText(tr("Checking %1…").arg(destination().name));
        migrate->setEnabled(false);
        return;
    }
    if (m_blockers > 0) {
        const QString text = m_blockers == 1
                                 ? tr("A problem blocks the migration. Change the destination or the options.")
                                 : tr("%n problem(s) block the migration. Change the destination or the options.", "", m_blockers);
        m_summary->setText(u"<span style='color:#c8322f'>%1</span>"_s.arg(text.toHtmlEscaped()));
    } else if (m_warnings > 0) {
        m_summary->setText(m_warnings == 1 ? tr("Ready, with a warning to read first.")
                                           : tr("Ready, with %n warning(s) to read first.", "", m_warnings));
    } else {
        m_summary->setText(tr("Every check passed."));
    }
    migrate->setEnabled(m_blockers == 0);
}

} // namespace welkin
