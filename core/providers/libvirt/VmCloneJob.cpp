// VmJobs::clone: copies of a shut-off VM's disks and a definition pointing at them.
#include "VmJobs.h"

#include "LibvirtErrors.h"
#include "StorageOps.h"
#include "manage/DomainXmlEdit.h"
#include "manage/StorageXml.h"

#include <QFileInfo>
#include <QHash>

#include <libvirt/virterror.h>

namespace welkin::libvirt {

using namespace Qt::StringLiterals;

namespace {

// One disk of the source that the clone gets its own copy of.
struct DiskCopy {
    int index = -1;          // in document order (DomainXmlEdit)
    QString target;
    QString sourcePath;
    QString sourceFormat;
    VolumeHandle volume;
    PoolHandle pool;
    QString poolName;
    quint64 capacity = 0;
    quint64 allocation = 0;
    bool block = false;
};

// "<clone>.qcow2", then "<clone>-1.qcow2", ... : the first name the pool does not have yet.
QString freeVolumeName(virStoragePoolPtr pool, const QString &cloneName, const QString &extension, QStringList *taken)
{
    for (int n = 0;; ++n) {
        const QString base = n == 0 ? cloneName : cloneName + u'-' + QString::number(n);
        const QString candidate = extension.isEmpty() ? base : base + u'.' + extension;
        if (taken->contains(candidate))
            continue;
        VolumeHandle existing(virStorageVolLookupByName(pool, candidate.toUtf8().constData()));
        virResetLastError();
        if (!existing) {
            taken->append(candidate);
            return candidate;
        }
    }
}

} // namespace

JobOutcome VmJobs::clone(const JobContext &context, const QString &uuid, const CloneSpec &spec, const QString &hostName)
{
    virConnectPtr conn = context.connection();
    QString error;
    DomainHandle source = lookup(conn, uuid, &error);
    if (!source)
        return JobOutcome::failure(error);
    const QString sourceName = domainName(source.get());
    if (const QString state = activeState(source.get()); !state.isEmpty())
        return JobOutcome::failure(tr("%1 is %2: shut it down before cloning").arg(sourceName, state));
    if (const QString bad = checkNewName(conn, spec.newName, hostName); !bad.isEmpty())
        return JobOutcome::failure(bad);

    // SECURE: the clone keeps the console password.
    TextHandle xml(virDomainGetXMLDesc(source.get(), VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE));
    if (!xml)
        return JobOutcome::failure(lastError().describe(tr("Could not read the definition of %1").arg(sourceName)));
    const QByteArray sourceXml(xml.get());
    QList<DomainXmlEdit::Disk> disks;
    if (!DomainXmlEdit::disks(sourceXml, &disks, &error))
        return JobOutcome::failure(tr("Could not read the disks of %1: %2").arg(sourceName, error));

    // Every writable, unshared disk gets a copy; CDs, read-only and shareable disks are referenced.
    // A writable disk another VM also uses is copied too: two VMs writing one image corrupt it.
    std::vector<DiskCopy> copies;
    for (int i = 0; i < disks.size(); ++i) {
        const VmDiskInfo &info = disks.at(i).info;
        if (info.device == u"cdrom"_s || info.device == u"floppy"_s || info.readOnly || info.shareable)
            continue;
        if (disks.at(i).type == u"network"_s)
            return JobOutcome::failure(tr("Disk %1 of %2 is a network disk: Welkin can only copy volumes of a storage pool")
                                           .arg(info.target, sourceName));
        DiskCopy copy;
        copy.index = i;
        copy.target = info.target;
        if (!info.pool.isEmpty()) {
            copy.pool.reset(virStoragePoolLookupByName(conn, info.pool.toUtf8().constData()));
            if (copy.pool)
                copy.volume.reset(virStorageVolLookupByName(copy.pool.get(), info.volume.toUtf8().constData()));
        } else if (!info.path.isEmpty()) {
            copy.volume.reset(virStorageVolLookupByPath(conn, info.path.toUtf8().constData()));
            if (copy.volume)
                copy.pool.reset(virStoragePoolLookupByVolume(copy.volume.get()));
        }
        virResetLastError();
        if (!copy.volume || !copy.pool) {
            const QString where = info.path.isEmpty() ? info.pool + u'/' + info.volume : info.path;
            return JobOutcome::failure(tr("Disk %1 of %2 (%3) is not in a storage pool: Welkin can only copy volumes of a pool")
                                           .arg(info.target, sourceName, where));
        }
        TextHandle path(virStorageVolGetPath(copy.volume.get()));
        copy.sourcePath = path ? QString::fromUtf8(path.get()) : info.path;
        copy.poolName = QString::fromUtf8(virStoragePoolGetName(copy.pool.get()));
        const QString volumeFmt = volumeFormat(copy.volume.get());
        copy.sourceFormat = !info.format.isEmpty() ? info.format : volumeFmt.isEmpty() ? u"raw"_s : volumeFmt;
        virStorageVolInfo volInfo{};
        if (virStorageVolGetInfo(copy.volume.get(), &volInfo) < 0)
            return JobOutcome::failure(lastError().describe(tr("Could not read disk %1 of %2").arg(info.target, sourceName)));
        copy.capacity = volInfo.capacity;
        copy.allocation = volInfo.allocation;
        copy.block = volInfo.type == VIR_STORAGE_VOL_BLOCK;
        copies.push_back(std::move(copy));
    }

    JobRollback rollback(conn);
    QHash<int, DomainXmlEdit::NewSource> sources;
    QHash<QString, QStringList> takenNames; // per pool, names chosen by this job
    const int total = int(copies.size());
    context.setProgress(0);
    for (int n = 0; n < total; ++n) {
        DiskCopy &copy = copies[size_t(n)];
        // Cancel between disks only: virStorageVolCreateXMLFrom has no way to interrupt a copy
        // that has started, so a cancelled clone stops after the disk being copied.
        if (context.isCancelRequested())
            return rollback.fail(tr("Cloning %1 was cancelled").arg(sourceName));
        context.setDetail(spec.linked ? tr("Creating the overlay of %1 (%2 of %3)").arg(copy.target).arg(n + 1).arg(total)
                                      : tr("Copying %1 (%2 of %3)").arg(copy.target).arg(n + 1).arg(total));
        const QString format = spec.linked ? u"qcow2"_s : copy.sourceFormat;
        QString extension = QFileInfo(copy.sourcePath).suffix();
        if (spec.linked || extension.isEmpty() || copy.block)
            extension = copy.block ? QString() : format == u"qcow2"_s ? u"qcow2"_s : u"img"_s;
        const QString volumeName = freeVolumeName(copy.pool.get(), spec.newName, extension, &takenNames[copy.poolName]);

        QString newPath;
        if (spec.linked) {
            StorageVolumeSpec overlay;
            overlay.name = volumeName;
            overlay.format = u"qcow2"_s;
            overlay.backingPath = copy.sourcePath;
            overlay.backingFormat = copy.sourceFormat;
            const JobOutcome created = createVolume(conn, copy.poolName, overlay);
            if (!created.ok)
                return rollback.fail(created.error);
            newPath = created.value.toString();
        } else {
            virStoragePoolInfo poolInfo{};
            if (virStoragePoolGetInfo(copy.pool.get(), &poolInfo) == 0 && copy.allocation > poolInfo.available) {
                return rollback.fail(tr("Copying %1 needs %2, pool '%3' has %4 free")
                                         .arg(copy.target, sizeText(copy.allocation), copy.poolName, sizeText(poolInfo.available)));
            }
            StorageVolumeSpec target;
            target.name = volumeName;
            target.format = format;
            target.capacity = copy.capacity;
            const QByteArray volumeXml = StorageXml::volumeXml(target);
            VolumeHandle created(virStorageVolCreateXMLFrom(copy.pool.get(), volumeXml.constData(), copy.volume.get(), 0));
            if (!created) {
                return rollback.fail(lastError().describe(
                    tr("Could not copy disk %1 of %2 into pool '%3'").arg(copy.target, sourceName, copy.poolName)));
            }
            TextHandle path(virStorageVolGetPath(created.get()));
            if (!path) {
                const LibvirtError pathError = lastError();
                virStorageVolDelete(created.get(), 0);
                return rollback.fail(pathError.describe(tr("Could not read the path of the copy of %1").arg(copy.target)));
            }
            newPath = QString::fromUtf8(path.get());
        }
        rollback.addVolume(newPath);
        sources.insert(copy.index, {newPath, format, copy.block});
        context.setProgress((n + 1) * 90 / total);
    }

    QByteArray cloneXml;
    if (!DomainXmlEdit::forClone(sourceXml, spec.newName, sources, &cloneXml, &error))
        return rollback.fail(tr("Could not write the definition of %1: %2").arg(spec.newName, error));
    DomainHandle clone(virDomainDefineXMLFlags(conn, cloneXml.constData(), VIR_DOMAIN_DEFINE_VALIDATE));
    if (!clone)
        return rollback.fail(lastError().describe(tr("Could not define %1").arg(spec.newName)));
    char uuidText[VIR_UUID_STRING_BUFLEN] = {};
    virDomainGetUUIDString(clone.get(), uuidText);
    rollback.setDomain(QString::fromLatin1(uuidText));
    if (spec.startAfter && virDomainCreate(clone.get()) < 0)
        return rollback.fail(lastError().describe(tr("Could not start %1").arg(spec.newName)));
    rollback.commit();
    context.setProgress(100);
    return JobOutcome::success(QString::fromLatin1(uuidText));
}

} // namespace welkin::libvirt
