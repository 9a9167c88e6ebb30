#include "LaunchChoicesReader.h"

#include "NovaRegion.h"
#include "OpenStackProvider.h"
#include "providers/Task.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QUrlQuery>

#include <algorithm>
#include <optional>

namespace welkin::openstack {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OpenStack", text);
}

constexpr int maxImagePages = 50;    // 50 pages of 500: a cloud's whole catalogue
constexpr int maxServersAtOnce = 10; // more in one request is a batch job, not a form

bool byName(const CloudOption &a, const CloudOption &b)
{
    return QString::localeAwareCompare(a.name, b.name) < 0;
}

// An option with the object's id and its name (the id when it has none); nullopt without an id.
std::optional<CloudOption> namedOption(const QJsonObject &object)
{
    CloudOption option;
    option.id = Nova::idOf(object);
    if (option.id.isEmpty())
        return std::nullopt;
    option.name = object.value(u"name"_s).toString();
    if (option.name.isEmpty())
        option.name = option.id;
    return option;
}

QString memoryText(qint64 mib)
{
    if (mib >= 1024 && mib % 1024 == 0)
        return tr("%1 GiB").arg(mib / 1024);
    if (mib >= 1024)
        return tr("%1 GiB").arg(QLocale().toString(double(mib) / 1024.0, 'f', 1));
    return tr("%1 MiB").arg(mib);
}

} // namespace

namespace Launch {

QString sizeDetail(int vcpus, qint64 ramMiB, qint64 diskGiB)
{
    const QString cpus = vcpus == 1 ? tr("1 vCPU") : tr("%1 vCPUs").arg(vcpus);
    const QString ram = tr("%1 RAM").arg(memoryText(ramMiB));
    // Nova sizes a 0 GiB root disk to the image it boots.
    const QString disk = diskGiB > 0 ? tr("%1 GiB disk").arg(diskGiB) : tr("disk sized to the image");
    return cpus + u" · "_s + ram + u" · "_s + disk;
}

QList<CloudOption> sizes(const QHash<QString, Nova::Flavor> &flavors)
{
    QList<CloudOption> options;
    options.reserve(flavors.size());
    for (const Nova::Flavor &flavor : flavors) {
        if (flavor.id.isEmpty())
            continue;
        CloudOption option;
        option.id = flavor.id;
        option.name = flavor.name.isEmpty() ? flavor.id : flavor.name;
        option.vcpus = flavor.vcpus;
        option.memoryMiB = flavor.ramMiB;
        option.diskGiB = flavor.diskGiB;
        option.detail = sizeDetail(flavor.vcpus, flavor.ramMiB, flavor.diskGiB);
        options.append(option);
    }
    std::sort(options.begin(), options.end(), [](const CloudOption &a, const CloudOption &b) {
        if (a.vcpus != b.vcpus)
            return a.vcpus < b.vcpus;
        if (a.memoryMiB != b.memoryMiB)
            return a.memoryMiB < b.memoryMiB;
        if (a.diskGiB != b.diskGiB)
            return a.diskGiB < b.diskGiB;
        return byName(a, b);
    });
    return options;
}

QList<CloudOption> images(const QJsonObject &page)
{
    QList<CloudOption> options;
    for (const QJsonValue &v : page.value(u"images"_s).toArray()) {
        const QJsonObject image = v.toObject();
        std::optional<CloudOption> option = namedOption(image);
        if (!option || image.value(u"status"_s).toString() != u"active"_s)
            continue;
        const qint64 size = image.value(u"size"_s).toInteger(-1);
        if (size >= 0)
            option->detail = QLocale().formattedDataSize(size, 1, QLocale::DataSizeIecFormat);
        options.append(*option);
    }
    return options;
}

QList<CloudOption> networks(const QJsonObject &doc, const QString &projectId)
{
    QList<CloudOption> options;
    for (const QJsonValue &v : doc.value(u"networks"_s).toArray()) {
        const QJsonObject network = v.toObject();
        std::optional<CloudOption> option = namedOption(network);
        const bool shared = network.value(u"shared"_s).toBool();
        QString owner = network.value(u"project_id"_s).toString();
        if (owner.isEmpty())
            owner = network.value(u"tenant_id"_s).toString();
        if (!option || (!shared && !projectId.isEmpty() && owner != projectId))
            continue;
        if (shared)
            option->detail = tr("shared");
        else if (network.value(u"router:external"_s).toBool())
            option->detail = tr("external");
        options.append(*option);
    }
    std::sort(options.begin(), options.end(), byName);
    return options;
}

QList<CloudOption> keyPairs(const QJsonObject &doc)
{
    QList<CloudOption> options;
    for (const QJsonValue &v : doc.value(u"keypairs"_s).toArray()) {
        const QJsonObject key = v.toObject().value(u"keypair"_s).toObject();
        const QString name = key.value(u"name"_s).toString();
        if (name.isEmpty())
            continue;
        CloudOption option;
        option.id = name;
        option.name = name;
        const QString type = key.value(u"type"_s).toString();
        const QString fingerprint = key.value(u"fingerprint"_s).toString();
        option.detail = type.isEmpty() ? fingerprint : fingerprint.isEmpty() ? type : type + u" · "_s + fingerprint;
        options.append(option);
    }
    std::sort(options.begin(), options.end(), byName);
    return options;
}

QList<CloudOption> securityGroups(const QJsonObject &doc)
{
    QList<CloudOption> options;
    for (const QJsonValue &v : doc.value(u"security_groups"_s).toArray()) {
        const QJsonObject group = v.toObject();
        std::optional<CloudOption> option = namedOption(group);
        if (!option)
            continue;
        option->detail = group.value(u"description"_s).toString();
        option->preselected = option->name == u"default"_s; // what Nova would use without a choice
        options.append(*option);
    }
    std::sort(options.begin(), options.end(), byName);
    return options;
}

QMap<QString, qint64> quotaLeft(const QJsonObject &limits)
{
    const QJsonObject a = limits.value(u"limits"_s).toObject().value(u"absolute"_s).toObject();
    QMap<QString, qint64> left;
    auto add = [&](const QString &key, const QString &max, const QString &used) {
        const qint64 limit = a.value(max).toInteger(-1);
        if (a.contains(max) && limit >= 0)
            left.insert(key, std::max<qint64>(0, limit - a.value(used).toInteger(0)));
    };
    add(u"instances"_s, u"maxTotalInstances"_s, u"totalInstancesUsed"_s);
    add(u"cores"_s, u"maxTotalCores"_s, u"totalCoresUsed"_s);
    add(u"ramMiB"_s, u"maxTotalRAMSize"_s, u"totalRAMUsed"_s);
    return left;
}

int maxCount(const QMap<QString, qint64> &quotaLeft)
{
    const auto instances = quotaLeft.constFind(u"instances"_s);
    if (instances == quotaLeft.cend())
        return maxServersAtOnce;
    return int(std::clamp<qint64>(*instances, 1, maxServersAtOnce));
}

} // namespace Launch

LaunchChoicesReader::LaunchChoicesReader(NovaRegion *region, QList<CloudOption> locations, Task *task, QObject *parent)
    : QObject(parent), m_region(region), m_task(task)
{
    m_choices.locations = std::move(locations);
    m_choices.location = region->name();
}

void LaunchChoicesReader::start()
{
    if (m_task)
        m_task->setRunning();
    m_choices.sizes = Launch::sizes(m_region->flavors());
    if (m_choices.sizes.isEmpty())
        m_choices.problems.insert(u"sizes"_s, tr("Nova lists no flavors this project may use"));
    // Before 2.37 a server without networks cannot be asked for: Nova picks them.
    m_choices.networksRequired = Nova::compareMicroversions(m_region->microversion(), u"2.37"_s) < 0;
    const QString projectId = m_region->session()->token() ? m_region->session()->token()->projectId : QString();

    m_pending = 3; // limits, key pairs, images
    m_region->compute("GET", u"/limits"_s, {}, this, [this](const ApiResponse &response) {
        if (response.ok()) {
            m_choices.quotaLeft = Launch::quotaLeft(response.json.object());
            m_choices.maxCount = Launch::maxCount(m_choices.quotaLeft);
        } else {
            m_choices.maxCount = 1;
            m_choices.problems.insert(u"quota"_s, response.error);
        }
        settle();
    });
    m_region->compute("GET", u"/os-keypairs"_s, {}, this, [this](const ApiResponse &response) {
        if (response.ok())
            m_choices.keyPairs = Launch::keyPairs(response.json.object());
        else
            m_choices.problems.insert(u"keyPairs"_s, response.error);
        settle();
    });
    if (m_region->hasImageService()) {
        readImages(u"status=active&limit=500"_s, 0);
    } else {
        m_choices.problems.insert(u"images"_s, tr("The service catalog has no image service (Glance) in region %1")
                                                  .arg(m_region->name()));
        --m_pending;
    }
    if (!m_region->hasNetworkService()) {
        const QString missing = tr("The service catalog has no network service (Neutron) in region %1").arg(m_region->name());
        m_choices.problems.insert(u"networks"_s, missing);
        if (m_pending == 0)
            finish();
        return;
    }
    m_choices.hasSecurityGroups = true;
    m_pending += 2;
    m_region->network("GET", u"/v2.0/networks"_s, this, [this, projectId](const ApiResponse &response) {
        if (response.ok())
            m_choices.networks = Launch::networks(response.json.object(), projectId);
        else
            m_choices.problems.insert(u"networks"_s, response.error);
        settle();
    });
    QUrlQuery groups;
    if (!projectId.isEmpty())
        groups.addQueryItem(u"project_id"_s, projectId);
    // Only what the form shows: the rules make the full answer large.
    for (const QString &field : {u"id"_s, u"name"_s, u"description"_s})
        groups.addQueryItem(u"fields"_s, field);
    m_region->network("GET", u"/v2.0/security-groups?"_s + groups.toString(QUrl::FullyEncoded), this,
                      [this](const ApiResponse &response) {
        if (response.ok())
            m_choices.securityGroups = Launch::securityGroups(response.json.object());
        else
            m_choices.problems.insert(u"securityGroups"_s, response.error);
        settle();
    });
}

void LaunchChoicesReader::readImages(const QString &query, int page)
{
    m_region->image("GET", u"/v2/images?"_s + query, this, [this, page](const ApiResponse &response) {
        if (!response.ok()) {
            m_choices.images.clear();
            m_choices.problems.insert(u"images"_s, response.error);
            settle();
            return;
        }
        const QJsonObject body = response.json.object();
        m_choices.images.append(Launch::images(body));
        const QString next = Glance::nextPageQuery(body);
        if (!next.isEmpty() && page + 1 < maxImagePages) {
            readImages(next, page + 1);
            return;
        }
        std::sort(m_choices.images.begin(), m_choices.images.end(), byName);
        settle();
    });
}

void LaunchChoicesReader::settle()
{
    if (--m_pending == 0)
        finish();
}

void LaunchChoicesReader::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_task) {
        m_task->setResult(QVariant::fromValue(m_choices));
        m_task->succeed();
    }
    Q_EMIT done();
}

void LaunchChoicesReader::abort(const QString &reason)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_task)
        m_task->fail(reason);
    Q_EMIT done();
}

} // namespace welkin::openstack

namespace welkin {

using namespace Qt::StringLiterals;

openstack::NovaRegion *OpenStackProvider::regionNamed(const QString &name) const
{
    if (name.isEmpty())
        return m_regions.value(0);
    for (openstack::NovaRegion *region : m_regions) {
        if (region->name() == name)
            return region;
    }
    return nullptr;
}

QString OpenStackProvider::launchLocationOf(const ResourceId &resource) const
{
    if (resource.providerId() != id())
        return {};
    switch (resource.kind()) {
    case ResourceKind::Vm: {
        const openstack::NovaRegion *region = regionOf(resource);
        return region ? region->name() : QString();
    }
    case ResourceKind::Region: return resource.nativeId();
    case ResourceKind::Project:
    case ResourceKind::Host: return resource.nativeId().section(u'/', 0, 0); // "RegionOne/<id>"
    default: return {};
    }
}

Task *OpenStackProvider::readLaunchChoices(const QString &location)
{
    Task *task = createTask(tr("Read what %1 offers").arg(displayName()), resourceId(), false);
    if (state() != ProviderState::Connected) {
        failLater(task, tr("Could not read what %1 offers: not connected (%2)")
                            .arg(displayName(), providerStateDisplayName(state()).toLower()));
        return task;
    }
    openstack::NovaRegion *region = regionNamed(location);
    if (!region) {
        failLater(task, tr("%1 has no region %2").arg(displayName(), location));
        return task;
    }
    QList<CloudOption> locations;
    for (const openstack::NovaRegion *each : std::as_const(m_regions)) {
        CloudOption option;
        option.id = each->name();
        option.name = each->name();
        option.preselected = each == region;
        locations.append(option);
    }
    auto *reader = new openstack::LaunchChoicesReader(region, locations, task, this);
    connect(reader, &openstack::LaunchChoicesReader::done, reader, &QObject::deleteLater);
    // Queued: whoever asked connects to the task before anything can end it.
    QMetaObject::invokeMethod(reader, &openstack::LaunchChoicesReader::start, Qt::QueuedConnection);
    return task;
}

} // namespace welkin
