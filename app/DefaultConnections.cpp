#include "DefaultConnections.h"

#include "CommandLine.h"
#include "preferences/Preferences.h"
#include "providers/ConnectionUri.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace welkin {

using namespace Qt::StringLiterals;

QString demoHostUri()
{
    QFile resource(u":/welkin/demo/demo-node.xml"_s);
    if (!resource.open(QIODevice::ReadOnly))
        return {};
    const QByteArray xml = resource.readAll();
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (dir.isEmpty() || !QDir().mkpath(dir))
        return {};
    const QString path = dir + u"/demo-node.xml"_s;
    QFile existing(path);
    if (!existing.open(QIODevice::ReadOnly) || existing.readAll() != xml) {
        QSaveFile out(path); // atomic: a second instance never reads half a file
        if (!out.open(QIODevice::WriteOnly) || out.write(xml) != xml.size() || !out.commit())
            return {};
    }
    return u"test://"_s + QFileInfo(path).absoluteFilePath();
}

namespace {

QList<ConnectionProfile> builtInConnections(bool demo)
{
    QList<ConnectionProfile> profiles;
    if (demo) {
        const QString uri = demoHostUri();
        if (!uri.isEmpty()) {
            profiles.append({Preferences::demoConnectionId(), u"libvirt"_s,
                             QCoreApplication::translate("main", "Demo host (libvirt test driver)"), uri, {}});
        }
    }
    // Only offer the local daemon when its socket exists: nothing to wait for otherwise.
    if (QFileInfo::exists(u"/run/libvirt/libvirt-sock"_s) || QFileInfo::exists(u"/run/libvirt/libvirt-sock-ro"_s))
        profiles.append({u"qemu:///system"_s, u"libvirt"_s, QCoreApplication::translate("main", "This computer (QEMU/KVM)"),
                         u"qemu:///system"_s, {}});
    return profiles;
}

QList<ConnectionProfile> commandLineConnections(const CommandLine &commandLine)
{
    QList<ConnectionProfile> profiles;
    for (const QString &uri : commandLine.connectUris)
        profiles.append(profileFromUri(uri));
    return profiles;
}

} // namespace

QList<ConnectionProfile> defaultConnections(const CommandLine &commandLine)
{
    const QList<ConnectionProfile> profiles = commandLineConnections(commandLine);
    return profiles.isEmpty() ? builtInConnections(commandLine.demo) : profiles;
}

QList<ConnectionProfile> startupConnections(const CommandLine &commandLine, const QList<ConnectionProfile> &configured,
                                            const Preferences &preferences)
{
    const QList<ConnectionProfile> profiles = commandLineConnections(commandLine);
    if (!profiles.isEmpty())
        return profiles;
    const bool demo = commandLine.demo && configured.isEmpty()
        && preferences.demoHost == Preferences::DemoHost::WhenNoConnection;
    return builtInConnections(demo);
}

} // namespace welkin
