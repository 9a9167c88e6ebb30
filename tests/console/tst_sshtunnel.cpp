// SshTunnelPool against a real OpenSSH server: sshd on 127.0.0.1 (a free port, own host key,
// key-only login, run in a private mount namespace when root so its privilege-separation
// directory does not touch the host), the client key held by an ssh-agent. The forward
// target is an in-process VNC server (libvncserver). Two consoles through the same host share
// one ssh login; the login ends when the last console closes; a refused login is reported.
#include "TestSshServer.h"
#include "VncView.h"
#include "console/SshTunnelPool.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <rfb/rfb.h>

#include <arpa/inet.h>
#include <unistd.h>

#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;
using namespace welkin;


class TstSshTunnel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void twoConsolesOneLogin();
    void loginEndsWithLastConsole();
    void refusedLoginIsReported();
    void cleanupTestCase();

private:
    std::unique_ptr<SshTunnelPool> makePool() const;

    TestSshServer m_ssh;
    SshTarget m_target;
    rfbScreenInfoPtr m_screen = nullptr;
    QTimer m_pump;
};

std::unique_ptr<SshTunnelPool> TstSshTunnel::makePool() const
{
    auto pool = std::make_unique<SshTunnelPool>();
    pool->setEnvironment(m_ssh.env());
    pool->setLingerMs(0);
    pool->setExtraOptions(m_ssh.clientOptions());
    return pool;
}

void TstSshTunnel::initTestCase()
{
    const QString error = m_ssh.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_target = SshTarget{m_ssh.user(), u"127.0.0.1"_s, m_ssh.port(), {}};

    // The console the tunnels lead to.
    rfbLogEnable(0);
    int argc = 0;
    m_screen = rfbGetScreen(&argc, nullptr, 320, 200, 8, 3, 4);
    m_screen->frameBuffer = static_cast<char *>(std::malloc(320 * 200 * 4));
    for (int i = 0; i < 320 * 200; ++i)
        std::memcpy(m_screen->frameBuffer + i * 4, "\x10\x80\xf0\x00", 4);
    m_screen->autoPort = TRUE;
    m_screen->ipv6port = 0;
    m_screen->listenInterface = htonl(INADDR_LOOPBACK);
    m_screen->alwaysShared = TRUE;
    rfbInitServer(m_screen);
    QVERIFY(m_screen->port > 0);
    connect(&m_pump, &QTimer::timeout, this, [this] { rfbProcessEvents(m_screen, 0); });
    m_pump.start(2);
}

void TstSshTunnel::twoConsolesOneLogin()
{
    auto pool = makePool();
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<TunnelLease> first(pool->forward(m_target, u"127.0.0.1"_s, m_screen->port));
    QSignalSpy firstReady(first.get(), &TunnelLease::ready);
    QSignalSpy firstFailed(first.get(), &TunnelLease::failed);
    QVERIFY(QTest::qWaitFor([&] { return !firstReady.isEmpty() || !firstFailed.isEmpty(); }, 20000));
    QVERIFY2(firstFailed.isEmpty(), qPrintable(firstFailed.value(0).value(0).toString()));
    qInfo("first tunnel ready after %lld ms on 127.0.0.1:%d", clock.elapsed(), first->localPort());

    VncView view;
    view.connectTo({u"127.0.0.1"_s, first->localPort(), {}, {}, 5});
    QVERIFY2(QTest::qWaitFor([&] { const QImage f = view.grabFrame();
                                   return f.size() == QSize(320, 200) && (f.pixel(200, 150) | 0xff000000u) == qRgb(0x10, 0x80, 0xf0); }, 10000),
             qPrintable(view.stateDetail()));

    clock.restart();
    std::unique_ptr<TunnelLease> second(pool->forward(m_target, u"127.0.0.1"_s, m_screen->port));
    QSignalSpy secondReady(second.get(), &TunnelLease::ready);
    QVERIFY(QTest::qWaitFor([&] { return second->isReady() || !second->errorText().isEmpty(); }, 10000));
    QVERIFY2(second->isReady(), qPrintable(second->errorText()));
    qInfo("second tunnel ready after %lld ms on 127.0.0.1:%d", clock.elapsed(), second->localPort());
    QVERIFY(second->localPort() != first->localPort());
    VncView view2;
    view2.connectTo({u"127.0.0.1"_s, second->localPort(), {}, {}, 5});
    QVERIFY(QTest::qWaitFor([&] { return view2.grabFrame().size() == QSize(320, 200); }, 10000));

    QCOMPARE(pool->loginsStarted(), 1);
    QCOMPARE(pool->activeLogins(), 1);
    QCOMPARE(m_ssh.acceptedLogins(), 1); // sshd saw one authentication for both consoles
}

void TstSshTunnel::loginEndsWithLastConsole()
{
    auto pool = makePool();
    auto *lease = pool->forward(m_target, u"127.0.0.1"_s, m_screen->port);
    QVERIFY(QTest::qWaitFor([&] { return lease->isReady() || !lease->errorText().isEmpty(); }, 20000));
    QVERIFY2(lease->isReady(), qPrintable(lease->errorText()));
    QCOMPARE(pool->activeLogins(), 1);
    delete lease;
    QVERIFY2(QTest::qWaitFor([&] { return pool->activeLogins() == 0; }, 5000), "the ssh login outlived its last console");
}

void TstSshTunnel::refusedLoginIsReported()
{
    auto pool = makePool();
    SshTarget stranger = m_target;
    stranger.user = u"welkin-no-such-user"_s;
    std::unique_ptr<TunnelLease> lease(pool->forward(stranger, u"127.0.0.1"_s, m_screen->port));
    QSignalSpy failed(lease.get(), &TunnelLease::failed);
    QVERIFY(failed.wait(20000));
    const QString error = failed.first().first().toString();
    QVERIFY2(error.contains(u"SSH"_s) && error.contains(u"127.0.0.1"_s), qPrintable(error));
    qInfo("refused login: %s", qPrintable(error));
    QCOMPARE(pool->activeLogins(), 0);
}

void TstSshTunnel::cleanupTestCase()
{
    m_pump.stop();
    m_ssh.stop();
    if (m_screen) {
        rfbShutdownServer(m_screen, TRUE);
        std::free(m_screen->frameBuffer);
        rfbScreenCleanup(m_screen);
    }
}

QTEST_MAIN(TstSshTunnel)
#include "tst_sshtunnel.moc"
