#include "CloudStackDigest.h"

#include "model/JsonId.h"

namespace welkin::cloudstack {

using namespace Qt::StringLiterals;

Digest::Digest(const QString &providerId) : m_mapper(providerId), m_differ(providerId)
{
    m_thread.setObjectName(u"cloudstack-digest"_s);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

Digest::~Digest()
{
    m_thread.quit();
    m_thread.wait();
}

void Digest::post(std::function<void()> job)
{
    QMetaObject::invokeMethod(m_context, std::move(job), Qt::QueuedConnection);
}

void Digest::digestListing(std::shared_ptr<const RawListing> raw, QObject *receiver, ListingDone done)
{
    post([this, raw = std::move(raw), receiver, done = std::move(done)] {
        InventorySnapshot snapshot = InventoryLoader::assemble(*raw, m_mapper, &m_rates);
        InventoryDelta delta;
        if (snapshot.result.ok())
            delta = m_differ.diffFull(snapshot.resources);
        snapshot.resources.clear(); // the receiver needs the delta, not a second copy of the tree
        // Queued to the receiver: if it is destroyed first, Qt drops the call.
        QMetaObject::invokeMethod(receiver, [done, snapshot = std::move(snapshot), delta = std::move(delta)] {
            done(snapshot, delta);
        }, Qt::QueuedConnection);
    });
}

void Digest::digestVm(const ResourceId &vm, const QJsonArray &items, QObject *receiver, VmDone done)
{
    post([this, vm, items, receiver, done = std::move(done)] {
        InventoryDelta delta;
        Resource resource;
        QString error;
        if (items.isEmpty()) {
            delta = m_differ.diffPartial({}, {vm});
        } else if (const QJsonObject object = items.first().toObject(); m_mapper.vm(object, resource, error)) {
            const auto known = [this](const ResourceId &id) { return m_differ.find(id) != nullptr; };
            InventoryLoader::settleParent(resource, known,
                                          m_mapper.id(ResourceKind::Zone, jsonId(object.value(u"zoneid"_s))),
                                          ResourceId::provider(m_mapper.providerId()));
            delta = m_differ.diffPartial({resource});
        }
        QMetaObject::invokeMethod(receiver, [done, delta = std::move(delta)] { done(delta); }, Qt::QueuedConnection);
    });
}

void Digest::reset()
{
    post([this] {
        m_differ.clear();
        m_rates.clear();
    });
}

} // namespace welkin::cloudstack
