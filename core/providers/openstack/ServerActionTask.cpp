#include "ServerActionTask.h"

#include "NovaRegion.h"
#include "providers/Task.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace welkin::openstack {

using namespace Qt::StringLiterals;

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
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
    default: return {};
    }
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
    default: return {};
    }
}

void ServerActionTask::start()
{
    const QString id = m_action.target.nativeId();
    m_elapsed.start();
    auto sent = [this](const ApiResponse &response) {
        if (!response.ok()) {
            finish(false, response.error);
            return;
        }
        m_requestId = QString::fromLatin1(response.header("x-openstack-request-id"));
        if (m_task)
            m_task->setRunning();
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
        const QString fault = server.value(u"fault"_s).toObject().value(u"message"_s).toString();
        if (status == u"ERROR"_s) {
            finish(false, fault.isEmpty() ? tr("The server went into ERROR") : tr("The server went into ERROR: %1").arg(fault));
            return;
        }
        if (!taskState.isEmpty()) {
            m_sawTask = true;
            m_timer.start();
            return;
        }
        const QString target = targetStatus(m_action.type);
        if (m_action.type == ActionType::CreateSnapshot || (!target.isEmpty() && status == target)) {
            finish(true);
            return;
        }
        if (deleting && !m_sawTask) {
            m_timer.start();
            return;
        }
        QString error = deleting ? tr("Nova did not delete the server; it is %1").arg(status)
                                 : tr("Nova left the server in status %1 (expected %2)").arg(status, target);
        if (!fault.isEmpty())
            error += u": "_s + fault;
        finish(false, error);
    });
}

void ServerActionTask::finish(bool ok, const QString &error)
{
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
