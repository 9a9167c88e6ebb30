#pragma once

#include "model/ResourceId.h"

#include <QFlags>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

namespace welkin {

enum class ActionType : quint8 {
    Start,
    Shutdown,   // graceful (ACPI / guest agent / cloud stop)
    Reboot,
    ForceOff,   // pull the plug
    Pause,
    Resume,
    Delete,     // options: "removeManagedSave", "removeSnapshots" (bool, default true);
                // clouds: "expunge" (bool, CloudStack destroy)
    OpenConsole,
    Suspend,        // save to disk / cloud suspend; Resume brings it back (paused or suspended)
    ForceReboot,    // hard reset (libvirt virDomainReset, Nova HARD reboot)
    CreateSnapshot, // options: "name", "description"; "diskOnly", "memory" (bool) where SnapshotSupport allows
    RevertSnapshot, // options: "snapshotId" (VmSnapshot::id)
    DeleteSnapshot, // options: "snapshotId"; "withChildren" (bool) where SnapshotSupport allows
    // Clouds:
    Resize,         // options: "sizeId" (Nova flavor / CloudStack service offering)
    ConfirmResize,  // Nova VERIFY_RESIZE -> ACTIVE on the new flavor
    RevertResize,   // Nova VERIFY_RESIZE -> back on the old flavor
    Rebuild,        // options: "imageId"; the server's disk is rebuilt from that image
    Rename,         // options: "name"
    Lock,           // Nova: only admins and the locker may act on it until Unlock
    Unlock,
};

// What a resource allows right now; views enable their actions from it.
enum class Capability : quint32 {
    None = 0,
    Start = 1u << 0,
    Shutdown = 1u << 1,
    Reboot = 1u << 2,
    ForceOff = 1u << 3,
    Pause = 1u << 4,
    Resume = 1u << 5,
    Delete = 1u << 6,
    OpenConsole = 1u << 7,
    Suspend = 1u << 8,
    ForceReboot = 1u << 9,
    CreateSnapshot = 1u << 10,
    RevertSnapshot = 1u << 11,
    DeleteSnapshot = 1u << 12,
    // Management beyond the lifecycle (no ActionType: dialogs of their own).
    Clone = 1u << 13,
    Rename = 1u << 14,
    Autostart = 1u << 15,
    Resize = 1u << 16,
    ConfirmResize = 1u << 17,
    RevertResize = 1u << 18,
    Rebuild = 1u << 19,
    Lock = 1u << 20,
    Unlock = 1u << 21,
};
Q_DECLARE_FLAGS(Capabilities, Capability)
Q_DECLARE_OPERATORS_FOR_FLAGS(Capabilities)

Capability capabilityFor(ActionType type);
QString actionName(ActionType type);        // stable: "force-off"
QString actionDisplayName(ActionType type); // translatable: "Force Off"
bool actionIsDestructive(ActionType type);  // needs a confirmation naming the targets

struct Action {
    ActionType type = ActionType::Start;
    ResourceId target;
    QVariantMap options;
};

} // namespace welkin

Q_DECLARE_METATYPE(welkin::Action)
