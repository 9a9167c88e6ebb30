#include "VmPageFactory.h"

#include "VmOverviewPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

class OverviewFactory : public VmPageFactory
{
public:
    QString id() const override { return u"overview"_s; }
    QString title() const override { return VmOverviewPage::tr("Overview"); }
    VmPage *create(const VmPageContext &context, QWidget *parent) const override
    {
        return new VmOverviewPage(context, parent);
    }
};

class PlaceholderFactory : public VmPageFactory
{
public:
    PlaceholderFactory(QString id, QString title, QString text)
        : m_id(std::move(id)), m_title(std::move(title)), m_text(std::move(text)) {}
    QString id() const override { return m_id; }
    QString title() const override { return m_title; }
    VmPage *create(const VmPageContext &, QWidget *parent) const override
    {
        return new PlaceholderVmPage(m_text, parent);
    }

private:
    QString m_id, m_title, m_text;
};

} // namespace

VmPageRegistry VmPageRegistry::withDefaults()
{
    VmPageRegistry registry;
    registry.add(std::make_unique<OverviewFactory>());
    registry.add(std::make_unique<PlaceholderFactory>(
        u"console"_s, VmOverviewPage::tr("Console"),
        VmOverviewPage::tr("The embedded VNC/SPICE console is coming in a later release.\n"
                           "Until then, use virt-viewer or remote-viewer with the address shown on the Overview page.")));
    registry.add(std::make_unique<PlaceholderFactory>(
        u"performance"_s, VmOverviewPage::tr("Performance"),
        VmOverviewPage::tr("Performance charts (CPU, memory, disk and network history) are coming in a later release.\n"
                           "The VM table already shows a live CPU sparkline.")));
    return registry;
}

void VmPageRegistry::add(std::unique_ptr<VmPageFactory> factory)
{
    for (auto &existing : m_factories) {
        if (existing->id() == factory->id()) {
            existing = std::move(factory);
            return;
        }
    }
    m_factories.push_back(std::move(factory));
}

PlaceholderVmPage::PlaceholderVmPage(const QString &text, QWidget *parent) : VmPage(parent)
{
    auto *label = new QLabel(text, this);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setEnabled(false); // the palette's muted text: a hint, not content
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
}

} // namespace welkin
