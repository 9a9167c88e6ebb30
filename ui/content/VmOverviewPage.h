#pragma once

#include "VmPageFactory.h"

class QFormLayout;
class QGroupBox;
class QLabel;
class QTreeWidget;

namespace welkin {

class InventoryNode;

// Everything known about one VM on one page: state, identity, hardware, disks, NICs, graphics
// and the provider's own fields (VmInfo::details). Follows the VM's changes live.
class VmOverviewPage : public VmPage
{
    Q_OBJECT
public:
    VmOverviewPage(const VmPageContext &context, QWidget *parent = nullptr);
    void setVm(const ResourceId &vm) override;

    // For tests: the VM's active alerts as shown ("" when none).
    QString alertsText() const;
    // For tests: the text shown next to `label` in any section, or a null string.
    QString valueOf(const QString &label) const;

private:
    void refresh();
    void fillGeneral(const InventoryNode *node);
    void fillTables(const InventoryNode *node);
    void fillAlerts();

    VmPageContext m_context;
    ResourceId m_vm;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_alerts; // the VM's active alerts, one line each
    QFormLayout *m_general;
    QFormLayout *m_hardware;
    QGroupBox *m_detailsBox;
    QFormLayout *m_details;
    QTreeWidget *m_disks;
    QTreeWidget *m_nics;
    QTreeWidget *m_graphics;
};

} // namespace welkin
