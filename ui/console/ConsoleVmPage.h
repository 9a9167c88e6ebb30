#pragma once

#include "ConsoleDefaults.h"
#include "content/VmPageFactory.h"

#include <functional>

class QLabel;
class QPushButton;

namespace welkin {

class ConsoleOpener;
class ConsoleTabs;

// The "Console" page of the VM view: the window's console tabs (every open console, of any
// VM, detachable) with "Open console" / "Open in remote-viewer" for the VM shown. One page
// serves all VMs; showing a VM brings its console tab to front when it has one.
class ConsoleVmPage : public VmPage
{
    Q_OBJECT
public:
    // `defaults` is read before every console opens (none: ConsoleDefaults{}).
    ConsoleVmPage(const VmPageContext &context, QWidget *parent = nullptr,
                  std::function<ConsoleDefaults()> defaults = {});

    void setVm(const ResourceId &vm) override;
    // What a double-click on a running VM does: its console in a tab (or that tab again).
    void openEmbedded(const ResourceId &vm);
    void openExternal(const ResourceId &vm);
    // What a double-click or "Open Console" does: embedded or external as the defaults say.
    void open(const ResourceId &vm);

    ConsoleTabs *tabs() const { return m_tabs; }
    ConsoleOpener *opener() const { return m_opener; }

private:
    void readDefaults();

    VmPageContext m_context;
    std::function<ConsoleDefaults()> m_defaults;
    ResourceId m_vm;
    ConsoleTabs *m_tabs = nullptr;
    ConsoleOpener *m_opener = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_external = nullptr;
};

// Registers the page: contentArea->addVmPage(std::make_unique<ConsoleVmPageFactory>()).
class ConsoleVmPageFactory : public VmPageFactory
{
public:
    explicit ConsoleVmPageFactory(std::function<ConsoleDefaults()> defaults = {}) : m_defaults(std::move(defaults)) {}
    QString id() const override;   // "console" (replaces the placeholder)
    QString title() const override;
    VmPage *create(const VmPageContext &context, QWidget *parent) const override;

private:
    std::function<ConsoleDefaults()> m_defaults;
};

} // namespace welkin
