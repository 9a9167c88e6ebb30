#pragma once

#include "providers/ConnectionProfile.h"
#include "storage/CertificatePinStore.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
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

    // Editing a connection whose server certificate the user trusted: shows it, and lets the
    // user forget it (applied on OK: the next connection asks again).
    void setCertificatePin(const std::optional<CertificatePin> &pin);
    bool certificateForgotten() const { return m_forgetCertificate; }

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
    QGroupBox *certificateBox() const { return m_certificateBox; }
    QLabel *certificateLabel() const { return m_certificate; }
    QPushButton *forgetCertificateButton() const { return m_forgetCertificateButton; }
    QLabel *forgetCertificateNote() const { return m_certificateNote; }

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
    QGroupBox *m_certificateBox;
    QLabel *m_certificate;
    QPushButton *m_forgetCertificateButton;
    QLabel *m_certificateNote;
    bool m_forgetCertificate = false;
    ConnectionTester *m_tester;
    // "Test connection" answers the throwaway provider from the typed secrets, else asks.
    KeychainCredentialHandler *m_testCredentials;
};

} // namespace welkin
