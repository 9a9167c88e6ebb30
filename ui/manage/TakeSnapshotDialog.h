#pragma once

#include "manage/SnapshotXml.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace welkin {

// Name (checked as the user types), description, and what the provider lets the user choose:
// libvirt's internal-with-memory vs disk-only, CloudStack's with or without memory.
class TakeSnapshotDialog : public QDialog
{
    Q_OBJECT
public:
    // `taken`: the VM's snapshot names, refused as duplicates. `support`: the providers' (one VM's,
    // or what every selected VM's provider allows).
    TakeSnapshotDialog(const QString &vmName, bool running, QStringList taken, const SnapshotSupport &support,
                       QWidget *parent = nullptr);

    SnapshotSpec spec() const;
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QCheckBox *diskOnlyBox() const { return m_diskOnly; }
    QCheckBox *memoryBox() const { return m_memory; }
    QLabel *problemLabel() const { return m_problem; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    // Why `name` cannot be a new snapshot's name under `support`, "" when it can.
    static QString nameProblem(const QString &name, const SnapshotSupport &support, const QStringList &taken);

private:
    void validate();

    QStringList m_taken;
    SnapshotSupport m_support;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QCheckBox *m_diskOnly;
    QCheckBox *m_memory;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace welkin
