#pragma once

#include "ConnectionPage.h"

class QCheckBox;
class QLineEdit;

namespace welkin {

// Apache CloudStack: the API endpoint (http/https, /client/api), the API key and the secret key.
// The secret key goes to the keychain (secrets()), never into the profile.
class CloudStackConnectionPage : public ConnectionPage
{
    Q_OBJECT
public:
    explicit CloudStackConnectionPage(QWidget *parent = nullptr);

    QString kind() const override;
    QString title() const override;
    bool setProfile(const ConnectionProfile &profile) override;
    ConnectionProfile profile() const override;
    QString validationError() const override;
    QString suggestedName() const override;
    QMap<QString, QString> secrets() const override;
    bool rememberSecrets() const override;
    QStringList optionKeys() const override;

    QLineEdit *endpointEdit() const { return m_endpoint; }
    QLineEdit *apiKeyEdit() const { return m_apiKey; }
    QLineEdit *secretKeyEdit() const { return m_secretKey; }
    QCheckBox *rememberBox() const { return m_remember; }

private:
    QLineEdit *m_endpoint;
    QLineEdit *m_apiKey;
    QLineEdit *m_secretKey;
    QCheckBox *m_remember;
};

} // namespace welkin
