// VmJobs::create: the New VM wizard's Finish, on a job thread.
#include "VmJobs.h"

#include "LibvirtErrors.h"
#include "StorageOps.h"
#include "manage/CloudInitSeed.h"
#include "manage/DomainCapsParser.h"
#include "manage/DomainXmlWriter.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <libvirt/virterror.h>

namespace welkin::libvirt {

using namespace Qt::StringLiterals;

namespace {

VolumeHandle volumeAt(virConnectPtr conn, const QString &path)
{
    VolumeHandle volume(virStorageVolLookupByPath(conn, path.toUtf8().constData()));
    virResetLastError();
    return volume;
}

// A host name for cloud-init from the VM name: lowercase letters, digits and '-'.
QString hostNameFor(const QString &vmName)
{
    QString host = vmName.toLower();
    host.replace(QRegularExpression(u"[^a-z0-9-]+"_s), u"-"_s);
    while (host.startsWith(u'-'))
        host.remove(0, 1);
    while (host.endsWith(u'-'))
        host.chop(1);
    return host.left(63);
}

} // namespace

JobOutcome VmJobs::create(const JobContext &context, NewVmSpec spec, const QString &hostName)
{
    virConnectPtr conn = context.connection();
    const QString name = spec.name;

    // ---- checks, before anything is made
    if (const QString bad = checkNewName(conn, name, hostName); !bad.isEmpty())
        return JobOutcome::failure(bad);
    DomainXmlInputs inputs;
    if (spec.firmware == u"uefi"_s) {
        // Empty: libvirt's defaults, as the definition will get them.
        auto orNull = [](const QByteArray &value) { return value.isEmpty() ? nullptr : value.constData(); };
        const QByteArray emulator = spec.emulator.toUtf8();
        const QByteArray arch = spec.arch.toUtf8();
        const QByteArray machine = spec.machine.toUtf8();
        const QByteArray type = spec.domainType.isEmpty() ? QByteArrayLiteral("kvm") : spec.domainType.toUtf8();
        TextHandle domcaps(virConnectGetDomainCapabilities(conn, orNull(emulator), orNull(arch), orNull(machine),
                                                           type.constData(), 0));
        if (!domcaps)
            return JobOutcome::failure(lastError().describe(tr("Could not read the domain capabilities of %1").arg(hostName)));
        DomainCapabilitiesInfo caps;
        QString error;
        if (!DomainCapsParser::parseDomainCapabilities(QByteArray(domcaps.get()), &caps, &error))
            return JobOutcome::failure(tr("Could not read the domain capabilities of %1: %2").arg(hostName, error));
        if (caps.loaders.isEmpty())
            return JobOutcome::failure(tr("UEFI firmware is not available on this host (no loader in the domain capabilities)"));
        // libvirt's firmware autoselection picks among those loaders (and their NVRAM templates).
    }
    switch (spec.source) {
    case InstallSource::IsoVolume:
        if (spec.isoPath.isEmpty() || !volumeAt(conn, spec.isoPath))
            return JobOutcome::failure(tr("ISO %1 does not exist on the host").arg(spec.isoPath));
        break;
    case InstallSource::LocalIso:
        if (!QFileInfo(spec.localIsoPath).isFile())
            return JobOutcome::failure(tr("ISO %1 does not exist on this computer").arg(spec.localIsoPath));
        if (spec.isoPool.isEmpty())
            return JobOutcome::failure(tr("Choose a storage pool to upload %1 to").arg(spec.localIsoPath));
        break;
    case InstallSource::ImportDisk:
        if (spec.importPath.isEmpty() || !volumeAt(conn, spec.importPath))
            return JobOutcome::failure(tr("Disk image %1 does not exist on the host").arg(spec.importPath));
        break;
    case InstallSource::CloudImage:
        if (spec.cloudImagePath.isEmpty() || !volumeAt(conn, spec.cloudImagePath))
            return JobOutcome::failure(tr("Cloud image %1 does not exist on the host").arg(spec.cloudImagePath));
        if (spec.disk.pool.isEmpty())
            return JobOutcome::failure(tr("Choose a storage pool for the disk of %1").arg(name));
        if (spec.cloudInit.hostName.isEmpty())
            spec.cloudInit.hostName = hostNameFor(name);
        if (const QString bad = CloudInitSeed::validate(spec.cloudInit); !bad.isEmpty())
            return JobOutcome::failure(bad);
        spec.disk.format = u"qcow2"_s;
        break;
    case InstallSource::Network:
        break;
    }
    const bool newDisk = spec.withDisk && spec.disk.createNew && spec.source != InstallSource::ImportDisk
        && spec.source != InstallSource::CloudImage;
    if (spec.withDisk && !spec.disk.createNew && spec.source != InstallSource::ImportDisk
        && spec.source != InstallSource::CloudImage) {
        if (spec.disk.existingPath.isEmpty())
            return JobOutcome::failure(tr("Choose the existing disk for %1").arg(name));
        if (!volumeAt(conn, spec.disk.existingPath))
            return JobOutcome::failure(tr("Disk image %1 does not exist on the host").arg(spec.disk.existingPath));
    }
    if (newDisk && spec.disk.pool.isEmpty())
        return JobOutcome::failure(tr("Choose a storage pool for the disk of %1").arg(name));

    // ---- volumes; everything made from here on goes again if a later step fails
    JobRollback rollback(conn);
    auto cancelled = [&] { return context.isCancelRequested(); };
    context.setProgress(0);

    if (spec.source == InstallSource::IsoVolume) {
        inputs.cdromPaths.append(spec.isoPath);
    } else if (spec.source == InstallSource::LocalIso) {
        const QFileInfo local(spec.localIsoPath);
        const QString volumeName = local.fileName();
        // The same ISO uploaded before (same name and size) is used as it is.
        PoolHandle pool(virStoragePoolLookupByName(conn, spec.isoPool.toUtf8().constData()));
        VolumeHandle existing(pool ? virStorageVolLookupByName(pool.get(), volumeName.toUtf8().constData()) : nullptr);
        virResetLastError();
        virStorageVolInfo info{};
        if (existing && virStorageVolGetInfo(existing.get(), &info) == 0 && info.capacity == quint64(local.size())) {
            TextHandle path(virStorageVolGetPath(existing.get()));
            inputs.cdromPaths.append(path ? QString::fromUtf8(path.get()) : QString());
        } else if (existing) {
            return JobOutcome::failure(tr("Pool '%1' already has a different volume named '%2': rename the ISO or delete that volume")
                                           .arg(spec.isoPool, volumeName));
        } else {
            context.setDetail(tr("Uploading %1").arg(volumeName));
            const JobOutcome uploaded = uploadFile(context, spec.isoPool, spec.localIsoPath, volumeName, u"iso"_s);
            if (!uploaded.ok)
                return rollback.fail(uploaded.error);
            rollback.addVolume(uploaded.value.toString());
            inputs.cdromPaths.append(uploaded.value.toString());
        }
    }
    if (cancelled())
        return rollback.fail(tr("Creating %1 was cancelled").arg(name));

    if (spec.source == InstallSource::ImportDisk) {
        inputs.diskPath = spec.importPath;
        VolumeHandle volume = volumeAt(conn, spec.importPath);
        const QString format = volume ? volumeFormat(volume.get()) : QString();
        inputs.diskFormat = format.isEmpty() ? spec.disk.format : format;
    } else if (spec.source == InstallSource::CloudImage) {
        context.setDetail(tr("Creating the disk on top of the cloud image"));
        VolumeHandle base = volumeAt(conn, spec.cloudImagePath);
        StorageVolumeSpec overlay;
        overlay.name = DomainXmlWriter::diskVolumeName(spec);
        overlay.format = u"qcow2"_s;
        overlay.backingPath = spec.cloudImagePath;
        const QString baseFormat = base ? volumeFormat(base.get()) : QString();
        overlay.backingFormat = baseFormat.isEmpty() ? u"qcow2"_s : baseFormat;
        virStorageVolInfo baseInfo{};
        // Never smaller than the image itself (0: as large as the image).
        const quint64 baseSize = base && virStorageVolGetInfo(base.get(), &baseInfo) == 0 ? baseInfo.capacity : 0;
        overlay.capacity = spec.disk.capacity > baseSize ? spec.disk.capacity : 0;
        const JobOutcome created = createVolume(conn, spec.disk.pool, overlay);
        if (!created.ok)
            return rollback.fail(created.error);
        rollback.addVolume(created.value.toString());
        inputs.diskPath = created.value.toString();
        inputs.diskFormat = u"qcow2"_s;

        context.setDetail(tr("Building the cloud-init seed"));
        const CloudInitSeed::Result seed = CloudInitSeed::build(spec.cloudInit);
        if (!seed.error.isEmpty())
            return rollback.fail(seed.error);
        const JobOutcome uploaded = uploadBytes(context, spec.disk.pool, seed.iso, name + u"-cidata.iso"_s, u"iso"_s);
        if (!uploaded.ok)
            return rollback.fail(uploaded.error);
        rollback.addVolume(uploaded.value.toString());
        inputs.cdromPaths.append(uploaded.value.toString());
    } else if (newDisk) {
        context.setDetail(tr("Creating the disk"));
        StorageVolumeSpec volume;
        volume.name = DomainXmlWriter::diskVolumeName(spec);
        volume.format = spec.disk.format.isEmpty() ? u"qcow2"_s : spec.disk.format;
        volume.capacity = spec.disk.capacity;
        const JobOutcome created = createVolume(conn, spec.disk.pool, volume);
        if (!created.ok)
            return rollback.fail(created.error);
        rollback.addVolume(created.value.toString());
        inputs.diskPath = created.value.toString();
        inputs.diskFormat = volume.format;
    } else if (spec.withDisk) {
        inputs.diskPath = spec.disk.existingPath;
        inputs.diskFormat = spec.disk.format;
    }
    if (cancelled())
        return rollback.fail(tr("Creating %1 was cancelled").arg(name));

    // ---- define (libvirt validates against the host) and start
    context.setProgress(90);
    context.setDetail(tr("Defining %1").arg(name));
    const QByteArray xml = DomainXmlWriter::write(spec, inputs);
    DomainHandle domain(virDomainDefineXMLFlags(conn, xml.constData(), VIR_DOMAIN_DEFINE_VALIDATE));
    if (!domain)
        return rollback.fail(lastError().describe(tr("Could not define %1").arg(name)));
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    virDomainGetUUIDString(domain.get(), uuid);
    rollback.setDomain(QString::fromLatin1(uuid));
    if (spec.startAfter) {
        context.setDetail(tr("Starting %1").arg(name));
        if (virDomainCreate(domain.get()) < 0)
            return rollback.fail(lastError().describe(tr("Could not start %1").arg(name)));
    }
    rollback.commit();
    context.setProgress(100);
    return JobOutcome::success(QString::fromLatin1(uuid));
}

} // namespace welkin::libvirt
