// A CloudStack API answer (any bytes a server or a proxy sends) through the envelope reader, the
// async-job reader and every object mapper, as the provider does with list and job answers;
// every value in it also as listVMSnapshot's list.
#include "FuzzSupport.h"

#include "model/JsonId.h"
#include "providers/cloudstack/CloudStackMapper.h"
#include "providers/cloudstack/CloudStackResponse.h"

#include <QJsonArray>

#include <cmath>

using namespace welkin;
using namespace welkin::fuzz;
using namespace welkin::cloudstack;
using namespace Qt::StringLiterals;

namespace {

const Mapper mapper(u"cloudstack:fuzz"_s);

void checkMapped(bool ok, const Resource &out, const QString &error, const QJsonObject &object, ResourceKind kind)
{
    if (!ok) {
        FUZZ_CHECK(!error.isEmpty(), {});
        return;
    }
    const QString id = jsonId(object.value(u"id"_s));
    FUZZ_CHECK(!id.isEmpty(), {});
    FUZZ_CHECK(out.id.kind() == kind && out.id.nativeId() == id && out.id.providerId() == mapper.providerId(),
               shown(id));
    FUZZ_CHECK(!out.name.isEmpty(), {});
    FUZZ_CHECK(out.parent.isValid() && out.parent.providerId() == mapper.providerId(), {});
    // Ids are stored and typed on the command line as text: they must come back unchanged.
    FUZZ_CHECK(ResourceId::fromString(out.id.toString()) == out.id, shown(out.id.toString()));
}

void checkSnapshot(const VmSnapshot &snapshot)
{
    FUZZ_CHECK(!snapshot.id.isEmpty() && !snapshot.name.isEmpty(), {});
    FUZZ_CHECK(snapshot.ready == (snapshot.status == u"Ready"_s), shown(snapshot.status));
    FUZZ_CHECK(snapshot.memory.isEmpty() || snapshot.memory == u"internal"_s || snapshot.memory == u"no"_s,
               shown(snapshot.memory));
    FUZZ_CHECK(snapshot.hasMemory() == (snapshot.state == u"running"_s), shown(snapshot.state));
    FUZZ_CHECK(!snapshot.external && snapshot.sizeBytes == -1, {});
    if (snapshot.created.isValid())
        FUZZ_CHECK(snapshot.created.timeSpec() == Qt::OffsetFromUTC || snapshot.created.timeSpec() == Qt::UTC, {});
}

// A value as listVMSnapshot's "vmSnapshot" list: each entry is listed (under its own id) or
// skipped with a reason; a value that is no list is one reason; absent or null is no snapshots.
void mapSnapshotList(const QJsonValue &value)
{
    QStringList skipped;
    const QList<VmSnapshot> listed = Mapper::vmSnapshots(value, skipped);
    for (const QString &problem : std::as_const(skipped))
        FUZZ_CHECK(!problem.isEmpty(), {});
    if (value.isUndefined() || value.isNull()) {
        FUZZ_CHECK(listed.isEmpty() && skipped.isEmpty(), {});
        return;
    }
    if (!value.isArray()) {
        FUZZ_CHECK(listed.isEmpty() && skipped.size() == 1, QString::number(skipped.size()));
        return;
    }
    const QJsonArray items = value.toArray();
    FUZZ_CHECK(listed.size() + skipped.size() == items.size(),
               QString::number(listed.size()) + u'+' + QString::number(skipped.size()));
    qsizetype next = 0; // entries keep their order
    for (const VmSnapshot &snapshot : listed) {
        checkSnapshot(snapshot);
        while (next < items.size() && jsonId(items.at(next).toObject().value(u"id"_s)) != snapshot.id)
            ++next;
        FUZZ_CHECK(next < items.size(), shown(snapshot.id));
        ++next;
    }
}

void checkSample(const MetricSample &sample)
{
    FUZZ_CHECK(sample.id.providerId() == mapper.providerId(), {});
    if (sample.memoryUsedKiB >= 0 && sample.memoryTotalKiB > 0 && sample.id.kind() == ResourceKind::Vm)
        FUZZ_CHECK(sample.memoryUsedKiB <= sample.memoryTotalKiB, {});
}

// Every mapper on one object: each either maps it or says why not.
void mapObject(const QJsonObject &object)
{
    {
        Resource out;
        QString error;
        checkMapped(mapper.zone(object, out, error), out, error, object, ResourceKind::Zone);
    }
    {
        Resource out;
        QString error;
        checkMapped(mapper.pod(object, out, error), out, error, object, ResourceKind::Pod);
    }
    {
        Resource out;
        QString error;
        checkMapped(mapper.cluster(object, out, error), out, error, object, ResourceKind::Cluster);
    }
    {
        Resource out;
        QString error;
        const bool ok = mapper.host(object, out, error);
        checkMapped(ok, out, error, object, ResourceKind::Host);
        if (ok)
            FUZZ_CHECK(out.host() != nullptr && out.host()->hostname == out.name, {});
    }
    {
        Resource out;
        QString error;
        const bool ok = mapper.vm(object, out, error);
        checkMapped(ok, out, error, object, ResourceKind::Vm);
        if (ok) {
            const VmInfo *vm = out.vm();
            FUZZ_CHECK(vm != nullptr && vm->uuid == out.id.nativeId(), {});
            FUZZ_CHECK(vm->state == Mapper::powerState(vm->stateReason) && vm->memoryKiB == vm->maxMemoryKiB, {});
        }
    }
    {
        ProviderEvent event;
        QString error;
        if (mapper.event(object, event, error))
            FUZZ_CHECK(event.providerId == mapper.providerId() && event.time.isValid(), {});
        else
            FUZZ_CHECK(!error.isEmpty(), {});
    }
    {
        VmSnapshot snapshot;
        QString error;
        if (Mapper::vmSnapshot(object, snapshot, error)) {
            checkSnapshot(snapshot);
            FUZZ_CHECK(snapshot.id == jsonId(object.value(u"id"_s)), shown(snapshot.id));
        } else {
            FUZZ_CHECK(!error.isEmpty() && jsonId(object.value(u"id"_s)).isEmpty(), {});
        }
    }
    checkSample(mapper.vmSample(object, 1000));
    checkSample(mapper.hostSample(object, 1000));
    if (object.value(u"cpuused"_s).isUndefined())
        FUZZ_CHECK(std::isnan(Mapper::percent(object.value(u"cpuused"_s))), {});
    const QDateTime created = Mapper::parseTime(object.value(u"created"_s).toString());
    if (created.isValid())
        FUZZ_CHECK(created.timeSpec() == Qt::OffsetFromUTC || created.timeSpec() == Qt::UTC, {});
}

// The objects of a list answer ({"count": 2, "virtualmachine": [...]}) or a job result.
void mapBody(const QJsonObject &body, int depth)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        mapSnapshotList(*it);
        if (it->isArray()) {
            const QJsonArray items = listItems(body, it.key());
            for (const QJsonValue &item : items) {
                if (item.isObject())
                    mapObject(item.toObject());
            }
        } else if (it->isObject()) {
            mapObject(it->toObject());
            if (depth < 2)
                mapBody(it->toObject(), depth + 1);
        }
    }
}

void checkJob(const QJsonObject &body)
{
    JobStatus status;
    QString error;
    if (!parseJob(body, status, error)) {
        FUZZ_CHECK(!error.isEmpty(), {});
        return;
    }
    FUZZ_CHECK(status.progress >= -1 && status.progress <= 100, QString::number(status.progress));
    if (status.state == JobStatus::State::Failed)
        FUZZ_CHECK(!status.error.isEmpty(), {});
    else
        FUZZ_CHECK(status.error.isEmpty(), shown(status.error));
    mapBody(status.result, 0);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = bytes(data, size);
    for (const int httpStatus : {200, 401, 431, 530}) {
        const ApiResult result = parseResponse(json, httpStatus);
        FUZZ_CHECK(result.ok() == (result.failure == ApiResult::Failure::None), {});
        FUZZ_CHECK(result.ok() == result.error.isEmpty(), shown(result.error));
        if (httpStatus >= 400)
            FUZZ_CHECK(!result.ok(), {});
        if (httpStatus == 401)
            FUZZ_CHECK(result.failure == ApiResult::Failure::Auth
                           || result.failure == ApiResult::Failure::Malformed, {});
        if (result.failure == ApiResult::Failure::Api || result.failure == ApiResult::Failure::Auth)
            FUZZ_CHECK(result.httpStatus == httpStatus, {});
        if (httpStatus == 200 && result.ok()) {
            checkJob(result.body);
            mapBody(result.body, 0);
        }
    }
    return 0;
}
