#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace welkin {

class NewVmWizard;

// New VM wizard, page 4: what will be made, the domain XML as libvirt gets it (read-only, with a
// Copy button), whether to start the VM and open its console, and while Finish runs the create
// task: its progress, then its error when it failed (Back leads to the field to fix).
class NewVmSummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit NewVmSummaryPage(NewVmWizard *wizard);

    bool startAfter() const;
    bool openConsole() const;
    QString xml() const;
    QString errorText() const;

    void setRunning(bool running);
    void showProgress(int percent, const QString &detail);
    void showError(const QString &error);

    bool isComplete() const override;
    void initializePage() override;
    int nextId() const override { return -1; } // the last libvirt page (the cloud page has a higher id)

private:
    QString describe() const;

    NewVmWizard *m_wizard;
    QLabel *m_summary;
    QPlainTextEdit *m_xml;
    QPushButton *m_copy;
    QCheckBox *m_start;
    QCheckBox *m_console;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_error;
    bool m_running = false;
};

} // namespace welkin
