#pragma once

#include "NovaMonitor.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace welkin::openstack {

class KeystoneSession;
class NovaRegion;

// Events from Nova's instance actions: the servers a poll reports as changed (an incremental poll's
// changes-since list; a later full poll's servers that differ from what was sent) get
// GET /servers/{id}/os-instance-actions, at most `instanceActionsPerCycle` (20) per poll and
// `instanceActionsConcurrency` (4) at a time, the rest on the next polls. Each action is told
// once, by its request id: "stop of web-01 by user admin (req-…)", Error when Nova says it failed.
// The first listing after a login asks for nothing; it only marks the time from which actions
// are news, so history is never replayed.
class InstanceActionsReader : public QObject
{
    Q_OBJECT
public:
    InstanceActionsReader(const Provider *provider, NovaMonitor::Lookup lookup, QObject *parent = nullptr);

    // The regions and login of a new connection; empty / null when it closes.
    void setRegions(const QList<NovaRegion *> &regions, const KeystoneSession *session);
    // After a poll of every region, before its delta is applied (the lookup still knows the
    // servers it removes).
    void pollFinished(bool full);

    int requests() const { return m_requests; }
    qint64 busyNs() const { return m_busyNs; }
    int queued() const { return int(m_queue.size()); }

Q_SIGNALS:
    void eventOccurred(const welkin::ProviderEvent &event);

private:
    struct Job {
        QPointer<NovaRegion> region;
        QString serverId;
        QString name;
        bool gone = false; // deleted: nothing to remember afterwards
    };
    int option(const char *name, int fallback) const;
    void enqueue(NovaRegion *region, const QString &serverId, const QString &name, bool gone);
    void launch();
    void read(const Job &job, const QJsonObject &doc);
    QString userName(const QString &userId) const;

    const Provider *m_provider;
    NovaMonitor::Lookup m_lookup;
    const KeystoneSession *m_session = nullptr;
    QList<QPointer<NovaRegion>> m_regions;
    QHash<QString, QDateTime> m_since;     // region name -> actions from then on are news
    QHash<QString, QStringList> m_known;   // server id -> request ids told or too old (capped)
    QList<Job> m_queue;
    QSet<QString> m_queuedIds;
    int m_budget = 0;
    int m_inFlight = 0;
    int m_requests = 0;
    qint64 m_busyNs = 0;
    quint64 m_generation = 0;
};

} // namespace welkin::openstack
