#pragma once

#include "manage/VmSpec.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace welkin {

// Reads the disks of a domain definition and rewrites one for a clone. Pure and streaming
// (QXmlStreamReader into QXmlStreamWriter), so elements Welkin does not know pass through as
// they are. Malformed input gives an error with line and column, never a crash.
class DomainXmlEdit
{
public:
    // A disk as the definition has it; `type` is the <disk type> (file, block, volume, network).
    struct Disk {
        VmDiskInfo info;     // target, device, path, format, readOnly, shareable (+ pool/volume
                             // for type='volume' sources)
        QString type;
    };
    // In document order; that order is the index forClone() takes.
    static bool disks(const QByteArray &xml, QList<Disk> *disks, QString *error);

    // A new source for one disk of the clone.
    struct NewSource {
        QString path;
        QString format;      // driver type: "qcow2" for a linked clone's overlay
        bool block = false;  // a block device (logical pool): <disk type='block'><source dev=...>
    };
    // The clone's definition: `newName`, no <uuid>, no interface <mac>, an <nvram> without its
    // path (libvirt makes a fresh one from the template), the disks at the indexes of `sources`
    // pointing at their copies (their <backingStore> dropped: libvirt reads the new chain).
    static bool forClone(const QByteArray &xml, const QString &newName, const QHash<int, NewSource> &sources,
                         QByteArray *out, QString *error);
};

} // namespace welkin
