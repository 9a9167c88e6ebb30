#pragma once

#include "model/ResourceId.h"

#include <QList>
#include <QPointer>
#include <QTabWidget>

namespace welkin {

class ConsoleWidget;

// Consoles in tabs, several VMs watched at once. A console can be detached to its own window
// and attached back; closing a tab or a detached window closes that console.
class ConsoleTabs : public QTabWidget
{
    Q_OBJECT
public:
    explicit ConsoleTabs(QWidget *parent = nullptr);

    // Adds and shows the console (takes ownership).
    void addConsole(ConsoleWidget *console);
    // The open console of a VM (tab or detached window), or nullptr.
    ConsoleWidget *consoleFor(const ResourceId &vm) const;
    // Brings an open console to front; false when there is none.
    bool showConsole(const ResourceId &vm);
    void detach(ConsoleWidget *console);
    void attach(ConsoleWidget *console);
    QList<ConsoleWidget *> consoles() const;

Q_SIGNALS:
    void consoleCountChanged(int count);

private:
    void closeConsole(int index);
    QList<QPointer<ConsoleWidget>> m_consoles;
};

} // namespace welkin
