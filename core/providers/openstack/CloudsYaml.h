#pragma once

#include "CloudConfig.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace welkin::openstack {

// Reads clouds.yaml (+ secure.yaml merged over it) as openstacksdk does.
namespace CloudsYaml {

struct Result {
    std::optional<CloudConfig> config;
    QString error;       // clear message when !config
    QString sourceFile;  // the clouds.yaml used
};

// The names under "clouds:", in file order, for a file `parse` would read; empty with `error` set
// (naming `sourceFile`) when it would not: malformed YAML, duplicate keys, nesting too deep.
QStringList cloudNames(const QByteArray &clouds, const QString &sourceFile, QString *error);
// Candidate files in the standard order: $OS_CLIENT_CONFIG_FILE, ./NAME,
// $XDG_CONFIG_HOME/openstack/NAME (~/.config/openstack), /etc/openstack/NAME.
QStringList searchPaths(const QString &fileName);

// Finds cloud `cloudName` in the first clouds.yaml found; merges the first secure.yaml found.
Result load(const QString &cloudName);

// The same from file contents (tests); `secure` may be empty.
Result parse(const QByteArray &clouds, const QByteArray &secure, const QString &cloudName,
             const QString &sourceFile = {});

} // namespace CloudsYaml

} // namespace welkin::openstack
