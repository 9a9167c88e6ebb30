// The New VM wizard, the clone, rename and delete dialogs, driven like a user would through the
// main window, against the real libvirtd of the `manage` fixture:
// - a VM from an imported disk image (a generated qcow2 uploaded into a pool the test makes),
//   started with "open console": it runs, gets selected, and its console tab shows the guest's
//   screen changing (SeaBIOS on an empty disk);
// - a cloud-image VM: its seed ISO volume has the label cidata and the user-data typed in;
// - bad input: a name with '/', a duplicate name, a disk larger than the pool's free space;
// - clone of a running VM refused; rename of a shut-off VM; autostart toggled;
// - delete of both (one running): the warning, the default checks, and exactly the checked
//   volumes gone afterwards.
// Everything the test makes (VMs wizard-*, pool wizard-pool) is removed at the end, and at the
// start when an earlier run left it behind.
#include "ActionController.h"
#include "MainWindow.h"
#include "console/ConsoleTabs.h"
#include "console/ConsoleVmPage.h"
#include "console/ConsoleWidget.h"
#include "console/VncView.h"
#include "content/ContentArea.h"
#include "InventoryViewModel.h"
#include "inventory/Inventory.h"
#include "inventory/InventoryModel.h"
#include "manage/CloneVmDialog.h"
#include "manage/DeleteVmDialog.h"
#include "manage/NewVmHostData.h"
#include "manage/NewVmOsPage.h"
#include "manage/NewVmSummaryPage.h"
#include "manage/NewVmWizard.h"
#include "manage/RenameVmDialog.h"
#include "manage/VmManageActions.h"
#include "metrics/LiveSamples.h"
#include "providers/ProviderManager.h"
#include "providers/libvirt/HostStorage.h"
#include "providers/libvirt/LibvirtProvider.h"
#include "providers/libvirt/VmManager.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;
using namespace welkin;

namespace {

const QString poolName = u"wizard-pool"_s;
const QString importVolume = u"wizard-import.qcow2"_s;
const QString baseVolume = u"wizard-cloud-base.qcow2"_s;
const QString userData = u"write_files:\n  - path: /etc/welkin-wizard\n    content: typed-in-the-wizard\n"_s;
constexpr int taskTimeoutMs = 120000;
const QRgb vgaText = qRgb(0xa8, 0xa8, 0xa8); // SeaBIOS prints light grey on black

bool waitFinished(Task *task, int timeoutMs = taskTimeoutMs)
{
    if (task->isFinished())
        return true;
    QSignalSpy finished(task, &Task::finished);
    return finished.wait(timeoutMs) || task->isFinished();
}

qsizetype countColour(const QImage &image, QRgb colour)
{
    qsizetype n = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            n += (line[x] | 0xff000000u) == colour;
    }
    return n;
}

QByteArray frameHash(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    return QCryptographicHash::hash(QByteArrayView(rgb.constBits(), rgb.sizeInBytes()), QCryptographicHash::Sha1);
}

QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

template <typename T>
T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

bool selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
}

} // namespace

class TstVmWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badInputIsNamedAtTheField();
    void failedCreateStaysOnTheSummary();
    void createFromImportedImageAndWatchItBoot();
    void cloudImageGetsItsSeed();
    void cloneOfARunningVmIsRefused();
    void renameAndAutostart();
    void deleteRemovesExactlyTheCheckedVolumes();
    void cleanupTestCase();

private:
    NewVmWizard *openWizard();
    void fillFirstPage(NewVmWizard *wizard, const QString &name, const QString &sourceRadio);
    QList<StorageVolumeInfo> volumes();
    QString volumePath(const QString &name);
    ResourceId vmByName(const QString &name) const;
    void removeLeftovers();
    bool selectVms(const QList<ResourceId> &vms);

    QTemporaryDir m_home{u"/tmp/welkin-wizard-home-XXXXXX"_s};
    QString m_state;
    QString m_uri;
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<LiveSamples> m_samples;
    std::unique_ptr<ProviderManager> m_providers;
    std::unique_ptr<MainWindow> m_window;
    LibvirtProvider *m_provider = nullptr;
    QString m_sshKey;
    ResourceId m_importVm;
    ResourceId m_cloudVm;
    QString m_cloudDisk;
    QString m_seedIso;
};

void TstVmWizard::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_uri = qEnvironmentVariable("WELKIN_MANAGE_URI");
    m_state = qEnvironmentVariable("WELKIN_MANAGE_STATE");
    QVERIFY2(!m_uri.isEmpty() && !m_state.isEmpty(), "run through ctest (fixture libvirtd_manage)");
    // A key of our own in ~/.ssh, for the SSH key combo.
    qputenv("HOME", QFile::encodeName(m_home.path()));
    QDir().mkpath(m_home.filePath(u".ssh"_s));
    int rc = 0;
    const QString keygen = run(u"ssh-keygen"_s, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-C"_s,
                                                 u"wizard@welkin"_s, u"-f"_s, m_home.filePath(u".ssh/id_ed25519"_s)},
                               &rc);
    QVERIFY2(rc == 0, qPrintable(keygen));
    QFile pub(m_home.filePath(u".ssh/id_ed25519.pub"_s));
    QVERIFY(pub.open(QIODevice::ReadOnly));
    m_sshKey = QString::fromUtf8(pub.readAll()).trimmed();

    m_inventory = std::make_unique<Inventory>();
    m_samples = std::make_unique<LiveSamples>();
    m_providers = std::make_unique<ProviderManager>(m_inventory.get(), m_samples.get());
    registerBuiltinProviders(*m_providers);
    MainWindowServices services;
    services.settingsPath = m_home.filePath(u"window.ini"_s);
    m_window = std::make_unique<MainWindow>(m_providers.get(), m_inventory.get(), m_samples.get(), services);
    m_window->show();
    m_providers->addConnection({u"manage"_s, u"libvirt"_s, u"Fixture host"_s, m_uri, {{u"statsIntervalMs"_s, 0}}});
    m_provider = qobject_cast<LibvirtProvider *>(m_providers->provider(u"manage"_s));
    QVERIFY(m_provider);
    QTRY_VERIFY_WITH_TIMEOUT(m_provider->state() == ProviderState::Connected, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(vmByName(u"welkin-tiny"_s).isValid(), 30000);
    QVERIFY(m_window->manageActions()->newVmAction()->isEnabled());

    removeLeftovers();

    // A directory pool of our own, with a disk image and a "cloud image" in it.
    HostStorage storage(m_provider);
    StoragePoolSpec pool;
    pool.name = poolName;
    pool.targetPath = m_state + u"/wizard-pool"_s;
    pool.autostart = false;
    Task *created = storage.createPool(pool);
    QVERIFY(waitFinished(created));
    QVERIFY2(created->state() == Task::State::Succeeded, qPrintable(created->errorText()));
    for (const QString &name : {importVolume, baseVolume}) {
        const QString file = m_home.filePath(name);
        const QString out = run(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, file, u"32M"_s}, &rc);
        QVERIFY2(rc == 0, qPrintable(out));
        Task *upload = storage.uploadVolume(poolName, file, name, u"qcow2"_s);
        QVERIFY(waitFinished(upload));
        QVERIFY2(upload->state() == Task::State::Succeeded, qPrintable(upload->errorText()));
    }
}

void TstVmWizard::removeLeftovers()
{
    for (const QString &name : {u"wizard-import"_s, u"wizard-cloud"_s, u"wizard-cloud2"_s}) {
        const ResourceId vm = vmByName(name);
        if (!vm.isValid())
            continue;
        Task *removed = VmManager(m_provider).deleteVm(vm, {});
        QVERIFY(waitFinished(removed));
        qInfo("removed %s left by an earlier run: %s", qPrintable(name), qPrintable(removed->errorText()));
    }
    HostStorage storage(m_provider);
    Task *pools = storage.listPools();
    QVERIFY(waitFinished(pools));
    for (const StoragePoolInfo &pool : pools->result().value<QList<StoragePoolInfo>>()) {
        if (pool.name != poolName)
            continue;
        Task *list = storage.listVolumes(poolName);
        QVERIFY(waitFinished(list));
        for (const StorageVolumeInfo &volume : list->result().value<QList<StorageVolumeInfo>>())
            QVERIFY(waitFinished(storage.deleteVolume(poolName, volume.name)));
        Task *removed = storage.deletePool(poolName, true);
        QVERIFY(waitFinished(removed));
        QVERIFY2(removed->state() == Task::State::Succeeded, qPrintable(removed->errorText()));
    }
    QDir(m_state + u"/wizard-pool"_s).removeRecursively();
}

ResourceId TstVmWizard::vmByName(const QString &name) const
{
    std::function<ResourceId(const InventoryNode *)> find = [&](const InventoryNode *node) -> ResourceId {
        for (int i = 0; i < node->childCount(); ++i) {
            const InventoryNode *child = node->child(i);
            if (child->kind() == ResourceKind::Vm && child->resource().name == name
                && child->resource().id.providerId() == u"manage"_s)
                return child->resource().id;
            if (const ResourceId found = find(child); found.isValid())
                return found;
        }
        return {};
    };
    return find(m_inventory->root());
}

QList<StorageVolumeInfo> TstVmWizard::volumes()
{
    Task *list = HostStorage(m_provider).listVolumes(poolName);
    if (!waitFinished(list) || list->state() != Task::State::Succeeded)
        return {};
    return list->result().value<QList<StorageVolumeInfo>>();
}

QString TstVmWizard::volumePath(const QString &name)
{
    for (const StorageVolumeInfo &volume : volumes()) {
        if (volume.name == name)
            return volume.path;
    }
    return {};
}

NewVmWizard *TstVmWizard::openWizard()
{
    m_window->manageActions()->newVmAction()->trigger();
    auto *wizard = qobject_cast<NewVmWizard *>(m_window->manageActions()->currentDialog());
    if (!wizard)
        return nullptr;
    // The host's names, pools and capabilities arrive with quiet tasks.
    NewVmHostData *data = wizard->hostData();
    if (!QTest::qWaitFor([data] { return data->namesLoaded() && data->poolsLoaded() && data->capabilities().has_value(); },
                         30000))
        qWarning("the host's names, pools or capabilities did not arrive");
    return wizard;
}

void TstVmWizard::fillFirstPage(NewVmWizard *wizard, const QString &name, const QString &sourceRadio)
{
    QCOMPARE(child<QComboBox>(wizard, u"hostCombo"_s)->currentText(), u"Fixture host"_s);
    child<QLineEdit>(wizard, u"nameEdit"_s)->setText(name);
    child<QRadioButton>(wizard, sourceRadio)->setChecked(true);
}

void TstVmWizard::badInputIsNamedAtTheField()
{
    NewVmWizard *wizard = openWizard();
    QVERIFY(wizard);
    QVERIFY(wizard->hostData()->namesLoaded());
    auto *name = child<QLineEdit>(wizard, u"nameEdit"_s);
    auto *message = child<QLabel>(wizard, u"nameMessage"_s);
    QAbstractButton *next = wizard->button(QWizard::NextButton);

    name->setText(u"web/01"_s);
    QVERIFY2(message->isVisibleTo(wizard) && message->text().contains(u"'/'"_s), qPrintable(message->text()));
    QVERIFY(!next->isEnabled());
    name->setText(u"welkin-tiny"_s);
    QVERIFY2(message->text().contains(u"A VM named 'welkin-tiny' already exists"_s), qPrintable(message->text()));
    QVERIFY(!next->isEnabled());
    qInfo("name messages: '%s'", qPrintable(message->text()));

    // PXE with a new disk far larger than the pool.
    fillFirstPage(wizard, u"wizard-big"_s, u"source-network"_s);
    QVERIFY(!message->isVisibleTo(wizard));
    QTRY_VERIFY(next->isEnabled());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(NewVmWizard::OsPageId));
    QTRY_VERIFY(next->isEnabled());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(NewVmWizard::HardwarePageId));
    auto *pool = child<QComboBox>(wizard, u"diskPool"_s);
    QVERIFY(selectData(pool, poolName));
    auto *size = child<QDoubleSpinBox>(wizard, u"diskSizeSpin"_s);
    auto *diskMessage = child<QLabel>(wizard, u"diskMessage"_s);
    size->setValue(1);
    QTRY_VERIFY(next->isEnabled());
    size->setValue(900000);
    QVERIFY2(diskMessage->text().contains(u"is more than the"_s) && diskMessage->text().contains(poolName),
             qPrintable(diskMessage->text()));
    QVERIFY(!next->isEnabled());
    qInfo("disk message: '%s'", qPrintable(diskMessage->text()));
    // UEFI: offered only when the host has a loader (the fixture has no OVMF).
    auto *firmware = child<QComboBox>(wizard, u"firmwareCombo"_s);
    const bool uefi = !wizard->hostData()->capabilities()->loaders.isEmpty();
    QCOMPARE(firmware->model()->index(1, 0).flags().testFlag(Qt::ItemIsEnabled), uefi);
    if (!uefi)
        QVERIFY2(firmware->toolTip().contains(u"no UEFI"_s), qPrintable(firmware->toolTip()));
    wizard->reject();
    QTRY_VERIFY(!m_window->manageActions()->currentDialog());
}

void TstVmWizard::failedCreateStaysOnTheSummary()
{
    // PXE onto a host bridge that does not exist: defined, then the start fails. The wizard
    // shows libvirt's reason, lets the user go back, and nothing is left behind.
    NewVmWizard *wizard = openWizard();
    QVERIFY(wizard);
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    fillFirstPage(wizard, u"wizard-fail"_s, u"source-network"_s);
    QTRY_VERIFY(next->isEnabled());
    wizard->next();
    QTRY_VERIFY(next->isEnabled());
    wizard->next();
    child<QSpinBox>(wizard, u"memorySpin"_s)->setValue(64);
    QVERIFY(selectData(child<QComboBox>(wizard, u"diskPool"_s), poolName));
    child<QDoubleSpinBox>(wizard, u"diskSizeSpin"_s)->setValue(0.1);
    QVERIFY(selectData(child<QComboBox>(wizard, u"networkCombo"_s), QStringList{u"bridge"_s, QString()}));
    QVERIFY(!next->isEnabled()); // a bridge needs its name
    child<QLineEdit>(wizard, u"bridgeEdit"_s)->setText(u"welkin-nobr0"_s);
    QTRY_VERIFY(next->isEnabled());
    wizard->next();
    QVERIFY(wizard->summaryPage()->xml().contains(u"welkin-nobr0"_s));
    wizard->button(QWizard::FinishButton)->click();
    QPointer<Task> task = wizard->createTask();
    QVERIFY(task);
    QVERIFY(!wizard->button(QWizard::BackButton)->isEnabled());
    QVERIFY(waitFinished(task));
    QCOMPARE(task->state(), Task::State::Failed);
    QTRY_VERIFY(!wizard->summaryPage()->errorText().isEmpty());
    const QString error = wizard->summaryPage()->errorText();
    qInfo("failed create: %s", qPrintable(error));
    QVERIFY2(error.contains(u"wizard-fail"_s) && error.contains(u"welkin-nobr0"_s), qPrintable(error));
    QVERIFY(wizard->isVisible());
    QVERIFY(wizard->button(QWizard::BackButton)->isEnabled());
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    QVERIFY(volumePath(u"wizard-fail.qcow2"_s).isEmpty());
    QVERIFY(!run(u"virsh"_s, {u"-c"_s, m_uri, u"list"_s, u"--all"_s, u"--name"_s}).contains(u"wizard-fail"_s));
    wizard->back();
    QCOMPARE(wizard->currentId(), int(NewVmWizard::HardwarePageId));
    wizard->reject();
    QTRY_VERIFY(!m_window->manageActions()->currentDialog());
}

void TstVmWizard::createFromImportedImageAndWatchItBoot()
{
    NewVmWizard *wizard = openWizard();
    QVERIFY(wizard);
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    fillFirstPage(wizard, u"wizard-import"_s, u"source-import"_s);
    QVERIFY(selectData(child<QComboBox>(wizard, u"importPool"_s), poolName));
    auto *volume = child<QComboBox>(wizard, u"importVolume"_s);
    const QString importPath = m_state + u"/wizard-pool/"_s + importVolume;
    QTRY_VERIFY_WITH_TIMEOUT(volume->findData(importPath) >= 0, 20000);
    QVERIFY(selectData(volume, importPath));
    QTRY_VERIFY(next->isEnabled());
    wizard->next();
    QTRY_VERIFY(next->isEnabled());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(NewVmWizard::HardwarePageId));
    child<QSpinBox>(wizard, u"memorySpin"_s)->setValue(64);
    child<QSpinBox>(wizard, u"cpuSpin"_s)->setValue(1);
    QVERIFY(selectData(child<QComboBox>(wizard, u"networkCombo"_s), QStringList{u"none"_s, QString()}));
    QVERIFY(selectData(child<QComboBox>(wizard, u"graphicsCombo"_s), u"vnc"_s));
    QVERIFY(child<QLabel>(wizard, u"importedDisk"_s)->text().contains(importVolume));
    QTRY_VERIFY(next->isEnabled());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(NewVmWizard::SummaryPageId));
    const QString xml = wizard->summaryPage()->xml();
    QVERIFY2(xml.contains(u"<name>wizard-import</name>"_s), qPrintable(xml));
    QVERIFY2(xml.contains(importVolume), qPrintable(xml));
    QVERIFY(wizard->summaryPage()->startAfter());
    QVERIFY(wizard->summaryPage()->openConsole());

    QPointer<NewVmWizard> alive(wizard);
    QElapsedTimer clock;
    clock.start();
    wizard->button(QWizard::FinishButton)->click();
    QVERIFY(wizard->createTask());
    QPointer<Task> task = wizard->createTask();
    // The wizard stays while the task runs, then closes on success.
    QVERIFY(alive && alive->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!alive || !alive->isVisible(), taskTimeoutMs);
    QVERIFY2(task && task->state() == Task::State::Succeeded, qPrintable(task ? task->errorText() : u"gone"_s));
    m_importVm = ResourceId(u"manage"_s, ResourceKind::Vm, task->result().toString());
    QTRY_VERIFY_WITH_TIMEOUT(m_provider->vmState(m_importVm) == PowerState::Running, 30000);
    const qint64 runningMs = clock.elapsed();

    // Selected, with its Console tab in front and the guest's screen in it.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->selectedResources(), QList<ResourceId>{m_importVm}, 10000);
    ContentArea *content = m_window->contentArea();
    auto *page = qobject_cast<ConsoleVmPage *>(content->vmPage(u"console"_s));
    QVERIFY(page);
    QCOMPARE(content->vmTabs()->currentWidget(), static_cast<QWidget *>(page));
    QTRY_VERIFY_WITH_TIMEOUT(page->tabs()->consoleFor(m_importVm), 10000);
    VncView *view = page->tabs()->consoleFor(m_importVm)->view();
    QSet<QByteArray> frames;
    QImage last;
    auto watch = [&](int timeoutMs) {
        return QTest::qWaitFor([&] {
            const QImage frame = view->grabFrame();
            if (!frame.isNull()) {
                frames.insert(frameHash(frame) + QByteArray::number(frame.width()));
                last = frame;
            }
            return frames.size() >= 2 && countColour(last, vgaText) > 500;
        }, timeoutMs);
    };
    bool changed = watch(15000);
    if (!changed && frames.size() == 1) {
        // Connected after SeaBIOS had finished drawing: a reset draws it again.
        Task *reset = m_provider->perform(Action{ActionType::ForceReboot, m_importVm, {}});
        QVERIFY(waitFinished(reset));
        changed = watch(15000);
    }
    qInfo("Finish -> running in %lld ms; console showed %d different frames, %lld text pixels, %dx%d", runningMs,
          int(frames.size()), qlonglong(countColour(last, vgaText)), last.width(), last.height());
    QVERIFY2(changed, qPrintable(u"%1 distinct frames, %2 text pixels"_s.arg(frames.size()).arg(countColour(last, vgaText))));
}

void TstVmWizard::cloudImageGetsItsSeed()
{
    NewVmWizard *wizard = openWizard();
    QVERIFY(wizard);
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    fillFirstPage(wizard, u"wizard-cloud"_s, u"source-cloud"_s);
    QVERIFY(selectData(child<QComboBox>(wizard, u"cloudPool"_s), poolName));
    auto *image = child<QComboBox>(wizard, u"cloudVolume"_s);
    const QString basePath = m_state + u"/wizard-pool/"_s + baseVolume;
    QTRY_VERIFY_WITH_TIMEOUT(image->findData(basePath) >= 0, 20000);
    QVERIFY(selectData(image, basePath));
    auto *key = child<QComboBox>(wizard, u"sshKeyCombo"_s);
    QCOMPARE(key->count(), 1); // from ~/.ssh/*.pub
    QCOMPARE(key->currentText(), m_sshKey);
    auto *message = child<QLabel>(wizard, u"sourceMessage"_s);
    QVERIFY2(message->text().contains(u"user"_s, Qt::CaseInsensitive), qPrintable(message->text()));
    QVERIFY(!next->isEnabled());
    child<QLineEdit>(wizard, u"cloudUserEdit"_s)->setText(u"welkin"_s);
    QCOMPARE(child<QLineEdit>(wizard, u"cloudHostEdit"_s)->text(), u"wizard-cloud"_s);
    child<QPlainTextEdit>(wizard, u"userDataEdit"_s)->setPlainText(u"hostname: nope\n"_s);
    QVERIFY2(message->text().contains(u"hostname"_s), qPrintable(message->text()));
    QVERIFY(!next->isEnabled());
    child<QPlainTextEdit>(wizard, u"userDataEdit"_s)->setPlainText(userData);
    QTRY_VERIFY(next->isEnabled());
    wizard->next();
    QTRY_VERIFY(next->isEnabled());
    wizard->next();
    child<QSpinBox>(wizard, u"memorySpin"_s)->setValue(64);
    QVERIFY(selectData(child<QComboBox>(wizard, u"networkCombo"_s), QStringList{u"none"_s, QString()}));
    QCOMPARE(child<QComboBox>(wizard, u"diskPool"_s)->currentData().toString(), poolName);
    QTRY_VERIFY(next->isEnabled());
    wizard->next();
    QVERIFY(wizard->summaryPage()->xml().contains(u"wizard-cloud-cidata.iso"_s));
    child<QAbstractButton>(wizard, u"startAfter"_s)->click();
    QVERIFY(!wizard->summaryPage()->startAfter());
    QPointer<NewVmWizard> alive(wizard);
    wizard->button(QWizard::FinishButton)->click();
    QPointer<Task> task = wizard->createTask();
    QVERIFY(task);
    QTRY_VERIFY_WITH_TIMEOUT(!alive || !alive->isVisible(), taskTimeoutMs);
    QVERIFY2(task && task->state() == Task::State::Succeeded, qPrintable(task ? task->errorText() : u"gone"_s));
    m_cloudVm = ResourceId(u"manage"_s, ResourceKind::Vm, task->result().toString());
    QTRY_VERIFY_WITH_TIMEOUT(m_provider->vmState(m_cloudVm) == PowerState::ShutOff, 30000);

    m_seedIso = volumePath(u"wizard-cloud-cidata.iso"_s);
    m_cloudDisk = volumePath(u"wizard-cloud.qcow2"_s);
    QVERIFY2(!m_seedIso.isEmpty(), "no seed ISO volume in the pool");
    QVERIFY2(!m_cloudDisk.isEmpty(), "no disk volume for the cloud VM");
    int rc = 0;
    const QString info = run(u"isoinfo"_s, {u"-d"_s, u"-i"_s, m_seedIso}, &rc);
    QVERIFY2(rc == 0 && info.contains(u"Volume id: cidata"_s), qPrintable(info));
    const QString typed = run(u"isoinfo"_s, {u"-R"_s, u"-i"_s, m_seedIso, u"-x"_s, u"/user-data"_s}, &rc);
    QVERIFY2(rc == 0 && typed.contains(u"typed-in-the-wizard"_s) && typed.contains(u"welkin"_s)
                 && typed.contains(m_sshKey.section(u' ', 1, 1)),
             qPrintable(typed));
    qInfo("seed ISO %s: label cidata, user-data of %lld bytes", qPrintable(m_seedIso), qlonglong(typed.size()));
}

bool TstVmWizard::selectVms(const QList<ResourceId> &vms)
{
    QTreeView *tree = m_window->treeView();
    tree->setFocus();
    if (!m_window->selectResource(vms.first()))
        return false;
    auto *model = m_window->viewModel();
    for (const ResourceId &vm : vms.mid(1)) {
        const QModelIndex index = model->mapFromSource(m_window->inventoryModel()->indexOf(vm));
        if (!index.isValid())
            return false;
        tree->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    return m_window->selectedResources().size() == vms.size();
}

void TstVmWizard::cloneOfARunningVmIsRefused()
{
    QVERIFY(m_importVm.isValid() && m_cloudVm.isValid());
    QVERIFY(selectVms({m_importVm}));
    VmManageActions *manage = m_window->manageActions();
    QVERIFY(!manage->cloneAction()->isEnabled());
    CloneVmDialog *dialog = manage->openClone(m_importVm);
    QVERIFY(dialog);
    QCOMPARE(dialog->nameEdit()->text(), u"wizard-import-clone"_s);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->disksLoaded(), 20000);
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->messageLabel()->text().contains(u"wizard-import is running: shut it off"_s),
             qPrintable(dialog->messageLabel()->text()));
    dialog->reject();

    // A shut-off one: its disk is copied, the seed CD shared; both qcow2 disks allow a linked clone.
    QVERIFY(selectVms({m_cloudVm}));
    QVERIFY(manage->cloneAction()->isEnabled());
    manage->cloneAction()->trigger();
    dialog = qobject_cast<CloneVmDialog *>(manage->currentDialog());
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->disksLoaded(), 20000);
    QTRY_VERIFY(dialog->okButton()->isEnabled());
    QVERIFY(dialog->linkedButton()->isEnabled());
    QTreeWidget *disks = dialog->diskList();
    QCOMPARE(disks->topLevelItemCount(), 2);
    QStringList fates;
    for (int i = 0; i < disks->topLevelItemCount(); ++i)
        fates.append(disks->topLevelItem(i)->text(1).section(u'/', -1) + u": "_s + disks->topLevelItem(i)->text(2));
    QVERIFY2(fates.contains(u"wizard-cloud.qcow2: copied"_s), qPrintable(fates.join(u" | "_s)));
    QVERIFY2(fates.contains(u"wizard-cloud-cidata.iso: shared: CD-ROM"_s), qPrintable(fates.join(u" | "_s)));
    dialog->nameEdit()->setText(u"welkin-tiny"_s);
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(u"cloneNameMessage"_s)->text().contains(u"already exists"_s));
    dialog->reject();
}

void TstVmWizard::renameAndAutostart()
{
    QVERIFY(m_cloudVm.isValid());
    QVERIFY(selectVms({m_cloudVm}));
    VmManageActions *manage = m_window->manageActions();
    QVERIFY(manage->renameAction()->isEnabled());
    manage->renameAction()->trigger();
    auto *dialog = qobject_cast<RenameVmDialog *>(manage->currentDialog());
    QVERIFY(dialog);
    dialog->nameEdit()->setText(u"wizard cloud"_s);
    QVERIFY2(dialog->messageLabel()->text().contains(u"contains a space"_s), qPrintable(dialog->messageLabel()->text()));
    QVERIFY(!dialog->okButton()->isEnabled());
    dialog->nameEdit()->setText(u"wizard-cloud2"_s);
    QTRY_VERIFY(dialog->okButton()->isEnabled());
    dialog->okButton()->click();
    QPointer<Task> task = dialog->task();
    QVERIFY(task && waitFinished(task));
    QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(task->errorText()));
    QTRY_COMPARE_WITH_TIMEOUT(m_provider->vmName(m_cloudVm), u"wizard-cloud2"_s, 10000);

    QAction *autostart = manage->autostartAction();
    QVERIFY(autostart->isEnabled() && autostart->isCheckable());
    QVERIFY(!autostart->isChecked());
    autostart->trigger();
    QVERIFY(autostart->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(run(u"virsh"_s, {u"-c"_s, m_uri, u"dominfo"_s, u"wizard-cloud2"_s})
                                 .contains(QRegularExpression(u"Autostart:\\s+enable"_s)),
                             20000);
    // The running VM offers neither rename nor clone.
    QVERIFY(selectVms({m_importVm}));
    QVERIFY(!manage->renameAction()->isEnabled());
    QVERIFY(!manage->cloneAction()->isEnabled());
}

void TstVmWizard::deleteRemovesExactlyTheCheckedVolumes()
{
    QVERIFY(m_importVm.isValid() && m_cloudVm.isValid());
    const QString importPath = volumePath(importVolume);
    const QString basePath = volumePath(baseVolume);
    QVERIFY(!importPath.isEmpty() && !basePath.isEmpty());
    QVERIFY(selectVms({m_importVm, m_cloudVm}));
    m_window->action(ActionType::Delete)->trigger();
    auto *dialog = qobject_cast<DeleteVmDialog *>(m_window->manageActions()->currentDialog());
    QVERIFY(dialog);
    QVERIFY2(dialog->warningLabel()->text().contains(u"wizard-import is running: it will be forced off."_s),
             qPrintable(dialog->warningLabel()->text()));
    QVERIFY(!dialog->warningLabel()->text().contains(u"wizard-cloud2"_s));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->disksLoaded(), 20000);
    QVERIFY(dialog->deleteButton()->isEnabled());
    QCOMPARE(dialog->checkedPaths(m_importVm), QStringList{importPath});
    QCOMPARE(dialog->checkedPaths(m_cloudVm), QStringList{m_cloudDisk});
    // The seed CD is listed, unchecked, with the reason.
    QList<QTreeWidgetItem *> seed = dialog->diskList()->findItems(m_seedIso, Qt::MatchContains | Qt::MatchRecursive);
    QCOMPARE(seed.size(), 1);
    QCOMPARE(seed.first()->checkState(0), Qt::Unchecked);
    QVERIFY2(seed.first()->text(1).contains(u"CD-ROM"_s), qPrintable(seed.first()->text(1)));

    dialog->deleteButton()->click();
    const QList<QPointer<Task>> tasks = dialog->tasks();
    QCOMPARE(tasks.size(), 2);
    for (const QPointer<Task> &task : tasks) {
        QVERIFY(task && waitFinished(task));
        QVERIFY2(task->state() == Task::State::Succeeded, qPrintable(task->errorText()));
    }
    QStringList left;
    for (const StorageVolumeInfo &volume : volumes())
        left.append(volume.path);
    left.sort();
    QStringList expected{basePath, m_seedIso};
    expected.sort();
    QCOMPARE(left, expected);
    QTRY_VERIFY_WITH_TIMEOUT(!vmByName(u"wizard-import"_s).isValid() && !vmByName(u"wizard-cloud2"_s).isValid(), 10000);
    m_importVm = m_cloudVm = {};
}

void TstVmWizard::cleanupTestCase()
{
    if (m_provider && m_provider->state() == ProviderState::Connected)
        removeLeftovers();
    m_window.reset();
    if (m_providers)
        m_providers->closeAll();
}

QTEST_MAIN(TstVmWizard)
#include "tst_vmwizard.moc"
