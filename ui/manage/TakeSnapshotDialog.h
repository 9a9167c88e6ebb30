#pragma once

#include "manage/SnapshotXml.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace welkin {

// Name (checked as the user types), description, and internal-with-memory vs disk-only.
class TakeSnapshotDialog : public QDialog
{
    Q_OBJECT
public:
    // `taken`: the VM's snapshot names, refused as duplicates.
    TakeSnapshotDialog(const QString &vmName, bool running, QStringList taken, QWidget *parent = nullptr);

    SnapshotSpec spec() const;
    QLineEdit *nameEdit() const { return m_name; }
    QLabel *problemLabel() const { return m_problem; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void validate();

    QStringList m_taken;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QCheckBox *m_diskOnly;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace welkin
