#include "CloudUrlValidator.h"

#include "LibvirtUriValidator.h"

#include <QCoreApplication>
#include <QUrl>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {
// lupdate files tr() calls of free functions under their namespace; translate in that context.
QString tr(const char *text)
{
    return QCoreApplication::translate("welkin", text);
}
} // namespace

QString cloudUrlProblem(const QString &url, const QString &what)
{
    const QString text = url.trimmed();
    if (text.contains(u' '))
        return tr("The %1 cannot contain spaces.").arg(what);
    const QString scheme = text.section(u':', 0, 0).toLower();
    if (!text.contains(u"://"_s) || (scheme != u"https"_s && scheme != u"http"_s))
        return tr("The %1 must start with https:// (or http:// for a test cloud).").arg(what);
    // The host before QUrl: its own message for a bad host is technical.
    const QString authority = text.mid(text.indexOf(u"://"_s) + 3).section(u'/', 0, 0).section(u'?', 0, 0);
    const QString hostPort = authority.section(u'@', -1);
    const QString rawHost = hostPort.startsWith(u'[') ? hostPort.section(u']', 0, 0) + u']' : hostPort.section(u':', 0, 0);
    if (rawHost.isEmpty())
        return tr("The %1 has no host name: https://HOST/…").arg(what);
    if (!isValidHostName(rawHost))
        return tr("\"%1\" is not a valid host name or address.").arg(rawHost);
    const QUrl parsed(text, QUrl::StrictMode);
    if (!parsed.isValid())
        return tr("The %1 is malformed: %2").arg(what, parsed.errorString());
    if (parsed.host().isEmpty())
        return tr("The %1 has no host name: https://HOST/…").arg(what);
    if (!isValidHostName(parsed.host(QUrl::FullyEncoded)))
        return tr("\"%1\" is not a valid host name or address.").arg(parsed.host());
    if (parsed.port() == 0)
        return tr("The port must be a number from 1 to 65535.");
    if (!parsed.userInfo().isEmpty())
        return tr("Put no user name or password into the %1: use the fields below.").arg(what);
    return {};
}

} // namespace welkin
