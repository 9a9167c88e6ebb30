#include "NetworksPage.h"

#include "NetworkDialog.h"
#include "NetworkModels.h"
#include "PageSupport.h"
#include "providers/Task.h"
#include "providers/libvirt/HostNetworks.h"
#include "providers/libvirt/LibvirtProvider.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace welkin {

using namespace Qt::StringLiterals;

NetworksPage::NetworksPage(QWidget *parent)
    : QWidget(parent), m_networks(new NetworkModel(this)), m_leases(new LeaseModel(this)),
      m_networkView(hostpage::makeTable(m_networks, u"networkView"_s)),
      m_leaseView(hostpage::makeTable(m_leases, u"leaseView"_s)), m_leaseTitle(new QLabel),
      m_leaseError(hostpage::makeErrorLine(u"leaseError"_s)), m_host(this, u"networkError"_s, [this] { refresh(); }),
      m_networkListing(m_host), m_leaseListing(m_host)
{
    setObjectName(u"networksPage"_s);
    createActions();
    const QList<QAction *> actions = {action(Act::NewNetwork), nullptr, action(Act::Start), action(Act::Stop),
                                      action(Act::Autostart), nullptr, action(Act::Delete)};
    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(0);
    topLayout->addWidget(hostpage::makeToolBar(u"networkToolBar"_s, actions));
    topLayout->addWidget(m_networkView);
    QHeaderView *header = m_networkView->header();
    header->resizeSection(NetworkModel::NameColumn, 150);
    header->resizeSection(NetworkModel::StateColumn, 80);
    header->resizeSection(NetworkModel::AutostartColumn, 80);
    header->resizeSection(NetworkModel::ModeColumn, 80);
    header->resizeSection(NetworkModel::BridgeColumn, 90);
    header->resizeSection(NetworkModel::RangeColumn, 150);
    QMenu *menu = hostpage::makeMenu(this, actions);
    connect(m_networkView, &QWidget::customContextMenuRequested, this,
            [this, menu](const QPoint &pos) { menu->popup(m_networkView->viewport()->mapToGlobal(pos)); });

    auto *bottom = new QWidget;
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 4, 0, 0);
    bottomLayout->setSpacing(0);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 0, 0, 0);
    m_leaseTitle->setObjectName(u"leaseTitle"_s);
    QFont bold = m_leaseTitle->font();
    bold.setBold(true);
    m_leaseTitle->setFont(bold);
    bar->addWidget(m_leaseTitle);
    bar->addWidget(hostpage::makeToolBar(u"leaseToolBar"_s, {action(Act::RefreshLeases)}), 1);
    bottomLayout->addLayout(bar);
    bottomLayout->addWidget(m_leaseError);
    bottomLayout->addWidget(m_leaseView);
    m_leaseView->header()->resizeSection(LeaseModel::MacColumn, 150);
    m_leaseView->header()->resizeSection(LeaseModel::AddressColumn, 150);
    m_leaseView->header()->resizeSection(LeaseModel::HostnameColumn, 160);
    m_leaseView->header()->resizeSection(LeaseModel::ClientIdColumn, 160);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_host.errorLine());
    layout->addWidget(splitter, 1);

    connect(m_networkView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        if (selectedNetwork() != m_leasesOf)
            listLeases();
    });
    connect(m_networks, &QAbstractItemModel::dataChanged, this, &NetworksPage::updateActions);
    updateActions();
}

void NetworksPage::createActions()
{
    const auto add = [this](Act act, const QString &text, const char *themeIcon, QStyle::StandardPixmap fallback) {
        auto *action = new QAction(QIcon::fromTheme(QString::fromLatin1(themeIcon), style()->standardIcon(fallback)), text, this);
        m_actions.insert(act, action);
        return action;
    };
    connect(add(Act::NewNetwork, tr("New Network…"), "network-wired", QStyle::SP_DriveNetIcon), &QAction::triggered,
            this, &NetworksPage::openNewNetworkDialog);
    connect(add(Act::Start, tr("Start"), "media-playback-start", QStyle::SP_MediaPlay), &QAction::triggered, this,
            [this] { m_host.follow(networks().startNetwork(selectedNetwork())); });
    connect(add(Act::Stop, tr("Stop"), "media-playback-stop", QStyle::SP_MediaStop), &QAction::triggered, this,
            [this] { m_host.follow(networks().stopNetwork(selectedNetwork())); });
    QAction *autostart = add(Act::Autostart, tr("Autostart"), "system-run", QStyle::SP_DialogYesButton);
    autostart->setCheckable(true);
    autostart->setToolTip(tr("Start the network when the host boots"));
    connect(autostart, &QAction::triggered, this,
            [this](bool on) { m_host.follow(networks().setNetworkAutostart(selectedNetwork(), on)); });
    connect(add(Act::Delete, tr("Delete…"), "edit-delete", QStyle::SP_TrashIcon), &QAction::triggered, this,
            &NetworksPage::confirmDelete);
    connect(add(Act::RefreshLeases, tr("Refresh"), "view-refresh", QStyle::SP_BrowserReload), &QAction::triggered,
            this, &NetworksPage::refresh);
}

QAction *NetworksPage::action(Act act) const
{
    return m_actions.value(act);
}

LibvirtProvider *NetworksPage::provider() const
{
    return m_host.provider();
}

HostNetworks NetworksPage::networks() const
{
    return HostNetworks(m_host.provider());
}

void NetworksPage::setProvider(LibvirtProvider *provider)
{
    if (!m_host.setProvider(provider))
        return;
    m_leasesOf.clear();
    m_leases->setLeases({});
    m_networks->setNetworks({});
    m_host.refreshIfShown();
}

void NetworksPage::refresh()
{
    if (!m_host.provider() || m_networkListing.deferIfBusy())
        return;
    Task *task = networks().listNetworks();
    m_networkListing.run(task, [this, task](bool ok) {
        if (ok) {
            m_networks->setNetworks(task->result().value<QList<VirtualNetworkInfo>>());
            m_host.showError({}, true);
            if (!m_selectNetwork.isEmpty() && selectNetwork(m_selectNetwork))
                m_selectNetwork.clear();
            else if (selectedNetwork().isEmpty() && m_networks->rowCount() > 0)
                selectNetwork(m_networks->rows().constFirst().name);
        } else {
            m_host.showError(task->errorText(), true);
        }
        updateActions();
        Q_EMIT networksListed(ok);
        if (m_networkListing.takeAgain())
            refresh();
        else
            listLeases();
    });
}

void NetworksPage::listLeases()
{
    const QString name = selectedNetwork();
    const VirtualNetworkInfo *network = m_networks->network(name);
    if (name != m_leasesOf) {
        m_leases->setLeases({});
        m_leasesOf = name;
        hostpage::setErrorLine(m_leaseError, {});
    }
    m_leaseTitle->setText(name.isEmpty() ? tr("DHCP leases") : tr("DHCP leases of '%1'").arg(name));
    // Only a running network with DHCP has leases to ask for.
    if (!m_host.provider() || !network || !network->active || network->dhcpStart.isEmpty()) {
        m_leases->setLeases({});
        hostpage::setErrorLine(m_leaseError, {});
        return;
    }
    if (m_leaseListing.busy())
        return; // the answer that is on its way re-lists when the selection moved on
    Task *task = networks().leases(name);
    m_leaseListing.run(task, [this, task, name](bool ok) {
        if (name != m_leasesOf) {
            listLeases();
            return;
        }
        if (ok)
            m_leases->setLeases(task->result().value<QList<DhcpLease>>());
        // A secondary listing: its failure stays in its own pane.
        hostpage::setErrorLine(m_leaseError, ok ? QString() : task->errorText());
        Q_EMIT leasesListed(ok);
    });
}

QString NetworksPage::selectedNetwork() const
{
    const QModelIndexList rows = m_networkView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().siblingAtColumn(0).data().toString();
}

bool NetworksPage::selectNetwork(const QString &name)
{
    const int row = m_networks->rowOf(name);
    if (row < 0)
        return false;
    m_networkView->selectionModel()->setCurrentIndex(m_networks->index(row, 0),
                                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

void NetworksPage::updateActions()
{
    const VirtualNetworkInfo *network = m_networks->network(selectedNetwork());
    action(Act::NewNetwork)->setEnabled(m_host.provider());
    action(Act::Start)->setEnabled(network && !network->active);
    action(Act::Stop)->setEnabled(network && network->active);
    action(Act::Autostart)->setEnabled(network && network->persistent);
    action(Act::Autostart)->setChecked(network && network->autostart);
    action(Act::Delete)->setEnabled(network);
    action(Act::RefreshLeases)->setEnabled(m_host.provider());
}

NetworkDialog *NetworksPage::openNewNetworkDialog()
{
    auto *dialog = new NetworkDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setExistingNetworks(m_networks->rows());
    connect(dialog, &QDialog::accepted, this, [this, dialog] { createNetwork(dialog->spec()); });
    dialog->open();
    return dialog;
}

Task *NetworksPage::createNetwork(const VirtualNetworkSpec &spec)
{
    m_selectNetwork = spec.name;
    return m_host.follow(networks().createNetwork(spec));
}

Task *NetworksPage::deleteNetwork(const QString &name)
{
    return m_host.follow(networks().deleteNetwork(name));
}

void NetworksPage::confirmDelete()
{
    const VirtualNetworkInfo *network = m_networks->network(selectedNetwork());
    if (!network)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Network"),
                                tr("Delete virtual network '%1'?").arg(network->name), QMessageBox::Cancel, this);
    box->setObjectName(u"deleteNetworkConfirmation"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("Delete Network"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setInformativeText(network->active ? tr("It is running: VMs attached to it lose their connection.")
                                            : tr("VMs configured to use it will not start until you change them."));
    const QString name = network->name;
    connect(box, &QMessageBox::finished, this, [this, box, remove, name] {
        if (box->clickedButton() == remove)
            deleteNetwork(name);
    });
    box->open();
}

} // namespace welkin
