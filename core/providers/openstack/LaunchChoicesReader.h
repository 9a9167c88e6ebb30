#pragma once

#include "NovaParser.h"
#include "providers/CloudLaunch.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace welkin {
class Task;
}

namespace welkin::openstack {

class NovaRegion;

// What Nova, Glance and Neutron answer about a new server's choices -> CloudOptions. Pure
// functions, no I/O; every field may be missing or of another type.
namespace Launch {

// "2 vCPUs · 4 GiB RAM · 20 GiB disk" ("disk sized to the image" for a 0 GiB flavor).
QString sizeDetail(int vcpus, qint64 ramMiB, qint64 diskGiB);
// The flavors, smallest first (vCPUs, RAM, disk, then name).
QList<CloudOption> sizes(const QHash<QString, Nova::Flavor> &flavors);
// The active images of one GET /v2/images page (Glance); detail = size.
QList<CloudOption> images(const QJsonObject &page);
// GET /v2.0/networks (Neutron): the project's own networks and the shared ones; detail = "shared",
// "external" or empty. Admins get every project's networks: the others are left out.
QList<CloudOption> networks(const QJsonObject &doc, const QString &projectId);
// GET /os-keypairs (Nova); id = name, detail = type and fingerprint.
QList<CloudOption> keyPairs(const QJsonObject &doc);
// GET /v2.0/security-groups (Neutron); id = the group's id (Nova takes it where it takes a name),
// "default" preselected.
QList<CloudOption> securityGroups(const QJsonObject &doc);
// GET /limits -> what is left: "instances", "cores", "ramMiB"; unlimited ones are left out.
QMap<QString, qint64> quotaLeft(const QJsonObject &limits);
// Servers one request may create: what the instance quota leaves, 1..10.
int maxCount(const QMap<QString, qint64> &quotaLeft);

} // namespace Launch

// Reads what one region offers a new server: flavors (cached at login), Glance images, Neutron
// networks and security groups, key pairs and what the quota leaves, all requests at once. A list
// that could not be read stays empty with the service's message in CloudLaunchChoices::problems.
// Ends the task with QVariant::fromValue(CloudLaunchChoices).
class LaunchChoicesReader : public QObject
{
    Q_OBJECT
public:
    LaunchChoicesReader(NovaRegion *region, QList<CloudOption> locations, Task *task, QObject *parent = nullptr);

    void start();
    // Ends the task now (connection closed).
    void abort(const QString &reason);

Q_SIGNALS:
    void done();

private:
    void readImages(const QString &query, int page);
    void settle(); // one request answered
    void finish();

    NovaRegion *m_region;
    QPointer<Task> m_task;
    CloudLaunchChoices m_choices;
    int m_pending = 0;
    bool m_finished = false;
};

} // namespace welkin::openstack
