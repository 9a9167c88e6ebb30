#include "ConsoleVmPage.h"

#include "ConsoleOpener.h"
#include "ConsoleTabs.h"
#include "ConsoleWidget.h"
#include "providers/ProviderManager.h"
#include "providers/libvirt/LibvirtProvider.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace welkin {

using namespace Qt::StringLiterals;

ConsoleVmPage::ConsoleVmPage(const VmPageContext &context, QWidget *parent, std::function<ConsoleDefaults()> defaults)
    : VmPage(parent), m_context(context), m_defaults(std::move(defaults))
{
    m_tabs = new ConsoleTabs(this);
    m_opener = new ConsoleOpener(m_tabs, this);
    m_open = new QPushButton(tr("Open console"), this);
    m_external = new QPushButton(tr("Open in remote-viewer"), this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_open, &QPushButton::clicked, this, [this] { openEmbedded(m_vm); });
    connect(m_external, &QPushButton::clicked, this, [this] { openExternal(m_vm); });
    connect(m_opener, &ConsoleOpener::failed, this, [this](const ResourceId &, const QString &message) {
        m_message->setText(message);
    });
    connect(m_opener, &ConsoleOpener::consoleOpened, m_message, &QLabel::clear);
    connect(m_opener, &ConsoleOpener::urlOpened, this, [this](const ConsoleEndpoint &endpoint) {
        m_message->setText(endpoint.note.isEmpty() ? tr("The console opened in the browser.")
                                                   : tr("The console opened in the browser: %1").arg(endpoint.note));
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_external);
    buttons->addWidget(m_message, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_tabs, 1);
}

void ConsoleVmPage::setVm(const ResourceId &vm)
{
    m_vm = vm;
    m_message->clear();
    m_tabs->showConsole(vm);
    // Clouds hand out a URL for the browser: no remote-viewer, and "Open" says where it goes.
    const Provider *provider = m_context.providers ? m_context.providers->provider(vm.providerId()) : nullptr;
    const bool cloud = provider && !qobject_cast<const LibvirtProvider *>(provider);
    m_external->setVisible(!cloud);
    m_open->setText(cloud ? tr("Open console in browser") : tr("Open console"));
}

void ConsoleVmPage::readDefaults()
{
    if (m_defaults)
        m_opener->setDefaults(m_defaults());
}

void ConsoleVmPage::open(const ResourceId &vm)
{
    readDefaults();
    if (m_opener->defaults().external)
        openExternal(vm);
    else
        openEmbedded(vm);
}

void ConsoleVmPage::openEmbedded(const ResourceId &vm)
{
    readDefaults();
    m_message->setText(tr("Opening the console…"));
    m_opener->openEmbedded(m_context.providers ? m_context.providers->provider(vm.providerId()) : nullptr, vm);
}

void ConsoleVmPage::openExternal(const ResourceId &vm)
{
    readDefaults();
    m_message->clear();
    m_opener->openExternal(m_context.providers ? m_context.providers->provider(vm.providerId()) : nullptr, vm);
}

QString ConsoleVmPageFactory::id() const
{
    return u"console"_s;
}

QString ConsoleVmPageFactory::title() const
{
    return ConsoleVmPage::tr("Console");
}

VmPage *ConsoleVmPageFactory::create(const VmPageContext &context, QWidget *parent) const
{
    return new ConsoleVmPage(context, parent, m_defaults);
}

} // namespace welkin
