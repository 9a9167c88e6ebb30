#pragma once

#include "ValidatedDialog.h"
#include "manage/StorageTypes.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace welkin {

// "New storage pool": a directory, an NFS export (netfs) or an LVM volume group (logical), as
// far as the host supports them. The target path follows the name until the user edits it.
class PoolDialog : public ValidatedDialog
{
    Q_OBJECT
public:
    explicit PoolDialog(QWidget *parent = nullptr);

    // The host's pool types (HostStorage::poolTypes); "dir" is always offered.
    void setPoolTypes(const QStringList &types);
    // The host's pools, for duplicate names and target paths.
    void setExistingPools(const QList<StoragePoolInfo> &pools);
    StoragePoolSpec spec() const;

    static QString defaultTarget(const QString &name); // /var/lib/libvirt/images/<name>

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *typeCombo() const { return m_type; }
    QLineEdit *targetEdit() const { return m_target; }
    QLineEdit *hostEdit() const { return m_host; }
    QLineEdit *sourceDirEdit() const { return m_sourceDir; }
    QLineEdit *volumeGroupEdit() const { return m_volumeGroup; }
    QLineEdit *devicesEdit() const { return m_devices; }
    QCheckBox *autostartCheck() const { return m_autostart; }

protected:
    void validate() override;

private:
    QString type() const;
    QStringList devices() const;
    void updateForType();
    void followName();

    QLineEdit *m_name;
    QComboBox *m_type;
    QLineEdit *m_target;
    QLineEdit *m_host;
    QLineEdit *m_sourceDir;
    QLineEdit *m_volumeGroup;
    QLineEdit *m_devices;
    QCheckBox *m_autostart;
    QList<StoragePoolInfo> m_existing;
    bool m_targetEdited = false;
};

} // namespace welkin
