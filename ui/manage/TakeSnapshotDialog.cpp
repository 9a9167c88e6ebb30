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

TakeSnapshotDialog::TakeSnapshotDialog(const QString &vmName, bool running, QStringList taken, QWidget *parent)
    : QDialog(parent), m_taken(std::move(taken)), m_name(new QLineEdit), m_description(new QPlainTextEdit),
      m_diskOnly(new QCheckBox(tr("&Disk only: external qcow2 overlays, no memory"))), m_problem(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Take Snapshot of %1").arg(vmName));
    setObjectName(u"takeSnapshotDialog"_s);
    m_name->setObjectName(u"snapshotName"_s);
    m_name->setText(u"snapshot-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmm"_s));
    m_description->setObjectName(u"snapshotDescription"_s);
    m_description->setPlaceholderText(tr("What this snapshot is for, e.g. \"before the kernel upgrade\""));
    m_description->setMaximumHeight(m_description->fontMetrics().height() * 5);
    m_diskOnly->setObjectName(u"snapshotDiskOnly"_s);
    m_problem->setObjectName(u"snapshotProblem"_s);
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Take Snapshot"));

    auto *hint = new QLabel(running ? tr("The VM is running: its memory is saved too, so reverting resumes it exactly "
                                         "where it was. QEMU pauses it while the memory is written.")
                                    : tr("The VM is shut off: the snapshot holds its disks."));
    hint->setWordWrap(true);
    hint->setEnabled(false);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_problem);
    form->addRow(tr("D&escription:"), m_description);
    form->addRow(QString(), m_diskOnly);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &TakeSnapshotDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
    validate();
}

SnapshotSpec TakeSnapshotDialog::spec() const
{
    return {m_name->text(), m_description->toPlainText().trimmed(), m_diskOnly->isChecked()};
}

void TakeSnapshotDialog::validate()
{
    QString problem = NameRules::check(NameRules::Kind::Snapshot, m_name->text());
    if (problem.isEmpty() && m_taken.contains(m_name->text()))
        problem = tr("This VM already has a snapshot named %1").arg(m_name->text());
    manage::showFieldMessage(m_problem, problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace welkin
