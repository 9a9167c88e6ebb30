#pragma once

#include <QMetaType>
#include <QString>

namespace welkin {

// Power state of a VM, common to every provider. Providers map their own states onto it and
// keep the precise wording in VmInfo::stateReason.
enum class PowerState : quint8 {
    Unknown,
    Running,
    Paused,
    ShuttingDown,
    ShutOff,
    Crashed,
    Suspended,   // saved to memory/disk by the guest or the cloud (pmsuspended, SUSPENDED)
    Blocked,
    Building,    // clouds: BUILD, Starting
    Migrating,
    Error,       // clouds: ERROR
};

QString powerStateName(PowerState state);        // stable, for JSON/CLI: "running", "shut-off"
QString powerStateDisplayName(PowerState state); // translatable, for the UI: "Shut off"
PowerState powerStateFromName(const QString &name);
bool powerStateIsActive(PowerState state); // consumes host resources (running, paused, ...)

} // namespace welkin
