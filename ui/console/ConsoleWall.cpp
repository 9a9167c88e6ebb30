#include "ConsoleWall.h"

#include "ConsoleWallTile.h"
#include "VncView.h"
#include "console/ConsoleEndpoint.h"
#include "console/SshTunnelPool.h"
#include "inventory/Inventory.h"
#include "providers/ProviderManager.h"

#include <QAction>
#include <QClipboard>
#include <QCloseEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QToolBar>
#include <QVBoxLayout>

#include <cmath>

namespace welkin {

using namespace Qt::StringLiterals;

ConsoleWall::ConsoleWall(ProviderManager *providers, Inventory *inventory, QWidget *parent)
    : QWidget(parent, Qt::Window), m_providers(providers), m_inventory(inventory)
{
    setObjectName(u"consoleWall"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    resize(1280, 860);

    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // No shortcuts here: every key typed on the wall belongs to the focused guest.
    m_typeClipboard = m_toolBar->addAction(tr("Type Clipboard into Checked"), this, &ConsoleWall::typeClipboard);
    m_typeClipboard->setObjectName(u"action-wall-type-clipboard"_s);
    m_typeClipboard->setToolTip(tr("Types the clipboard's text as keystrokes into every checked, connected console"));
    m_toolBar->addAction(tr("Check All"), this, [this] {
        for (ConsoleWallTile *tile : std::as_const(m_tiles))
            tile->setChecked(true);
    });
    m_toolBar->addAction(tr("Check None"), this, [this] {
        for (ConsoleWallTile *tile : std::as_const(m_tiles))
            tile->setChecked(false);
    });
    m_toolBar->addSeparator();
    m_openFull = m_toolBar->addAction(tr("Open Full Console"), this, [this] {
        if (m_focused)
            Q_EMIT openConsoleRequested(m_focused->vm());
    });
    m_openFull->setToolTip(tr("The focused VM's console in the main window (or double-click a console)"));
    m_openFull->setEnabled(false);
    QAction *reconnect = m_toolBar->addAction(tr("Reconnect"), this, &ConsoleWall::reconnectProblems);
    reconnect->setToolTip(tr("Consoles that show no screen try again"));
    for (QAction *action : m_toolBar->actions()) {
        if (QWidget *button = m_toolBar->widgetForAction(action))
            button->setFocusPolicy(Qt::NoFocus);
    }

    m_hint = new QLabel(tr("Click a console to type into it; double-click for its full console."), this);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_notice = new QLabel(this);
    m_notice->setObjectName(u"consoleWallNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->hide();
    auto *info = new QHBoxLayout;
    info->setContentsMargins(6, 0, 6, 0);
    info->addWidget(m_notice, 1);
    info->addWidget(m_hint);

    // The grid takes the focus while no tile has it, so keys typed then reach no guest.
    m_grid = new QWidget(this);
    m_grid->setFocusPolicy(Qt::StrongFocus);
    m_gridLayout = new QGridLayout(m_grid);
    m_gridLayout->setContentsMargins(4, 4, 4, 4);
    m_gridLayout->setSpacing(4);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addLayout(info);
    layout->addWidget(m_grid, 1);

    if (m_inventory) {
        connect(m_inventory, &Inventory::nodeChanged, this, &ConsoleWall::onNodeChanged);
        connect(m_inventory, &Inventory::nodesRemoved, this, [this] {
            for (ConsoleWallTile *tile : std::as_const(m_tiles))
                updatePowerState(tile);
        });
    }
    updateTitle();
}

ConsoleWall::~ConsoleWall()
{
    // Tiles go before the tunnel pool the wall may own; each view's thread ends on its own.
    m_focused = nullptr;
    qDeleteAll(std::exchange(m_tiles, {}));
}

void ConsoleWall::setTunnelPool(SshTunnelPool *tunnels)
{
    m_tunnels = tunnels;
}

int ConsoleWall::openVms(const QList<ResourceId> &vms)
{
    int leftOut = 0;
    for (const ResourceId &vm : vms) {
        if (m_tiles.size() >= maxTiles) {
            ++leftOut;
            continue;
        }
        const InventoryNode *node = m_inventory ? m_inventory->node(vm) : nullptr;
        ConsoleWallTile *tile = createTile(vm, node ? node->resource().name : vm.nativeId());
        resolve(tile);
    }
    if (leftOut > 0) {
        m_leftOutNotice = tr("%n VM(s) left out: a console wall shows at most %1 consoles.", nullptr, leftOut)
                              .arg(maxTiles);
        setNotice(m_leftOutNotice);
    }
    relayout();
    return leftOut;
}

ConsoleWallTile *ConsoleWall::addTile(const ResourceId &vm, const QString &name, const VncClientThread::Settings &settings)
{
    if (m_tiles.size() >= maxTiles)
        return nullptr;
    ConsoleWallTile *tile = createTile(vm, name);
    tile->connectTo(settings);
    relayout();
    return tile;
}

ConsoleWallTile *ConsoleWall::createTile(const ResourceId &vm, const QString &name)
{
    auto *tile = new ConsoleWallTile(vm, name, m_grid);
    m_tiles.append(tile);
    connect(tile, &ConsoleWallTile::focusRequested, this, &ConsoleWall::focusTile);
    connect(tile, &ConsoleWallTile::openRequested, this, &ConsoleWall::openConsoleRequested);
    updatePowerState(tile);
    updateTitle();
    return tile;
}

int ConsoleWall::columnCount() const
{
    return m_tiles.isEmpty() ? 0 : int(std::ceil(std::sqrt(double(m_tiles.size()))));
}

void ConsoleWall::relayout()
{
    const int columns = columnCount();
    for (ConsoleWallTile *tile : std::as_const(m_tiles))
        m_gridLayout->removeWidget(tile);
    for (int i = 0; i < m_tiles.size(); ++i)
        m_gridLayout->addWidget(m_tiles.at(i), i / columns, i % columns);
    const int rows = columns ? int((m_tiles.size() + columns - 1) / columns) : 0;
    for (int c = 0; c < m_gridLayout->columnCount(); ++c)
        m_gridLayout->setColumnStretch(c, c < columns ? 1 : 0);
    for (int r = 0; r < m_gridLayout->rowCount(); ++r)
        m_gridLayout->setRowStretch(r, r < rows ? 1 : 0);
}

void ConsoleWall::focusTile(ConsoleWallTile *tile)
{
    if (tile == m_focused)
        return;
    if (m_focused)
        m_focused->setFocused(false);
    m_focused = tile;
    if (tile)
        tile->setFocused(true);
    else
        m_grid->setFocus(Qt::OtherFocusReason);
    m_openFull->setEnabled(tile != nullptr);
}

void ConsoleWall::resolve(ConsoleWallTile *tile)
{
    const ResourceId vm = tile->vm();
    Provider *provider = m_providers ? m_providers->provider(vm.providerId()) : nullptr;
    if (!provider) {
        tile->showProblem(tr("The connection of this VM is gone."));
        return;
    }
    tile->showWaiting(tr("Looking up the console…"));
    Task *task = provider->requestConsoleEndpoint(vm, u"vnc"_s);
    QPointer<ConsoleWallTile> guard(tile);
    connect(task, &Task::finished, this, [this, task, guard](bool ok) {
        if (!guard)
            return;
        if (!ok) {
            guard->showProblem(task->errorText());
            return;
        }
        const auto endpoint = task->result().value<ConsoleEndpoint>();
        if (endpoint.isUrl()) {
            guard->showProblem(tr("This console opens in the browser. Double-click to open it."));
            return;
        }
        if (endpoint.protocol != ConsoleEndpoint::Protocol::Vnc) {
            guard->showProblem(tr("This VM has a %1 console; a wall shows VNC consoles. Double-click to open it in "
                                  "remote-viewer.")
                                   .arg(consoleProtocolName(endpoint.protocol).toUpper()));
            return;
        }
        VncClientThread::Settings settings;
        settings.host = endpoint.host;
        settings.port = endpoint.port;
        settings.socket = endpoint.socket;
        settings.password = endpoint.password;
        if (!endpoint.needsTunnel) {
            guard->connectTo(settings);
            return;
        }
        if (!m_tunnels)
            m_tunnels = new SshTunnelPool(this);
        guard->showWaiting(tr("Opening an SSH tunnel to %1…").arg(endpoint.tunnel.host));
        TunnelLease *lease = m_tunnels->forward(endpoint.tunnel, endpoint.host, endpoint.port);
        ConsoleWallTile *tile = guard.data();
        lease->setParent(tile); // the forward lives as long as the tile
        connect(lease, &TunnelLease::ready, tile, [tile, settings](int localPort) {
            VncClientThread::Settings local = settings;
            local.host = u"127.0.0.1"_s;
            local.port = localPort;
            tile->connectTo(local);
        });
        connect(lease, &TunnelLease::failed, tile, [tile, lease](const QString &error) {
            lease->deleteLater();
            tile->showProblem(error);
        });
    });
    // Deferred: every slot of finished() still sees the task (the tasks dock's too, when it failed).
    connect(task, &Task::finished, task, &QObject::deleteLater);
}

void ConsoleWall::reconnectProblems()
{
    for (ConsoleWallTile *tile : std::as_const(m_tiles)) {
        if (tile->problem().isEmpty())
            continue;
        if (m_providers && m_providers->provider(tile->vm().providerId()))
            resolve(tile);
        else
            tile->reconnect();
    }
}

void ConsoleWall::onNodeChanged(const InventoryNode *node)
{
    if (node->kind() != ResourceKind::Vm)
        return;
    for (ConsoleWallTile *tile : std::as_const(m_tiles)) {
        if (tile->vm() != node->id())
            continue;
        const QString before = tile->powerStateText();
        updatePowerState(tile);
        // A VM started again gets its screen back without a click.
        const VmInfo *vm = node->resource().vm();
        if (vm && vm->state == PowerState::Running && before != tile->powerStateText() && !tile->problem().isEmpty()
            && m_providers && m_providers->provider(tile->vm().providerId()))
            resolve(tile);
    }
}

void ConsoleWall::updatePowerState(ConsoleWallTile *tile)
{
    if (!m_inventory)
        return;
    const InventoryNode *node = m_inventory->node(tile->vm());
    const VmInfo *vm = node ? node->resource().vm() : nullptr;
    tile->setPowerState(vm ? powerStateDisplayName(vm->state) : tr("gone"));
}

int ConsoleWall::typeText(const QString &text)
{
    int typed = 0, skipped = 0;
    for (ConsoleWallTile *tile : std::as_const(m_tiles)) {
        if (!tile->isChecked())
            continue;
        if (!tile->isConnected()) {
            ++skipped;
            continue;
        }
        tile->view()->typeText(text);
        ++typed;
    }
    QString notice = tr("Typed %1 into %n console(s).", nullptr, typed)
                         .arg(tr("%n character(s)", nullptr, int(text.size())));
    if (skipped > 0)
        notice += u' ' + tr("%n checked console(s) without a connection got nothing.", nullptr, skipped);
    setNotice(notice);
    return typed;
}

void ConsoleWall::typeClipboard()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.isEmpty()) {
        setNotice(tr("The clipboard holds no text."));
        return;
    }
    if (text.size() > 4096
        && QMessageBox::question(this, tr("Type Clipboard"),
                                 tr("Type %n characters into every checked console?", nullptr, int(text.size())))
               != QMessageBox::Yes)
        return;
    typeText(text);
}

void ConsoleWall::setNotice(const QString &text)
{
    const QString shown = m_leftOutNotice.isEmpty() || text == m_leftOutNotice ? text : m_leftOutNotice + u' ' + text;
    m_notice->setText(shown);
    m_notice->setVisible(!shown.isEmpty());
}

QString ConsoleWall::noticeText() const
{
    return m_notice->text();
}

void ConsoleWall::updateTitle()
{
    setWindowTitle(tr("Console Wall (%n console(s))", nullptr, int(m_tiles.size())));
}

void ConsoleWall::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_focused)
        m_grid->setFocus(Qt::OtherFocusReason);
}

void ConsoleWall::closeEvent(QCloseEvent *event)
{
    // Nothing to wait for: each view stops its thread and lets it end on its own.
    for (ConsoleWallTile *tile : std::as_const(m_tiles))
        tile->view()->disconnectFromServer();
    QWidget::closeEvent(event);
}

} // namespace welkin
