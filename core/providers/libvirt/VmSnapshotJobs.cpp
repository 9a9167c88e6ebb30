// The snapshot jobs of VmManager (VmJobs), on a job thread.
#include "LibvirtErrors.h"
#include "VmJobs.h"
#include "manage/DomainXmlEdit.h"
#include "manage/NameRules.h"

#include <QVariant>

#include <algorithm>

#include <vector>

#include <libvirt/virterror.h>

namespace welkin::libvirt {

using namespace Qt::StringLiterals;

namespace {

SnapshotHandle lookupSnapshot(virDomainPtr domain, const QString &name, const QString &vmName, QString *error)
{
    SnapshotHandle snapshot(virDomainSnapshotLookupByName(domain, name.toUtf8().constData(), 0));
    if (!snapshot) {
        const LibvirtError e = lastError();
        *error = e.code == VIR_ERR_NO_DOMAIN_SNAPSHOT ? VmJobs::tr("%1 has no snapshot named %2").arg(vmName, name)
                                                       : e.describe(VmJobs::tr("Could not find snapshot %1 of %2").arg(name, vmName));
    }
    return snapshot;
}

// Internal snapshots live inside qcow2 images: the writable disks that are something else, by target.
QStringList disksWithoutInternalSnapshots(virDomainPtr domain, QString *error)
{
    TextHandle xml(virDomainGetXMLDesc(domain, VIR_DOMAIN_XML_INACTIVE));
    if (!xml) {
        *error = lastError().message;
        return {};
    }
    QList<DomainXmlEdit::Disk> disks;
    if (!DomainXmlEdit::disks(QByteArray(xml.get()), &disks, error))
        return {};
    QStringList refused;
    for (const DomainXmlEdit::Disk &disk : std::as_const(disks)) {
        if (disk.info.device == "cdrom"_L1 || disk.info.device == "floppy"_L1 || disk.info.readOnly || disk.info.shareable)
            continue;
        if (disk.info.format != "qcow2"_L1)
            refused.append(u"%1 (%2)"_s.arg(disk.info.target, disk.info.format.isEmpty() ? u"raw"_s : disk.info.format));
    }
    return refused;
}

} // namespace

JobOutcome VmJobs::snapshots(virConnectPtr conn, const QString &uuid)
{
    QString error;
    DomainHandle domain = lookup(conn, uuid, &error);
    if (!domain)
        return JobOutcome::failure(error);
    virDomainSnapshotPtr *list = nullptr;
    const int count = virDomainListAllSnapshots(domain.get(), &list, 0);
    if (count < 0)
        return JobOutcome::failure(lastError().describe(tr("Could not list the snapshots of %1").arg(domainName(domain.get()))));
    std::vector<SnapshotHandle> handles;
    for (int i = 0; i < count; ++i)
        handles.emplace_back(list[i]);
    free(list); // NOLINT: libvirt's array
    QList<VmSnapshot> snapshots;
    for (const SnapshotHandle &handle : handles) {
        TextHandle xml(virDomainSnapshotGetXMLDesc(handle.get(), 0));
        VmSnapshot snapshot;
        // A snapshot deleted meanwhile, or one the parser cannot read, is left out; the rest stay.
        if (!xml || !SnapshotXml::parse(QByteArray(xml.get()), &snapshot, &error))
            continue;
        snapshot.current = virDomainSnapshotIsCurrent(handle.get(), 0) == 1;
        snapshots.append(snapshot);
    }
    return JobOutcome::success(QVariant::fromValue(snapshotTreeOrder(snapshots)));
}

JobOutcome VmJobs::createSnapshot(virConnectPtr conn, const QString &uuid, const SnapshotSpec &spec)
{
    QString error;
    DomainHandle domain = lookup(conn, uuid, &error);
    if (!domain)
        return JobOutcome::failure(error);
    const QString vmName = domainName(domain.get());
    const QString what = tr("Could not take snapshot %1 of %2").arg(spec.name, vmName);
    if (const QString bad = NameRules::check(NameRules::Kind::Snapshot, spec.name); !bad.isEmpty())
        return JobOutcome::failure(what + u": "_s + bad);
    if (SnapshotHandle existing{virDomainSnapshotLookupByName(domain.get(), spec.name.toUtf8().constData(), 0)})
        return JobOutcome::failure(tr("%1 already has a snapshot named %2").arg(vmName, spec.name));
    unsigned int flags = VIR_DOMAIN_SNAPSHOT_CREATE_ATOMIC;
    if (spec.diskOnly) {
        flags |= VIR_DOMAIN_SNAPSHOT_CREATE_DISK_ONLY;
    } else {
        const QStringList refused = disksWithoutInternalSnapshots(domain.get(), &error);
        if (!error.isEmpty())
            return JobOutcome::failure(what + u": "_s + error);
        if (!refused.isEmpty())
            return JobOutcome::failure(tr("%1: internal snapshots need qcow2 disks, and %2 is not. Take a disk-only "
                                          "snapshot instead.").arg(what, refused.join(u", "_s)));
    }
    const QByteArray xml = SnapshotXml::forCreate(spec);
    SnapshotHandle made(virDomainSnapshotCreateXML(domain.get(), xml.constData(), flags));
    if (!made)
        return JobOutcome::failure(lastError().describe(what));
    return JobOutcome::success(spec.name);
}

JobOutcome VmJobs::revertSnapshot(virConnectPtr conn, const QString &uuid, const QString &name)
{
    QString error;
    DomainHandle domain = lookup(conn, uuid, &error);
    if (!domain)
        return JobOutcome::failure(error);
    const QString vmName = domainName(domain.get());
    SnapshotHandle snapshot = lookupSnapshot(domain.get(), name, vmName, &error);
    if (!snapshot)
        return JobOutcome::failure(error);
    if (virDomainRevertToSnapshot(snapshot.get(), 0) < 0)
        return JobOutcome::failure(lastError().describe(tr("Could not revert %1 to snapshot %2").arg(vmName, name)));
    return JobOutcome::success(name);
}

JobOutcome VmJobs::deleteSnapshot(virConnectPtr conn, const QString &uuid, const QString &name, bool withChildren)
{
    QString error;
    DomainHandle domain = lookup(conn, uuid, &error);
    if (!domain)
        return JobOutcome::failure(error);
    const QString vmName = domainName(domain.get());
    SnapshotHandle snapshot = lookupSnapshot(domain.get(), name, vmName, &error);
    if (!snapshot)
        return JobOutcome::failure(error);
    // The subtree goes leaf first, one snapshot at a time: libvirtd 9.0 (Debian 12) crashes in
    // VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN on a branched tree, taking every client down with it.
    std::vector<std::pair<int, SnapshotHandle>> doomed; // depth below `snapshot`, handle
    if (withChildren) {
        virDomainSnapshotPtr *list = nullptr;
        const int count = virDomainSnapshotListAllChildren(snapshot.get(), &list, VIR_DOMAIN_SNAPSHOT_LIST_DESCENDANTS);
        if (count < 0)
            return JobOutcome::failure(lastError().describe(tr("Could not list the snapshots below %1 of %2").arg(name, vmName)));
        for (int i = 0; i < count; ++i) {
            SnapshotHandle child(list[i]);
            int depth = 0;
            for (SnapshotHandle up(virDomainSnapshotGetParent(child.get(), 0)); up && depth < count;
                 up.reset(virDomainSnapshotGetParent(up.get(), 0))) {
                ++depth;
                if (QString::fromUtf8(virDomainSnapshotGetName(up.get())) == name)
                    break;
            }
            doomed.emplace_back(depth, std::move(child));
        }
        free(list); // NOLINT: libvirt's array
        std::stable_sort(doomed.begin(), doomed.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    }
    doomed.emplace_back(0, std::move(snapshot));
    int deleted = 0;
    for (const auto &[depth, handle] : doomed) {
        const QString current = QString::fromUtf8(virDomainSnapshotGetName(handle.get()));
        if (virDomainSnapshotDelete(handle.get(), 0) < 0) {
            const QString reason = lastError().describe(tr("Could not delete snapshot %1 of %2").arg(current, vmName));
            return JobOutcome::failure(deleted == 0 ? reason
                                                    : tr("%1 (%n snapshot(s) below it were deleted first)", nullptr, deleted).arg(reason));
        }
        ++deleted;
    }
    return JobOutcome::success(name);
}

JobOutcome VmJobs::describeSnapshot(virConnectPtr conn, const QString &uuid, const QString &name, const QString &description)
{
    QString error;
    DomainHandle domain = lookup(conn, uuid, &error);
    if (!domain)
        return JobOutcome::failure(error);
    const QString vmName = domainName(domain.get());
    SnapshotHandle snapshot = lookupSnapshot(domain.get(), name, vmName, &error);
    if (!snapshot)
        return JobOutcome::failure(error);
    const bool current = virDomainSnapshotIsCurrent(snapshot.get(), 0) == 1;
    TextHandle xml(virDomainSnapshotGetXMLDesc(snapshot.get(), VIR_DOMAIN_SNAPSHOT_XML_SECURE));
    if (!xml)
        return JobOutcome::failure(lastError().describe(tr("Could not read snapshot %1 of %2").arg(name, vmName)));
    QByteArray redefined;
    if (!SnapshotXml::withDescription(QByteArray(xml.get()), description, &redefined, &error))
        return JobOutcome::failure(tr("Could not read snapshot %1 of %2: %3").arg(name, vmName, error));
    // Redefining replaces only the metadata; the disks and memory state are untouched.
    unsigned int flags = VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE;
    if (current)
        flags |= VIR_DOMAIN_SNAPSHOT_CREATE_CURRENT;
    SnapshotHandle changed(virDomainSnapshotCreateXML(domain.get(), redefined.constData(), flags));
    if (!changed)
        return JobOutcome::failure(lastError().describe(tr("Could not change the description of snapshot %1 of %2").arg(name, vmName)));
    return JobOutcome::success();
}

} // namespace welkin::libvirt
