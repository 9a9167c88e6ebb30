#include "CloudsYaml.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QVariantList>

#include <yaml-cpp/yaml.h>

namespace welkin::openstack {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OpenStack", text);
}

constexpr qint64 maxFileBytes = 4 * 1024 * 1024;

// Aliases let a document contain itself or expand exponentially ("billion laughs"): past these
// limits the file is refused like malformed YAML.
constexpr int maxDepth = 64;
constexpr int maxNodes = 20000;

QVariant toVariant(const YAML::Node &node, int depth, int &nodes)
{
    if (depth > maxDepth || ++nodes > maxNodes)
        throw YAML::Exception(node.Mark(), "nested too deeply or too many aliases");
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        QVariantMap map;
        for (const auto &entry : node) {
            const QString key = QString::fromStdString(entry.first.as<std::string>());
            // yaml-cpp keeps both entries; lookups would see the first, a map the last. A file
            // whose meaning depends on that is refused, never read two ways.
            if (map.contains(key))
                throw YAML::Exception(entry.first.Mark(), "duplicate key \"" + entry.first.Scalar() + '"');
            map.insert(key, toVariant(entry.second, depth + 1, nodes));
        }
        return map;
    }
    case YAML::NodeType::Sequence: {
        QVariantList list;
        for (const auto &item : node)
            list.append(toVariant(item, depth + 1, nodes));
        return list;
    }
    case YAML::NodeType::Scalar: return QString::fromStdString(node.Scalar());
    default: return {};
    }
}

// secure.yaml values win, maps merge recursively (as openstacksdk's merge_clouds does).
QVariantMap merged(QVariantMap base, const QVariantMap &over)
{
    for (auto it = over.cbegin(); it != over.cend(); ++it) {
        if (it.value().typeId() == QMetaType::QVariantMap && base.value(it.key()).typeId() == QMetaType::QVariantMap)
            base.insert(it.key(), merged(base.value(it.key()).toMap(), it.value().toMap()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

struct YamlDocument {
    YAML::Node root;   // keeps the file's key order
    QVariantMap values;
};

// nullopt + error on malformed YAML.
std::optional<YamlDocument> parseYaml(const QByteArray &text, const QString &file, QString &error)
{
    if (text.trimmed().isEmpty())
        return YamlDocument{};
    try {
        YamlDocument document{YAML::Load(text.toStdString()), {}};
        if (!document.root.IsMap() && !document.root.IsNull()) {
            error = tr("%1: expected a mapping with a \"clouds\" key").arg(file);
            return std::nullopt;
        }
        int nodes = 0;
        document.values = toVariant(document.root, 0, nodes).toMap();
        return document;
    } catch (const YAML::Exception &e) {
        error = tr("%1: malformed YAML at line %2, column %3: %4")
                    .arg(file).arg(e.mark.line + 1).arg(e.mark.column + 1).arg(QString::fromStdString(e.msg));
        return std::nullopt;
    }
}

QString firstExisting(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (QFileInfo(path).isFile())
            return path;
    }
    return {};
}

bool readFile(const QString &path, QByteArray &out, QString &error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > maxFileBytes) {
        error = tr("%1 is too large for a clouds.yaml (%2 bytes)").arg(path).arg(file.size());
        return false;
    }
    out = file.readAll();
    return true;
}

bool isFalse(const QVariant &value)
{
    const QString text = value.toString().toLower();
    return text == u"false"_s || text == u"no"_s || text == u"0"_s || text == u"off"_s;
}

CloudConfig configFrom(const QVariantMap &cloud, const QString &name)
{
    const QVariantMap auth = cloud.value(u"auth"_s).toMap();
    auto get = [&](const QString &key) { return auth.value(key).toString(); };
    CloudConfig c;
    c.cloudName = name;
    c.authUrl = get(u"auth_url"_s);
    c.authType = cloud.value(u"auth_type"_s, u"password"_s).toString();
    if (c.authType == u"v3password"_s || c.authType.isEmpty())
        c.authType = u"password"_s;
    if (c.authType == u"application_credential"_s || c.authType == u"v3applicationcredential"_s
        || (!get(u"application_credential_id"_s).isEmpty() && get(u"password"_s).isEmpty()))
        c.authType = u"v3applicationcredential"_s;
    c.username = get(u"username"_s);
    c.userId = get(u"user_id"_s);
    c.password = get(u"password"_s);
    c.projectName = get(u"project_name"_s).isEmpty() ? get(u"tenant_name"_s) : get(u"project_name"_s);
    c.projectId = get(u"project_id"_s).isEmpty() ? get(u"tenant_id"_s) : get(u"project_id"_s);
    const QString domainName = get(u"domain_name"_s);
    const QString domainId = get(u"domain_id"_s);
    c.userDomainName = get(u"user_domain_name"_s).isEmpty() ? domainName : get(u"user_domain_name"_s);
    c.userDomainId = get(u"user_domain_id"_s).isEmpty() ? domainId : get(u"user_domain_id"_s);
    c.projectDomainName = get(u"project_domain_name"_s).isEmpty() ? domainName : get(u"project_domain_name"_s);
    c.projectDomainId = get(u"project_domain_id"_s).isEmpty() ? domainId : get(u"project_domain_id"_s);
    c.applicationCredentialId = get(u"application_credential_id"_s);
    c.applicationCredentialName = get(u"application_credential_name"_s);
    c.applicationCredentialSecret = get(u"application_credential_secret"_s);
    const QString region = cloud.value(u"region_name"_s).toString();
    if (!region.isEmpty())
        c.regions.append(region);
    for (const QVariant &entry : cloud.value(u"regions"_s).toList()) {
        const QString regionName = entry.typeId() == QMetaType::QVariantMap ? entry.toMap().value(u"name"_s).toString()
                                                                           : entry.toString();
        if (!regionName.isEmpty() && !c.regions.contains(regionName))
            c.regions.append(regionName);
    }
    const QString iface = cloud.value(u"interface"_s, cloud.value(u"endpoint_type"_s)).toString();
    if (!iface.isEmpty())
        c.interface = iface.endsWith(u"URL"_s) ? iface.chopped(3) : iface; // "publicURL" (v2 style)
    c.verifyTls = !isFalse(cloud.value(u"verify"_s, u"true"_s));
    c.caCertFile = cloud.value(u"cacert"_s).toString();
    return c;
}

} // namespace

QStringList CloudsYaml::searchPaths(const QString &fileName)
{
    QStringList paths;
    const QString envName = fileName == u"secure.yaml"_s ? u"OS_CLIENT_SECURE_FILE"_s : u"OS_CLIENT_CONFIG_FILE"_s;
    const QString env = qEnvironmentVariable(envName.toLatin1().constData());
    if (!env.isEmpty())
        paths.append(env);
    paths.append(QDir::current().filePath(fileName));
    QString configHome = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (configHome.isEmpty())
        configHome = QDir::homePath() + u"/.config"_s;
    paths.append(configHome + u"/openstack/"_s + fileName);
    paths.append(u"/etc/openstack/"_s + fileName);
    return paths;
}

CloudsYaml::Result CloudsYaml::parse(const QByteArray &clouds, const QByteArray &secure, const QString &cloudName,
                                     const QString &sourceFile)
{
    Result result;
    result.sourceFile = sourceFile;
    const QString file = sourceFile.isEmpty() ? u"clouds.yaml"_s : sourceFile;
    const auto main = parseYaml(clouds, file, result.error);
    if (!main)
        return result;
    const auto extra = parseYaml(secure, u"secure.yaml"_s, result.error);
    if (!extra)
        return result;
    const QVariantMap all = main->values.value(u"clouds"_s).toMap();
    if (!all.contains(cloudName)) {
        const QStringList known = all.keys();
        result.error = known.isEmpty() ? tr("%1 defines no clouds").arg(file)
                                       : tr("%1 has no cloud \"%2\" (it has: %3)").arg(file, cloudName, known.join(u", "_s));
        return result;
    }
    const QVariantMap cloud = merged(all.value(cloudName).toMap(), extra->values.value(u"clouds"_s).toMap().value(cloudName).toMap());
    CloudConfig config = configFrom(cloud, cloudName);
    const QString missing = config.incompleteReason();
    if (!missing.isEmpty()) {
        result.error = tr("%1, cloud \"%2\": %3").arg(file, cloudName, missing);
        return result;
    }
    result.config = config;
    return result;
}

QStringList CloudsYaml::cloudNames(const QByteArray &clouds, const QString &sourceFile, QString *error)
{
    const auto document = parseYaml(clouds, sourceFile, *error);
    if (!document)
        return {};
    if (document->values.value(u"clouds"_s).typeId() != QMetaType::QVariantMap) {
        *error = tr("%1 has no \"clouds:\" mapping").arg(sourceFile);
        return {};
    }
    // The map above is sorted; the names come in file order from the document itself.
    QStringList names;
    for (const auto &top : document->root) {
        if (top.first.Scalar() != "clouds")
            continue;
        for (const auto &entry : top.second)
            names.append(QString::fromStdString(entry.first.Scalar()));
    }
    return names;
}

CloudsYaml::Result CloudsYaml::load(const QString &cloudName)
{
    Result result;
    const QString cloudsFile = firstExisting(searchPaths(u"clouds.yaml"_s));
    if (cloudsFile.isEmpty()) {
        result.error = tr("No clouds.yaml found (looked in: %1)").arg(searchPaths(u"clouds.yaml"_s).join(u", "_s));
        return result;
    }
    QByteArray clouds, secure;
    if (!readFile(cloudsFile, clouds, result.error))
        return result;
    const QString secureFile = firstExisting(searchPaths(u"secure.yaml"_s));
    if (!secureFile.isEmpty() && !readFile(secureFile, secure, result.error))
        return result;
    return parse(clouds, secure, cloudName, cloudsFile);
}

QString CloudConfig::incompleteReason() const
{
    if (authUrl.isEmpty())
        return tr("no auth_url");
    if (usesApplicationCredential()) {
        if (applicationCredentialId.isEmpty() && applicationCredentialName.isEmpty())
            return tr("no application_credential_id");
        if (applicationCredentialId.isEmpty() && username.isEmpty() && userId.isEmpty())
            return tr("an application_credential_name needs a username or user_id");
        return {};
    }
    if (authType != u"password"_s)
        return tr("unsupported auth_type \"%1\" (use password or v3applicationcredential)").arg(authType);
    if (username.isEmpty() && userId.isEmpty())
        return tr("no username");
    return {};
}

CloudConfig cloudConfigFromOptions(const QVariantMap &options, const QString &authUrl)
{
    auto get = [&](const char *key) { return options.value(QLatin1StringView(key)).toString(); };
    CloudConfig c;
    c.authUrl = get("authUrl").isEmpty() ? authUrl : get("authUrl");
    c.username = get("username");
    c.userId = get("userId");
    c.userDomainName = get("userDomainName");
    c.userDomainId = get("userDomainId");
    c.projectName = get("projectName");
    c.projectId = get("projectId");
    c.projectDomainName = get("projectDomainName");
    c.projectDomainId = get("projectDomainId");
    c.applicationCredentialId = get("applicationCredentialId");
    c.authType = c.applicationCredentialId.isEmpty() ? u"password"_s : u"v3applicationcredential"_s;
    if (!get("regionName").isEmpty())
        c.regions = get("regionName").split(u',', Qt::SkipEmptyParts);
    if (!get("interface").isEmpty())
        c.interface = get("interface");
    c.verifyTls = !isFalse(options.value(u"verify"_s, true));
    if (c.userDomainName.isEmpty() && c.userDomainId.isEmpty())
        c.userDomainName = u"Default"_s;
    if (c.projectDomainName.isEmpty() && c.projectDomainId.isEmpty())
        c.projectDomainName = u"Default"_s;
    return c;
}

} // namespace welkin::openstack
