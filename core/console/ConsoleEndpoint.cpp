#include "ConsoleEndpoint.h"

namespace welkin {

using namespace Qt::StringLiterals;

QString SshTarget::key() const
{
    QString key = user.isEmpty() ? host : user + u'@' + host;
    if (port > 0)
        key += u':' + QString::number(port);
    return key;
}

QString consoleProtocolName(ConsoleEndpoint::Protocol protocol)
{
    switch (protocol) {
    case ConsoleEndpoint::Protocol::Vnc: return u"vnc"_s;
    case ConsoleEndpoint::Protocol::Spice: return u"spice"_s;
    case ConsoleEndpoint::Protocol::Url: return u"url"_s;
    }
    return {};
}

QString ConsoleEndpoint::describe() const
{
    if (isUrl())
        return url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo); // tokens live in the query
    QString text = consoleProtocolName(protocol) + u' ';
    if (!socket.isEmpty())
        text += socket;
    else
        text += host + u':' + QString::number(port);
    if (tlsPort > 0)
        text += u" tls-port "_s + QString::number(tlsPort);
    if (!password.isEmpty())
        text += u" (password)"_s;
    if (needsTunnel)
        text += u" via ssh "_s + tunnel.key();
    return text;
}

} // namespace welkin
