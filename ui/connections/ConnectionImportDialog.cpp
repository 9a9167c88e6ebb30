#include "ConnectionImportDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace welkin {

using namespace Qt::StringLiterals;

ConnectionImportDialog::ConnectionImportDialog(const QString &source, const QList<ConnectionProfile> &found,
                                               const QList<bool> &alreadyOpen, QWidget *parent)
    : QDialog(parent), m_found(found), m_list(new QListWidget),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Import Connections"));
    setObjectName(u"connectionImport"_s);
    m_list->setObjectName(u"importedConnections"_s);
    auto *intro = new QLabel(tr("%n connection(s) found in %1. Choose the ones to add; no passwords are imported, "
                                "Welkin asks for them when it connects.", "", int(found.size()))
                                 .arg(source));
    intro->setWordWrap(true);
    intro->setBuddy(m_list);
    for (qsizetype i = 0; i < found.size(); ++i) {
        const ConnectionProfile &profile = found.at(i);
        const bool open = alreadyOpen.value(i);
        QString text = profile.displayName == profile.uri ? profile.uri
                                                          : tr("%1 (%2)").arg(profile.displayName, profile.uri);
        if (open)
            text = tr("%1 — already added").arg(text);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, int(i));
        item->setFlags(open ? Qt::ItemIsUserCheckable : Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(open ? Qt::Unchecked : Qt::Checked);
        item->setToolTip(profile.uri);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add Connections"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    resize(520, 360);

    connect(m_list, &QListWidget::itemChanged, this, &ConnectionImportDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

QList<ConnectionProfile> ConnectionImportDialog::chosenProfiles() const
{
    QList<ConnectionProfile> chosen;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->checkState() == Qt::Checked && item->flags().testFlag(Qt::ItemIsEnabled))
            chosen.append(m_found.at(item->data(Qt::UserRole).toInt()));
    }
    return chosen;
}

void ConnectionImportDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!chosenProfiles().isEmpty());
}

} // namespace welkin
