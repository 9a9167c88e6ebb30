#pragma once

#include "CloudConfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace welkin::openstack {

struct CatalogEndpoint {
    QString interface; // "public", "internal", "admin"
    QString region;    // region_id (or region)
    QString url;
};

struct CatalogService {
    QString type; // "compute", "image", "identity", ...
    QString name;
    QList<CatalogEndpoint> endpoints;
};

// A scoped Keystone token and what came with it. Kept in memory only.
struct KeystoneToken {
    QByteArray value; // X-Subject-Token
    QDateTime issuedAt, expiresAt;
    QString userId, userName, projectId, projectName, projectDomainName;
    QStringList roles;
    QList<CatalogService> catalog;

    bool isAdmin() const { return roles.contains(QStringLiteral("admin")); }
    // The endpoint URL of `type` in `region` for `interface`; "" when the catalog has none.
    QString endpoint(const QString &type, const QString &region, const QString &interface) const;
    // Regions that have an endpoint of `type` for `interface`, in catalog order.
    QStringList regionsWith(const QString &type, const QString &interface) const;
};

// Keystone v3 wire format.
// ISO 8601 as OpenStack writes it ("…T18:35:08.000000Z", "…T18:35:08Z", "…T18:35:08+00:00").
QDateTime parseTimestamp(const QString &text);

namespace Keystone {

// POST /v3/auth/tokens body for a password or an application-credential login.
QByteArray authRequestBody(const CloudConfig &config);
// "<auth_url>/auth/tokens", whether or not the auth URL ends in /v3.
QUrl tokensUrl(const QString &authUrl);
// The token from a 201 response: the X-Subject-Token header and the body; nullopt + error.
std::optional<KeystoneToken> parseToken(const QByteArray &subjectToken, const QJsonObject &body, QString &error);

} // namespace Keystone

} // namespace welkin::openstack
