#include "LibvirtUriValidator.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

// lupdate files tr() calls of free functions under their namespace; translate in that context.
QString tr(const char *text)
{
    return QCoreApplication::translate("welkin", text);
}

const QStringList &knownDrivers()
{
    static const QStringList drivers{u"qemu"_s, u"test"_s, u"xen"_s, u"lxc"_s, u"libxl"_s, u"vbox"_s, u"bhyve"_s,
                                     u"ch"_s, u"esx"_s, u"gsx"_s, u"vpx"_s, u"hyperv"_s, u"openvz"_s, u"vz"_s};
    return drivers;
}

const QStringList &knownTransports()
{
    static const QStringList transports{u"ssh"_s, u"libssh"_s, u"libssh2"_s, u"tls"_s, u"tcp"_s, u"unix"_s, u"ext"_s};
    return transports;
}

} // namespace

bool isValidHostName(const QString &host)
{
    if (host.startsWith(u'[') && host.endsWith(u']'))
        return QHostAddress(host.mid(1, host.size() - 2)).protocol() == QAbstractSocket::IPv6Protocol;
    if (QHostAddress address; address.setAddress(host))
        return true;
    static const QRegularExpression name(u"^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?$"_s);
    return name.match(host).hasMatch();
}

QString libvirtUriProblem(const QString &uri)
{
    const QString text = uri.trimmed();
    if (text.isEmpty())
        return tr("Enter a connection URI, e.g. qemu:///system or qemu+ssh://root@host/system.");
    if (text.contains(u' '))
        return tr("A URI cannot contain spaces.");
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0)
        return tr("\"%1\" has no scheme: libvirt URIs start with a driver, e.g. qemu:// or qemu+ssh://.").arg(text);
    const QString scheme = text.left(colon).toLower();
    const QString driver = scheme.section(u'+', 0, 0);
    const QString transport = scheme.section(u'+', 1);
    if (!knownDrivers().contains(driver))
        return tr("Unknown hypervisor driver \"%1\". Known drivers: %2.").arg(driver, knownDrivers().join(u", "_s));
    if (!transport.isEmpty() && !knownTransports().contains(transport))
        return tr("Unknown transport \"%1\". Known transports: %2.").arg(transport, knownTransports().join(u", "_s));
    if (!text.mid(colon).startsWith(u"://"_s))
        return tr("After \"%1:\" a libvirt URI needs \"//\", e.g. %1:///system.").arg(scheme);

    // The host before QUrl: its own message for a bad host is technical.
    const QString authority = text.mid(colon + 3).section(u'/', 0, 0).section(u'?', 0, 0);
    const QString hostPort = authority.section(u'@', -1);
    const QString rawHost = hostPort.startsWith(u'[') ? hostPort.section(u']', 0, 0) + u']' : hostPort.section(u':', 0, 0);
    if (!rawHost.isEmpty() && !isValidHostName(rawHost))
        return tr("\"%1\" is not a valid host name or address.").arg(rawHost);

    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return tr("The URI is malformed: %1").arg(url.errorString());
    const QString host = url.host();
    const bool remote = !transport.isEmpty() && transport != u"unix"_s;
    if (remote && host.isEmpty())
        return tr("The %1 transport needs a host name: %2://HOST/…").arg(transport, scheme);
    if (!host.isEmpty() && !isValidHostName(url.host(QUrl::FullyEncoded)))
        return tr("\"%1\" is not a valid host name or address.").arg(host);
    if (url.port() == 0)
        return tr("The port must be a number from 1 to 65535.");

    const QString path = url.path();
    if (driver == u"qemu"_s && path != u"/system"_s && path != u"/session"_s && !path.startsWith(u"/embed"_s))
        return path.isEmpty() || path == u"/"_s
                   ? tr("QEMU URIs end in /system (the system daemon) or /session (your own VMs).")
                   : tr("Unknown QEMU path \"%1\": use /system or /session.").arg(path);
    if (driver == u"test"_s && path != u"/default"_s && !(path.startsWith(u'/') && path.size() > 1))
        return tr("test URIs need /default or the absolute path of a node XML file: test:///default.");
    return {};
}

} // namespace welkin
