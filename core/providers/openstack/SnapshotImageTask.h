#pragma once

#include "model/VmSnapshot.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace welkin {
class Task;
}

namespace welkin::openstack {

class NovaRegion;

// A server's snapshots are the Glance images Nova's createImage made of it (their property
// "instance_uuid" names the server). Lists them or deletes one on the region's Glance and ends
// the Task, with Glance's own text on failure.
class SnapshotImageTask : public QObject
{
    Q_OBJECT
public:
    // Every page of GET /v2/images?instance_uuid=…; the task's result is the QList<VmSnapshot>
    // in snapshotTreeOrder.
    static SnapshotImageTask *listing(NovaRegion *region, const QString &serverId, Task *task, QObject *parent);
    // DELETE /v2/images/{imageId}, after GET has shown that the image was made of the server.
    static SnapshotImageTask *deletion(NovaRegion *region, const QString &serverId, const QString &imageId,
                                       Task *task, QObject *parent);

    void start();
    // Ends the task now (connection closed).
    void abort(const QString &reason) { finish(false, reason); }

Q_SIGNALS:
    // An image the listing left out, with the reason.
    void skipped(const QString &problem);
    void done();

private:
    SnapshotImageTask(NovaRegion *region, QString serverId, QString imageId, Task *task, QObject *parent);
    void fetchPage(const QString &query);
    void deleteImage();
    void finish(bool ok, const QString &error = {});

    NovaRegion *m_region;
    QString m_serverId;
    QString m_imageId; // "" for a listing
    QPointer<Task> m_task;
    QList<VmSnapshot> m_snapshots;
    QSet<QString> m_seen; // image ids: one listed on two pages (Glance paged while it changed) counts once
    QSet<QString> m_queries; // pages asked for: a "next" link seen before ends the listing
};

} // namespace welkin::openstack
