#pragma once

#include "ConnectionProfile.h"
#include "Provider.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace welkin {

class Inventory;
class LiveSamples;

// Owns the open providers: creates them from profiles through per-kind factories, wires them
// into the Inventory and the live samples, and closes them (never waiting) at the end.
class ProviderManager : public QObject
{
    Q_OBJECT
public:
    using Factory = std::function<Provider *(const ConnectionProfile &, QObject *parent)>;

    ProviderManager(Inventory *inventory, LiveSamples *samples, QObject *parent = nullptr);
    ~ProviderManager() override;

    void registerKind(const QString &kind, Factory factory);
    // Options every connection of `kind` gets where its profile sets none (Provider::
    // defaultOptions()): new connections, and open ones the next time they open.
    void setDefaultOptions(const QString &kind, const QVariantMap &options);
    bool knowsKind(const QString &kind) const { return m_factories.contains(kind); }

    // Creates, wires and (when the profile's "autoConnect" option is not false) opens it.
    // nullptr when the kind is unknown or the id is taken.
    Provider *addConnection(const ConnectionProfile &profile);
    void removeConnection(const QString &providerId);

    Provider *provider(const QString &providerId) const { return m_providers.value(providerId); }
    QList<Provider *> providers() const;

    // Answers every provider's credential prompts (not owned).
    void setCredentialHandler(CredentialHandler *handler);

    // Closes every provider; never waits (Provider::close()).
    void closeAll();

Q_SIGNALS:
    void providerAdded(welkin::Provider *provider);
    void providerRemoved(const QString &providerId);
    void taskStarted(welkin::Task *task);
    void eventOccurred(const welkin::ProviderEvent &event);

private:
    Inventory *m_inventory;
    LiveSamples *m_samples;
    CredentialHandler *m_credentialHandler = nullptr;
    QHash<QString, Factory> m_factories;
    QHash<QString, QVariantMap> m_defaultOptions;
    QHash<QString, Provider *> m_providers;
    QList<QString> m_order;
};

// Registers the providers compiled into this build (libvirt; later the clouds).
void registerBuiltinProviders(ProviderManager &manager);

} // namespace welkin
