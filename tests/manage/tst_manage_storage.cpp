// HostStorage against the real libvirtd of the manage fixture (tests/manage/manage.cmake), through
// LibvirtProvider tasks as the host page uses it: a directory pool in the fixture's state dir,
// qcow2 and raw volumes, resize, upload (raw and qcow2) and download byte for byte, a cancelled
// upload that leaves nothing behind, the bad-input messages, a volume used by a VM, and deleting
// the pool with its directory. Also logs the upload throughput of a 100 MB file.
//
// The test owns the pool "welkin-stg" and the VM "welkin-stg-user"; leftovers of an earlier
// failed run are removed first, and everything at the end.
#include "HostJobSupport.h"
#include "providers/libvirt/HostStorage.h"
#include "providers/libvirt/StorageOps.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <csignal>
#include <functional>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace Qt::StringLiterals;
using namespace welkin;
using namespace welkin::testing;

namespace {

const QString poolName = u"welkin-stg"_s;
const QString userVm = u"welkin-stg-user"_s;
constexpr quint64 MiB = 1024 * 1024;

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

bool writeRandomFile(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray chunk(qint64(MiB), Qt::Uninitialized);
    for (qint64 written = 0; written < size;) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
        const qint64 n = std::min<qint64>(chunk.size(), size - written);
        if (file.write(chunk.constData(), n) != n)
            return false;
        written += n;
    }
    return true;
}

} // namespace

class TstManageStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void poolTypesIncludeDir();
    void createPoolAndList();
    void badPoolInput();
    void deletePoolWhoseDirectoryIsGone();
    void createVolumes();
    void badVolumeInput();
    void resize();
    void uploadAndDownloadRaw();
    void uploadAndDownloadQcow2();
    void cancelledUploadLeavesNothing();
    void uploadThroughput();
    void sourceCutOffLeavesNothing();
    void deleteUsedVolumeIsRefused();
    void downloadFailuresLeaveNoFile();
    void deletePoolWithDirectory();
    void cleanupTestCase();

private:
    QList<StoragePoolInfo> pools();
    std::optional<StoragePoolInfo> pool(const QString &name);
    QList<StorageVolumeInfo> volumes();
    std::optional<StorageVolumeInfo> volume(const QString &name);
    void removeLeftovers();
    void undefineUserVm();
    // Starts an upload of a 200 MiB file and calls `cut` once it passed 5 %; the task's error.
    QString cutUploadHalfWay(const QString &name, const std::function<void(const QString &source)> &cut);

    std::unique_ptr<LibvirtProvider> m_provider;
    std::unique_ptr<HostStorage> m_storage;
    virConnectPtr m_conn = nullptr; // the test's own connection, for the scratch VM
    QString m_poolDir;
    QTemporaryDir m_local; // the "workstation" side of uploads and downloads
};

QList<StoragePoolInfo> TstManageStorage::pools()
{
    Task *task = m_storage->listPools();
    QString error;
    if (!succeeded(task, &error))
        qWarning("%s", qPrintable(error));
    return task->result().value<QList<StoragePoolInfo>>();
}

std::optional<StoragePoolInfo> TstManageStorage::pool(const QString &name)
{
    for (const StoragePoolInfo &info : pools()) {
        if (info.name == name)
            return info;
    }
    return std::nullopt;
}

QList<StorageVolumeInfo> TstManageStorage::volumes()
{
    Task *task = m_storage->listVolumes(poolName);
    QString error;
    if (!succeeded(task, &error))
        qWarning("%s", qPrintable(error));
    return task->result().value<QList<StorageVolumeInfo>>();
}

std::optional<StorageVolumeInfo> TstManageStorage::volume(const QString &name)
{
    for (const StorageVolumeInfo &info : volumes()) {
        if (info.name == name)
            return info;
    }
    return std::nullopt;
}

void TstManageStorage::undefineUserVm()
{
    if (virDomainPtr dom = virDomainLookupByName(m_conn, userVm.toUtf8().constData())) {
        virDomainUndefine(dom);
        virDomainFree(dom);
    }
}

void TstManageStorage::removeLeftovers()
{
    undefineUserVm();
    if (pool(poolName)) {
        QString error;
        QVERIFY2(succeeded(m_storage->deletePool(poolName, true), &error), qPrintable(error));
    }
    // A directory without its pool (an earlier run stopped half-way).
    if (!pool(poolName))
        QDir(m_poolDir).removeRecursively();
}

void TstManageStorage::initTestCase()
{
    // The size wording is checked literally.
    QLocale::setDefault(QLocale::c());
    // QTest reports SIGPIPE as a crash; the application ignores it (StorageOps does when it still
    // has the default action) so that a connection lost mid-stream fails the job instead.
    std::signal(SIGPIPE, SIG_IGN);
    QVERIFY(m_local.isValid());
    const QString state = qEnvironmentVariable("WELKIN_MANAGE_STATE");
    QVERIFY2(!state.isEmpty(), "WELKIN_MANAGE_STATE is not set: run this test through ctest");
    m_poolDir = state + u"/pools/"_s + poolName;

    QString error;
    m_provider = connectFixture(u"manage-storage"_s, &error);
    QVERIFY2(m_provider, qPrintable(error));
    m_storage = std::make_unique<HostStorage>(m_provider.get());
    m_conn = virConnectOpen(qEnvironmentVariable("WELKIN_MANAGE_URI").toUtf8().constData());
    QVERIFY(m_conn);
    removeLeftovers();
}

void TstManageStorage::poolTypesIncludeDir()
{
    Task *task = m_storage->poolTypes();
    QString error;
    QVERIFY2(succeeded(task, &error), qPrintable(error));
    const QStringList types = task->result().toStringList();
    QVERIFY2(types.contains(u"dir"_s), qPrintable(types.join(u',')));
    qInfo("pool types: %s", qPrintable(types.join(u", "_s)));
}

void TstManageStorage::createPoolAndList()
{
    StoragePoolSpec spec;
    spec.name = poolName;
    spec.targetPath = m_poolDir;
    Task *task = m_storage->createPool(spec);
    QCOMPARE(task->title(), u"Create storage pool welkin-stg"_s);
    QCOMPARE(task->target(), m_provider->resourceId());
    QString error;
    QVERIFY2(succeeded(task, &error), qPrintable(error));
    QVERIFY2(QFileInfo(m_poolDir).isDir(), "the build did not create the directory");

    const auto info = pool(poolName);
    QVERIFY(info);
    QCOMPARE(info->type, u"dir"_s);
    QCOMPARE(info->targetPath, m_poolDir);
    QVERIFY(info->active);
    QVERIFY(info->autostart);
    QVERIFY(info->persistent);
    QCOMPARE(info->uuid.size(), 36);
    QVERIFY(info->capacity > 0);
    QVERIFY(info->available > 0 && info->available <= info->capacity);
}

void TstManageStorage::badPoolInput()
{
    StoragePoolSpec spec;
    spec.name = u"a/b"_s;
    spec.targetPath = m_poolDir + u"-x"_s;
    QCOMPARE(failure(m_storage->createPool(spec)), u"The storage pool name 'a/b' contains '/'"_s);
    spec.name = poolName;
    QCOMPARE(failure(m_storage->createPool(spec)), u"A storage pool named 'welkin-stg' already exists"_s);
    spec.name = u"welkin-stg-rel"_s;
    spec.targetPath = u"pools/x"_s;
    QCOMPARE(failure(m_storage->createPool(spec)), u"The target directory 'pools/x' is not an absolute path"_s);
    // A pool libvirt cannot start is undefined again: nothing half-made.
    spec.name = u"welkin-stg-nodir"_s;
    spec.targetPath = m_poolDir + u"-missing"_s;
    spec.build = false;
    const QString error = failure(m_storage->createPool(spec));
    QVERIFY2(error.startsWith(u"Could not start storage pool 'welkin-stg-nodir': "_s), qPrintable(error));
    QVERIFY(!pool(u"welkin-stg-nodir"_s));
    const QString gone = failure(m_storage->startPool(u"welkin-stg-nodir"_s));
    QVERIFY2(gone.startsWith(u"Could not find storage pool 'welkin-stg-nodir': "_s), qPrintable(gone));
    // The logical form on a device that does not exist: the build fails and the pool goes again.
    StoragePoolSpec lvm;
    lvm.name = u"welkin-stg-lvm"_s;
    lvm.type = u"logical"_s;
    lvm.sourceDevices = {u"/dev/welkin-no-such-disk"_s};
    const QString built = failure(m_storage->createPool(lvm));
    QVERIFY2(built.startsWith(u"Could not build storage pool 'welkin-stg-lvm': "_s), qPrintable(built));
    QVERIFY(!pool(lvm.name));
    lvm.sourceDevices.clear();
    QCOMPARE(failure(m_storage->createPool(lvm)),
             u"Storage pool 'welkin-stg-lvm' needs at least one device to build its volume group on"_s);
}

void TstManageStorage::deletePoolWhoseDirectoryIsGone()
{
    StoragePoolSpec spec;
    spec.name = u"welkin-stg-gone"_s;
    spec.targetPath = m_poolDir + u"-gone"_s;
    spec.autostart = false;
    QString error;
    QVERIFY2(succeeded(m_storage->createPool(spec), &error), qPrintable(error));
    QVERIFY2(succeeded(m_storage->stopPool(spec.name), &error), qPrintable(error));
    QVERIFY(QDir(spec.targetPath).removeRecursively());
    const QString start = failure(m_storage->startPool(spec.name));
    QVERIFY2(start.startsWith(u"Could not start storage pool 'welkin-stg-gone': cannot open directory"_s), qPrintable(start));
    QVERIFY2(succeeded(m_storage->deletePool(spec.name, true), &error), qPrintable(error));
    QVERIFY(!pool(spec.name));
}

void TstManageStorage::createVolumes()
{
    StorageVolumeSpec qcow2;
    qcow2.name = u"disk.qcow2"_s;
    qcow2.format = u"qcow2"_s;
    qcow2.capacity = 64 * MiB;
    Task *task = m_storage->createVolume(poolName, qcow2);
    QCOMPARE(task->title(), u"Create volume disk.qcow2"_s);
    QString error;
    QVERIFY2(succeeded(task, &error), qPrintable(error));
    QCOMPARE(task->result().toString(), m_poolDir + u"/disk.qcow2"_s);

    StorageVolumeSpec raw;
    raw.name = u"data.raw"_s;
    raw.format = u"raw"_s;
    raw.capacity = 16 * MiB;
    raw.allocation = 16 * MiB;
    QVERIFY2(succeeded(m_storage->createVolume(poolName, raw), &error), qPrintable(error));

    const auto disk = volume(u"disk.qcow2"_s);
    QVERIFY(disk);
    QCOMPARE(disk->format, u"qcow2"_s);
    QCOMPARE(disk->capacity, 64 * MiB);
    QCOMPARE(disk->pool, poolName);
    QVERIFY(disk->allocation < 16 * MiB); // sparse
    QVERIFY(disk->usedBy.isEmpty());
    const auto data = volume(u"data.raw"_s);
    QVERIFY(data);
    QCOMPARE(data->format, u"raw"_s);
    QCOMPARE(data->capacity, 16 * MiB);
    QVERIFY2(data->allocation >= 16 * MiB, qPrintable(QString::number(data->allocation)));
}

void TstManageStorage::badVolumeInput()
{
    StorageVolumeSpec spec;
    spec.name = u"disk.qcow2"_s;
    spec.capacity = 8 * MiB;
    QCOMPARE(failure(m_storage->createVolume(poolName, spec)), u"Pool 'welkin-stg' already has a volume named 'disk.qcow2'"_s);

    spec.name = u"a/b.qcow2"_s;
    QCOMPARE(failure(m_storage->createVolume(poolName, spec)), u"The volume name 'a/b.qcow2' contains '/'"_s);

    spec.name = u"empty.qcow2"_s;
    spec.capacity = 0;
    QCOMPARE(failure(m_storage->createVolume(poolName, spec)), u"The size of volume 'empty.qcow2' must be more than 0"_s);

    const auto info = pool(poolName);
    QVERIFY(info);
    spec.name = u"huge.raw"_s;
    spec.format = u"raw"_s;
    spec.capacity = 1ULL << 50;
    QCOMPARE(failure(m_storage->createVolume(poolName, spec)),
             u"Volume 'huge.raw' needs 1.0 PiB, pool 'welkin-stg' has %1 free"_s.arg(libvirt::sizeText(info->available)));
    QVERIFY(!volume(u"huge.raw"_s));

    const QString missing = failure(m_storage->createVolume(u"welkin-stg-none"_s, spec));
    QVERIFY2(missing.startsWith(u"Could not find storage pool 'welkin-stg-none': "_s), qPrintable(missing));
}

void TstManageStorage::resize()
{
    Task *task = m_storage->resizeVolume(poolName, u"disk.qcow2"_s, 128 * MiB);
    QCOMPARE(task->title(), u"Resize volume disk.qcow2"_s);
    QString error;
    QVERIFY2(succeeded(task, &error), qPrintable(error));
    const auto disk = volume(u"disk.qcow2"_s);
    QVERIFY(disk);
    QCOMPARE(disk->capacity, 128 * MiB);

    QCOMPARE(failure(m_storage->resizeVolume(poolName, u"disk.qcow2"_s, 32 * MiB)),
             u"Volume 'disk.qcow2' is 128.0 MiB: shrinking it to 32.0 MiB would cut off its data"_s);
    const QString tooLarge = failure(m_storage->resizeVolume(poolName, u"disk.qcow2"_s, 1ULL << 50));
    QVERIFY2(tooLarge.startsWith(u"Volume 'disk.qcow2' needs "_s) && tooLarge.contains(u" more, pool 'welkin-stg' has "_s),
             qPrintable(tooLarge));
}

void TstManageStorage::uploadAndDownloadRaw()
{
    const QString source = m_local.filePath(u"random.img"_s);
    QVERIFY(writeRandomFile(source, qint64(3 * MiB)));
    Task *task = m_storage->uploadVolume(poolName, source, QString());
    QCOMPARE(task->title(), u"Upload random.img to welkin-stg"_s);
    QVERIFY(task->isCancellable());
    QSignalSpy progress(task, &Task::progressChanged);
    QString error;
    QVERIFY2(succeeded(task, &error), qPrintable(error));
    QCOMPARE(task->result().toString(), m_poolDir + u"/random.img"_s);
    QCOMPARE(task->progress(), 100);
    QCOMPARE(task->detail(), u"3.0 MiB of 3.0 MiB"_s);
    QVERIFY(progress.count() >= 2); // 0 % and 100 % at least

    const auto uploaded = volume(u"random.img"_s);
    QVERIFY(uploaded);
    QCOMPARE(uploaded->format, u"raw"_s);
    QCOMPARE(uploaded->capacity, 3 * MiB);

    const QString back = m_local.filePath(u"random.back"_s);
    Task *download = m_storage->downloadVolume(poolName, u"random.img"_s, back);
    QCOMPARE(download->title(), u"Download volume random.img"_s);
    QVERIFY2(succeeded(download, &error), qPrintable(error));
    QCOMPARE(QFileInfo(back).size(), qint64(3 * MiB));
    QCOMPARE(sha256(back), sha256(source));
}

void TstManageStorage::uploadAndDownloadQcow2()
{
    const QString source = m_local.filePath(u"cloud"_s); // no extension: the magic decides
    QCOMPARE(QProcess::execute(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, source, u"100M"_s}), 0);
    Task *task = m_storage->uploadVolume(poolName, source, u"image.qcow2"_s);
    QString error;
    QVERIFY2(succeeded(task, &error), qPrintable(error));

    // libvirt re-reads the uploaded header when it refreshes the pool after the stream closed.
    std::optional<StorageVolumeInfo> image;
    QVERIFY(QTest::qWaitFor([&] {
        image = volume(u"image.qcow2"_s);
        return image && image->capacity == 100 * MiB;
    }, 10000));
    QCOMPARE(image->format, u"qcow2"_s);

    const QString back = m_local.filePath(u"cloud.back"_s);
    QVERIFY2(succeeded(m_storage->downloadVolume(poolName, u"image.qcow2"_s, back), &error), qPrintable(error));
    QCOMPARE(sha256(back), sha256(source));

    // Asked for qcow2, given something else.
    QCOMPARE(failure(m_storage->uploadVolume(poolName, m_local.filePath(u"random.img"_s), u"fake.qcow2"_s, u"qcow2"_s)),
             m_local.filePath(u"random.img"_s) + u" is not a qcow2 image"_s);
    QCOMPARE(failure(m_storage->uploadVolume(poolName, m_local.filePath(u"missing.iso"_s), QString())),
             u"Could not open %1: No such file or directory"_s.arg(m_local.filePath(u"missing.iso"_s)));
    QVERIFY(!volume(u"fake.qcow2"_s));
    QVERIFY(!volume(u"missing.iso"_s));
}

void TstManageStorage::cancelledUploadLeavesNothing()
{
    const QString source = m_local.filePath(u"big.iso"_s);
    QVERIFY(writeRandomFile(source, qint64(200 * MiB)));
    Task *task = m_storage->uploadVolume(poolName, source, QString());
    bool cancelled = false;
    connect(task, &Task::progressChanged, this, [&](int percent) {
        if (percent >= 5 && !cancelled) {
            cancelled = true;
            task->requestCancel();
        }
    });
    QVERIFY(waitFinished(task));
    QVERIFY2(cancelled, "the upload ended before it reached 5 %");
    QCOMPARE(task->state(), Task::State::Failed);
    QCOMPARE(task->errorText(), u"Upload cancelled"_s);
    QVERIFY(!volume(u"big.iso"_s));
    QVERIFY(!QFileInfo::exists(m_poolDir + u"/big.iso"_s));
    QFile::remove(source);
}

void TstManageStorage::uploadThroughput()
{
    const qint64 size = 100LL * 1000 * 1000;
    const QString source = m_local.filePath(u"throughput.img"_s);
    QVERIFY(writeRandomFile(source, size));
    QElapsedTimer clock;
    clock.start();
    Task *task = m_storage->uploadVolume(poolName, source, QString());
    QString error;
    QVERIFY2(succeeded(task, &error), qPrintable(error));
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    qInfo("upload of 100 MB over the local socket: %.2f s, %.0f MB/s", seconds, double(size) / 1e6 / seconds);
    QVERIFY2(succeeded(m_storage->deleteVolume(poolName, u"throughput.img"_s), &error), qPrintable(error));
    QFile::remove(source);
}

QString TstManageStorage::cutUploadHalfWay(const QString &name, const std::function<void(const QString &)> &cut)
{
    const QString source = m_local.filePath(name);
    if (!writeRandomFile(source, qint64(200 * MiB)))
        return u"could not write %1"_s.arg(source);
    Task *task = m_storage->uploadVolume(poolName, source, QString());
    bool done = false;
    connect(task, &Task::progressChanged, this, [&](int percent) {
        if (percent >= 5 && !done) {
            done = true;
            cut(source);
        }
    });
    waitFinished(task);
    QFile::remove(source);
    if (!done)
        return u"the upload ended before it reached 5 %"_s;
    return task->state() == Task::State::Failed ? task->errorText() : u"the upload succeeded"_s;
}

void TstManageStorage::sourceCutOffLeavesNothing()
{
    // The local file shrinks under the upload (a share that went away, a file being rewritten).
    const QString source = m_local.filePath(u"shrinking.img"_s);
    const QString error = cutUploadHalfWay(u"shrinking.img"_s, [](const QString &path) { QFile::resize(path, 0); });
    const QRegularExpression expected(u"^Could not read %1: it ended after \\d+\\.\\d MiB$"_s
                                          .arg(QRegularExpression::escape(source)));
    QVERIFY2(expected.match(error).hasMatch(), qPrintable(error));
    QVERIFY(!volume(u"shrinking.img"_s));
    QVERIFY(!QFileInfo::exists(m_poolDir + u"/shrinking.img"_s));
}

void TstManageStorage::deleteUsedVolumeIsRefused()
{
    const QString diskPath = m_poolDir + u"/disk.qcow2"_s;
    const QByteArray xml = uR"(<domain type='qemu'>
  <name>%1</name>
  <memory unit='MiB'>32</memory>
  <vcpu>1</vcpu>
  <os><type arch='x86_64'>hvm</type></os>
  <devices>
    <disk type='file' device='disk'>
      <driver name='qemu' type='qcow2'/>
      <source file='%2'/>
      <target dev='vda' bus='virtio'/>
    </disk>
  </devices>
</domain>)"_s.arg(userVm, diskPath).toUtf8();
    virDomainPtr dom = virDomainDefineXML(m_conn, xml.constData());
    QVERIFY2(dom, virGetLastErrorMessage());
    virDomainFree(dom);

    const auto disk = volume(u"disk.qcow2"_s);
    QVERIFY(disk);
    QCOMPARE(disk->usedBy, QStringList{userVm});
    QCOMPARE(failure(m_storage->deleteVolume(poolName, u"disk.qcow2"_s)), u"Volume 'disk.qcow2' is used by VM 'welkin-stg-user'"_s);
    QVERIFY(volume(u"disk.qcow2"_s));

    undefineUserVm();
    QString error;
    Task *task = m_storage->deleteVolume(poolName, u"disk.qcow2"_s);
    QCOMPARE(task->title(), u"Delete volume disk.qcow2"_s);
    QVERIFY2(succeeded(task, &error), qPrintable(error));
    QVERIFY(!volume(u"disk.qcow2"_s));
    QVERIFY(!QFileInfo::exists(diskPath));
}

void TstManageStorage::downloadFailuresLeaveNoFile()
{
    const QString target = m_local.filePath(u"never.img"_s);
    const QString missing = failure(m_storage->downloadVolume(poolName, u"nothing.img"_s, target));
    QVERIFY2(missing.startsWith(u"Could not find volume 'nothing.img' in pool 'welkin-stg': "_s), qPrintable(missing));
    QVERIFY(!QFileInfo::exists(target));

    Task *task = m_storage->downloadVolume(poolName, u"random.img"_s, target);
    task->requestCancel(); // before the job even starts: it stops at its first chunk
    QCOMPARE(failure(task), u"Download cancelled"_s);
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(QDir(m_local.path()).entryList({u"never.img*"_s}, QDir::Files | QDir::Hidden), QStringList());

    const QString unwritable = m_local.filePath(u"no-such-dir/x.img"_s);
    const QString writeError = failure(m_storage->downloadVolume(poolName, u"random.img"_s, unwritable));
    QVERIFY2(writeError.startsWith(u"Could not write %1: "_s.arg(unwritable)), qPrintable(writeError));
}

void TstManageStorage::deletePoolWithDirectory()
{
    QVERIFY(!volumes().isEmpty()); // its volumes go with it
    Task *task = m_storage->deletePool(poolName, true);
    QCOMPARE(task->title(), u"Delete storage pool welkin-stg"_s);
    QString error;
    QVERIFY2(succeeded(task, &error), qPrintable(error));
    QVERIFY(!pool(poolName));
    QVERIFY2(!QFileInfo::exists(m_poolDir), qPrintable(m_poolDir + u" is still there"_s));
    QVERIFY(failure(m_storage->listVolumes(poolName)).startsWith(u"Could not find storage pool 'welkin-stg'"_s));
}

void TstManageStorage::cleanupTestCase()
{
    if (m_conn && m_storage)
        removeLeftovers();
    if (m_conn)
        virConnectClose(m_conn);
    if (m_provider)
        m_provider->close();
}

QTEST_GUILESS_MAIN(TstManageStorage)
#include "tst_manage_storage.moc"
