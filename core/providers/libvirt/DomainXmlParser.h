#pragma once

#include "model/Resource.h"

#include <QByteArray>
#include <QString>

namespace welkin {

// Reads a libvirt domain XML document (virDomainGetXMLDesc) into a VmInfo. Never throws and
// never crashes on malformed input: a clear error with line and column instead.
// Fills: uuid, title, vcpus, memory, OS type/arch/name (libosinfo metadata), disks, NICs,
// graphics (password presence only, never its value). Leaves state and IPs alone.
struct DomainXmlResult {
    bool ok = false;
    QString name;
    VmInfo vm;
    QString error; // "line 3, column 7: Opening and ending tag mismatch" / "no <name> element"
};

class DomainXmlParser
{
public:
    static DomainXmlResult parse(const QByteArray &xml);
};

} // namespace welkin
