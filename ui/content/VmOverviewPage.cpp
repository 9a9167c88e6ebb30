#include "VmOverviewPage.h"

#include "Icons.h"
#include "Theme.h"
#include "ResourceTableModel.h"
#include "inventory/Inventory.h"
#include "inventory/InventoryModel.h"
#include "metrics/AlertEngine.h"
#include "providers/ProviderManager.h"

#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

void clearForm(QFormLayout *form)
{
    while (form->rowCount() > 0)
        form->removeRow(0);
}

void addRow(QFormLayout *form, const QString &label, const QString &value)
{
    if (value.isEmpty())
        return;
    auto *field = new QLabel(value);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse); // UUIDs and addresses get copied
    field->setWordWrap(true);
    form->addRow(label + u':', field);
}

QTreeWidget *makeTable(const QStringList &headers)
{
    auto *table = new QTreeWidget;
    table->setHeaderLabels(headers);
    table->setRootIsDecorated(false);
    table->setAlternatingRowColors(true);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->header()->setStretchLastSection(true);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return table;
}

// Tables inside a scrolling page: as tall as their rows, no inner scrolling.
void fitHeight(QTreeWidget *table)
{
    const int rows = std::max(1, table->topLevelItemCount());
    const int rowHeight = std::max(table->sizeHintForRow(0), table->fontMetrics().height() + 6);
    table->setFixedHeight(table->header()->sizeHint().height() + rows * rowHeight + 2 * table->frameWidth() + 2);
}

QGroupBox *section(const QString &title, QWidget *content)
{
    auto *box = new QGroupBox(title);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

QString port(int value) { return value > 0 ? QString::number(value) : QString(); }

} // namespace

VmOverviewPage::VmOverviewPage(const VmPageContext &context, QWidget *parent)
    : VmPage(parent), m_context(context), m_icon(new QLabel), m_title(new QLabel), m_subtitle(new QLabel),
      m_alerts(new QLabel),
      m_general(new QFormLayout), m_hardware(new QFormLayout), m_detailsBox(new QGroupBox(tr("Provider details"))),
      m_details(new QFormLayout(m_detailsBox)),
      m_disks(makeTable({tr("Target"), tr("Device"), tr("Bus"), tr("Format"), tr("Source")})),
      m_nics(makeTable({tr("MAC"), tr("Type"), tr("Source"), tr("Model"), tr("Host device"), tr("IP addresses")})),
      m_graphics(makeTable({tr("Type"), tr("Listen"), tr("Port"), tr("TLS port"), tr("Password")}))
{
    setObjectName(u"vmOverview"_s);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setEnabled(false);

    auto *heading = new QHBoxLayout;
    heading->addWidget(m_icon);
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    heading->addLayout(titles, 1);

    auto *general = new QGroupBox(tr("General"));
    general->setLayout(m_general);
    auto *hardware = new QGroupBox(tr("Hardware"));
    hardware->setLayout(m_hardware);
    auto *columns = new QHBoxLayout;
    columns->addWidget(general, 3);
    columns->addWidget(hardware, 2);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(heading);
    m_alerts->setObjectName(u"vmAlerts"_s);
    m_alerts->setWordWrap(true);
    m_alerts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette alertPalette = m_alerts->palette();
    alertPalette.setColor(QPalette::WindowText, Theme::warningColor(alertPalette));
    m_alerts->setPalette(alertPalette);
    m_alerts->hide();
    layout->addWidget(m_alerts);
    layout->addLayout(columns);
    layout->addWidget(section(tr("Disks"), m_disks));
    layout->addWidget(section(tr("Network interfaces"), m_nics));
    layout->addWidget(section(tr("Graphics"), m_graphics));
    layout->addWidget(m_detailsBox);
    layout->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(context.inventory, &Inventory::nodeChanged, this, [this](const InventoryNode *node) {
        if (node->id() == m_vm)
            refresh();
    });
    if (AlertEngine *alerts = context.alerts) {
        const auto follow = [this](const AlertEvent &event) {
            if (event.resource == m_vm)
                fillAlerts();
        };
        connect(alerts, &AlertEngine::alertFiring, this, follow);
        connect(alerts, &AlertEngine::alertResolved, this, follow);
        connect(alerts, &AlertEngine::alertAcknowledged, this, [this](const QString &, const ResourceId &id) {
            if (id == m_vm)
                fillAlerts();
        });
        connect(alerts, &AlertEngine::activeValuesChanged, this, [this] {
            if (!m_alerts->isHidden())
                fillAlerts();
        });
    }
}

QString VmOverviewPage::alertsText() const
{
    return m_alerts->isHidden() ? QString() : m_alerts->text();
}

void VmOverviewPage::fillAlerts()
{
    const QList<ActiveAlert> alerts = m_context.alerts ? m_context.alerts->activeAlerts(m_vm) : QList<ActiveAlert>();
    QStringList lines;
    for (const ActiveAlert &alert : alerts) {
        const QString since = QLocale().toString(QDateTime::fromMSecsSinceEpoch(alert.sinceMs).time(), QLocale::ShortFormat);
        //: one line per active alert on the VM overview: "Alert: CPU high (cpu > 50 for 10 s): 97.0 % since 14:03"
        QString line = tr("Alert: %1 (%2): %3 since %4")
                           .arg(alert.ruleName, alert.condition, formatMetric(alert.metric, alert.value), since);
        if (alert.acknowledged)
            line += tr(" · acknowledged");
        lines.append(line);
    }
    m_alerts->setText(lines.join(u'\n'));
    m_alerts->setVisible(!lines.isEmpty());
}

void VmOverviewPage::setVm(const ResourceId &vm)
{
    m_vm = vm;
    refresh();
}

QString VmOverviewPage::valueOf(const QString &label) const
{
    for (QFormLayout *form : {m_general, m_hardware, m_details}) {
        for (int row = 0; row < form->rowCount(); ++row) {
            auto *name = qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)->widget());
            auto *value = qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::FieldRole)->widget());
            if (name && value && name->text() == label + u':')
                return value->text();
        }
    }
    return {};
}

void VmOverviewPage::refresh()
{
    const InventoryNode *node = m_context.inventory->node(m_vm);
    if (!node || !node->resource().vm()) {
        m_title->setText(tr("This VM no longer exists"));
        m_subtitle->clear();
        return;
    }
    fillGeneral(node);
    fillTables(node);
    fillAlerts();
}

void VmOverviewPage::fillGeneral(const InventoryNode *node)
{
    const Resource &resource = node->resource();
    const VmInfo &vm = *resource.vm();
    m_icon->setPixmap(Icons::forVm(vm.state).pixmap(48, 48));
    m_title->setText(resource.name);
    QString state = powerStateDisplayName(vm.state);
    if (!vm.stateReason.isEmpty() && vm.stateReason != u"unknown"_s) // libvirt's reason 0 says nothing
        state += u" ("_s + vm.stateReason + u')';
    m_subtitle->setText(vm.title.isEmpty() ? state : state + u" · "_s + vm.title);

    QString host, provider;
    for (const InventoryNode *p = node->parent(); p && p->parent(); p = p->parent()) {
        if (p->kind() == ResourceKind::Host && host.isEmpty())
            host = p->resource().name;
        if (p->kind() == ResourceKind::Provider)
            provider = p->resource().name;
    }
    clearForm(m_general);
    addRow(m_general, tr("State"), state);
    addRow(m_general, tr("UUID"), vm.uuid);
    addRow(m_general, tr("Host"), host);
    addRow(m_general, tr("Connection"), provider);
    addRow(m_general, tr("Operating system"), vm.osName.isEmpty() ? vm.osType : vm.osName + u" ("_s + vm.osType + u')');
    addRow(m_general, tr("IP addresses"), vm.ipAddresses().join(u", "_s));
    addRow(m_general, tr("Uptime"), ResourceTableModel::uptimeText(vm));
    if (vm.startedAtMs <= 0 && powerStateIsActive(vm.state)) {
        if (QWidget *field = m_general->itemAt(m_general->rowCount() - 1, QFormLayout::FieldRole)->widget())
            field->setToolTip(ResourceTableModel::uptimeUnknownToolTip());
    }

    clearForm(m_hardware);
    addRow(m_hardware, tr("vCPUs"), vm.vcpus > 0 ? QString::number(vm.vcpus) : QString());
    addRow(m_hardware, tr("Memory"), vm.memoryKiB > 0 ? InventoryModel::formatMemoryKiB(vm.memoryKiB) : QString());
    addRow(m_hardware, tr("Maximum memory"), vm.maxMemoryKiB > 0 ? InventoryModel::formatMemoryKiB(vm.maxMemoryKiB) : QString());
    addRow(m_hardware, tr("Architecture"), vm.arch);
    addRow(m_hardware, tr("Disks"), QString::number(vm.disks.size()));
    addRow(m_hardware, tr("Network interfaces"), QString::number(vm.nics.size()));

    clearForm(m_details);
    for (auto it = vm.details.cbegin(); it != vm.details.cend(); ++it)
        addRow(m_details, it.key(), it.value());
    m_detailsBox->setVisible(m_details->rowCount() > 0);
}

void VmOverviewPage::fillTables(const InventoryNode *node)
{
    const VmInfo &vm = *node->resource().vm();
    m_disks->clear();
    for (const DiskInfo &disk : vm.disks) {
        QString device = disk.device;
        if (disk.readOnly)
            device += tr(" (read-only)");
        new QTreeWidgetItem(m_disks, {disk.target, device, disk.bus, disk.format, disk.source});
    }
    m_nics->clear();
    for (const NicInfo &nic : vm.nics)
        new QTreeWidgetItem(m_nics, {nic.mac, nic.type, nic.source, nic.model, nic.target, nic.ips.join(u", "_s)});
    m_graphics->clear();
    for (const GraphicsInfo &g : vm.graphics) {
        QString listen = g.socket.isEmpty() ? g.listen : g.socket;
        new QTreeWidgetItem(m_graphics, {g.type.toUpper(), listen, g.autoport && g.port < 0 ? tr("auto") : port(g.port),
                                         port(g.tlsPort), g.passwordRequired ? tr("required") : tr("none")});
    }
    for (QTreeWidget *table : {m_disks, m_nics, m_graphics})
        fitHeight(table);
}

} // namespace welkin
