#pragma once

#include "UiSettings.h"
#include "model/ResourceId.h"

#include <QObject>
#include <QSet>

class QHeaderView;
class QMainWindow;
class QSplitter;
class QTreeView;

namespace welkin {

class UiStateStore;

// Remembers the window between runs: geometry, docks and toolbars, splitters, column layouts,
// which tree nodes the user collapsed (everything else opens expanded) and the last selection.
// Stored through UiSettings (the database when there is one, else QSettings). Nodes come and go
// as connections open: the saved collapse state and selection are applied when the node's row
// appears.
class WindowStatePersistence : public QObject
{
    Q_OBJECT
public:
    // Without `uiState`: QSettings at `settingsPath`, or the application's default when empty.
    WindowStatePersistence(UiStateStore *uiState, const QString &settingsPath, QObject *parent = nullptr);
    ~WindowStatePersistence() override;

    void addWindow(QMainWindow *window);
    void addSplitter(const QString &key, QSplitter *splitter);
    void addHeader(const QString &key, QHeaderView *header);
    void setTree(QTreeView *tree);

    void restore();
    void save();

    // True when the row for `id` should open collapsed.
    bool isCollapsed(const ResourceId &id) const { return m_collapsed.contains(id); }
    // The saved selection, until it was applied or the user chose something else.
    const ResourceId &pendingSelection() const { return m_pendingSelection; }
    void clearPendingSelection() { m_pendingSelection = {}; }

private:
    QByteArray value(const QString &key) const { return m_settings.value(key); }
    void setValue(const QString &key, const QByteArray &value) { m_settings.setValue(key, value); }
    void trackTree();

    UiSettings m_settings;
    QMainWindow *m_window = nullptr;
    QList<std::pair<QString, QSplitter *>> m_splitters;
    QList<std::pair<QString, QHeaderView *>> m_headers;
    QTreeView *m_tree = nullptr;
    QSet<ResourceId> m_collapsed;
    ResourceId m_selection;
    ResourceId m_pendingSelection;
};

} // namespace welkin
