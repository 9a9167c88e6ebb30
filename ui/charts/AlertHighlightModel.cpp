#include "AlertHighlightModel.h"

#include "metrics/AlertEngine.h"

#include <QColor>

namespace welkin {

AlertHighlightModel::AlertHighlightModel(AlertHighlights *highlights, int idRole, QObject *parent)
    : QIdentityProxyModel(parent), m_highlights(highlights), m_idRole(idRole)
{
    // Highlights change rarely: repainting every row's background then is cheap enough.
    connect(highlights, &AlertHighlights::highlightChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::BackgroundRole});
    });
}

QVariant AlertHighlightModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::BackgroundRole && index.isValid()) {
        const ResourceId id = QIdentityProxyModel::data(index.siblingAtColumn(0), m_idRole).value<ResourceId>();
        if (m_highlights->isHighlighted(id))
            return highlightColour(m_highlights->severity(id));
    }
    return QIdentityProxyModel::data(index, role);
}

QColor AlertHighlightModel::highlightColour(ProviderEvent::Severity severity)
{
    // Translucent, so selection and alternate-row colours still read in both themes.
    QColor colour = severity == ProviderEvent::Severity::Error ? QColor(220, 40, 40) : QColor(240, 170, 0);
    colour.setAlpha(70);
    return colour;
}

} // namespace welkin
