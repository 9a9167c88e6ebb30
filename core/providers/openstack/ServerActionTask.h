#pragma once

#include "model/Resource.h"
#include "providers/Action.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace welkin {
class Task;
}

namespace welkin::openstack {

class NovaRegion;

// Drives one Nova server action to its end: sends it, then polls the server until `status` and
// `OS-EXT-STS:task_state` show the result, and ends the Task (with Nova's fault text on failure).
// Every poll result goes to the inventory at once, so the tree follows the action.
class ServerActionTask : public QObject
{
    Q_OBJECT
public:
    ServerActionTask(NovaRegion *region, Action action, Task *task, int followIntervalMs, int deadlineMs,
                     QObject *parent = nullptr);

    void start();
    // Ends the task now (connection closed).
    void abort(const QString &reason) { finish(false, reason); }

    // The request body for an action in the server's current Nova status; "" = not supported.
    static QByteArray requestBody(const Action &action, const QString &novaStatus);
    // The Nova status that ends the action successfully ("" for Delete: gone). A stopped server
    // stays stopped through a rebuild and a resize: SHUTOFF ends those too (reaches()).
    static QString targetStatus(ActionType type);
    static bool reaches(ActionType type, const QString &status);
    // Why the action must not be sent (checked here, before Nova is asked): a resize to the flavor
    // the server has or to a smaller disk, no image for a rebuild, an empty name. "" = send it.
    static QString refusal(const Action &action, const NovaRegion &region, const QString &serverName);

Q_SIGNALS:
    void serverChanged(const welkin::Resource &server);
    void serverGone(const welkin::ResourceId &server);
    void done();

private:
    void poll();
    void rename();
    void explainUnchanged(const QString &status, const QString &fault);
    void finish(bool ok, const QString &error = {});

    NovaRegion *m_region;
    Action m_action;
    QPointer<Task> m_task;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    int m_deadlineMs;
    bool m_sawTask = false; // a task_state was seen since the request
    QString m_statusBefore;
    int m_unchangedPolls = 0; // polls that saw neither a task nor a new status
    QString m_requestId;
    bool m_finished = false;
};

} // namespace welkin::openstack
