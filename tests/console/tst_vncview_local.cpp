// The embedded VNC view against a real VNC server in this process (libvncserver, port found
// by its auto-port scan on 127.0.0.1), driven from the test's event loop: exact pixels,
// framebuffer resizes mid-connection, keyboard (keysyms, send-key combinations, clipboard
// typing, non-US text), pointer mapping with scaling, read-only mode, wrong password,
// disconnection and reconnect.
#include "ConsoleWidget.h"
#include "VncView.h"
#include "console/Keysyms.h"

#include <QAction>
#include <QApplication>
#include <QToolButton>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <rfb/rfb.h>

#include <arpa/inet.h>

#include <cstdlib>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace welkin;

namespace {

struct ServerEvents {
    QList<KeyStroke> keys;
    QList<QPair<QPoint, int>> pointer;
    int clients = 0;
};
ServerEvents *events = nullptr;

void onKey(rfbBool down, rfbKeySym sym, rfbClientPtr) { events->keys.append({quint32(sym), down != 0}); }
void onPointer(int mask, int x, int y, rfbClientPtr) { events->pointer.append({QPoint(x, y), mask}); }
rfbNewClientAction onClient(rfbClientPtr)
{
    ++events->clients;
    return RFB_CLIENT_ACCEPT;
}

// Server frame: bytes R,G,B,X (libvncserver's default 32-bit format).
char *makeFrame(int w, int h, QRgb left, QRgb right)
{
    auto *fb = static_cast<unsigned char *>(std::malloc(size_t(w) * h * 4));
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const QRgb c = x < w / 2 ? left : right;
            unsigned char *p = fb + (size_t(y) * w + x) * 4;
            p[0] = qRed(c), p[1] = qGreen(c), p[2] = qBlue(c), p[3] = 0;
        }
    }
    return reinterpret_cast<char *>(fb);
}

QRgb at(const QImage &image, int x, int y)
{
    return image.isNull() ? 0 : (image.pixel(x, y) | 0xff000000u);
}

} // namespace

class TstVncViewLocal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void showsExactPixels();
    void followsResizes();
    void keyboard();
    void sendKeyMenuCombinations();
    void pointerWithScaling();
    void readOnly();
    void wrongPassword();
    void inputActionsOnlyWhileConnected();
    void disconnectAndReconnect();
    void cleanup();
    void cleanupTestCase();

private:
    VncClientThread::Settings settings(const QString &password = u"pw-local"_s) const
    {
        return {u"127.0.0.1"_s, m_screen->port, {}, password, 5};
    }
    bool waitConnected(VncView &view);

    rfbScreenInfoPtr m_screen = nullptr;
    QTimer m_pump;
    ServerEvents m_events;
    char *m_passwords[2] = {nullptr, nullptr};
    std::unique_ptr<VncView> m_view;
};

void TstVncViewLocal::initTestCase()
{
    events = &m_events;
    rfbLogEnable(0);
    int argc = 0;
    m_screen = rfbGetScreen(&argc, nullptr, 640, 480, 8, 3, 4);
    QVERIFY(m_screen);
    m_screen->frameBuffer = makeFrame(640, 480, qRgb(255, 0, 0), qRgb(0, 0, 255));
    m_screen->autoPort = TRUE;
    m_screen->ipv6port = 0;
    m_screen->listenInterface = htonl(INADDR_LOOPBACK);
    m_screen->alwaysShared = TRUE;
    m_passwords[0] = strdup("pw-local");
    m_screen->authPasswdData = m_passwords;
    m_screen->passwordCheck = rfbCheckPasswordByList;
    m_screen->kbdAddEvent = onKey;
    m_screen->ptrAddEvent = onPointer;
    m_screen->newClientHook = onClient;
    rfbInitServer(m_screen);
    QVERIFY2(m_screen->port > 0 && m_screen->listenSock >= 0, "libvncserver did not listen");
    qInfo("VNC server on 127.0.0.1:%d", m_screen->port);
    // The server runs on the test's thread, pumped by the event loop; the client has its own.
    connect(&m_pump, &QTimer::timeout, this, [this] { rfbProcessEvents(m_screen, 0); });
    m_pump.start(2);
}

void TstVncViewLocal::init()
{
    m_events.keys.clear();
    m_events.pointer.clear();
}

bool TstVncViewLocal::waitConnected(VncView &view)
{
    return QTest::qWaitFor([&] { return view.state() != VncClientThread::State::Connecting
                                        && view.state() != VncClientThread::State::Disconnected; }, 10000)
        && view.state() == VncClientThread::State::Connected;
}

void TstVncViewLocal::showsExactPixels()
{
    m_view = std::make_unique<VncView>();
    m_view->resize(640, 480);
    m_view->show();
    m_view->connectTo(settings());
    QVERIFY2(waitConnected(*m_view), qPrintable(m_view->stateDetail()));
    QVERIFY(QTest::qWaitFor([&] { return at(m_view->grabFrame(), 600, 400) == qRgb(0, 0, 255); }, 5000));
    const QImage frame = m_view->grabFrame();
    QCOMPARE(frame.size(), QSize(640, 480));
    QCOMPARE(at(frame, 10, 10), qRgb(255, 0, 0));
    QCOMPARE(at(frame, 319, 479), qRgb(255, 0, 0));
    QCOMPARE(at(frame, 320, 0), qRgb(0, 0, 255));

    // A small damaged rectangle arrives, and only it changes.
    auto *fb = reinterpret_cast<unsigned char *>(m_screen->frameBuffer);
    for (int y = 100; y < 110; ++y)
        for (int x = 100; x < 120; ++x)
            std::memcpy(fb + (size_t(y) * 640 + x) * 4, "\x00\xff\x00\x00", 4);
    QSignalSpy updated(m_view.get(), &VncView::frameUpdated);
    rfbMarkRectAsModified(m_screen, 100, 100, 120, 110);
    QVERIFY(QTest::qWaitFor([&] { return at(m_view->grabFrame(), 110, 105) == qRgb(0, 255, 0); }, 5000));
    QCOMPARE(at(m_view->grabFrame(), 99, 105), qRgb(255, 0, 0));
    // grabFrame() reads the client thread's frame at once; frameUpdated is queued behind it.
    QTRY_VERIFY_WITH_TIMEOUT(updated.size() >= 1, 5000);
    // What the widget paints is the frame (1:1 here).
    const QImage shown = m_view->grab().toImage();
    QCOMPARE(at(shown, 110, 105), qRgb(0, 255, 0));
    QCOMPARE(at(shown, 600, 400), qRgb(0, 0, 255));
}

void TstVncViewLocal::followsResizes()
{
    QVERIFY(m_view && m_view->state() == VncClientThread::State::Connected);
    QSignalSpy resized(m_view.get(), &VncView::framebufferResized);
    const QList<QSize> sizes{{720, 400}, {1024, 768}, {640, 480}};
    for (const QSize &size : sizes) {
        char *old = m_screen->frameBuffer;
        rfbNewFramebuffer(m_screen, makeFrame(size.width(), size.height(), qRgb(0, 128, 0), qRgb(200, 200, 0)),
                          size.width(), size.height(), 8, 3, 4);
        std::free(old);
        QVERIFY2(QTest::qWaitFor([&] {
                     const QImage f = m_view->grabFrame();
                     return f.size() == size && at(f, size.width() - 1, size.height() - 1) == qRgb(200, 200, 0)
                         && at(f, 2, size.height() / 2) == qRgb(0, 128, 0); // (0,0) has the server's cursor
                 }, 5000),
                 qPrintable(u"no %1x%2 frame"_s.arg(size.width()).arg(size.height())));
        QCOMPARE(m_view->framebufferSize(), size);
    }
    QCOMPARE(resized.size(), sizes.size());
    QCOMPARE(m_view->state(), VncClientThread::State::Connected); // one connection throughout
    QCOMPARE(m_events.clients, 1);
}

void TstVncViewLocal::keyboard()
{
    QVERIFY(m_view && m_view->state() == VncClientThread::State::Connected);
    m_view->setFocus();
    // A function key, a letter, and text only the layout knows (AltGr+E -> € on a German layout).
    QTest::keyClick(m_view.get(), Qt::Key_F5);
    QTest::keyClick(m_view.get(), Qt::Key_A, Qt::NoModifier);
    QKeyEvent euroDown(QEvent::KeyPress, Qt::Key_E, Qt::GroupSwitchModifier, u"€"_s);
    QKeyEvent euroUp(QEvent::KeyRelease, Qt::Key_E, Qt::GroupSwitchModifier, u"€"_s);
    QApplication::sendEvent(m_view.get(), &euroDown);
    QApplication::sendEvent(m_view.get(), &euroUp);
    const QList<KeyStroke> expected{{keysym::F1 + 4, true}, {keysym::F1 + 4, false}, {'a', true}, {'a', false},
                                    {0x010020ac, true}, {0x010020ac, false}};
    QVERIFY(QTest::qWaitFor([&] { return m_events.keys.size() >= expected.size(); }, 5000));
    QCOMPARE(m_events.keys, expected);

    // "Type clipboard text": exactly the keysym sequence, in order.
    m_events.keys.clear();
    const QString text = u"Hi é€\n"_s;
    m_view->typeText(text);
    const QList<KeyStroke> typed = keyStrokesForText(text);
    QVERIFY(QTest::qWaitFor([&] { return m_events.keys.size() >= typed.size(); }, 5000));
    QCOMPARE(m_events.keys, typed);
}

void TstVncViewLocal::sendKeyMenuCombinations()
{
    QVERIFY(m_view && m_view->state() == VncClientThread::State::Connected);
    const auto combos = ConsoleWidget::sendKeyCombinations();
    QCOMPARE(combos.size(), 15); // Ctrl+Alt+Del, Ctrl+Alt+Backspace, Ctrl+Alt+F1..F12, PrintScreen
    QCOMPARE(combos.first().second, (QList<quint32>{keysym::ControlL, keysym::AltL, keysym::Delete}));
    QCOMPARE(combos.last().second, (QList<quint32>{keysym::Print}));
    m_view->sendKeys(combos.first().second);
    const QList<KeyStroke> expected{{keysym::ControlL, true}, {keysym::AltL, true}, {keysym::Delete, true},
                                    {keysym::Delete, false}, {keysym::AltL, false}, {keysym::ControlL, false}};
    QVERIFY(QTest::qWaitFor([&] { return m_events.keys.size() >= expected.size(); }, 5000));
    QCOMPARE(m_events.keys, expected);
}

void TstVncViewLocal::pointerWithScaling()
{
    QVERIFY(m_view && m_view->state() == VncClientThread::State::Connected);
    QCOMPARE(m_view->framebufferSize(), QSize(640, 480));
    // Scaled to fit at twice the size: widget (200,100) is guest (100,50).
    m_view->setScaleToFit(true);
    m_view->resize(1280, 960);
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, QPoint(200, 100));
    QVERIFY(QTest::qWaitFor([&] { return !m_events.pointer.isEmpty() && m_events.pointer.last().second == 0; }, 5000));
    const auto pressed = std::find_if(m_events.pointer.cbegin(), m_events.pointer.cend(),
                                      [](const auto &e) { return e.second == 1; });
    QVERIFY(pressed != m_events.pointer.cend());
    QCOMPARE(pressed->first, QPoint(100, 50));
    QCOMPARE(m_events.pointer.last().first, QPoint(100, 50));

    // 1:1: widget coordinates are guest coordinates (the frame sits at the top left).
    m_events.pointer.clear();
    m_view->setScaleToFit(false);
    m_view->resize(640, 480);
    QTest::mouseClick(m_view.get(), Qt::RightButton, {}, QPoint(30, 40));
    QVERIFY(QTest::qWaitFor([&] { return !m_events.pointer.isEmpty() && m_events.pointer.last().second == 0; }, 5000));
    QVERIFY(std::any_of(m_events.pointer.cbegin(), m_events.pointer.cend(),
                        [](const auto &e) { return e.second == 4 && e.first == QPoint(30, 40); }));
}

void TstVncViewLocal::readOnly()
{
    QVERIFY(m_view && m_view->state() == VncClientThread::State::Connected);
    m_view->setReadOnly(true);
    QTest::keyClick(m_view.get(), Qt::Key_B);
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, QPoint(10, 10));
    m_view->typeText(u"nope"_s);
    m_view->sendKeys({keysym::ControlL, keysym::AltL, keysym::Delete});
    QTest::qWait(300);
    QVERIFY(m_events.keys.isEmpty());
    QVERIFY(m_events.pointer.isEmpty());
    // The screen still follows.
    auto *fb = reinterpret_cast<unsigned char *>(m_screen->frameBuffer);
    std::memcpy(fb + (size_t(300) * 640 + 300) * 4, "\xff\xff\xff\x00", 4);
    rfbMarkRectAsModified(m_screen, 300, 300, 301, 301);
    QVERIFY(QTest::qWaitFor([&] { return at(m_view->grabFrame(), 300, 300) == qRgb(255, 255, 255); }, 5000));
    m_view->setReadOnly(false);
    QTest::keyClick(m_view.get(), Qt::Key_B);
    QVERIFY(QTest::qWaitFor([&] { return m_events.keys.size() == 2; }, 5000));
}

void TstVncViewLocal::wrongPassword()
{
    VncView view;
    QSignalSpy states(&view, &VncView::stateChanged);
    view.connectTo(settings(u"not-it"_s));
    QVERIFY(QTest::qWaitFor([&] { return view.state() == VncClientThread::State::WrongPassword
                                         || view.state() == VncClientThread::State::Failed
                                         || view.state() == VncClientThread::State::Connected; }, 10000));
    QCOMPARE(view.state(), VncClientThread::State::WrongPassword);
    QVERIFY2(view.stateDetail().contains(u"password"_s), qPrintable(view.stateDetail()));
    QCOMPARE(states.first().first().value<VncClientThread::State>(), VncClientThread::State::Connecting);
}

// Send key and Type clipboard reach nothing before the view is connected: disabled until then,
// and again once the server drops the client.
void TstVncViewLocal::inputActionsOnlyWhileConnected()
{
    ConsoleEndpoint endpoint;
    endpoint.host = u"127.0.0.1"_s;
    endpoint.port = m_screen->port;
    endpoint.password = u"pw-local"_s;
    endpoint.title = u"local"_s;
    ConsoleWidget console(ResourceId(), endpoint);
    QVERIFY(!console.sendKeyButton()->isEnabled());
    QVERIFY(!console.typeClipboardAction()->isEnabled());
    QVERIFY2(waitConnected(*console.view()), qPrintable(console.view()->stateDetail()));
    QVERIFY(console.sendKeyButton()->isEnabled());
    QVERIFY(console.typeClipboardAction()->isEnabled());

    rfbClientIteratorPtr it = rfbGetClientIterator(m_screen);
    while (rfbClientPtr cl = rfbClientIteratorNext(it))
        rfbCloseClient(cl);
    rfbReleaseClientIterator(it);
    QVERIFY(QTest::qWaitFor([&] { return console.view()->state() == VncClientThread::State::Disconnected; }, 5000));
    QVERIFY(!console.sendKeyButton()->isEnabled());
    QVERIFY(!console.typeClipboardAction()->isEnabled());

    // Nothing listening: Failed, and the actions stay off.
    ConsoleEndpoint refusedEndpoint = endpoint;
    refusedEndpoint.port = 1;
    ConsoleWidget refused(ResourceId(), refusedEndpoint);
    QVERIFY(QTest::qWaitFor([&] { return refused.view()->state() == VncClientThread::State::Failed; }, 10000));
    QVERIFY(!refused.sendKeyButton()->isEnabled());
    QVERIFY(!refused.typeClipboardAction()->isEnabled());

    // The shared view was dropped with the others: the next test expects it connected.
    if (m_view) {
        QVERIFY(QTest::qWaitFor([&] { return m_view->state() == VncClientThread::State::Disconnected; }, 5000));
        m_view->reconnect();
        QVERIFY2(waitConnected(*m_view), qPrintable(m_view->stateDetail()));
    }
}

void TstVncViewLocal::disconnectAndReconnect()
{
    QVERIFY(m_view && m_view->state() == VncClientThread::State::Connected);
    // The server drops every client: the view says so and can reconnect.
    rfbClientIteratorPtr it = rfbGetClientIterator(m_screen);
    while (rfbClientPtr cl = rfbClientIteratorNext(it))
        rfbCloseClient(cl);
    rfbReleaseClientIterator(it);
    QVERIFY(QTest::qWaitFor([&] { return m_view->state() == VncClientThread::State::Disconnected; }, 5000));
    QVERIFY2(!m_view->stateDetail().isEmpty(), "no reason given");
    m_view->reconnect();
    QVERIFY2(waitConnected(*m_view), qPrintable(m_view->stateDetail()));
    QVERIFY(QTest::qWaitFor([&] { return m_view->grabFrame().size() == QSize(640, 480); }, 5000));

    // Connection refused (nothing listens): Failed with the reason, not a hang.
    VncView refused;
    refused.connectTo({u"127.0.0.1"_s, 1, {}, {}, 5});
    QVERIFY(QTest::qWaitFor([&] { return refused.state() == VncClientThread::State::Failed; }, 10000));
    QVERIFY2(refused.stateDetail().contains(u"127.0.0.1:1"_s), qPrintable(refused.stateDetail()));
}

void TstVncViewLocal::cleanup()
{
    if (QTest::currentTestFailed())
        m_view.reset();
}

void TstVncViewLocal::cleanupTestCase()
{
    m_view.reset();
    m_pump.stop();
    if (m_screen) {
        rfbShutdownServer(m_screen, TRUE);
        std::free(m_screen->frameBuffer);
        rfbScreenCleanup(m_screen);
    }
    std::free(m_passwords[0]);
}

QTEST_MAIN(TstVncViewLocal)
#include "tst_vncview_local.moc"
