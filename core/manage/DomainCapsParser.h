#pragma once

#include "manage/VmSpec.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace welkin {

// Reads what a host offers new VMs from libvirt's XML. Pure, no libvirt calls; malformed input
// gives an error with line and column, never a crash.
class DomainCapsParser
{
public:
    // virConnectGetDomainCapabilities: emulator, domain type, arch, default machine, UEFI loaders
    // (<os><loader><value>), CPU modes, disk buses, graphics types, video models. Leaves
    // info->machines alone. False with *error on malformed XML.
    static bool parseDomainCapabilities(const QByteArray &xml, DomainCapabilitiesInfo *info, QString *error);

    // virConnectGetCapabilities: whether a guest of `arch` can run with domain type `type`
    // ("kvm", "qemu").
    static bool hasDomainType(const QByteArray &capsXml, const QString &arch, const QString &type);
    // The machine types of `arch` for domain type `type`: aliases ("pc", "q35") first, then the
    // versioned ones, newest first; deprecated ones left out.
    static QStringList machines(const QByteArray &capsXml, const QString &arch, const QString &type);
};

} // namespace welkin
