#pragma once

#include "providers/ConnectionProfile.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QListWidget;

namespace welkin {

// "Import from virt-manager…" and "Import Connections…": the connections a source offers, each
// with a check box; the ones already open are listed but cannot be picked again.
class ConnectionImportDialog : public QDialog
{
    Q_OBJECT
public:
    // `source` names where they come from ("virt-manager", a file name); `alreadyOpen[i]` tells
    // whether `found[i]` is open already.
    ConnectionImportDialog(const QString &source, const QList<ConnectionProfile> &found,
                           const QList<bool> &alreadyOpen, QWidget *parent = nullptr);

    QList<ConnectionProfile> chosenProfiles() const;
    QListWidget *profileList() const { return m_list; } // for tests

private:
    void updateButtons();

    QList<ConnectionProfile> m_found;
    QListWidget *m_list;
    QDialogButtonBox *m_buttons;
};

} // namespace welkin
