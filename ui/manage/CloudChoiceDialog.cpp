#include "CloudChoiceDialog.h"

#include "ManageSupport.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>


namespace welkin {

using namespace Qt::StringLiterals;

CloudChoiceDialog::CloudChoiceDialog(Kind kind, const QString &title, const QString &prompt, const QString &currentName,
                                     QWidget *parent)
    : QDialog(parent), m_kind(kind), m_currentName(currentName), m_status(new QLabel(tr("Reading what the cloud offers…"))),
      m_list(new QTreeWidget), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(u"cloudChoiceDialog"_s);
    setWindowTitle(title);
    m_status->setObjectName(u"choiceStatus"_s);
    m_status->setWordWrap(true);
    m_list->setObjectName(u"choiceList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    if (kind == Kind::Size)
        m_list->setHeaderLabels({tr("Size"), tr("vCPUs"), tr("RAM"), tr("Disk")});
    else
        m_list->setHeaderLabels({tr("Image"), tr("Details")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *label = new QLabel(prompt);
    label->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &CloudChoiceDialog::updateState);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    resize(520, 360);
    updateState();
}

void CloudChoiceDialog::setOptions(const QList<CloudOption> &options)
{
    m_list->clear();
    for (const CloudOption &option : options) {
        const QStringList columns = m_kind == Kind::Size ? manage::sizeColumns(option) : QStringList{option.name, option.detail};
        auto *item = new QTreeWidgetItem(m_list, columns);
        item->setData(0, Qt::UserRole, option.id);
        if (option.name == m_currentName) {
            item->setText(0, tr("%1 (current)").arg(option.name));
            item->setFlags(item->flags() & ~Qt::ItemIsSelectable);
            item->setDisabled(true);
        }
    }
    for (int column = 1; column < m_list->columnCount(); ++column)
        m_list->resizeColumnToContents(column);
    if (m_kind == Kind::Size)
        m_list->setColumnHidden(3, !manage::anySizeHasDisk(options));
    m_status->setText(options.isEmpty() ? tr("The cloud offers nothing to choose here") : QString());
    m_status->setVisible(options.isEmpty());
    updateState();
}

void CloudChoiceDialog::setError(const QString &error)
{
    manage::showFieldMessage(m_status, error);
    updateState();
}

QString CloudChoiceDialog::chosenId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item && !item->isDisabled() ? item->data(0, Qt::UserRole).toString() : QString();
}

QString CloudChoiceDialog::chosenName() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item && !item->isDisabled() ? item->text(0) : QString();
}

void CloudChoiceDialog::updateState()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!chosenId().isEmpty());
}

} // namespace welkin
