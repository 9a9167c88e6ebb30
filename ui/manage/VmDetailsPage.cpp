#include "VmDetailsPage.h"

#include "HardwareDeviceDialogs.h"
#include "HardwareModels.h"
#include "ManageSupport.h"
#include "NewVmHostData.h"
#include "Theme.h"
#include "inventory/Inventory.h"
#include "inventory/InventoryNode.h"
#include "metrics/Metric.h"
#include "providers/Task.h"
#include "providers/libvirt/LibvirtProvider.h"
#include "providers/libvirt/VmManager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

constexpr int kibPerMib = 1024;
constexpr int maxMemoryMib = 16 * 1024 * 1024; // 16 TiB

int mibOf(quint64 kib)
{
    return int(std::min<quint64>((kib + kibPerMib - 1) / kibPerMib, maxMemoryMib));
}

QString bootDeviceName(const QString &code)
{
    if (code == "hd"_L1)
        return VmDetailsPage::tr("Hard disk");
    if (code == "cdrom"_L1)
        return VmDetailsPage::tr("CD/DVD");
    if (code == "network"_L1)
        return VmDetailsPage::tr("Network (PXE)");
    if (code == "fd"_L1)
        return VmDetailsPage::tr("Floppy");
    return code;
}

QColor pendingColor()
{
    return QColor(0xb0, 0x6a, 0x00);
}

QLabel *messageLine(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

QTableView *deviceTable(QAbstractItemModel *model, const QString &objectName)
{
    auto *view = new QTableView;
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideMiddle);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setMinimumHeight(110);
    view->setMaximumHeight(170);
    return view;
}

} // namespace

VmDetailsPage::VmDetailsPage(const VmPageContext &context, QWidget *parent)
    : VmPage(parent), m_context(context), m_hostData(new NewVmHostData(this)), m_followVm(new QTimer(this)),
      m_stack(new QStackedWidget), m_unavailable(new QLabel), m_message(messageLine(u"detailsMessage"_s)),
      m_reload(new QPushButton(QIcon::fromTheme(u"view-refresh"_s), tr("Re&load"))),
      m_revert(new QPushButton(QIcon::fromTheme(u"edit-undo"_s), tr("Re&vert"))),
      m_apply(new QPushButton(QIcon::fromTheme(u"dialog-ok-apply"_s), tr("&Apply")))
{
    setObjectName(u"vmDetailsPage"_s);
    m_reload->setObjectName(u"detailsReload"_s);
    m_revert->setObjectName(u"detailsRevert"_s);
    m_apply->setObjectName(u"detailsApply"_s);
    m_unavailable->setAlignment(Qt::AlignCenter);
    m_unavailable->setWordWrap(true);
    m_unavailable->setEnabled(false);
    m_unavailable->setText(tr("Only VMs on libvirt hosts have hardware to edit here.\n"
                              "Cloud servers are changed through their flavor and volumes."));

    auto *form = new QWidget;
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    left->addWidget(section(HardwareSection::Processor, tr("Processor"), buildProcessor()));
    left->addWidget(section(HardwareSection::Memory, tr("Memory"), buildMemory()));
    right->addWidget(section(HardwareSection::Boot, tr("Boot"), buildBoot()));
    right->addWidget(section(HardwareSection::Display, tr("Display and console"), buildDisplay()));
    left->addStretch(1);
    right->addStretch(1);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *formLayout = new QVBoxLayout(form);
    formLayout->addLayout(columns);
    formLayout->addWidget(section(HardwareSection::Disks, tr("Disks"), buildDisks()));
    formLayout->addWidget(section(HardwareSection::Nics, tr("Network interfaces"), buildNics()));
    formLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the form follows the width
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(form);

    m_stack->addWidget(scroll);
    m_stack->addWidget(m_unavailable);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reload);
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    m_followVm->setSingleShot(true);
    m_followVm->setInterval(400);
    connect(m_followVm, &QTimer::timeout, this, [this] {
        if (m_busy) // a load or an apply runs: look again once it is done
            m_followVm->start();
        else
            load(hasUnappliedChanges());
    });
    if (m_context.inventory) {
        connect(m_context.inventory, &Inventory::nodeChanged, this, [this](const InventoryNode *node, ResourceFields fields) {
            constexpr ResourceFields watched = ResourceField::State | ResourceField::Cpus | ResourceField::Memory
                                               | ResourceField::Disks | ResourceField::Nics | ResourceField::Graphics;
            if (m_loaded && node->resource().id == m_vm && (fields & watched))
                m_followVm->start();
        });
    }
    connect(m_reload, &QPushButton::clicked, this, &VmDetailsPage::reload);
    connect(m_revert, &QPushButton::clicked, this, &VmDetailsPage::revert);
    connect(m_apply, &QPushButton::clicked, this, &VmDetailsPage::apply);

    runDiskDialog = [](DiskDialog &dialog) -> std::optional<AddedDisk> {
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return AddedDisk{dialog.disk(), dialog.newVolume()};
    };
    runNicDialog = [](NicDialog &dialog) -> std::optional<VmHardwareNic> {
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.nic();
    };
    updateButtons();
}

VmDetailsPage::~VmDetailsPage() = default;

QGroupBox *VmDetailsPage::section(HardwareSection which, const QString &title, QWidget *content)
{
    auto *box = new QGroupBox(title);
    auto *layout = new QVBoxLayout(box);
    QLabel *pending = messageLine(u"pending%1"_s.arg(int(which)));
    QLabel *problem = messageLine(u"problem%1"_s.arg(int(which)));
    QPalette amber = pending->palette();
    amber.setColor(QPalette::WindowText, pendingColor());
    pending->setPalette(amber);
    layout->addWidget(content);
    layout->addWidget(pending);
    layout->addWidget(problem);
    m_pendingLabels.insert(int(which), pending);
    m_sectionMessages.insert(int(which), problem);
    return box;
}

QWidget *VmDetailsPage::buildProcessor()
{
    auto *content = new QWidget;
    auto *form = new QFormLayout(content);
    form->setContentsMargins(0, 0, 0, 0);
    m_vcpus = new QSpinBox;
    m_vcpus->setObjectName(u"detailsVcpus"_s);
    m_maxVcpus = new QSpinBox;
    m_maxVcpus->setObjectName(u"detailsMaxVcpus"_s);
    for (QSpinBox *spin : {m_vcpus, m_maxVcpus}) {
        spin->setRange(1, 4096);
        spin->setMaximumWidth(120);
    }
    m_topology = new QCheckBox(tr("Set &topology by hand"));
    m_topology->setObjectName(u"detailsTopology"_s);
    m_sockets = new QSpinBox;
    m_cores = new QSpinBox;
    m_threads = new QSpinBox;
    auto *topology = new QWidget;
    auto *topologyRow = new QHBoxLayout(topology);
    topologyRow->setContentsMargins(0, 0, 0, 0);
    const QList<std::pair<QSpinBox *, QString>> parts{{m_sockets, tr("sockets")}, {m_cores, tr("cores")}, {m_threads, tr("threads")}};
    for (const auto &[spin, name] : parts) {
        spin->setRange(1, 1024);
        topologyRow->addWidget(spin);
        topologyRow->addWidget(new QLabel(name));
    }
    topologyRow->addStretch(1);
    m_cpuMode = new QComboBox;
    m_cpuMode->setObjectName(u"detailsCpuMode"_s);
    m_cpuMode->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_cpuMode->setMinimumContentsLength(18);
    m_cpuMode->addItem(tr("Hypervisor default"), QString());
    m_cpuMode->addItem(tr("Host passthrough (fastest, no migration to other CPUs)"), u"host-passthrough"_s);
    m_cpuMode->addItem(tr("Host model (migratable to similar hosts)"), u"host-model"_s);
    m_cpuMode->addItem(tr("Named model"), u"custom"_s);
    m_cpuModel = new QLineEdit;
    m_cpuModel->setObjectName(u"detailsCpuModel"_s);
    m_cpuModel->setPlaceholderText(tr("e.g. Skylake-Server, qemu64"));
    form->addRow(tr("v&CPUs at start:"), m_vcpus);
    form->addRow(tr("Ma&ximum vCPUs:"), m_maxVcpus);
    form->addRow(QString(), m_topology);
    form->addRow(tr("Topology:"), topology);
    form->addRow(tr("CPU &mode:"), m_cpuMode);
    form->addRow(tr("CPU m&odel:"), m_cpuModel);

    for (QSpinBox *spin : {m_vcpus, m_maxVcpus, m_sockets, m_cores, m_threads})
        connect(spin, &QSpinBox::valueChanged, this, &VmDetailsPage::formEdited);
    connect(m_topology, &QCheckBox::toggled, this, [this, topology](bool on) {
        topology->setEnabled(on);
        if (on && !m_filling) { // start from a topology that adds up
            const QSignalBlocker a(m_sockets), b(m_cores), c(m_threads);
            m_sockets->setValue(1);
            m_cores->setValue(m_maxVcpus->value());
            m_threads->setValue(1);
        }
        formEdited();
    });
    connect(m_cpuMode, &QComboBox::currentIndexChanged, this, [this] {
        m_cpuModel->setEnabled(m_cpuMode->currentData().toString() == "custom"_L1);
        formEdited();
    });
    connect(m_cpuModel, &QLineEdit::textChanged, this, &VmDetailsPage::formEdited);
    return content;
}

QWidget *VmDetailsPage::buildMemory()
{
    auto *content = new QWidget;
    auto *form = new QFormLayout(content);
    form->setContentsMargins(0, 0, 0, 0);
    m_memory = new QSpinBox;
    m_memory->setObjectName(u"detailsMemory"_s);
    m_maxMemory = new QSpinBox;
    m_maxMemory->setObjectName(u"detailsMaxMemory"_s);
    for (QSpinBox *spin : {m_memory, m_maxMemory}) {
        spin->setRange(1, maxMemoryMib);
        spin->setSuffix(u" MiB"_s);
        spin->setSingleStep(256);
        spin->setAlignment(Qt::AlignRight);
        spin->setMaximumWidth(200);
        connect(spin, &QSpinBox::valueChanged, this, &VmDetailsPage::formEdited);
    }
    m_balloon = new QLabel;
    m_balloon->setObjectName(u"detailsBalloon"_s);
    m_hostMemory = new QLabel;
    m_hostMemory->setEnabled(false);
    form->addRow(tr("&Current:"), m_memory);
    form->addRow(tr("Ma&ximum:"), m_maxMemory);
    form->addRow(tr("Balloon:"), m_balloon);
    form->addRow(QString(), m_hostMemory);
    return content;
}

QWidget *VmDetailsPage::buildBoot()
{
    auto *content = new QWidget;
    auto *form = new QFormLayout(content);
    form->setContentsMargins(0, 0, 0, 0);
    m_boot = new QListWidget;
    m_boot->setObjectName(u"detailsBootOrder"_s);
    m_boot->setMaximumHeight(90);
    for (const QString &code : {u"hd"_s, u"cdrom"_s, u"network"_s}) {
        auto *item = new QListWidgetItem(bootDeviceName(code), m_boot);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    auto *up = new QPushButton(QIcon::fromTheme(u"go-up"_s), tr("&Up"));
    auto *down = new QPushButton(QIcon::fromTheme(u"go-down"_s), tr("Do&wn"));
    auto *orderButtons = new QVBoxLayout;
    orderButtons->addWidget(up);
    orderButtons->addWidget(down);
    orderButtons->addStretch(1);
    auto *order = new QWidget;
    auto *orderRow = new QHBoxLayout(order);
    orderRow->setContentsMargins(0, 0, 0, 0);
    orderRow->addWidget(m_boot, 1);
    orderRow->addLayout(orderButtons);
    m_bootMenu = new QCheckBox(tr("Show the boot &menu"));
    m_bootMenu->setObjectName(u"detailsBootMenu"_s);
    m_firmware = new QLabel;
    m_firmware->setObjectName(u"detailsFirmware"_s);
    m_autostart = new QCheckBox(tr("Start with the &host"));
    m_autostart->setObjectName(u"detailsAutostart"_s);
    form->addRow(tr("Boot &order:"), order);
    form->addRow(QString(), m_bootMenu);
    form->addRow(tr("Firmware:"), m_firmware);
    form->addRow(tr("Autostart:"), m_autostart);

    const auto move = [this](int by) {
        const int row = m_boot->currentRow();
        const int to = row + by;
        if (row < 0 || to < 0 || to >= m_boot->count())
            return;
        QListWidgetItem *item = m_boot->takeItem(row);
        m_boot->insertItem(to, item);
        m_boot->setCurrentRow(to);
        formEdited();
    };
    connect(up, &QPushButton::clicked, this, [move] { move(-1); });
    connect(down, &QPushButton::clicked, this, [move] { move(1); });
    connect(m_boot, &QListWidget::itemChanged, this, &VmDetailsPage::formEdited);
    connect(m_bootMenu, &QCheckBox::toggled, this, &VmDetailsPage::formEdited);
    connect(m_autostart, &QCheckBox::toggled, this, &VmDetailsPage::formEdited);
    return content;
}

QWidget *VmDetailsPage::buildDisplay()
{
    auto *content = new QWidget;
    auto *form = new QFormLayout(content);
    form->setContentsMargins(0, 0, 0, 0);
    m_graphics = new QComboBox;
    m_graphics->setObjectName(u"detailsGraphics"_s);
    m_graphics->addItem(tr("None"), QString());
    m_graphics->addItem(u"VNC"_s, u"vnc"_s);
    m_graphics->addItem(u"SPICE"_s, u"spice"_s);
    m_listen = new QLineEdit;
    m_listen->setObjectName(u"detailsListen"_s);
    m_listen->setPlaceholderText(tr("libvirt's default (usually 127.0.0.1)"));
    m_password = new QLineEdit;
    m_password->setObjectName(u"detailsPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_removePassword = new QCheckBox(tr("No &password"));
    m_removePassword->setObjectName(u"detailsRemovePassword"_s);
    auto *password = new QWidget;
    auto *passwordRow = new QHBoxLayout(password);
    passwordRow->setContentsMargins(0, 0, 0, 0);
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_removePassword);
    m_serial = new QCheckBox(tr("Serial &console"));
    m_serial->setObjectName(u"detailsSerial"_s);
    form->addRow(tr("&Graphics:"), m_graphics);
    form->addRow(tr("&Listen address:"), m_listen);
    form->addRow(tr("Pass&word:"), password);
    form->addRow(QString(), m_serial);

    connect(m_graphics, &QComboBox::currentIndexChanged, this, &VmDetailsPage::formEdited);
    connect(m_listen, &QLineEdit::textChanged, this, &VmDetailsPage::formEdited);
    connect(m_password, &QLineEdit::textChanged, this, [this] {
        if (!m_password->text().isEmpty() && m_removePassword->isChecked()) {
            const QSignalBlocker quiet(m_removePassword);
            m_removePassword->setChecked(false);
        }
        formEdited();
    });
    connect(m_removePassword, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_password->clear();
        formEdited();
    });
    connect(m_serial, &QCheckBox::toggled, this, &VmDetailsPage::formEdited);
    return content;
}

QWidget *VmDetailsPage::buildDisks()
{
    auto *content = new QWidget;
    m_diskModel = new HardwareDiskModel(this);
    m_diskView = deviceTable(m_diskModel, u"detailsDisks"_s);
    m_addDisk = new QPushButton(QIcon::fromTheme(u"list-add"_s), tr("Add &Disk…"));
    m_editDisk = new QPushButton(tr("&Properties…"));
    m_removeDisk = new QPushButton(QIcon::fromTheme(u"list-remove"_s), tr("&Remove"));
    m_eject = new QPushButton(QIcon::fromTheme(u"media-eject"_s), tr("&Eject"));
    m_insert = new QPushButton(tr("&Insert Medium…"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_addDisk, m_editDisk, m_removeDisk, m_eject, m_insert})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_diskView);
    layout->addLayout(buttons);
    connect(m_addDisk, &QPushButton::clicked, this, &VmDetailsPage::addDisk);
    connect(m_editDisk, &QPushButton::clicked, this, &VmDetailsPage::editDisk);
    connect(m_removeDisk, &QPushButton::clicked, this, &VmDetailsPage::removeDisk);
    connect(m_eject, &QPushButton::clicked, this, &VmDetailsPage::ejectMedium);
    connect(m_insert, &QPushButton::clicked, this, &VmDetailsPage::insertMedium);
    connect(m_diskView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &VmDetailsPage::updateButtons);
    return content;
}

QWidget *VmDetailsPage::buildNics()
{
    auto *content = new QWidget;
    m_nicModel = new HardwareNicModel(this);
    m_nicView = deviceTable(m_nicModel, u"detailsNics"_s);
    m_addNic = new QPushButton(QIcon::fromTheme(u"list-add"_s), tr("Add &Interface…"));
    m_removeNic = new QPushButton(QIcon::fromTheme(u"list-remove"_s), tr("Re&move"));
    m_link = new QPushButton(tr("&Link Down"));
    m_link->setObjectName(u"detailsLink"_s);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_addNic, m_removeNic, m_link})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_nicView);
    layout->addLayout(buttons);
    connect(m_addNic, &QPushButton::clicked, this, &VmDetailsPage::addNic);
    connect(m_removeNic, &QPushButton::clicked, this, &VmDetailsPage::removeNic);
    connect(m_link, &QPushButton::clicked, this, &VmDetailsPage::toggleLink);
    connect(m_nicView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &VmDetailsPage::updateButtons);
    return content;
}

// ---- loading ---------------------------------------------------------------------------------

void VmDetailsPage::setVm(const ResourceId &vm)
{
    if (vm == m_vm)
        return;
    m_vm = vm;
    m_loaded = false;
    m_busy = false; // what runs for the previous VM ends unseen: its answers are dropped
    ++m_generation;
    m_followVm->stop();
    showMessage({}, false);
    clearSectionMessages();
    LibvirtProvider *provider = manage::libvirtProvider(m_context.providers, vm.providerId());
    m_hostData->setProvider(provider);
    if (!provider) {
        m_stack->setCurrentIndex(1);
        m_busy = false;
        updateButtons();
        return;
    }
    m_stack->setCurrentIndex(0);
    load(false);
}

void VmDetailsPage::showEvent(QShowEvent *event)
{
    VmPage::showEvent(event);
    // Devices may have changed behind the page while another tab was shown.
    if (m_loaded && !m_busy && !hasUnappliedChanges())
        load(false);
}

void VmDetailsPage::reload()
{
    showMessage({}, false);
    clearSectionMessages();
    load(false);
}

void VmDetailsPage::load(bool keepEdits)
{
    LibvirtProvider *provider = manage::libvirtProvider(m_context.providers, m_vm.providerId());
    if (!provider || m_busy)
        return;
    m_busy = true;
    updateButtons();
    const quint64 generation = ++m_generation;
    manage::readResult(VmManager(provider).hardware(m_vm), this, [this, generation, keepEdits](Task *task) {
        if (generation != m_generation)
            return; // another VM or a newer load
        m_busy = false;
        if (task->state() != Task::State::Succeeded) {
            showMessage(task->errorText(), true);
            updateButtons();
            return;
        }
        const auto fresh = task->result().value<VmHardwareState>();
        if (keepEdits && m_loaded) {
            // The form keeps the user's edits; only what runs is new.
            if (!(fresh.persistent == m_state.persistent))
                showMessage(tr("The definition was changed elsewhere. Revert to see it; Apply would be refused."), true);
            m_state.live = fresh.live;
            refresh();
            return;
        }
        setState(fresh);
    });
}

void VmDetailsPage::setState(const VmHardwareState &state)
{
    m_state = state;
    m_loaded = true;
    m_disks = state.persistent.disks;
    m_nics = state.persistent.nics;
    m_newNicKeys = QStringList(m_nics.size(), QString());
    m_newVolumes.clear();
    fillForm(state.persistent, state.autostart);
    refresh();
}

void VmDetailsPage::fillForm(const VmHardware &hardware, bool autostart)
{
    m_filling = true;
    const int limit = m_state.limits.maxVcpus > 0 ? m_state.limits.maxVcpus : 4096;
    m_vcpus->setRange(1, std::max(limit, hardware.maxVcpus));
    m_maxVcpus->setRange(1, std::max(limit, hardware.maxVcpus));
    m_vcpus->setValue(hardware.vcpus);
    m_maxVcpus->setValue(hardware.maxVcpus);
    const bool topology = hardware.sockets > 0 || hardware.cores > 0 || hardware.threads > 0;
    m_topology->setChecked(topology);
    m_sockets->setValue(std::max(1, hardware.sockets));
    m_cores->setValue(std::max(1, hardware.cores));
    m_threads->setValue(std::max(1, hardware.threads));
    m_sockets->parentWidget()->setEnabled(topology);
    const int mode = m_cpuMode->findData(hardware.cpuMode);
    if (mode < 0)
        m_cpuMode->addItem(hardware.cpuMode, hardware.cpuMode); // a mode Welkin does not name (maximum)
    m_cpuMode->setCurrentIndex(mode < 0 ? m_cpuMode->count() - 1 : mode);
    m_cpuModel->setText(hardware.cpuModel);
    m_cpuModel->setEnabled(hardware.cpuMode == "custom"_L1);
    m_memory->setValue(mibOf(hardware.memoryKiB));
    m_maxMemory->setValue(mibOf(hardware.maxMemoryKiB));
    m_balloon->setText(hardware.balloon ? tr("yes: the memory of the running VM can change")
                                        : tr("none: memory changes wait for the next start"));
    m_hostMemory->setText(m_state.limits.hostMemoryKiB
                              ? tr("The host has %1.").arg(formatBytes(double(m_state.limits.hostMemoryKiB) * 1024.0))
                              : QString());
    // Boot devices in the definition's order first, checked; the others after, unchecked.
    int at = 0;
    for (const QString &code : hardware.bootOrder) {
        int found = -1;
        for (int row = 0; row < m_boot->count(); ++row) {
            if (m_boot->item(row)->data(Qt::UserRole).toString() == code)
                found = row;
        }
        QListWidgetItem *item = nullptr;
        if (found < 0) {
            item = new QListWidgetItem(bootDeviceName(code));
            item->setData(Qt::UserRole, code);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            m_boot->insertItem(at, item);
        } else if (found >= at) {
            item = m_boot->takeItem(found);
            m_boot->insertItem(at, item);
        } else {
            continue; // listed twice
        }
        item->setCheckState(Qt::Checked);
        ++at;
    }
    for (int row = at; row < m_boot->count(); ++row)
        m_boot->item(row)->setCheckState(Qt::Unchecked);
    m_bootMenu->setChecked(hardware.bootMenu);
    m_firmware->setText(hardware.firmware == "efi"_L1 ? tr("UEFI") : tr("BIOS"));
    m_autostart->setChecked(autostart);
    m_graphics->setCurrentIndex(std::max(0, m_graphics->findData(hardware.graphics)));
    m_listen->setText(hardware.listen);
    m_password->clear();
    m_password->setPlaceholderText(hardware.hasGraphicsPassword ? tr("set (type to change)") : tr("none"));
    m_removePassword->setChecked(false);
    m_removePassword->setEnabled(hardware.hasGraphicsPassword);
    m_serial->setChecked(hardware.serialConsole);
    m_filling = false;
}

// ---- editing ---------------------------------------------------------------------------------

VmHardware VmDetailsPage::edited() const
{
    const VmHardware &saved = m_state.persistent;
    VmHardware h = saved;
    h.vcpus = m_vcpus->value();
    h.maxVcpus = m_maxVcpus->value();
    if (m_topology->isChecked()) {
        h.sockets = m_sockets->value();
        h.cores = m_cores->value();
        h.threads = m_threads->value();
    } else {
        h.sockets = h.cores = h.threads = 0;
    }
    h.cpuMode = m_cpuMode->currentData().toString();
    h.cpuModel = h.cpuMode == "custom"_L1 ? m_cpuModel->text().trimmed() : (h.cpuMode == saved.cpuMode ? saved.cpuModel : QString());
    // The spin boxes count MiB: an unchanged box keeps the exact KiB of the definition.
    if (m_memory->value() != mibOf(saved.memoryKiB))
        h.memoryKiB = quint64(m_memory->value()) * kibPerMib;
    if (m_maxMemory->value() != mibOf(saved.maxMemoryKiB))
        h.maxMemoryKiB = quint64(m_maxMemory->value()) * kibPerMib;
    h.bootOrder.clear();
    for (int row = 0; row < m_boot->count(); ++row) {
        if (m_boot->item(row)->checkState() == Qt::Checked)
            h.bootOrder.append(m_boot->item(row)->data(Qt::UserRole).toString());
    }
    h.bootMenu = m_bootMenu->isChecked();
    h.disks = m_disks;
    h.nics = m_nics;
    h.graphics = m_graphics->currentData().toString();
    h.listen = h.graphics.isEmpty() ? QString() : m_listen->text().trimmed();
    if (h.graphics.isEmpty() || m_removePassword->isChecked())
        h.hasGraphicsPassword = false;
    else if (!m_password->text().isEmpty())
        h.hasGraphicsPassword = true;
    h.serialConsole = m_serial->isChecked();
    return h;
}

bool VmDetailsPage::hasUnappliedChanges() const
{
    if (!m_loaded)
        return false;
    return !(edited() == m_state.persistent) || m_autostart->isChecked() != m_state.autostart
           || !m_password->text().isEmpty() || m_removePassword->isChecked();
}

void VmDetailsPage::formEdited()
{
    if (m_filling || !m_loaded)
        return;
    refresh();
}

void VmDetailsPage::refresh()
{
    // Welkin's own checks, at their sections, as the user types.
    m_problems.clear();
    QHash<int, QStringList> bySection;
    for (const HardwareProblem &problem : newProblems(m_state.persistent, withPlannedVolumes(edited(), m_newVolumes), m_state.limits)) {
        bySection[int(problem.section)].append(problem.message);
        m_problems.append(problem.message);
    }
    for (auto it = m_sectionMessages.cbegin(); it != m_sectionMessages.cend(); ++it) {
        // A libvirt message stays until the next Apply or load; a check message follows the form.
        if (it.value()->property("fromLibvirt").toBool() && !bySection.contains(it.key()))
            continue;
        showSectionMessage(HardwareSection(it.key()), bySection.value(it.key()).join(u'\n'), true);
    }
    updateRows();
    updatePending();
    updateButtons();
}

void VmDetailsPage::updateRows()
{
    const VmHardware &saved = m_state.persistent;
    const VmHardware *live = m_state.live ? &*m_state.live : nullptr;
    QList<HardwareDiskRow> disks;
    QStringList targets;
    for (const VmHardwareDisk &disk : std::as_const(m_disks)) {
        HardwareDiskRow row{disk, {}, true};
        const VmHardwareDisk *persistent = saved.disk(disk.target);
        const VmHardwareDisk *running = live ? live->disk(disk.target) : nullptr;
        if (!persistent) {
            row.status = tr("Added, not applied yet");
            for (const HardwareEdit::NewVolume &volume : std::as_const(m_newVolumes)) {
                if (volume.target == disk.target) { // shown as the volume Apply makes
                    row.disk.pool = volume.pool;
                    row.disk.volume = volume.name;
                    row.status = tr("Added, not applied yet: a new %1 volume").arg(formatBytes(double(volume.capacityBytes)));
                }
            }
        } else if (!(*persistent == disk))
            row.status = tr("Changed, not applied yet");
        else if (live && !running)
            row.status = tr("Pending until restart: not attached to the running VM");
        else if (running && !(*running == *persistent))
            row.status = running->path != persistent->path ? tr("Pending until restart: the running VM has %1")
                                                                 .arg(HardwareDiskModel::sourceText(*running))
                                                           : tr("Pending until restart");
        disks.append(row);
        targets.append(disk.target);
    }
    for (const VmHardwareDisk &disk : saved.disks) {
        if (!targets.contains(disk.target)) {
            disks.append(HardwareDiskRow{disk, tr("Removed, not applied yet"), false});
            targets.append(disk.target);
        }
    }
    if (live) {
        for (const VmHardwareDisk &disk : live->disks) {
            if (!targets.contains(disk.target)) {
                disks.append(HardwareDiskRow{disk, tr("Pending until restart: still attached to the running VM"), false});
                targets.append(disk.target);
            }
        }
    }
    m_diskModel->setRows(disks);

    QList<HardwareNicRow> nics;
    QStringList keys;
    for (qsizetype i = 0; i < m_nics.size(); ++i) {
        const VmHardwareNic &nic = m_nics.at(i);
        HardwareNicRow row{nic.mac.isEmpty() ? m_newNicKeys.value(i) : nic.mac, nic, {}, true};
        const VmHardwareNic *persistent = nic.mac.isEmpty() ? nullptr : saved.nic(nic.mac);
        const VmHardwareNic *running = live && !nic.mac.isEmpty() ? live->nic(nic.mac) : nullptr;
        if (!persistent)
            row.status = tr("Added, not applied yet");
        else if (!(*persistent == nic))
            row.status = tr("Changed, not applied yet");
        else if (live && !running)
            row.status = tr("Pending until restart: not attached to the running VM");
        else if (running && !(*running == *persistent))
            row.status = running->linkUp != persistent->linkUp
                             ? (running->linkUp ? tr("Pending until restart: link up on the running VM")
                                                : tr("Pending until restart: link down on the running VM"))
                             : tr("Pending until restart");
        keys.append(row.key);
        nics.append(row);
    }
    for (const VmHardwareNic &nic : saved.nics) {
        if (!keys.contains(nic.mac)) {
            nics.append(HardwareNicRow{nic.mac, nic, tr("Removed, not applied yet"), false});
            keys.append(nic.mac);
        }
    }
    if (live) {
        for (const VmHardwareNic &nic : live->nics) {
            if (!keys.contains(nic.mac)) {
                nics.append(HardwareNicRow{nic.mac, nic, tr("Pending until restart: still attached to the running VM"), false});
                keys.append(nic.mac);
            }
        }
    }
    m_nicModel->setRows(nics);
}

void VmDetailsPage::updatePending()
{
    const QStringList pending = m_state.pendingFields();
    const VmHardware *live = m_state.live ? &*m_state.live : nullptr;
    QHash<int, QStringList> texts;
    if (live) {
        if (pending.contains(u"vcpus"_s) || pending.contains(u"maxVcpus"_s))
            texts[int(HardwareSection::Processor)].append(
                tr("Pending until restart. Running now: vCPUs %1, maximum %2.").arg(live->vcpus).arg(live->maxVcpus));
        if (pending.contains(u"cpu"_s))
            texts[int(HardwareSection::Processor)].append(tr("Pending until restart: the CPU mode, model or topology."));
        if (pending.contains(u"memory"_s) || pending.contains(u"maxMemory"_s))
            texts[int(HardwareSection::Memory)].append(
                tr("Pending until restart. Running now: %1, maximum %2.")
                    .arg(formatBytes(double(live->memoryKiB) * 1024.0), formatBytes(double(live->maxMemoryKiB) * 1024.0)));
        if (live->balloon && live->memoryKiB != m_state.persistent.memoryKiB)
            texts[int(HardwareSection::Memory)].append(
                tr("The running VM has %1 now: the guest gives memory back to the balloon only with its driver loaded.")
                    .arg(formatBytes(double(live->memoryKiB) * 1024.0)));
        if (pending.contains(u"boot"_s))
            texts[int(HardwareSection::Boot)].append(tr("Pending until restart: the boot order or menu."));
        if (pending.contains(u"display"_s))
            texts[int(HardwareSection::Display)].append(tr("Pending until restart: the display or console."));
        QStringList disks, nics;
        for (const QString &field : pending) {
            if (field.startsWith("disk:"_L1))
                disks.append(field.mid(5));
            else if (field.startsWith("nic:"_L1))
                nics.append(field.mid(4));
        }
        if (!disks.isEmpty())
            texts[int(HardwareSection::Disks)].append(tr("Pending until restart: %1.").arg(disks.join(u", "_s)));
        if (!nics.isEmpty())
            texts[int(HardwareSection::Nics)].append(tr("Pending until restart: %1.").arg(nics.join(u", "_s)));
    }
    for (auto it = m_pendingLabels.cbegin(); it != m_pendingLabels.cend(); ++it) {
        const QString text = texts.value(it.key()).join(u'\n');
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
    }
}

void VmDetailsPage::updateButtons()
{
    const bool libvirt = m_stack->currentIndex() == 0;
    const bool ready = libvirt && m_loaded && !m_busy;
    const bool dirty = ready && hasUnappliedChanges();
    m_reload->setEnabled(libvirt && !m_busy);
    m_revert->setEnabled(dirty);
    m_apply->setEnabled(dirty && m_problems.isEmpty());
    m_apply->setToolTip(m_problems.isEmpty() ? QString() : m_problems.join(u'\n'));
    const VmHardwareDisk *disk = selectedDisk();
    m_addDisk->setEnabled(ready);
    m_editDisk->setEnabled(ready && disk);
    m_removeDisk->setEnabled(ready && disk);
    m_eject->setEnabled(ready && disk && disk->isRemovable() && !(disk->path.isEmpty() && disk->volume.isEmpty()));
    m_insert->setEnabled(ready && disk && disk->isRemovable());
    const int nic = selectedNic();
    m_addNic->setEnabled(ready);
    m_removeNic->setEnabled(ready && nic >= 0);
    m_link->setEnabled(ready && nic >= 0);
    m_link->setText(nic >= 0 && !m_nics.at(nic).linkUp ? tr("&Link Up") : tr("&Link Down"));
    for (QWidget *field : std::initializer_list<QWidget *>{m_vcpus, m_maxVcpus, m_topology, m_cpuMode, m_memory,
                                                           m_maxMemory, m_boot, m_bootMenu, m_autostart, m_graphics,
                                                           m_listen, m_password, m_serial})
        field->setEnabled(ready);
    m_cpuModel->setEnabled(ready && m_cpuMode->currentData().toString() == "custom"_L1);
    m_sockets->parentWidget()->setEnabled(ready && m_topology->isChecked());
    m_removePassword->setEnabled(ready && m_state.persistent.hasGraphicsPassword);
}

void VmDetailsPage::revert()
{
    showMessage({}, false);
    clearSectionMessages();
    setState(m_state);
}

// ---- devices ---------------------------------------------------------------------------------

const VmHardwareDisk *VmDetailsPage::selectedDisk() const
{
    const QModelIndexList rows = m_diskView->selectionModel()->selectedRows();
    const HardwareDiskRow *row = rows.isEmpty() ? nullptr : m_diskModel->rowAt(rows.constFirst().row());
    if (!row || !row->editable)
        return nullptr;
    for (const VmHardwareDisk &disk : m_disks) {
        if (disk.target == row->disk.target)
            return &disk;
    }
    return nullptr;
}

int VmDetailsPage::selectedNic() const
{
    const QModelIndexList rows = m_nicView->selectionModel()->selectedRows();
    const HardwareNicRow *row = rows.isEmpty() ? nullptr : m_nicModel->rowAt(rows.constFirst().row());
    if (!row || !row->editable)
        return -1;
    for (qsizetype i = 0; i < m_nics.size(); ++i) {
        if ((m_nics.at(i).mac.isEmpty() ? m_newNicKeys.value(i) : m_nics.at(i).mac) == row->key)
            return int(i);
    }
    return -1;
}

void VmDetailsPage::addDisk()
{
    DiskDialog dialog(DiskDialog::Mode::Add, m_hostData, manage::vmName(m_context.inventory, m_vm), edited(), this);
    const auto added = runDiskDialog(dialog);
    if (!added)
        return;
    m_disks.append(added->disk);
    if (added->volume)
        m_newVolumes.append(*added->volume);
    refresh();
    m_diskView->selectRow(m_diskModel->rowOf(added->disk.target));
}

void VmDetailsPage::editDisk()
{
    const VmHardwareDisk *disk = selectedDisk();
    if (!disk)
        return;
    DiskDialog dialog(DiskDialog::Mode::Edit, m_hostData, manage::vmName(m_context.inventory, m_vm), edited(), this);
    dialog.setDisk(*disk);
    const auto changed = runDiskDialog(dialog);
    if (!changed)
        return;
    const QString oldTarget = disk->target;
    for (VmHardwareDisk &d : m_disks) {
        if (d.target == oldTarget)
            d = changed->disk;
    }
    for (HardwareEdit::NewVolume &volume : m_newVolumes) {
        if (volume.target == oldTarget)
            volume.target = changed->disk.target;
    }
    refresh();
}

void VmDetailsPage::removeDisk()
{
    const VmHardwareDisk *disk = selectedDisk();
    if (!disk)
        return;
    const QString target = disk->target;
    m_disks.removeIf([&target](const VmHardwareDisk &d) { return d.target == target; });
    m_newVolumes.removeIf([&target](const HardwareEdit::NewVolume &v) { return v.target == target; });
    refresh();
}

void VmDetailsPage::ejectMedium()
{
    const VmHardwareDisk *disk = selectedDisk();
    if (!disk || !disk->isRemovable())
        return;
    const QString target = disk->target;
    for (VmHardwareDisk &d : m_disks) {
        if (d.target == target) {
            d.path.clear();
            d.pool.clear();
            d.volume.clear();
            d.type = u"file"_s;
        }
    }
    refresh();
}

void VmDetailsPage::insertMedium()
{
    const VmHardwareDisk *disk = selectedDisk();
    if (!disk || !disk->isRemovable())
        return;
    DiskDialog dialog(DiskDialog::Mode::Insert, m_hostData, manage::vmName(m_context.inventory, m_vm), edited(), this);
    dialog.setDisk(*disk);
    const auto inserted = runDiskDialog(dialog);
    if (!inserted)
        return;
    for (VmHardwareDisk &d : m_disks) {
        if (d.target == inserted->disk.target)
            d = inserted->disk;
    }
    refresh();
}

void VmDetailsPage::addNic()
{
    NicDialog dialog(m_hostData, edited(), this);
    const auto added = runNicDialog(dialog);
    if (!added)
        return;
    m_nics.append(*added);
    m_newNicKeys.append(added->mac.isEmpty() ? u"new:%1"_s.arg(++m_nextNewNic) : QString());
    refresh();
}

void VmDetailsPage::removeNic()
{
    const int nic = selectedNic();
    if (nic < 0)
        return;
    m_nics.removeAt(nic);
    m_newNicKeys.removeAt(nic);
    refresh();
}

void VmDetailsPage::toggleLink()
{
    const int nic = selectedNic();
    if (nic < 0)
        return;
    m_nics[nic].linkUp = !m_nics.at(nic).linkUp;
    refresh();
}

// ---- applying --------------------------------------------------------------------------------

void VmDetailsPage::apply()
{
    LibvirtProvider *provider = manage::libvirtProvider(m_context.providers, m_vm.providerId());
    if (!provider || m_busy || !m_loaded || !m_problems.isEmpty())
        return;
    HardwareEdit edit;
    edit.before = m_state.persistent;
    edit.after = edited();
    if (m_removePassword->isChecked())
        edit.graphicsPassword = QString();
    else if (!m_password->text().isEmpty())
        edit.graphicsPassword = m_password->text();
    for (const HardwareEdit::NewVolume &volume : std::as_const(m_newVolumes)) {
        if (edit.after.disk(volume.target))
            edit.newVolumes.append(volume);
    }
    const bool hardwareChanged = !(edit.after == edit.before) || edit.graphicsPassword.has_value();
    const bool autostartChanged = m_autostart->isChecked() != m_state.autostart;
    const bool autostart = m_autostart->isChecked();
    const HardwareDelta delta = VmHardwareXml::delta(edit.before, edit.after);
    showMessage({}, false);
    clearSectionMessages();
    m_busy = true;
    updateButtons();
    const ResourceId vm = m_vm;
    const quint64 generation = ++m_generation;
    const QPointer<LibvirtProvider> guarded(provider);

    // Autostart is a flag of its own (virDomainSetAutostart), set after the hardware.
    const auto finish = [this, vm, generation, guarded, autostartChanged, autostart](QStringList notes, bool applied) {
        const auto done = [this, generation, notes](const QString &autostartError) {
            if (generation != m_generation)
                return;
            m_busy = false;
            QStringList all = notes;
            if (!autostartError.isEmpty())
                all.append(autostartError);
            const bool pending = !m_state.pendingFields().isEmpty();
            QString text = tr("Saved.");
            if (m_state.live)
                text += u' ' + (pending ? tr("Some changes wait for the next start of the VM: they are marked below.")
                                        : tr("The running VM has the changes too."));
            showMessage(all.isEmpty() ? text : text + u'\n' + all.join(u'\n'), !autostartError.isEmpty());
            load(false);
        };
        if (!autostartChanged || !applied || !guarded) {
            done({});
            return;
        }
        manage::whenFinished(VmManager(guarded).setAutostart(vm, autostart), this, [done](Task *task) {
            done(task->state() == Task::State::Succeeded ? QString() : task->errorText());
        });
    };

    if (!hardwareChanged) {
        finish({}, true);
        return;
    }
    m_password->clear(); // the edit holds it now; the form never keeps it after Apply
    manage::whenFinished(VmManager(provider).applyHardware(vm, edit), this,
                         [this, generation, delta, finish](Task *task) {
        if (generation != m_generation)
            return;
        if (task->state() != Task::State::Succeeded) {
            m_busy = false;
            const QString error = task->errorText();
            showMessage(tr("Nothing was changed."), true);
            showSectionMessage(sectionOf(error, delta), error, true);
            m_sectionMessages.value(int(sectionOf(error, delta)))->setProperty("fromLibvirt", true);
            updateButtons();
            return;
        }
        const auto applied = task->result().value<HardwareApplied>();
        setState(applied.state);
        QStringList notes;
        for (const HardwareProblem &refused : applied.refusedLive) {
            showSectionMessage(refused.section, refused.message, false);
            m_sectionMessages.value(int(refused.section))->setProperty("fromLibvirt", true);
            notes.append(refused.message);
        }
        finish(notes, true);
    });
}

HardwareSection VmDetailsPage::sectionOf(const QString &message, const HardwareDelta &delta) const
{
    const QString text = message.toLower();
    const QList<std::pair<HardwareSection, QStringList>> words{
        {HardwareSection::Processor, {u"vcpu"_s, u"cpu"_s, u"topology"_s}},
        {HardwareSection::Memory, {u"memory"_s, u"balloon"_s}},
        {HardwareSection::Display, {u"graphics"_s, u"vnc"_s, u"spice"_s, u"listen"_s, u"serial"_s, u"console"_s}},
        {HardwareSection::Nics, {u"interface"_s, u"mac "_s, u"mac:"_s, u"network"_s, u"bridge"_s}},
        {HardwareSection::Disks, {u"disk"_s, u"target"_s, u"volume"_s, u"pool"_s, u"cdrom"_s, u"bus"_s}},
        {HardwareSection::Boot, {u"boot"_s}},
    };
    for (const auto &[section, keys] : words) {
        for (const QString &key : keys) {
            if (text.contains(key))
                return section;
        }
    }
    // No word to go by: the only section that changed, else the first that did.
    if (delta.vcpus || delta.maxVcpus || delta.cpu)
        return HardwareSection::Processor;
    if (delta.memory || delta.maxMemory)
        return HardwareSection::Memory;
    if (delta.boot)
        return HardwareSection::Boot;
    if (!delta.addedDisks.isEmpty() || !delta.removedDisks.isEmpty() || !delta.changedDisks.isEmpty()
        || !delta.changedMedia.isEmpty())
        return HardwareSection::Disks;
    if (!delta.addedNics.isEmpty() || !delta.removedNics.isEmpty() || !delta.changedNics.isEmpty()
        || !delta.changedLinks.isEmpty())
        return HardwareSection::Nics;
    return HardwareSection::Display;
}

void VmDetailsPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    Theme::setErrorStyle(m_message, error);
}

void VmDetailsPage::showSectionMessage(HardwareSection section, const QString &text, bool error)
{
    QLabel *label = m_sectionMessages.value(int(section));
    if (!label)
        return;
    label->setText(text);
    label->setVisible(!text.isEmpty());
    label->setProperty("fromLibvirt", false);
    if (error) {
        Theme::setErrorStyle(label, true);
    } else {
        Theme::setErrorStyle(label, false);
        QPalette amber = label->palette();
        amber.setColor(QPalette::WindowText, pendingColor());
        label->setPalette(amber);
    }
}

void VmDetailsPage::clearSectionMessages()
{
    for (QLabel *label : std::as_const(m_sectionMessages)) {
        label->clear();
        label->hide();
        label->setProperty("fromLibvirt", false);
    }
}

QString VmDetailsPageFactory::id() const
{
    return u"details"_s;
}

QString VmDetailsPageFactory::title() const
{
    return VmDetailsPage::tr("Details");
}

VmPage *VmDetailsPageFactory::create(const VmPageContext &context, QWidget *parent) const
{
    return new VmDetailsPage(context, parent);
}

} // namespace welkin
