#include "ProfileExchange.h"

#include "ProfileStore.h"
#include "providers/ConnectionUri.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 maxFileSize = 16 * 1024 * 1024; // an export of thousands of profiles is < 1 MB
constexpr int gsettingsTimeoutMs = 10000;
const QString formatName = u"welkin-connections"_s;

QString tr(const char *text) { return QCoreApplication::translate("welkin::ProfileExchange", text); }

} // namespace

namespace profileexchange {

QByteArray toJson(const QList<ConnectionProfile> &profiles)
{
    QJsonArray connections;
    for (const ConnectionProfile &raw : profiles) {
        const ConnectionProfile profile = ProfileStore::withoutSecrets(raw);
        connections.append(QJsonObject{{u"id"_s, profile.id},
                                       {u"kind"_s, profile.kind},
                                       {u"displayName"_s, profile.displayName},
                                       {u"uri"_s, profile.uri},
                                       {u"options"_s, QJsonObject::fromVariantMap(profile.options)}});
    }
    return QJsonDocument(QJsonObject{{u"format"_s, formatName}, {u"version"_s, 1}, {u"connections"_s, connections}})
        .toJson(QJsonDocument::Indented);
}

bool fromJson(const QByteArray &json, QList<ConnectionProfile> *profiles, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = document.object();
    if (root.value(u"format"_s).toString() != formatName) {
        *error = tr("not a Welkin connections file (\"format\" is not \"%1\")").arg(formatName);
        return false;
    }
    if (root.value(u"version"_s).toInt() != 1) {
        *error = tr("unsupported version %1 of the connections file").arg(root.value(u"version"_s).toVariant().toString());
        return false;
    }
    if (!root.value(u"connections"_s).isArray()) {
        *error = tr("\"connections\" is missing or not a list");
        return false;
    }
    QList<ConnectionProfile> result;
    const QJsonArray connections = root.value(u"connections"_s).toArray();
    for (qsizetype i = 0; i < connections.size(); ++i) {
        const QJsonObject object = connections.at(i).toObject();
        ConnectionProfile profile;
        profile.id = object.value(u"id"_s).toString();
        profile.kind = object.value(u"kind"_s).toString();
        profile.displayName = object.value(u"displayName"_s).toString();
        profile.uri = object.value(u"uri"_s).toString();
        profile.options = object.value(u"options"_s).toObject().toVariantMap();
        if (profile.uri.isEmpty()) {
            *error = tr("connection %1 has no \"uri\"").arg(i + 1);
            return false;
        }
        if (profile.id.isEmpty())
            profile.id = profile.uri;
        if (profile.kind.isEmpty())
            profile.kind = providerKindForUri(profile.uri);
        if (profile.displayName.isEmpty())
            profile.displayName = profile.uri;
        result.append(ProfileStore::withoutSecrets(profile));
    }
    *profiles = result;
    return true;
}

bool exportToFile(const QString &path, const QList<ConnectionProfile> &profiles, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson(profiles)) < 0 || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool importFromFile(const QString &path, QList<ConnectionProfile> *profiles, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > maxFileSize) {
        *error = tr("%1 is too large for a connections file (%2 bytes)").arg(path).arg(file.size());
        return false;
    }
    if (!fromJson(file.readAll(), profiles, error)) {
        *error = path + u": "_s + *error;
        return false;
    }
    return true;
}

bool parseGVariantStringList(const QString &text, QStringList *values, QString *error)
{
    QString rest = text.trimmed();
    if (rest.startsWith(u"@as"_s))
        rest = rest.mid(3).trimmed();
    if (!rest.startsWith(u'[') || !rest.endsWith(u']')) {
        *error = tr("expected a list of strings, got \"%1\"").arg(text.left(80));
        return false;
    }
    QStringList result;
    qsizetype i = 1;
    const qsizetype end = rest.size() - 1;
    auto skipSpace = [&] {
        while (i < end && rest.at(i).isSpace())
            ++i;
    };
    skipSpace();
    while (i < end) {
        const QChar quote = rest.at(i);
        if (quote != u'\'' && quote != u'"') {
            *error = tr("expected a quoted string at position %1 of \"%2\"").arg(i).arg(text.left(80));
            return false;
        }
        QString value;
        for (++i; i < end && rest.at(i) != quote; ++i) {
            if (rest.at(i) == u'\\' && i + 1 < end)
                ++i; // GVariant escapes: \' \" \\ (the URIs need nothing else)
            value.append(rest.at(i));
        }
        if (i >= end) {
            *error = tr("unterminated string in \"%1\"").arg(text.left(80));
            return false;
        }
        ++i; // closing quote
        result.append(value);
        skipSpace();
        if (i < end && rest.at(i) == u',') {
            ++i;
            skipSpace();
        } else if (i < end) {
            *error = tr("expected ',' at position %1 of \"%2\"").arg(i).arg(text.left(80));
            return false;
        }
    }
    *values = result;
    return true;
}

} // namespace profileexchange

VirtManagerImport::VirtManagerImport(QObject *parent) : QObject(parent)
{
    connect(&m_process, &QProcess::finished, this, &VirtManagerImport::processFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            Q_EMIT finished({}, tr("cannot run gsettings: %1").arg(m_process.errorString()));
    });
}

bool VirtManagerImport::isAvailable() { return !QStandardPaths::findExecutable(u"gsettings"_s).isEmpty(); }

void VirtManagerImport::start()
{
    if (!isAvailable()) {
        QTimer::singleShot(0, this, [this] {
            Q_EMIT finished({}, tr("gsettings is not installed, so virt-manager's connections cannot be read"));
        });
        return;
    }
    // A hung D-Bus/dconf must not leave the import waiting forever.
    QTimer::singleShot(gsettingsTimeoutMs, &m_process, [this] {
        if (m_process.state() != QProcess::NotRunning)
            m_process.kill();
    });
    m_process.start(u"gsettings"_s, {u"get"_s, u"org.virt-manager.virt-manager.connections"_s, u"uris"_s});
}

void VirtManagerImport::processFinished(int exitCode, QProcess::ExitStatus status)
{
    const QString output = QString::fromUtf8(m_process.readAllStandardOutput());
    if (status != QProcess::NormalExit || exitCode != 0) {
        const QString detail = QString::fromUtf8(m_process.readAllStandardError()).trimmed();
        Q_EMIT finished({}, tr("virt-manager's connections could not be read (is virt-manager installed?): %1")
                                .arg(detail.isEmpty() ? tr("gsettings did not finish") : detail));
        return;
    }
    QStringList uris;
    QString error;
    if (!profileexchange::parseGVariantStringList(output, &uris, &error)) {
        Q_EMIT finished({}, tr("cannot understand virt-manager's connection list: %1").arg(error));
        return;
    }
    QList<ConnectionProfile> profiles;
    for (const QString &uri : std::as_const(uris)) {
        ConnectionProfile profile;
        profile.id = uri;
        profile.kind = u"libvirt"_s;
        profile.uri = uri;
        const QString host = QUrl(uri).host();
        profile.displayName = host.isEmpty() ? uri : host;
        profiles.append(profile);
    }
    Q_EMIT finished(profiles, {});
}

} // namespace welkin
