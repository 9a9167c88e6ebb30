#pragma once

#include "CloudStackInventory.h"
#include "CloudStackMapper.h"

#include "inventory/InventoryDiffer.h"

#include <QJsonArray>
#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace welkin::cloudstack {

// Maps listings and diffs them against what was sent before, on a worker thread of its own, so
// a poll of thousands of VMs costs the GUI thread only the delta it applies. Jobs run in the
// order given; each result is delivered on `receiver`'s thread (dropped if the receiver is
// gone). The destructor joins the thread (jobs are short CPU work, never network waits).
class Digest
{
public:
    explicit Digest(const QString &providerId);
    ~Digest();
    Digest(const Digest &) = delete;
    Digest &operator=(const Digest &) = delete;

    using ListingDone = std::function<void(const InventorySnapshot &snapshot, const InventoryDelta &delta)>;
    using VmDone = std::function<void(const InventoryDelta &delta)>;

    // Maps a full listing; on success the delta is against everything sent before.
    void digestListing(std::shared_ptr<const RawListing> raw, QObject *receiver, ListingDone done);
    // One VM re-read after a job: `items` empty means it is gone (expunged).
    void digestVm(const ResourceId &vm, const QJsonArray &items, QObject *receiver, VmDone done);
    // Forget what was sent (the consumer removed the rows itself).
    void reset();

private:
    void post(std::function<void()> job);

    Mapper m_mapper;             // worker thread only
    VmTrafficRates m_rates;      // worker thread only
    InventoryDiffer m_differ;    // worker thread only
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread: jobs are queued to it
};

} // namespace welkin::cloudstack
