#include "PageSupport.h"

#include "Theme.h"
#include "providers/Task.h"
#include "providers/libvirt/LibvirtProvider.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QToolBar>
#include <QTreeView>

namespace welkin::hostpage {

class PageSupportText
{
    Q_DECLARE_TR_FUNCTIONS(welkin::hostpage::PageSupportText)
};

using namespace Qt::StringLiterals;

QTreeView *makeTable(QAbstractItemModel *model, const QString &objectName)
{
    auto *view = new QTreeView;
    view->setObjectName(objectName);
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setAllColumnsShowFocus(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    view->header()->setStretchLastSection(true);
    return view;
}

QLabel *makeErrorLine(const QString &objectName)
{
    auto *line = new QLabel;
    line->setObjectName(objectName);
    line->setWordWrap(true);
    line->setTextInteractionFlags(Qt::TextSelectableByMouse);
    line->setContentsMargins(8, 2, 8, 2);
    QPalette palette = line->palette();
    palette.setColor(QPalette::WindowText, Theme::errorColor(palette));
    line->setPalette(palette);
    line->hide();
    return line;
}

void setErrorLine(QLabel *line, const QString &text)
{
    line->setText(text);
    line->setVisible(!text.isEmpty());
}

QToolBar *makeToolBar(const QString &objectName, const QList<QAction *> &actions)
{
    auto *bar = new QToolBar;
    bar->setObjectName(objectName);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(16, 16));
    for (QAction *action : actions) {
        if (action)
            bar->addAction(action);
        else
            bar->addSeparator();
    }
    return bar;
}

QMenu *makeMenu(QWidget *parent, const QList<QAction *> &actions)
{
    auto *menu = new QMenu(parent);
    for (QAction *action : actions) {
        if (action)
            menu->addAction(action);
        else
            menu->addSeparator();
    }
    return menu;
}

QString failureText(const Task *task)
{
    // The jobs' messages already name what failed and why ("Volume 'x' is used by VM 'y'").
    const QString error = task->errorText();
    return error.isEmpty() ? PageSupportText::tr("%1 failed").arg(task->title()) : error;
}

HostLink::HostLink(QWidget *page, const QString &errorObjectName, std::function<void()> refresh)
    : m_page(page), m_error(makeErrorLine(errorObjectName)), m_refresh(std::move(refresh))
{
    page->installEventFilter(this);
}

LibvirtProvider *HostLink::provider() const
{
    return m_provider;
}

bool HostLink::setProvider(LibvirtProvider *provider)
{
    if (provider == m_provider)
        return false;
    if (m_provider)
        disconnect(m_provider, nullptr, this, nullptr);
    m_provider = provider;
    ++m_generation;
    if (provider) { // a host that comes back is listed again at once
        connect(provider, &Provider::stateChanged, this, [this](const ProviderStatus &status) {
            if (status.state == ProviderState::Connected)
                refreshIfShown();
        });
    }
    showError({}, true);
    return true;
}

void HostLink::refreshIfShown()
{
    if (m_page->isVisible())
        m_refresh();
}

bool HostLink::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_page && event->type() == QEvent::Show)
        m_refresh();
    return QObject::eventFilter(watched, event);
}

void HostLink::whenFinished(Task *task, std::function<void(bool)> then)
{
    const int generation = m_generation;
    connect(task, &Task::finished, this, [this, generation, then = std::move(then)](bool ok) {
        if (generation == m_generation)
            then(ok);
    });
}

Task *HostLink::follow(Task *task, std::function<void()> onSuccess)
{
    if (!task)
        return nullptr;
    showError({}, false); // a new attempt: the last failure is history (the tasks dock keeps it)
    whenFinished(task, [this, task, onSuccess = std::move(onSuccess)](bool ok) {
        if (!ok && !task->isCancelRequested()) // the user's own cancel is no error
            showError(failureText(task), false);
        else if (onSuccess)
            onSuccess();
        m_refresh();
    });
    return task;
}

void HostLink::showError(const QString &text, bool fromListing)
{
    // A later good listing clears a listing error, not the failure of something the user did.
    if (text.isEmpty() && fromListing && !m_errorFromListing)
        return;
    m_errorFromListing = fromListing;
    setErrorLine(m_error, text);
}

bool ListingGate::deferIfBusy()
{
    if (busy())
        m_again = true;
    return busy();
}

void ListingGate::run(Task *task, std::function<void(bool)> done)
{
    m_busyFor = m_host.generation();
    m_again = false;
    QObject::connect(task, &Task::finished, task, &QObject::deleteLater); // also an answer nobody waits for
    m_host.whenFinished(task, [this, done = std::move(done)](bool ok) {
        m_busyFor = -1;
        done(ok);
    });
}

} // namespace welkin::hostpage
