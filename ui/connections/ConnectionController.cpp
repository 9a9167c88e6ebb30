#include "ConnectionController.h"

#include "ConnectionDialog.h"
#include "ConnectionImportDialog.h"
#include "ConnectionPage.h"
#include "KeychainCredentialHandler.h"
#include "providers/ProviderManager.h"
#include "storage/CertificatePinStore.h"
#include "storage/ProfileExchange.h"
#include "storage/ProfileStore.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

// The rules the context menu and the menu bar share.
bool hasFailed(ProviderState state)
{
    return state == ProviderState::Unreachable || state == ProviderState::AuthFailed;
}

bool canDisconnect(ProviderState state)
{
    return state == ProviderState::Connected || state == ProviderState::Connecting;
}

QString reconnectText(ProviderState state)
{
    return hasFailed(state) ? ConnectionController::tr("&Retry Now") : ConnectionController::tr("Re&connect");
}

QIcon reconnectIcon() { return QIcon::fromTheme(u"view-refresh"_s); }
QIcon editIcon() { return QIcon::fromTheme(u"document-edit"_s); }
QIcon removeIcon() { return QIcon::fromTheme(u"list-remove"_s); }

const QString exchangeFilter = u"*.json"_s;

} // namespace

ConnectionController::ConnectionController(ProviderManager *providers, ProfileStore *profiles, QWidget *window)
    : QObject(window), m_providers(providers), m_profiles(profiles), m_window(window),
      m_add(new QAction(QIcon::fromTheme(u"list-add"_s, QIcon(u":/welkin/icons/kind-provider.svg"_s)),
                        tr("&Add Connection…"), this)),
      m_edit(new QAction(editIcon(), tr("&Edit Connection…"), this)),
      m_remove(new QAction(removeIcon(), tr("Re&move Connection"), this)),
      m_reconnect(new QAction(reconnectIcon(), reconnectText(ProviderState::Disconnected), this)),
      m_disconnect(new QAction(tr("&Disconnect"), this)),
      m_importVirtManager(new QAction(tr("Import from &virt-manager…"), this)),
      m_importFile(new QAction(QIcon::fromTheme(u"document-import"_s), tr("&Import Connections…"), this)),
      m_exportFile(new QAction(QIcon::fromTheme(u"document-export"_s), tr("E&xport Connections…"), this))
{
    m_add->setObjectName(u"action-add-connection"_s);
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)); // Ctrl+N is New VM
    connect(m_add, &QAction::triggered, this, &ConnectionController::addConnection);
    m_edit->setObjectName(u"action-edit-connection"_s);
    m_remove->setObjectName(u"action-remove-connection"_s);
    m_reconnect->setObjectName(u"action-reconnect"_s);
    m_disconnect->setObjectName(u"action-disconnect"_s);
    m_importVirtManager->setObjectName(u"action-import-virt-manager"_s);
    m_importVirtManager->setStatusTip(tr("Adds the connections saved in virt-manager"));
    m_importFile->setObjectName(u"action-import-connections"_s);
    m_importFile->setStatusTip(tr("Adds connections from a file written by Export Connections"));
    m_exportFile->setObjectName(u"action-export-connections"_s);
    m_exportFile->setStatusTip(tr("Writes the open connections to a JSON file, without passwords"));
    // Read at trigger time: the connection whose state the actions show.
    const auto onSelected = [this](void (ConnectionController::*handler)(const QString &)) {
        return [this, handler] {
            const QString id = selectedConnection();
            if (!id.isEmpty())
                (this->*handler)(id);
        };
    };
    connect(m_edit, &QAction::triggered, this, onSelected(&ConnectionController::editConnection));
    connect(m_remove, &QAction::triggered, this, onSelected(&ConnectionController::removeConnection));
    connect(m_reconnect, &QAction::triggered, this, onSelected(&ConnectionController::retry));
    connect(m_disconnect, &QAction::triggered, this, onSelected(&ConnectionController::disconnectConnection));
    connect(m_importVirtManager, &QAction::triggered, this, &ConnectionController::importFromVirtManager);
    connect(m_importFile, &QAction::triggered, this, &ConnectionController::importFromFile);
    connect(m_exportFile, &QAction::triggered, this, &ConnectionController::exportToFile);

    // A connection's state decides what Reconnect and Disconnect offer.
    const auto watch = [this](Provider *provider) {
        connect(provider, &Provider::stateChanged, this, &ConnectionController::updateActions);
    };
    for (Provider *provider : m_providers->providers())
        watch(provider);
    connect(m_providers, &ProviderManager::providerAdded, this, [this, watch](Provider *provider) {
        watch(provider);
        updateActions();
    });
    connect(m_providers, &ProviderManager::providerRemoved, this, &ConnectionController::updateActions);

    runDialog = [](ConnectionDialog &dialog) { return dialog.exec(); };
    runImportDialog = [](ConnectionImportDialog &dialog) { return dialog.exec(); };
    confirm = [window](const QString &question) {
        return QMessageBox::question(window, tr("Remove Connection"), question, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    chooseFile = [window](FileChoice choice) {
        const QString filter = tr("Welkin connections (%1)").arg(exchangeFilter);
        if (choice == FileChoice::Import)
            return QFileDialog::getOpenFileName(window, tr("Import Connections"), QDir::homePath(), filter);
        return QFileDialog::getSaveFileName(window, tr("Export Connections"),
                                            QDir::home().filePath(u"welkin-connections.json"_s), filter);
    };
    showError = [window](const QString &title, const QString &text) {
        auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    };
    updateActions();
}

QString ConnectionController::selectedConnection() const
{
    const QList<ResourceId> ids = m_selection ? m_selection() : QList<ResourceId>();
    if (ids.isEmpty())
        return {};
    const QString providerId = ids.first().providerId();
    for (const ResourceId &id : ids) {
        if (id.providerId() != providerId)
            return {};
    }
    return m_providers->provider(providerId) ? providerId : QString();
}

void ConnectionController::updateActions()
{
    const Provider *provider = m_providers->provider(selectedConnection());
    const ProviderState state = provider ? provider->state() : ProviderState::Disconnected;
    for (QAction *action : {m_edit, m_remove, m_reconnect})
        action->setEnabled(provider != nullptr);
    m_reconnect->setText(reconnectText(state));
    m_disconnect->setEnabled(provider != nullptr && canDisconnect(state));
}

void ConnectionController::populateProviderMenu(QMenu *menu, const QString &providerId)
{
    Provider *provider = m_providers->provider(providerId);
    if (!provider)
        return;
    const ProviderState state = provider->state();
    QAction *retryAction = menu->addAction(reconnectIcon(), reconnectText(state), this,
                                           [this, providerId] { retry(providerId); });
    retryAction->setObjectName(u"action-retry"_s);
    if (canDisconnect(state))
        menu->addAction(m_disconnect->text(), this, [this, providerId] { disconnectConnection(providerId); });
    menu->addSeparator();
    menu->addAction(editIcon(), m_edit->text(), this, [this, providerId] { editConnection(providerId); });
    menu->addAction(removeIcon(), m_remove->text(), this, [this, providerId] { removeConnection(providerId); });
}

void ConnectionController::addConnection()
{
    QStringList taken;
    for (Provider *provider : m_providers->providers())
        taken.append(provider->id());
    ConnectionDialog dialog(taken, m_window);
    dialog.setCredentialHandler(m_credentials);
    if (runDialog(dialog) != QDialog::Accepted)
        return;
    const ConnectionProfile profile = dialog.profile();
    if (m_providers->provider(profile.id))
        return;
    saveSecrets(profile.id, dialog); // before apply(): the provider opens at once and may ask
    apply(profile);
}

void ConnectionController::saveSecrets(const QString &connectionId, const ConnectionDialog &dialog)
{
    if (m_secrets)
        m_secrets->saveSecrets(connectionId, dialog.secrets(), dialog.rememberSecrets());
}

bool ConnectionController::apply(const ConnectionProfile &profile)
{
    if (!m_providers->addConnection(profile))
        return false;
    if (m_profiles)
        m_profiles->save(profile);
    return true;
}

void ConnectionController::editConnection(const QString &providerId)
{
    Provider *provider = m_providers->provider(providerId);
    if (!provider)
        return;
    ConnectionDialog dialog({}, m_window);
    dialog.setCredentialHandler(m_credentials);
    dialog.setProfile(provider->profile());
    if (m_pins)
        dialog.setCertificatePin(m_pins->pin(providerId));
    if (runDialog(dialog) != QDialog::Accepted)
        return;
    ConnectionProfile edited = dialog.profile();
    // A certificate was trusted for the server at the old address, not for whatever answers at a new one.
    if (m_pins && (dialog.certificateForgotten() || edited.uri != provider->profile().uri))
        m_pins->remove(providerId);
    // Tuning the dialog does not show stays; what the page manages is replaced.
    QVariantMap options = provider->profile().options;
    if (const ConnectionPage *page = dialog.currentPage()) {
        for (const QString &key : page->optionKeys())
            options.remove(key);
    }
    options.insert(edited.options);
    edited.options = options;
    saveSecrets(providerId, dialog);
    // Reopen under the same id: ResourceIds (groups, saved selection) stay valid.
    m_providers->removeConnection(providerId);
    apply(edited);
}

void ConnectionController::removeConnection(const QString &providerId)
{
    Provider *provider = m_providers->provider(providerId);
    if (!provider)
        return;
    if (confirm && !confirm(tr("Remove the connection \"%1\"?\n\nIts VMs are not touched; Welkin only forgets "
                               "how to reach them.").arg(provider->displayName())))
        return;
    m_providers->removeConnection(providerId);
    if (m_profiles)
        m_profiles->remove(providerId);
    if (m_secrets)
        m_secrets->forget(providerId);
}

void ConnectionController::retry(const QString &providerId)
{
    if (Provider *provider = m_providers->provider(providerId)) {
        provider->close();
        provider->open();
    }
}

void ConnectionController::disconnectConnection(const QString &providerId)
{
    if (Provider *provider = m_providers->provider(providerId))
        provider->close();
}

void ConnectionController::importFromVirtManager()
{
    auto *import = new VirtManagerImport(this);
    m_importVirtManager->setEnabled(false); // one reading at a time
    connect(import, &VirtManagerImport::finished, this,
            [this, import](const QList<ConnectionProfile> &profiles, const QString &error) {
        import->deleteLater();
        m_importVirtManager->setEnabled(true);
        if (!error.isEmpty()) {
            showError(tr("Import from virt-manager"), error);
            return;
        }
        offerImport(tr("virt-manager"), profiles);
    });
    import->start();
}

void ConnectionController::importFromFile()
{
    const QString path = chooseFile(FileChoice::Import);
    if (path.isEmpty())
        return;
    QList<ConnectionProfile> profiles;
    QString error;
    if (!profileexchange::importFromFile(path, &profiles, &error)) {
        showError(tr("Import Connections"), error);
        return;
    }
    offerImport(QFileInfo(path).fileName(), profiles);
}

void ConnectionController::exportToFile()
{
    QList<ConnectionProfile> profiles;
    for (const Provider *provider : m_providers->providers())
        profiles.append(provider->profile());
    if (profiles.isEmpty()) {
        showError(tr("Export Connections"), tr("There are no connections to export."));
        return;
    }
    const QString path = chooseFile(FileChoice::Export);
    if (path.isEmpty())
        return;
    QString error;
    if (!profileexchange::exportToFile(path, profiles, &error)) {
        showError(tr("Export Connections"), error);
        return;
    }
    Q_EMIT statusMessage(tr("Exported %n connection(s) to %1", "", int(profiles.size())).arg(path));
}

void ConnectionController::offerImport(const QString &source, const QList<ConnectionProfile> &found)
{
    if (found.isEmpty()) {
        showError(tr("Import Connections"), tr("%1 holds no connections.").arg(source));
        return;
    }
    QList<bool> alreadyOpen;
    for (const ConnectionProfile &profile : found) {
        bool open = m_providers->provider(profile.id) != nullptr;
        for (const Provider *provider : m_providers->providers())
            open = open || provider->profile().uri == profile.uri;
        alreadyOpen.append(open);
    }
    ConnectionImportDialog dialog(source, found, alreadyOpen, m_window);
    if (runImportDialog(dialog) != QDialog::Accepted)
        return;
    int added = 0;
    QStringList refused;
    for (const ConnectionProfile &profile : dialog.chosenProfiles()) {
        if (apply(profile))
            ++added;
        else
            refused.append(profile.uri);
    }
    if (!refused.isEmpty())
        showError(tr("Import Connections"), tr("These connections could not be added (unknown kind or name taken):\n%1")
                                                .arg(refused.join(u'\n')));
    Q_EMIT statusMessage(tr("Added %n connection(s)", "", added));
}

} // namespace welkin
