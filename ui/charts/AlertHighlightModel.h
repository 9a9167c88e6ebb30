#pragma once

#include "model/ResourceId.h"
#include "providers/ProviderEvent.h"

#include <QColor>
#include <QIdentityProxyModel>

#include <functional>

namespace welkin {

class AlertHighlights;

// Colours the rows of resources with an unacknowledged alert (Qt::BackgroundRole, by severity)
// in any table or tree: put it between the model and the view. The row's ResourceId comes from
// `idRole` of column 0 (InventoryModel::ResourceIdRole, or any role holding a ResourceId).
class AlertHighlightModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    AlertHighlightModel(AlertHighlights *highlights, int idRole, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // The row background for an alert of `severity` (also used by the inventory tree).
    static QColor highlightColour(ProviderEvent::Severity severity);

private:
    AlertHighlights *m_highlights;
    int m_idRole;
};

} // namespace welkin
