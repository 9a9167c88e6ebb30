#include "CloudStackMetrics.h"

#include "CloudStackMapper.h"
#include "model/JsonId.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace welkin::cloudstack {

using namespace Qt::StringLiterals;

namespace {

constexpr double kib = 1024.0;
constexpr double gib = 1024.0 * 1024.0 * 1024.0;

enum class Unit { Bytes, MHz, Items };

struct CapacityType {
    int type;
    const char *label;
    Unit unit;
};

// com.cloud.capacity.Capacity: the types Welkin shows, in the order of the reference.
constexpr CapacityType capacityTypes[] = {
    {0, QT_TRANSLATE_NOOP("CloudStack", "Memory"), Unit::Bytes},
    {1, QT_TRANSLATE_NOOP("CloudStack", "CPU"), Unit::MHz},
    {2, QT_TRANSLATE_NOOP("CloudStack", "Primary storage"), Unit::Bytes},
    {3, QT_TRANSLATE_NOOP("CloudStack", "Primary storage allocated"), Unit::Bytes},
    {4, QT_TRANSLATE_NOOP("CloudStack", "Public IPs"), Unit::Items},
    {5, QT_TRANSLATE_NOOP("CloudStack", "Private IPs"), Unit::Items},
    {6, QT_TRANSLATE_NOOP("CloudStack", "Secondary storage"), Unit::Bytes},
    {7, QT_TRANSLATE_NOOP("CloudStack", "VLANs"), Unit::Items},
    {8, QT_TRANSLATE_NOOP("CloudStack", "Direct-attached public IPs"), Unit::Items},
    {9, QT_TRANSLATE_NOOP("CloudStack", "Local storage"), Unit::Bytes},
    {10, QT_TRANSLATE_NOOP("CloudStack", "IPv6 subnets"), Unit::Items},
    {19, QT_TRANSLATE_NOOP("CloudStack", "GPU"), Unit::Items},
    {20, QT_TRANSLATE_NOOP("CloudStack", "Object storage"), Unit::Bytes},
    {21, QT_TRANSLATE_NOOP("CloudStack", "Backup storage"), Unit::Bytes},
    {90, QT_TRANSLATE_NOOP("CloudStack", "CPU cores"), Unit::Items},
};

const CapacityType *capacityType(int type)
{
    for (const CapacityType &t : capacityTypes) {
        if (t.type == type)
            return &t;
    }
    return nullptr;
}

QString amount(double value, Unit unit)
{
    const QLocale c = QLocale::c();
    switch (unit) {
    case Unit::Bytes:
        return c.formattedDataSize(static_cast<qint64>(value), 1, QLocale::DataSizeIecFormat);
    case Unit::MHz:
        return u"%1 GHz"_s.arg(value / 1000.0, 0, 'f', 2);
    case Unit::Items:
        break;
    }
    return QString::number(static_cast<qint64>(value));
}

double numberIn(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? leadingNumber(v) : (v.isDouble() ? v.toDouble() : NAN);
}

} // namespace

double leadingNumber(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    static const QRegularExpression number(u"^\\s*(-?[0-9]+(?:\\.[0-9]+)?)"_s);
    const QRegularExpressionMatch match = number.match(value.toString());
    return match.hasMatch() ? match.captured(1).toDouble() : NAN;
}

MetricSample hostMetricsSample(const ResourceId &host, const QJsonObject &object, qint64 timestampMs)
{
    MetricSample sample;
    sample.id = host;
    sample.timestampMs = timestampMs;
    sample.cpuPercent = Mapper::percent(object.value(u"cpuused"_s));
    double totalKiB = numberIn(object, u"memorytotalgb"_s) * gib / kib;
    double usedKiB = numberIn(object, u"memoryusedgb"_s) * gib / kib;
    if (std::isnan(totalKiB))
        totalKiB = numberIn(object, u"memorytotal"_s) / kib;
    if (std::isnan(usedKiB))
        usedKiB = numberIn(object, u"memoryused"_s) / kib;
    if (totalKiB > 0)
        sample.memoryTotalKiB = std::llround(totalKiB);
    if (usedKiB >= 0)
        sample.memoryUsedKiB = std::llround(usedKiB);
    const double running = leadingNumber(object.value(u"instances"_s)); // "2 / 3"
    if (running >= 0)
        sample.runningVms = static_cast<int>(running);
    return sample;
}

QString capacityLabel(int type)
{
    const CapacityType *t = capacityType(type);
    return t ? QCoreApplication::translate("CloudStack", t->label) : QString();
}

QString capacityText(int type, double used, double total, double percent)
{
    const CapacityType *t = capacityType(type);
    const Unit unit = t ? t->unit : Unit::Items;
    if (std::isnan(percent))
        percent = total > 0 ? used * 100.0 / total : 0.0;
    //: capacity used / total (percent), e.g. "6.0 GiB / 32.0 GiB (18.8 %)"
    return QCoreApplication::translate("CloudStack", "%1 / %2 (%3 %)")
        .arg(amount(used, unit), amount(total, unit), QString::number(percent, 'f', 1));
}

QHash<QString, QMap<QString, QString>> zoneCapacityDetails(const QJsonArray &capacities)
{
    QHash<QString, QMap<QString, QString>> byZone;
    for (const QJsonValue &value : capacities) {
        const QJsonObject row = value.toObject();
        const QString zone = jsonId(row.value(u"zoneid"_s));
        const QJsonValue typeValue = row.value(u"type"_s);
        if (zone.isEmpty() || !typeValue.isDouble() || row.contains(u"podid"_s) || row.contains(u"clusterid"_s))
            continue;
        const int type = typeValue.toInt();
        const QString label = capacityLabel(type);
        const double used = numberIn(row, u"capacityused"_s);
        const double total = numberIn(row, u"capacitytotal"_s);
        if (label.isEmpty() || std::isnan(used) || std::isnan(total))
            continue;
        byZone[zone].insert(label, capacityText(type, used, total, leadingNumber(row.value(u"percentused"_s))));
    }
    return byZone;
}

bool VmTrafficRates::hasCounters(const QJsonObject &vm) const
{
    return vm.contains(u"networkkbsread"_s) || vm.contains(u"diskkbsread"_s);
}

void VmTrafficRates::apply(MetricSample &sample, const QJsonObject &vm)
{
    static const QString keys[CounterCount] = {u"networkkbsread"_s, u"networkkbswrite"_s, u"diskkbsread"_s,
                                               u"diskkbswrite"_s};
    double *targets[CounterCount] = {&sample.netRxBps, &sample.netTxBps, &sample.diskReadBps, &sample.diskWriteBps};
    Readings &readings = m_previous[sample.id];
    const qint64 wallNs = sample.timestampMs * 1000000;
    for (int c = 0; c < CounterCount; ++c) {
        const double kibs = numberIn(vm, keys[c]);
        if (std::isnan(kibs) || kibs < 0) {
            readings.known[c] = false;
            continue;
        }
        const CounterReading current{wallNs, static_cast<quint64>(std::llround(kibs * kib))};
        if (readings.known[c])
            *targets[c] = counterRatePerSecond(readings.counter[c], current);
        readings.counter[c] = current;
        readings.known[c] = true;
    }
}

void VmTrafficRates::retain(const QSet<ResourceId> &present)
{
    for (auto it = m_previous.begin(); it != m_previous.end();) {
        if (present.contains(it.key()))
            ++it;
        else
            it = m_previous.erase(it);
    }
}

} // namespace welkin::cloudstack
