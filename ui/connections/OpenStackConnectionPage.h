#pragma once

#include "ConnectionPage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace welkin {

// OpenStack: the Keystone auth URL, a password login (user, project, domains) or an application
// credential, region and interface; or an entry of clouds.yaml ("Import clouds.yaml…"), which
// fills the fields and, when the file is the one the standard search finds, makes the profile
// refer to the cloud by name ("openstack:NAME") so later edits of the file apply.
// The password / application credential secret go to the keychain (secrets()), never the profile.
class OpenStackConnectionPage : public ConnectionPage
{
    Q_OBJECT
public:
    enum class AuthType { Password, ApplicationCredential };

    explicit OpenStackConnectionPage(QWidget *parent = nullptr);

    QString kind() const override;
    QString title() const override;
    bool setProfile(const ConnectionProfile &profile) override;
    ConnectionProfile profile() const override;
    QString validationError() const override;
    QString suggestedName() const override;
    QMap<QString, QString> secrets() const override;
    bool rememberSecrets() const override;
    QStringList optionKeys() const override;

    // Fills the page from cloud `cloudName` of `file` (secure.yaml beside it, else the standard
    // one, merged). False with a specific message in `error`.
    bool importCloud(const QString &file, const QString &cloudName, QString *error);
    QString cloudName() const;           // "" unless the profile refers to a clouds.yaml entry
    void setAuthType(AuthType type);
    AuthType authType() const;

    // For tests and the screenshot tool.
    QLineEdit *authUrlEdit() const { return m_authUrl; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *userDomainEdit() const { return m_userDomain; }
    QLineEdit *projectEdit() const { return m_project; }
    QLineEdit *projectDomainEdit() const { return m_projectDomain; }
    QLineEdit *credentialIdEdit() const { return m_credentialId; }
    QLineEdit *credentialSecretEdit() const { return m_credentialSecret; }
    QLineEdit *regionEdit() const { return m_region; }
    QComboBox *interfaceCombo() const { return m_interface; }
    QCheckBox *useCloudEntryBox() const { return m_useCloudEntry; }
    QCheckBox *rememberBox() const { return m_remember; }
    QPushButton *importButton() const { return m_import; }

private:
    void openImportDialog();
    void updateFields();
    bool referencesCloud() const;

    QLineEdit *m_authUrl;
    QComboBox *m_authType;
    QStackedWidget *m_authFields;
    QLineEdit *m_user, *m_password, *m_userDomain, *m_project, *m_projectDomain;
    QLineEdit *m_credentialId, *m_credentialSecret;
    QLineEdit *m_region;
    QComboBox *m_interface;
    QCheckBox *m_remember;
    QPushButton *m_import;
    QCheckBox *m_useCloudEntry;
    QLabel *m_source;
    QString m_cloudName;
    bool m_cloudHasSecret = false;
};

} // namespace welkin
