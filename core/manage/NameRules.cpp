#include "NameRules.h"

namespace welkin {

using namespace Qt::StringLiterals;

int NameRules::maxLength(Kind kind)
{
    // Volumes are file names (NAME_MAX); the rest show up in paths and logs, keep them readable.
    return kind == Kind::Volume ? 255 : 64;
}

QString NameRules::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Pool:
        return tr("storage pool");
    case Kind::Volume:
        return tr("volume");
    case Kind::Network:
        return tr("network");
    case Kind::Vm:
        return tr("virtual machine");
    case Kind::Snapshot:
        return tr("snapshot");
    }
    return {};
}

QString NameRules::check(Kind kind, const QString &name)
{
    const QString what = kindName(kind);
    if (name.isEmpty())
        return tr("The %1 name is empty").arg(what);
    if (name.trimmed() != name)
        return tr("The %1 name '%2' starts or ends with a space").arg(what, name);
    if (name.contains(u'/'))
        return tr("The %1 name '%2' contains '/'").arg(what, name);
    if (name.startsWith(u'.'))
        return tr("The %1 name '%2' starts with '.'").arg(what, name);
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return tr("The %1 name '%2' contains a control character").arg(what, name);
        if (c.isSpace() && kind != Kind::Volume)
            return tr("The %1 name '%2' contains a space").arg(what, name);
    }
    // Measured in bytes: that is what file systems and libvirt limit.
    const qsizetype bytes = name.toUtf8().size();
    if (bytes > maxLength(kind))
        return tr("The %1 name is too long (%2 bytes, at most %3)").arg(what).arg(bytes).arg(maxLength(kind));
    if (kind == Kind::Vm || kind == Kind::Snapshot) {
        bool numeric = false;
        name.toLongLong(&numeric);
        // virsh reads an all-digit name as a domain ID, QEMU as an internal snapshot's ID.
        if (numeric)
            return tr("The %1 name '%2' is only digits").arg(what, name);
    }
    return {};
}

} // namespace welkin
