// The console wall against real VNC servers in this process (libvncserver, one per tile,
// pumped by the test's event loop; the wall's connections run on their own threads): grid
// geometry, focus by click, keys and pointer only to the focused console, "Type Clipboard into
// Checked", the frame-rate cap of unfocused tiles, reasons on tiles without a screen, closing
// without waiting for slow servers; and the main window's "Open Console Wall" on the libvirt
// test driver (whose VMs have no graphics device: each tile says so).
#include "../console/VncTestSupport.h"
#include "ActionController.h"
#include "ConsoleWall.h"
#include "ConsoleWallTile.h"
#include "EnglishPlurals.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "VncView.h"
#include "console/Keysyms.h"
#include "inventory/Inventory.h"
#include "inventory/InventoryModel.h"
#include "metrics/LiveSamples.h"
#include "providers/ProviderManager.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <rfb/rfb.h>

#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;
using namespace welkin;
using welkin::test::PaintCounter;

namespace {

// One VNC server (no password) with a solid colour and a record of what it received.
struct VncTestServer {
    rfbScreenInfoPtr screen = nullptr;
    QList<KeyStroke> keys;
    QList<QPair<QPoint, int>> pointer;
    int clients = 0;
    int gone = 0;
    bool streaming = false;
    quint8 tick = 0;

    static VncTestServer *of(rfbClientPtr client) { return static_cast<VncTestServer *>(client->screen->screenData); }
    static void onKey(rfbBool down, rfbKeySym sym, rfbClientPtr cl) { of(cl)->keys.append({quint32(sym), down != 0}); }
    static void onPointer(int mask, int x, int y, rfbClientPtr cl) { of(cl)->pointer.append({QPoint(x, y), mask}); }
    static void onGone(rfbClientPtr cl) { ++of(cl)->gone; }
    static rfbNewClientAction onClient(rfbClientPtr cl)
    {
        ++of(cl)->clients;
        cl->clientGoneHook = onGone;
        return RFB_CLIENT_ACCEPT;
    }

    bool start(int width, int height, QRgb colour)
    {
        int argc = 0;
        screen = rfbGetScreen(&argc, nullptr, width, height, 8, 3, 4);
        if (!screen)
            return false;
        auto *fb = static_cast<unsigned char *>(std::malloc(size_t(width) * height * 4));
        for (int i = 0; i < width * height; ++i) {
            fb[i * 4] = qRed(colour), fb[i * 4 + 1] = qGreen(colour), fb[i * 4 + 2] = qBlue(colour), fb[i * 4 + 3] = 0;
        }
        screen->frameBuffer = reinterpret_cast<char *>(fb);
        screen->screenData = this;
        screen->kbdAddEvent = onKey;
        screen->ptrAddEvent = onPointer;
        screen->newClientHook = onClient;
        return test::listenOnLoopback(screen);
    }
    ~VncTestServer()
    {
        if (!screen)
            return;
        rfbShutdownServer(screen, TRUE);
        std::free(screen->frameBuffer);
        rfbScreenCleanup(screen);
    }
    int port() const { return screen->port; }
    VncClientThread::Settings settings() const { return {u"127.0.0.1"_s, screen->port, {}, {}, 5}; }
    // A 64x64 block at the top left in a new shade of green each call.
    void changeBlock()
    {
        ++tick;
        auto *fb = reinterpret_cast<unsigned char *>(screen->frameBuffer);
        for (int y = 0; y < 64; ++y)
            for (int x = 0; x < 64; ++x) {
                unsigned char *p = fb + (size_t(y) * screen->width + x) * 4;
                p[0] = 0, p[1] = tick, p[2] = 0, p[3] = 0;
            }
        rfbMarkRectAsModified(screen, 0, 0, 64, 64);
    }
    // FramebufferUpdate messages sent to the connected clients so far.
    int updatesSent() const
    {
        int n = 0;
        rfbClientIteratorPtr it = rfbGetClientIterator(screen);
        while (rfbClientPtr cl = rfbClientIteratorNext(it))
            n += rfbStatGetMessageCountSent(cl, rfbFramebufferUpdate);
        rfbReleaseClientIterator(it);
        return n;
    }
};

// Connection threads of this process (QThread names them after the object name).
int vncThreads()
{
    int n = 0;
    const QDir tasks(u"/proc/self/task"_s);
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + u"/comm"_s));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == "vnc-client")
            ++n;
    }
    return n;
}

QRgb pixel(const QImage &image, int x, int y)
{
    return image.isNull() || !image.rect().contains(x, y) ? 0 : (image.pixel(x, y) | 0xff000000u);
}

// The bounding box of `colour` in `image`.
QRect areaOf(const QImage &image, QRgb colour)
{
    QRect box;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if ((image.pixel(x, y) | 0xff000000u) == colour)
                box |= QRect(x, y, 1, 1);
    return box;
}

const QRgb colours[] = {qRgb(200, 0, 0), qRgb(0, 0, 200), qRgb(200, 200, 0), qRgb(0, 200, 200)};

ResourceId vmId(int i)
{
    return ResourceId(u"local"_s, ResourceKind::Vm, u"vm-%1"_s.arg(i));
}

} // namespace

class TstConsoleWall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fourTilesInAGrid();
    void sixteenTilesAndNoMore();
    void clickFocusesAndKeysGoToTheFocusedTileOnly();
    void typeClipboardIntoCheckedTiles();
    void unfocusedTilesAreCapped();
    void unreachableTileSaysWhy();
    void closingDoesNotWaitForSlowServers();
    void mainWindowOpensWallsOfSelectionAndNodes();

private:
    ConsoleWall *openWall(int tiles);
    VncTestServer &server(int i) { return *m_servers.at(i); }

    std::vector<std::unique_ptr<VncTestServer>> m_servers;
    QTimer m_pump;
    QPointer<ConsoleWall> m_wall;
};

void TstConsoleWall::initTestCase()
{
    rfbLogEnable(0);
    QCoreApplication::installTranslator(new EnglishPlurals(qApp)); // "4 consoles", as the app says
    for (int i = 0; i < 4; ++i) {
        auto server = std::make_unique<VncTestServer>();
        QVERIFY2(server->start(640, 480, colours[i]), "libvncserver did not listen");
        m_servers.push_back(std::move(server));
    }
    // The servers run on the test's thread, pumped by the event loop.
    connect(&m_pump, &QTimer::timeout, this, [this] {
        for (const auto &s : m_servers) {
            if (s->streaming)
                s->changeBlock();
            rfbProcessEvents(s->screen, 0);
        }
    });
    m_pump.start(2);
}

void TstConsoleWall::init()
{
    for (const auto &s : m_servers) {
        s->keys.clear();
        s->pointer.clear();
        s->streaming = false;
    }
}

void TstConsoleWall::cleanup()
{
    delete m_wall;
    // Every connection thread ends (the servers see their clients go) before the next test.
    QTRY_COMPARE_WITH_TIMEOUT(vncThreads(), 0, 15000);
}

ConsoleWall *TstConsoleWall::openWall(int tiles)
{
    m_wall = new ConsoleWall(nullptr, nullptr);
    m_wall->resize(1000, 800);
    for (int i = 0; i < tiles; ++i)
        m_wall->addTile(vmId(i), u"vm-%1"_s.arg(i), server(i % 4).settings());
    m_wall->show();
    if (!QTest::qWaitForWindowExposed(m_wall))
        qWarning("wall not exposed");
    return m_wall;
}

void TstConsoleWall::fourTilesInAGrid()
{
    ConsoleWall *wall = openWall(4);
    const QList<ConsoleWallTile *> tiles = wall->tiles();
    QCOMPARE(tiles.size(), 4);
    QCOMPARE(wall->columnCount(), 2);
    QCOMPARE(wall->windowTitle(), u"Console Wall (4 consoles)"_s);
    for (ConsoleWallTile *tile : tiles)
        QTRY_VERIFY2_WITH_TIMEOUT(tile->isConnected(), qPrintable(tile->name() + u": "_s + tile->problem()), 10000);
    // Two by two, equal sizes.
    QCOMPARE(tiles[0]->y(), tiles[1]->y());
    QVERIFY(tiles[1]->x() > tiles[0]->x() + tiles[0]->width() / 2);
    QCOMPARE(tiles[2]->x(), tiles[0]->x());
    QVERIFY(tiles[2]->y() > tiles[0]->y() + tiles[0]->height() / 2);
    QVERIFY(qAbs(tiles[0]->width() - tiles[3]->width()) <= 1);
    QVERIFY(qAbs(tiles[0]->height() - tiles[3]->height()) <= 1);
    // Each tile shows its own server's screen, scaled down with its 4:3 aspect kept.
    for (int i = 0; i < 4; ++i) {
        VncView *view = tiles[i]->view();
        QTRY_COMPARE_WITH_TIMEOUT(pixel(view->grabFrame(), 320, 240), colours[i], 5000);
        QVERIFY(view->width() < 640);
        const QRect shown = areaOf(view->grab().toImage(), colours[i]);
        QVERIFY2(shown.width() > 100, qPrintable(u"%1x%2"_s.arg(shown.width()).arg(shown.height())));
        QVERIFY2(qAbs(shown.width() * 3 - shown.height() * 4) <= 8,
                 qPrintable(u"%1x%2"_s.arg(shown.width()).arg(shown.height())));
        QVERIFY(shown.width() == view->width() || shown.height() == view->height()); // fills one side
    }
    // Nothing focused yet: every tile is capped and the keyboard is with the grid.
    QCOMPARE(wall->focusedTile(), nullptr);
    for (ConsoleWallTile *tile : tiles)
        QCOMPARE(tile->view()->maxFrameRate(), ConsoleWallTile::unfocusedFrameRate);
}

void TstConsoleWall::sixteenTilesAndNoMore()
{
    ConsoleWall *wall = openWall(16);
    QCOMPARE(wall->tiles().size(), 16);
    QCOMPARE(wall->columnCount(), 4);
    QCOMPARE(wall->addTile(vmId(16), u"one too many"_s, server(0).settings()), nullptr);
    QCOMPARE(wall->tiles().size(), 16);
    // The last row's tiles sit under the first row's.
    QCOMPARE(wall->tiles()[12]->x(), wall->tiles()[0]->x());
    QCOMPARE(wall->tiles()[15]->x(), wall->tiles()[3]->x());
    QVERIFY(wall->tiles()[15]->y() > wall->tiles()[11]->y());
    for (ConsoleWallTile *tile : wall->tiles())
        QTRY_VERIFY2_WITH_TIMEOUT(tile->isConnected(), qPrintable(tile->problem()), 15000);
    // Ids without a provider: a wall with no ProviderManager says so instead of hanging.
    QCOMPARE(wall->openVms({vmId(17), vmId(18)}), 2);
    QVERIFY2(wall->noticeText().contains(u"2 VMs left out"_s), qPrintable(wall->noticeText()));
}

void TstConsoleWall::clickFocusesAndKeysGoToTheFocusedTileOnly()
{
    ConsoleWall *wall = openWall(4);
    wall->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(wall));
    const QList<ConsoleWallTile *> tiles = wall->tiles();
    for (ConsoleWallTile *tile : tiles)
        QTRY_VERIFY_WITH_TIMEOUT(tile->isConnected(), 10000);
    const int before[] = {server(0).clients, server(1).clients, server(2).clients, server(3).clients};

    // The first click focuses tile 1 and goes no further.
    VncView *view1 = tiles[1]->view();
    QTest::mouseClick(view1, Qt::LeftButton, {}, view1->rect().center());
    QCOMPARE(wall->focusedTile(), tiles[1]);
    QVERIFY(tiles[1]->isFocused());
    QCOMPARE(QApplication::focusWidget(), view1);
    QCOMPARE(view1->maxFrameRate(), 0); // full rate for the focused tile
    QCOMPARE(tiles[0]->view()->maxFrameRate(), ConsoleWallTile::unfocusedFrameRate);

    // Typing goes to whatever has the keyboard focus: the focused tile's view.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F2);
    const QList<KeyStroke> typed{{'a', true}, {'a', false}, {keysym::F1 + 1, true}, {keysym::F1 + 1, false}};
    QTRY_COMPARE_WITH_TIMEOUT(server(1).keys, typed, 5000);
    QVERIFY2(server(1).pointer.isEmpty(), // input is sent in order: the focusing click would be there
             qPrintable(u"%1 pointer events, first at %2,%3 buttons %4"_s.arg(server(1).pointer.size())
                            .arg(server(1).pointer.value(0).first.x()).arg(server(1).pointer.value(0).first.y())
                            .arg(server(1).pointer.value(0).second)));
    // Hovering over an unfocused tile moves no guest pointer; a click on the focused one does.
    QTest::mouseMove(tiles[3]->view(), tiles[3]->view()->rect().center());
    QTest::mouseClick(view1, Qt::LeftButton, {}, view1->rect().center());
    QTRY_VERIFY_WITH_TIMEOUT(!server(1).pointer.isEmpty() && server(1).pointer.last().second == 0, 5000);
    QVERIFY(std::any_of(server(1).pointer.cbegin(), server(1).pointer.cend(), [](const auto &e) { return e.second == 1; }));

    // Another click moves the focus: keys now reach tile 3's server only.
    VncView *view3 = tiles[3]->view();
    QTest::mouseClick(view3, Qt::LeftButton, {}, view3->rect().center());
    QCOMPARE(wall->focusedTile(), tiles[3]);
    QVERIFY(!tiles[1]->isFocused());
    QCOMPARE(view1->maxFrameRate(), ConsoleWallTile::unfocusedFrameRate);
    QCOMPARE(QApplication::focusWidget(), view3);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z);
    QTRY_COMPARE_WITH_TIMEOUT(server(3).keys, (QList<KeyStroke>{{'z', true}, {'z', false}}), 5000);
    QVERIFY(server(3).pointer.isEmpty()); // neither the hover nor the focusing click
    QCOMPARE(server(1).keys, typed);
    QVERIFY(server(0).keys.isEmpty());
    QVERIFY(server(2).keys.isEmpty());
    for (int i = 0; i < 4; ++i)
        QCOMPARE(server(i).clients, before[i]); // no reconnects on the way

    // A double-click asks for that VM's full console.
    QVariantList asked;
    connect(wall, &ConsoleWall::openConsoleRequested, this, [&](const ResourceId &vm) { asked.append(vm.toString()); });
    QTest::mouseDClick(tiles[2]->view(), Qt::LeftButton, {}, tiles[2]->view()->rect().center());
    QCOMPARE(asked, QVariantList{vmId(2).toString()});
}

void TstConsoleWall::typeClipboardIntoCheckedTiles()
{
    ConsoleWall *wall = openWall(4);
    const QList<ConsoleWallTile *> tiles = wall->tiles();
    for (ConsoleWallTile *tile : tiles) {
        QTRY_VERIFY_WITH_TIMEOUT(tile->isConnected(), 10000);
        QVERIFY(tile->isChecked()); // all checked to begin with
    }
    tiles[2]->setChecked(false);
    const QString text = u"uptime; echo é\n"_s;
    QGuiApplication::clipboard()->setText(text);
    QCOMPARE(QGuiApplication::clipboard()->text(), text);
    wall->typeClipboardAction()->trigger();
    const QList<KeyStroke> expected = keyStrokesForText(text);
    QCOMPARE(expected.size(), 2 * text.size());
    for (int i : {0, 1, 3})
        QTRY_COMPARE_WITH_TIMEOUT(server(i).keys, expected, 5000);
    QVERIFY2(wall->noticeText().contains(u"into 3 consoles"_s), qPrintable(wall->noticeText()));
    // The unchecked tile got nothing: a key typed into it afterwards is all its server has.
    QTest::mouseClick(tiles[2]->view(), Qt::LeftButton, {}, tiles[2]->view()->rect().center());
    QCOMPARE(wall->focusedTile(), tiles[2]);
    tiles[2]->view()->typeText(u"k"_s);
    QTRY_COMPARE_WITH_TIMEOUT(server(2).keys, (QList<KeyStroke>{{'k', true}, {'k', false}}), 5000);

    // An empty clipboard types nothing and says so.
    QGuiApplication::clipboard()->clear();
    server(0).keys.clear();
    wall->typeClipboard();
    QVERIFY2(wall->noticeText().contains(u"no text"_s), qPrintable(wall->noticeText()));
    QVERIFY(server(0).keys.isEmpty());
}

void TstConsoleWall::unfocusedTilesAreCapped()
{
    ConsoleWall *wall = openWall(2);
    const QList<ConsoleWallTile *> tiles = wall->tiles();
    for (ConsoleWallTile *tile : tiles)
        QTRY_VERIFY_WITH_TIMEOUT(tile->isConnected(), 10000);
    wall->focusTile(tiles[0]);
    PaintCounter focusedPaints, cappedPaints;
    tiles[0]->view()->installEventFilter(&focusedPaints);
    tiles[1]->view()->installEventFilter(&cappedPaints);
    // Both servers change their screen on every pump (every 2 ms) for a while.
    const int focusedBefore = server(0).updatesSent();
    const int cappedBefore = server(1).updatesSent();
    QElapsedTimer streamed;
    streamed.start();
    server(0).streaming = server(1).streaming = true;
    QTest::qWait(2000);
    server(0).streaming = server(1).streaming = false;
    const qint64 elapsedMs = streamed.elapsed();
    const int focusedUpdates = server(0).updatesSent() - focusedBefore;
    const int cappedUpdates = server(1).updatesSent() - cappedBefore;
    const int cappedRepaints = cappedPaints.paints;
    // At most one update per 1/5 s is read, so the server sends at most one more than that.
    const qint64 bound = elapsedMs * ConsoleWallTile::unfocusedFrameRate / 1000 + 3;
    const QString figures = u"%1 ms: focused %2 updates / %3 paints, capped %4 updates / %5 paints, bound %6"_s
                                .arg(elapsedMs).arg(focusedUpdates).arg(focusedPaints.paints)
                                .arg(cappedUpdates).arg(cappedRepaints).arg(bound);
    qInfo("%s", qPrintable(figures));
    QVERIFY2(cappedUpdates <= bound, qPrintable(figures));
    QVERIFY2(cappedRepaints <= bound, qPrintable(figures));
    QVERIFY2(cappedRepaints >= 2, qPrintable(figures)); // capped, not frozen
    // The same servers stream faster than the cap to the focused tile: the cap is what held back.
    QVERIFY2(focusedUpdates > bound, qPrintable(figures));
    // The capped tile still ends on the server's last screen.
    const QRgb last = qRgb(0, server(1).tick, 0);
    QTRY_COMPARE_WITH_TIMEOUT(pixel(tiles[1]->view()->grabFrame(), 10, 10), last, 5000);
    tiles[0]->view()->removeEventFilter(&focusedPaints);
    tiles[1]->view()->removeEventFilter(&cappedPaints);
}

void TstConsoleWall::unreachableTileSaysWhy()
{
    int closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    }
    ConsoleWall *wall = openWall(1);
    ConsoleWallTile *nowhere = wall->addTile(vmId(9), u"nowhere"_s, {u"127.0.0.1"_s, closedPort, {}, {}, 5});
    QVERIFY(nowhere);
    QTRY_VERIFY_WITH_TIMEOUT(!nowhere->problem().isEmpty(), 10000);
    QVERIFY2(nowhere->problem().contains(u"Could not connect to 127.0.0.1:%1"_s.arg(closedPort)),
             qPrintable(nowhere->problem()));
    auto *message = nowhere->findChild<QLabel *>(u"consoleWallTileMessage"_s);
    QVERIFY(message && message->isVisible());
    QCOMPARE(message->text(), nowhere->problem());
    QVERIFY(!nowhere->view()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(wall->tiles()[0]->isConnected(), 10000); // the other tile is unaffected
}

void TstConsoleWall::closingDoesNotWaitForSlowServers()
{
    // Servers that accept and then never speak: the client threads sit in the handshake.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            held.append(socket);
    });
    ConsoleWall *wall = openWall(1);
    for (int i = 0; i < 2; ++i)
        wall->addTile(vmId(10 + i), u"silent"_s, {u"127.0.0.1"_s, int(silent.serverPort()), {}, {}, 5});
    QTRY_VERIFY_WITH_TIMEOUT(wall->tiles()[0]->isConnected(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(held.size(), 2, 10000);
    QCOMPARE(vncThreads(), 3);
    const int goneBefore = server(0).gone;

    QPointer<ConsoleWall> guard(wall);
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start(10);
    QVERIFY(wall->close());
    QTRY_VERIFY(guard.isNull()); // deleted on close
    // The event loop runs on while the two stuck threads are still there.
    QTRY_VERIFY(ticks >= 10);
    QCOMPARE(vncThreads(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(server(0).gone, goneBefore + 1, 5000); // the real server saw it go
    // Once the silent servers hang up, the stuck threads end and free themselves.
    qDeleteAll(held);
    QTRY_COMPARE_WITH_TIMEOUT(vncThreads(), 0, 15000);
}

void TstConsoleWall::mainWindowOpensWallsOfSelectionAndNodes()
{
    QTemporaryDir dir;
    Inventory inventory;
    LiveSamples samples;
    ProviderManager providers(&inventory, &samples);
    registerBuiltinProviders(providers);
    // 20 VMs without graphics devices (each tile says so); wall-00 is shut off.
    const QString uri = guitest::writeNode(dir, u"wall.xml"_s, 20, u"wall"_s, [](int i) { return i == 0 ? 5 : 1; });
    QVERIFY(providers.addConnection({uri, u"libvirt"_s, u"Wall host"_s, uri, {}}));
    MainWindowServices services;
    services.settingsPath = dir.filePath(u"window.ini"_s);
    {
        MainWindow window(&providers, &inventory, &samples, services);
        window.show();
        QTreeView *tree = window.treeView();
        QAbstractItemModel *model = tree->model();
        QTRY_VERIFY_WITH_TIMEOUT(guitest::findRow(model, u"wall-19"_s).isValid(), 10000);
        QAction *wallAction = window.consoleWallAction();

        // The shut-off VM alone: nothing to show.
        window.selectResource(guitest::findRow(model, u"wall-00"_s).data(InventoryModel::ResourceIdRole).value<ResourceId>());
        QTRY_VERIFY(!wallAction->isEnabled());
        // Three VMs, one shut off: the two running ones get tiles.
        for (const QString &name : {u"wall-00"_s, u"wall-01"_s, u"wall-02"_s})
            tree->selectionModel()->select(guitest::findRow(model, name),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QTRY_VERIFY(wallAction->isEnabled());
        wallAction->trigger();
        auto *wall = window.findChild<ConsoleWall *>();
        QVERIFY(wall && wall->isVisible() && wall->isWindow());
        QCOMPARE(wall->tiles().size(), 2);
        QCOMPARE(wall->tiles()[0]->name(), u"wall-01"_s);
        QCOMPARE(wall->tiles()[0]->powerStateText(), u"Running"_s);
        for (ConsoleWallTile *tile : wall->tiles())
            QTRY_VERIFY2_WITH_TIMEOUT(tile->problem().contains(u"graphic"_s),
                                      qPrintable(tile->problem()), 10000);
        wall->close();
        QTRY_VERIFY(!window.findChild<ConsoleWall *>());

        // The connection's node: all its running VMs, capped at 16, with what was left out said.
        const auto providerId = guitest::findRow(model, u"Wall host"_s).data(InventoryModel::ResourceIdRole).value<ResourceId>();
        QCOMPARE(providerId.kind(), ResourceKind::Provider);
        // (what the context menu's "Open Console Wall of Its VMs" calls)
        window.openConsoleWall({providerId});
        wall = window.findChild<ConsoleWall *>();
        QVERIFY(wall);
        QCOMPARE(wall->tiles().size(), ConsoleWall::maxTiles);
        QVERIFY2(wall->noticeText().contains(u"3 VMs left out"_s), qPrintable(wall->noticeText()));
        QCOMPARE(wall->columnCount(), 4);
        wall->close();
        QTRY_VERIFY(!window.findChild<ConsoleWall *>());
    }
    providers.closeAll();
}

QTEST_MAIN(TstConsoleWall)
#include "tst_consolewall.moc"
