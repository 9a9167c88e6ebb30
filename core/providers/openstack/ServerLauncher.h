#pragma once

#include "model/Resource.h"
#include "providers/CloudLaunch.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace welkin {
class Task;
}

namespace welkin::openstack {

class NovaRegion;

// Creates servers with POST /servers and follows them until they run: GET /servers/{id} for one,
// /servers/detail?reservation_id= for several. Every answer goes to the inventory at once, so
// the tree shows BUILD -> ACTIVE; a server that goes to ERROR stays listed with its fault and the
// task fails with that fault. result(): the ResourceId strings of the servers Nova made.
class ServerLauncher : public QObject
{
    Q_OBJECT
public:
    ServerLauncher(NovaRegion *region, CloudLaunchSpec spec, Task *task, int followIntervalMs, int deadlineMs,
                   QObject *parent = nullptr);

    void start();
    // Ends the task now (connection closed).
    void abort(const QString &reason) { finish(reason); }

    // The POST /servers body for `spec` at `microversion`.
    static QByteArray requestBody(const CloudLaunchSpec &spec, const QString &microversion);
    // How far a server is in its build, 0..100, from its status and task_state.
    static int buildProgress(const QString &status, const QString &taskState);

Q_SIGNALS:
    void serverChanged(const welkin::Resource &server);
    void serverGone(const welkin::ResourceId &server);
    void done();

private:
    struct Seen {
        QString name;
        QString status;
        QString taskState;
        QString fault;
    };
    void follow();
    void take(const QList<QJsonObject> &servers);
    void scheduleFollow();
    void finish(const QString &error = {});
    QStringList resultIds() const;

    NovaRegion *m_region;
    CloudLaunchSpec m_spec;
    QPointer<Task> m_task;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    int m_followIntervalMs;
    int m_deadlineMs;
    QString m_serverId;      // count == 1
    QString m_reservationId; // count > 1
    QStringList m_order;     // server ids as first seen
    QHash<QString, Seen> m_seen;
    QString m_requestId;
    bool m_finished = false;
};

// Stores a public key as a Nova key pair (POST /os-keypairs); result(): the name. Nova's own
// words when it refuses (409 "Key pair 'x' already exists.", an invalid key).
class KeyPairImport : public QObject
{
    Q_OBJECT
public:
    KeyPairImport(NovaRegion *region, QString name, QString publicKey, Task *task, QObject *parent = nullptr);

    void start();
    void abort(const QString &reason) { finish(reason); }

Q_SIGNALS:
    void done();

private:
    void finish(const QString &error = {});

    NovaRegion *m_region;
    QString m_name;
    QString m_publicKey;
    QPointer<Task> m_task;
    bool m_finished = false;
};

} // namespace welkin::openstack
