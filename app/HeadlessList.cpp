#include "HeadlessList.h"

#include "inventory/Inventory.h"
#include "inventory/InventoryExport.h"
#include "providers/ProviderManager.h"

#include <QCoreApplication>

#include <cstdio>

namespace welkin {

using namespace Qt::StringLiterals;

HeadlessList::HeadlessList(ProviderManager *providers, Inventory *inventory, QString format, int timeoutMs,
                           QObject *parent)
    : QObject(parent), m_providers(providers), m_inventory(inventory), m_format(std::move(format))
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(timeoutMs);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
            m_errors.append(QCoreApplication::translate("main", "%1: no answer within %2 s")
                                .arg(it.value()).arg(m_deadline.interval() / 1000));
        }
        m_pending.clear();
        finish();
    });
}

void HeadlessList::start()
{
    for (Provider *provider : m_providers->providers())
        watch(provider);
    if (m_pending.isEmpty()) {
        QMetaObject::invokeMethod(this, &HeadlessList::finish, Qt::QueuedConnection);
        return;
    }
    m_deadline.start();
}

void HeadlessList::watch(Provider *provider)
{
    const QString id = provider->id();
    m_pending.insert(id, provider->profile().uri);
    connect(provider, &Provider::initialLoadFinished, this, [this, id] { settle(id, {}); });
    connect(provider, &Provider::stateChanged, this, [this, id, provider](const ProviderStatus &status) {
        // Headless means no second chance: the first failure is the answer.
        if (status.state == ProviderState::Unreachable || status.state == ProviderState::AuthFailed) {
            settle(id, QCoreApplication::translate("main", "cannot connect to %1: %2")
                           .arg(provider->profile().uri,
                                status.detail.isEmpty() ? providerStateDisplayName(status.state) : status.detail));
        }
    });
}

void HeadlessList::settle(const QString &providerId, const QString &error)
{
    if (!m_pending.remove(providerId))
        return;
    if (!error.isEmpty())
        m_errors.append(error);
    if (m_pending.isEmpty())
        finish();
}

void HeadlessList::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    if (m_format == u"json"_s) {
        const QByteArray json = InventoryExport::toJson(*m_inventory);
        std::fwrite(json.constData(), 1, static_cast<size_t>(json.size()), stdout);
    } else {
        std::fputs(InventoryExport::toTable(*m_inventory).toLocal8Bit().constData(), stdout);
    }
    std::fflush(stdout);
    for (const QString &error : std::as_const(m_errors))
        std::fprintf(stderr, "welkin: %s\n", qPrintable(error));
    Q_EMIT finished(m_errors.isEmpty() ? 0 : 1);
}

} // namespace welkin
