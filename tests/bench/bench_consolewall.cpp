// Benchmark (not a test): what a console wall costs Welkin.
//
//   bench_consolewall [--tiles 4,16] [--seconds 20] [--settle 3] [--uncapped]
//   bench_consolewall --screenshot OUT.png --connect URI [--tiles 4]
//
// Figures: a child process (this program with --serve N) runs N in-process VNC servers
// (libvncserver, 1024x768), each drawing a moving 256x192 block 30 times a second, like a busy
// guest desktop; this process opens a ConsoleWall with one tile per server, one tile focused
// (full rate), the others capped, waits until all are connected, lets them settle, then measures
// its own CPU time (user+system, from getrusage, so the servers' work is not counted) and RSS
// over the measuring window. Prints key=value lines per wall size: cpu_percent (of one core),
// rss_mib, rss_growth_mib and per_tile_mib (growth over the RSS before the wall opened),
// repaints_per_s of the focused and of one capped tile.
//
// --screenshot: the wall of the running VMs of a real libvirt connection (e.g. the qemu
// fixture's private libvirtd), saved once every tile shows its guest; for the README.
#include "../console/VncTestSupport.h"
#include "ConsoleWall.h"
#include "ConsoleWallTile.h"
#include "ProcessFigures.h"
#include "VncView.h"
#include "inventory/Inventory.h"
#include "metrics/LiveSamples.h"
#include "providers/ProviderManager.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QTimer>

#include <rfb/rfb.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace welkin;
using welkin::bench::cpuSeconds;
using welkin::bench::rssKiB;
using welkin::test::PaintCounter;
using namespace Qt::StringLiterals;

namespace {

// --serve N: the servers, in a process of their own; prints "ports p1 p2 ..." when listening.
int serve(int count)
{
    rfbLogEnable(0);
    constexpr int width = 1024, height = 768, blockW = 256, blockH = 192;
    std::vector<rfbScreenInfoPtr> screens;
    for (int i = 0; i < count; ++i) {
        int argc = 0;
        rfbScreenInfoPtr screen = rfbGetScreen(&argc, nullptr, width, height, 8, 3, 4);
        screen->frameBuffer = static_cast<char *>(std::calloc(size_t(width) * height, 4));
        if (!test::listenOnLoopback(screen))
            return 1;
        screens.push_back(screen);
    }
    std::printf("ports");
    for (rfbScreenInfoPtr screen : screens)
        std::printf(" %d", screen->port);
    std::printf("\n");
    std::fflush(stdout);
    QElapsedTimer clock;
    clock.start();
    qint64 nextDraw = 0;
    int frame = 0;
    for (;;) {
        if (clock.elapsed() >= nextDraw) {
            nextDraw += 33;
            ++frame;
            for (size_t s = 0; s < screens.size(); ++s) {
                rfbScreenInfoPtr screen = screens[s];
                auto *fb = reinterpret_cast<quint32 *>(screen->frameBuffer);
                const int x0 = int((frame * 7 + s * 97) % (width - blockW));
                const int y0 = int((frame * 5 + s * 61) % (height - blockH));
                const quint32 colour = 0x00101010u * quint32(frame % 16) + 0x00204080u * quint32(s % 4);
                for (int y = y0; y < y0 + blockH; ++y)
                    std::fill(fb + size_t(y) * width + x0, fb + size_t(y) * width + x0 + blockW, colour);
                rfbMarkRectAsModified(screen, x0, y0, x0 + blockW, y0 + blockH);
            }
        }
        for (rfbScreenInfoPtr screen : screens)
            rfbProcessEvents(screen, 1000 / int(screens.size()) + 1);
    }
}

void wait(int ms)
{
    QTest::qWait(ms);
}

int measure(int tiles, int seconds, int settle, bool uncapped, const QString &self)
{
    QProcess servers;
    servers.start(self, {u"--serve"_s, QString::number(tiles)});
    if (!servers.waitForStarted() || !servers.waitForReadyRead(10000)) {
        std::fprintf(stderr, "the VNC servers did not start\n");
        return 1;
    }
    const QList<QByteArray> words = servers.readLine().trimmed().split(' ');
    if (words.size() != tiles + 1 || words.first() != "ports") {
        std::fprintf(stderr, "unexpected server output\n");
        return 1;
    }
    wait(500);
    const qint64 rssBefore = rssKiB();

    auto *wall = new ConsoleWall(nullptr, nullptr);
    QPointer<ConsoleWall> guard(wall);
    wall->resize(1600, 1000);
    for (int i = 0; i < tiles; ++i)
        wall->addTile(ResourceId(u"bench"_s, ResourceKind::Vm, QString::number(i)), u"guest-%1"_s.arg(i),
                      {u"127.0.0.1"_s, words.at(i + 1).toInt(), {}, {}, 10});
    wall->show();
    QElapsedTimer connecting;
    connecting.start();
    const auto allConnected = [&] {
        return std::all_of(wall->tiles().cbegin(), wall->tiles().cend(), [](auto *t) { return t->isConnected(); });
    };
    while (!allConnected() && connecting.elapsed() < 20000)
        wait(50);
    if (!allConnected()) {
        std::fprintf(stderr, "not every tile connected\n");
        return 1;
    }
    wall->focusTile(wall->tiles().first());
    if (uncapped) { // for comparison: what the cap saves
        for (ConsoleWallTile *tile : wall->tiles())
            tile->view()->setMaxFrameRate(0);
    }
    PaintCounter focusedPaints, cappedPaints;
    wall->tiles().first()->view()->installEventFilter(&focusedPaints);
    wall->tiles().last()->view()->installEventFilter(&cappedPaints);
    wait(settle * 1000);

    focusedPaints.paints = cappedPaints.paints = 0;
    const double cpuStart = cpuSeconds();
    QElapsedTimer window;
    window.start();
    qint64 rssPeak = 0;
    while (window.elapsed() < seconds * 1000) {
        wait(250);
        rssPeak = std::max(rssPeak, rssKiB());
    }
    const double elapsed = window.elapsed() / 1000.0;
    const double cpu = (cpuSeconds() - cpuStart) / elapsed * 100.0;
    const qint64 rssEnd = rssKiB();
    std::printf("tiles=%d uncapped=%d seconds=%.1f cpu_percent=%.1f rss_mib=%.1f rss_peak_mib=%.1f rss_before_mib=%.1f "
                "rss_growth_mib=%.1f per_tile_mib=%.2f focused_repaints_per_s=%.1f capped_repaints_per_s=%.1f\n",
                tiles, int(uncapped), elapsed, cpu, rssEnd / 1024.0, rssPeak / 1024.0, rssBefore / 1024.0,
                (rssEnd - rssBefore) / 1024.0, (rssEnd - rssBefore) / 1024.0 / tiles, focusedPaints.paints / elapsed,
                cappedPaints.paints / elapsed);
    std::fflush(stdout);

    wall->tiles().first()->view()->removeEventFilter(&focusedPaints);
    wall->tiles().last()->view()->removeEventFilter(&cappedPaints);
    QElapsedTimer closing;
    closing.start();
    wall->close();
    while (guard)
        wait(10);
    std::printf("tiles=%d close_ms=%lld\n", tiles, static_cast<long long>(closing.elapsed()));
    servers.kill();
    servers.waitForFinished();
    wait(500); // connection threads end when their servers are gone
    return 0;
}

int screenshot(const QString &out, const QString &uri, int tiles)
{
    Inventory inventory;
    LiveSamples samples;
    ProviderManager providers(&inventory, &samples);
    registerBuiltinProviders(providers);
    if (!providers.addConnection({u"wall"_s, u"libvirt"_s, u"Lab"_s, uri, {}})) {
        std::fprintf(stderr, "cannot add %s\n", qPrintable(uri));
        return 1;
    }
    QList<ResourceId> running;
    QElapsedTimer clock;
    clock.start();
    while (running.size() < tiles && clock.elapsed() < 30000) {
        wait(200);
        running.clear();
        for (const InventoryNode *node : inventory.vmsBelow(inventory.root())) {
            if (node->resource().vm() && node->resource().vm()->state == PowerState::Running)
                running.append(node->id());
        }
    }
    std::sort(running.begin(), running.end(), [&](const ResourceId &a, const ResourceId &b) {
        return inventory.node(a)->resource().name < inventory.node(b)->resource().name;
    });
    auto *wall = new ConsoleWall(&providers, &inventory);
    wall->resize(1200, 820);
    wall->openVms(running.mid(0, tiles));
    wall->show();
    const auto showing = [&] {
        return std::all_of(wall->tiles().cbegin(), wall->tiles().cend(), [](ConsoleWallTile *t) {
            return t->isConnected() && !t->view()->grabFrame().isNull() && t->view()->framebufferSize().width() > 0;
        });
    };
    while (!showing() && clock.elapsed() < 60000)
        wait(200);
    wait(3000); // let the guests draw their screens
    if (!wall->tiles().isEmpty())
        wall->focusTile(wall->tiles().first());
    wait(500);
    const bool ok = wall->grab().save(out);
    std::printf("%s %s (%lld tiles)\n", ok ? "wrote" : "FAILED", qPrintable(out), static_cast<long long>(wall->tiles().size()));
    delete wall;
    providers.closeAll();
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--serve") == 0)
            return serve(std::atoi(argv[i + 1]));
    }
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"tiles"_s, u"Wall sizes, comma-separated."_s, u"list"_s, u"4,16"_s});
    parser.addOption({u"seconds"_s, u"Measuring window per size."_s, u"s"_s, u"20"_s});
    parser.addOption({u"settle"_s, u"Seconds between connecting and measuring."_s, u"s"_s, u"3"_s});
    parser.addOption({u"uncapped"_s, u"Every tile at full rate (what the cap saves)."_s});
    parser.addOption({u"screenshot"_s, u"Save a wall of a real connection's running VMs here."_s, u"png"_s});
    parser.addOption({u"connect"_s, u"libvirt URI for --screenshot."_s, u"uri"_s});
    parser.process(app);
    if (parser.isSet(u"screenshot"_s))
        return screenshot(parser.value(u"screenshot"_s), parser.value(u"connect"_s),
                          parser.isSet(u"tiles"_s) ? parser.value(u"tiles"_s).toInt() : 4);
    for (const QString &n : parser.value(u"tiles"_s).split(u',')) {
        if (const int rc = measure(n.toInt(), parser.value(u"seconds"_s).toInt(), parser.value(u"settle"_s).toInt(),
                                   parser.isSet(u"uncapped"_s), QCoreApplication::applicationFilePath()))
            return rc;
    }
    return 0;
}
