#pragma once

#include "ResourceId.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace welkin {

// A server pool: the user's folder of connections (a datacenter, a rack, "production"), nested
// when parentId names another pool. Pools are tree levels above the connections; balancing and
// maintenance work within one pool. The balancing policy is kept as JSON (BalancePolicy reads it).
struct ServerPool {
    QString id;
    QString name;
    QString parentId;        // empty: a top-level pool
    QStringList providerIds; // the connections in this pool, in tree order
    QJsonObject balancePolicy;

    friend bool operator==(const ServerPool &, const ServerPool &) = default;

    // The tree node of pool `poolId` (pools are Welkin's own, so their "provider" is Welkin).
    static ResourceId nodeId(const QString &poolId);
    static const QString &nodeProviderId();
    // The pool's key among the metric groups (its hosts' aggregate): "pool:<id>".
    static QString metricsGroupId(const QString &poolId);
};

} // namespace welkin

Q_DECLARE_METATYPE(welkin::ServerPool)
