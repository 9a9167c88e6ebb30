#pragma once

#include "manage/VmSpec.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace welkin {

class NewVmHostData;
class NewVmOsPage;
class NewVmSourcePage;
class VolumePicker;

// New VM wizard, page 3: vCPUs, memory, the disk (a new volume: pool, size, format; the imported
// image; or none), network, firmware (UEFI only when the host has a loader), machine type, CPU
// mode and graphics. Defaults come from the OS page; a disk larger than the pool's free space is
// refused at the field.
class NewVmHardwarePage : public QWizardPage
{
    Q_OBJECT
public:
    NewVmHardwarePage(NewVmHostData *data, NewVmSourcePage *source, NewVmOsPage *os, QWidget *parent = nullptr);

    QString diskProblem() const;
    void applyTo(NewVmSpec &spec) const;

    bool isComplete() const override;
    void initializePage() override;

private:
    void fillFromCapabilities();
    void fillNetworks();
    void applyOsDefaults();
    void updateState();
    bool diskApplies() const;

    NewVmHostData *m_data;
    NewVmSourcePage *m_source;
    NewVmOsPage *m_os;
    QSpinBox *m_cpus;
    QSpinBox *m_memory;
    QLabel *m_importedDisk;
    QCheckBox *m_createDisk;
    VolumePicker *m_diskPool;
    QDoubleSpinBox *m_diskSize;
    QComboBox *m_diskFormat;
    QLabel *m_diskMessage;
    QComboBox *m_network;
    QLineEdit *m_bridge;
    QComboBox *m_nicModel;
    QComboBox *m_firmware;
    QComboBox *m_machine;
    QComboBox *m_cpuMode;
    QComboBox *m_graphics;
    QLabel *m_hostNote;
    bool m_defaultsApplied = false;
    bool m_networkChosen = false;
    QString m_defaultsFor; // the OS (short id) the defaults were taken from
};

} // namespace welkin
