#pragma once

#include "Preferences.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;

namespace welkin {

// Edit › Preferences: one tab per subject (Monitoring, History, Confirmations, Consoles,
// Startup), each with Restore Defaults. OK applies (and stays disabled while a field is wrong,
// with the reason under it); Cancel discards.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences &current, QWidget *parent = nullptr);

    // What the fields hold now.
    Preferences preferences() const;

    // The Startup tab's "Remove Demo Host Now": enabled while `isOpen` says the demo host is
    // open; `remove` removes it at once (not on OK: it is an action, not a setting).
    void setDemoHostActions(std::function<bool()> isOpen, std::function<void()> remove);

    // For tests.
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *okButton() const;
    QPushButton *restoreDefaultsButton(int tab) const { return m_restore.value(tab); }
    QSpinBox *statsIntervalBox() const { return m_statsInterval; }
    QSpinBox *keepaliveIntervalBox() const { return m_keepaliveInterval; }
    QSpinBox *keepaliveCountBox() const { return m_keepaliveCount; }
    QSpinBox *reconcileIntervalBox() const { return m_reconcileInterval; }
    QSpinBox *rawRetentionBox() const { return m_rawRetention; }
    QSpinBox *minuteRetentionBox() const { return m_minuteRetention; }
    QSpinBox *hourRetentionBox() const { return m_hourRetention; }
    QCheckBox *confirmationBox(Confirmation confirmation) const { return m_confirmations.value(confirmation); }
    QRadioButton *externalViewerButton() const { return m_external; }
    QCheckBox *scaleBox() const { return m_scale; }
    QLineEdit *viewerCommandEdit() const { return m_viewerCommand; }
    QLabel *viewerCommandMessage() const { return m_viewerMessage; }
    QComboBox *demoHostBox() const { return m_demoHost; }
    QPushButton *removeDemoButton() const { return m_removeDemo; }

    enum Tab { MonitoringTab, HistoryTab, ConfirmationsTab, ConsolesTab, StartupTab };

private:
    QWidget *createMonitoringTab();
    QWidget *createHistoryTab();
    QWidget *createConfirmationsTab();
    QWidget *createConsolesTab();
    QWidget *createStartupTab();
    QWidget *withRestoreButton(QWidget *page, Tab tab);
    void showValues(const Preferences &p, Tab tab);
    void validate();
    void updateDemoButton();

    QTabWidget *m_tabs;
    QDialogButtonBox *m_buttons;
    QHash<int, QPushButton *> m_restore;
    QSpinBox *m_statsInterval = nullptr;
    QSpinBox *m_keepaliveInterval = nullptr;
    QSpinBox *m_keepaliveCount = nullptr;
    QSpinBox *m_reconcileInterval = nullptr;
    QSpinBox *m_rawRetention = nullptr;
    QSpinBox *m_minuteRetention = nullptr;
    QSpinBox *m_hourRetention = nullptr;
    QHash<Confirmation, QCheckBox *> m_confirmations;
    QRadioButton *m_embedded = nullptr;
    QRadioButton *m_external = nullptr;
    QCheckBox *m_scale = nullptr;
    QLineEdit *m_viewerCommand = nullptr;
    QLabel *m_viewerMessage = nullptr;
    QComboBox *m_demoHost = nullptr;
    QPushButton *m_removeDemo = nullptr;
    std::function<bool()> m_demoOpen;
    std::function<void()> m_removeDemoNow;
};

} // namespace welkin
