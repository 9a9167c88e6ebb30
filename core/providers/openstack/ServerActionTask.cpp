#include "ServerActionTask.h"

#include "NovaRegion.h"
#include "providers/Task.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace welkin::openstack {

using namespace Qt::StringLiterals;

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Nova may take a moment to show an action that sets no task_state (confirmResize, lock).
constexpr int maxUnchangedPolls = 10;
constexpr int maxNameLength = 255; // Nova's limit on a server name
} // namespace

ServerActionTask::ServerActionTask(NovaRegion *region, Action action, Task *task, int followIntervalMs,
                                   int deadlineMs, QObject *parent)
    : QObject(parent), m_region(region), m_action(std::move(action)), m_task(task), m_deadlineMs(deadlineMs)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(followIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ServerActionTask::poll);
}

QByteArray ServerActionTask::requestBody(const Action &action, const QString &novaStatus)
{
    switch (action.type) {
    case ActionType::Start: return compact({{u"os-start"_s, QJsonValue::Null}});
    case ActionType::Shutdown: return compact({{u"os-stop"_s, QJsonValue::Null}});
    case ActionType::Reboot: return compact({{u"reboot"_s, QJsonObject{{u"type"_s, u"SOFT"_s}}}});
    case ActionType::ForceReboot: return compact({{u"reboot"_s, QJsonObject{{u"type"_s, u"HARD"_s}}}});
    case ActionType::Pause: return compact({{u"pause"_s, QJsonValue::Null}});
    case ActionType::Suspend: return compact({{u"suspend"_s, QJsonValue::Null}});
    case ActionType::Resume:
        return compact({{novaStatus == u"SUSPENDED"_s ? u"resume"_s : u"unpause"_s, QJsonValue::Null}});
    case ActionType::CreateSnapshot: {
        QString name = action.options.value(u"name"_s).toString();
        if (name.isEmpty())
            name = u"snapshot-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
        // Nova copies the metadata into the image's properties, where the listing reads it back.
        QJsonObject metadata;
        const QString description = action.options.value(u"description"_s).toString();
        if (!description.isEmpty())
            metadata.insert(u"description"_s, description);
        return compact({{u"createImage"_s, QJsonObject{{u"name"_s, name}, {u"metadata"_s, metadata}}}});
    }
    case ActionType::Resize: {
        const QString flavor = action.options.value(u"sizeId"_s).toString();
        return flavor.isEmpty() ? QByteArray() : compact({{u"resize"_s, QJsonObject{{u"flavorRef"_s, flavor}}}});
    }
    case ActionType::ConfirmResize: return compact({{u"confirmResize"_s, QJsonValue::Null}});
    case ActionType::RevertResize: return compact({{u"revertResize"_s, QJsonValue::Null}});
    case ActionType::Rebuild: {
        const QString image = action.options.value(u"imageId"_s).toString();
        return image.isEmpty() ? QByteArray() : compact({{u"rebuild"_s, QJsonObject{{u"imageRef"_s, image}}}});
    }
    case ActionType::Lock: return compact({{u"lock"_s, QJsonValue::Null}});
    case ActionType::Unlock: return compact({{u"unlock"_s, QJsonValue::Null}});
    default: return {};
    }
}

QString ServerActionTask::refusal(const Action &action, const NovaRegion &region, const QString &serverName)
{
    switch (action.type) {
    case ActionType::Resize: {
        const QString sizeId = action.options.value(u"sizeId"_s).toString();
        if (sizeId.isEmpty())
            return tr("Could not resize %1: no flavor was chosen").arg(serverName);
        const auto flavor = region.flavors().constFind(sizeId);
        if (flavor == region.flavors().cend())
            return tr("Could not resize %1: region %2 offers no flavor %3").arg(serverName, region.name(), sizeId);
        const NovaRegion::ServerFacts facts = region.facts(action.target.nativeId());
        const bool same = facts.flavorId.isEmpty() ? facts.flavorName == flavor->name : facts.flavorId == sizeId;
        if (same)
            return tr("%1 already has flavor %2: choose another flavor").arg(serverName, flavor->name);
        // Nova never shrinks a root disk (and refuses a 0 GiB "sized to the image" flavor after a real one).
        if (facts.diskGiB > 0 && flavor->diskGiB < facts.diskGiB)
            return flavor->diskGiB == 0
                ? tr("Could not resize %1 to %2: %2 sizes its disk to the image, and Nova cannot shrink the %3 GiB disk "
                     "of %1's flavor %4").arg(serverName, flavor->name).arg(facts.diskGiB).arg(facts.flavorName)
                : tr("Could not resize %1 to %2: its %3 GiB disk is smaller than the %4 GiB disk of %1's flavor %5, "
                     "and Nova cannot shrink a disk").arg(serverName, flavor->name).arg(flavor->diskGiB)
                      .arg(facts.diskGiB).arg(facts.flavorName);
        return {};
    }
    case ActionType::Rebuild:
        if (action.options.value(u"imageId"_s).toString().isEmpty())
            return tr("Could not rebuild %1: no image was chosen").arg(serverName);
        return {};
    case ActionType::Rename: {
        const QString name = action.options.value(u"name"_s).toString().trimmed();
        if (name.isEmpty())
            return tr("Give %1 a new name").arg(serverName);
        if (name.size() > maxNameLength)
            return tr("The new name of %1 is longer than %2 characters").arg(serverName).arg(maxNameLength);
        return {};
    }
    default: return {};
    }
}

bool ServerActionTask::reaches(ActionType type, const QString &status)
{
    const QString target = targetStatus(type);
    if (!target.isEmpty() && status == target)
        return true;
    const bool keepsStopped = type == ActionType::ConfirmResize || type == ActionType::RevertResize
        || type == ActionType::Rebuild;
    return keepsStopped && status == u"SHUTOFF"_s;
}

QString ServerActionTask::targetStatus(ActionType type)
{
    switch (type) {
    case ActionType::Start:
    case ActionType::Reboot:
    case ActionType::ForceReboot:
    case ActionType::Resume: return u"ACTIVE"_s;
    case ActionType::Shutdown: return u"SHUTOFF"_s;
    case ActionType::Pause: return u"PAUSED"_s;
    case ActionType::Suspend: return u"SUSPENDED"_s;
    case ActionType::Resize: return u"VERIFY_RESIZE"_s;
    case ActionType::ConfirmResize:
    case ActionType::RevertResize:
    case ActionType::Rebuild: return u"ACTIVE"_s;
    default: return {};
    }
}

void ServerActionTask::start()
{
    const QString id = m_action.target.nativeId();
    m_elapsed.start();
    m_statusBefore = m_region->novaStatus(id);
    if (m_action.type == ActionType::Rename) {
        rename();
        return;
    }
    auto sent = [this](const ApiResponse &response) {
        if (!response.ok()) {
            finish(false, response.error);
            return;
        }
        m_requestId = QString::fromLatin1(response.header("x-openstack-request-id"));
        if (m_task) {
            m_task->setRunning();
            // Nova has the request: a cancel only stops following it.
            m_task->setCancellable(true, Task::CancelEffect::StopFollowing);
            connect(m_task, &Task::cancelRequested, this,
                    [this] { finish(false, tr("Stopped following; OpenStack may still complete it")); });
        }
        m_timer.start();
    };
    if (m_action.type == ActionType::Delete) {
        m_region->compute("DELETE", u"/servers/"_s + id, {}, this, sent);
        return;
    }
    const QByteArray body = requestBody(m_action, m_region->novaStatus(id));
    if (body.isEmpty()) {
        finish(false, tr("OpenStack servers do not support \"%1\"").arg(actionDisplayName(m_action.type)));
        return;
    }
    m_region->compute("POST", u"/servers/"_s + id + u"/action"_s, body, this, sent);
}

void ServerActionTask::poll()
{
    const QString id = m_action.target.nativeId();
    m_region->compute("GET", u"/servers/"_s + id, {}, this, [this, id](const ApiResponse &response) {
        const bool deleting = m_action.type == ActionType::Delete;
        if (response.status == 404) {
            m_region->forgetServer(id);
            Q_EMIT serverGone(m_action.target);
            if (deleting)
                finish(true);
            else
                finish(false, tr("The server no longer exists"));
            return;
        }
        if (m_elapsed.elapsed() > m_deadlineMs) {
            finish(false, tr("The action did not finish within %1 s").arg(m_deadlineMs / 1000));
            return;
        }
        if (!response.ok()) { // transient: try again until the deadline
            m_timer.start();
            return;
        }
        const QJsonObject server = response.json.object().value(u"server"_s).toObject();
        const QString status = server.value(u"status"_s).toString();
        const QString taskState = server.value(u"OS-EXT-STS:task_state"_s).toString();
        if (deleting && Nova::isDeletedStatus(status)) {
            m_region->forgetServer(id);
            Q_EMIT serverGone(m_action.target);
            finish(true);
            return;
        }
        Q_EMIT serverChanged(m_region->storeServer(server));
        if (m_task)
            m_task->setDetail(taskState.isEmpty() ? status : status + u" · "_s + taskState);
        const QString fault = server.value(u"fault"_s).toObject().value(u"message"_s).toString();
        // A rebuild of an ERROR server shows ERROR until the compute host takes it on.
        const bool erroredBefore = m_statusBefore == u"ERROR"_s && !m_sawTask && m_unchangedPolls < maxUnchangedPolls;
        if (status == u"ERROR"_s && taskState.isEmpty() && erroredBefore) {
            ++m_unchangedPolls;
            m_timer.start();
            return;
        }
        if (status == u"ERROR"_s && taskState.isEmpty()) {
            finish(false, fault.isEmpty() ? tr("The server went into ERROR") : tr("The server went into ERROR: %1").arg(fault));
            return;
        }
        if (!taskState.isEmpty()) {
            m_sawTask = true;
            m_timer.start();
            return;
        }
        if (m_action.type == ActionType::Lock || m_action.type == ActionType::Unlock) {
            // "locked" is in the answer from microversion 2.9; without it the 202 is all there is.
            const bool wanted = m_action.type == ActionType::Lock;
            if (!server.contains(u"locked"_s) || server.value(u"locked"_s).toBool() == wanted) {
                finish(true);
            } else if (++m_unchangedPolls <= maxUnchangedPolls) {
                m_timer.start();
            } else {
                finish(false, wanted ? tr("Nova did not lock the server") : tr("Nova did not unlock the server"));
            }
            return;
        }
        const QString target = targetStatus(m_action.type);
        if (m_action.type == ActionType::CreateSnapshot || reaches(m_action.type, status)) {
            finish(true);
            return;
        }
        if (!m_sawTask && (deleting || status == m_statusBefore) && ++m_unchangedPolls <= maxUnchangedPolls) {
            m_timer.start();
            return;
        }
        if (!deleting && status == m_statusBefore && !m_requestId.isEmpty()) {
            explainUnchanged(status, fault);
            return;
        }
        QString error = deleting ? tr("Nova did not delete the server; it is %1").arg(status)
                                 : tr("Nova left the server in status %1 (expected %2)").arg(status, target);
        if (!fault.isEmpty())
            error += u": "_s + fault;
        finish(false, error);
    });
}

void ServerActionTask::rename()
{
    const QString id = m_action.target.nativeId();
    const QString name = m_action.options.value(u"name"_s).toString().trimmed();
    const QByteArray body = compact({{u"server"_s, QJsonObject{{u"name"_s, name}}}});
    m_region->compute("PUT", u"/servers/"_s + id, body, this, [this, id](const ApiResponse &response) {
        if (!response.ok()) {
            finish(false, response.error);
            return;
        }
        m_requestId = QString::fromLatin1(response.header("x-openstack-request-id"));
        const QJsonObject server = response.json.object().value(u"server"_s).toObject();
        // From 2.75 the answer is the whole server; before, a few fields only: read it again.
        if (Nova::compareMicroversions(m_region->microversion(), u"2.75"_s) >= 0 && server.contains(u"status"_s)) {
            Q_EMIT serverChanged(m_region->storeServer(server));
            finish(true);
            return;
        }
        m_region->compute("GET", u"/servers/"_s + id, {}, this, [this](const ApiResponse &current) {
            if (current.ok())
                Q_EMIT serverChanged(m_region->storeServer(current.json.object().value(u"server"_s).toObject()));
            finish(true); // renamed either way; the next poll shows the name otherwise
        });
    });
}

// The action ended with the server where it was (a resize the scheduler found no host for): the
// failed steps of its instance action say why (the exception only for admins).
void ServerActionTask::explainUnchanged(const QString &status, const QString &fault)
{
    const QString base = tr("Nova did not %1 the server; it is %2 again (expected %3)")
                             .arg(actionDisplayName(m_action.type).toLower(), status, targetStatus(m_action.type));
    const QString path = u"/servers/%1/os-instance-actions/%2"_s.arg(m_action.target.nativeId(), m_requestId);
    m_region->compute("GET", path, {}, this, [this, base, fault](const ApiResponse &response) {
        QStringList failed;
        static const QRegularExpression raised(u"raise exception\\.(\\w+)"_s);
        for (const QJsonValue &v : response.json.object().value(u"instanceAction"_s).toObject().value(u"events"_s).toArray()) {
            const QJsonObject event = v.toObject();
            if (event.value(u"result"_s).toString() != u"Error"_s)
                continue;
            QString step = event.value(u"event"_s).toString();
            QRegularExpressionMatchIterator it = raised.globalMatch(event.value(u"traceback"_s).toString());
            QString exception;
            while (it.hasNext())
                exception = it.next().captured(1);
            if (!exception.isEmpty())
                step += u" ("_s + exception + u')';
            if (!failed.contains(step))
                failed.append(step);
        }
        QString error = base;
        if (!failed.isEmpty())
            error += tr(": failed in %1").arg(failed.join(u", "_s));
        if (!fault.isEmpty())
            error += u": "_s + fault;
        finish(false, error);
    });
}

void ServerActionTask::finish(bool ok, const QString &error)
{
    if (m_finished)
        return; // a poll answer that arrives after a cancel
    m_finished = true;
    m_timer.stop();
    if (m_task) {
        if (ok) {
            m_task->succeed();
        } else {
            QString text = error;
            if (!m_requestId.isEmpty())
                text += u" ["_s + m_requestId + u']';
            m_task->fail(text);
        }
    }
    Q_EMIT done();
}

} // namespace welkin::openstack
