#pragma once

#include "model/ResourceId.h"

#include <QIcon>
#include <QWidget>

#include <memory>
#include <vector>

namespace welkin {

class AlertEngine;
class Inventory;
class LiveSamples;
class ProviderManager;

// What a VM page may use. Pointers outlive every page.
struct VmPageContext {
    Inventory *inventory = nullptr;
    ProviderManager *providers = nullptr;
    LiveSamples *samples = nullptr;
    AlertEngine *alerts = nullptr; // may be null: no alerts shown
};

// One tab of the VM view (Overview, Console, Performance, later Snapshots…). The view creates
// each page once and tells it which VM to show; a page follows that VM's changes itself.
class VmPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual void setVm(const ResourceId &vm) = 0;
};

// Makes one kind of VM page. Later issues add tabs by registering a factory (same id replaces:
// the console and monitoring issues swap the placeholders for real pages).
class VmPageFactory
{
public:
    virtual ~VmPageFactory() = default;
    virtual QString id() const = 0;     // stable: "overview", "console", "performance"
    virtual QString title() const = 0;  // translated tab title
    virtual VmPage *create(const VmPageContext &context, QWidget *parent) const = 0;
};

// The VM view's pages, in tab order.
class VmPageRegistry
{
public:
    // Overview plus placeholder Console and Performance pages.
    static VmPageRegistry withDefaults();

    void add(std::unique_ptr<VmPageFactory> factory); // replaces a factory with the same id
    const std::vector<std::unique_ptr<VmPageFactory>> &factories() const { return m_factories; }

private:
    std::vector<std::unique_ptr<VmPageFactory>> m_factories;
};

// Stands in for a page another issue delivers: says what will be there.
class PlaceholderVmPage : public VmPage
{
    Q_OBJECT
public:
    PlaceholderVmPage(const QString &text, QWidget *parent = nullptr);
    void setVm(const ResourceId &) override {}
};

} // namespace welkin
