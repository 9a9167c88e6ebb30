#include "CloudStackMapper.h"

#include "model/JsonId.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>

#include <bit>
#include <cmath>

namespace welkin::cloudstack {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CloudStack", text);
}

QString str(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? QString::number(v.toDouble()) : v.toString();
}

// Numbers sometimes come as strings ("memorywithoverprovisioning": "8589934592"). Beyond 2^53 (no
// real size) or not finite counts as missing: the callers' casts to integers would be undefined.
double number(const QJsonObject &o, const QString &key, double fallback = NAN)
{
    const QJsonValue v = o.value(key);
    bool ok = v.isDouble();
    const double d = ok ? v.toDouble() : v.toString().toDouble(&ok);
    return ok && std::abs(d) <= 9007199254740992.0 ? d : fallback;
}

// Detail rows by translatable label from the object's fields; empty values are left out.
struct DetailField {
    const char *label;
    const char *key;
};

QMap<QString, QString> details(const QJsonObject &o, std::initializer_list<DetailField> fields)
{
    QMap<QString, QString> out;
    for (const DetailField &f : fields) {
        const QString value = str(o, QString::fromLatin1(f.key));
        if (!value.isEmpty())
            out.insert(tr(f.label), value);
    }
    return out;
}

// The first ancestor the object names, e.g. its cluster, else its pod, else its zone.
ResourceId firstNamed(const Mapper &mapper, const QJsonObject &o,
                      std::initializer_list<std::pair<ResourceKind, const char *>> chain)
{
    for (const auto &[kind, key] : chain) {
        const QString nativeId = jsonId(o.value(QString::fromLatin1(key)));
        if (!nativeId.isEmpty())
            return mapper.id(kind, nativeId);
    }
    return {};
}

int prefixLength(const QString &netmask)
{
    const QHostAddress mask(netmask);
    if (mask.protocol() != QAbstractSocket::IPv4Protocol)
        return -1;
    return std::popcount(mask.toIPv4Address());
}

constexpr const char *hostNameLabel = QT_TRANSLATE_NOOP("CloudStack", "Host name");
constexpr const char *dynamicScalingLabel = QT_TRANSLATE_NOOP("CloudStack", "Dynamic scaling");

bool checkType(const QJsonObject &o, const QString &key, QJsonValue::Type type, QString &error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.type() == type)
        return true;
    error = tr("field \"%1\" has the wrong type").arg(key);
    return false;
}

} // namespace

Mapper::Mapper(QString providerId) : m_providerId(std::move(providerId)) {}

bool Mapper::identify(const QJsonObject &object, const char *what, ResourceKind kind, Resource &out,
                      QString &error) const
{
    const QString nativeId = jsonId(object.value(u"id"_s));
    if (nativeId.isEmpty()) {
        const QString name = object.value(u"name"_s).toString();
        error = name.isEmpty() ? tr("%1 without a usable \"id\"").arg(QString::fromLatin1(what))
                               : tr("%1 \"%2\" without a usable \"id\"").arg(QString::fromLatin1(what), name);
        return false;
    }
    if (!checkType(object, u"name"_s, QJsonValue::String, error))
        return false;
    out.id = id(kind, nativeId);
    out.name = object.value(u"name"_s).toString();
    if (out.name.isEmpty())
        out.name = nativeId;
    out.parent = ResourceId::provider(m_providerId);
    return true;
}

bool Mapper::zone(const QJsonObject &object, Resource &out, QString &error) const
{
    if (!identify(object, "zone", ResourceKind::Zone, out, error))
        return false;
    GroupInfo info;
    info.description = object.value(u"description"_s).toString();
    info.details = details(object, {{QT_TRANSLATE_NOOP("CloudStack", "Network type"), "networktype"},
                                    {QT_TRANSLATE_NOOP("CloudStack", "Allocation state"), "allocationstate"}});
    out.info = info;
    return true;
}

bool Mapper::pod(const QJsonObject &object, Resource &out, QString &error) const
{
    if (!identify(object, "pod", ResourceKind::Pod, out, error))
        return false;
    const QString zoneId = jsonId(object.value(u"zoneid"_s));
    if (zoneId.isEmpty()) {
        error = tr("pod %1 names no zone").arg(out.name);
        return false;
    }
    out.parent = id(ResourceKind::Zone, zoneId);
    GroupInfo info;
    info.details = details(object, {{QT_TRANSLATE_NOOP("CloudStack", "Gateway"), "gateway"},
                                    {QT_TRANSLATE_NOOP("CloudStack", "Allocation state"), "allocationstate"}});
    out.info = info;
    return true;
}

bool Mapper::cluster(const QJsonObject &object, Resource &out, QString &error) const
{
    if (!identify(object, "cluster", ResourceKind::Cluster, out, error))
        return false;
    out.parent = firstNamed(*this, object, {{ResourceKind::Pod, "podid"}, {ResourceKind::Zone, "zoneid"}});
    if (!out.parent.isValid()) {
        error = tr("cluster %1 names neither a pod nor a zone").arg(out.name);
        return false;
    }
    GroupInfo info;
    info.details = details(object, {{QT_TRANSLATE_NOOP("CloudStack", "Hypervisor"), "hypervisortype"},
                                    {QT_TRANSLATE_NOOP("CloudStack", "Allocation state"), "allocationstate"},
                                    {QT_TRANSLATE_NOOP("CloudStack", "Managed state"), "managedstate"}});
    out.info = info;
    return true;
}

bool Mapper::host(const QJsonObject &object, Resource &out, QString &error) const
{
    if (!identify(object, "host", ResourceKind::Host, out, error))
        return false;
    for (const char *key : {"cpunumber", "cpuspeed"}) {
        if (!checkType(object, QString::fromLatin1(key), QJsonValue::Double, error))
            return false;
    }
    const ResourceId parent = firstNamed(
        *this, object, {{ResourceKind::Cluster, "clusterid"}, {ResourceKind::Pod, "podid"}, {ResourceKind::Zone, "zoneid"}});
    if (parent.isValid())
        out.parent = parent;
    HostInfo info;
    info.hostname = out.name;
    info.hypervisor = str(object, u"hypervisor"_s);
    info.hypervisorVersion = str(object, u"hypervisorversion"_s);
    info.cpus = object.value(u"cpunumber"_s).toInt();
    info.mhz = object.value(u"cpuspeed"_s).toInt();
    const double memory = number(object, u"memorytotal"_s, 0);
    info.memoryKiB = memory > 0 ? static_cast<quint64>(memory / 1024) : 0;
    info.details = details(object, {{QT_TRANSLATE_NOOP("CloudStack", "State"), "state"},
                                    {QT_TRANSLATE_NOOP("CloudStack", "Resource state"), "resourcestate"},
                                    {QT_TRANSLATE_NOOP("CloudStack", "IP address"), "ipaddress"},
                                    {QT_TRANSLATE_NOOP("CloudStack", "Cluster"), "clustername"},
                                    {QT_TRANSLATE_NOOP("CloudStack", "Pod"), "podname"},
                                    {QT_TRANSLATE_NOOP("CloudStack", "Zone"), "zonename"},
                                    {QT_TRANSLATE_NOOP("CloudStack", "Agent version"), "version"}});
    out.info = info;
    return true;
}

bool Mapper::vm(const QJsonObject &object, Resource &out, QString &error) const
{
    if (!identify(object, "virtual machine", ResourceKind::Vm, out, error))
        return false;
    for (const char *key : {"cpunumber", "memory"}) {
        if (!checkType(object, QString::fromLatin1(key), QJsonValue::Double, error))
            return false;
    }
    if (!checkType(object, u"nic"_s, QJsonValue::Array, error) || !checkType(object, u"state"_s, QJsonValue::String, error))
        return false;
    const ResourceId parent = firstNamed(*this, object, {{ResourceKind::Host, "hostid"}, {ResourceKind::Zone, "zoneid"}});
    if (parent.isValid())
        out.parent = parent;

    VmInfo info;
    info.uuid = out.id.nativeId();
    info.stateReason = object.value(u"state"_s).toString();
    info.state = powerState(info.stateReason);
    // Users name a VM by its display name (the one updateVirtualMachine changes); "name" is the
    // guest's host name, shown as a detail when it differs.
    const QString hostName = out.name;
    const QString displayName = object.value(u"displayname"_s).toString();
    if (!displayName.isEmpty())
        out.name = displayName;
    info.vcpus = object.value(u"cpunumber"_s).toInt();
    info.memoryKiB = static_cast<quint64>(std::max(0.0, number(object, u"memory"_s, 0))) * 1024; // MiB
    info.maxMemoryKiB = info.memoryKiB;
    info.osName = str(object, u"osdisplayname"_s);
    if (info.osName.isEmpty())
        info.osName = str(object, u"templatedisplaytext"_s);
    for (const QJsonValue &value : object.value(u"nic"_s).toArray()) {
        const QJsonObject nicObject = value.toObject();
        NicInfo nic;
        nic.mac = str(nicObject, u"macaddress"_s);
        nic.type = str(nicObject, u"type"_s);
        nic.source = str(nicObject, u"networkname"_s);
        const QString ip = str(nicObject, u"ipaddress"_s);
        if (!ip.isEmpty()) {
            const int prefix = prefixLength(str(nicObject, u"netmask"_s));
            nic.ips.append(prefix >= 0 ? ip + u'/' + QString::number(prefix) : ip);
        }
        const QString ip6 = str(nicObject, u"ip6address"_s);
        if (!ip6.isEmpty())
            nic.ips.append(ip6);
        for (const QJsonValue &secondary : nicObject.value(u"secondaryip"_s).toArray()) {
            const QString address = str(secondary.toObject(), u"ipaddress"_s);
            if (!address.isEmpty())
                nic.ips.append(address);
        }
        info.nics.append(nic);
    }
    info.details = details(object, {{QT_TRANSLATE_NOOP("CloudStack", "Offering"), "serviceofferingname"},
                                    {QT_TRANSLATE_NOOP("CloudStack", "Template"), "templatename"},
                                    {QT_TRANSLATE_NOOP("CloudStack", "Hypervisor"), "hypervisor"},
                                    {QT_TRANSLATE_NOOP("CloudStack", "Hypervisor host"), "hostname"},
                                    {QT_TRANSLATE_NOOP("CloudStack", "Account"), "account"},
                                    {QT_TRANSLATE_NOOP("CloudStack", "Domain"), "domain"},
                                    {QT_TRANSLATE_NOOP("CloudStack", "Zone"), "zonename"},
                                    {QT_TRANSLATE_NOOP("CloudStack", "Instance name"), "instancename"}});
    if (hostName != out.name)
        info.details.insert(tr(hostNameLabel), hostName);
    if (const QJsonValue scalable = object.value(u"isdynamicallyscalable"_s); !scalable.isUndefined())
        info.details.insert(tr(dynamicScalingLabel), flag(scalable) ? tr("yes") : tr("no"));
    out.info = info;
    return true;
}

bool Mapper::flag(const QJsonValue &value)
{
    return value.isBool() ? value.toBool() : value.toString() == u"true"_s;
}

bool Mapper::dynamicallyScalable(const VmInfo &vm)
{
    return vm.details.value(tr(dynamicScalingLabel)) == tr("yes");
}

bool Mapper::event(const QJsonObject &object, ProviderEvent &out, QString &error) const
{
    const QString eventId = jsonId(object.value(u"id"_s));
    if (eventId.isEmpty()) {
        error = tr("event without an \"id\"");
        return false;
    }
    out.providerId = m_providerId;
    out.time = parseTime(str(object, u"created"_s));
    if (!out.time.isValid())
        out.time = QDateTime::currentDateTime();
    const QString level = str(object, u"level"_s).toUpper();
    out.severity = level == u"ERROR"_s ? ProviderEvent::Severity::Error
                 : level == u"WARN"_s  ? ProviderEvent::Severity::Warning
                                       : ProviderEvent::Severity::Info;
    const QString type = str(object, u"type"_s);
    const QString description = str(object, u"description"_s);
    out.message = type.isEmpty() ? description : description.isEmpty() ? type : type + u": "_s + description;
    // "username" is who did it; "account" the account it was charged to.
    out.user = str(object, u"username"_s);
    if (out.user.isEmpty())
        out.user = str(object, u"account"_s);
    if (const QString vmId = jsonId(object.value(u"resourceid"_s));
        str(object, u"resourcetype"_s) == u"VirtualMachine"_s && !vmId.isEmpty())
        out.resource = id(ResourceKind::Vm, vmId);
    return true;
}

bool Mapper::vmSnapshot(const QJsonObject &object, VmSnapshot &out, QString &error)
{
    out = VmSnapshot();
    out.id = jsonId(object.value(u"id"_s));
    // "displayname" is the name given; "name" is CloudStack's internal one (i-2-5-VM_VS_20240102101112).
    out.name = str(object, u"displayname"_s);
    if (out.name.isEmpty())
        out.name = str(object, u"name"_s);
    if (out.id.isEmpty()) {
        error = out.name.isEmpty() ? tr("VM snapshot without a usable \"id\"")
                                   : tr("VM snapshot \"%1\" without a usable \"id\"").arg(out.name);
        return false;
    }
    if (out.name.isEmpty())
        out.name = out.id;
    out.parent = jsonId(object.value(u"parent"_s));
    out.description = str(object, u"description"_s);
    out.created = parseTime(str(object, u"created"_s));
    out.current = flag(object.value(u"current"_s));
    // VMSnapshot.Type: DiskAndMemory is only taken of a running VM.
    const QString type = str(object, u"type"_s);
    if (type == u"DiskAndMemory"_s) {
        out.memory = u"internal"_s;
        out.state = u"running"_s;
    } else if (type == u"Disk"_s) {
        out.memory = u"no"_s;
    }
    // VMSnapshot.State: Allocated, Creating, Ready, Expunging, Reverting, Error.
    out.status = str(object, u"state"_s);
    out.ready = out.status == u"Ready"_s;
    return true;
}

QList<VmSnapshot> Mapper::vmSnapshots(const QJsonValue &items, QStringList &skipped)
{
    QList<VmSnapshot> out;
    if (items.isUndefined() || items.isNull())
        return out;
    if (!items.isArray()) {
        skipped.append(tr("the VM snapshot list is not a list"));
        return out;
    }
    const QJsonArray array = items.toArray();
    out.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (!item.isObject()) {
            skipped.append(tr("a VM snapshot that is not an object"));
            continue;
        }
        VmSnapshot snapshot;
        QString error;
        if (vmSnapshot(item.toObject(), snapshot, error))
            out.append(std::move(snapshot));
        else
            skipped.append(error);
    }
    return out;
}

MetricSample Mapper::vmSample(const QJsonObject &object, qint64 timestampMs) const
{
    MetricSample sample;
    sample.id = id(ResourceKind::Vm, jsonId(object.value(u"id"_s)));
    sample.timestampMs = timestampMs;
    // cpuused is the VM's share of its own vCPUs; it is also the best host-share figure we have.
    sample.cpuGuestPercent = percent(object.value(u"cpuused"_s));
    sample.cpuPercent = sample.cpuGuestPercent;
    const double total = number(object, u"memorykbs"_s, 0);
    const double free = number(object, u"memoryintfreekbs"_s, 0);
    if (total > 0) {
        sample.memoryTotalKiB = static_cast<qint64>(total);
        if (free > 0 && free <= total)
            sample.memoryUsedKiB = static_cast<qint64>(total - free);
    }
    return sample;
}

MetricSample Mapper::hostSample(const QJsonObject &object, qint64 timestampMs) const
{
    MetricSample sample;
    sample.id = id(ResourceKind::Host, jsonId(object.value(u"id"_s)));
    sample.timestampMs = timestampMs;
    sample.cpuPercent = percent(object.value(u"cpuused"_s));
    const double total = number(object, u"memorytotal"_s, 0);
    const double used = number(object, u"memoryused"_s, -1);
    if (total > 0)
        sample.memoryTotalKiB = static_cast<qint64>(total / 1024);
    if (used >= 0)
        sample.memoryUsedKiB = static_cast<qint64>(used / 1024);
    return sample;
}

PowerState Mapper::powerState(const QString &s)
{
    if (s == u"Running"_s)
        return PowerState::Running;
    if (s == u"Stopped"_s || s == u"Destroyed"_s || s == u"Shutdown"_s)
        return PowerState::ShutOff;
    if (s == u"Starting"_s)
        return PowerState::Building;
    if (s == u"Stopping"_s || s == u"Expunging"_s)
        return PowerState::ShuttingDown;
    if (s == u"Migrating"_s)
        return PowerState::Migrating;
    if (s == u"Error"_s)
        return PowerState::Error;
    return PowerState::Unknown;
}

double Mapper::percent(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    QString text = value.toString().trimmed();
    if (text.endsWith(u'%'))
        text.chop(1);
    bool ok = false;
    const double d = text.toDouble(&ok);
    return ok ? d : NAN;
}

QDateTime Mapper::parseTime(const QString &text)
{
    // yyyy-MM-ddTHH:mm:ss followed by +hhmm / -hhmm (or Z).
    if (text.size() < 19)
        return {};
    const QDateTime local = QDateTime::fromString(text.left(19), u"yyyy-MM-ddTHH:mm:ss"_s);
    if (!local.isValid())
        return {};
    const QString zone = text.mid(19).remove(u':');
    int offsetSeconds = 0;
    if (zone.size() == 5 && (zone.at(0) == u'+' || zone.at(0) == u'-')) {
        bool okH = false, okM = false;
        const int h = zone.mid(1, 2).toInt(&okH);
        const int m = zone.mid(3, 2).toInt(&okM);
        if (!okH || !okM)
            return {};
        offsetSeconds = (h * 3600 + m * 60) * (zone.at(0) == u'-' ? -1 : 1);
    } else if (!zone.isEmpty() && zone != u"Z"_s) {
        return {};
    }
    return QDateTime(local.date(), local.time(), Qt::OffsetFromUTC, offsetSeconds);
}

} // namespace welkin::cloudstack
