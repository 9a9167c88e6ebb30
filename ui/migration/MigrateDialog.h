#pragma once

#include "manage/MigrationTypes.h"
#include "model/ResourceId.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QRadioButton;
class QSpinBox;
class QTimer;
class QTreeWidget;

namespace welkin {

class Task;

// Where a VM can go: another connected libvirt host.
struct MigrationDestination {
    QString providerId;
    QString name;  // as the tree shows it
    QString uri;
    QString pool;  // its server pool's name, "" when none
};

// A VM to move, as the dialog shows it.
struct MigrationCandidate {
    ResourceId vm;
    QString name;
    QString sourceName;
    bool active = true; // running or paused; false: shut off (only its definition moves)
};

// "Migrate…": destination, mode, storage and advanced options, and the pre-flight checks of
// every selected VM against the chosen destination, run again whenever a choice changes. The
// Migrate button is enabled only when no check blocks.
class MigrateDialog : public QDialog
{
    Q_OBJECT
public:
    // Runs one VM's checks (MigrationPreflight result); the controller binds it to VmManager.
    using PreflightFunction =
        std::function<Task *(const ResourceId &vm, const MigrationDestination &, const MigrationOptions &)>;

    MigrateDialog(const QList<MigrationCandidate> &vms, const QList<MigrationDestination> &destinations,
                  PreflightFunction preflight, QWidget *parent = nullptr);

    MigrationDestination destination() const;
    MigrationOptions options() const;
    // Picks the destination (tests, the maintenance plan); false when it is not offered.
    bool selectDestination(const QString &providerId);

    // For tests: checks still running, and the rows shown (subject: outcome: message).
    bool isChecking() const { return m_pending > 0; }
    QStringList checkLines() const;
    QPushButton *migrateButton() const;

Q_SIGNALS:
    void checksFinished();

private:
    void scheduleChecks();
    void runChecks();
    void addResult(const MigrationCandidate &vm, const QList<MigrationCheck> &checks, const QString &error);
    void updateState();

    QList<MigrationCandidate> m_vms;
    QList<MigrationDestination> m_destinations;
    PreflightFunction m_preflight;
    QComboBox *m_destination;
    QRadioButton *m_live;
    QRadioButton *m_paused;
    QComboBox *m_storage;
    QSpinBox *m_bandwidth;
    QCheckBox *m_autoConverge;
    QCheckBox *m_postCopy;
    QCheckBox *m_peerToPeer;
    QCheckBox *m_tunnelled;
    QCheckBox *m_persist;
    QCheckBox *m_undefineSource;
    QTreeWidget *m_checks;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
    QTimer *m_debounce;
    int m_generation = 0;
    int m_pending = 0;
    int m_blockers = 0;
    int m_warnings = 0;
};

} // namespace welkin
