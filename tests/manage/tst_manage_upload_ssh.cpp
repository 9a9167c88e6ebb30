// Uploads and downloads through qemu+ssh://: a private sshd on 127.0.0.1 (key in an ssh-agent)
// in front of the libvirtd_manage fixture, as for a remote host. The job runner opens its own
// second connection through ssh; the data goes through libvirt's stream over that connection.
#include "../console/TestSshServer.h"
#include "providers/Task.h"
#include "providers/libvirt/HostStorage.h"
#include "providers/libvirt/LibvirtProvider.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;
using namespace welkin;

namespace {

const QString poolName = u"welkin-ssh-pool"_s;

bool finishedWithin(Task *task, int timeoutMs)
{
    if (task->isFinished())
        return true;
    QSignalSpy finished(task, &Task::finished);
    return finished.wait(timeoutMs) || task->isFinished();
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(4711);
    generator.fillRange(reinterpret_cast<quint32 *>(data.data()), size / qsizetype(sizeof(quint32)));
    return data;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace

class TstManageUploadSsh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void uploadAndDownloadAreIdentical();
    void cancelledUploadLeavesNoVolume();
    void throughput100MiB();
    void cleanupTestCase();

private:
    Task *run(Task *task, int timeoutMs = 120000)
    {
        [&] { QVERIFY2(finishedWithin(task, timeoutMs), qPrintable(task->title() + u" did not finish"_s)); }();
        return task;
    }
    QStringList volumeNames();

    TestSshServer m_ssh;
    QTemporaryDir m_home{u"/tmp/welkin-sshhome-XXXXXX"_s};
    QTemporaryDir m_files;
    std::unique_ptr<LibvirtProvider> m_provider;
    std::unique_ptr<HostStorage> m_storage;
};

void TstManageUploadSsh::initTestCase()
{
    const QString local = qEnvironmentVariable("WELKIN_MANAGE_URI");
    const QString state = qEnvironmentVariable("WELKIN_MANAGE_STATE");
    QVERIFY2(!local.isEmpty() && !state.isEmpty(), "run through ctest (fixture libvirtd_manage)");
    const QString socket = QUrlQuery(QUrl(local)).queryItemValue(u"socket"_s);
    const QString error = m_ssh.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // libvirt's ssh transport runs the ssh binary: our agent, and known_hosts in a temp HOME.
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qputenv("SSH_AUTH_SOCK", m_ssh.env().value(u"SSH_AUTH_SOCK"_s).toLocal8Bit());

    ConnectionProfile profile;
    profile.id = u"manage-ssh"_s;
    profile.kind = u"libvirt"_s;
    profile.uri = u"qemu+ssh://%1@127.0.0.1:%2/system?socket=%3&no_verify=1&no_tty=1"_s.arg(m_ssh.user())
                      .arg(m_ssh.port())
                      .arg(socket);
    profile.options = {{u"statsIntervalMs"_s, 0}};
    m_provider = std::make_unique<LibvirtProvider>(profile);
    QSignalSpy loaded(m_provider.get(), &Provider::initialLoadFinished);
    m_provider->open();
    QVERIFY2(QTest::qWaitFor([&] { return !loaded.isEmpty(); }, 30000),
             qPrintable(providerStateName(m_provider->state()) + u": "_s + m_provider->status().detail));
    m_storage = std::make_unique<HostStorage>(m_provider.get());

    // A pool of our own (a leftover of an interrupted run is removed first).
    run(m_storage->deletePool(poolName, true));
    StoragePoolSpec spec;
    spec.name = poolName;
    spec.targetPath = state + u"/pools/"_s + poolName;
    spec.autostart = false;
    Task *create = run(m_storage->createPool(spec));
    QVERIFY2(create->state() == Task::State::Succeeded, qPrintable(create->errorText()));
}

QStringList TstManageUploadSsh::volumeNames()
{
    Task *list = run(m_storage->listVolumes(poolName));
    QStringList names;
    for (const StorageVolumeInfo &volume : list->result().value<QList<StorageVolumeInfo>>())
        names.append(volume.name);
    return names;
}

void TstManageUploadSsh::uploadAndDownloadAreIdentical()
{
    const QString source = m_files.filePath(u"disk.raw"_s);
    QVERIFY(writeFile(source, randomBytes(8 * 1024 * 1024 + 123)));
    const int loginsBefore = m_ssh.acceptedLogins();
    Task *upload = run(m_storage->uploadVolume(poolName, source, u"ssh-up.raw"_s, u"raw"_s));
    QVERIFY2(upload->state() == Task::State::Succeeded, qPrintable(upload->errorText()));
    QVERIFY(upload->result().toString().endsWith(u"/ssh-up.raw"_s));
    // The job ran on a second connection, logged in through our sshd like the first one.
    QVERIFY(m_ssh.acceptedLogins() > loginsBefore || loginsBefore >= 2);

    const QString copy = m_files.filePath(u"back.raw"_s);
    Task *download = run(m_storage->downloadVolume(poolName, u"ssh-up.raw"_s, copy));
    QVERIFY2(download->state() == Task::State::Succeeded, qPrintable(download->errorText()));
    QCOMPARE(QFileInfo(copy).size(), QFileInfo(source).size());
    QCOMPARE(sha256(copy), sha256(source));
    Task *remove = run(m_storage->deleteVolume(poolName, u"ssh-up.raw"_s));
    QVERIFY2(remove->state() == Task::State::Succeeded, qPrintable(remove->errorText()));
}

void TstManageUploadSsh::cancelledUploadLeavesNoVolume()
{
    const QString source = m_files.filePath(u"big.raw"_s);
    QVERIFY(writeFile(source, randomBytes(64 * 1024 * 1024)));
    Task *upload = m_storage->uploadVolume(poolName, source, u"ssh-cancel.raw"_s, u"raw"_s);
    QVERIFY(upload->isCancellable());
    // Cancel once data flows.
    QVERIFY(QTest::qWaitFor([&] { return upload->progress() > 0 || upload->isFinished(); }, 60000));
    QVERIFY2(!upload->isFinished(), "the upload ended before it could be cancelled");
    upload->requestCancel();
    run(upload);
    QCOMPARE(upload->state(), Task::State::Failed);
    QVERIFY2(upload->errorText().contains(u"cancel"_s, Qt::CaseInsensitive), qPrintable(upload->errorText()));
    QVERIFY(!volumeNames().contains(u"ssh-cancel.raw"_s));
}

void TstManageUploadSsh::throughput100MiB()
{
    // A figure for the notes (qInfo), not a timed assertion: the upload must only succeed.
    const QString source = m_files.filePath(u"100m.raw"_s);
    QVERIFY(writeFile(source, randomBytes(100 * 1024 * 1024)));
    QElapsedTimer timer;
    timer.start();
    Task *upload = run(m_storage->uploadVolume(poolName, source, u"ssh-100m.raw"_s, u"raw"_s), 300000);
    const qint64 ms = std::max<qint64>(1, timer.elapsed());
    QVERIFY2(upload->state() == Task::State::Succeeded, qPrintable(upload->errorText()));
    qInfo("100 MiB upload through qemu+ssh: %lld ms, %.1f MiB/s", ms, 100.0 * 1000.0 / double(ms));
    QVERIFY(volumeNames().contains(u"ssh-100m.raw"_s));
    run(m_storage->deleteVolume(poolName, u"ssh-100m.raw"_s));
}

void TstManageUploadSsh::cleanupTestCase()
{
    if (m_storage) {
        Task *remove = run(m_storage->deletePool(poolName, true));
        QVERIFY2(remove->state() == Task::State::Succeeded, qPrintable(remove->errorText()));
    }
    if (m_provider)
        m_provider->close();
}

QTEST_GUILESS_MAIN(TstManageUploadSsh)
#include "tst_manage_upload_ssh.moc"
