// Console building blocks without a hypervisor: the route (direct / SSH tunnel / error) table,
// libvirt graphics XML -> endpoint, the .vv file for VNC and SPICE, the viewer launch over
// standard input, and text / keys -> keysyms.
#include "console/ConsoleRoute.h"
#include "console/Keysyms.h"
#include "console/LibvirtConsoleEndpoint.h"
#include "console/ViewerLauncher.h"
#include "console/VvFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace welkin;

namespace {

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(WELKIN_CONSOLE_DATA) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

// The [virt-viewer] keys of a .vv text (what remote-viewer's GKeyFile sees).
QMap<QString, QString> vvKeys(const QByteArray &content)
{
    QMap<QString, QString> keys;
    const QList<QByteArray> lines = content.split('\n');
    if (lines.value(0) != "[virt-viewer]")
        return {{u"<error>"_s, u"first line is not [virt-viewer]"_s}};
    for (const QByteArray &line : lines.mid(1)) {
        if (line.isEmpty())
            continue;
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            return {{u"<error>"_s, QString::fromUtf8(line)}};
        keys.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    return keys;
}

// Each expected key has the expected value.
void expectKeys(const QMap<QString, QString> &keys, const QMap<QString, QString> &expected)
{
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (keys.value(it.key()) != it.value())
            QFAIL(qPrintable(u"%1=%2, expected %3"_s.arg(it.key(), keys.value(it.key()), it.value())));
    }
}

} // namespace

class TstConsoleUnit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transportFromUri_data();
    void transportFromUri();
    void route_data();
    void route();
    void graphicsFromLiveXml();
    void endpointChoosesAndRoutes();
    void endpointErrors();
    void vvForVnc();
    void vvForSpice();
    void vvNoInjection();
    void launcherFeedsStdin();
    void launcherMissingViewer();
    void keysymForCharacters();
    void clipboardTextToKeyStrokes();
    void keyEvents();
};

void TstConsoleUnit::transportFromUri_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<bool>("remote");
    QTest::addColumn<QString>("transport");
    QTest::addColumn<QString>("sshKey");
    QTest::newRow("local system") << u"qemu:///system"_s << false << u""_s << u""_s;
    QTest::newRow("local socket") << u"qemu:///system?socket=/tmp/x/libvirt-sock"_s << false << u""_s << u""_s;
    QTest::newRow("ssh") << u"qemu+ssh://root@kvm1.example.org/system"_s << true << u"ssh"_s << u"root@kvm1.example.org"_s;
    QTest::newRow("ssh port keyfile") << u"qemu+ssh://admin@10.0.0.5:2222/system?keyfile=/k/id"_s << true << u"ssh"_s
                                      << u"admin@10.0.0.5:2222"_s;
    QTest::newRow("libssh") << u"qemu+libssh://kvm2/system"_s << true << u"libssh"_s << u"kvm2"_s;
    QTest::newRow("tls default") << u"qemu://kvm3/system"_s << true << u"tls"_s << u""_s;
    QTest::newRow("tcp") << u"qemu+tcp://kvm4/system"_s << true << u"tcp"_s << u""_s;
    QTest::newRow("unix") << u"qemu+unix:///system"_s << false << u"unix"_s << u""_s;
}

void TstConsoleUnit::transportFromUri()
{
    QFETCH(QString, uri);
    QFETCH(bool, remote);
    QFETCH(QString, transport);
    QFETCH(QString, sshKey);
    const LibvirtTransport t = parseLibvirtTransport(uri);
    QCOMPARE(t.remote, remote);
    QCOMPARE(t.transport, transport);
    QCOMPARE(t.ssh.isValid() ? t.ssh.key() : QString(), sshKey);
    if (uri.contains(u"keyfile"_s))
        QCOMPARE(t.ssh.keyFile, u"/k/id"_s);
}

void TstConsoleUnit::route_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("listenType");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("tlsPort");
    QTest::addColumn<QString>("socket");
    // expected: "direct HOST:PORT", "tunnel HOST:PORT via KEY", "socket PATH" or "error WORD"
    QTest::addColumn<QString>("expected");

    const QString local = u"qemu:///system"_s, ssh = u"qemu+ssh://root@kvm1/system"_s, tls = u"qemu://kvm1/system"_s;
    QTest::newRow("local loopback") << local << u"address"_s << u"127.0.0.1"_s << 5900 << -1 << u""_s << u"direct 127.0.0.1:5900"_s;
    QTest::newRow("local no listen") << local << u""_s << u""_s << 5901 << -1 << u""_s << u"direct 127.0.0.1:5901"_s;
    QTest::newRow("local any v4") << local << u"address"_s << u"0.0.0.0"_s << 5902 << -1 << u""_s << u"direct 127.0.0.1:5902"_s;
    QTest::newRow("local any v6") << local << u"address"_s << u"::"_s << 5903 << -1 << u""_s << u"direct ::1:5903"_s;
    QTest::newRow("local socket") << local << u"socket"_s << u""_s << -1 << -1 << u"/run/vm.vnc"_s << u"socket /run/vm.vnc"_s;
    QTest::newRow("ssh loopback -> tunnel") << ssh << u"address"_s << u"127.0.0.1"_s << 5900 << -1 << u""_s
                                            << u"tunnel 127.0.0.1:5900 via root@kvm1"_s;
    QTest::newRow("ssh no listen -> tunnel") << ssh << u""_s << u""_s << 5900 << -1 << u""_s << u"tunnel 127.0.0.1:5900 via root@kvm1"_s;
    QTest::newRow("ssh ::1 -> tunnel") << ssh << u"address"_s << u"::1"_s << 5900 << -1 << u""_s << u"tunnel ::1:5900 via root@kvm1"_s;
    QTest::newRow("ssh localhost -> tunnel") << ssh << u"address"_s << u"localhost"_s << 5900 << -1 << u""_s
                                             << u"tunnel localhost:5900 via root@kvm1"_s;
    QTest::newRow("ssh any -> host") << ssh << u"address"_s << u"0.0.0.0"_s << 5900 << -1 << u""_s << u"direct kvm1:5900"_s;
    QTest::newRow("ssh public -> direct") << ssh << u"address"_s << u"192.0.2.7"_s << 5900 << -1 << u""_s << u"direct 192.0.2.7:5900"_s;
    QTest::newRow("ssh loopback spice tls dropped") << ssh << u"address"_s << u"127.0.0.1"_s << 5902 << 5903 << u""_s
                                                    << u"tunnel 127.0.0.1:5902 via root@kvm1"_s;
    QTest::newRow("ssh loopback tls only") << ssh << u"address"_s << u"127.0.0.1"_s << -1 << 5903 << u""_s << u"error TLS"_s;
    QTest::newRow("tls loopback") << tls << u"address"_s << u"127.0.0.1"_s << 5900 << -1 << u""_s << u"error SSH"_s;
    QTest::newRow("tls any -> host") << tls << u"address"_s << u"::"_s << 5900 << -1 << u""_s << u"direct kvm1:5900"_s;
    QTest::newRow("remote socket") << ssh << u"socket"_s << u""_s << -1 << -1 << u"/run/vm.vnc"_s << u"error socket"_s;
    QTest::newRow("listen none") << local << u"none"_s << u""_s << -1 << -1 << u""_s << u"error none"_s;
    QTest::newRow("not running") << local << u"address"_s << u"127.0.0.1"_s << -1 << -1 << u""_s << u"error running"_s;
}

void TstConsoleUnit::route()
{
    QFETCH(QString, uri);
    QFETCH(QString, listenType);
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(int, tlsPort);
    QFETCH(QString, socket);
    QFETCH(QString, expected);
    const ConsoleRoute r = decideConsoleRoute(parseLibvirtTransport(uri), GraphicsListen{listenType, address, port, tlsPort, socket});
    QString got;
    if (!r.ok)
        got = u"error "_s + r.error;
    else if (!r.socket.isEmpty())
        got = u"socket "_s + r.socket;
    else if (r.tunnel)
        got = u"tunnel %1:%2 via %3"_s.arg(r.host).arg(r.port).arg(r.ssh.key());
    else
        got = u"direct %1:%2"_s.arg(r.host).arg(r.port);
    if (expected.startsWith(u"error "_s)) {
        QVERIFY2(!r.ok, qPrintable(got));
        QVERIFY2(r.error.contains(expected.mid(6)), qPrintable(got));
        QVERIFY2(r.error.size() > 30, qPrintable(r.error)); // a sentence, not a code
    } else {
        QCOMPARE(got, expected);
    }
    if (r.tunnel)
        QCOMPARE(r.tlsPort, -1);
}

void TstConsoleUnit::graphicsFromLiveXml()
{
    const LibvirtGraphicsList list = parseLibvirtGraphics(readData(u"live-vnc-spice.xml"_s));
    QVERIFY2(list.ok, qPrintable(list.error));
    QCOMPARE(list.graphics.size(), 2);
    const LibvirtGraphics &vnc = list.graphics[0];
    QCOMPARE(vnc.type, u"vnc"_s);
    QCOMPARE(vnc.listen.listenType, u"address"_s);
    QCOMPARE(vnc.listen.address, u"127.0.0.1"_s);
    QCOMPARE(vnc.listen.port, 5901);
    QCOMPARE(vnc.password, u"vnc-pw"_s);
    const LibvirtGraphics &spice = list.graphics[1];
    QCOMPARE(spice.type, u"spice"_s);
    QCOMPARE(spice.listen.port, 5902);
    QCOMPARE(spice.listen.tlsPort, 5903);
    QCOMPARE(spice.listen.address, u"0.0.0.0"_s);
    QCOMPARE(spice.password, u"spice-pw"_s);

    const LibvirtGraphicsList broken = parseLibvirtGraphics("<domain><devices><graphics type='vnc'></devices>"_ba);
    QVERIFY(!broken.ok);
    QVERIFY2(broken.error.contains(u"line 1"_s), qPrintable(broken.error));
    QVERIFY(broken.graphics.isEmpty());
}

void TstConsoleUnit::endpointChoosesAndRoutes()
{
    const QByteArray xml = readData(u"live-vnc-spice.xml"_s);
    LibvirtConsoleResult vnc = libvirtConsoleEndpoint(xml, u"qemu:///system"_s, u"web-01"_s, u"vnc"_s, true);
    QVERIFY2(vnc.ok, qPrintable(vnc.error));
    QCOMPARE(vnc.endpoint.protocol, ConsoleEndpoint::Protocol::Vnc);
    QCOMPARE(vnc.endpoint.host, u"127.0.0.1"_s);
    QCOMPARE(vnc.endpoint.port, 5901);
    QCOMPARE(vnc.endpoint.password, u"vnc-pw"_s);
    QCOMPARE(vnc.endpoint.title, u"web-01"_s);
    QVERIFY(!vnc.endpoint.needsTunnel);
    QVERIFY(!vnc.endpoint.passwordUnavailable);
    QVERIFY2(!vnc.endpoint.describe().contains(u"vnc-pw"_s), qPrintable(vnc.endpoint.describe()));

    LibvirtConsoleResult spice = libvirtConsoleEndpoint(xml, u"qemu+ssh://root@kvm1/system"_s, u"web-01"_s, u"spice"_s, true);
    QVERIFY2(spice.ok, qPrintable(spice.error));
    QCOMPARE(spice.endpoint.protocol, ConsoleEndpoint::Protocol::Spice);
    QCOMPARE(spice.endpoint.host, u"kvm1"_s); // listens on any: the connection's host
    QCOMPARE(spice.endpoint.tlsPort, 5903);
    QCOMPARE(spice.endpoint.password, u"spice-pw"_s);

    LibvirtConsoleResult tunneled = libvirtConsoleEndpoint(xml, u"qemu+ssh://root@kvm1/system"_s, u"web-01"_s, {}, true);
    QVERIFY(tunneled.ok);
    QVERIFY(tunneled.endpoint.needsTunnel);
    QCOMPARE(tunneled.endpoint.tunnel.key(), u"root@kvm1"_s);
    QCOMPARE(tunneled.endpoint.host, u"127.0.0.1"_s);
    QCOMPARE(tunneled.endpoint.port, 5901);

    // Read-only connection: no passwd= in the XML; the endpoint says the password is unknown.
    QByteArray readOnlyXml = xml;
    readOnlyXml.replace(" passwd='vnc-pw'", "");
    LibvirtConsoleResult ro = libvirtConsoleEndpoint(readOnlyXml, u"qemu:///system"_s, u"web-01"_s, u"vnc"_s, false);
    QVERIFY(ro.ok);
    QVERIFY(ro.endpoint.password.isEmpty());
    QVERIFY(ro.endpoint.passwordUnavailable);

    LibvirtConsoleResult sock = libvirtConsoleEndpoint(readData(u"live-socket.xml"_s), u"qemu:///system"_s, u"sock-vm"_s, {}, true);
    QVERIFY2(sock.ok, qPrintable(sock.error));
    QCOMPARE(sock.endpoint.socket, u"/run/libvirt/qemu/sock-vm.vnc"_s);
    QVERIFY(sock.endpoint.password.isEmpty());
}

void TstConsoleUnit::endpointErrors()
{
    const LibvirtConsoleResult none =
        libvirtConsoleEndpoint("<domain><name>x</name><devices><graphics type='sdl'/></devices></domain>"_ba,
                               u"qemu:///system"_s, u"x"_s, {}, true);
    QVERIFY(!none.ok);
    QVERIFY2(none.error.contains(u"no VNC or SPICE"_s), qPrintable(none.error));
    const LibvirtConsoleResult malformed = libvirtConsoleEndpoint("<domain><devices>"_ba, u"qemu:///system"_s, u"x"_s, {}, true);
    QVERIFY(!malformed.ok);
    QVERIFY2(malformed.error.contains(u"could not be read"_s), qPrintable(malformed.error));
}

void TstConsoleUnit::vvForVnc()
{
    ConsoleEndpoint e;
    e.protocol = ConsoleEndpoint::Protocol::Vnc;
    e.host = u"127.0.0.1"_s;
    e.port = 5901;
    e.password = u"s3cr=t"_s;
    e.title = u"web-01"_s;
    const QMap<QString, QString> keys = vvKeys(vvFileContent(e));
    expectKeys(keys, {
                       {u"type"_s, u"vnc"_s},
                       {u"host"_s, u"127.0.0.1"_s},
                       {u"port"_s, u"5901"_s},
                       {u"password"_s, u"s3cr=t"_s},
                       {u"title"_s, u"web-01"_s},
                       {u"delete-this-file"_s, u"1"_s},
                       {u"toggle-fullscreen"_s, u"shift+f11"_s},
                       {u"release-cursor"_s, u"shift+f12"_s},
                       {u"secure-attention"_s, u"ctrl+alt+end"_s}});
    QVERIFY(!keys.contains(u"tls-port"_s));
    QVERIFY(!keys.contains(u"<error>"_s));

    // Also readable as an INI file by QSettings.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"x.vv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(vvFileContent(e));
    file.close();
    QSettings ini(path, QSettings::IniFormat);
    QCOMPARE(ini.value(u"virt-viewer/port"_s).toString(), u"5901"_s);
}

void TstConsoleUnit::vvForSpice()
{
    ConsoleEndpoint e;
    e.protocol = ConsoleEndpoint::Protocol::Spice;
    e.host = u"kvm1"_s;
    e.port = 5902;
    e.tlsPort = 5903;
    e.password = u"spice-pw"_s;
    e.title = u"db-02"_s;
    VvOptions options;
    options.fullscreen = true;
    const QMap<QString, QString> keys = vvKeys(vvFileContent(e, options));
    expectKeys(keys, {
                       {u"type"_s, u"spice"_s},
                       {u"host"_s, u"kvm1"_s},
                       {u"port"_s, u"5902"_s},
                       {u"tls-port"_s, u"5903"_s},
                       {u"password"_s, u"spice-pw"_s},
                       {u"fullscreen"_s, u"1"_s},
                       {u"delete-this-file"_s, u"1"_s},
                       {u"enable-usbredir"_s, u"0"_s}});

    e.socket = u"/run/spice.sock"_s;
    const QMap<QString, QString> sock = vvKeys(vvFileContent(e));
    QCOMPARE(sock.value(u"unix-path"_s), u"/run/spice.sock"_s);
    QVERIFY(!sock.contains(u"host"_s));
    QVERIFY(!sock.contains(u"port"_s));
}

void TstConsoleUnit::vvNoInjection()
{
    ConsoleEndpoint e;
    e.host = u"127.0.0.1"_s;
    e.port = 5900;
    e.title = u"evil\npassword=stolen\r\nhost=attacker"_s;
    const QMap<QString, QString> keys = vvKeys(vvFileContent(e));
    QVERIFY(!keys.contains(u"password"_s));
    QCOMPARE(keys.value(u"host"_s), u"127.0.0.1"_s);
    QVERIFY(keys.value(u"title"_s).startsWith(u"evil "_s));
}

void TstConsoleUnit::launcherFeedsStdin()
{
    // A stand-in viewer that records only a digest of what it read on stdin: the content
    // arrives complete, and nothing with the password is written anywhere.
    QTemporaryDir dir;
    const QString digestFile = dir.filePath(u"digest"_s);
    ViewerLauncher launcher;
    launcher.setCommand({u"/bin/sh"_s, u"-c"_s, u"sha256sum > '%1'"_s.arg(digestFile)});
    ConsoleEndpoint e;
    e.host = u"127.0.0.1"_s;
    e.port = 5905;
    e.password = u"pw-on-stdin"_s;
    e.title = u"vm"_s;
    QSignalSpy finished(&launcher, &ViewerLauncher::viewerFinished);
    QString error;
    QProcess *viewer = launcher.launch(e, &error);
    QVERIFY2(viewer, qPrintable(error));
    QVERIFY(finished.wait(10000));
    QFile file(digestFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray expected = QCryptographicHash::hash(vvFileContent(e), QCryptographicHash::Sha256).toHex();
    QCOMPARE(file.readAll().left(64), expected);
    // The command line carries no file and no password.
    QVERIFY(!viewer || !viewer->arguments().join(u' ').contains(u"pw-on-stdin"_s));
}

void TstConsoleUnit::launcherMissingViewer()
{
    ViewerLauncher launcher;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PATH"_s, u"/nonexistent"_s);
    launcher.setEnvironment(env);
    ConsoleEndpoint e;
    e.host = u"127.0.0.1"_s;
    e.port = 5900;
    QString error;
    QVERIFY(!launcher.launch(e, &error));
    QVERIFY2(error.contains(u"remote-viewer"_s) && error.contains(u"virt-viewer"_s), qPrintable(error));

    ConsoleEndpoint url;
    url.protocol = ConsoleEndpoint::Protocol::Url;
    url.url = QUrl(u"https://nova:6080/vnc_auto.html?path=%3Ftoken%3Dabc"_s);
    QVERIFY(!launcher.launch(url, &error));
    QVERIFY2(error.contains(u"browser"_s), qPrintable(error));
    QVERIFY2(!url.describe().contains(u"token"_s), qPrintable(url.describe()));
}

void TstConsoleUnit::keysymForCharacters()
{
    QCOMPARE(keysymForCharacter(U'a'), 0x61u);
    QCOMPARE(keysymForCharacter(U'A'), 0x41u);
    QCOMPARE(keysymForCharacter(U' '), 0x20u);
    QCOMPARE(keysymForCharacter(U'\u00e9'), 0xe9u);     // é: Latin-1 keysym
    QCOMPARE(keysymForCharacter(U'\u00df'), 0xdfu);     // ß
    QCOMPARE(keysymForCharacter(U'\u20ac'), 0x010020acu); // €: Unicode keysym
    QCOMPARE(keysymForCharacter(U'\u0436'), 0x01000436u); // ж
    QCOMPARE(keysymForCharacter(U'\n'), keysym::Return);
    QCOMPARE(keysymForCharacter(U'\t'), keysym::Tab);
    QCOMPARE(keysymForCharacter(char32_t(0x07)), 0u); // bell: not typeable
}

void TstConsoleUnit::clipboardTextToKeyStrokes()
{
    const QList<KeyStroke> strokes = keyStrokesForText(u"Hi é\r\n€😀\u0007x"_s);
    const QList<quint32> syms{0x48, 0x69, 0x20, 0xe9, keysym::Return, 0x010020ac, 0x0101f600, 0x78};
    QCOMPARE(strokes.size(), syms.size() * 2);
    for (qsizetype i = 0; i < syms.size(); ++i) {
        QCOMPARE(strokes[2 * i], (KeyStroke{syms[i], true}));
        QCOMPARE(strokes[2 * i + 1], (KeyStroke{syms[i], false}));
    }
    QVERIFY(keyStrokesForText({}).isEmpty());
    QCOMPARE(keyStrokesForText(u"a\nb"_s).size(), 6);
}

void TstConsoleUnit::keyEvents()
{
    QCOMPARE(keysymForKeyEvent(Qt::Key_F1, {}), keysym::F1);
    QCOMPARE(keysymForKeyEvent(Qt::Key_F12, {}), keysym::F1 + 11);
    QCOMPARE(keysymForKeyEvent(Qt::Key_Return, u"\r"_s), keysym::Return);
    QCOMPARE(keysymForKeyEvent(Qt::Key_Left, {}), keysym::Left);
    QCOMPARE(keysymForKeyEvent(Qt::Key_Control, {}), keysym::ControlL);
    QCOMPARE(keysymForKeyEvent(Qt::Key_AltGr, {}), keysym::ISOLevel3Shift);
    // German layout: the key right of 0 types ß; Qt reports the key code of ß and the text.
    QCOMPARE(keysymForKeyEvent(Qt::Key_ssharp, u"ß"_s), 0xdfu);
    // AltGr+E on a German layout types €: only the text knows.
    QCOMPARE(keysymForKeyEvent(Qt::Key_E, u"€"_s), 0x010020acu);
    QCOMPARE(keysymForKeyEvent(Qt::Key_A, u"A"_s), 0x41u);
    // Ctrl+C: the text is a control character; the keysym is the letter.
    QCOMPARE(keysymForKeyEvent(Qt::Key_C, u"\u0003"_s), quint32('c'));
    QCOMPARE(keysymForKeyEvent(Qt::Key_unknown, {}), 0u);
}

QTEST_GUILESS_MAIN(TstConsoleUnit)
#include "tst_console_unit.moc"
