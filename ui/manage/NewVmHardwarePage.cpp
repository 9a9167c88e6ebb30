#include "NewVmHardwarePage.h"

#include "ManageSupport.h"
#include "NewVmHostData.h"
#include "NewVmOsPage.h"
#include "NewVmSourcePage.h"
#include "VolumePicker.h"
#include "manage/DomainXmlWriter.h"
#include "metrics/Metric.h"
#include "providers/libvirt/LibvirtProvider.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStandardItemModel>

#include <cmath>
#include <limits>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

constexpr double gib = 1024.0 * 1024.0 * 1024.0;

void setItemEnabled(QComboBox *combo, int index, bool enabled, const QString &toolTip)
{
    if (auto *model = qobject_cast<QStandardItemModel *>(combo->model())) {
        model->item(index)->setEnabled(enabled);
        model->item(index)->setToolTip(toolTip);
    }
}

} // namespace

NewVmHardwarePage::NewVmHardwarePage(NewVmHostData *data, NewVmSourcePage *source, NewVmOsPage *os, QWidget *parent)
    : QWizardPage(parent), m_data(data), m_source(source), m_os(os), m_cpus(new QSpinBox), m_memory(new QSpinBox),
      m_importedDisk(new QLabel), m_createDisk(new QCheckBox(tr("Create a disk"))),
      m_diskPool(new VolumePicker(data, VolumePicker::Kind::PoolOnly, u"disk"_s)), m_diskSize(new QDoubleSpinBox),
      m_diskFormat(new QComboBox), m_diskMessage(new QLabel), m_network(new QComboBox), m_bridge(new QLineEdit),
      m_nicModel(new QComboBox), m_firmware(new QComboBox), m_machine(new QComboBox), m_cpuMode(new QComboBox),
      m_graphics(new QComboBox), m_hostNote(new QLabel)
{
    setTitle(tr("Hardware"));
    setSubTitle(tr("Processors, memory, disk, network and devices of the new VM."));
    m_cpus->setObjectName(u"cpuSpin"_s);
    m_cpus->setRange(1, 64);
    m_memory->setObjectName(u"memorySpin"_s);
    m_memory->setRange(16, 4 * 1024 * 1024);
    m_memory->setSingleStep(256);
    m_memory->setSuffix(tr(" MiB"));
    m_importedDisk->setObjectName(u"importedDisk"_s);
    m_importedDisk->setWordWrap(true);
    m_createDisk->setObjectName(u"createDisk"_s);
    m_createDisk->setChecked(true);
    m_diskSize->setObjectName(u"diskSizeSpin"_s);
    m_diskSize->setDecimals(1);
    m_diskSize->setRange(0.1, 1024.0 * 1024.0);
    m_diskSize->setSuffix(tr(" GiB"));
    m_diskFormat->setObjectName(u"diskFormatCombo"_s);
    m_diskFormat->addItem(tr("qcow2 (grows as used, snapshots)"), u"qcow2"_s);
    m_diskFormat->addItem(tr("raw (fastest)"), u"raw"_s);
    m_diskMessage->setObjectName(u"diskMessage"_s);
    m_diskMessage->setWordWrap(true);
    m_network->setObjectName(u"networkCombo"_s);
    m_bridge->setObjectName(u"bridgeEdit"_s);
    m_bridge->setPlaceholderText(tr("br0"));
    m_nicModel->setObjectName(u"nicModelCombo"_s);
    for (const QString &model : {u"virtio"_s, u"e1000e"_s, u"e1000"_s, u"rtl8139"_s})
        m_nicModel->addItem(model, model);
    m_firmware->setObjectName(u"firmwareCombo"_s);
    m_firmware->addItem(tr("BIOS"), u"bios"_s);
    m_firmware->addItem(tr("UEFI"), u"uefi"_s);
    m_machine->setObjectName(u"machineCombo"_s);
    m_cpuMode->setObjectName(u"cpuModeCombo"_s);
    m_graphics->setObjectName(u"graphicsCombo"_s);
    m_hostNote->setObjectName(u"hostNote"_s);
    m_hostNote->setWordWrap(true);
    m_hostNote->setEnabled(false);

    m_cpus->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_memory->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_memory->setMinimumWidth(m_memory->fontMetrics().horizontalAdvance(u"4194304 MiB"_s) + 40);
    // The disk's parts come and go with the source: one column that closes up around them.
    auto *disk = new QWidget;
    auto *diskColumn = new QVBoxLayout(disk);
    diskColumn->setContentsMargins(0, 0, 0, 0);
    auto *diskRow = new QHBoxLayout;
    diskRow->addWidget(m_diskPool);
    diskRow->addWidget(m_diskSize);
    diskRow->addWidget(m_diskFormat);
    diskRow->addStretch(1);
    diskColumn->addWidget(m_importedDisk);
    diskColumn->addWidget(m_createDisk);
    diskColumn->addLayout(diskRow);
    diskColumn->addWidget(m_diskMessage);
    auto *network = new QWidget;
    auto *networkRow = new QHBoxLayout(network);
    networkRow->setContentsMargins(0, 0, 0, 0);
    networkRow->addWidget(m_network, 1);
    networkRow->addWidget(m_bridge);
    networkRow->addWidget(new QLabel(tr("Model:")));
    networkRow->addWidget(m_nicModel);
    network->setFocusProxy(m_network);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&vCPUs:"), m_cpus);
    form->addRow(tr("&Memory:"), m_memory);
    form->addRow(tr("Disk:"), disk);
    form->addRow(tr("Ne&twork:"), network);
    form->addRow(tr("&Firmware:"), m_firmware);
    form->addRow(tr("M&achine:"), m_machine);
    form->addRow(tr("&CPU model:"), m_cpuMode);
    form->addRow(tr("&Graphics:"), m_graphics);
    form->addRow(m_hostNote);

    connect(m_data, &NewVmHostData::capabilitiesChanged, this, &NewVmHardwarePage::fillFromCapabilities);
    connect(m_data, &NewVmHostData::networksChanged, this, &NewVmHardwarePage::fillNetworks);
    connect(m_data, &NewVmHostData::providerChanged, this, [this] {
        fillFromCapabilities();
        fillNetworks();
    });
    connect(m_data, &NewVmHostData::volumesChanged, this, &NewVmHardwarePage::updateState);
    connect(m_diskPool, &VolumePicker::changed, this, &NewVmHardwarePage::updateState);
    connect(m_createDisk, &QCheckBox::toggled, this, &NewVmHardwarePage::updateState);
    connect(m_diskSize, &QDoubleSpinBox::valueChanged, this, &NewVmHardwarePage::updateState);
    connect(m_diskFormat, &QComboBox::currentIndexChanged, this, &NewVmHardwarePage::updateState);
    connect(m_network, &QComboBox::currentIndexChanged, this, &NewVmHardwarePage::updateState);
    connect(m_network, &QComboBox::activated, this, [this] { m_networkChosen = true; });
    connect(m_bridge, &QLineEdit::textChanged, this, &NewVmHardwarePage::updateState);
    fillFromCapabilities();
    fillNetworks();
}

void NewVmHardwarePage::fillFromCapabilities()
{
    const std::optional<DomainCapabilitiesInfo> &caps = m_data->capabilities();
    const std::optional<HostInfo> host = m_data->provider() ? m_data->provider()->hostInfo() : std::nullopt;
    if (host && host->cpus > 0)
        m_cpus->setMaximum(host->cpus);
    if (host && host->memoryKiB > 0)
        m_memory->setMaximum(int(qMin<quint64>(host->memoryKiB / 1024, std::numeric_limits<int>::max())));

    const bool uefi = caps && !caps->loaders.isEmpty();
    const QString noUefi = caps ? tr("This host offers no UEFI firmware: libvirt lists no loader for %1 (install "
                                     "OVMF on the host)").arg(caps->arch)
                                : tr("Reading what the host offers…");
    setItemEnabled(m_firmware, 1, uefi, uefi ? QString() : noUefi);
    m_firmware->setToolTip(uefi ? tr("UEFI loader: %1").arg(caps->loaders.constFirst()) : noUefi);
    if (!uefi)
        m_firmware->setCurrentIndex(0);

    const QString machine = m_machine->currentData().toString();
    m_machine->clear();
    m_machine->addItem(caps && !caps->machine.isEmpty() ? tr("Default (%1)").arg(caps->machine) : tr("Default"),
                       QString());
    if (caps) {
        for (const QString &name : caps->machines)
            m_machine->addItem(name, name);
    }
    m_machine->setCurrentIndex(qMax(0, m_machine->findData(machine)));

    const QString cpuMode = m_cpuMode->currentData().toString();
    m_cpuMode->clear();
    m_cpuMode->addItem(tr("Hypervisor default"), QString());
    if (caps && caps->hostModel)
        m_cpuMode->addItem(tr("Host CPU model (host-model)"), u"host-model"_s);
    if (caps && caps->hostPassthrough && caps->domainType == u"kvm"_s)
        m_cpuMode->addItem(tr("Host passthrough (fastest, not migratable to other CPUs)"), u"host-passthrough"_s);
    m_cpuMode->setCurrentIndex(qMax(0, m_cpuMode->findData(cpuMode)));

    const QString graphics = m_graphics->currentData().toString();
    m_graphics->clear();
    m_graphics->addItem(tr("VNC"), u"vnc"_s);
    if (!caps || caps->graphicsTypes.isEmpty() || caps->graphicsTypes.contains(u"spice"_s))
        m_graphics->addItem(tr("SPICE"), u"spice"_s);
    m_graphics->addItem(tr("None (serial console only)"), u"none"_s);
    m_graphics->setCurrentIndex(qMax(0, m_graphics->findData(graphics)));

    QString note;
    if (!caps)
        note = m_data->error(u"capabilities"_s);
    else if (caps->domainType == u"kvm"_s)
        note = tr("Runs with KVM acceleration (%1).").arg(caps->emulator);
    else
        note = tr("This host has no KVM for %1: the VM runs emulated (TCG), much slower.").arg(caps->arch);
    if (caps && !uefi)
        note += u' ' + tr("UEFI is not offered: the host lists no UEFI firmware (OVMF).");
    m_hostNote->setText(note);
}

void NewVmHardwarePage::fillNetworks()
{
    // Until the user picks one, the best offer wins (the networks arrive after the first fill).
    const QStringList current = m_networkChosen ? m_network->currentData().toStringList() : QStringList();
    m_network->clear();
    for (const VirtualNetworkInfo &network : m_data->networks()) {
        const QString mode = network.forwardMode.isEmpty() ? tr("isolated") : network.forwardMode.toUpper();
        QString label = tr("Virtual network '%1' (%2)").arg(network.name, mode);
        if (!network.active)
            label += u' ' + tr("(inactive)");
        m_network->addItem(label, QStringList{u"network"_s, network.name});
        if (!network.active)
            setItemEnabled(m_network, m_network->count() - 1, false, tr("Start it on the host's Networks tab first"));
    }
    m_network->addItem(tr("Host bridge"), QStringList{u"bridge"_s, QString()});
    m_network->addItem(tr("User-mode networking (outgoing only, no host setup)"), QStringList{u"user"_s, QString()});
    m_network->addItem(tr("No network"), QStringList{u"none"_s, QString()});
    auto usable = [this](int i) {
        const auto *model = qobject_cast<QStandardItemModel *>(m_network->model());
        return i >= 0 && (!model || model->item(i)->isEnabled());
    };
    int index = m_network->findData(current);
    if (!usable(index))
        index = m_network->findData(QStringList{u"network"_s, u"default"_s});
    for (int i = 0; !usable(index) && i < m_data->networks().size(); ++i)
        index = i;
    if (!usable(index))
        index = m_network->findData(QStringList{u"user"_s, QString()});
    m_network->setCurrentIndex(index);
}

bool NewVmHardwarePage::diskApplies() const
{
    const InstallSource source = m_source->source();
    return source == InstallSource::CloudImage || (source != InstallSource::ImportDisk && m_createDisk->isChecked());
}

void NewVmHardwarePage::applyOsDefaults()
{
    const std::optional<OsInfoEntry> os = m_os->os();
    const QString osId = os ? os->shortId : QString();
    if (m_defaultsApplied && osId == m_defaultsFor)
        return; // keep what the user set for this system
    m_defaultsApplied = true;
    m_defaultsFor = osId;
    const int cpus = os && os->recommendedCpus > 0 ? os->recommendedCpus : 1;
    const quint64 ram = os && os->recommendedRamBytes > 0 ? os->recommendedRamBytes : 1024ull * 1024 * 1024;
    const quint64 disk = os && os->recommendedStorageBytes > 0 ? os->recommendedStorageBytes : quint64(10 * gib);
    m_cpus->setValue(qMin(cpus, m_cpus->maximum()));
    m_memory->setValue(int(qMin<quint64>(ram / (1024 * 1024), quint64(m_memory->maximum()))));
    m_diskSize->setValue(std::ceil(double(disk) / gib));
}

void NewVmHardwarePage::initializePage()
{
    applyOsDefaults();
    NewVmSpec spec;
    m_source->applyTo(spec);
    const InstallSource source = spec.source;
    const bool import = source == InstallSource::ImportDisk;
    const bool cloud = source == InstallSource::CloudImage;
    m_createDisk->setVisible(!import && !cloud);
    m_diskPool->setVisible(!import);
    m_diskSize->setVisible(!import);
    m_diskFormat->setVisible(!import);
    m_importedDisk->setVisible(import || cloud);
    if (import) {
        const std::optional<StorageVolumeInfo> volume = m_data->volumeByPath(spec.importPath);
        m_importedDisk->setText(volume ? tr("%1 (%2, %3), used as it is").arg(volume->path, volume->format,
                                                                               formatBytes(double(volume->capacity)))
                                       : spec.importPath);
    } else if (cloud) {
        const std::optional<StorageVolumeInfo> base = m_data->volumeByPath(spec.cloudImagePath);
        m_importedDisk->setText(tr("A new qcow2 volume on top of %1; the image itself stays untouched.")
                                    .arg(spec.cloudImagePath));
        m_diskFormat->setCurrentIndex(m_diskFormat->findData(u"qcow2"_s));
        if (base) {
            m_diskPool->setPool(base->pool);
            m_diskSize->setValue(qMax(m_diskSize->value(), std::ceil(double(base->capacity) / gib * 10.0) / 10.0));
        }
    }
    m_diskFormat->setEnabled(!cloud);
    updateState();
}

QString NewVmHardwarePage::diskProblem() const
{
    if (!diskApplies())
        return {};
    if (const QString problem = m_diskPool->problem(); !problem.isEmpty())
        return problem;
    const std::optional<StoragePoolInfo> pool = m_data->pool(m_diskPool->pool());
    if (!pool)
        return tr("Choose a storage pool for the disk");
    const quint64 size = quint64(m_diskSize->value() * gib);
    if (size > pool->available) {
        return tr("%1 is more than the %2 free in pool '%3'")
            .arg(formatBytes(double(size)), formatBytes(double(pool->available)), pool->name);
    }
    if (m_source->source() == InstallSource::CloudImage) {
        NewVmSpec spec;
        m_source->applyTo(spec);
        const std::optional<StorageVolumeInfo> base = m_data->volumeByPath(spec.cloudImagePath);
        if (base && size < base->capacity) {
            return tr("The disk must be at least as large as the image (%1)")
                .arg(formatBytes(double(base->capacity)));
        }
    }
    NewVmSpec spec;
    applyTo(spec);
    const QString volume = DomainXmlWriter::diskVolumeName(spec);
    for (const StorageVolumeInfo &info : m_data->volumes(pool->name)) {
        if (info.name == volume)
            return tr("Pool '%1' already holds a volume '%2'").arg(pool->name, volume);
    }
    return {};
}

void NewVmHardwarePage::applyTo(NewVmSpec &spec) const
{
    m_source->applyTo(spec);
    spec.vcpus = m_cpus->value();
    spec.memoryMiB = quint64(m_memory->value());
    switch (spec.source) {
    case InstallSource::ImportDisk:
        spec.withDisk = true;
        spec.disk.createNew = false;
        spec.disk.existingPath = spec.importPath;
        break;
    case InstallSource::CloudImage:
        spec.withDisk = true;
        spec.disk.createNew = true;
        spec.disk.format = u"qcow2"_s;
        break;
    default:
        spec.withDisk = m_createDisk->isChecked();
        spec.disk.createNew = true;
        spec.disk.format = m_diskFormat->currentData().toString();
        break;
    }
    if (spec.disk.createNew) {
        spec.disk.pool = m_diskPool->pool();
        spec.disk.capacity = quint64(m_diskSize->value() * gib);
        spec.disk.volumeName.clear();
    }
    const QStringList network = m_network->currentData().toStringList();
    spec.networkType = network.value(0, u"none"_s);
    spec.networkSource = spec.networkType == u"bridge"_s ? m_bridge->text().trimmed() : network.value(1);
    spec.nicModel = m_nicModel->currentData().toString();
    spec.firmware = m_firmware->currentData().toString();
    spec.machine = m_machine->currentData().toString();
    spec.cpuMode = m_cpuMode->currentData().toString();
    spec.graphics = m_graphics->currentData().toString();
    if (const std::optional<DomainCapabilitiesInfo> &caps = m_data->capabilities()) {
        spec.domainType = caps->domainType;
        spec.arch = caps->arch;
        spec.emulator = caps->emulator;
        if (spec.machine.isEmpty())
            spec.machine = caps->machine;
    }
    const std::optional<OsInfoEntry> os = m_os->os();
    spec.osId = os ? os->shortId : QString();
    spec.virtioDevices = !os || (os->virtioDisk && os->virtioNet);
}

bool NewVmHardwarePage::isComplete() const
{
    const bool bridgeOk = m_network->currentData().toStringList().value(0) != u"bridge"_s
        || !m_bridge->text().trimmed().isEmpty();
    return diskProblem().isEmpty() && bridgeOk;
}

void NewVmHardwarePage::updateState()
{
    const bool create = m_createDisk->isChecked() || m_source->source() == InstallSource::CloudImage;
    m_diskPool->setEnabled(create);
    m_diskSize->setEnabled(create);
    m_diskFormat->setEnabled(create && m_source->source() != InstallSource::CloudImage);
    const bool bridge = m_network->currentData().toStringList().value(0) == u"bridge"_s;
    m_bridge->setVisible(bridge);
    m_nicModel->setEnabled(m_network->currentData().toStringList().value(0) != u"none"_s);
    QString message = diskProblem();
    bool error = !message.isEmpty() && !message.endsWith(u"…"_s);
    if (message.isEmpty() && diskApplies()) {
        if (const std::optional<StoragePoolInfo> pool = m_data->pool(m_diskPool->pool()))
            message = tr("%1 free in pool '%2'").arg(formatBytes(double(pool->available)), pool->name);
    } else if (message.isEmpty() && !diskApplies() && m_source->source() != InstallSource::ImportDisk) {
        message = tr("No disk: the VM runs from its ISO or the network only.");
    }
    manage::showFieldMessage(m_diskMessage, message, error);
    Q_EMIT completeChanged();
}

} // namespace welkin
