#include "WindowStatePersistence.h"

#include "inventory/InventoryModel.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSplitter>
#include <QTreeView>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

QByteArray joinIds(const QSet<ResourceId> &ids)
{
    QStringList lines;
    for (const ResourceId &id : ids)
        lines.append(id.toString());
    lines.sort();
    return lines.join(u'\n').toUtf8();
}

ResourceId idOf(const QModelIndex &index)
{
    return index.data(InventoryModel::ResourceIdRole).value<ResourceId>();
}

} // namespace

WindowStatePersistence::WindowStatePersistence(UiStateStore *uiState, const QString &settingsPath, QObject *parent)
    : QObject(parent), m_settings(uiState, settingsPath)
{
}

WindowStatePersistence::~WindowStatePersistence() = default;

void WindowStatePersistence::addWindow(QMainWindow *window) { m_window = window; }

void WindowStatePersistence::addSplitter(const QString &key, QSplitter *splitter) { m_splitters.append({key, splitter}); }

void WindowStatePersistence::addHeader(const QString &key, QHeaderView *header) { m_headers.append({key, header}); }

void WindowStatePersistence::setTree(QTreeView *tree)
{
    m_tree = tree;
    trackTree();
}

void WindowStatePersistence::trackTree()
{
    connect(m_tree, &QTreeView::collapsed, this, [this](const QModelIndex &index) { m_collapsed.insert(idOf(index)); });
    connect(m_tree, &QTreeView::expanded, this, [this](const QModelIndex &index) { m_collapsed.remove(idOf(index)); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (!current.isValid())
            return; // rows vanishing at shutdown are not a choice of the user
        m_selection = idOf(current);
        if (m_selection != m_pendingSelection)
            m_pendingSelection = {};
    });
}

void WindowStatePersistence::restore()
{
    if (m_window) {
        if (const QByteArray geometry = value(u"window/geometry"_s); !geometry.isEmpty())
            m_window->restoreGeometry(geometry);
        if (const QByteArray state = value(u"window/state"_s); !state.isEmpty())
            m_window->restoreState(state);
    }
    for (const auto &[key, splitter] : std::as_const(m_splitters)) {
        if (const QByteArray state = value(u"splitter/"_s + key); !state.isEmpty())
            splitter->restoreState(state);
    }
    for (const auto &[key, header] : std::as_const(m_headers)) {
        if (const QByteArray state = value(u"header/"_s + key); !state.isEmpty())
            header->restoreState(state);
    }
    m_collapsed.clear();
    const QString collapsed = QString::fromUtf8(value(u"tree/collapsed"_s));
    for (const QString &line : collapsed.split(u'\n', Qt::SkipEmptyParts)) {
        if (const ResourceId id = ResourceId::fromString(line); id.isValid())
            m_collapsed.insert(id);
    }
    m_pendingSelection = ResourceId::fromString(QString::fromUtf8(value(u"tree/selection"_s)));
    m_selection = m_pendingSelection;
}

void WindowStatePersistence::save()
{
    if (m_window) {
        setValue(u"window/geometry"_s, m_window->saveGeometry());
        setValue(u"window/state"_s, m_window->saveState());
    }
    for (const auto &[key, splitter] : std::as_const(m_splitters))
        setValue(u"splitter/"_s + key, splitter->saveState());
    for (const auto &[key, header] : std::as_const(m_headers))
        setValue(u"header/"_s + key, header->saveState());
    setValue(u"tree/collapsed"_s, joinIds(m_collapsed));
    setValue(u"tree/selection"_s, m_selection.isValid() ? m_selection.toString().toUtf8() : QByteArray());
    m_settings.sync();
}

} // namespace welkin
