// End to end over SSH: a private sshd on 127.0.0.1 (key in an ssh-agent), a qemu+ssh://
// connection through it to the fixture's libvirtd, the guest welkin-tiny listening on
// 127.0.0.1: the endpoint says "tunnel", ConsoleOpener opens the console through the pool's
// tunnel and shows SeaBIOS, and a second console on that host costs no second ssh login.
#include "ConsoleOpener.h"
#include "ConsoleTabs.h"
#include "ConsoleWidget.h"
#include "TestSshServer.h"
#include "console/SshTunnelPool.h"
#include "providers/libvirt/LibvirtProvider.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;
using namespace welkin;

namespace {
const QString guestUuid = u"c0ffee00-7e57-4d1e-9a11-000000000001"_s;

bool waitFinished(Task *task, int timeoutMs)
{
    QSignalSpy finished(task, &Task::finished);
    return task->isFinished() || finished.wait(timeoutMs) || task->isFinished();
}

qsizetype greyPixels(const QImage &image)
{
    qsizetype n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += (image.pixel(x, y) | 0xff000000u) == qRgb(0xa8, 0xa8, 0xa8);
    return n;
}
} // namespace

class TstConsoleSshQemu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void endpointNeedsTunnel();
    void consoleThroughTunnel();
    void secondConsoleNoSecondLogin();
    void cleanupTestCase();

private:
    TestSshServer m_ssh;
    QTemporaryDir m_home{u"/tmp/welkin-sshhome-XXXXXX"_s};
    std::unique_ptr<LibvirtProvider> m_provider;
    ResourceId m_vmId;
    ConsoleEndpoint m_endpoint;
    std::unique_ptr<ConsoleTabs> m_tabs;
    std::unique_ptr<ConsoleOpener> m_opener;
    int m_loginsAfterConnect = 0;
};

void TstConsoleSshQemu::initTestCase()
{
    qRegisterMetaType<ConsoleWidget *>();
    const QString local = qEnvironmentVariable("WELKIN_QEMU_URI");
    QVERIFY2(!local.isEmpty(), "WELKIN_QEMU_URI is not set: run through ctest (fixture libvirtd_qemu)");
    const QString socket = QUrlQuery(QUrl(local)).queryItemValue(u"socket"_s);
    const QString error = m_ssh.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // libvirt's ssh transport runs the ssh binary: our agent, and known_hosts in a temp HOME.
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qputenv("SSH_AUTH_SOCK", m_ssh.env().value(u"SSH_AUTH_SOCK"_s).toLocal8Bit());
    ConnectionProfile profile;
    profile.id = u"qemu-ssh"_s;
    profile.kind = u"libvirt"_s;
    profile.uri = u"qemu+ssh://%1@127.0.0.1:%2/system?socket=%3&no_verify=1&no_tty=1"_s.arg(m_ssh.user()).arg(m_ssh.port()).arg(socket);
    profile.options = {{u"statsIntervalMs"_s, 0}};
    m_provider = std::make_unique<LibvirtProvider>(profile);
    m_vmId = ResourceId(profile.id, ResourceKind::Vm, guestUuid);
    QSignalSpy loaded(m_provider.get(), &Provider::initialLoadFinished);
    m_provider->open();
    QVERIFY2(QTest::qWaitFor([&] { return !loaded.isEmpty(); }, 30000),
             qPrintable(providerStateName(m_provider->state()) + u": "_s + m_provider->status().detail));
    m_loginsAfterConnect = m_ssh.acceptedLogins();
    QVERIFY2(m_loginsAfterConnect >= 1, "libvirt did not log in through our sshd");

    Task *start = m_provider->perform(Action{ActionType::Start, m_vmId, {}});
    QVERIFY(waitFinished(start, 60000));
    QVERIFY2(start->state() == Task::State::Succeeded, qPrintable(start->errorText()));
}

void TstConsoleSshQemu::endpointNeedsTunnel()
{
    Task *request = m_provider->requestConsoleEndpoint(m_vmId, u"vnc"_s);
    QSignalSpy finished(request, &Task::finished);
    QVERIFY(finished.wait(15000));
    QVERIFY2(request->state() == Task::State::Succeeded, qPrintable(request->errorText()));
    m_endpoint = request->result().value<ConsoleEndpoint>();
    delete request;
    qInfo("endpoint: %s", qPrintable(m_endpoint.describe()));
    QVERIFY(m_endpoint.needsTunnel);
    QCOMPARE(m_endpoint.host, u"127.0.0.1"_s);
    QCOMPARE(m_endpoint.tunnel.host, u"127.0.0.1"_s);
    QCOMPARE(m_endpoint.tunnel.port, m_ssh.port());
    QCOMPARE(m_endpoint.password, u"secret"_s);
}

void TstConsoleSshQemu::consoleThroughTunnel()
{
    m_tabs = std::make_unique<ConsoleTabs>();
    m_tabs->resize(800, 500);
    m_tabs->show();
    m_opener = std::make_unique<ConsoleOpener>(m_tabs.get());
    m_opener->tunnels()->setEnvironment(m_ssh.env());
    m_opener->tunnels()->setExtraOptions(m_ssh.clientOptions());
    QSignalSpy opened(m_opener.get(), &ConsoleOpener::consoleOpened);
    QSignalSpy failed(m_opener.get(), &ConsoleOpener::failed);
    QElapsedTimer clock;
    clock.start();
    m_opener->openEmbedded(m_provider.get(), m_vmId);
    QVERIFY(QTest::qWaitFor([&] { return !opened.isEmpty() || !failed.isEmpty(); }, 20000));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
    auto *console = opened.first().first().value<ConsoleWidget *>();
    QVERIFY(QTest::qWaitFor([&] { const QImage f = console->view()->grabFrame();
                                  return f.size() == QSize(720, 400) && greyPixels(f) > 1000; }, 30000));
    qInfo("console through the SSH tunnel shows the guest after %lld ms", clock.elapsed());
    QCOMPARE(m_opener->tunnels()->loginsStarted(), 1);
    QCOMPARE(m_ssh.acceptedLogins(), m_loginsAfterConnect + 1);
}

void TstConsoleSshQemu::secondConsoleNoSecondLogin()
{
    QVERIFY(m_opener);
    // A second console on that host (a plain view on a second forward of the pool).
    std::unique_ptr<TunnelLease> lease(m_opener->tunnels()->forward(m_endpoint.tunnel, m_endpoint.host, m_endpoint.port));
    QVERIFY(QTest::qWaitFor([&] { return lease->isReady() || !lease->errorText().isEmpty(); }, 10000));
    QVERIFY2(lease->isReady(), qPrintable(lease->errorText()));
    VncView view;
    view.connectTo({u"127.0.0.1"_s, lease->localPort(), {}, m_endpoint.password, 10});
    QVERIFY(QTest::qWaitFor([&] { return greyPixels(view.grabFrame()) > 1000; }, 20000));
    QCOMPARE(m_opener->tunnels()->loginsStarted(), 1);
    QCOMPARE(m_opener->tunnels()->activeLogins(), 1);
    QCOMPARE(m_ssh.acceptedLogins(), m_loginsAfterConnect + 1);
}

void TstConsoleSshQemu::cleanupTestCase()
{
    m_opener.reset();
    m_tabs.reset();
    if (m_provider && m_provider->state() == ProviderState::Connected) {
        Task *off = m_provider->perform(Action{ActionType::ForceOff, m_vmId, {}});
        waitFinished(off, 60000);
    }
    if (m_provider)
        m_provider->close();
    m_ssh.stop();
}

QTEST_MAIN(TstConsoleSshQemu)
#include "tst_console_ssh_qemu.moc"
