#pragma once

#include "providers/ConnectionProfile.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace welkin {

class ConnectionPage;
class ConnectionTester;
class CredentialHandler;
class KeychainCredentialHandler;

// Add or edit a connection: a name, the provider kind (one ConnectionPage per kind), live
// validation with a specific message, and "Test connection" (off the GUI thread). Accepting
// yields profile(); the caller adds it to the ProviderManager and saves it.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    // `takenIds`: ids already in use, so a new connection gets a fresh one.
    explicit ConnectionDialog(QStringList takenIds = {}, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // Editing: fields from `profile`; the id stays.
    void setProfile(const ConnectionProfile &profile);
    ConnectionProfile profile() const;
    // What the page's secret fields hold (SecretStore names), and whether to keep them past this run.
    QMap<QString, QString> secrets() const;
    bool rememberSecrets() const;

    void setCredentialHandler(CredentialHandler *handler);
    void addPage(ConnectionPage *page);

    // For tests.
    ConnectionPage *currentPage() const;
    QLabel *problemLabel() const { return m_problem; }
    QLabel *testResultLabel() const { return m_testResult; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *okButton() const;
    QLineEdit *nameEdit() const { return m_name; }
    ConnectionTester *tester() const { return m_tester; }

private:
    void validate();
    void runTest();

    QStringList m_takenIds;
    QString m_editedId;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QStackedWidget *m_pages;
    QLabel *m_problem;
    QPushButton *m_test;
    QLabel *m_testResult;
    QDialogButtonBox *m_buttons;
    ConnectionTester *m_tester;
    // "Test connection" answers the throwaway provider from the typed secrets, else asks.
    KeychainCredentialHandler *m_testCredentials;
};

} // namespace welkin
