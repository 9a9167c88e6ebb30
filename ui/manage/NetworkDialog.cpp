#include "NetworkDialog.h"

#include "manage/Ipv4Subnet.h"
#include "manage/NameRules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

std::optional<Ipv4Subnet> subnetOf(const VirtualNetworkInfo &network)
{
    const std::optional<quint32> address = Ipv4Subnet::parseAddress(network.ipAddress);
    if (!address || network.prefix <= 0 || network.prefix > 32)
        return std::nullopt;
    return Ipv4Subnet(*address, network.prefix);
}

} // namespace

NetworkDialog::NetworkDialog(QWidget *parent)
    : ValidatedDialog(parent), m_name(new QLineEdit), m_mode(new QComboBox), m_subnet(new QLineEdit),
      m_dhcp(new QCheckBox(tr("Hand out addresses with DHCP"))), m_start(new QLineEdit), m_end(new QLineEdit),
      m_autostart(new QCheckBox(tr("Start the network when the host boots")))
{
    setWindowTitle(tr("New Virtual Network"));
    setObjectName(u"networkDialog"_s);
    m_name->setObjectName(u"networkName"_s);
    m_name->setPlaceholderText(tr("e.g. lab-net"));
    m_mode->setObjectName(u"networkMode"_s);
    m_mode->addItem(tr("NAT (guests reach outside through the host)"), int(VirtualNetworkSpec::Mode::Nat));
    m_mode->addItem(tr("Isolated (guests and host only)"), int(VirtualNetworkSpec::Mode::Isolated));
    m_subnet->setObjectName(u"networkSubnet"_s);
    m_subnet->setPlaceholderText(u"192.168.150.0/24"_s);
    m_dhcp->setObjectName(u"networkDhcp"_s);
    m_dhcp->setChecked(true);
    m_start->setObjectName(u"networkDhcpStart"_s);
    m_end->setObjectName(u"networkDhcpEnd"_s);
    m_autostart->setObjectName(u"networkAutostart"_s);
    m_autostart->setChecked(true);

    addField(tr("&Name:"), m_name);
    addField(tr("&Mode:"), m_mode);
    addField(tr("IPv4 &subnet:"), m_subnet);
    form()->addRow(QString(), m_dhcp);
    addField(tr("DHCP s&tart:"), m_start);
    addField(tr("DHCP &end:"), m_end);
    form()->addRow(QString(), m_autostart);

    for (QLineEdit *edit : {m_name, m_subnet, m_start, m_end}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { markEdited(edit); });
        connect(edit, &QLineEdit::textChanged, this, &NetworkDialog::revalidate);
    }
    connect(m_start, &QLineEdit::textEdited, this, [this] { m_rangeEdited = true; });
    connect(m_end, &QLineEdit::textEdited, this, [this] { m_rangeEdited = true; });
    connect(m_subnet, &QLineEdit::textEdited, this, [this] { m_subnetEdited = true; });
    connect(m_subnet, &QLineEdit::textChanged, this, &NetworkDialog::fillRange);
    connect(m_dhcp, &QCheckBox::toggled, this, [this](bool on) {
        m_start->setEnabled(on);
        m_end->setEnabled(on);
        revalidate();
    });
    setExistingNetworks({});
    resize(480, sizeHint().height());
}

void NetworkDialog::setExistingNetworks(const QList<VirtualNetworkInfo> &networks)
{
    m_existing = networks;
    if (!m_subnetEdited) {
        // The first 192.168.x.0/24 from 100 up that no network of the host touches.
        for (int third = 100; third < 255; ++third) {
            const Ipv4Subnet candidate((192u << 24) | (168u << 16) | (quint32(third) << 8), 24);
            const bool taken = std::any_of(networks.cbegin(), networks.cend(), [&](const VirtualNetworkInfo &network) {
                const std::optional<Ipv4Subnet> used = subnetOf(network);
                return used && used->overlaps(candidate);
            });
            if (!taken) {
                m_subnet->setText(candidate.toString());
                break;
            }
        }
    }
    revalidate();
}

void NetworkDialog::fillRange()
{
    if (m_rangeEdited)
        return;
    QString error;
    const std::optional<Ipv4Subnet> subnet = Ipv4Subnet::parse(m_subnet->text().trimmed(), &error);
    if (!subnet)
        return;
    // Everything after the host's own (first) address.
    m_start->setText(Ipv4Subnet::addressText(subnet->firstHost() + 1));
    m_end->setText(Ipv4Subnet::addressText(subnet->lastHost()));
}

void NetworkDialog::validate()
{
    const QString name = m_name->text();
    setMessage(m_name, NameRules::check(NameRules::Kind::Network, name), name.isEmpty());
    for (const VirtualNetworkInfo &network : std::as_const(m_existing)) {
        if (network.name == name)
            setMessage(m_name, tr("A network named '%1' already exists").arg(name));
    }

    const QString text = m_subnet->text().trimmed();
    if (text.isEmpty()) {
        setMessage(m_subnet, tr("Enter a subnet such as 192.168.150.0/24"), true);
        return;
    }
    QString error;
    const std::optional<Ipv4Subnet> subnet = Ipv4Subnet::parse(text, &error);
    if (!subnet) {
        setMessage(m_subnet, error);
        return;
    }
    for (const VirtualNetworkInfo &network : std::as_const(m_existing)) {
        const std::optional<Ipv4Subnet> used = subnetOf(network);
        if (used && used->overlaps(*subnet))
            setMessage(m_subnet, tr("%1 overlaps network '%2' (%3)").arg(subnet->toString(), network.name, used->toString()));
    }
    if (m_dhcp->isChecked()) {
        const QString start = m_start->text().trimmed();
        const QString end = m_end->text().trimmed();
        const QString problem = subnet->checkRange(start, end, subnet->firstHost());
        // Show it at the field it is about: an end that is no address or outside is the end's.
        const std::optional<quint32> first = Ipv4Subnet::parseAddress(start);
        const std::optional<quint32> last = Ipv4Subnet::parseAddress(end);
        const bool startFine = first && subnet->contains(*first);
        const bool endAtFault = startFine && (!last || !subnet->contains(*last));
        setMessage(endAtFault ? m_end : m_start, problem);
    }
}

VirtualNetworkSpec NetworkDialog::spec() const
{
    VirtualNetworkSpec spec;
    spec.name = m_name->text();
    spec.mode = static_cast<VirtualNetworkSpec::Mode>(m_mode->currentData().toInt());
    QString error;
    const std::optional<Ipv4Subnet> subnet = Ipv4Subnet::parse(m_subnet->text().trimmed(), &error);
    spec.subnet = subnet ? subnet->toString() : m_subnet->text().trimmed();
    if (m_dhcp->isChecked()) {
        spec.dhcpStart = m_start->text().trimmed();
        spec.dhcpEnd = m_end->text().trimmed();
    }
    spec.start = true;
    spec.autostart = m_autostart->isChecked();
    return spec;
}

} // namespace welkin
