// Consoles against a real libvirtd (fixture libvirtd_qemu): the guest welkin-tiny (TCG, SeaBIOS,
// VNC on 127.0.0.1 with password 'secret') is started through the LibvirtProvider, then
// - its endpoint comes from the live XML with the password (read-write connection);
// - the embedded VncView connects, shows the SeaBIOS text screen and follows the resizes of a
//   guest reset; a wrong password is reported as such;
// - ConsoleOpener opens the console in a ConsoleTabs tab within 2 s, once per VM, detachable;
// - remote-viewer (under a private Xvfb) connects with the .vv on its standard input;
// - no file written under the test's HOME (viewer included) contains the password.
// The guest is shut off again at the end (other qemu tests expect it so).
#include "ConsoleOpener.h"
#include "ConsoleTabs.h"
#include "ConsoleWidget.h"
#include "VncView.h"
#include "console/ViewerLauncher.h"
#include "providers/libvirt/LibvirtProvider.h"

#include <QApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;
using namespace welkin;

namespace {

const QString guestUuid = u"c0ffee00-7e57-4d1e-9a11-000000000001"_s; // tests/data/tiny-vm.xml
const QString guestPassword = u"secret"_s;
const QRgb vgaText = qRgb(0xa8, 0xa8, 0xa8); // SeaBIOS prints light grey on black
constexpr int connectTimeoutMs = 30000;
constexpr int actionTimeoutMs = 60000;
constexpr int contentTimeoutMs = 30000;

bool waitFinished(Task *task, int timeoutMs)
{
    if (task->isFinished())
        return true;
    QSignalSpy finished(task, &Task::finished);
    return finished.wait(timeoutMs) || task->isFinished();
}

qsizetype countColour(const QImage &image, QRgb colour, const QRect &area = {})
{
    const QRect rect = area.isNull() ? image.rect() : (area & image.rect());
    qsizetype n = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = rect.left(); x <= rect.right(); ++x)
            n += (line[x] | 0xff000000u) == colour;
    }
    return n;
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            colours.insert(line[x] | 0xff000000u);
    }
    return int(colours.size());
}

// The SeaBIOS text screen: 720x400, a text row at the top, lots of grey text pixels.
bool showsSeaBios(const QImage &frame)
{
    return frame.size() == QSize(720, 400) && countColour(frame, vgaText) > 1000
        && countColour(frame, vgaText, QRect(0, 0, 720, 16)) > 50;
}

// Established IPv4 TCP connections to 127.0.0.1:port (client side), from /proc/net/tcp.
int establishedTo(int port)
{
    QFile file(u"/proc/net/tcp"_s);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray wanted = "0100007F:"_ba + QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
    int n = 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() > 3 && f[2] == wanted && f[3] == "01")
            ++n;
    }
    return n;
}

} // namespace

class TstConsoleQemu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void endpointFromLiveXml();
    void embeddedViewShowsSeaBios();
    void embeddedViewAcrossBoot();
    void wrongPasswordIsReported();
    void openerOpensTabs();
    void remoteViewerConnects();
    void noPasswordInWrittenFiles();
    void cleanupTestCase();

private:
    QString describeStatus() const;

    QTemporaryDir m_home{u"/tmp/welkin-console-home-XXXXXX"_s};
    std::unique_ptr<LibvirtProvider> m_provider;
    ResourceId m_vmId;
    ConsoleEndpoint m_endpoint;
    std::unique_ptr<VncView> m_view;
    QList<QSize> m_sizes;
    std::unique_ptr<ConsoleTabs> m_tabs;
    std::unique_ptr<ConsoleOpener> m_opener;
    QProcess m_xvfb;
};

QString TstConsoleQemu::describeStatus() const
{
    return m_provider ? providerStateName(m_provider->state()) + u": "_s + m_provider->status().detail : u"no provider"_s;
}

void TstConsoleQemu::initTestCase()
{
    QVERIFY(m_home.isValid());
    qRegisterMetaType<ConsoleWidget *>();
    // Everything this process and its viewers write goes below one directory we can scan.
    for (const char *var : {"HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "TMPDIR"}) {
        const QString dir = m_home.filePath(QString::fromLatin1(var).toLower());
        QDir().mkpath(dir);
        qputenv(var, QFile::encodeName(dir));
    }
    const QString runtime = m_home.filePath(u"runtime"_s);
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));

    const QString uri = qEnvironmentVariable("WELKIN_QEMU_URI");
    QVERIFY2(!uri.isEmpty(), "WELKIN_QEMU_URI is not set: run this test through ctest (fixture libvirtd_qemu)");
    const QString socket = QUrlQuery(QUrl(uri)).queryItemValue(u"socket"_s);
    QVERIFY2(socket.isEmpty() || QFileInfo::exists(socket),
             qPrintable(u"libvirtd socket %1 is missing: the qemu fixture did not start"_s.arg(socket)));

    ConnectionProfile profile;
    profile.id = u"qemu-console"_s;
    profile.kind = u"libvirt"_s;
    profile.uri = uri;
    profile.options = {{u"statsIntervalMs"_s, 0}};
    m_provider = std::make_unique<LibvirtProvider>(profile);
    m_vmId = ResourceId(profile.id, ResourceKind::Vm, guestUuid);
    QSignalSpy loaded(m_provider.get(), &Provider::initialLoadFinished);
    m_provider->open();
    QVERIFY2(QTest::qWaitFor([&] { return !loaded.isEmpty(); }, connectTimeoutMs), qPrintable(describeStatus()));

    QElapsedTimer clock;
    clock.start();
    Task *start = m_provider->perform(Action{ActionType::Start, m_vmId, {}});
    QVERIFY2(waitFinished(start, actionTimeoutMs), "start did not finish");
    QVERIFY2(start->state() == Task::State::Succeeded, qPrintable(start->errorText()));
    QTRY_COMPARE_WITH_TIMEOUT(powerStateName(m_provider->vmState(m_vmId)), powerStateName(PowerState::Running), 5000);
    qInfo("guest started in %lld ms", clock.elapsed());
}

void TstConsoleQemu::endpointFromLiveXml()
{
    QElapsedTimer clock;
    clock.start();
    Task *request = m_provider->requestConsoleEndpoint(m_vmId, u"vnc"_s);
    QSignalSpy finished(request, &Task::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY2(request->state() == Task::State::Succeeded, qPrintable(request->errorText()));
    m_endpoint = request->result().value<ConsoleEndpoint>();
    qInfo("endpoint in %lld ms: %s", clock.elapsed(), qPrintable(m_endpoint.describe()));
    QCOMPARE(m_endpoint.protocol, ConsoleEndpoint::Protocol::Vnc);
    QCOMPARE(m_endpoint.host, u"127.0.0.1"_s);
    QVERIFY2(m_endpoint.port >= 5900, qPrintable(QString::number(m_endpoint.port)));
    QCOMPARE(m_endpoint.password, guestPassword); // VIR_DOMAIN_XML_SECURE on a read-write connection
    QVERIFY(!m_endpoint.passwordUnavailable);
    QVERIFY(!m_endpoint.needsTunnel);
    QCOMPARE(m_endpoint.title, u"welkin-tiny"_s);
    QVERIFY(!m_endpoint.describe().contains(guestPassword));
    delete request;

    // A VM the host does not know: a readable error.
    Task *ghost = m_provider->requestConsoleEndpoint(ResourceId(m_provider->id(), ResourceKind::Vm,
                                                                u"c0ffee00-7e57-4d1e-9a11-00000000dead"_s));
    QSignalSpy ghostDone(ghost, &Task::finished);
    QVERIFY(ghostDone.wait(10000));
    QVERIFY(ghost->state() == Task::State::Failed);
    QVERIFY2(ghost->errorText().contains(u"console"_s), qPrintable(ghost->errorText()));
    delete ghost;
}

void TstConsoleQemu::embeddedViewShowsSeaBios()
{
    QVERIFY(m_endpoint.port > 0);
    m_view = std::make_unique<VncView>();
    m_view->resize(800, 500);
    m_view->show();
    connect(m_view.get(), &VncView::framebufferResized, this, [this](const QSize &size) { m_sizes.append(size); });
    QElapsedTimer clock;
    clock.start();
    m_view->connectTo({m_endpoint.host, m_endpoint.port, {}, m_endpoint.password, 10});
    QTRY_VERIFY_WITH_TIMEOUT(m_view->state() == VncClientThread::State::Connected
                                 || m_view->state() == VncClientThread::State::Failed
                                 || m_view->state() == VncClientThread::State::WrongPassword,
                             10000);
    QVERIFY2(m_view->state() == VncClientThread::State::Connected, qPrintable(m_view->stateDetail()));
    const qint64 connectedMs = clock.elapsed();
    QVERIFY2(QTest::qWaitFor([&] { return showsSeaBios(m_view->grabFrame()); }, contentTimeoutMs),
             qPrintable(u"no SeaBIOS text screen within %1 ms; frame %2x%3, %4 grey pixels"_s.arg(contentTimeoutMs)
                            .arg(m_view->grabFrame().width()).arg(m_view->grabFrame().height())
                            .arg(countColour(m_view->grabFrame(), vgaText))));
    const QImage frame = m_view->grabFrame();
    qInfo("connected in %lld ms, SeaBIOS text after %lld ms; sizes seen: %d, %lld grey pixels, %d colours",
          connectedMs, clock.elapsed(), int(m_sizes.size()), qlonglong(countColour(frame, vgaText)), distinctColours(frame));
    QCOMPARE(m_view->framebufferSize(), QSize(720, 400));
    QVERIFY(!m_sizes.isEmpty());
    QCOMPARE(m_sizes.last(), QSize(720, 400));
    // Text on the first row ("SeaBIOS (version ...)"), black elsewhere: a real text screen,
    // not a blank or uniform one.
    QVERIFY(distinctColours(frame) >= 2);
    QVERIFY(countColour(frame, qRgb(0, 0, 0)) > 720 * 400 / 2);
    QVERIFY(countColour(frame, vgaText, QRect(0, 0, 360, 16)) > 50);
    // The widget shows it too (scaled to fit 800x500 -> 800x444).
    const QImage shown = m_view->grab().toImage().convertToFormat(QImage::Format_RGB32);
    QVERIFY2(countColour(shown, qRgb(0, 0, 0)) > 100000, "the widget does not show the guest screen");
}

void TstConsoleQemu::embeddedViewAcrossBoot()
{
    // Connect while the guest boots: SeaBIOS switches 640x480 -> 720x400 within the first
    // second, possibly in the middle of the VNC handshake. The view must end on the text screen
    // with a live connection either way.
    m_view.reset();
    Task *off = m_provider->perform(Action{ActionType::ForceOff, m_vmId, {}});
    QVERIFY(waitFinished(off, actionTimeoutMs));
    QVERIFY2(off->state() == Task::State::Succeeded, qPrintable(off->errorText()));
    Task *start = m_provider->perform(Action{ActionType::Start, m_vmId, {}});
    QVERIFY(waitFinished(start, actionTimeoutMs));
    QVERIFY2(start->state() == Task::State::Succeeded, qPrintable(start->errorText()));
    Task *request = m_provider->requestConsoleEndpoint(m_vmId, u"vnc"_s);
    QSignalSpy finished(request, &Task::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY2(request->state() == Task::State::Succeeded, qPrintable(request->errorText()));
    const ConsoleEndpoint endpoint = request->result().value<ConsoleEndpoint>();
    delete request;

    m_sizes.clear();
    m_view = std::make_unique<VncView>();
    connect(m_view.get(), &VncView::framebufferResized, this, [this](const QSize &size) { m_sizes.append(size); });
    m_view->resize(800, 500);
    m_view->show();
    QElapsedTimer clock;
    clock.start();
    m_view->connectTo({endpoint.host, endpoint.port, {}, endpoint.password, 10});
    QVERIFY2(QTest::qWaitFor([&] { return showsSeaBios(m_view->grabFrame()); }, contentTimeoutMs),
             qPrintable(u"no SeaBIOS screen; state %1"_s.arg(m_view->stateDetail())));
    QStringList seen;
    for (const QSize &size : std::as_const(m_sizes))
        seen.append(u"%1x%2"_s.arg(size.width()).arg(size.height()));
    qInfo("during boot: SeaBIOS text after %lld ms, frame sizes %s", clock.elapsed(), qPrintable(seen.join(u" -> "_s)));
    QCOMPARE(m_view->state(), VncClientThread::State::Connected);
    QCOMPARE(m_sizes.last(), QSize(720, 400));
    m_endpoint = endpoint; // the port may differ after the restart
    m_view.reset();
}

void TstConsoleQemu::wrongPasswordIsReported()
{
    VncView view;
    QElapsedTimer clock;
    clock.start();
    view.connectTo({m_endpoint.host, m_endpoint.port, {}, u"wrong-pw"_s, 10});
    QTRY_VERIFY_WITH_TIMEOUT(view.state() == VncClientThread::State::WrongPassword
                                 || view.state() == VncClientThread::State::Failed
                                 || view.state() == VncClientThread::State::Connected,
                             15000);
    QVERIFY2(view.state() == VncClientThread::State::WrongPassword, qPrintable(view.stateDetail()));
    QVERIFY2(view.stateDetail().contains(u"password"_s), qPrintable(view.stateDetail()));
    qInfo("wrong password reported in %lld ms: %s", clock.elapsed(), qPrintable(view.stateDetail()));
}

void TstConsoleQemu::openerOpensTabs()
{
    m_tabs = std::make_unique<ConsoleTabs>();
    m_tabs->resize(900, 560);
    m_tabs->show();
    m_opener = std::make_unique<ConsoleOpener>(m_tabs.get());
    QSignalSpy opened(m_opener.get(), &ConsoleOpener::consoleOpened);
    QSignalSpy failed(m_opener.get(), &ConsoleOpener::failed);
    QElapsedTimer clock;
    clock.start();
    m_opener->openEmbedded(m_provider.get(), m_vmId);
    QVERIFY2(QTest::qWaitFor([&] { return !opened.isEmpty() || !failed.isEmpty(); }, 5000), "nothing happened");
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
    auto *console = opened.first().first().value<ConsoleWidget *>();
    QVERIFY(console);
    QVERIFY2(QTest::qWaitFor([&] { return showsSeaBios(console->view()->grabFrame()); }, 5000), "no guest screen in the tab");
    const qint64 screenMs = clock.elapsed();
    qInfo("console tab showing the guest %lld ms after the request", screenMs);
    QVERIFY2(screenMs < 2000, qPrintable(u"%1 ms"_s.arg(screenMs)));
    QCOMPARE(m_tabs->count(), 1);
    QCOMPARE(m_tabs->tabText(0), u"welkin-tiny"_s);

    if (const QString shot = qEnvironmentVariable("WELKIN_CONSOLE_SCREENSHOT"); !shot.isEmpty()) {
        QTest::qWait(300);
        console->grab().save(shot);
        qInfo("screenshot of the console tab: %s", qPrintable(shot));
    }

    // The same VM again: its tab, not a second connection.
    m_opener->openEmbedded(m_provider.get(), m_vmId);
    QTest::qWait(500);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(m_tabs->count(), 1);

    // Detach to a window of its own and back.
    m_tabs->detach(console);
    QCOMPARE(m_tabs->count(), 0);
    QVERIFY(console->isWindow());
    QCOMPARE(m_tabs->consoleFor(m_vmId), console);
    QVERIFY(QTest::qWaitFor([&] { return showsSeaBios(console->view()->grabFrame()); }, 2000));
    m_tabs->attach(console);
    QCOMPARE(m_tabs->count(), 1);
    QVERIFY(!console->isWindow());
    QCOMPARE(console->view()->state(), VncClientThread::State::Connected);

    // Closing the tab closes the connection.
    emit m_tabs->tabCloseRequested(0);
    QTRY_VERIFY_WITH_TIMEOUT(m_tabs->consoles().isEmpty(), 2000);
}

void TstConsoleQemu::remoteViewerConnects()
{
    QVERIFY(m_opener);
    // Our own VNC connections are gone first, so every connection counted is the viewer's.
    QTRY_COMPARE_WITH_TIMEOUT(establishedTo(m_endpoint.port), 0, 5000);

    m_xvfb.setProgram(u"Xvfb"_s);
    m_xvfb.setArguments({u"-displayfd"_s, u"1"_s, u"-screen"_s, u"0"_s, u"1024x768x24"_s, u"-nolisten"_s, u"tcp"_s});
    m_xvfb.start();
    QVERIFY2(m_xvfb.waitForStarted(5000), "Xvfb did not start (package xvfb)");
    QVERIFY(QTest::qWaitFor([&] { return m_xvfb.canReadLine() || m_xvfb.state() != QProcess::Running; }, 10000));
    const QString display = u":"_s + QString::fromLatin1(m_xvfb.readLine().trimmed());
    QVERIFY2(display.size() > 1, "Xvfb reported no display");

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment(); // includes our HOME/XDG
    env.insert(u"DISPLAY"_s, display);
    env.remove(u"WAYLAND_DISPLAY"_s);
    m_opener->launcher()->setEnvironment(env);
    QSignalSpy started(m_opener.get(), &ConsoleOpener::externalViewerStarted);
    QSignalSpy failed(m_opener.get(), &ConsoleOpener::failed);
    QElapsedTimer clock;
    clock.start();
    m_opener->openExternal(m_provider.get(), m_vmId);
    QVERIFY2(QTest::qWaitFor([&] { return !started.isEmpty() || !failed.isEmpty(); }, 10000), "nothing happened");
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
    const QList<QProcess *> viewers = m_opener->launcher()->findChildren<QProcess *>();
    QCOMPARE(viewers.size(), 1);
    QCOMPARE(viewers.first()->arguments(), QStringList{u"-"_s}); // the .vv came on stdin, not as a file

    QVERIFY2(QTest::qWaitFor([&] { return establishedTo(m_endpoint.port) > 0; }, 15000),
             "remote-viewer did not connect to the guest's VNC port");
    const qint64 connectedMs = clock.elapsed();
    // And it shows the guest: grab the X screen.
    QImage screen;
    const bool shown = QTest::qWaitFor([&] {
        QProcess grab;
        grab.start(u"import"_s, {u"-display"_s, display, u"-window"_s, u"root"_s, u"png:-"_s});
        grab.waitForFinished(10000);
        screen = QImage::fromData(grab.readAllStandardOutput()).convertToFormat(QImage::Format_RGB32);
        return countColour(screen, vgaText) > 1000;
    }, 20000);
    qInfo("remote-viewer connected after %lld ms, guest visible after %lld ms (%lld grey pixels on %s)", connectedMs,
          clock.elapsed(), qlonglong(countColour(screen, vgaText)), qPrintable(display));
    QVERIFY2(shown, "the remote-viewer window does not show the guest screen");

    for (QProcess *viewer : viewers) {
        viewer->terminate();
        viewer->waitForFinished(5000);
    }
    QTRY_COMPARE_WITH_TIMEOUT(establishedTo(m_endpoint.port), 0, 5000);
}

void TstConsoleQemu::noPasswordInWrittenFiles()
{
    // Whatever the test, the viewer and Qt wrote under HOME/XDG/TMPDIR.
    int files = 0;
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++files;
        const QByteArray content = file.read(64 * 1024 * 1024);
        QVERIFY2(!content.contains(guestPassword.toUtf8()), qPrintable(u"the password is in %1"_s.arg(path)));
    }
    qInfo("%d files written during the test, none holds the password", files);
}

void TstConsoleQemu::cleanupTestCase()
{
    m_view.reset();
    m_opener.reset();
    m_tabs.reset();
    if (m_xvfb.state() != QProcess::NotRunning) {
        m_xvfb.terminate();
        m_xvfb.waitForFinished(5000);
    }
    if (m_provider && m_provider->state() == ProviderState::Connected) {
        Task *off = m_provider->perform(Action{ActionType::ForceOff, m_vmId, {}});
        waitFinished(off, actionTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(powerStateName(m_provider->vmState(m_vmId)), powerStateName(PowerState::ShutOff), 10000);
    }
    if (m_provider)
        m_provider->close();
}

QTEST_MAIN(TstConsoleQemu)
#include "tst_console_qemu.moc"
