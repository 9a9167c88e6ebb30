#pragma once

#include "providers/ConnectionProfile.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace welkin {

class ConnectionDialog;
class CertificatePinStore;
class CredentialHandler;
class KeychainCredentialHandler;
class ProfileStore;
class ProviderManager;

// Adding, editing, removing and retrying connections, and keeping the saved profiles
// (ProfileStore, when there is one) in step with the ProviderManager.
class ConnectionController : public QObject
{
    Q_OBJECT
public:
    ConnectionController(ProviderManager *providers, ProfileStore *profiles, QWidget *window);

    QAction *addAction() const { return m_add; }
    void setCredentialHandler(CredentialHandler *handler) { m_credentials = handler; }
    // Where the dialog's secrets go (keychain or this run's memory); removal forgets them. Not owned.
    void setSecrets(KeychainCredentialHandler *secrets) { m_secrets = secrets; }
    // Trusted server certificates: Edit shows and forgets them; a new endpoint forgets the old one.
    void setCertificatePins(CertificatePinStore *pins) { m_pins = pins; }

    // The provider node's menu: Retry/Reconnect, Edit…, Remove.
    void populateProviderMenu(QMenu *menu, const QString &providerId);

    void addConnection();
    void editConnection(const QString &providerId);
    void removeConnection(const QString &providerId);
    void retry(const QString &providerId);
    // Adds and saves a profile; false when the id is taken or the kind unknown.
    bool apply(const ConnectionProfile &profile);

    // Seams for tests: how the dialog runs (default: exec()), and the removal question.
    std::function<int(ConnectionDialog &dialog)> runDialog;
    std::function<bool(const QString &question)> confirm;

private:
    ProviderManager *m_providers;
    ProfileStore *m_profiles;
    QWidget *m_window;
    void saveSecrets(const QString &connectionId, const ConnectionDialog &dialog);

    CredentialHandler *m_credentials = nullptr;
    KeychainCredentialHandler *m_secrets = nullptr;
    CertificatePinStore *m_pins = nullptr;
    QAction *m_add;
};

} // namespace welkin
