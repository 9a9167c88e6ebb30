#include "Action.h"

#include <QCoreApplication>

namespace welkin {

using namespace Qt::StringLiterals;

Capability capabilityFor(ActionType type)
{
    switch (type) {
    case ActionType::Start: return Capability::Start;
    case ActionType::Shutdown: return Capability::Shutdown;
    case ActionType::Reboot: return Capability::Reboot;
    case ActionType::ForceOff: return Capability::ForceOff;
    case ActionType::Pause: return Capability::Pause;
    case ActionType::Resume: return Capability::Resume;
    case ActionType::Delete: return Capability::Delete;
    case ActionType::OpenConsole: return Capability::OpenConsole;
    case ActionType::Suspend: return Capability::Suspend;
    case ActionType::ForceReboot: return Capability::ForceReboot;
    case ActionType::CreateSnapshot: return Capability::CreateSnapshot;
    case ActionType::RevertSnapshot: return Capability::RevertSnapshot;
    case ActionType::DeleteSnapshot: return Capability::DeleteSnapshot;
    case ActionType::Resize: return Capability::Resize;
    case ActionType::ConfirmResize: return Capability::ConfirmResize;
    case ActionType::RevertResize: return Capability::RevertResize;
    case ActionType::Rebuild: return Capability::Rebuild;
    case ActionType::Rename: return Capability::Rename;
    case ActionType::Lock: return Capability::Lock;
    case ActionType::Unlock: return Capability::Unlock;
    }
    return Capability::None;
}

QString actionName(ActionType type)
{
    switch (type) {
    case ActionType::Start: return u"start"_s;
    case ActionType::Shutdown: return u"shutdown"_s;
    case ActionType::Reboot: return u"reboot"_s;
    case ActionType::ForceOff: return u"force-off"_s;
    case ActionType::Pause: return u"pause"_s;
    case ActionType::Resume: return u"resume"_s;
    case ActionType::Delete: return u"delete"_s;
    case ActionType::OpenConsole: return u"open-console"_s;
    case ActionType::Suspend: return u"suspend"_s;
    case ActionType::ForceReboot: return u"force-reboot"_s;
    case ActionType::CreateSnapshot: return u"create-snapshot"_s;
    case ActionType::RevertSnapshot: return u"revert-snapshot"_s;
    case ActionType::DeleteSnapshot: return u"delete-snapshot"_s;
    case ActionType::Resize: return u"resize"_s;
    case ActionType::ConfirmResize: return u"confirm-resize"_s;
    case ActionType::RevertResize: return u"revert-resize"_s;
    case ActionType::Rebuild: return u"rebuild"_s;
    case ActionType::Rename: return u"rename"_s;
    case ActionType::Lock: return u"lock"_s;
    case ActionType::Unlock: return u"unlock"_s;
    }
    return {};
}

QString actionDisplayName(ActionType type)
{
    const char *text = "";
    switch (type) {
    case ActionType::Start: text = QT_TRANSLATE_NOOP("Action", "Start"); break;
    case ActionType::Shutdown: text = QT_TRANSLATE_NOOP("Action", "Shut Down"); break;
    case ActionType::Reboot: text = QT_TRANSLATE_NOOP("Action", "Reboot"); break;
    case ActionType::ForceOff: text = QT_TRANSLATE_NOOP("Action", "Force Off"); break;
    case ActionType::Pause: text = QT_TRANSLATE_NOOP("Action", "Pause"); break;
    case ActionType::Resume: text = QT_TRANSLATE_NOOP("Action", "Resume"); break;
    case ActionType::Delete: text = QT_TRANSLATE_NOOP("Action", "Delete"); break;
    case ActionType::OpenConsole: text = QT_TRANSLATE_NOOP("Action", "Open Console"); break;
    case ActionType::Suspend: text = QT_TRANSLATE_NOOP("Action", "Suspend"); break;
    case ActionType::ForceReboot: text = QT_TRANSLATE_NOOP("Action", "Force Reboot"); break;
    case ActionType::CreateSnapshot: text = QT_TRANSLATE_NOOP("Action", "Take Snapshot"); break;
    case ActionType::RevertSnapshot: text = QT_TRANSLATE_NOOP("Action", "Revert to Snapshot"); break;
    case ActionType::DeleteSnapshot: text = QT_TRANSLATE_NOOP("Action", "Delete Snapshot"); break;
    case ActionType::Resize: text = QT_TRANSLATE_NOOP("Action", "Resize"); break;
    case ActionType::ConfirmResize: text = QT_TRANSLATE_NOOP("Action", "Confirm Resize"); break;
    case ActionType::RevertResize: text = QT_TRANSLATE_NOOP("Action", "Revert Resize"); break;
    case ActionType::Rebuild: text = QT_TRANSLATE_NOOP("Action", "Rebuild"); break;
    case ActionType::Rename: text = QT_TRANSLATE_NOOP("Action", "Rename"); break;
    case ActionType::Lock: text = QT_TRANSLATE_NOOP("Action", "Lock"); break;
    case ActionType::Unlock: text = QT_TRANSLATE_NOOP("Action", "Unlock"); break;
    }
    return QCoreApplication::translate("Action", text);
}

bool actionIsDestructive(ActionType type)
{
    return type == ActionType::ForceOff || type == ActionType::Delete || type == ActionType::Reboot
        || type == ActionType::ForceReboot || type == ActionType::RevertSnapshot || type == ActionType::DeleteSnapshot
        || type == ActionType::Rebuild || type == ActionType::RevertResize;
}

} // namespace welkin
