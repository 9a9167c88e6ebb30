#include "ConnectionController.h"

#include "ConnectionDialog.h"
#include "ConnectionPage.h"
#include "KeychainCredentialHandler.h"
#include "providers/ProviderManager.h"
#include "storage/CertificatePinStore.h"
#include "storage/ProfileStore.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>

namespace welkin {

using namespace Qt::StringLiterals;

ConnectionController::ConnectionController(ProviderManager *providers, ProfileStore *profiles, QWidget *window)
    : QObject(window), m_providers(providers), m_profiles(profiles), m_window(window),
      m_add(new QAction(QIcon::fromTheme(u"list-add"_s, QIcon(u":/welkin/icons/kind-provider.svg"_s)),
                        tr("&Add Connection…"), this))
{
    m_add->setObjectName(u"action-add-connection"_s);
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)); // Ctrl+N is New VM
    connect(m_add, &QAction::triggered, this, &ConnectionController::addConnection);
    runDialog = [](ConnectionDialog &dialog) { return dialog.exec(); };
    confirm = [window](const QString &question) {
        return QMessageBox::question(window, tr("Remove Connection"), question, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
}

void ConnectionController::populateProviderMenu(QMenu *menu, const QString &providerId)
{
    Provider *provider = m_providers->provider(providerId);
    if (!provider)
        return;
    const ProviderState state = provider->state();
    const bool failed = state == ProviderState::Unreachable || state == ProviderState::AuthFailed;
    QAction *retryAction = menu->addAction(QIcon::fromTheme(u"view-refresh"_s), failed ? tr("&Retry Now") : tr("Re&connect"),
                                           this, [this, providerId] { retry(providerId); });
    retryAction->setObjectName(u"action-retry"_s);
    if (state == ProviderState::Connected || state == ProviderState::Connecting)
        menu->addAction(tr("&Disconnect"), this, [provider] { provider->close(); });
    menu->addSeparator();
    menu->addAction(QIcon::fromTheme(u"document-edit"_s), tr("&Edit Connection…"), this,
                    [this, providerId] { editConnection(providerId); });
    menu->addAction(QIcon::fromTheme(u"list-remove"_s), tr("Re&move Connection"), this,
                    [this, providerId] { removeConnection(providerId); });
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

} // namespace welkin
