#include "StorageOps.h"

#include "HostStorage.h"

#include "DomainXmlParser.h"
#include "LibvirtErrors.h"
#include "LibvirtHandles.h"
#include "manage/NameRules.h"
#include "manage/StorageXml.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QSaveFile>
#include <QThread>

#include <libvirt/virterror.h>

#include <algorithm>

namespace welkin::libvirt {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 chunkSize = 1 << 20; // 1 MiB per virStreamSend / read
const QByteArray qcowMagic("QFI\xfb", 4);

bool isBusy(const LibvirtError &error)
{
    // storage_driver.c: "pool '%s' has asynchronous jobs running.", "volume '%s' is still in use.",
    // "volume '%s' is still being allocated."
    return error.code == VIR_ERR_OPERATION_INVALID
        && (error.message.contains("asynchronous jobs"_L1) || error.message.contains("still in use"_L1)
            || error.message.contains("still being allocated"_L1));
}

// Deletes a volume this job made; returns "" or why it could not. When the job's connection is
// gone (the upload was cut off), a fresh connection to the same URI does it.
QString removePartialVolume(virConnectPtr conn, virStorageVolPtr vol, const QString &path)
{
    if (retryWhileBusy([vol] { return virStorageVolDelete(vol, 0); }) == 0)
        return {};
    LibvirtError error = lastError();
    if (connectionLost(conn, error)) {
        // virConnectGetURI is answered locally, also for a dead remote connection.
        if (TextHandle uri{virConnectGetURI(conn)}) {
            if (virConnectPtr fresh = virConnectOpenAuth(uri.get(), virConnectAuthPtrDefault, 0)) {
                const JobOutcome deleted = deleteVolumeByPath(fresh, path);
                virConnectClose(fresh);
                if (deleted.ok)
                    return {};
                return HostStorage::tr("the partial volume %1 is left on the host: %2").arg(path, deleted.error);
            }
            error = lastError();
        }
    }
    return error.describe(HostStorage::tr("the partial volume %1 is left on the host").arg(path));
}

JobOutcome failAndRemove(virConnectPtr conn, virStorageVolPtr vol, const QString &path, QString error)
{
    const QString cleanup = removePartialVolume(conn, vol, path);
    if (!cleanup.isEmpty())
        error += u"; "_s + cleanup;
    return JobOutcome::failure(error);
}

// Relays "x MiB of y MiB" and the percentage when the percentage changes.
class ProgressRelay
{
public:
    ProgressRelay(const JobContext &context, quint64 total) : m_context(context), m_total(total) {}
    void report(quint64 done)
    {
        const int percent = m_total ? int(done * 100 / m_total) : 100;
        if (percent == m_percent)
            return;
        m_percent = percent;
        m_context.setProgress(percent);
        m_context.setDetail(HostStorage::tr("%1 of %2").arg(sizeText(done), sizeText(m_total)));
    }

private:
    const JobContext &m_context;
    quint64 m_total;
    int m_percent = -1;
};

PoolHandle lookupPool(virConnectPtr conn, const QString &name, QString *error)
{
    PoolHandle pool(virStoragePoolLookupByName(conn, name.toUtf8().constData()));
    if (!pool)
        *error = lastError().describe(HostStorage::tr("Could not find storage pool '%1'").arg(name));
    return pool;
}

// Streams `size` bytes of `source` into a new volume of `poolName`.
JobOutcome upload(const JobContext &context, const QString &poolName, QIODevice &source, quint64 size,
                  const QString &volumeName, QString format, const QString &what)
{
    if (size == 0)
        return JobOutcome::failure(HostStorage::tr("%1 is empty").arg(what));
    // Dir pools know no "iso" format; an ISO is a raw volume. A qcow2 image is recognised by its
    // magic, so an unknown extension still gets the right format.
    const bool isQcow2 = source.peek(4) == qcowMagic;
    if (format.isEmpty() || format == "iso"_L1)
        format = isQcow2 ? u"qcow2"_s : u"raw"_s;
    else if (format == "qcow2"_L1 && !isQcow2)
        return JobOutcome::failure(HostStorage::tr("%1 is not a qcow2 image").arg(what));

    virConnectPtr conn = context.connection();
    StorageVolumeSpec spec;
    spec.name = volumeName;
    spec.format = format;
    // The volume must be as large as the stream, also for qcow2 (libvirt re-reads the virtual size
    // from the uploaded header when it refreshes the pool).
    spec.capacity = size;
    const JobOutcome created = createVolume(conn, poolName, spec);
    if (!created.ok)
        return created;
    const QString path = created.value.toString();

    VolumeHandle vol(virStorageVolLookupByPath(conn, path.toUtf8().constData()));
    if (!vol)
        return JobOutcome::failure(lastError().describe(HostStorage::tr("Could not find the new volume %1").arg(path)));
    StreamHandle stream(virStreamNew(conn, 0));
    if (!stream)
        return failAndRemove(conn, vol.get(), path, lastError().describe(HostStorage::tr("Could not upload %1").arg(what)));
    if (virStorageVolUpload(vol.get(), stream.get(), 0, size, 0) < 0)
        return failAndRemove(conn, vol.get(), path, lastError().describe(HostStorage::tr("Could not upload %1").arg(what)));

    auto abort = [&](const QString &error) {
        virStreamAbort(stream.get());
        return failAndRemove(conn, vol.get(), path, error);
    };

    ProgressRelay progress(context, size);
    progress.report(0);
    QByteArray buffer(chunkSize, Qt::Uninitialized);
    quint64 sent = 0;
    while (sent < size) {
        if (context.isCancelRequested())
            return abort(HostStorage::tr("Upload cancelled"));
        const qint64 want = qint64(std::min<quint64>(chunkSize, size - sent));
        const qint64 got = source.read(buffer.data(), want);
        if (got <= 0) {
            const QString reason = got < 0 ? source.errorString() : HostStorage::tr("it ended after %1").arg(sizeText(sent));
            return abort(HostStorage::tr("Could not read %1: %2").arg(what, reason));
        }
        for (qint64 offset = 0; offset < got;) {
            const int written = virStreamSend(stream.get(), buffer.constData() + offset, size_t(got - offset));
            if (written < 0) {
                const LibvirtError error = lastError();
                return abort(error.describe(HostStorage::tr("Upload of %1 failed after %2").arg(what, sizeText(sent))));
            }
            offset += written;
        }
        sent += quint64(got);
        progress.report(sent);
    }
    if (virStreamFinish(stream.get()) < 0) {
        const LibvirtError error = lastError();
        return failAndRemove(conn, vol.get(), path, error.describe(HostStorage::tr("Could not finish the upload of %1").arg(what)));
    }
    return JobOutcome::success(path);
}

void addUser(QHash<QString, QStringList> &users, const QString &path, const QString &vm)
{
    QStringList &names = users[path];
    if (!names.contains(vm))
        names.append(vm);
}

} // namespace

QString sizeText(quint64 bytes)
{
    return QLocale().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeIecFormat);
}

int retryWhileBusy(const std::function<int()> &call, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        const int result = call();
        if (result >= 0 || !isBusy(lastError()) || clock.elapsed() >= timeoutMs)
            return result;
        QThread::msleep(100);
    }
}

JobOutcome createVolume(_virConnect *conn, const QString &poolName, const StorageVolumeSpec &spec)
{
    if (const QString bad = NameRules::check(NameRules::Kind::Volume, spec.name); !bad.isEmpty())
        return JobOutcome::failure(bad);
    QString error;
    PoolHandle pool = lookupPool(conn, poolName, &error);
    if (!pool)
        return JobOutcome::failure(error);
    if (virStoragePoolIsActive(pool.get()) != 1)
        return JobOutcome::failure(HostStorage::tr("Storage pool '%1' is not active: start it first").arg(poolName));
    if (VolumeHandle existing{virStorageVolLookupByName(pool.get(), spec.name.toUtf8().constData())})
        return JobOutcome::failure(HostStorage::tr("Pool '%1' already has a volume named '%2'").arg(poolName, spec.name));
    virResetLastError();

    StorageVolumeSpec effective = spec;
    if (!spec.backingPath.isEmpty() && spec.capacity == 0) {
        // An overlay is as large as its backing volume unless asked otherwise.
        VolumeHandle backing(virStorageVolLookupByPath(conn, spec.backingPath.toUtf8().constData()));
        virStorageVolInfo info{};
        if (!backing || virStorageVolGetInfo(backing.get(), &info) < 0)
            return JobOutcome::failure(lastError().describe(HostStorage::tr("Could not read the backing volume %1").arg(spec.backingPath)));
        effective.capacity = info.capacity;
    }
    if (effective.capacity == 0)
        return JobOutcome::failure(HostStorage::tr("The size of volume '%1' must be more than 0").arg(spec.name));

    virStoragePoolInfo poolInfo{};
    if (virStoragePoolGetInfo(pool.get(), &poolInfo) < 0)
        return JobOutcome::failure(lastError().describe(HostStorage::tr("Could not read storage pool '%1'").arg(poolName)));
    // An overlay only takes what it allocates; any other volume may grow to its capacity.
    const quint64 needed = spec.backingPath.isEmpty() ? std::max(effective.capacity, effective.allocation)
                                                      : effective.allocation;
    if (needed > poolInfo.available) {
        return JobOutcome::failure(HostStorage::tr("Volume '%1' needs %2, pool '%3' has %4 free")
                                       .arg(spec.name, sizeText(needed), poolName, sizeText(poolInfo.available)));
    }

    const QByteArray xml = StorageXml::volumeXml(effective);
    VolumeHandle vol(virStorageVolCreateXML(pool.get(), xml.constData(), 0));
    if (!vol) {
        return JobOutcome::failure(
            lastError().describe(HostStorage::tr("Could not create volume '%1' in pool '%2'").arg(spec.name, poolName)));
    }
    TextHandle path(virStorageVolGetPath(vol.get()));
    if (!path) {
        const LibvirtError pathError = lastError();
        return failAndRemove(conn, vol.get(), QString(), pathError.describe(HostStorage::tr("Could not read the path of volume '%1'").arg(spec.name)));
    }
    return JobOutcome::success(QString::fromUtf8(path.get()));
}

JobOutcome uploadFile(const JobContext &context, const QString &pool, const QString &localPath,
                      const QString &volumeName, const QString &format)
{
    QFile file(localPath);
    if (!file.open(QIODevice::ReadOnly))
        return JobOutcome::failure(HostStorage::tr("Could not open %1: %2").arg(localPath, file.errorString()));
    const qint64 size = file.size();
    return upload(context, pool, file, quint64(std::max<qint64>(size, 0)), volumeName, format, localPath);
}

JobOutcome uploadBytes(const JobContext &context, const QString &pool, const QByteArray &data,
                       const QString &volumeName, const QString &format)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return upload(context, pool, buffer, quint64(data.size()), volumeName, format, volumeName);
}

JobOutcome downloadToFile(const JobContext &context, const QString &poolName, const QString &volumeName,
                          const QString &localPath)
{
    virConnectPtr conn = context.connection();
    QString error;
    PoolHandle pool = lookupPool(conn, poolName, &error);
    if (!pool)
        return JobOutcome::failure(error);
    VolumeHandle vol(virStorageVolLookupByName(pool.get(), volumeName.toUtf8().constData()));
    if (!vol)
        return JobOutcome::failure(lastError().describe(HostStorage::tr("Could not find volume '%1' in pool '%2'").arg(volumeName, poolName)));
    // The bytes on disk (a qcow2 file's length), which is what the stream carries.
    virStorageVolInfo info{};
    if (virStorageVolGetInfoFlags(vol.get(), &info, VIR_STORAGE_VOL_GET_PHYSICAL) < 0)
        return JobOutcome::failure(lastError().describe(HostStorage::tr("Could not read volume '%1'").arg(volumeName)));

    // QSaveFile writes beside the target and only replaces it on commit: a failed or cancelled
    // download leaves no partial file (and an existing file untouched).
    QSaveFile file(localPath);
    if (!file.open(QIODevice::WriteOnly))
        return JobOutcome::failure(HostStorage::tr("Could not write %1: %2").arg(localPath, file.errorString()));

    StreamHandle stream(virStreamNew(conn, 0));
    if (!stream || virStorageVolDownload(vol.get(), stream.get(), 0, 0, 0) < 0)
        return JobOutcome::failure(lastError().describe(HostStorage::tr("Could not download volume '%1'").arg(volumeName)));

    ProgressRelay progress(context, info.allocation);
    progress.report(0);
    QByteArray buffer(chunkSize, Qt::Uninitialized);
    quint64 received = 0;
    for (;;) {
        if (context.isCancelRequested()) {
            virStreamAbort(stream.get());
            file.cancelWriting();
            return JobOutcome::failure(HostStorage::tr("Download cancelled"));
        }
        const int got = virStreamRecv(stream.get(), buffer.data(), size_t(buffer.size()));
        if (got == 0)
            break;
        if (got < 0) {
            const LibvirtError recvError = lastError();
            virStreamAbort(stream.get());
            file.cancelWriting();
            return JobOutcome::failure(recvError.describe(HostStorage::tr("Download of volume '%1' failed after %2")
                                                              .arg(volumeName, sizeText(received))));
        }
        if (file.write(buffer.constData(), got) != got) {
            const QString writeError = file.errorString();
            virStreamAbort(stream.get());
            file.cancelWriting();
            return JobOutcome::failure(HostStorage::tr("Could not write %1: %2").arg(localPath, writeError));
        }
        received += quint64(got);
        progress.report(std::min(received, info.allocation));
    }
    if (virStreamFinish(stream.get()) < 0) {
        const LibvirtError finishError = lastError();
        file.cancelWriting();
        return JobOutcome::failure(finishError.describe(HostStorage::tr("Could not finish the download of volume '%1'").arg(volumeName)));
    }
    if (!file.commit())
        return JobOutcome::failure(HostStorage::tr("Could not write %1: %2").arg(localPath, file.errorString()));
    return JobOutcome::success(localPath);
}

JobOutcome deleteVolumeByPath(_virConnect *conn, const QString &path)
{
    VolumeHandle vol(virStorageVolLookupByPath(conn, path.toUtf8().constData()));
    if (!vol)
        return JobOutcome::failure(lastError().describe(HostStorage::tr("Could not find the volume %1").arg(path)));
    if (retryWhileBusy([&vol] { return virStorageVolDelete(vol.get(), 0); }) < 0)
        return JobOutcome::failure(lastError().describe(HostStorage::tr("Could not delete the volume %1").arg(path)));
    return JobOutcome::success(path);
}

QHash<QString, QStringList> volumeUsers(_virConnect *conn)
{
    QHash<QString, QStringList> users;
    virDomainPtr *domains = nullptr;
    const int count = virConnectListAllDomains(conn, &domains, 0);
    if (count < 0)
        return users;
    QHash<QString, QString> volumePaths; // "pool/volume" -> path, looked up once
    auto resolve = [&](const QString &poolAndVolume) -> QString {
        const auto known = volumePaths.constFind(poolAndVolume);
        if (known != volumePaths.cend())
            return *known;
        QString path;
        const qsizetype slash = poolAndVolume.indexOf(u'/');
        if (PoolHandle pool{virStoragePoolLookupByName(conn, poolAndVolume.left(slash).toUtf8().constData())}) {
            const QByteArray volume = poolAndVolume.mid(slash + 1).toUtf8();
            if (VolumeHandle vol{virStorageVolLookupByName(pool.get(), volume.constData())}) {
                if (TextHandle text{virStorageVolGetPath(vol.get())})
                    path = QString::fromUtf8(text.get());
            }
        }
        virResetLastError();
        volumePaths.insert(poolAndVolume, path);
        return path;
    };

    for (int i = 0; i < count; ++i) {
        DomainHandle domain(domains[i]);
        const QString vmName = QString::fromUtf8(virDomainGetName(domain.get()));
        // The defined disks, and for a running VM also the live ones (hot-plugged disks).
        QList<unsigned int> flags{VIR_DOMAIN_XML_INACTIVE};
        if (virDomainIsActive(domain.get()) == 1)
            flags.append(0);
        for (unsigned int flag : flags) {
            TextHandle xml(virDomainGetXMLDesc(domain.get(), flag));
            if (!xml)
                continue;
            const DomainXmlResult parsed = DomainXmlParser::parse(QByteArray(xml.get()));
            if (!parsed.ok)
                continue;
            for (const DiskInfo &disk : parsed.vm.disks) {
                if (disk.source.isEmpty() || disk.sourceType == "network"_L1)
                    continue;
                const QString path = disk.sourceType == "volume"_L1 ? resolve(disk.source) : disk.source;
                if (!path.isEmpty())
                    addUser(users, path, vmName);
            }
        }
    }
    free(domains); // NOLINT: libvirt's malloc'd array
    virResetLastError();
    return users;
}

} // namespace welkin::libvirt
