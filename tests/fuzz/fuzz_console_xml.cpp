// A guest's live domain XML (from any host) -> its graphics listeners -> the console endpoint for a
// local, an ssh and a TLS connection -> the .vv file handed to remote-viewer: what a hostile host
// controls on the way to a viewer on this machine.
#include "FuzzSupport.h"

#include "console/LibvirtConsoleEndpoint.h"
#include "console/VvFile.h"

#include <QSet>

using namespace welkin;
using namespace welkin::fuzz;
using namespace Qt::StringLiterals;

namespace {

// One key=value line per key, every key one the writer knows: nothing injected.
void checkVvLines(const QByteArray &content)
{
    static const QSet<QByteArray> known{"type", "host", "port", "tls-port", "unix-path", "password", "title",
                                        "delete-this-file", "fullscreen", "toggle-fullscreen", "release-cursor",
                                        "secure-attention", "enable-usbredir", "enable-smartcard"};
    const QList<QByteArray> lines = content.split('\n');
    FUZZ_CHECK(lines.first() == "[virt-viewer]" && lines.last().isEmpty(), QString::fromUtf8(content));
    QSet<QByteArray> seen;
    for (const QByteArray &line : lines.mid(1, lines.size() - 2)) {
        const QByteArray key = line.left(line.indexOf('='));
        FUZZ_CHECK(line.contains('=') && known.contains(key) && !seen.contains(key), QString::fromUtf8(line));
        seen.insert(key);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray xml = bytes(data, size);
    const LibvirtGraphicsList parsed = parseLibvirtGraphics(xml);
    FUZZ_CHECK(parsed.ok == parsed.error.isEmpty(), parsed.error);
    if (!parsed.ok)
        FUZZ_CHECK(parsed.graphics.isEmpty(), {});
    for (const LibvirtGraphics &g : parsed.graphics) {
        FUZZ_CHECK(g.listen.port == -1 || (g.listen.port > 0 && g.listen.port < 65536), QString::number(g.listen.port));
        FUZZ_CHECK(g.hasPassword || g.password.isEmpty(), {});
    }

    const QString vm = u"web-01"_s;
    const QStringList uris{u"qemu:///system"_s, u"qemu+ssh://admin@kvm1:2222/system"_s, u"qemu+tls://kvm1/system"_s};
    for (const QString &uri : uris) {
        for (const QString &preferred : {QString(), u"spice"_s}) {
            for (const bool readable : {true, false}) {
                const LibvirtConsoleResult result = libvirtConsoleEndpoint(xml, uri, vm, preferred, readable);
                FUZZ_CHECK(result.ok == result.error.isEmpty(), result.error);
                if (!result.ok)
                    continue;
                const ConsoleEndpoint &e = result.endpoint;
                FUZZ_CHECK(e.title == vm && !e.isUrl(), {});
                FUZZ_CHECK(!e.socket.isEmpty() || (!e.host.isEmpty() && (e.port > 0 || e.tlsPort > 0)), e.describe());
                FUZZ_CHECK(!e.needsTunnel || uri.startsWith("qemu+ssh"_L1), e.describe());
                if (!readable)
                    FUZZ_CHECK(e.passwordUnavailable, {});
                // Logs and messages never carry the password's value.
                ConsoleEndpoint other = e;
                other.password = e.password.isEmpty() ? QString() : u"x"_s;
                FUZZ_CHECK(other.describe() == e.describe(), {});
                checkVvLines(vvFileContent(e));
            }
        }
    }
    return 0;
}
