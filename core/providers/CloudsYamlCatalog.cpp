#include "CloudsYamlCatalog.h"

#include "openstack/CloudsYaml.h"

#include <QFileInfo>

namespace welkin::openstack {

using namespace Qt::StringLiterals;

QString CloudsYamlCatalog::standardFile(const QString &fileName)
{
    for (const QString &path : CloudsYaml::searchPaths(fileName)) {
        if (QFileInfo(path).isFile())
            return QFileInfo(path).absoluteFilePath();
    }
    return {};
}

} // namespace welkin::openstack
