#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <utility>

class QAction;
class QMenu;
class QToolBar;
class QWidget;

class QAbstractItemModel;
class QLabel;
class QTreeView;

namespace welkin {

class LibvirtProvider;
class Task;

// Small pieces the host pages (Storage, Networks) share.
namespace hostpage {

// A flat, single-selection table in the style of the window's other tables.
QTreeView *makeTable(QAbstractItemModel *model, const QString &objectName);
// A text-beside-icon tool bar / a menu of `actions`; a null entry is a separator.
QToolBar *makeToolBar(const QString &objectName, const QList<QAction *> &actions);
QMenu *makeMenu(QWidget *parent, const QList<QAction *> &actions);
// The page's error line: red, wrapping, selectable, hidden while empty.
QLabel *makeErrorLine(const QString &objectName);
void setErrorLine(QLabel *line, const QString &text);
// What a failed task says (its title and "failed" when it says nothing).
QString failureText(const Task *task);

// A host page's tie to the host it shows. Answers that arrive after the page moved to another host
// are dropped (the generation); the page lists again when it is shown and when its host reconnects;
// its error line says what failed.
class HostLink : public QObject
{
public:
    HostLink(QWidget *page, const QString &errorObjectName, std::function<void()> refresh);

    LibvirtProvider *provider() const;
    // False when it already is that host. Otherwise: answers for the old one are dropped from now on.
    bool setProvider(LibvirtProvider *provider);
    int generation() const { return m_generation; }
    void refreshIfShown();
    // Runs `then(ok)` when `task` finishes, unless the page has moved to another host meanwhile.
    void whenFinished(Task *task, std::function<void(bool ok)> then);
    // Follows one of the page's own tasks: its failure goes to the error line, and the page lists again.
    Task *follow(Task *task, std::function<void()> onSuccess = {});

    QLabel *errorLine() const { return m_error; }
    // fromListing: the text comes from (or, empty, clears after) a listing, not from something the user did.
    void showError(const QString &text, bool fromListing);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_page;
    QLabel *m_error;
    std::function<void()> m_refresh;
    QPointer<LibvirtProvider> m_provider;
    int m_generation = 0;
    bool m_errorFromListing = false;
};

// One listing of one list at a time: a request while one is on its way is remembered, and the
// answer's handler lists once more (takeAgain) instead of two listings racing each other.
class ListingGate
{
public:
    explicit ListingGate(HostLink &host) : m_host(host) {}

    // A listing for the page's current host is on its way (one for an old host does not count).
    bool busy() const { return m_busyFor == m_host.generation(); }
    // True when busy; the request is then remembered for takeAgain().
    bool deferIfBusy();
    // Runs the listing `task` (deleted after): `done(ok)` gets its answer for the current host.
    void run(Task *task, std::function<void(bool ok)> done);
    // Whether a request came while the answered listing was on its way (and forgets it).
    bool takeAgain() { return std::exchange(m_again, false); }

private:
    HostLink &m_host;
    int m_busyFor = -1; // the generation the listing on its way is for
    bool m_again = false;
};

} // namespace hostpage

} // namespace welkin
