#pragma once

#include "VncClientThread.h"
#include "model/ResourceId.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QGridLayout;
class QLabel;
class QToolBar;

namespace welkin {

class ConsoleWallTile;
class Inventory;
class InventoryNode;
class ProviderManager;
class SshTunnelPool;

// Many VMs' consoles at once, in a window of its own: a grid of live VNC tiles (columns =
// ceil(sqrt(n)), at most maxTiles). Unfocused tiles are capped at a few frames a second; a click
// focuses one tile (keyboard and pointer go there, at full rate); a double-click asks for that
// VM's full console; "Type Clipboard into Checked" types into every checked, connected tile.
// Endpoints are asked of the providers asynchronously (as the console tabs do); closing the
// window drops every connection without waiting for any (each connection thread ends and
// frees itself).
class ConsoleWall : public QWidget
{
    Q_OBJECT
public:
    static constexpr int maxTiles = 16;

    // `providers` and `inventory` may be null when tiles are only added with addTile().
    ConsoleWall(ProviderManager *providers, Inventory *inventory, QWidget *parent = nullptr);
    ~ConsoleWall() override;

    // SSH tunnels for remote guests: shared with the console tabs when given, else the wall's own.
    void setTunnelPool(SshTunnelPool *tunnels);

    // A tile per VM, in order, up to maxTiles in all; returns how many were left out (also
    // said in the window).
    int openVms(const QList<ResourceId> &vms);
    // A tile for a VNC server reachable as given (tests, benchmarks); nullptr when full.
    ConsoleWallTile *addTile(const ResourceId &vm, const QString &name, const VncClientThread::Settings &settings);

    QList<ConsoleWallTile *> tiles() const { return m_tiles; }
    int columnCount() const;
    ConsoleWallTile *focusedTile() const { return m_focused; }
    void focusTile(ConsoleWallTile *tile);

    // Types `text` into every checked tile that is connected; returns how many got it.
    int typeText(const QString &text);
    void typeClipboard();
    // Tiles without a screen try again (looking up the endpoint anew for provider VMs).
    void reconnectProblems();

    QAction *typeClipboardAction() const { return m_typeClipboard; }
    QString noticeText() const;

Q_SIGNALS:
    // Double-click on a tile, or "Open Full Console": the main window's console tab for `vm`.
    void openConsoleRequested(const welkin::ResourceId &vm);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    ConsoleWallTile *createTile(const ResourceId &vm, const QString &name);
    void relayout();
    void resolve(ConsoleWallTile *tile);
    void onNodeChanged(const InventoryNode *node);
    void updatePowerState(ConsoleWallTile *tile);
    void updateTitle();
    void setNotice(const QString &text);

    ProviderManager *m_providers;
    Inventory *m_inventory;
    QPointer<SshTunnelPool> m_tunnels;
    QToolBar *m_toolBar = nullptr;
    QAction *m_typeClipboard = nullptr;
    QAction *m_openFull = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_hint = nullptr;
    QWidget *m_grid = nullptr;
    QGridLayout *m_gridLayout = nullptr;
    QList<ConsoleWallTile *> m_tiles;
    ConsoleWallTile *m_focused = nullptr;
    QString m_leftOutNotice;
};

} // namespace welkin
