#include "VvFile.h"

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

void addKey(QByteArray &out, const char *key, const QString &value)
{
    if (value.isEmpty())
        return;
    // remote-viewer reads the file with GLib's GKeyFile, which takes '\' as an escape and drops
    // leading whitespace: escape as GKeyFile does. Line breaks (also VT, FF) become spaces.
    QString clean;
    for (const QChar c : value) {
        if (c == u'\\')
            clean += u"\\\\"_s;
        else if (c == u'\t')
            clean += u"\\t"_s;
        else if (c == u'\r' || c == u'\n' || c == u'\v' || c == u'\f')
            clean += u' ';
        else
            clean += c;
    }
    if (clean.startsWith(u' '))
        clean.replace(0, 1, u"\\s"_s);
    out += key;
    out += '=';
    out += clean.toUtf8();
    out += '\n';
}

void addKey(QByteArray &out, const char *key, int value)
{
    if (value > 0)
        addKey(out, key, QString::number(value));
}

} // namespace

QByteArray vvFileContent(const ConsoleEndpoint &endpoint, const VvOptions &options)
{
    QByteArray out = "[virt-viewer]\n"_ba;
    addKey(out, "type", consoleProtocolName(endpoint.protocol));
    const bool spice = endpoint.protocol == ConsoleEndpoint::Protocol::Spice;
    if (spice && !endpoint.socket.isEmpty()) {
        addKey(out, "unix-path", endpoint.socket); // excludes host/port
    } else {
        addKey(out, "host", endpoint.host);
        addKey(out, "port", endpoint.port);
        if (spice)
            addKey(out, "tls-port", endpoint.tlsPort);
    }
    addKey(out, "password", endpoint.password);
    addKey(out, "title", endpoint.title.isEmpty() ? endpoint.host : endpoint.title);
    // remote-viewer deletes the file after reading it, should it ever land on disk.
    addKey(out, "delete-this-file", 1);
    if (options.fullscreen)
        addKey(out, "fullscreen", 1);
    addKey(out, "toggle-fullscreen", options.toggleFullscreen);
    addKey(out, "release-cursor", options.releaseCursor);
    addKey(out, "secure-attention", options.secureAttention);
    if (spice)
        out += "enable-usbredir=0\nenable-smartcard=0\n"_ba;
    return out;
}

} // namespace welkin
