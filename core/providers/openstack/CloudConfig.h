#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace welkin::openstack {

// How to log in to one OpenStack cloud: a clouds.yaml entry or a connection profile's options.
// Secrets (password, application credential secret) live here in memory only.
struct CloudConfig {
    QString cloudName;       // clouds.yaml entry name; "" for a profile
    QString authUrl;         // "https://keystone.example.org:5000/v3"
    QString authType;        // "password" or "v3applicationcredential"
    QString username, userId, userDomainName, userDomainId;
    QString projectName, projectId, projectDomainName, projectDomainId;
    QString password;
    QString applicationCredentialId, applicationCredentialName, applicationCredentialSecret;
    QStringList regions;     // empty: every region of the catalog with a compute endpoint
    QString interface = QStringLiteral("public");
    bool verifyTls = true;
    QString caCertFile;

    bool usesApplicationCredential() const { return authType == QLatin1StringView("v3applicationcredential"); }
    bool hasSecret() const { return usesApplicationCredential() ? !applicationCredentialSecret.isEmpty() : !password.isEmpty(); }
    // What is missing to even try a login; "" when complete (the secret may still be asked for).
    QString incompleteReason() const;
};

// Profile options (authUrl, username, userDomainName, projectName, projectDomainName, regionName,
// applicationCredentialId, interface, ...) on top of an optional base (URI "openstack+https://…"
// gives the auth URL).
CloudConfig cloudConfigFromOptions(const QVariantMap &options, const QString &authUrl);

} // namespace welkin::openstack
