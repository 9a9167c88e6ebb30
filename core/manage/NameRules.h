#pragma once

#include <QCoreApplication>
#include <QString>

namespace welkin {

// Name checks shared by the storage, network and VM forms and by the jobs that act on them.
// Pure functions: no libvirt, usable on any thread and in field validators.
class NameRules
{
    Q_DECLARE_TR_FUNCTIONS(welkin::NameRules)
public:
    enum class Kind { Pool, Volume, Network, Vm, Snapshot };

    // Empty when `name` is acceptable; otherwise a specific message for the field, e.g.
    // "A volume name cannot contain '/'". Spaces are allowed inside volume names only (they are
    // file names); the other names end up in paths, bridge devices and command lines.
    static QString check(Kind kind, const QString &name);
    static int maxLength(Kind kind);

private:
    static QString kindName(Kind kind);
};

} // namespace welkin
