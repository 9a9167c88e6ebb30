#include "ConnectionTester.h"

#include "inventory/Inventory.h"
#include "metrics/LiveSamples.h"
#include "providers/ProviderManager.h"

#include <QRegularExpression>
#include <QTimer>

namespace welkin {

using namespace Qt::StringLiterals;

ConnectionTester::ConnectionTester(QObject *parent) : QObject(parent), m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    m_timeout->setInterval(30'000);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        finish(false, tr("No answer within %n second(s): the host may be down or a firewall drops the connection.",
                         nullptr, m_timeout->interval() / 1000));
    });
}

ConnectionTester::~ConnectionTester()
{
    cancel();
}

void ConnectionTester::setTimeout(int ms)
{
    m_timeout->setInterval(ms);
}

void ConnectionTester::start(const ConnectionProfile &profile)
{
    cancel();
    m_inventory = std::make_unique<Inventory>();
    m_samples = std::make_unique<LiveSamples>();
    m_manager = std::make_unique<ProviderManager>(m_inventory.get(), m_samples.get());
    registerBuiltinProviders(*m_manager);
    m_manager->setCredentialHandler(m_credentials);
    ConnectionProfile test = profile;
    test.id = testedId(profile);
    test.options.insert(u"autoConnect"_s, false);
    m_provider = m_manager->addConnection(test);
    if (!m_provider) {
        finish(false, tr("Welkin cannot open \"%1\" connections.").arg(profile.kind));
        return;
    }
    connect(m_provider, &Provider::stateChanged, this, &ConnectionTester::onStateChanged);
    connect(m_provider, &Provider::initialLoadFinished, this, [this] {
        int hosts = 0, vms = 0;
        if (const InventoryNode *node = m_inventory->node(m_provider->resourceId())) {
            vms = int(m_inventory->vmsBelow(node).size());
            for (int i = 0; i < node->childCount(); ++i)
                hosts += node->child(i)->kind() == ResourceKind::Host ? 1 : 0;
        }
        finish(true, tr("Connected: %1, %2.").arg(tr("%n host(s)", nullptr, hosts), tr("%n VM(s)", nullptr, vms)));
    });
    m_timeout->start();
    m_provider->open();
}

void ConnectionTester::onStateChanged()
{
    const ProviderStatus status = m_provider->status();
    if (status.state == ProviderState::Unreachable || status.state == ProviderState::AuthFailed) {
        QString detail = status.detail.isEmpty() ? providerStateDisplayName(status.state) : status.detail;
        // The provider would retry; the test stops here, so its "Retrying in 8 s" is not true.
        static const QRegularExpression retrying(u"[.;,]?\\s*\\(?retrying in [^.)]*\\)?\\.?$"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
        detail.remove(retrying);
        finish(false, tr("%1: %2").arg(providerStateDisplayName(status.state), detail));
    }
}

void ConnectionTester::cancel()
{
    m_timeout->stop();
    if (!m_manager)
        return;
    if (m_provider)
        disconnect(m_provider, nullptr, this, nullptr);
    m_provider = nullptr;
    // Never waits: a hung host's worker finishes on its own.
    m_manager->closeAll();
    ProviderManager *manager = m_manager.release();
    Inventory *inventory = m_inventory.release();
    LiveSamples *samples = m_samples.release();
    QTimer::singleShot(0, [manager, inventory, samples] {
        delete manager;
        delete samples;
        delete inventory;
    });
}

void ConnectionTester::finish(bool ok, const QString &message)
{
    cancel();
    Q_EMIT finished(ok, message);
}

} // namespace welkin
