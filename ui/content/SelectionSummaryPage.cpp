#include "SelectionSummaryPage.h"

#include "inventory/Inventory.h"
#include "inventory/InventoryModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMap>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

constexpr int shownNames = 40; // the rest is counted, so a selection of 5,000 stays one screen

} // namespace

SelectionSummaryPage::SelectionSummaryPage(Inventory *inventory, QWidget *parent)
    : QWidget(parent), m_inventory(inventory), m_title(new QLabel), m_summary(new QLabel), m_names(new QLabel),
      m_buttons(new QToolBar)
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setObjectName(u"selectionTitle"_s);
    m_summary->setObjectName(u"selectionSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_names->setObjectName(u"selectionNames"_s);
    m_names->setTextFormat(Qt::PlainText);
    m_names->setWordWrap(true);
    m_names->setEnabled(false);
    m_names->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    m_buttons->setObjectName(u"selectionActions"_s);
    m_buttons->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    layout->addWidget(m_buttons);
    layout->addWidget(m_names);
    layout->addStretch(1);

    // A removed or renamed member, or a state change, shows on the pass that made it.
    auto schedule = [this] {
        if (m_refreshPending || m_ids.isEmpty())
            return;
        m_refreshPending = true;
        QTimer::singleShot(0, this, [this] {
            m_refreshPending = false;
            refresh();
        });
    };
    connect(inventory, &Inventory::deltaApplied, this, schedule);
    connect(inventory, &Inventory::nodesRemoved, this, schedule);
}

void SelectionSummaryPage::setResources(const QList<ResourceId> &ids)
{
    m_ids = ids;
    refresh();
}

void SelectionSummaryPage::setActions(const QList<QAction *> &actions)
{
    m_buttons->clear();
    for (QAction *action : actions) {
        if (action)
            m_buttons->addAction(action);
        else
            m_buttons->addSeparator();
    }
}

QString SelectionSummaryPage::titleText() const { return m_title->text(); }
QString SelectionSummaryPage::summaryText() const { return m_summary->text(); }
QString SelectionSummaryPage::namesText() const { return m_names->text(); }

void SelectionSummaryPage::refresh()
{
    int vms = 0, hosts = 0, others = 0, vcpus = 0;
    quint64 memoryKiB = 0;
    QMap<QString, int> states; // display name → count, in a stable order
    QStringList names;
    QList<ResourceId> present;
    for (const ResourceId &id : std::as_const(m_ids)) {
        const InventoryNode *node = m_inventory->node(id);
        if (!node)
            continue; // removed since it was selected
        present.append(id);
        const Resource &resource = node->resource();
        if (names.size() < shownNames)
            names.append(resource.name);
        if (const VmInfo *vm = resource.vm()) {
            ++vms;
            vcpus += vm->vcpus;
            memoryKiB += vm->memoryKiB;
            ++states[powerStateDisplayName(vm->state)];
        } else if (id.kind() == ResourceKind::Host) {
            ++hosts;
        } else {
            ++others;
        }
    }
    m_ids = present;

    m_title->setText(vms == present.size() ? tr("%n VM(s) selected", nullptr, vms)
                                           : tr("%n resource(s) selected", nullptr, int(present.size())));
    QStringList parts;
    if (vms > 0) {
        QStringList stateParts;
        for (auto it = states.cbegin(); it != states.cend(); ++it)
            stateParts.append(tr("%1 %2").arg(it.value()).arg(it.key().toLower()));
        parts.append(tr("%n VM(s)", nullptr, vms) + u" ("_s + stateParts.join(u", "_s) + u')');
        parts.append(tr("%n vCPU(s)", nullptr, vcpus));
        parts.append(tr("%1 memory").arg(InventoryModel::formatMemoryKiB(memoryKiB)));
    }
    if (hosts > 0)
        parts.append(tr("%n host(s)", nullptr, hosts));
    if (others > 0)
        parts.append(tr("%n other item(s)", nullptr, others));
    m_summary->setText(parts.join(u" · "_s));
    QString namesText = names.join(u", "_s);
    if (present.size() > names.size())
        namesText += u' ' + tr("and %n more", nullptr, int(present.size() - names.size()));
    m_names->setText(namesText);
}

} // namespace welkin
