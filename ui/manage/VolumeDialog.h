#pragma once

#include "ValidatedDialog.h"
#include "manage/StorageTypes.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace welkin {

// "New volume" (name, qcow2/raw, size) and "Resize volume" (new size) in one form. Shows the
// pool's free space; a size (or growth) above it is refused at the field.
class VolumeDialog : public ValidatedDialog
{
    Q_OBJECT
public:
    enum class Mode { Create, Resize };
    explicit VolumeDialog(Mode mode, QWidget *parent = nullptr);

    void setPool(const StoragePoolInfo &pool);
    void setExistingNames(const QStringList &names);   // Create
    void setVolume(const StorageVolumeInfo &volume);    // Resize: the volume and its size now
    // The size in bytes the form asks for (Resize: the new capacity).
    quint64 sizeBytes() const;
    StorageVolumeSpec spec() const;
    Mode mode() const { return m_mode; }

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *formatCombo() const { return m_format; }
    QDoubleSpinBox *sizeSpin() const { return m_size; }
    QComboBox *unitCombo() const { return m_unit; }
    QWidget *sizeField() const { return m_sizeField; }
    QLabel *freeLabel() const { return m_free; }

protected:
    void validate() override;

private:
    void updateFree();

    Mode m_mode;
    QLineEdit *m_name;
    QComboBox *m_format;
    QWidget *m_sizeField;
    QDoubleSpinBox *m_size;
    QComboBox *m_unit;
    QLabel *m_free;
    StoragePoolInfo m_pool;
    StorageVolumeInfo m_volume;
    QStringList m_existing;
};

} // namespace welkin
