#include "ProfileStore.h"

#include "DatabaseWriter.h"
#include "SecretStore.h"
#include "ById.h"
#include "SqlExec.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrl>

namespace welkin {

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

using namespace Qt::StringLiterals;

ProfileStore::ProfileStore(DatabaseWriter *writer, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_writer(writer), m_secrets(secrets)
{
}

bool ProfileStore::looksSecret(const QString &optionKey)
{
    const QString key = optionKey.toLower();
    return key.contains(u"password"_s) || key.contains(u"secret"_s) || key.contains(u"token"_s)
           || key.contains(u"passphrase"_s);
}

ConnectionProfile ProfileStore::withoutSecrets(const ConnectionProfile &profile)
{
    ConnectionProfile clean = profile;
    for (auto it = clean.options.begin(); it != clean.options.end();) {
        if (looksSecret(it.key())) {
            qCWarning(lcStorage, "connection %s: option \"%s\" looks secret and is not stored",
                      qPrintable(profile.id), qPrintable(it.key()));
            it = clean.options.erase(it);
        } else {
            ++it;
        }
    }
    QUrl url(clean.uri);
    if (url.isValid() && !url.password().isEmpty()) {
        qCWarning(lcStorage, "connection %s: the password in the URI is not stored", qPrintable(profile.id));
        url.setPassword({});
        clean.uri = url.toString();
    }
    return clean;
}

void ProfileStore::load(QSqlDatabase &db)
{
    m_profiles.clear();
    QString error;
    QSqlQuery query = sql::select(
        db, u"SELECT id, kind, display_name, uri, options FROM profiles ORDER BY position, rowid"_s, {}, &error);
    while (query.next()) {
        ConnectionProfile profile;
        profile.id = query.value(0).toString();
        profile.kind = query.value(1).toString();
        profile.displayName = query.value(2).toString();
        profile.uri = query.value(3).toString();
        profile.options = QJsonDocument::fromJson(query.value(4).toByteArray()).object().toVariantMap();
        m_profiles.append(profile);
    }
    if (!error.isEmpty())
        qCWarning(lcStorage, "cannot read the connection profiles: %s", qPrintable(error));
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &id) const { return byid::find(m_profiles, id); }

void ProfileStore::save(const ConnectionProfile &profile)
{
    if (profile.id.isEmpty()) {
        qCWarning(lcStorage, "a connection profile without an id is not saved");
        return;
    }
    const ConnectionProfile clean = withoutSecrets(profile);
    const qsizetype position = byid::upsert(m_profiles, clean);
    if (m_writer) {
        const QByteArray options = QJsonDocument(QJsonObject::fromVariantMap(clean.options)).toJson(QJsonDocument::Compact);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_writer->enqueue([clean, options, position, now](QSqlDatabase &db, QString *error) {
            return sql::exec(db,
                             u"INSERT INTO profiles (id, kind, display_name, uri, options, position, updated_ms)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET kind = excluded.kind,"
                             " display_name = excluded.display_name, uri = excluded.uri, options = excluded.options,"
                             " position = excluded.position, updated_ms = excluded.updated_ms"_s,
                             {clean.id, clean.kind, clean.displayName, clean.uri, QString::fromUtf8(options),
                              position, now},
                             error);
        });
    }
    Q_EMIT profilesChanged();
}

void ProfileStore::remove(const QString &id)
{
    const qsizetype index = byid::indexOf(m_profiles, id);
    if (index >= 0)
        m_profiles.removeAt(index);
    if (m_secrets)
        m_secrets->removeAll(id);
    if (m_writer) {
        m_writer->enqueue([id](QSqlDatabase &db, QString *error) {
            return sql::exec(db, u"DELETE FROM profiles WHERE id = ?"_s, {id}, error);
        });
    }
    Q_EMIT profileRemoved(id);
    if (index >= 0)
        Q_EMIT profilesChanged();
}

} // namespace welkin
