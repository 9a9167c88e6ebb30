#include "ActionController.h"

#include "inventory/Inventory.h"
#include "preferences/Preferences.h"
#include "providers/ProviderManager.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QStyle>
#include <QWidget>

#include <utility>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

struct ActionSpec {
    ActionType type;
    const char *icon;
    QKeySequence shortcut;
    QStyle::StandardPixmap fallback; // when the desktop has no icon theme (Xvfb, some WMs)
};

const QList<ActionSpec> &specs()
{
    static const QList<ActionSpec> list{
        {ActionType::Start, "media-playback-start", QKeySequence(Qt::CTRL | Qt::Key_R), QStyle::SP_MediaPlay},
        {ActionType::Shutdown, "system-shutdown", QKeySequence(Qt::CTRL | Qt::Key_D), QStyle::SP_MediaStop},
        {ActionType::Reboot, "view-refresh", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), QStyle::SP_BrowserReload},
        {ActionType::ForceOff, "process-stop", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), QStyle::SP_BrowserStop},
        {ActionType::Pause, "media-playback-pause", QKeySequence(Qt::CTRL | Qt::Key_P), QStyle::SP_MediaPause},
        {ActionType::Resume, "media-playback-start", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), QStyle::SP_MediaSeekForward},
        {ActionType::Suspend, "media-playback-stop", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), QStyle::SP_DriveFDIcon},
        {ActionType::Delete, "edit-delete", QKeySequence(QKeySequence::Delete), QStyle::SP_TrashIcon},
        {ActionType::OpenConsole, "utilities-terminal", QKeySequence(Qt::CTRL | Qt::Key_O), QStyle::SP_ComputerIcon},
    };
    return list;
}

} // namespace

QList<ActionType> ActionController::lifecycleTypes()
{
    QList<ActionType> types;
    for (const ActionSpec &spec : specs())
        types.append(spec.type);
    return types;
}

ActionController::ActionController(ProviderManager *providers, Inventory *inventory, QWidget *window)
    : QObject(window), m_providers(providers), m_inventory(inventory)
{
    confirm = [window](const QString &question) {
        return QMessageBox::question(window, tr("Confirm"), question, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    for (const ActionSpec &spec : specs()) {
        const QIcon icon = QIcon::fromTheme(QString::fromLatin1(spec.icon), window->style()->standardIcon(spec.fallback));
        auto *action = new QAction(icon, actionDisplayName(spec.type), this);
        action->setShortcut(spec.shortcut);
        action->setObjectName(u"action-"_s + actionName(spec.type));
        action->setToolTip(u"%1 (%2)"_s.arg(actionDisplayName(spec.type), spec.shortcut.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, [this, type = spec.type] { trigger(type); });
        m_actions.insert(spec.type, action);
        window->addAction(action); // shortcuts work wherever the focus is in the window
    }
}

bool ActionController::populateMenu(QMenu *menu) const
{
    const QList<ResourceId> ids = m_selection ? m_selection() : QList<ResourceId>();
    if (std::none_of(ids.cbegin(), ids.cend(), [](const ResourceId &id) { return id.kind() == ResourceKind::Vm; }))
        return false;
    addActionsTo(menu);
    return true;
}

void ActionController::addActionsTo(QMenu *menu) const
{
    for (ActionType type : lifecycleTypes()) {
        if (type == ActionType::Delete || type == ActionType::OpenConsole)
            menu->addSeparator();
        menu->addAction(m_actions.value(type));
    }
}

Capabilities ActionController::lookUp(const ResourceId &vm)
{
    ++m_lookups;
    const Provider *provider = m_providers->provider(vm.providerId());
    return provider ? provider->capabilities(vm) : Capabilities();
}

void ActionController::count(Capabilities caps, int delta)
{
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        if (caps.testFlag(capabilityFor(it.key())))
            m_allowing[it.key()] += delta;
    }
}

void ActionController::applyCounts(bool announce)
{
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        const bool enabled = m_allowing.value(it.key()) > 0;
        announce = announce || enabled != it.value()->isEnabled();
        it.value()->setEnabled(enabled);
    }
    if (announce)
        Q_EMIT updated();
}

void ActionController::update(const InventoryNode *changed)
{
    if (changed) {
        if (changed->kind() == ResourceKind::Provider) {
            // Connected or not decides what its VMs allow (rare: a pass over the selection), and
            // what host-level listeners offer (New VM) even with nothing selected.
            m_providerChanged = true;
            for (auto it = m_selected.cbegin(); it != m_selected.cend(); ++it) {
                if (it.key().providerId() == changed->id().providerId())
                    m_changed.insert(it.key());
            }
        } else if (m_selected.contains(changed->id())) {
            m_changed.insert(changed->id());
        }
        if ((!m_changed.isEmpty() || m_providerChanged) && !m_refreshQueued) {
            m_refreshQueued = true;
            QMetaObject::invokeMethod(this, &ActionController::refreshChanged, Qt::QueuedConnection);
        }
        return;
    }
    m_selected.clear();
    m_allowing.clear();
    m_changed.clear();
    const QList<ResourceId> ids = m_selection ? m_selection() : QList<ResourceId>();
    for (const ResourceId &id : ids) {
        if (id.kind() != ResourceKind::Vm || !m_providers->provider(id.providerId()) || m_selected.contains(id))
            continue;
        const Capabilities caps = lookUp(id);
        m_selected.insert(id, caps);
        count(caps, +1);
    }
    applyCounts(true);
}

void ActionController::refreshChanged()
{
    m_refreshQueued = false;
    const bool providerChanged = std::exchange(m_providerChanged, false);
    if (m_changed.isEmpty() && !providerChanged)
        return; // a full update() came first
    bool capsChanged = false;
    for (const ResourceId &id : std::exchange(m_changed, {})) {
        const auto it = m_selected.find(id);
        if (it == m_selected.end())
            continue;
        const Capabilities caps = lookUp(id);
        capsChanged = capsChanged || caps != *it;
        count(*it, -1);
        count(caps, +1);
        *it = caps;
    }
    // Listeners re-read the selection: only worth it when what the actions allow changed, or
    // what a VM selected alone allows (its Clone, Rename...); a bulk start of 1,000 selected VMs
    // must not make them read 1,000 ids on every state change.
    applyCounts(providerChanged || (capsChanged && m_selected.size() == 1));
}

QList<QPointer<Task>> ActionController::trigger(ActionType type, const QVariantMap &options)
{
    // Bulk: every selected VM that allows the action, across providers.
    QList<std::pair<Provider *, ResourceId>> targets;
    QStringList names;
    const QList<ResourceId> ids = m_selection ? m_selection() : QList<ResourceId>();
    for (const ResourceId &id : ids) {
        Provider *provider = m_providers->provider(id.providerId());
        if (!provider || id.kind() != ResourceKind::Vm || !provider->capabilities(id).testFlag(capabilityFor(type)))
            continue;
        targets.append({provider, id});
        const InventoryNode *node = m_inventory->node(id);
        names.append(node ? node->resource().name : id.nativeId());
    }
    if (type == ActionType::Delete && deleteHandler && !targets.isEmpty()) {
        QList<ResourceId> vms;
        for (const auto &target : std::as_const(targets))
            vms.append(target.second);
        const QList<ResourceId> rest = deleteHandler(vms);
        for (qsizetype i = targets.size() - 1; i >= 0; --i) {
            if (!rest.contains(targets.at(i).second)) {
                targets.removeAt(i);
                names.removeAt(i);
            }
        }
    }
    if (targets.isEmpty())
        return {};
    if (type == ActionType::OpenConsole) {
        // The console is a page of the VM view, not a provider task.
        Q_EMIT openConsoleRequested(targets.constFirst().second);
        return {};
    }
    if (asksBefore(type)) {
        names.sort(Qt::CaseInsensitive);
        const QString question = tr("%1 these %n virtual machine(s)?\n\n%2", nullptr, int(names.size()))
                                     .arg(actionDisplayName(type), names.join(u'\n'));
        if (!confirm || !confirm(question))
            return {};
    }
    QList<QPointer<Task>> tasks;
    for (const auto &[provider, id] : targets)
        tasks.append(provider->perform(Action{type, id, options}));
    return tasks;
}

bool ActionController::asksBefore(ActionType type) const
{
    if (!actionIsDestructive(type))
        return false;
    if (!m_preferences)
        return true;
    switch (type) {
    case ActionType::ForceOff:
    case ActionType::ForceReboot: return m_preferences->asks(Confirmation::ForceOff);
    case ActionType::Reboot: return m_preferences->asks(Confirmation::Reboot);
    case ActionType::Delete: return m_preferences->asks(Confirmation::DeleteVm);
    case ActionType::RevertSnapshot:
    case ActionType::DeleteSnapshot: return m_preferences->asks(Confirmation::Snapshot);
    case ActionType::Rebuild:
    case ActionType::RevertResize: return m_preferences->asks(Confirmation::CloudRebuild);
    default: return true;
    }
}

} // namespace welkin
