#include "CloudsYamlCatalog.h"

#include "openstack/CloudsYaml.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

namespace welkin::openstack {

using namespace Qt::StringLiterals;

QStringList CloudsYamlCatalog::cloudNames(const QByteArray &clouds, QString *error)
{
    QStringList names;
    try {
        const YAML::Node root = YAML::Load(clouds.toStdString());
        const YAML::Node entries = root.IsMap() ? root["clouds"] : YAML::Node();
        if (!entries.IsMap()) {
            *error = QCoreApplication::translate("OpenStack", "The file has no \"clouds:\" mapping.");
            return {};
        }
        for (const auto &entry : entries)
            names.append(QString::fromStdString(entry.first.as<std::string>()));
    } catch (const YAML::Exception &e) {
        *error = QCoreApplication::translate("OpenStack", "Malformed YAML at line %1, column %2: %3")
                     .arg(e.mark.line + 1).arg(e.mark.column + 1).arg(QString::fromStdString(e.msg));
        return {};
    }
    return names;
}

QString CloudsYamlCatalog::standardFile(const QString &fileName)
{
    for (const QString &path : CloudsYaml::searchPaths(fileName)) {
        if (QFileInfo(path).isFile())
            return QFileInfo(path).absoluteFilePath();
    }
    return {};
}

} // namespace welkin::openstack
