#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace welkin::openstack {

// What the "Import clouds.yaml" dialog needs beside CloudsYaml: the names of the clouds a file
// defines (CloudsYaml reads one named cloud), and where the standard search finds the files.
namespace CloudsYamlCatalog {

// Cloud names under "clouds:", in file order; empty with `error` set on malformed YAML.
QStringList cloudNames(const QByteArray &clouds, QString *error);

// The first existing file of CloudsYaml::searchPaths(fileName); "" when there is none.
QString standardFile(const QString &fileName);

} // namespace CloudsYamlCatalog

} // namespace welkin::openstack
