#pragma once

#include "StorageTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace welkin {

// Storage pool and volume XML: writers for what the forms produce, readers for what libvirt
// returns. The readers never crash on malformed input: they return false with
// "line 3, column 7: ..." in *error.
class StorageXml
{
    Q_DECLARE_TR_FUNCTIONS(welkin::StorageXml)
public:
    // <pool type='dir|netfs|logical'> for virStoragePoolDefineXML.
    static QByteArray poolXml(const StoragePoolSpec &spec);
    // <volume> for virStorageVolCreateXML (sizes in bytes, qcow2 backing store when given).
    static QByteArray volumeXml(const StorageVolumeSpec &spec);

    // Fills name, uuid, type, targetPath, sourceHost, sourcePath (netfs export or the logical
    // pool's first device) and the sizes; leaves state flags alone.
    static bool readPool(const QByteArray &xml, StoragePoolInfo *pool, QString *error);
    // Fills name, key, path, format, backingPath, capacity, allocation; leaves pool and usedBy.
    static bool readVolume(const QByteArray &xml, StorageVolumeInfo *volume, QString *error);
    // The pool types virConnectGetStoragePoolCapabilities marks supported='yes'.
    static bool readPoolTypes(const QByteArray &xml, QStringList *types, QString *error);

    // "1 GiB" style sizes with their unit attribute (libvirt's scaled integers); false on junk.
    static bool scaledBytes(const QString &value, const QString &unit, quint64 *bytes);
};

} // namespace welkin
