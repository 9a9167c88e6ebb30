#include "AlertsDock.h"

#include "ActiveAlertsModel.h"
#include "charts/AlertHighlightModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

// A small square in the tint's colour, drawn opaque over the window colour as the tree shows it.
QString swatch(ProviderEvent::Severity severity, const QColor &base)
{
    const QColor tint = AlertHighlightModel::highlightColour(severity);
    const double a = tint.alphaF();
    const QColor shown = QColor::fromRgbF(float(tint.redF() * a + base.redF() * (1 - a)),
                                          float(tint.greenF() * a + base.greenF() * (1 - a)),
                                          float(tint.blueF() * a + base.blueF() * (1 - a)));
    return u"<span style=\"background-color:%1\">&nbsp;&nbsp;&nbsp;&nbsp;</span>"_s.arg(shown.name());
}

} // namespace

AlertsDock::AlertsDock(ActiveAlertsModel *model, QWidget *parent)
    : QDockWidget(tr("Alerts"), parent), m_model(model), m_view(new QTreeView), m_legend(new QLabel),
      m_acknowledge(new QAction(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("&Acknowledge"), this)),
      m_goTo(new QAction(tr("&Go to Resource"), this))
{
    setObjectName(u"alertsDock"_s);
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    m_acknowledge->setObjectName(u"acknowledgeAlert"_s);
    m_acknowledge->setToolTip(tr("Mark the selected alerts as seen: they stay listed, dimmed, and their "
                                 "resolution is not notified"));
    m_goTo->setObjectName(u"goToAlertResource"_s);

    m_view->setObjectName(u"alertsView"_s);
    m_view->setModel(model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    header->resizeSection(ActiveAlertsModel::SeverityColumn, 110);
    header->resizeSection(ActiveAlertsModel::ResourceColumn, 220);
    header->resizeSection(ActiveAlertsModel::RuleColumn, 260);
    header->resizeSection(ActiveAlertsModel::ValueColumn, 100);

    const QColor base = palette().color(QPalette::Base);
    m_legend->setObjectName(u"alertsLegend"_s);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    //: the legend of the tint of alerting rows in the inventory tree
    m_legend->setText(tr("%1 warning %2 error: tint of a resource in the tree until its alerts are acknowledged. "
                         "Acknowledged and resolved alerts are dimmed.")
                          .arg(swatch(ProviderEvent::Severity::Warning, base), swatch(ProviderEvent::Severity::Error, base)));

    auto *acknowledgeButton = new QToolButton;
    acknowledgeButton->setDefaultAction(m_acknowledge);
    acknowledgeButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    acknowledgeButton->setAutoRaise(true);
    auto *goToButton = new QToolButton;
    goToButton->setDefaultAction(m_goTo);
    goToButton->setAutoRaise(true);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(acknowledgeButton);
    bar->addWidget(goToButton);
    bar->addSpacing(12);
    bar->addWidget(m_legend, 1);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_view);
    setWidget(content);

    connect(m_acknowledge, &QAction::triggered, this, [this] {
        for (int row : selectedRows())
            m_model->acknowledge(row);
        updateActions();
    });
    connect(m_goTo, &QAction::triggered, this, [this] {
        const QList<int> rows = selectedRows();
        if (!rows.isEmpty())
            Q_EMIT resourceActivated(m_model->index(rows.first(), 0).data(ActiveAlertsModel::ResourceIdRole).value<ResourceId>());
    });
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT resourceActivated(index.data(ActiveAlertsModel::ResourceIdRole).value<ResourceId>());
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_view->indexAt(pos).isValid())
            return;
        QMenu menu(this);
        menu.addAction(m_acknowledge);
        menu.addAction(m_goTo);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AlertsDock::updateActions);
    connect(model, &QAbstractItemModel::dataChanged, this, &AlertsDock::updateActions);
    connect(model, &ActiveAlertsModel::activeCountChanged, this, &AlertsDock::updateTitle);
    updateTitle();
    updateActions();
}

QList<int> AlertsDock::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void AlertsDock::updateTitle()
{
    const int count = m_model->activeCount();
    //: the Alerts dock's title with the number of active alerts
    setWindowTitle(count > 0 ? tr("Alerts (%n)", "", count) : tr("Alerts"));
}

void AlertsDock::updateActions()
{
    const QList<int> rows = selectedRows();
    const bool anyUnacknowledged = std::any_of(rows.cbegin(), rows.cend(), [this](int row) {
        return !m_model->index(row, 0).data(ActiveAlertsModel::AcknowledgedRole).toBool();
    });
    m_acknowledge->setEnabled(anyUnacknowledged);
    m_goTo->setEnabled(rows.size() == 1);
}

} // namespace welkin
