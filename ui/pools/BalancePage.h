#pragma once

#include "manage/MigrationTypes.h"
#include "model/ResourceId.h"
#include "placement/PoolSettings.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeView;

namespace welkin {

class BalanceMoveRunner;
class BalancePolicyForm;
class GroupStore;
class HostLoadModel;
class Inventory;
class MigrationController;
class MoveModel;
class PoolLoadReader;
class PoolStore;
class Task;

// The "Balance" tab of a server pool: its policy (saved into the pool), each host's load now and
// after the recommended migrations, the migrations with their reasons, Apply / Apply Selected /
// Dismiss, and the automatic mode with its log. Planning is BalancePlanner's; loads come
// from the PoolLoadReader (asynchronous), moves are MigrationController tasks: nothing here waits.
class BalancePage : public QWidget
{
    Q_OBJECT
public:
    // `groups` (the user's VM groups, for keep-apart) may be null; so may `migration` when
    // startMigration is set instead.
    BalancePage(Inventory *inventory, PoolStore *pools, PoolLoadReader *reader, MigrationController *migration,
                GroupStore *groups, QWidget *parent = nullptr);
    ~BalancePage() override;

    // Shows pool `poolId` (its policy, then a fresh plan). Moves still running for another pool
    // go on; their outcome is logged there.
    void setPool(const QString &poolId);
    const QString &poolId() const { return m_poolId; }

    void recalculate();
    void applyAll();
    void applySelected();
    void dismiss();

    // Starts one move; returns nullptr when it cannot start. Defaults to the MigrationController's.
    std::function<Task *(const ResourceId &vm, const QString &destinationProviderId, const MigrationOptions &options)>
        startMigration;
    // How often the automatic mode plans a round; 0 (the default) means the policy's averaging
    // window, at least a minute.
    void setAutomaticIntervalMs(int intervalMs);

    BalancePolicyForm *policyForm() const { return m_form; }
    HostLoadModel *hostModel() const { return m_hosts; }
    MoveModel *moveModel() const { return m_moves; }
    QTreeView *moveView() const { return m_moveView; }
    // What the last plan says (the one-host pool, a bad policy, "every host is below its ceilings").
    QString planMessage() const;
    // The pool's log: what the automatic mode did or, in a dry run, would have done.
    QString logText() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum class Round { Shown, AfterMoves, Automatic };

    QWidget *createLoadPane();
    QWidget *createMovePane();
    void requestRecalculation();
    void read(Round round);
    void onLoadsReady(const QString &poolId, const QList<PlacementHost> &hosts, const QList<PlacementVm> &vms);
    BalancePlan planNow() const;
    void showPlan(const BalancePlan &plan, bool keepFinished);
    void runAutomaticTick();
    void runAutomaticRound(const BalancePlan &plan);
    void apply(const QStringList &vmIds);
    void onMoveFinished(const QString &poolId, const QString &vmId, bool ok, const QString &failure);
    void onPolicyEdited();
    void savePolicy();
    void onPoolsChanged();
    void checkHosts();
    QStringList hostSignature() const;
    void updateAutomaticTimer();
    void updateActions();
    bool isApplying() const; // moves of the shown pool are under way

    Inventory *m_inventory;
    QPointer<PoolStore> m_pools;
    QPointer<PoolLoadReader> m_reader;
    GroupStore *m_groups;
    BalanceMoveRunner *m_runner;

    BalancePolicyForm *m_form;
    HostLoadModel *m_hosts;
    MoveModel *m_moves;
    QTreeView *m_hostView;
    QTreeView *m_moveView;
    QLabel *m_message;
    QPushButton *m_recalculate;
    QPushButton *m_applyAll;
    QPushButton *m_applySelected;
    QPushButton *m_dismiss;
    QLabel *m_automaticStatus;
    QPlainTextEdit *m_log;
    QTimer *m_saveTimer;
    QTimer *m_hostsTimer;
    QTimer *m_automaticTimer;

    QString m_poolId;
    PoolSettings m_settings;                // as last loaded or saved
    QHash<QString, QString> m_hostNames;    // host id -> the name shown (unique within the pool)
    QStringList m_hostSignature;
    QList<PlacementHost> m_lastHosts;       // the last read, planned again when only the policy changes
    QList<PlacementVm> m_lastVms;
    bool m_loaded = false;                  // m_lastHosts/m_lastVms are the shown pool's
    bool m_reading = false;
    int m_readWindow = 0;
    Round m_round = Round::Shown;
    bool m_stale = false;                   // recalculate when shown
    int m_automaticIntervalMs = 0;
};

} // namespace welkin
