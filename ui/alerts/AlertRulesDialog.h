#pragma once

#include "metrics/AlertRule.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace welkin {

// "Alert rules…": the list of rules, and a small form to add one ("CPU > 50 for 10 s on all
// VMs, warning"). Scopes: all VMs, the VM selected in the window, or a user group.
class AlertRulesDialog : public QDialog
{
    Q_OBJECT
public:
    // `selectedVm` may be invalid (no "Selected VM" scope); `groups`: id -> name.
    AlertRulesDialog(const QList<AlertRule> &rules, const ResourceId &selectedVm, const QString &selectedVmName,
                     const QList<std::pair<QString, QString>> &groups, QWidget *parent = nullptr);

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
    // Adds the rule the form describes.
    void addFromForm();

private:
    void removeSelected();
    void refreshList();
    static QString describe(const AlertRule &rule);

    QList<AlertRule> m_rules;
    ResourceId m_selectedVm;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_metric;
    QComboBox *m_comparison;
    QDoubleSpinBox *m_threshold;
    QSpinBox *m_duration;
    QComboBox *m_severity;
    QComboBox *m_scope;
};

} // namespace welkin
