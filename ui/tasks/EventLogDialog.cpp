#include "EventLogDialog.h"

#include "EventLogModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace welkin {

using namespace Qt::StringLiterals;

EventLogDialog::EventLogDialog(EventLog *log, QWidget *parent)
    : QDialog(parent), m_log(log), m_model(new EventLogModel(this)), m_view(new QTreeView),
      m_resource(new QLineEdit), m_scopeOnly(new QCheckBox), m_info(new QCheckBox(tr("Info"))),
      m_warnings(new QCheckBox(tr("Warnings"))), m_errors(new QCheckBox(tr("Errors"))), m_range(new QComboBox),
      m_from(new QDateTimeEdit), m_to(new QDateTimeEdit), m_more(new QPushButton(tr("Load More"))),
      m_export(new QPushButton(tr("Export CSV…"))), m_status(new QLabel), m_exportStatus(new QLabel),
      m_typing(new QTimer(this))
{
    setObjectName(u"eventLogDialog"_s);
    setWindowTitle(tr("Event Log"));
    resize(1100, 600);

    m_resource->setObjectName(u"eventLogResource"_s);
    m_resource->setPlaceholderText(tr("Resource or connection name…"));
    m_resource->setClearButtonEnabled(true);
    m_scopeOnly->setObjectName(u"eventLogScope"_s);
    m_scopeOnly->setVisible(false);
    for (QCheckBox *box : {m_info, m_warnings, m_errors})
        box->setChecked(true);
    m_info->setObjectName(u"eventLogInfo"_s);
    m_warnings->setObjectName(u"eventLogWarnings"_s);
    m_errors->setObjectName(u"eventLogErrors"_s);
    m_range->setObjectName(u"eventLogRange"_s);
    m_range->addItem(tr("Last hour"), int(Range::LastHour));
    m_range->addItem(tr("Last 24 hours"), int(Range::LastDay));
    m_range->addItem(tr("Last 7 days"), int(Range::LastWeek));
    m_range->addItem(tr("All"), int(Range::All));
    m_range->addItem(tr("From–to"), int(Range::Custom));
    m_range->setCurrentIndex(m_range->findData(int(Range::All)));
    const QDateTime now = QDateTime::currentDateTime();
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
        edit->setVisible(false);
    }
    m_from->setObjectName(u"eventLogFrom"_s);
    m_to->setObjectName(u"eventLogTo"_s);
    m_from->setDateTime(now.addDays(-1));
    m_to->setDateTime(now.addSecs(3600));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_resource, 1);
    filters->addWidget(m_scopeOnly);
    filters->addWidget(m_info);
    filters->addWidget(m_warnings);
    filters->addWidget(m_errors);
    filters->addWidget(m_range);
    filters->addWidget(m_from);
    auto *dash = new QLabel(u"–"_s);
    dash->setVisible(false);
    filters->addWidget(dash);
    filters->addWidget(m_to);

    m_view->setObjectName(u"eventLogView"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    header->resizeSection(EventLogModel::TimeColumn, 150);
    header->resizeSection(EventLogModel::SeverityColumn, 90);
    header->resizeSection(EventLogModel::ConnectionColumn, 120);
    header->resizeSection(EventLogModel::ResourceColumn, 130);
    header->resizeSection(EventLogModel::MessageColumn, 280);
    header->resizeSection(EventLogModel::ResultColumn, 140);
    header->resizeSection(EventLogModel::UserColumn, 110);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const auto id = index.data(EventLogModel::ResourceIdRole).value<ResourceId>();
        if (id.isValid())
            Q_EMIT resourceActivated(id);
    });

    m_status->setObjectName(u"eventLogStatus"_s);
    m_exportStatus->setObjectName(u"eventLogExportStatus"_s);
    m_exportStatus->setWordWrap(true);
    m_more->setObjectName(u"eventLogMore"_s);
    m_export->setObjectName(u"eventLogExport"_s);
    m_export->setToolTip(tr("Every row the filters accept, also those not loaded yet"));
    auto *refresh = new QPushButton(tr("Refresh"));
    refresh->setObjectName(u"eventLogRefresh"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status);
    bottom->addWidget(m_more);
    bottom->addWidget(m_exportStatus, 1);
    bottom->addWidget(refresh);
    bottom->addWidget(m_export);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_typing, &QTimer::timeout, this, &EventLogDialog::reload);
    connect(m_resource, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    for (QCheckBox *box : {m_scopeOnly, m_info, m_warnings, m_errors})
        connect(box, &QCheckBox::toggled, this, &EventLogDialog::reload);
    connect(m_range, &QComboBox::currentIndexChanged, this, [this, dash] {
        const bool custom = Range(m_range->currentData().toInt()) == Range::Custom;
        m_from->setVisible(custom);
        dash->setVisible(custom);
        m_to->setVisible(custom);
        reload();
    });
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &EventLogDialog::reload);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &EventLogDialog::reload);
    connect(m_more, &QPushButton::clicked, this, &EventLogDialog::loadMore);
    connect(refresh, &QPushButton::clicked, this, &EventLogDialog::reload);
    connect(m_export, &QPushButton::clicked, this, &EventLogDialog::chooseExportFile);
    if (m_log) {
        connect(m_log, &EventLog::pageLoaded, this, &EventLogDialog::onPage);
        connect(m_log, &EventLog::exportFinished, this, &EventLogDialog::onExported);
    }
    reload();
}

void EventLogDialog::setScope(const ResourceId &id, const QString &name)
{
    m_scope = id;
    const bool blocked = m_scopeOnly->blockSignals(true);
    m_scopeOnly->setText(tr("Only %1").arg(name.isEmpty() ? id.nativeId() : name));
    m_scopeOnly->setVisible(id.isValid());
    m_scopeOnly->setChecked(false);
    m_scopeOnly->blockSignals(blocked);
}

void EventLogDialog::setScopeOnly(bool only)
{
    m_scopeOnly->setChecked(only && m_scope.isValid());
}

void EventLogDialog::setRange(Range range)
{
    m_range->setCurrentIndex(m_range->findData(int(range)));
}

void EventLogDialog::setCustomRange(const QDateTime &from, const QDateTime &to)
{
    const bool fromBlocked = m_from->blockSignals(true);
    const bool toBlocked = m_to->blockSignals(true);
    m_from->setDateTime(from);
    m_to->setDateTime(to);
    m_from->blockSignals(fromBlocked);
    m_to->blockSignals(toBlocked);
    if (Range(m_range->currentData().toInt()) == Range::Custom)
        reload();
    else
        setRange(Range::Custom);
}

QCheckBox *EventLogDialog::severityCheck(ProviderEvent::Severity severity) const
{
    switch (severity) {
    case ProviderEvent::Severity::Info: return m_info;
    case ProviderEvent::Severity::Warning: return m_warnings;
    case ProviderEvent::Severity::Error: return m_errors;
    }
    return nullptr;
}

EventLogFilter EventLogDialog::currentFilter() const
{
    EventLogFilter filter;
    filter.text = m_resource->text().trimmed();
    if (m_scopeOnly->isChecked() && m_scope.isValid()) {
        if (m_scope.kind() == ResourceKind::Provider)
            filter.providerId = m_scope.providerId();
        else
            filter.resource = m_scope.toString();
    }
    filter.info = m_info->isChecked();
    filter.warnings = m_warnings->isChecked();
    filter.errors = m_errors->isChecked();
    const QDateTime now = QDateTime::currentDateTime();
    switch (Range(m_range->currentData().toInt())) {
    case Range::LastHour: filter.from = now.addSecs(-3600); break;
    case Range::LastDay: filter.from = now.addDays(-1); break;
    case Range::LastWeek: filter.from = now.addDays(-7); break;
    case Range::All: break;
    case Range::Custom:
        filter.from = m_from->dateTime();
        filter.to = m_to->dateTime();
        break;
    }
    return filter;
}

void EventLogDialog::reload()
{
    m_typing->stop();
    m_loadedFilter = currentFilter();
    m_model->clear();
    m_hasMore = false;
    m_pageRequest = m_log ? m_log->queryPage(m_loadedFilter, 0, m_pageSize) : 0;
    updateStatus();
}

void EventLogDialog::loadMore()
{
    if (!m_log || !m_hasMore || m_pageRequest)
        return;
    m_pageRequest = m_log->queryPage(m_loadedFilter, m_model->lastId(), m_pageSize);
    updateStatus();
}

void EventLogDialog::onPage(quint64 requestId, const QList<LogEntry> &entries, bool more)
{
    if (requestId != m_pageRequest)
        return; // an answer for filters changed since
    m_pageRequest = 0;
    m_hasMore = more;
    m_model->append(entries);
    updateStatus();
}

void EventLogDialog::updateStatus()
{
    const int rows = m_model->rowCount();
    if (m_pageRequest)
        m_status->setText(rows ? tr("%n event(s) shown, loading more…", "", rows) : tr("Loading…"));
    else if (m_hasMore)
        m_status->setText(tr("%n event(s) shown, more in the log", "", rows));
    else
        m_status->setText(tr("%n event(s)", "", rows));
    m_more->setEnabled(m_hasMore && !m_pageRequest);
    m_export->setEnabled(m_log && !m_exportRequest);
}

void EventLogDialog::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Event Log"),
                                                      QDir::home().filePath(u"welkin-events.csv"_s),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        exportTo(path);
}

void EventLogDialog::exportTo(const QString &path)
{
    if (!m_log || m_exportRequest)
        return;
    m_exportRequest = m_log->exportCsv(currentFilter(), path);
    m_exportStatus->setText(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)));
    updateStatus();
}

void EventLogDialog::onExported(quint64 requestId, qint64 rows, const QString &error)
{
    if (requestId != m_exportRequest)
        return;
    m_exportRequest = 0;
    updateStatus();
    if (error.isEmpty()) {
        m_exportStatus->setText(tr("Exported %n row(s).", "", int(rows)));
    } else {
        m_exportStatus->setText(error);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export Event Log"), error, QMessageBox::Ok, this);
        box->setObjectName(u"eventLogExportError"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    Q_EMIT exportDone(rows, error);
}

} // namespace welkin
