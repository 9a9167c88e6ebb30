#include "ProviderManager.h"

#include "inventory/Inventory.h"
#include "metrics/LiveSamples.h"

namespace welkin {

using namespace Qt::StringLiterals;

ProviderManager::ProviderManager(Inventory *inventory, LiveSamples *samples, QObject *parent)
    : QObject(parent), m_inventory(inventory), m_samples(samples)
{
}

ProviderManager::~ProviderManager()
{
    closeAll();
}

void ProviderManager::registerKind(const QString &kind, Factory factory)
{
    m_factories.insert(kind, std::move(factory));
}

void ProviderManager::setDefaultOptions(const QString &kind, const QVariantMap &options)
{
    m_defaultOptions.insert(kind, options);
    for (Provider *provider : std::as_const(m_providers)) {
        if (provider->profile().kind == kind)
            provider->setDefaultOptions(options);
    }
}

Provider *ProviderManager::addConnection(const ConnectionProfile &profile)
{
    if (m_providers.contains(profile.id) || !m_factories.contains(profile.kind))
        return nullptr;
    Provider *provider = m_factories.value(profile.kind)(profile, this);
    if (!provider)
        return nullptr;
    m_providers.insert(profile.id, provider);
    m_order.append(profile.id);
    provider->setDefaultOptions(m_defaultOptions.value(profile.kind));
    provider->setCredentialHandler(m_credentialHandler);
    if (m_inventory)
        m_inventory->addProvider(provider);
    if (m_samples)
        connect(provider, &Provider::samplesReady, m_samples, &LiveSamples::apply);
    connect(provider, &Provider::taskStarted, this, &ProviderManager::taskStarted);
    connect(provider, &Provider::eventOccurred, this, &ProviderManager::eventOccurred);
    Q_EMIT providerAdded(provider);
    if (profile.options.value(u"autoConnect"_s, true).toBool())
        provider->open();
    return provider;
}

void ProviderManager::removeConnection(const QString &providerId)
{
    Provider *provider = m_providers.take(providerId);
    if (!provider)
        return;
    m_order.removeOne(providerId);
    provider->close();
    if (m_inventory)
        m_inventory->removeProvider(providerId);
    if (m_samples)
        m_samples->removeProvider(providerId);
    provider->deleteLater();
    Q_EMIT providerRemoved(providerId);
}

QList<Provider *> ProviderManager::providers() const
{
    QList<Provider *> result;
    for (const QString &id : m_order)
        result.append(m_providers.value(id));
    return result;
}

void ProviderManager::setCredentialHandler(CredentialHandler *handler)
{
    m_credentialHandler = handler;
    for (Provider *provider : std::as_const(m_providers))
        provider->setCredentialHandler(handler);
}

void ProviderManager::closeAll()
{
    for (Provider *provider : std::as_const(m_providers))
        provider->close();
}

} // namespace welkin
