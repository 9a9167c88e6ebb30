#pragma once

#include "PageSupport.h"
#include "manage/NetworkTypes.h"

#include <QWidget>

class QAction;
class QLabel;
class QTreeView;

namespace welkin {

class HostNetworks;
class LeaseModel;
class LibvirtProvider;
class NetworkDialog;
class NetworkModel;
class Task;

// The host's "Networks" tab: its virtual networks (state, autostart, mode, bridge, IPv4 network,
// DHCP range) and the DHCP leases of the selected one. Tasks through HostNetworks; lists again
// when shown and after each of its own tasks; failures go to the error line.
class NetworksPage : public QWidget
{
    Q_OBJECT
public:
    enum class Act { NewNetwork, Start, Stop, Autostart, Delete, RefreshLeases };

    explicit NetworksPage(QWidget *parent = nullptr);

    void setProvider(LibvirtProvider *provider);
    LibvirtProvider *provider() const;
    void refresh();

    NetworkModel *networkModel() const { return m_networks; }
    LeaseModel *leaseModel() const { return m_leases; }
    QTreeView *networkView() const { return m_networkView; }
    QTreeView *leaseView() const { return m_leaseView; }
    QLabel *errorLine() const { return m_host.errorLine(); }
    // Why the leases of the selected network could not be read (some drivers cannot).
    QLabel *leaseErrorLine() const { return m_leaseError; }
    QAction *action(Act act) const;
    QString selectedNetwork() const;
    bool selectNetwork(const QString &name);

    NetworkDialog *openNewNetworkDialog();
    Task *createNetwork(const VirtualNetworkSpec &spec);
    Task *deleteNetwork(const QString &name);

Q_SIGNALS:
    void networksListed(bool ok);
    void leasesListed(bool ok);

private:
    void createActions();
    void listLeases();
    void updateActions();
    HostNetworks networks() const;
    void confirmDelete();

    NetworkModel *m_networks;
    LeaseModel *m_leases;
    QTreeView *m_networkView;
    QTreeView *m_leaseView;
    QLabel *m_leaseTitle;
    QLabel *m_leaseError;
    hostpage::HostLink m_host;
    hostpage::ListingGate m_networkListing;
    hostpage::ListingGate m_leaseListing;
    QHash<Act, QAction *> m_actions;
    QString m_leasesOf;
    QString m_selectNetwork;
};

} // namespace welkin
