// The .vv file for remote-viewer, written from an endpoint whose fields come from the guest and
// the host (VM name as title, graphics password, listen address) and read back with GLib's
// GKeyFile, the reader remote-viewer itself uses: every value must arrive exactly as Welkin meant
// it (line breaks - CR, LF, VT, FF - become spaces, as documented) and no extra key or group
// may appear.
// Input: NUL-separated fields: protocol (0 vnc, 1 spice), host, port, tls port, socket, password,
// title, fullscreen (1), toggle-fullscreen, release-cursor, secure-attention.
#include "FuzzSupport.h"

#include "console/VvFile.h"

#include <QMap>

#include <algorithm>

#include <glib.h>

using namespace welkin;
using namespace welkin::fuzz;
using namespace Qt::StringLiterals;

namespace {

QString withoutLineBreaks(QString value)
{
    return value.replace(u'\r', u' ').replace(u'\n', u' ').replace(u'\v', u' ').replace(u'\f', u' ');
}

// What the writer promises, key by key.
QMap<QString, QString> expectedKeys(const ConsoleEndpoint &e, const VvOptions &options)
{
    QMap<QString, QString> keys;
    const auto add = [&keys](const QString &key, const QString &value) {
        if (!value.isEmpty())
            keys.insert(key, withoutLineBreaks(value));
    };
    const bool spice = e.protocol == ConsoleEndpoint::Protocol::Spice;
    add(u"type"_s, spice ? u"spice"_s : u"vnc"_s);
    if (spice && !e.socket.isEmpty()) {
        add(u"unix-path"_s, e.socket);
    } else {
        add(u"host"_s, e.host);
        if (e.port > 0)
            add(u"port"_s, QString::number(e.port));
        if (spice && e.tlsPort > 0)
            add(u"tls-port"_s, QString::number(e.tlsPort));
    }
    add(u"password"_s, e.password);
    add(u"title"_s, e.title.isEmpty() ? e.host : e.title);
    add(u"delete-this-file"_s, u"1"_s);
    if (options.fullscreen)
        add(u"fullscreen"_s, u"1"_s);
    add(u"toggle-fullscreen"_s, options.toggleFullscreen);
    add(u"release-cursor"_s, options.releaseCursor);
    add(u"secure-attention"_s, options.secureAttention);
    if (spice) {
        add(u"enable-usbredir"_s, u"0"_s);
        add(u"enable-smartcard"_s, u"0"_s);
    }
    return keys;
}

// group -> key -> string value as GKeyFile returns it; "<error>" on a load or value error.
QMap<QString, QString> readBack(const QByteArray &content, QStringList *groups)
{
    QMap<QString, QString> keys;
    GKeyFile *file = g_key_file_new();
    GError *error = nullptr;
    if (!g_key_file_load_from_data(file, content.constData(), gsize(content.size()), G_KEY_FILE_NONE, &error)) {
        keys.insert(u"<error>"_s, QString::fromUtf8(error->message));
        g_error_free(error);
        g_key_file_free(file);
        return keys;
    }
    gchar **groupNames = g_key_file_get_groups(file, nullptr);
    for (gchar **g = groupNames; g && *g; ++g)
        groups->append(QString::fromUtf8(*g));
    gchar **names = g_key_file_get_keys(file, "virt-viewer", nullptr, nullptr);
    for (gchar **k = names; k && *k; ++k) {
        gchar *value = g_key_file_get_string(file, "virt-viewer", *k, &error);
        if (error) {
            keys.insert(u"<error>"_s, QString::fromUtf8(*k) + u": "_s + QString::fromUtf8(error->message));
            g_clear_error(&error);
        } else {
            keys.insert(QString::fromUtf8(*k), QString::fromUtf8(value));
        }
        g_free(value);
    }
    g_strfreev(names);
    g_strfreev(groupNames);
    g_key_file_free(file);
    return keys;
}

QString describe(const QMap<QString, QString> &keys)
{
    QStringList lines;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        lines.append(it.key() + u'=' + shown(it.value()));
    return lines.join(u"; "_s);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fields fields(bytes(data, size));
    ConsoleEndpoint endpoint;
    endpoint.protocol = fields.number(0) == 1 ? ConsoleEndpoint::Protocol::Spice : ConsoleEndpoint::Protocol::Vnc;
    endpoint.host = fields.text();
    endpoint.port = int(std::clamp<qint64>(fields.number(-1), -1, 65535));
    endpoint.tlsPort = int(std::clamp<qint64>(fields.number(-1), -1, 65535));
    endpoint.socket = fields.text();
    endpoint.password = fields.text();
    endpoint.title = fields.text();
    VvOptions options;
    options.fullscreen = fields.flag();
    options.toggleFullscreen = fields.text();
    options.releaseCursor = fields.text();
    options.secureAttention = fields.text();

    const QByteArray content = vvFileContent(endpoint, options);
    QStringList groups;
    const QMap<QString, QString> actual = readBack(content, &groups);
    const QMap<QString, QString> expected = expectedKeys(endpoint, options);
    FUZZ_CHECK(actual == expected, u"read back: "_s + describe(actual) + u"\n  expected:  "_s + describe(expected));
    FUZZ_CHECK(groups == QStringList{u"virt-viewer"_s}, groups.join(u','));
    return 0;
}
