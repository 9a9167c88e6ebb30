#pragma once

#include "model/ResourceId.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace welkin {

// One thing a cloud offers a new server: a region or zone, a flavor or service offering, an
// image or template, a network, a key pair, a security group.
struct CloudOption {
    QString id;       // what the API takes (Nova flavor id, CloudStack uuid, key pair name, ...)
    QString name;
    QString detail;   // "2 vCPUs · 4 GiB RAM · 20 GiB disk", "ubuntu 22.04 · 2.1 GiB"
    int vcpus = 0;    // sizes only, 0 when unknown
    qint64 memoryMiB = 0;
    qint64 diskGiB = 0;
    bool preselected = false; // the cloud's default (CloudStack default network, Nova "default" group)
};

// What a cloud offers at one location (OpenStack region, CloudStack zone), read before a
// server is created or resized. Lists the cloud could not read are empty, with the reason in
// `problems` (e.g. "Security groups: 403 …"), so the form shows it beside the field.
struct CloudLaunchChoices {
    QList<CloudOption> locations; // every location of the cloud; `location` is the one read
    QString location;
    QList<CloudOption> sizes;
    QList<CloudOption> images;
    QList<CloudOption> networks;
    QList<CloudOption> keyPairs;
    QList<CloudOption> securityGroups;
    bool hasSecurityGroups = false; // the form shows the field
    bool networksRequired = false;  // false: "no network" is a valid choice (Nova >= 2.37)
    int maxCount = 1;               // servers one request may create
    // Remaining quota by what it counts ("instances" -> 8, "cores" -> 20, "ramMiB" -> 51200);
    // missing when the cloud does not say.
    QMap<QString, qint64> quotaLeft;
    QMap<QString, QString> problems; // field ("networks", "keyPairs", ...) -> why it is empty
};

// A server to create on a cloud (one wizard for every provider; each cloud reads what it knows).
struct CloudLaunchSpec {
    QString location;
    QString name;
    QString sizeId;
    QString imageId;
    QStringList networkIds;    // empty: no network where the cloud allows it, else its default
    QString keyPair;           // name (Nova) or name (CloudStack); empty: none
    QStringList securityGroups;
    QByteArray userData;       // cloud-init as the user wrote it; the provider encodes it
    int count = 1;
};

// Checks a spec against the choices it was made from; empty when it may be sent.
QString cloudLaunchProblem(const CloudLaunchSpec &spec, const CloudLaunchChoices &choices);

} // namespace welkin

Q_DECLARE_METATYPE(welkin::CloudLaunchChoices)
