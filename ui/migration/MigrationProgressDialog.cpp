#include "MigrationProgressDialog.h"

#include "providers/Task.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace welkin {

using namespace Qt::StringLiterals;

MigrationProgressDialog::MigrationProgressDialog(QWidget *parent)
    : QDialog(parent), m_rows(new QGridLayout), m_empty(new QLabel(tr("No migration is running.")))
{
    setObjectName(u"migrationProgress"_s);
    setWindowTitle(tr("Migrations"));
    auto *layout = new QVBoxLayout(this);
    auto *area = new QScrollArea;
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_empty);
    contentLayout->addLayout(m_rows);
    contentLayout->addStretch();
    m_rows->setColumnStretch(1, 1);
    area->setWidget(content);
    layout->addWidget(area);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::hide);
    layout->addWidget(buttons);
    resize(640, 260);
}

int MigrationProgressDialog::runningCount() const
{
    return int(std::count_if(m_tasks.cbegin(), m_tasks.cend(), [](const QPointer<Task> &task) { return task && !task->isFinished(); }));
}

void MigrationProgressDialog::addMigration(Task *task, const QString &vmName, const QString &sourceName,
                                           const QString &destinationName)
{
    m_empty->hide();
    m_tasks.append(task);
    const int row = m_rows->rowCount();
    auto *title = new QLabel(tr("<b>%1</b>: %2 → %3").arg(vmName.toHtmlEscaped(), sourceName.toHtmlEscaped(), destinationName.toHtmlEscaped()));
    auto *bar = new QProgressBar;
    bar->setObjectName(u"migrationBar"_s);
    bar->setRange(0, 0); // busy until the job reports figures
    auto *cancel = new QPushButton(tr("Cancel"));
    cancel->setObjectName(u"cancelMigration"_s);
    auto *detail = new QLabel(tr("Starting…"));
    detail->setObjectName(u"migrationDetail"_s);
    detail->setWordWrap(true);
    detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rows->addWidget(title, row, 0, 1, 3);
    m_rows->addWidget(bar, row + 1, 0, 1, 2);
    m_rows->addWidget(cancel, row + 1, 2);
    m_rows->addWidget(detail, row + 2, 0, 1, 3);

    const QPointer<Task> guard(task);
    cancel->setEnabled(task->isCancellable());
    connect(task, &Task::cancellableChanged, cancel, &QWidget::setEnabled);
    connect(cancel, &QPushButton::clicked, this, [guard, cancel, detail] {
        if (!guard)
            return;
        guard->requestCancel();
        cancel->setEnabled(false);
        detail->setText(tr("Cancelling…"));
    });
    connect(task, &Task::progressChanged, bar, [bar](int percent) {
        if (percent < 0)
            return;
        bar->setRange(0, 100);
        bar->setValue(percent);
    });
    connect(task, &Task::detailChanged, detail, [detail](const QString &text) {
        if (!text.isEmpty())
            detail->setText(text);
    });
    connect(task, &Task::finished, this, [guard, bar, cancel, detail](bool ok) {
        cancel->hide();
        bar->setRange(0, 100);
        bar->setValue(ok ? 100 : bar->value());
        if (!guard)
            return;
        if (ok) {
            detail->setText(guard->detail().isEmpty() ? tr("Done.") : guard->detail());
        } else {
            detail->setText(u"<span style='color:#c8322f'>%1</span>"_s.arg(guard->errorText().toHtmlEscaped()));
        }
    });
}

} // namespace welkin
