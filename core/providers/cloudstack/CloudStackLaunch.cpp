// CloudStackProvider: new VMs. What a zone offers (read in parallel, each list on its own: one
// that fails leaves its field empty with the server's words), deployVirtualMachine as a job
// followed to its end, and key pairs registered from a public key.
#include "CloudStackLaunch.h"

#include "CloudStackMapper.h"
#include "CloudStackProvider.h"

#include "inventory/InventoryModel.h"
#include "model/JsonId.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <memory>

namespace welkin {

using namespace Qt::StringLiterals;

namespace cloudstack {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CloudStack", text);
}

// "Ubuntu 22.04 LTS · 2.2 GiB": the parts that say something.
QString joined(QStringList parts)
{
    parts.removeAll(QString());
    return parts.join(u" · "_s);
}

// A count or size: a JSON number or a numeric string (older servers); `fallback` otherwise.
qint64 integer(const QJsonValue &value, qint64 fallback = 0)
{
    bool ok = value.isDouble();
    const double d = ok ? value.toDouble() : value.toString().toDouble(&ok);
    return ok && d >= 0 && d <= 9007199254740992.0 ? static_cast<qint64>(d) : fallback;
}

enum class IdFrom : quint8 { Id, Name };

// The option's id and name; false with the reason when the object cannot be offered.
bool identify(const QJsonValue &item, const char *what, IdFrom idFrom, CloudOption &out, QString &error)
{
    const QString kind = tr(what);
    if (!item.isObject()) {
        //: %1 = what it should be ("service offering")
        error = tr("a %1 that is not an object").arg(kind);
        return false;
    }
    const QJsonObject o = item.toObject();
    const QJsonValue name = o.value(u"name"_s);
    out.name = name.isString() ? name.toString() : QString();
    out.id = idFrom == IdFrom::Name ? out.name : jsonId(o.value(u"id"_s));
    if (out.id.isEmpty()) {
        const char *field = idFrom == IdFrom::Name ? "name" : "id";
        //: %1 = kind ("template"), %2 = its name, %3 = the JSON field
        error = out.name.isEmpty() ? tr("a %1 without a usable \"%2\"").arg(kind, QLatin1String(field))
                                   : tr("%1 \"%2\" without a usable \"%3\"").arg(kind, out.name, QLatin1String(field));
        return false;
    }
    if (out.name.isEmpty())
        out.name = out.id;
    return true;
}

// Reads each item through `fill` (false: left out); unusable ones are told in `skipped`.
template <typename Fill>
QList<CloudOption> readOptions(const QJsonArray &items, const char *what, IdFrom idFrom, QStringList &skipped, Fill fill)
{
    QList<CloudOption> out;
    QSet<QString> seen;
    for (const QJsonValue &item : items) {
        CloudOption option;
        QString error;
        if (!identify(item, what, idFrom, option, error)) {
            skipped.append(error);
            continue;
        }
        if (seen.contains(option.id) || !fill(item.toObject(), option, error)) {
            if (!error.isEmpty())
                skipped.append(error);
            continue;
        }
        seen.insert(option.id);
        out.append(option);
    }
    return out;
}

QString memoryText(qint64 memoryMiB)
{
    return InventoryModel::formatMemoryKiB(static_cast<quint64>(memoryMiB) * 1024);
}

} // namespace

QString sizeDetail(int vcpus, qint64 memoryMiB)
{
    const QString cpus = vcpus == 1 ? tr("1 vCPU") : tr("%1 vCPUs").arg(vcpus);
    //: %1 = "2 vCPUs", %2 = "4 GiB"
    return tr("%1 · %2 RAM").arg(cpus, memoryText(memoryMiB));
}

QList<CloudOption> zoneOptions(const QJsonArray &items, QStringList &skipped)
{
    return readOptions(items, QT_TRANSLATE_NOOP("CloudStack", "zone"), IdFrom::Id, skipped,
                       [](const QJsonObject &zone, CloudOption &option, QString &) {
                           option.detail = zone.value(u"networktype"_s).toString();
                           return true;
                       });
}

ZoneTraits zoneTraits(const QJsonObject &zone)
{
    return {.advanced = zone.value(u"networktype"_s).toString() == u"Advanced"_s,
            .securityGroups = Mapper::flag(zone.value(u"securitygroupsenabled"_s))};
}

QList<CloudOption> offeringOptions(const QJsonArray &items, QStringList &skipped)
{
    return readOptions(items, QT_TRANSLATE_NOOP("CloudStack", "service offering"), IdFrom::Id, skipped,
                       [](const QJsonObject &offering, CloudOption &option, QString &error) {
                           if (Mapper::flag(offering.value(u"iscustomized"_s)))
                               return false;
                           option.vcpus = static_cast<int>(std::min<qint64>(integer(offering.value(u"cpunumber"_s)), 4096));
                           option.memoryMiB = integer(offering.value(u"memory"_s));
                           if (option.vcpus <= 0 || option.memoryMiB <= 0) {
                               error = tr("service offering \"%1\" without a usable \"cpunumber\" and \"memory\"").arg(option.name);
                               return false;
                           }
                           option.diskGiB = integer(offering.value(u"rootdisksize"_s));
                           option.detail = sizeDetail(option.vcpus, option.memoryMiB);
                           if (option.diskGiB > 0)
                               //: %1 = "2 vCPUs · 4 GiB RAM", %2 = root disk size in GiB
                               option.detail = tr("%1 · %2 GiB disk").arg(option.detail).arg(option.diskGiB);
                           return true;
                       });
}

QList<CloudOption> templateOptions(const QJsonArray &items, QStringList &skipped)
{
    return readOptions(items, QT_TRANSLATE_NOOP("CloudStack", "template"), IdFrom::Id, skipped,
                       [](const QJsonObject &image, CloudOption &option, QString &) {
                           if (!Mapper::flag(image.value(u"isready"_s)))
                               return false; // still downloading: deployVirtualMachine would refuse it
                           const qint64 size = integer(image.value(u"size"_s));
                           option.detail = joined({image.value(u"ostypename"_s).toString(),
                                                   size > 0 ? InventoryModel::formatMemoryKiB(static_cast<quint64>(size) / 1024)
                                                            : QString()});
                           return true;
                       });
}

QList<CloudOption> networkOptions(const QJsonArray &items, QStringList &skipped)
{
    QList<CloudOption> out =
        readOptions(items, QT_TRANSLATE_NOOP("CloudStack", "network"), IdFrom::Id, skipped,
                    [](const QJsonObject &network, CloudOption &option, QString &) {
                        const QJsonValue usable = network.value(u"canusefordeploy"_s);
                        if (!usable.isUndefined() && !Mapper::flag(usable))
                            return false;
                        option.detail = joined({network.value(u"type"_s).toString(), network.value(u"cidr"_s).toString()});
                        option.preselected = Mapper::flag(network.value(u"isdefault"_s));
                        return true;
                    });
    if (!out.isEmpty() && std::none_of(out.cbegin(), out.cend(), [](const CloudOption &o) { return o.preselected; }))
        out.first().preselected = true;
    return out;
}

QList<CloudOption> keyPairOptions(const QJsonArray &items, QStringList &skipped)
{
    return readOptions(items, QT_TRANSLATE_NOOP("CloudStack", "key pair"), IdFrom::Name, skipped,
                       [](const QJsonObject &pair, CloudOption &option, QString &) {
                           option.detail = pair.value(u"fingerprint"_s).toString();
                           return true;
                       });
}

QList<CloudOption> securityGroupOptions(const QJsonArray &items, QStringList &skipped)
{
    return readOptions(items, QT_TRANSLATE_NOOP("CloudStack", "security group"), IdFrom::Name, skipped,
                       [](const QJsonObject &group, CloudOption &option, QString &) {
                           option.detail = group.value(u"description"_s).toString();
                           option.preselected = option.name == u"default"_s;
                           return true;
                       });
}

QString hostNameFor(const QString &displayName)
{
    static const QRegularExpression valid(u"^[A-Za-z][A-Za-z0-9-]{0,62}$"_s);
    const QString trimmed = displayName.trimmed();
    if (valid.match(trimmed).hasMatch() && !trimmed.endsWith(u'-'))
        return trimmed;
    static const QRegularExpression others(u"[^a-z0-9]+"_s);
    QString name = trimmed.toLower().replace(others, u"-"_s);
    const auto trimHyphens = [&name] {
        while (name.startsWith(u'-'))
            name.remove(0, 1);
        while (name.endsWith(u'-'))
            name.chop(1);
    };
    trimHyphens();
    if (name.isEmpty() || name.at(0).isDigit())
        name.prepend(u"vm-"_s);
    name.truncate(63);
    trimHyphens();
    return name;
}

} // namespace cloudstack

using namespace welkin::cloudstack;

bool CloudStackProvider::canLaunch() const
{
    return m_client && state() == ProviderState::Connected;
}

QString CloudStackProvider::launchLocationOf(const ResourceId &resource) const
{
    // A VM sits under its host (cluster, pod, zone) or, for plain users, its zone.
    ResourceId at = resource;
    for (int depth = 0; depth < 8 && at.isValid() && at.providerId() == id(); ++depth) {
        if (at.kind() == ResourceKind::Zone)
            return at.nativeId();
        const Resource *known = row(at);
        if (!known)
            break;
        at = known->parent;
    }
    return {};
}

Task *CloudStackProvider::readLaunchChoices(const QString &location)
{
    Task *task = createTask(tr("Read what %1 offers").arg(displayName()), resourceId(), false);
    //: %1 = connection name
    if (refuse(task, unavailable(tr("read what %1 offers").arg(displayName()))))
        return task;
    const QPointer<Task> guard = track(task);
    const quint64 session = m_session;
    m_client->listAll(u"listZones"_s, {{u"available"_s, u"true"_s}}, u"zone"_s,
                      [this, guard, session, location](const ApiResult &result, const QJsonArray &items) {
                          if (session != m_session)
                              return;
                          CloudLaunchChoices choices;
                          if (!result.ok()) {
                              choices.problems.insert(u"locations"_s, result.serverText.isEmpty() ? result.error : result.serverText);
                              if (guard)
                                  guard->setResult(QVariant::fromValue(choices));
                              finish(guard);
                              return;
                          }
                          QStringList skipped;
                          choices.locations = zoneOptions(items, skipped);
                          for (const QString &problem : std::as_const(skipped))
                              reportSkipped(problem);
                          QJsonObject zone;
                          for (const QJsonValue &item : items) {
                              const QJsonObject object = item.toObject();
                              const QString zoneId = jsonId(object.value(u"id"_s));
                              if (!zoneId.isEmpty() && (location.isEmpty() || zoneId == location)) {
                                  zone = object;
                                  break;
                              }
                          }
                          if (zone.isEmpty()) {
                              finish(guard, location.isEmpty() ? tr("%1 offers no zone to create VMs in").arg(displayName())
                                                               : tr("%1 has no zone %2").arg(displayName(), location));
                              return;
                          }
                          readZoneChoices(guard, session, zone, choices);
                      });
    return task;
}

void CloudStackProvider::readZoneChoices(const QPointer<Task> &task, quint64 session, const QJsonObject &zone,
                                         const CloudLaunchChoices &initial)
{
    struct Reading {
        CloudLaunchChoices choices;
        int pending = 0;
    };
    auto reading = std::make_shared<Reading>();
    reading->choices = initial;
    const QString zoneId = jsonId(zone.value(u"id"_s));
    const ZoneTraits traits = zoneTraits(zone);
    reading->choices.location = zoneId;
    reading->choices.networksRequired = traits.advanced;
    reading->choices.hasSecurityGroups = traits.securityGroups;
    reading->choices.maxCount = 1; // deployVirtualMachine creates one VM

    using Reader = QList<CloudOption> (*)(const QJsonArray &, QStringList &);
    const auto read = [this, task, session, reading](const QString &command, const Params &params, const QString &itemKey,
                                                     const QString &field, Reader reader, QList<CloudOption> CloudLaunchChoices::*list) {
        ++reading->pending;
        m_client->listAll(command, params, itemKey,
                          [this, task, session, reading, field, reader, list](const ApiResult &result, const QJsonArray &items) {
                              if (session != m_session)
                                  return;
                              if (result.ok()) {
                                  QStringList skipped;
                                  reading->choices.*list = reader(items, skipped);
                                  for (const QString &problem : std::as_const(skipped))
                                      reportSkipped(problem);
                              } else {
                                  reading->choices.problems.insert(field, result.serverText.isEmpty() ? result.error
                                                                                                      : result.serverText);
                              }
                              if (--reading->pending > 0)
                                  return;
                              for (const CloudOption &size : std::as_const(reading->choices.sizes))
                                  m_offeringNames.insert(size.id, size.name);
                              if (task)
                                  task->setResult(QVariant::fromValue(reading->choices));
                              finish(task);
                          });
    };
    read(u"listServiceOfferings"_s, {{u"zoneid"_s, zoneId}}, u"serviceoffering"_s, u"sizes"_s, &offeringOptions,
         &CloudLaunchChoices::sizes);
    read(u"listTemplates"_s, {{u"templatefilter"_s, u"executable"_s}, {u"zoneid"_s, zoneId}}, u"template"_s, u"images"_s,
         &templateOptions, &CloudLaunchChoices::images);
    read(u"listNetworks"_s, {{u"zoneid"_s, zoneId}, {u"canusefordeploy"_s, u"true"_s}}, u"network"_s, u"networks"_s,
         &networkOptions, &CloudLaunchChoices::networks);
    read(u"listSSHKeyPairs"_s, {}, u"sshkeypair"_s, u"keyPairs"_s, &keyPairOptions, &CloudLaunchChoices::keyPairs);
    if (traits.securityGroups)
        read(u"listSecurityGroups"_s, {}, u"securitygroup"_s, u"securityGroups"_s, &securityGroupOptions,
             &CloudLaunchChoices::securityGroups);
}

Task *CloudStackProvider::launch(const CloudLaunchSpec &spec)
{
    const QString name = spec.name.trimmed();
    Task *task = createTask(tr("Create %1").arg(name), resourceId(), true);
    QString refusal = unavailable(tr("create %1").arg(name));
    if (refusal.isEmpty()) {
        // What deployVirtualMachine needs; the form has checked the rest (cloudLaunchProblem).
        if (name.isEmpty())
            refusal = tr("Give the VM a name");
        else if (spec.location.isEmpty())
            refusal = tr("Choose a zone for %1").arg(name);
        else if (spec.sizeId.isEmpty())
            refusal = tr("Choose a service offering for %1").arg(name);
        else if (spec.imageId.isEmpty())
            refusal = tr("Choose a template for %1").arg(name);
        else if (spec.count != 1)
            refusal = tr("CloudStack creates one VM at a time");
    }
    if (refuse(task, refusal))
        return task;
    // The host name must be a DNS label; the display name is what the user typed.
    Params params{{u"zoneid"_s, spec.location},     {u"serviceofferingid"_s, spec.sizeId},
                  {u"templateid"_s, spec.imageId},  {u"name"_s, hostNameFor(name)},
                  {u"displayname"_s, name},         {u"startvm"_s, u"true"_s}};
    if (!spec.networkIds.isEmpty())
        params.append({u"networkids"_s, spec.networkIds.join(u',')});
    if (!spec.keyPair.isEmpty())
        params.append({u"keypair"_s, spec.keyPair});
    if (!spec.securityGroups.isEmpty())
        params.append({u"securitygroupnames"_s, spec.securityGroups.join(u',')});
    // deployVirtualMachine goes as a form POST (Client::sendsAsPost), which takes up to 32 KB of
    // user-data by default (GET: 4 KB); a larger one gets the server's own refusal.
    if (!spec.userData.isEmpty())
        params.append({u"userdata"_s, QString::fromLatin1(spec.userData.toBase64())});

    const QPointer<Task> guard = track(task);
    const quint64 session = m_session;
    runAsyncCommand(
        m_client, u"deployVirtualMachine"_s, params, followCancellably(guard),
        [guard](int percent) {
            if (guard)
                guard->setProgress(percent);
        },
        [this, guard, session](const JobOutcome &outcome) {
            if (session != m_session)
                return;
            QString uuid = jsonId(outcome.result.value(u"virtualmachine"_s).toObject().value(u"id"_s));
            if (uuid.isEmpty())
                uuid = outcome.instanceId;
            const ResourceId vm(id(), ResourceKind::Vm, uuid);
            const auto end = [this, guard, outcome, vm] {
                if (!outcome.ok)
                    return finish(guard, outcome.error);
                if (vm.nativeId().isEmpty())
                    return finish(guard, tr("deployVirtualMachine finished without naming the new VM"));
                if (guard)
                    guard->setResult(QStringList{vm.toString()});
                finish(guard);
            };
            // Also after a failure: a VM CloudStack could not start stays, in state Error, and is shown.
            if (uuid.isEmpty())
                end();
            else
                refreshVm(vm, end);
        });
    return task;
}

Task *CloudStackProvider::importKeyPair(const QString &location, const QString &name, const QString &publicKey)
{
    Q_UNUSED(location); // key pairs belong to the account, not to a zone
    const QString keyName = name.trimmed();
    Task *task = createTask(tr("Import key pair %1").arg(keyName), resourceId(), true);
    QString refusal = unavailable(tr("import key pair %1").arg(keyName));
    if (refusal.isEmpty() && keyName.isEmpty())
        refusal = tr("Give the key pair a name");
    if (refusal.isEmpty() && publicKey.trimmed().isEmpty())
        refusal = tr("No public key was given for %1").arg(keyName);
    if (refuse(task, refusal))
        return task;
    const QPointer<Task> guard = track(task);
    const quint64 session = m_session;
    const Params params{{u"name"_s, keyName}, {u"publickey"_s, publicKey.trimmed()}};
    m_client->call(u"registerSSHKeyPair"_s, params, [this, guard, session, keyName](const ApiResult &result) {
        if (session != m_session)
            return;
        if (!result.ok())
            return finish(guard, result.error);
        const QString stored = result.body.value(u"keypair"_s).toObject().value(u"name"_s).toString();
        if (guard)
            guard->setResult(stored.isEmpty() ? keyName : stored);
        finish(guard);
    });
    return task;
}

} // namespace welkin
