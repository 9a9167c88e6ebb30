#pragma once

#include "content/VmPageFactory.h"
#include "manage/VmHardwareState.h"

#include <QHash>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QTimer;

namespace welkin {

class DiskDialog;
class HardwareDiskModel;
class HardwareNicModel;
class NewVmHostData;
class NicDialog;

// The VM view's Details tab (libvirt VMs): processor, memory, boot, disks, network interfaces
// and display of the persistent definition, edited in a form. Apply writes the definition in
// one validated step, then changes the running VM where libvirt can; what only takes effect at
// the next start is marked "pending until restart" at its field and row. Welkin's checks and
// libvirt's refusals are shown next to the section they concern.
class VmDetailsPage : public VmPage
{
    Q_OBJECT
public:
    explicit VmDetailsPage(const VmPageContext &context, QWidget *parent = nullptr);
    ~VmDetailsPage() override;
    void setVm(const ResourceId &vm) override;

    // Seams for tests; by default the dialogs. nullopt: cancelled.
    struct AddedDisk {
        VmHardwareDisk disk;
        std::optional<HardwareEdit::NewVolume> volume;
    };
    std::function<std::optional<AddedDisk>(DiskDialog &dialog)> runDiskDialog;
    std::function<std::optional<VmHardwareNic>(NicDialog &dialog)> runNicDialog;

    bool isBusy() const { return m_busy; }
    bool isLoaded() const { return m_loaded; }
    bool hasUnappliedChanges() const;
    const VmHardwareState &state() const { return m_state; }
    VmHardware edited() const;
    QLabel *messageLabel() const { return m_message; }
    QLabel *sectionMessage(HardwareSection section) const { return m_sectionMessages.value(int(section)); }
    QLabel *pendingLabel(HardwareSection section) const { return m_pendingLabels.value(int(section)); }
    QSpinBox *vcpusSpin() const { return m_vcpus; }
    QSpinBox *maxVcpusSpin() const { return m_maxVcpus; }
    QSpinBox *memorySpin() const { return m_memory; }
    QSpinBox *maxMemorySpin() const { return m_maxMemory; }
    QComboBox *cpuModeCombo() const { return m_cpuMode; }
    QListWidget *bootList() const { return m_boot; }
    QCheckBox *bootMenuCheck() const { return m_bootMenu; }
    QCheckBox *autostartCheck() const { return m_autostart; }
    QComboBox *graphicsCombo() const { return m_graphics; }
    QLineEdit *listenEdit() const { return m_listen; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *serialCheck() const { return m_serial; }
    HardwareDiskModel *diskModel() const { return m_diskModel; }
    HardwareNicModel *nicModel() const { return m_nicModel; }
    QTableView *diskView() const { return m_diskView; }
    QTableView *nicView() const { return m_nicView; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *revertButton() const { return m_revert; }
    QPushButton *addDiskButton() const { return m_addDisk; }
    QPushButton *removeDiskButton() const { return m_removeDisk; }
    QPushButton *editDiskButton() const { return m_editDisk; }
    QPushButton *ejectButton() const { return m_eject; }
    QPushButton *insertButton() const { return m_insert; }
    QPushButton *addNicButton() const { return m_addNic; }
    QPushButton *removeNicButton() const { return m_removeNic; }
    QPushButton *linkButton() const { return m_link; }

    void reload();
    void apply();
    void revert();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QGroupBox *section(HardwareSection section, const QString &title, QWidget *content);
    QWidget *buildProcessor();
    QWidget *buildMemory();
    QWidget *buildBoot();
    QWidget *buildDisks();
    QWidget *buildNics();
    QWidget *buildDisplay();

    void load(bool keepEdits);
    void setState(const VmHardwareState &state);
    void fillForm(const VmHardware &hardware, bool autostart);
    void formEdited();
    void refresh();
    void updateRows();
    void updatePending();
    void updateButtons();
    void showMessage(const QString &text, bool error);
    void showSectionMessage(HardwareSection section, const QString &text, bool error);
    void clearSectionMessages();
    HardwareSection sectionOf(const QString &libvirtMessage, const HardwareDelta &delta) const;

    void addDisk();
    void editDisk();
    void removeDisk();
    void ejectMedium();
    void insertMedium();
    void addNic();
    void removeNic();
    void toggleLink();
    const VmHardwareDisk *selectedDisk() const;
    int selectedNic() const; // index into m_nics, -1 when none

    VmPageContext m_context;
    ResourceId m_vm;
    NewVmHostData *m_hostData;
    VmHardwareState m_state;
    bool m_loaded = false;
    bool m_busy = false;
    bool m_filling = false;
    quint64 m_generation = 0;       // answers for an older load are dropped
    QTimer *m_followVm;             // reloads after the VM changed (state, devices)
    // Devices as edited (the form's scalar fields are read from the widgets).
    QList<VmHardwareDisk> m_disks;
    QList<VmHardwareNic> m_nics;
    QStringList m_newNicKeys;       // "new:N" keys of NICs without a MAC, parallel to m_nics ("" for others)
    int m_nextNewNic = 0;
    QList<HardwareEdit::NewVolume> m_newVolumes;
    QStringList m_problems;

    QStackedWidget *m_stack;
    QLabel *m_unavailable;
    QLabel *m_message;
    QHash<int, QLabel *> m_sectionMessages;
    QHash<int, QLabel *> m_pendingLabels;
    QSpinBox *m_vcpus = nullptr;
    QSpinBox *m_maxVcpus = nullptr;
    QCheckBox *m_topology = nullptr;
    QSpinBox *m_sockets = nullptr;
    QSpinBox *m_cores = nullptr;
    QSpinBox *m_threads = nullptr;
    QComboBox *m_cpuMode = nullptr;
    QLineEdit *m_cpuModel = nullptr;
    QSpinBox *m_memory = nullptr;
    QSpinBox *m_maxMemory = nullptr;
    QLabel *m_balloon = nullptr;
    QLabel *m_hostMemory = nullptr;
    QListWidget *m_boot = nullptr;
    QCheckBox *m_bootMenu = nullptr;
    QLabel *m_firmware = nullptr;
    QCheckBox *m_autostart = nullptr;
    HardwareDiskModel *m_diskModel = nullptr;
    QTableView *m_diskView = nullptr;
    QPushButton *m_addDisk = nullptr;
    QPushButton *m_editDisk = nullptr;
    QPushButton *m_removeDisk = nullptr;
    QPushButton *m_eject = nullptr;
    QPushButton *m_insert = nullptr;
    HardwareNicModel *m_nicModel = nullptr;
    QTableView *m_nicView = nullptr;
    QPushButton *m_addNic = nullptr;
    QPushButton *m_removeNic = nullptr;
    QPushButton *m_link = nullptr;
    QComboBox *m_graphics = nullptr;
    QLineEdit *m_listen = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_removePassword = nullptr;
    QCheckBox *m_serial = nullptr;
    QPushButton *m_reload;
    QPushButton *m_revert;
    QPushButton *m_apply;
};

class VmDetailsPageFactory : public VmPageFactory
{
public:
    QString id() const override;
    QString title() const override;
    VmPage *create(const VmPageContext &context, QWidget *parent) const override;
};

} // namespace welkin
