#include "KeystoneToken.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace welkin::openstack {

using namespace Qt::StringLiterals;

QString KeystoneToken::endpoint(const QString &type, const QString &region, const QString &interface) const
{
    for (const CatalogService &service : catalog) {
        if (service.type != type)
            continue;
        for (const CatalogEndpoint &e : service.endpoints) {
            if (e.interface == interface && (region.isEmpty() || e.region == region))
                return e.url;
        }
    }
    return {};
}

QStringList KeystoneToken::regionsWith(const QString &type, const QString &interface) const
{
    QStringList regions;
    for (const CatalogService &service : catalog) {
        if (service.type != type)
            continue;
        for (const CatalogEndpoint &e : service.endpoints) {
            if (e.interface == interface && !regions.contains(e.region))
                regions.append(e.region);
        }
    }
    return regions;
}

QDateTime parseTimestamp(const QString &text)
{
    QString t = text.trimmed();
    // Qt wants at most milliseconds; Keystone sends microseconds.
    const qsizetype dot = t.indexOf(u'.');
    if (dot > 0) {
        qsizetype end = dot + 1;
        while (end < t.size() && t.at(end).isDigit())
            ++end;
        t = t.left(std::min(end, dot + 4)) + t.mid(end);
    }
    if (!t.isEmpty() && !t.endsWith(u'Z') && t.lastIndexOf(u'+') < 11 && t.lastIndexOf(u'-') < 11)
        t += u'Z'; // no zone: OpenStack means UTC
    QDateTime when = QDateTime::fromString(t, Qt::ISODateWithMs);
    return when.isValid() ? when.toUTC() : when;
}

namespace Keystone {

namespace {
QJsonObject domainOf(const QString &id, const QString &name)
{
    if (!id.isEmpty())
        return {{u"id"_s, id}};
    return {{u"name"_s, name.isEmpty() ? u"Default"_s : name}};
}
} // namespace

QByteArray authRequestBody(const CloudConfig &c)
{
    QJsonObject identity;
    QJsonObject auth;
    if (c.usesApplicationCredential()) {
        QJsonObject credential{{u"secret"_s, c.applicationCredentialSecret}};
        if (!c.applicationCredentialId.isEmpty()) {
            credential.insert(u"id"_s, c.applicationCredentialId);
        } else {
            credential.insert(u"name"_s, c.applicationCredentialName);
            QJsonObject user = c.userId.isEmpty()
                ? QJsonObject{{u"name"_s, c.username}, {u"domain"_s, domainOf(c.userDomainId, c.userDomainName)}}
                : QJsonObject{{u"id"_s, c.userId}};
            credential.insert(u"user"_s, user);
        }
        identity = {{u"methods"_s, QJsonArray{u"application_credential"_s}}, {u"application_credential"_s, credential}};
        auth.insert(u"identity"_s, identity); // the credential implies its project
    } else {
        QJsonObject user{{u"password"_s, c.password}};
        if (!c.userId.isEmpty()) {
            user.insert(u"id"_s, c.userId);
        } else {
            user.insert(u"name"_s, c.username);
            user.insert(u"domain"_s, domainOf(c.userDomainId, c.userDomainName));
        }
        identity = {{u"methods"_s, QJsonArray{u"password"_s}}, {u"password"_s, QJsonObject{{u"user"_s, user}}}};
        auth.insert(u"identity"_s, identity);
        if (!c.projectId.isEmpty()) {
            auth.insert(u"scope"_s, QJsonObject{{u"project"_s, QJsonObject{{u"id"_s, c.projectId}}}});
        } else if (!c.projectName.isEmpty()) {
            auth.insert(u"scope"_s, QJsonObject{{u"project"_s, QJsonObject{
                {u"name"_s, c.projectName}, {u"domain"_s, domainOf(c.projectDomainId, c.projectDomainName)}}}});
        }
    }
    return QJsonDocument(QJsonObject{{u"auth"_s, auth}}).toJson(QJsonDocument::Compact);
}

QUrl tokensUrl(const QString &authUrl)
{
    QString base = authUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    if (!base.endsWith(u"/v3"_s))
        base += u"/v3"_s;
    return QUrl(base + u"/auth/tokens"_s);
}

std::optional<KeystoneToken> parseToken(const QByteArray &subjectToken, const QJsonObject &body, QString &error)
{
    const QJsonObject token = body.value(u"token"_s).toObject();
    if (subjectToken.isEmpty() || token.isEmpty()) {
        error = QCoreApplication::translate("OpenStack", "Keystone answered without a token");
        return std::nullopt;
    }
    KeystoneToken t;
    t.value = subjectToken;
    t.issuedAt = parseTimestamp(token.value(u"issued_at"_s).toString());
    t.expiresAt = parseTimestamp(token.value(u"expires_at"_s).toString());
    if (!t.expiresAt.isValid()) {
        error = QCoreApplication::translate("OpenStack", "Keystone's token has no valid expires_at");
        return std::nullopt;
    }
    const QJsonObject user = token.value(u"user"_s).toObject();
    t.userId = user.value(u"id"_s).toString();
    t.userName = user.value(u"name"_s).toString();
    const QJsonObject project = token.value(u"project"_s).toObject();
    t.projectId = project.value(u"id"_s).toString();
    t.projectName = project.value(u"name"_s).toString();
    t.projectDomainName = project.value(u"domain"_s).toObject().value(u"name"_s).toString();
    for (const QJsonValue &role : token.value(u"roles"_s).toArray())
        t.roles.append(role.toObject().value(u"name"_s).toString());
    for (const QJsonValue &entry : token.value(u"catalog"_s).toArray()) {
        const QJsonObject s = entry.toObject();
        CatalogService service{s.value(u"type"_s).toString(), s.value(u"name"_s).toString(), {}};
        for (const QJsonValue &ep : s.value(u"endpoints"_s).toArray()) {
            const QJsonObject e = ep.toObject();
            QString region = e.value(u"region_id"_s).toString();
            if (region.isEmpty())
                region = e.value(u"region"_s).toString();
            service.endpoints.append({e.value(u"interface"_s).toString(), region, e.value(u"url"_s).toString()});
        }
        t.catalog.append(service);
    }
    if (t.projectId.isEmpty()) {
        error = QCoreApplication::translate("OpenStack", "The token is not scoped to a project: give a project name or id");
        return std::nullopt;
    }
    return t;
}

} // namespace Keystone

} // namespace welkin::openstack
