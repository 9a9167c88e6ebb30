#pragma once

#include "placement/PoolSettings.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QSpinBox;

namespace welkin {

// A server pool's balancing settings as a form. The ranges go past what the policy accepts (a
// ceiling of 0 or 150 can be typed, and comes back from stored JSON as it was), so that
// BalancePolicy::validate() can say under the fields what is wrong instead of a spin box quietly
// clamping it.
class BalancePolicyForm : public QWidget
{
    Q_OBJECT
public:
    explicit BalancePolicyForm(QWidget *parent = nullptr);

    // Shows `settings` without announcing an edit.
    void setSettings(const PoolSettings &settings);
    PoolSettings settings() const;
    // The user's VM groups that may be kept apart; groups the settings name stay listed (checked)
    // even when no group has that name any more.
    void setGroupNames(const QStringList &names);
    // What is wrong with the settings as shown; empty when they are usable.
    QString problem() const;

Q_SIGNALS:
    void edited();

private:
    void fillGroups(const QStringList &checked);
    void onEdited();

    QDoubleSpinBox *m_cpuCeiling;
    QDoubleSpinBox *m_memoryCeiling;
    QSpinBox *m_window;
    QDoubleSpinBox *m_minBenefit;
    QSpinBox *m_maxMoves;
    QSpinBox *m_cooldown;
    QListWidget *m_keepApart;
    QCheckBox *m_copyDisks;
    QCheckBox *m_automatic;
    QCheckBox *m_dryRun;
    QLabel *m_problem;
    QStringList m_groupNames;
    bool m_loading = false;
};

} // namespace welkin
