#include "SnapshotImageTask.h"

#include "NovaParser.h"
#include "NovaRegion.h"
#include "providers/Task.h"

#include <QUrlQuery>

namespace welkin::openstack {

using namespace Qt::StringLiterals;

namespace {
constexpr int maxPages = 10000; // a Glance that keeps sending new "next" links must not loop us forever
}

SnapshotImageTask::SnapshotImageTask(NovaRegion *region, QString serverId, QString imageId, Task *task,
                                     QObject *parent)
    : QObject(parent), m_region(region), m_serverId(std::move(serverId)), m_imageId(std::move(imageId)), m_task(task)
{
}

SnapshotImageTask *SnapshotImageTask::listing(NovaRegion *region, const QString &serverId, Task *task, QObject *parent)
{
    return new SnapshotImageTask(region, serverId, {}, task, parent);
}

SnapshotImageTask *SnapshotImageTask::deletion(NovaRegion *region, const QString &serverId, const QString &imageId,
                                               Task *task, QObject *parent)
{
    return new SnapshotImageTask(region, serverId, imageId, task, parent);
}

void SnapshotImageTask::start()
{
    if (m_task)
        m_task->setRunning();
    if (!m_imageId.isEmpty()) {
        deleteImage();
        return;
    }
    // Glance filters on any image property; Nova sets instance_uuid on the images it makes.
    QUrlQuery query;
    query.addQueryItem(u"instance_uuid"_s, m_serverId);
    fetchPage(query.toString(QUrl::FullyEncoded));
}

void SnapshotImageTask::fetchPage(const QString &query)
{
    m_queries.insert(query);
    m_region->image("GET", u"/v2/images?"_s + query, this, [this](const ApiResponse &response) {
        if (!response.ok()) {
            finish(false, response.error);
            return;
        }
        const QJsonObject page = response.json.object();
        if (!page.value(u"images"_s).isArray()) {
            finish(false, tr("The image list from Glance has no \"images\""));
            return;
        }
        QStringList problems;
        m_snapshots.append(Glance::serverSnapshotsOfPage(page, m_serverId, m_seen, problems));
        for (const QString &problem : std::as_const(problems))
            Q_EMIT skipped(problem);
        const QString next = Glance::nextPageQuery(page);
        if (!next.isEmpty() && !m_queries.contains(next) && m_queries.size() < maxPages) {
            fetchPage(next);
            return;
        }
        if (m_task)
            m_task->setResult(QVariant::fromValue(snapshotTreeOrder(m_snapshots)));
        finish(true);
    });
}

void SnapshotImageTask::deleteImage()
{
    const QString path = u"/v2/images/"_s + QString::fromLatin1(QUrl::toPercentEncoding(m_imageId));
    m_region->image("GET", path, this, [this, path](const ApiResponse &image) {
        if (!image.ok()) {
            finish(false, image.error);
            return;
        }
        // Never another image (a server's base image, say) under a snapshot's name.
        if (image.json.object().value(u"instance_uuid"_s).toString() != m_serverId) {
            finish(false, tr("Image %1 is not a snapshot of this server").arg(m_imageId));
            return;
        }
        m_region->image("DELETE", path, this, [this](const ApiResponse &deleted) {
            finish(deleted.ok(), deleted.error);
        });
    });
}

void SnapshotImageTask::finish(bool ok, const QString &error)
{
    if (m_task) {
        if (ok)
            m_task->succeed();
        else
            m_task->fail(error);
    }
    m_task.clear();
    Q_EMIT done();
}

} // namespace welkin::openstack
