#pragma once

#include "ValidatedDialog.h"
#include "manage/NetworkTypes.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace welkin {

// "New virtual network": name, NAT or isolated, an IPv4 subnet (checked for overlap with the
// host's networks) and an optional DHCP range filled in from the subnet until the user edits it.
class NetworkDialog : public ValidatedDialog
{
    Q_OBJECT
public:
    explicit NetworkDialog(QWidget *parent = nullptr);

    // The host's networks: duplicate names, overlapping subnets, and a free default subnet.
    void setExistingNetworks(const QList<VirtualNetworkInfo> &networks);
    VirtualNetworkSpec spec() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *modeCombo() const { return m_mode; }
    QLineEdit *subnetEdit() const { return m_subnet; }
    QCheckBox *dhcpCheck() const { return m_dhcp; }
    QLineEdit *dhcpStartEdit() const { return m_start; }
    QLineEdit *dhcpEndEdit() const { return m_end; }
    QCheckBox *autostartCheck() const { return m_autostart; }

protected:
    void validate() override;

private:
    void fillRange();

    QLineEdit *m_name;
    QComboBox *m_mode;
    QLineEdit *m_subnet;
    QCheckBox *m_dhcp;
    QLineEdit *m_start;
    QLineEdit *m_end;
    QCheckBox *m_autostart;
    QList<VirtualNetworkInfo> m_existing;
    bool m_rangeEdited = false;
    bool m_subnetEdited = false;
};

} // namespace welkin
