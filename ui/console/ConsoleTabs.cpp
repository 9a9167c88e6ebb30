#include "ConsoleTabs.h"

#include "ConsoleWidget.h"

#include <QAction>
#include <QCloseEvent>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {
// Watches a detached console's window: closing it closes the console.
class DetachedCloseFilter : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Close)
            static_cast<QWidget *>(watched)->deleteLater();
        return false;
    }
};
} // namespace

ConsoleTabs::ConsoleTabs(QWidget *parent) : QTabWidget(parent)
{
    setTabsClosable(true);
    setMovable(true);
    setDocumentMode(true);
    connect(this, &QTabWidget::tabCloseRequested, this, &ConsoleTabs::closeConsole);
}

void ConsoleTabs::addConsole(ConsoleWidget *console)
{
    m_consoles.append(console);
    connect(console, &ConsoleWidget::detachRequested, this, [this, console] {
        if (console->isWindow())
            attach(console);
        else
            detach(console);
    });
    connect(console, &QObject::destroyed, this, [this] {
        m_consoles.removeAll(nullptr);
        Q_EMIT consoleCountChanged(int(m_consoles.size()));
    });
    setCurrentIndex(addTab(console, console->title()));
    console->setFocus();
    Q_EMIT consoleCountChanged(int(m_consoles.size()));
}

QList<ConsoleWidget *> ConsoleTabs::consoles() const
{
    QList<ConsoleWidget *> list;
    for (const QPointer<ConsoleWidget> &c : m_consoles) {
        if (c)
            list.append(c);
    }
    return list;
}

ConsoleWidget *ConsoleTabs::consoleFor(const ResourceId &vm) const
{
    for (ConsoleWidget *c : consoles()) {
        if (c->vm() == vm)
            return c;
    }
    return nullptr;
}

bool ConsoleTabs::showConsole(const ResourceId &vm)
{
    ConsoleWidget *console = consoleFor(vm);
    if (!console)
        return false;
    if (console->isWindow()) {
        console->raise();
        console->activateWindow();
    } else {
        setCurrentWidget(console);
    }
    console->setFocus();
    return true;
}

void ConsoleTabs::detach(ConsoleWidget *console)
{
    const int index = indexOf(console);
    if (index < 0)
        return;
    const QSize size = console->size();
    removeTab(index);
    console->setParent(nullptr, Qt::Window);
    console->detachAction()->setText(tr("Attach"));
    console->installEventFilter(new DetachedCloseFilter(console));
    console->resize(size.expandedTo(QSize(640, 400)));
    console->show();
    console->activateWindow();
}

void ConsoleTabs::attach(ConsoleWidget *console)
{
    if (!console->isWindow())
        return;
    for (QObject *child : console->children()) {
        if (auto *filter = dynamic_cast<DetachedCloseFilter *>(child)) {
            console->removeEventFilter(filter);
            filter->deleteLater();
        }
    }
    console->detachAction()->setText(tr("Detach"));
    setCurrentIndex(addTab(console, console->title()));
    console->setFocus();
}

void ConsoleTabs::closeConsole(int index)
{
    QWidget *page = widget(index);
    removeTab(index);
    if (page)
        page->deleteLater();
}

} // namespace welkin
