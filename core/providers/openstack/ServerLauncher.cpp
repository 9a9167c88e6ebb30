#include "ServerLauncher.h"

#include "NovaRegion.h"
#include "OpenStackProvider.h"
#include "providers/Task.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUrlQuery>

namespace welkin::openstack {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLaunch, "welkin.openstack.launch")

namespace {

constexpr int firstFollowMs = 300; // the fake driver builds in about a second: look early once

QString buildText(const QString &status, const QString &taskState)
{
    return taskState.isEmpty() ? status : status + u" · "_s + taskState;
}

} // namespace

ServerLauncher::ServerLauncher(NovaRegion *region, CloudLaunchSpec spec, Task *task, int followIntervalMs,
                               int deadlineMs, QObject *parent)
    : QObject(parent), m_region(region), m_spec(std::move(spec)), m_task(task),
      m_followIntervalMs(std::max(50, followIntervalMs)), m_deadlineMs(deadlineMs)
{
    m_spec.name = m_spec.name.trimmed();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ServerLauncher::follow);
}

QByteArray ServerLauncher::requestBody(const CloudLaunchSpec &spec, const QString &microversion)
{
    QJsonObject server{{u"name"_s, spec.name.trimmed()}, {u"flavorRef"_s, spec.sizeId}, {u"imageRef"_s, spec.imageId}};
    if (!spec.networkIds.isEmpty()) {
        QJsonArray networks;
        for (const QString &id : spec.networkIds)
            networks.append(QJsonObject{{u"uuid"_s, id}});
        server.insert(u"networks"_s, networks);
    } else if (Nova::compareMicroversions(microversion, u"2.37"_s) >= 0) {
        // Without the key Nova 2.37+ refuses the request; "none" asks for no network at all.
        server.insert(u"networks"_s, u"none"_s);
    }
    if (!spec.keyPair.isEmpty())
        server.insert(u"key_name"_s, spec.keyPair);
    if (!spec.securityGroups.isEmpty()) {
        QJsonArray groups;
        for (const QString &group : spec.securityGroups)
            groups.append(QJsonObject{{u"name"_s, group}}); // Nova takes a group's name or id here
        server.insert(u"security_groups"_s, groups);
    }
    if (!spec.userData.isEmpty())
        server.insert(u"user_data"_s, QString::fromLatin1(spec.userData.toBase64()));
    const int count = std::max(1, spec.count);
    server.insert(u"min_count"_s, count);
    server.insert(u"max_count"_s, count);
    if (count > 1)
        server.insert(u"return_reservation_id"_s, true); // one id to list them all by
    return QJsonDocument(QJsonObject{{u"server"_s, server}}).toJson(QJsonDocument::Compact);
}

int ServerLauncher::buildProgress(const QString &status, const QString &taskState)
{
    if (status != u"BUILD"_s)
        return 100;
    if (taskState == u"scheduling"_s)
        return 10;
    if (taskState == u"block_device_mapping"_s)
        return 30;
    if (taskState == u"networking"_s)
        return 50;
    if (taskState == u"spawning"_s)
        return 75;
    return 5;
}

void ServerLauncher::start()
{
    if (m_spec.name.isEmpty() || m_spec.sizeId.isEmpty() || m_spec.imageId.isEmpty()) {
        finish(tr("A new server needs a name, a flavor and an image"));
        return;
    }
    m_elapsed.start();
    if (m_task)
        m_task->setRunning();
    m_region->compute("POST", u"/servers"_s, requestBody(m_spec, m_region->microversion()), this,
                      [this](const ApiResponse &response) {
        if (!response.ok()) {
            // Quota and validation answers are Nova's own words ("Quota exceeded for instances: …").
            finish(tr("Could not create %1: %2").arg(m_spec.name, response.error));
            return;
        }
        m_requestId = QString::fromLatin1(response.header("x-openstack-request-id"));
        const QJsonObject body = response.json.object();
        if (m_spec.count > 1) {
            m_reservationId = body.value(u"reservation_id"_s).toString();
        } else {
            m_serverId = Nova::idOf(body.value(u"server"_s).toObject());
        }
        if (m_serverId.isEmpty() && m_reservationId.isEmpty()) {
            finish(tr("Nova accepted %1 but named no server or reservation").arg(m_spec.name));
            return;
        }
        if (m_task) {
            m_task->setDetail(tr("Accepted; waiting for the scheduler"));
            // From here the servers exist in Nova: a cancel only stops following them.
            m_task->setCancellable(true, Task::CancelEffect::StopFollowing);
            connect(m_task, &Task::cancelRequested, this,
                    [this] { finish(tr("Stopped following; OpenStack may still complete it")); });
        }
        m_timer.start(std::min(firstFollowMs, m_followIntervalMs));
    });
}

void ServerLauncher::follow()
{
    if (m_elapsed.elapsed() > m_deadlineMs) {
        finish(tr("%1 was not running after %2 s").arg(m_spec.name).arg(m_deadlineMs / 1000));
        return;
    }
    if (!m_serverId.isEmpty()) {
        m_region->compute("GET", u"/servers/"_s + m_serverId, {}, this, [this](const ApiResponse &response) {
            if (response.status == 404) {
                m_region->forgetServer(m_serverId);
                Q_EMIT serverGone(ResourceId(m_region->regionId().providerId(), ResourceKind::Vm, m_serverId));
                finish(tr("%1 was deleted before it was running").arg(m_spec.name));
                return;
            }
            if (!response.ok()) { // transient: try again until the deadline
                scheduleFollow();
                return;
            }
            take({response.json.object().value(u"server"_s).toObject()});
        });
        return;
    }
    QUrlQuery query;
    query.addQueryItem(u"reservation_id"_s, m_reservationId);
    m_region->compute("GET", u"/servers/detail?"_s + query.toString(QUrl::FullyEncoded), {}, this,
                      [this](const ApiResponse &response) {
        if (!response.ok()) {
            scheduleFollow();
            return;
        }
        QList<QJsonObject> servers;
        for (const QJsonValue &v : response.json.object().value(u"servers"_s).toArray())
            servers.append(v.toObject());
        take(servers);
    });
}

void ServerLauncher::take(const QList<QJsonObject> &servers)
{
    for (const QJsonObject &server : servers) {
        const QString id = Nova::idOf(server);
        if (id.isEmpty())
            continue;
        const QString status = server.value(u"status"_s).toString();
        if (Nova::isDeletedStatus(status)) {
            m_region->forgetServer(id);
            Q_EMIT serverGone(ResourceId(m_region->regionId().providerId(), ResourceKind::Vm, id));
            continue;
        }
        Q_EMIT serverChanged(m_region->storeServer(server));
        if (!m_seen.contains(id))
            m_order.append(id);
        m_seen.insert(id, Seen{server.value(u"name"_s).toString(), status,
                               server.value(u"OS-EXT-STS:task_state"_s).toString(),
                               server.value(u"fault"_s).toObject().value(u"message"_s).toString()});
    }

    const int expected = std::max(1, m_spec.count);
    int running = 0, settled = 0, progress = 0;
    QString building;
    for (const QString &id : std::as_const(m_order)) {
        const Seen &seen = m_seen[id];
        const bool done = seen.status != u"BUILD"_s && seen.taskState.isEmpty();
        settled += done ? 1 : 0;
        running += done && seen.status == u"ACTIVE"_s ? 1 : 0;
        progress += buildProgress(seen.status, seen.taskState);
        if (!done && building.isEmpty())
            building = buildText(seen.status, seen.taskState);
    }
    if (m_task) {
        m_task->setProgress(progress / expected);
        if (expected == 1)
            m_task->setDetail(building.isEmpty() ? buildText(m_seen.value(m_order.value(0)).status, {}) : building);
        else
            m_task->setDetail(building.isEmpty() ? tr("%1 of %2 running").arg(running).arg(expected)
                                                 : tr("%1 of %2 running · %3").arg(running).arg(expected).arg(building));
    }
    if (settled < expected || int(m_order.size()) < expected) {
        scheduleFollow();
        return;
    }
    qCDebug(lcLaunch) << m_spec.name << "x" << expected << "settled after" << m_elapsed.elapsed() << "ms";
    QStringList problems;
    for (const QString &id : std::as_const(m_order)) {
        const Seen &seen = m_seen[id];
        if (seen.status == u"ACTIVE"_s)
            continue;
        const QString name = expected == 1 ? m_spec.name : seen.name;
        if (seen.status == u"ERROR"_s)
            problems.append(seen.fault.isEmpty() ? tr("%1 went into ERROR").arg(name)
                                                 : tr("%1 went into ERROR: %2").arg(name, seen.fault));
        else
            problems.append(tr("Nova left %1 in status %2").arg(name, seen.status));
    }
    finish(problems.join(u"; "_s));
}

void ServerLauncher::scheduleFollow()
{
    m_timer.start(m_followIntervalMs);
}

QStringList ServerLauncher::resultIds() const
{
    QStringList ids;
    for (const QString &id : m_order)
        ids.append(ResourceId(m_region->regionId().providerId(), ResourceKind::Vm, id).toString());
    return ids;
}

void ServerLauncher::finish(const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    if (m_task) {
        // The servers Nova made, also when one failed: they stay listed with their fault.
        m_task->setResult(resultIds());
        if (error.isEmpty()) {
            m_task->setProgress(100);
            m_task->succeed();
        } else {
            m_task->fail(m_requestId.isEmpty() ? error : error + u" ["_s + m_requestId + u']');
        }
    }
    Q_EMIT done();
}

KeyPairImport::KeyPairImport(NovaRegion *region, QString name, QString publicKey, Task *task, QObject *parent)
    : QObject(parent), m_region(region), m_name(std::move(name)), m_publicKey(std::move(publicKey)), m_task(task)
{
}

void KeyPairImport::start()
{
    if (m_name.trimmed().isEmpty()) {
        finish(tr("Give the key pair a name"));
        return;
    }
    if (m_publicKey.trimmed().isEmpty()) {
        finish(tr("The public key for %1 is empty").arg(m_name));
        return;
    }
    if (m_task)
        m_task->setRunning();
    const QJsonObject keypair{{u"name"_s, m_name.trimmed()}, {u"public_key"_s, m_publicKey.trimmed()}};
    m_region->compute("POST", u"/os-keypairs"_s,
                      QJsonDocument(QJsonObject{{u"keypair"_s, keypair}}).toJson(QJsonDocument::Compact), this,
                      [this](const ApiResponse &response) {
        if (!response.ok()) {
            finish(tr("Could not import key pair %1: %2").arg(m_name, response.error));
            return;
        }
        const QString stored = response.json.object().value(u"keypair"_s).toObject().value(u"name"_s).toString();
        if (m_task)
            m_task->setResult(stored.isEmpty() ? m_name.trimmed() : stored);
        finish();
    });
}

void KeyPairImport::finish(const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_task) {
        if (error.isEmpty())
            m_task->succeed();
        else
            m_task->fail(error);
    }
    Q_EMIT done();
}

} // namespace welkin::openstack

namespace welkin {

using namespace Qt::StringLiterals;
using openstack::NovaRegion;

Task *OpenStackProvider::launch(const CloudLaunchSpec &spec)
{
    NovaRegion *region = state() == ProviderState::Connected ? regionNamed(spec.location) : nullptr;
    Task *task = createTask(tr("Create %1").arg(spec.name.trimmed()), region ? region->projectId() : resourceId(), true);
    if (state() != ProviderState::Connected) {
        failLater(task, tr("Could not create %1: not connected to %2 (%3)")
                            .arg(spec.name.trimmed(), displayName(), providerStateDisplayName(state()).toLower()));
        return task;
    }
    if (!region) {
        failLater(task, tr("%1 has no region %2").arg(displayName(), spec.location));
        return task;
    }
    auto *runner = new openstack::ServerLauncher(region, spec, task, option("actionPollMs", 1000),
                                                 option("actionTimeoutMs", 600000), this);
    connect(runner, &openstack::ServerLauncher::serverChanged, this, &OpenStackProvider::applyServer);
    connect(runner, &openstack::ServerLauncher::serverGone, this, &OpenStackProvider::removeServer);
    connect(runner, &openstack::ServerLauncher::done, runner, &QObject::deleteLater);
    // Queued: whoever asked connects to the task before anything can end it.
    QMetaObject::invokeMethod(runner, &openstack::ServerLauncher::start, Qt::QueuedConnection);
    return task;
}

Task *OpenStackProvider::importKeyPair(const QString &location, const QString &name, const QString &publicKey)
{
    Task *task = createTask(tr("Import key pair %1").arg(name), resourceId(), true);
    if (state() != ProviderState::Connected) {
        failLater(task, tr("Could not import key pair %1: not connected to %2 (%3)")
                            .arg(name, displayName(), providerStateDisplayName(state()).toLower()));
        return task;
    }
    NovaRegion *region = regionNamed(location);
    if (!region) {
        failLater(task, tr("%1 has no region %2").arg(displayName(), location));
        return task;
    }
    auto *runner = new openstack::KeyPairImport(region, name, publicKey, task, this);
    connect(runner, &openstack::KeyPairImport::done, runner, &QObject::deleteLater);
    QMetaObject::invokeMethod(runner, &openstack::KeyPairImport::start, Qt::QueuedConnection);
    return task;
}

} // namespace welkin
