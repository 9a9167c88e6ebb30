#pragma once

#include "ValidatedDialog.h"
#include "manage/VmHardware.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace welkin {

class NewVmHostData;
class VolumePicker;

// Adds a disk to a VM (a new volume in a pool, an existing volume, an ISO as CD, or an empty
// CD drive), changes a disk's bus, cache and access, or puts a medium into a CD drive. The target
// follows the bus (vd* virtio, sd* sata/scsi/usb, hd* ide) and never clashes with the VM's other
// disks; the problems VmHardwareXml::check finds are shown at the field.
class DiskDialog : public ValidatedDialog
{
    Q_OBJECT
public:
    enum class Mode { Add, Edit, Insert };
    enum class Source { NewVolume, ExistingVolume, Iso, EmptyCd };

    // `hardware`: the VM as edited so far (its other disks, for the target and the checks).
    DiskDialog(Mode mode, NewVmHostData *data, const QString &vmName, const VmHardware &hardware,
               QWidget *parent = nullptr);
    // Edit and Insert: the disk as it is now.
    void setDisk(const VmHardwareDisk &disk);

    VmHardwareDisk disk() const;
    // Add with Source::NewVolume: the volume to create for it.
    std::optional<HardwareEdit::NewVolume> newVolume() const;

    QComboBox *sourceCombo() const { return m_source; }
    VolumePicker *newVolumePool() const { return m_newPool; }
    QLineEdit *volumeNameEdit() const { return m_volumeName; }
    QDoubleSpinBox *sizeSpin() const { return m_size; }
    VolumePicker *existingPicker() const { return m_existing; }
    VolumePicker *isoPicker() const { return m_iso; }
    QComboBox *busCombo() const { return m_bus; }
    QComboBox *cacheCombo() const { return m_cache; }
    QLabel *targetLabel() const { return m_target; }

protected:
    void validate() override;

private:
    Source source() const;
    void updateSource();
    void updateTarget();
    QString freeTarget(const QString &bus) const;

    Mode m_mode;
    NewVmHostData *m_data;
    QString m_vmName;
    VmHardware m_hardware;
    VmHardwareDisk m_disk;    // Edit / Insert: the disk being changed
    QComboBox *m_source;
    VolumePicker *m_newPool;
    QLineEdit *m_volumeName;
    QDoubleSpinBox *m_size;
    QComboBox *m_format;
    VolumePicker *m_existing;
    VolumePicker *m_iso;
    QComboBox *m_bus;
    QComboBox *m_cache;
    QCheckBox *m_readOnly;
    QCheckBox *m_shareable;
    QLabel *m_target;
};

// Adds a network interface: a virtual network of the host or a bridge, the NIC model, and a MAC
// address (empty: libvirt picks one) checked for form, multicast and duplicates in the VM.
class NicDialog : public ValidatedDialog
{
    Q_OBJECT
public:
    NicDialog(NewVmHostData *data, const VmHardware &hardware, QWidget *parent = nullptr);

    VmHardwareNic nic() const;

    QComboBox *typeCombo() const { return m_type; }
    QComboBox *networkCombo() const { return m_network; }
    QLineEdit *bridgeEdit() const { return m_bridge; }
    QComboBox *modelCombo() const { return m_model; }
    QLineEdit *macEdit() const { return m_mac; }

protected:
    void validate() override;

private:
    void fillNetworks();

    NewVmHostData *m_data;
    VmHardware m_hardware;
    QComboBox *m_type;
    QComboBox *m_network;
    QLineEdit *m_bridge;
    QComboBox *m_model;
    QLineEdit *m_mac;
    QCheckBox *m_linkUp;
};

} // namespace welkin
