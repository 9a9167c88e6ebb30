#include "HardwareDeviceDialogs.h"

#include "NewVmHostData.h"
#include "VolumePicker.h"
#include "manage/NameRules.h"
#include "manage/VmHardwareState.h"
#include "metrics/Metric.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

#include <cmath>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

constexpr quint64 GiB = quint64(1) << 30;

// The first problem of one section that the new device brings into `without`.
QString firstProblem(const VmHardware &without, const VmHardware &with, HardwareSection section)
{
    for (const HardwareProblem &problem : newProblems(without, with, {})) {
        if (problem.section == section)
            return problem.message;
    }
    return {};
}

QString targetPrefix(const QString &bus)
{
    if (bus == "virtio"_L1)
        return u"vd"_s;
    if (bus == "ide"_L1)
        return u"hd"_s;
    return u"sd"_s; // sata, scsi, usb
}

} // namespace

// ---- DiskDialog ------------------------------------------------------------------------------

DiskDialog::DiskDialog(Mode mode, NewVmHostData *data, const QString &vmName, const VmHardware &hardware,
                       QWidget *parent)
    : ValidatedDialog(parent), m_mode(mode), m_data(data), m_vmName(vmName), m_hardware(hardware),
      m_source(new QComboBox), m_newPool(new VolumePicker(data, VolumePicker::Kind::PoolOnly, u"newDisk"_s)),
      m_volumeName(new QLineEdit), m_size(new QDoubleSpinBox), m_format(new QComboBox),
      m_existing(new VolumePicker(data, VolumePicker::Kind::DiskImages, u"existingDisk"_s)),
      m_iso(new VolumePicker(data, VolumePicker::Kind::IsoImages, u"isoDisk"_s)), m_bus(new QComboBox),
      m_cache(new QComboBox), m_readOnly(new QCheckBox(tr("&Read-only"))),
      m_shareable(new QCheckBox(tr("S&hareable between VMs"))), m_target(new QLabel)
{
    setObjectName(u"diskDialog"_s);
    switch (mode) {
    case Mode::Add: setWindowTitle(tr("Add Disk to %1").arg(vmName)); break;
    case Mode::Edit: setWindowTitle(tr("Disk Properties")); break;
    case Mode::Insert: setWindowTitle(tr("Insert Medium")); break;
    }
    m_source->setObjectName(u"diskSource"_s);
    m_source->addItem(tr("New volume in a pool"), int(Source::NewVolume));
    m_source->addItem(tr("Existing volume"), int(Source::ExistingVolume));
    m_source->addItem(tr("CD/DVD with an ISO image"), int(Source::Iso));
    m_source->addItem(tr("Empty CD/DVD drive"), int(Source::EmptyCd));
    m_volumeName->setObjectName(u"diskVolumeName"_s);
    m_size->setObjectName(u"diskSize"_s);
    m_size->setDecimals(1);
    m_size->setRange(0.1, 64 * 1024.0);
    m_size->setValue(10);
    m_size->setSuffix(u" GiB"_s);
    m_format->setObjectName(u"diskFormat"_s);
    m_format->addItem(tr("qcow2 (grows on demand, snapshots)"), u"qcow2"_s);
    m_format->addItem(tr("raw"), u"raw"_s);
    m_bus->setObjectName(u"diskBus"_s);
    for (const QString &bus : {u"virtio"_s, u"sata"_s, u"scsi"_s, u"usb"_s, u"ide"_s})
        m_bus->addItem(bus, bus);
    m_cache->setObjectName(u"diskCache"_s);
    m_cache->addItem(tr("Hypervisor default"), QString());
    for (const QString &cache : {u"none"_s, u"writeback"_s, u"writethrough"_s, u"directsync"_s, u"unsafe"_s})
        m_cache->addItem(cache, cache);
    m_target->setObjectName(u"diskTarget"_s);

    if (mode == Mode::Add) {
        addField(tr("&Source:"), m_source);
        addField(tr("&Pool:"), m_newPool);
        addField(tr("&Name:"), m_volumeName);
        addField(tr("Si&ze:"), m_size);
        addField(tr("&Format:"), m_format);
        addField(tr("&Volume:"), m_existing);
    }
    if (mode != Mode::Edit)
        addField(tr("&Image:"), m_iso);
    if (mode != Mode::Insert) {
        addField(tr("&Bus:"), m_bus);
        addField(tr("&Cache:"), m_cache);
        form()->addRow(QString(), m_readOnly);
        form()->addRow(QString(), m_shareable);
        addField(tr("Target:"), m_target);
    }

    const auto changed = [this] { revalidate(); };
    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        updateSource();
        updateTarget();
        revalidate();
    });
    connect(m_bus, &QComboBox::currentIndexChanged, this, [this] {
        updateTarget();
        revalidate();
    });
    connect(m_volumeName, &QLineEdit::textEdited, this, [this] { markEdited(m_volumeName); });
    connect(m_volumeName, &QLineEdit::textChanged, this, changed);
    connect(m_size, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        // Keep the suggested name's extension in step with the format.
        const QString name = m_volumeName->text();
        const QString format = m_format->currentData().toString();
        for (const QString &other : {u".qcow2"_s, u".raw"_s, u".img"_s}) {
            if (name.endsWith(other)) {
                m_volumeName->setText(name.chopped(other.size()) + (format == "raw"_L1 ? u".img"_s : u".qcow2"_s));
                break;
            }
        }
        revalidate();
    });
    for (VolumePicker *picker : {m_newPool, m_existing, m_iso})
        connect(picker, &VolumePicker::changed, this, changed);
    connect(m_readOnly, &QCheckBox::toggled, this, changed);
    connect(m_shareable, &QCheckBox::toggled, this, changed);

    if (mode == Mode::Add) {
        m_bus->setCurrentIndex(m_bus->findData(u"virtio"_s));
        updateTarget();
        m_volumeName->setText(u"%1-%2.qcow2"_s.arg(vmName, m_target->text()));
    }
    if (mode == Mode::Insert)
        m_source->setCurrentIndex(m_source->findData(int(Source::Iso)));
    updateSource();
    resize(520, sizeHint().height());
    revalidate();
}

void DiskDialog::setDisk(const VmHardwareDisk &disk)
{
    m_disk = disk;
    m_hardware.disks.removeIf([&disk](const VmHardwareDisk &d) { return d.target == disk.target; });
    m_bus->setCurrentIndex(std::max(0, m_bus->findData(disk.bus)));
    m_cache->setCurrentIndex(std::max(0, m_cache->findData(disk.cache)));
    m_readOnly->setChecked(disk.readOnly);
    m_shareable->setChecked(disk.shareable);
    m_target->setText(disk.target);
    if (m_mode == Mode::Insert && !disk.path.isEmpty())
        m_iso->setVolume(disk.path);
    updateTarget();
    revalidate();
}

DiskDialog::Source DiskDialog::source() const
{
    return Source(m_source->currentData().toInt());
}

void DiskDialog::updateSource()
{
    if (m_mode != Mode::Add)
        return;
    const Source s = source();
    for (QWidget *field : {static_cast<QWidget *>(m_newPool), static_cast<QWidget *>(m_volumeName),
                           static_cast<QWidget *>(m_size), static_cast<QWidget *>(m_format)})
        setFieldVisible(field, s == Source::NewVolume);
    setFieldVisible(m_existing, s == Source::ExistingVolume);
    setFieldVisible(m_iso, s == Source::Iso);
    const bool cd = s == Source::Iso || s == Source::EmptyCd;
    if (cd && m_bus->currentData().toString() == "virtio"_L1)
        m_bus->setCurrentIndex(m_bus->findData(u"sata"_s)); // CD drives are not virtio-blk
    m_readOnly->setEnabled(!cd);
    if (cd)
        m_readOnly->setChecked(true);
    resize(width(), sizeHint().height());
}

QString DiskDialog::freeTarget(const QString &bus) const
{
    const QString prefix = targetPrefix(bus);
    for (char letter = 'a'; letter <= 'z'; ++letter) {
        const QString target = prefix + QLatin1Char(letter);
        if (!m_hardware.disk(target))
            return target;
    }
    return prefix + u"aa"_s;
}

void DiskDialog::updateTarget()
{
    if (m_mode == Mode::Insert)
        return;
    const QString bus = m_bus->currentData().toString();
    // An edited disk keeps its target while it fits the bus.
    if (m_mode == Mode::Edit && m_disk.target.startsWith(targetPrefix(bus)))
        m_target->setText(m_disk.target);
    else
        m_target->setText(freeTarget(bus));
}

VmHardwareDisk DiskDialog::disk() const
{
    VmHardwareDisk disk = m_disk;
    if (m_mode == Mode::Insert) {
        disk.path = m_iso->volumePath();
        disk.type = u"file"_s;
        disk.pool.clear();
        disk.volume.clear();
        disk.format = u"raw"_s;
        return disk;
    }
    disk.bus = m_bus->currentData().toString();
    disk.cache = m_cache->currentData().toString();
    disk.readOnly = m_readOnly->isChecked();
    disk.shareable = m_shareable->isChecked();
    disk.target = m_target->text();
    if (m_mode == Mode::Edit)
        return disk;
    disk.pool.clear();
    disk.volume.clear();
    switch (source()) {
    case Source::NewVolume:
        disk.device = u"disk"_s;
        disk.type = u"file"_s;
        disk.format = m_format->currentData().toString();
        disk.path.clear(); // the job fills in the new volume's path
        break;
    case Source::ExistingVolume: {
        disk.device = u"disk"_s;
        disk.path = m_existing->volumePath();
        disk.type = disk.path.startsWith("/dev/"_L1) ? u"block"_s : u"file"_s;
        const auto volume = m_existing->volume();
        disk.format = volume && !volume->format.isEmpty() ? volume->format : u"raw"_s;
        break;
    }
    case Source::Iso:
        disk.device = u"cdrom"_s;
        disk.type = u"file"_s;
        disk.path = m_iso->volumePath();
        disk.format = u"raw"_s;
        break;
    case Source::EmptyCd:
        disk.device = u"cdrom"_s;
        disk.type = u"file"_s;
        disk.path.clear();
        disk.format = u"raw"_s;
        break;
    }
    return disk;
}

std::optional<HardwareEdit::NewVolume> DiskDialog::newVolume() const
{
    if (m_mode != Mode::Add || source() != Source::NewVolume)
        return std::nullopt;
    HardwareEdit::NewVolume volume;
    volume.target = m_target->text();
    volume.pool = m_newPool->pool();
    volume.name = m_volumeName->text();
    volume.capacityBytes = quint64(std::llround(m_size->value() * double(GiB)));
    volume.format = m_format->currentData().toString();
    return volume;
}

void DiskDialog::validate()
{
    if (m_mode == Mode::Insert) {
        setMessage(m_iso, m_iso->problem(), m_iso->volumePath().isEmpty());
        return;
    }
    if (m_mode == Mode::Add) {
        switch (source()) {
        case Source::NewVolume: {
            setMessage(m_newPool, m_newPool->problem(), m_newPool->pool().isEmpty());
            const QString name = m_volumeName->text();
            setMessage(m_volumeName, NameRules::check(NameRules::Kind::Volume, name), name.isEmpty());
            for (const StorageVolumeInfo &volume : m_data->volumes(m_newPool->pool())) {
                if (volume.name == name)
                    setMessage(m_volumeName, tr("A volume named '%1' already exists in pool '%2'").arg(name, m_newPool->pool()));
            }
            if (const auto pool = m_data->pool(m_newPool->pool())) {
                const quint64 size = quint64(std::llround(m_size->value() * double(GiB)));
                if (!pool->active)
                    setMessage(m_newPool, tr("Pool '%1' is not active").arg(pool->name));
                else if (size > pool->available)
                    setMessage(m_size, tr("%1 is more than the %2 free in pool '%3'")
                                           .arg(formatBytes(double(size)), formatBytes(double(pool->available)), pool->name));
            }
            break;
        }
        case Source::ExistingVolume:
            setMessage(m_existing, m_existing->problem(), m_existing->volumePath().isEmpty());
            break;
        case Source::Iso:
            setMessage(m_iso, m_iso->problem(), m_iso->volumePath().isEmpty());
            break;
        case Source::EmptyCd: break;
        }
    }
    VmHardware with = m_hardware;
    with.disks.append(disk());
    if (with.disks.constLast().path.isEmpty() && source() == Source::NewVolume)
        with.disks.last().path = u"/new"_s; // only the target and bus are checked here
    setMessage(m_target, firstProblem(m_hardware, with, HardwareSection::Disks));
}

// ---- NicDialog -------------------------------------------------------------------------------

NicDialog::NicDialog(NewVmHostData *data, const VmHardware &hardware, QWidget *parent)
    : ValidatedDialog(parent), m_data(data), m_hardware(hardware), m_type(new QComboBox), m_network(new QComboBox),
      m_bridge(new QLineEdit), m_model(new QComboBox), m_mac(new QLineEdit),
      m_linkUp(new QCheckBox(tr("&Link up (cable plugged in)")))
{
    setObjectName(u"nicDialog"_s);
    setWindowTitle(tr("Add Network Interface"));
    m_type->setObjectName(u"nicType"_s);
    m_type->addItem(tr("Virtual network"), u"network"_s);
    m_type->addItem(tr("Bridge on the host"), u"bridge"_s);
    m_network->setObjectName(u"nicNetwork"_s);
    m_bridge->setObjectName(u"nicBridge"_s);
    m_bridge->setPlaceholderText(tr("e.g. br0"));
    m_model->setObjectName(u"nicModel"_s);
    m_model->addItem(tr("virtio (fastest; Linux, Windows with drivers)"), u"virtio"_s);
    m_model->addItem(u"e1000e"_s, u"e1000e"_s);
    m_model->addItem(u"e1000"_s, u"e1000"_s);
    m_model->addItem(u"rtl8139"_s, u"rtl8139"_s);
    m_mac->setObjectName(u"nicMac"_s);
    m_mac->setPlaceholderText(tr("chosen by libvirt"));
    m_linkUp->setChecked(true);

    addField(tr("&Type:"), m_type);
    addField(tr("&Network:"), m_network);
    addField(tr("&Bridge:"), m_bridge);
    addField(tr("&Model:"), m_model);
    addField(tr("&MAC address:"), m_mac);
    form()->addRow(QString(), m_linkUp);

    const auto update = [this] {
        const bool network = m_type->currentData().toString() == "network"_L1;
        setFieldVisible(m_network, network);
        setFieldVisible(m_bridge, !network);
        revalidate();
    };
    connect(m_type, &QComboBox::currentIndexChanged, this, update);
    connect(m_network, &QComboBox::currentIndexChanged, this, &NicDialog::revalidate);
    connect(m_bridge, &QLineEdit::textEdited, this, [this] { markEdited(m_bridge); });
    connect(m_bridge, &QLineEdit::textChanged, this, &NicDialog::revalidate);
    connect(m_mac, &QLineEdit::textChanged, this, &NicDialog::revalidate);
    connect(data, &NewVmHostData::networksChanged, this, &NicDialog::fillNetworks);
    fillNetworks();
    update();
    resize(480, sizeHint().height());
}

void NicDialog::fillNetworks()
{
    const QString wanted = m_network->currentData().toString();
    m_network->clear();
    for (const VirtualNetworkInfo &network : m_data->networks()) {
        m_network->addItem(network.active ? network.name : tr("%1 (inactive)").arg(network.name), network.name);
    }
    const int at = m_network->findData(wanted.isEmpty() ? u"default"_s : wanted);
    if (at >= 0)
        m_network->setCurrentIndex(at);
    revalidate();
}

VmHardwareNic NicDialog::nic() const
{
    VmHardwareNic nic;
    nic.type = m_type->currentData().toString();
    nic.source = nic.type == "network"_L1 ? m_network->currentData().toString() : m_bridge->text().trimmed();
    nic.model = m_model->currentData().toString();
    nic.mac = m_mac->text().trimmed().toLower();
    nic.linkUp = m_linkUp->isChecked();
    return nic;
}

void NicDialog::validate()
{
    if (m_type->currentData().toString() == "network"_L1) {
        if (m_network->count() == 0)
            setMessage(m_network, m_data->networksLoaded() ? tr("The host has no virtual networks") : tr("Reading the host's networks…"));
    } else {
        const QString bridge = m_bridge->text().trimmed();
        setMessage(m_bridge, bridge.isEmpty() ? tr("Name the host's bridge") : QString(), bridge.isEmpty());
        if (bridge.contains(u' ') || bridge.contains(u'/') || bridge.size() > 15)
            setMessage(m_bridge, tr("'%1' is not a bridge device name").arg(bridge));
    }
    VmHardware with = m_hardware;
    with.nics.append(nic());
    setMessage(m_mac, firstProblem(m_hardware, with, HardwareSection::Nics));
}

} // namespace welkin
