#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace welkin::openstack {

// Where the "Import clouds.yaml" dialog looks first: the file the standard search finds.
namespace CloudsYamlCatalog {

// The first existing file of CloudsYaml::searchPaths(fileName); "" when there is none.
QString standardFile(const QString &fileName);

} // namespace CloudsYamlCatalog

} // namespace welkin::openstack
