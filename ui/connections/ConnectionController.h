#pragma once

#include "model/ResourceId.h"
#include "providers/ConnectionProfile.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace welkin {

class ConnectionDialog;
class ConnectionImportDialog;
class CertificatePinStore;
class CredentialHandler;
class KeychainCredentialHandler;
class ProfileStore;
class ProviderManager;

// Adding, editing, removing, retrying, importing and exporting connections, and keeping the
// saved profiles (ProfileStore, when there is one) in step with the ProviderManager. The menu
// bar's actions work on the connection of the selection; the tree's context menu on its node.
class ConnectionController : public QObject
{
    Q_OBJECT
public:
    using SelectionSource = std::function<QList<ResourceId>()>;
    enum class FileChoice { Import, Export };

    ConnectionController(ProviderManager *providers, ProfileStore *profiles, QWidget *window);

    QAction *addAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *removeAction() const { return m_remove; }
    QAction *reconnectAction() const { return m_reconnect; }
    QAction *disconnectAction() const { return m_disconnect; }
    QAction *importVirtManagerAction() const { return m_importVirtManager; }
    QAction *importFileAction() const { return m_importFile; }
    QAction *exportFileAction() const { return m_exportFile; }

    void setSelectionSource(SelectionSource source) { m_selection = std::move(source); }
    // The one connection every selected resource belongs to; empty when none or several.
    QString selectedConnection() const;
    // Enables the menu bar's connection actions for the selection (call when it changed).
    void updateActions();
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
    void disconnectConnection(const QString &providerId);
    void importFromVirtManager(); // asynchronous: gsettings runs in a QProcess
    void importFromFile();
    void exportToFile();
    // Adds and saves a profile; false when the id is taken or the kind unknown.
    bool apply(const ConnectionProfile &profile);

    // Seams for tests: how the dialogs run (default: exec()), the removal question, the file
    // chooser ("" = cancelled) and where errors go (default: a message box that does not block).
    std::function<int(ConnectionDialog &dialog)> runDialog;
    std::function<int(ConnectionImportDialog &dialog)> runImportDialog;
    std::function<bool(const QString &question)> confirm;
    std::function<QString(FileChoice choice)> chooseFile;
    std::function<void(const QString &title, const QString &text)> showError;

Q_SIGNALS:
    // A short note for the status bar: "Added 2 connections".
    void statusMessage(const QString &text);

private:
    ProviderManager *m_providers;
    ProfileStore *m_profiles;
    QWidget *m_window;
    void saveSecrets(const QString &connectionId, const ConnectionDialog &dialog);
    // Lets the user pick among `found` and adds the chosen ones; `source` names where they came from.
    void offerImport(const QString &source, const QList<ConnectionProfile> &found);

    CredentialHandler *m_credentials = nullptr;
    KeychainCredentialHandler *m_secrets = nullptr;
    CertificatePinStore *m_pins = nullptr;
    SelectionSource m_selection;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_remove;
    QAction *m_reconnect;
    QAction *m_disconnect;
    QAction *m_importVirtManager;
    QAction *m_importFile;
    QAction *m_exportFile;
};

} // namespace welkin
