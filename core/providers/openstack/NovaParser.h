#pragma once

#include "model/Resource.h"
#include "model/VmSnapshot.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace welkin::openstack {

// Nova's (and Glance's) wire format -> Welkin's model. Pure functions, no I/O.
namespace Nova {

// The microversion Welkin asks for when the server offers it: full server fields, embedded
// flavors (2.47), "networks": "none" (2.37), and hypervisor resource fields (gone in 2.88).
inline constexpr const char *preferredMicroversion = "2.79";

struct VersionRange {
    QString minVersion; // "2.1"
    QString maxVersion; // "2.93"; "" when the server has no microversions
};

// GET on the compute root or version URL: {"version": {...}} or {"versions": [...]}.
std::optional<VersionRange> parseVersionDocument(const QJsonObject &doc, QString &error);
// -1, 0, 1 like strcmp, for "2.9" < "2.10".
int compareMicroversions(const QString &a, const QString &b);
// The version to send: `preferred` when in range, else the server's maximum; "" = none.
QString negotiateMicroversion(const VersionRange &range, const QString &preferred);

struct Flavor {
    QString id, name;
    int vcpus = 0;
    qint64 ramMiB = 0;
    qint64 diskGiB = 0;
};
QHash<QString, Flavor> parseFlavors(const QJsonObject &doc);

// Everything serverToResource() needs besides the server itself.
struct ServerContext {
    QString providerId;
    ResourceId parent;                          // the project node
    const QHash<QString, Flavor> *flavors = nullptr;   // by id (microversions < 2.47)
    const QHash<QString, QString> *imageNames = nullptr; // Glance image id -> name
};

// The object's "id" as Welkin keys it (string or integer); "" when it has no usable one.
QString idOf(const QJsonObject &object);
// The servers of one /servers/detail page that have a usable id and are not in `seen` yet (Nova
// repeats servers still in its build queue on later pages); the ids taken go into `seen`. Each
// server without a usable id is left out with a message in `skipped`, never merged with another.
QList<QJsonObject> newServersOfPage(const QJsonObject &page, QSet<QString> &seen, QStringList &skipped);

PowerState powerStateFor(const QString &status, const QString &taskState);
bool isDeletedStatus(const QString &status); // DELETED, SOFT_DELETED (changes-since lists them)
Resource serverToResource(const QJsonObject &server, const ServerContext &context);
QString imageIdOf(const QJsonObject &server); // "" when booted from a volume

// GET /limits -> labelled figures for the project node ("Instances": "3 of 10").
QMap<QString, QString> limitsDetails(const QJsonObject &doc);

// One /os-hypervisors/detail entry as a Host under the region node.
Resource hypervisorToResource(const QJsonObject &hypervisor, const QString &providerId, const ResourceId &region);
// Every hypervisor of a /os-hypervisors/detail answer; those without a usable id go to `skipped`.
QList<Resource> hypervisorsToResources(const QJsonObject &doc, const QString &providerId, const ResourceId &region,
                                       QStringList &skipped);

} // namespace Nova

// Glance v2 images as a server's snapshots (the images Nova's createImage made of it).
namespace Glance {

// One image as a snapshot: id, name, created_at, status as Glance gives it (ready when "active"),
// size in bytes (null while it is queued or saving), the "description" property Welkin puts into
// createImage's metadata. Flat: no parent; disks only, no memory.
VmSnapshot imageToSnapshot(const QJsonObject &image);
// The images of one GET /v2/images page made of server `serverId` (their "instance_uuid") and not
// in `seen` yet; the ids taken go into `seen`. Images of other servers are left out whatever the
// query asked for; one of the server's images without a usable id is left out with a message in
// `skipped`.
QList<VmSnapshot> serverSnapshotsOfPage(const QJsonObject &page, const QString &serverId, QSet<QString> &seen,
                                        QStringList &skipped);
// The query of the page's "next" link ("marker=…&…"), "" on the last page. Only the query:
// Glance writes the link from its own root ("/v2/images?…"), which may sit below the catalog URL.
QString nextPageQuery(const QJsonObject &page);

} // namespace Glance

} // namespace welkin::openstack
