#pragma once

#include "metrics/AlertRule.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace welkin {

// "Alert rules…": the list of rules, and a form to add one ("CPU > 50 for 10 s on all VMs,
// warning") or change the one picked with Edit (or a double-click) in place. Scopes: all VMs,
// the VM selected in the window, a user group, and with setTargets() all hosts, one host (itself
// or its VMs) and a server pool (its VMs or its hosts).
class AlertRulesDialog : public QDialog
{
    Q_OBJECT
public:
    struct Target {
        ResourceId id;
        QString name;
    };

    // `selectedVm` may be invalid (no "Selected VM" scope); `groups`: id -> name.
    AlertRulesDialog(const QList<AlertRule> &rules, const ResourceId &selectedVm, const QString &selectedVmName,
                     const QList<std::pair<QString, QString>> &groups, QWidget *parent = nullptr);

    // Adds "All hosts", each host's scopes and each server pool's (pool ids are their tree nodes).
    void setTargets(const QList<Target> &hosts, const QList<Target> &pools);

    QList<AlertRule> rules() const { return m_rules; }

    // The form (tests fill it like a user).
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *metricBox() const { return m_metric; }
    QComboBox *comparisonBox() const { return m_comparison; }
    QDoubleSpinBox *thresholdSpin() const { return m_threshold; }
    QSpinBox *durationSpin() const { return m_duration; }
    QComboBox *severityBox() const { return m_severity; }
    QComboBox *scopeBox() const { return m_scope; }
    QListWidget *ruleList() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    // Adds the rule the form describes.
    void addFromForm();
    // Loads rule `row` into the form; the form's button then saves it in place.
    void editRow(int row);
    int editingRow() const { return m_editing; }
    // Writes the form into the rule being edited (same id: its active alerts carry on).
    void saveEdit();
    // Selects the scope entry that `rule` uses (adding one that keeps it when it is not offered).
    void selectScope(const AlertRule &rule);

private:
    void removeSelected();
    void cancelEdit();
    void refreshList();
    void updateButtons();
    void fillRule(AlertRule &rule) const;
    QString nameOf(const ResourceId &id) const;
    QString describe(const AlertRule &rule) const;

    QList<AlertRule> m_rules;
    ResourceId m_selectedVm;
    QHash<ResourceId, QString> m_names;
    QHash<QString, QString> m_groupNames;
    AlertRule m_keptScope; // the scope of the rule being edited when no entry offers it
    int m_editing = -1;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_metric;
    QComboBox *m_comparison;
    QDoubleSpinBox *m_threshold;
    QSpinBox *m_duration;
    QComboBox *m_severity;
    QComboBox *m_scope;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_cancelEdit;
};

} // namespace welkin
