#include "NovaFigures.h"

#include "KeystoneToken.h"
#include "NovaParser.h"
#include "model/QuotaFigures.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace welkin::openstack::NovaFigures {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OpenStack", text);
}

// A non-negative number as a counter; anything else (null, text, -1 "not supported") is none.
std::optional<quint64> counterOf(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d < 0 || d >= 1.8e19)
        return std::nullopt;
    const qint64 exact = v.toInteger(-1); // exact for integers beyond 2^53
    return exact >= 0 ? static_cast<quint64>(exact) : static_cast<quint64>(d);
}

void addTo(std::optional<quint64> &sum, std::optional<quint64> value)
{
    if (value)
        sum = sum.value_or(0) + *value;
}

// `value` in the unit (KiB per unit, from `scales`) that lands nearest the flavor's RAM, or in
// `documented` when none comes within a factor of two or the flavor is unknown.
double kibPerUnit(double value, quint64 flavorKiB, std::initializer_list<double> scales, double documented)
{
    if (!(value > 0) || flavorKiB == 0)
        return documented;
    double chosen = documented, best = 1.0;
    for (const double scale : scales) {
        const double distance = std::abs(std::log2(value * scale / static_cast<double>(flavorKiB)));
        if (distance <= best) {
            best = distance;
            chosen = scale;
        }
    }
    return chosen;
}

qint64 kib(double value, double scale)
{
    return value >= 0 && std::isfinite(value) ? std::llround(value * scale) : -1;
}

double number(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? v.toDouble() : NAN;
}

void parseStandard(const QJsonObject &body, quint64 flavorKiB, Diagnostics &d)
{
    d.standard = true;
    const QJsonArray cpus = body.value(u"cpu_details"_s).toArray();
    d.cpus = std::max(body.value(u"num_cpus"_s).toInt(), int(cpus.size()));
    double utilisation = 0;
    int utilised = 0;
    for (const QJsonValue &v : cpus) {
        const QJsonObject cpu = v.toObject();
        addTo(d.cpuTimeNs, counterOf(cpu.value(u"time"_s)));
        const double u = number(cpu, u"utilisation"_s);
        if (std::isfinite(u) && u >= 0) {
            utilisation += u;
            ++utilised;
        }
    }
    if (utilised > 0)
        d.cpuUtilisation = std::clamp(utilisation / utilised, 0.0, 100.0);
    for (const QJsonValue &v : body.value(u"disk_details"_s).toArray()) {
        addTo(d.diskReadBytes, counterOf(v.toObject().value(u"read_bytes"_s)));
        addTo(d.diskWriteBytes, counterOf(v.toObject().value(u"write_bytes"_s)));
    }
    for (const QJsonValue &v : body.value(u"nic_details"_s).toArray()) {
        addTo(d.netRxBytes, counterOf(v.toObject().value(u"rx_octets"_s)));
        addTo(d.netTxBytes, counterOf(v.toObject().value(u"tx_octets"_s)));
    }
    const QJsonObject memory = body.value(u"memory_details"_s).toObject();
    const double maximum = number(memory, u"maximum"_s);
    if (maximum > 0) {
        const double scale = kibPerUnit(maximum, flavorKiB, {1.0, 1024.0, 1024.0 * 1024.0}, 1024.0);
        d.memoryTotalKiB = kib(maximum, scale);
        d.memoryUsedKiB = kib(number(memory, u"used"_s), scale);
    }
}

// libvirt's keys before 2.48; other drivers' keys simply match nothing.
void parseLegacy(const QJsonObject &body, quint64 flavorKiB, Diagnostics &d)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString &key = it.key();
        if (key.startsWith(u"memory"_s))
            continue;
        if (key.startsWith(u"cpu"_s) && key.endsWith(u"_time"_s)) {
            bool isIndex = false;
            key.mid(3, key.size() - 8).toInt(&isIndex);
            if (isIndex) {
                addTo(d.cpuTimeNs, counterOf(it.value()));
                ++d.cpus;
            }
        } else if (key.endsWith(u"_read"_s)) {
            addTo(d.diskReadBytes, counterOf(it.value()));
        } else if (key.endsWith(u"_write"_s)) {
            addTo(d.diskWriteBytes, counterOf(it.value()));
        } else if (key.endsWith(u"_rx"_s)) {
            addTo(d.netRxBytes, counterOf(it.value()));
        } else if (key.endsWith(u"_tx"_s)) {
            addTo(d.netTxBytes, counterOf(it.value()));
        }
    }
    // "memory" is the maximum, "memory-actual" the balloon's size, "memory-available" and
    // "memory-unused" what the guest sees (libvirt: KiB).
    double total = number(body, u"memory-actual"_s);
    if (!(total > 0))
        total = number(body, u"memory"_s);
    if (total > 0) {
        const double scale = kibPerUnit(total, flavorKiB, {1.0 / 1024.0, 1.0, 1024.0}, 1.0);
        d.memoryTotalKiB = kib(total, scale);
        const double available = number(body, u"memory-available"_s), unused = number(body, u"memory-unused"_s);
        if (available >= unused && unused >= 0)
            d.memoryUsedKiB = kib(available - unused, scale);
    }
}

struct Verb {
    const char *action;
    const char *verb;
};

// Nova's instance action names (nova/compute/instance_actions.py).
constexpr Verb verbs[] = {
    {"create", QT_TRANSLATE_NOOP("OpenStack", "create")},
    {"delete", QT_TRANSLATE_NOOP("OpenStack", "delete")},
    {"restore", QT_TRANSLATE_NOOP("OpenStack", "restore")},
    {"start", QT_TRANSLATE_NOOP("OpenStack", "start")},
    {"stop", QT_TRANSLATE_NOOP("OpenStack", "stop")},
    {"reboot", QT_TRANSLATE_NOOP("OpenStack", "reboot")},
    {"rebuild", QT_TRANSLATE_NOOP("OpenStack", "rebuild")},
    {"resize", QT_TRANSLATE_NOOP("OpenStack", "resize")},
    {"confirmResize", QT_TRANSLATE_NOOP("OpenStack", "confirm resize")},
    {"revertResize", QT_TRANSLATE_NOOP("OpenStack", "revert resize")},
    {"migrate", QT_TRANSLATE_NOOP("OpenStack", "cold migration")},
    {"live-migration", QT_TRANSLATE_NOOP("OpenStack", "live migration")},
    {"live_migration_cancel", QT_TRANSLATE_NOOP("OpenStack", "live migration cancel")},
    {"live_migration_force_complete", QT_TRANSLATE_NOOP("OpenStack", "live migration forced to complete")},
    {"evacuate", QT_TRANSLATE_NOOP("OpenStack", "evacuation")},
    {"pause", QT_TRANSLATE_NOOP("OpenStack", "pause")},
    {"unpause", QT_TRANSLATE_NOOP("OpenStack", "unpause")},
    {"suspend", QT_TRANSLATE_NOOP("OpenStack", "suspend")},
    {"resume", QT_TRANSLATE_NOOP("OpenStack", "resume")},
    {"rescue", QT_TRANSLATE_NOOP("OpenStack", "rescue")},
    {"unrescue", QT_TRANSLATE_NOOP("OpenStack", "unrescue")},
    {"shelve", QT_TRANSLATE_NOOP("OpenStack", "shelve")},
    {"shelveOffload", QT_TRANSLATE_NOOP("OpenStack", "shelve offload")},
    {"unshelve", QT_TRANSLATE_NOOP("OpenStack", "unshelve")},
    {"lock", QT_TRANSLATE_NOOP("OpenStack", "lock")},
    {"unlock", QT_TRANSLATE_NOOP("OpenStack", "unlock")},
    {"changePassword", QT_TRANSLATE_NOOP("OpenStack", "password change")},
    {"createImage", QT_TRANSLATE_NOOP("OpenStack", "snapshot")},
    {"createBackup", QT_TRANSLATE_NOOP("OpenStack", "backup")},
    {"trigger_crash_dump", QT_TRANSLATE_NOOP("OpenStack", "crash dump")},
    {"attach_interface", QT_TRANSLATE_NOOP("OpenStack", "interface attachment")},
    {"detach_interface", QT_TRANSLATE_NOOP("OpenStack", "interface detachment")},
    {"attach_volume", QT_TRANSLATE_NOOP("OpenStack", "volume attachment")},
    {"detach_volume", QT_TRANSLATE_NOOP("OpenStack", "volume detachment")},
    {"swap_volume", QT_TRANSLATE_NOOP("OpenStack", "volume swap")},
    {"extend_volume", QT_TRANSLATE_NOOP("OpenStack", "volume extension")},
    {"resetState", QT_TRANSLATE_NOOP("OpenStack", "state reset")},
};

} // namespace

Diagnostics parseDiagnostics(const QJsonObject &body, quint64 flavorMemoryKiB)
{
    Diagnostics d;
    static const QString standardKeys[] = {u"cpu_details"_s, u"memory_details"_s, u"nic_details"_s,
                                           u"disk_details"_s, u"num_cpus"_s};
    const bool standard = std::any_of(std::begin(standardKeys), std::end(standardKeys),
                                      [&body](const QString &key) { return body.contains(key); });
    if (standard)
        parseStandard(body, flavorMemoryKiB, d);
    else
        parseLegacy(body, flavorMemoryKiB, d);
    if (d.memoryTotalKiB <= 0 && flavorMemoryKiB > 0)
        d.memoryTotalKiB = qint64(flavorMemoryKiB); // the driver left it out (or rounded it to 0 GiB)
    return d;
}

MetricSamples hypervisorSamples(const QJsonObject &doc, const QString &providerId, const ResourceId &region,
                                qint64 timestampMs)
{
    MetricSamples samples;
    for (const QJsonValue &v : doc.value(u"hypervisors"_s).toArray()) {
        const QJsonObject h = v.toObject();
        const double vcpus = number(h, u"vcpus"_s), vcpusUsed = number(h, u"vcpus_used"_s);
        const double memory = number(h, u"memory_mb"_s), memoryUsed = number(h, u"memory_mb_used"_s);
        const double running = number(h, u"running_vms"_s);
        if (Nova::idOf(h).isEmpty() || (std::isnan(vcpusUsed) && std::isnan(memoryUsed) && std::isnan(running)))
            continue;
        MetricSample sample;
        sample.id = Nova::hypervisorToResource(h, providerId, region).id;
        sample.timestampMs = timestampMs;
        if (vcpus > 0 && vcpusUsed >= 0)
            sample.cpuPercent = std::clamp(vcpusUsed * 100.0 / vcpus, 0.0, 100.0); // allocation, overcommit capped
        if (memory > 0 && memoryUsed >= 0) {
            sample.memoryUsedKiB = std::llround(memoryUsed * 1024);
            sample.memoryTotalKiB = std::llround(memory * 1024);
        }
        if (running >= 0)
            sample.runningVms = int(running);
        samples.append(sample);
    }
    return samples;
}

QHash<QString, int> hypervisorCpus(const QJsonObject &doc)
{
    QHash<QString, int> cpus;
    for (const QJsonValue &v : doc.value(u"hypervisors"_s).toArray()) {
        const QJsonObject h = v.toObject();
        const QString name = h.value(u"hypervisor_hostname"_s).toString();
        if (!name.isEmpty())
            cpus.insert(name, std::max(0, h.value(u"vcpus"_s).toInt()));
    }
    return cpus;
}

QMap<QString, QString> quotaDetails(const QJsonObject &limitsDoc, int keyPairsUsed)
{
    const QJsonObject a = limitsDoc.value(u"limits"_s).toObject().value(u"absolute"_s).toObject();
    QMap<QString, QString> details;
    auto put = [&a, &details](const char *name, const QString &used, const QString &max) {
        const QString quota = QString::fromLatin1(name);
        if (a.value(max).isDouble())
            details.insert(quota::maxKey(quota), QString::number(std::max<qint64>(a.value(max).toInteger(), -1)));
        if (!used.isEmpty() && a.value(used).isDouble())
            details.insert(quota::usedKey(quota), QString::number(std::max<qint64>(a.value(used).toInteger(), 0)));
    };
    put(quota::instances, u"totalInstancesUsed"_s, u"maxTotalInstances"_s);
    put(quota::cores, u"totalCoresUsed"_s, u"maxTotalCores"_s);
    put(quota::ramMiB, u"totalRAMUsed"_s, u"maxTotalRAMSize"_s);
    put(quota::keyPairs, {}, u"maxTotalKeypairs"_s); // Nova counts key pairs per user, not here
    put(quota::serverGroups, u"totalServerGroupsUsed"_s, u"maxServerGroups"_s);
    if (keyPairsUsed >= 0 && !a.isEmpty())
        details.insert(quota::usedKey(QString::fromLatin1(quota::keyPairs)), QString::number(keyPairsUsed));
    return details;
}

int keyPairCount(const QJsonObject &doc)
{
    const QJsonValue list = doc.value(u"keypairs"_s);
    return list.isArray() ? int(list.toArray().size()) : -1;
}

QList<InstanceAction> parseInstanceActions(const QJsonObject &doc)
{
    QList<InstanceAction> actions;
    for (const QJsonValue &v : doc.value(u"instanceActions"_s).toArray()) {
        const QJsonObject o = v.toObject();
        InstanceAction action;
        action.requestId = o.value(u"request_id"_s).toString();
        if (action.requestId.isEmpty())
            continue;
        action.action = o.value(u"action"_s).toString();
        action.userId = o.value(u"user_id"_s).toString();
        action.message = o.value(u"message"_s).toString();
        action.started = parseTimestamp(o.value(u"start_time"_s).toString());
        actions.append(action);
    }
    return actions;
}

QString actionVerb(const QString &action)
{
    for (const Verb &v : verbs) {
        if (action == QLatin1StringView(v.action))
            return tr(v.verb);
    }
    return action.isEmpty() ? tr("action") : action;
}

QString actionMessage(const InstanceAction &action, const QString &serverName, const QString &userName)
{
    const QString user = userName.isEmpty() ? tr("unknown") : userName;
    if (!action.message.isEmpty()) {
        //: an action on a server failed: "resize of web-01 by user admin failed: Error (req-…)"
        return tr("%1 of %2 by user %3 failed: %4 (%5)")
            .arg(actionVerb(action.action), serverName, user, action.message, action.requestId);
    }
    //: an action on a server: "stop of web-01 by user admin (req-…)"
    return tr("%1 of %2 by user %3 (%4)").arg(actionVerb(action.action), serverName, user, action.requestId);
}

} // namespace welkin::openstack::NovaFigures
