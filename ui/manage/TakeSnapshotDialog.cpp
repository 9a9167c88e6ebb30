#include "TakeSnapshotDialog.h"

#include "ManageSupport.h"
#include "manage/NameRules.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

QString hintFor(const SnapshotSupport &support, bool running)
{
    if (support.images)
        return TakeSnapshotDialog::tr("The server's disk is saved as an image in the image service. New servers can "
                                      "start from it; the cloud cannot turn this server back to it.");
    if (support.memory)
        return running ? TakeSnapshotDialog::tr("With memory, reverting resumes the VM exactly where it was. Without "
                                                "it, the VM must be stopped to revert to this snapshot.")
                       : TakeSnapshotDialog::tr("The VM is stopped: the snapshot holds its disks.");
    if (running && support.memoryWhenRunning)
        return TakeSnapshotDialog::tr("The VM is running: its memory is saved too, so reverting resumes it exactly "
                                      "where it was. QEMU pauses it while the memory is written.");
    return TakeSnapshotDialog::tr("The VM is shut off: the snapshot holds its disks.");
}

} // namespace

TakeSnapshotDialog::TakeSnapshotDialog(const QString &vmName, bool running, QStringList taken,
                                       const SnapshotSupport &support, QWidget *parent)
    : QDialog(parent), m_taken(std::move(taken)), m_support(support), m_name(new QLineEdit),
      m_description(new QPlainTextEdit),
      m_diskOnly(new QCheckBox(tr("&Disk only: external qcow2 overlays, no memory"))),
      m_memory(new QCheckBox(tr("Include the VM's &memory"))), m_problem(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Take Snapshot of %1").arg(vmName));
    setObjectName(u"takeSnapshotDialog"_s);
    m_name->setObjectName(u"snapshotName"_s);
    m_name->setText(u"snapshot-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmm"_s));
    m_name->setMaxLength(support.maxNameLength);
    m_description->setObjectName(u"snapshotDescription"_s);
    m_description->setPlaceholderText(tr("What this snapshot is for, e.g. \"before the kernel upgrade\""));
    m_description->setMaximumHeight(m_description->fontMetrics().height() * 5);
    m_diskOnly->setObjectName(u"snapshotDiskOnly"_s);
    m_memory->setObjectName(u"snapshotMemory"_s);
    // CloudStack refuses memory of a stopped VM; a running one is reverted whole only with it.
    m_memory->setEnabled(running);
    m_memory->setChecked(running);
    m_problem->setObjectName(u"snapshotProblem"_s);
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Take Snapshot"));

    auto *hint = new QLabel(hintFor(support, running));
    hint->setObjectName(u"snapshotHint"_s);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_problem);
    form->addRow(tr("D&escription:"), m_description);
    if (support.diskOnly)
        form->addRow(QString(), m_diskOnly);
    else
        m_diskOnly->hide();
    if (support.memory)
        form->addRow(QString(), m_memory);
    else
        m_memory->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &TakeSnapshotDialog::validate);
    connect(m_description, &QPlainTextEdit::textChanged, this, &TakeSnapshotDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
    validate();
}

SnapshotSpec TakeSnapshotDialog::spec() const
{
    return {m_support.libvirtNames ? m_name->text() : m_name->text().trimmed(), m_description->toPlainText().trimmed(),
            m_support.diskOnly && m_diskOnly->isChecked(), m_support.memory && m_memory->isEnabled() && m_memory->isChecked()};
}

QString TakeSnapshotDialog::nameProblem(const QString &name, const SnapshotSupport &support, const QStringList &taken)
{
    QString problem;
    if (support.libvirtNames) {
        problem = NameRules::check(NameRules::Kind::Snapshot, name);
    } else {
        const QString trimmed = name.trimmed();
        if (trimmed.isEmpty())
            problem = tr("The snapshot name is empty");
        else if (trimmed.size() > support.maxNameLength)
            problem = tr("The snapshot name is too long (%1 characters, at most %2)").arg(trimmed.size()).arg(support.maxNameLength);
        else if (std::any_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
            problem = tr("The snapshot name '%1' contains a control character").arg(trimmed);
    }
    const QString wanted = support.libvirtNames ? name : name.trimmed();
    if (problem.isEmpty() && taken.contains(wanted))
        problem = tr("This VM already has a snapshot named %1").arg(wanted);
    return problem;
}

void TakeSnapshotDialog::validate()
{
    QString problem = nameProblem(m_name->text(), m_support, m_taken);
    // CloudStack and Glance keep at most 255 characters of description.
    const qsizetype description = m_description->toPlainText().trimmed().size();
    if (problem.isEmpty() && !m_support.libvirtNames && description > m_support.maxNameLength)
        problem = tr("The description is too long (%1 characters, at most %2)").arg(description).arg(m_support.maxNameLength);
    manage::showFieldMessage(m_problem, problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace welkin
