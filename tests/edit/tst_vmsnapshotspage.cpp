// The Snapshots tab on the manage fixture's real libvirtd and QEMU: take, revert (confirmed, the
// question naming what is lost), a snapshot made by another client appearing, delete with its
// children; the tree model stays under QAbstractItemModelTester and is never reset.
#include "inventory/Inventory.h"
#include "manage/SnapshotTreeModel.h"
#include "manage/TakeSnapshotDialog.h"
#include "manage/VmManageActions.h"
#include "manage/VmSnapshotsPage.h"
#include "metrics/LiveSamples.h"
#include "providers/ProviderManager.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace welkin;
using namespace Qt::StringLiterals;

namespace {

constexpr int timeoutMs = 120000;
const QString vmName = u"welkin-edt-snappage"_s;
const QString secondVmName = u"welkin-edt-snappage2"_s;

bool hasSnapshot(virConnectPtr conn, const QString &vm, const QString &snapshot)
{
    virDomainPtr domain = virDomainLookupByName(conn, vm.toUtf8().constData());
    if (!domain)
        return false;
    virDomainSnapshotPtr found = virDomainSnapshotLookupByName(domain, snapshot.toUtf8().constData(), 0);
    if (found)
        virDomainSnapshotFree(found);
    virDomainFree(domain);
    virResetLastError();
    return found != nullptr;
}

} // namespace

class TstVmSnapshotsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void takeRevertDelete();
    void takeDialogChecksTheName();
    void bulkTakeFromTheVmMenu();
    void cleanupTestCase();

private:
    void removeVm();
    QString nameAt(const QModelIndex &index) const { return m_page->model()->snapshot(index)->name; }

    virConnectPtr m_conn = nullptr;
    QString m_dir;
    Inventory m_inventory;
    LiveSamples m_samples;
    std::unique_ptr<ProviderManager> m_providers;
    std::unique_ptr<VmSnapshotsPage> m_page;
    ResourceId m_vm;
};

void TstVmSnapshotsPage::removeVm()
{
    for (const QString &name : {vmName, secondVmName}) {
        if (virDomainPtr domain = virDomainLookupByName(m_conn, name.toUtf8().constData())) {
            virDomainDestroy(domain);
            virDomainUndefineFlags(domain, VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA);
            virDomainFree(domain);
        }
    }
    virResetLastError();
}

void TstVmSnapshotsPage::initTestCase()
{
    const QByteArray uri = qgetenv("WELKIN_MANAGE_URI");
    QVERIFY2(!uri.isEmpty(), "WELKIN_MANAGE_URI is not set: run through ctest (fixture libvirtd_manage)");
    m_dir = qEnvironmentVariable("WELKIN_MANAGE_STATE") + u"/edit-snapshot-page"_s;
    QVERIFY(QDir().mkpath(m_dir));
    m_conn = virConnectOpen(uri.constData());
    QVERIFY2(m_conn, virGetLastErrorMessage());
    removeVm();
    const QString disk = m_dir + u"/disk.qcow2"_s;
    QFile::remove(disk);
    QCOMPARE(QProcess::execute(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, disk, u"16M"_s}), 0);
    const QString xml = uR"(<domain type='qemu'><name>%1</name><memory unit='MiB'>64</memory><vcpu>1</vcpu>
  <os><type arch='x86_64' machine='pc'>hvm</type></os>
  <devices><disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='%2'/>
  <target dev='vda' bus='virtio'/></disk></devices></domain>)"_s.arg(vmName, disk);
    virDomainPtr domain = virDomainDefineXML(m_conn, xml.toUtf8().constData());
    QVERIFY2(domain, virGetLastErrorMessage());
    char uuid[VIR_UUID_STRING_BUFLEN];
    virDomainGetUUIDString(domain, uuid);
    QVERIFY2(virDomainCreate(domain) == 0, virGetLastErrorMessage());
    virDomainFree(domain);

    m_providers = std::make_unique<ProviderManager>(&m_inventory, &m_samples);
    registerBuiltinProviders(*m_providers);
    ConnectionProfile profile;
    profile.id = u"snappage-fixture"_s;
    profile.kind = u"libvirt"_s;
    profile.displayName = u"Snapshot page fixture"_s;
    profile.uri = QString::fromUtf8(uri);
    profile.options = {{u"statsIntervalMs"_s, 0}};
    QVERIFY(m_providers->addConnection(profile));
    m_vm = ResourceId(profile.id, ResourceKind::Vm, QString::fromLatin1(uuid));
    QTRY_VERIFY_WITH_TIMEOUT(m_inventory.node(m_vm) && m_providers->provider(profile.id)->state() == ProviderState::Connected,
                             timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_inventory.node(m_vm)->resource().vm()->state, PowerState::Running, timeoutMs);

    m_page = std::make_unique<VmSnapshotsPage>(VmPageContext{&m_inventory, m_providers.get(), &m_samples});
    new QAbstractItemModelTester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_page.get());
    m_page->resize(900, 500);
    m_page->show();
    m_page->setVm(m_vm);
}

void TstVmSnapshotsPage::takeRevertDelete()
{
    SnapshotTreeModel *model = m_page->model();
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy() && m_page->takeButton()->isEnabled(), timeoutMs);
    QCOMPARE(model->count(), 0);
    QVERIFY(!m_page->revertButton()->isEnabled());

    QStringList takenSeen;
    bool runningSeen = false;
    QString nextName;
    SnapshotSupport supportSeen;
    m_page->askSpec = [&](const QString &, bool running, const QStringList &taken,
                          const SnapshotSupport &support) -> std::optional<SnapshotSpec> {
        runningSeen = running;
        takenSeen = taken;
        supportSeen = support;
        return SnapshotSpec{nextName, u"made by the test"_s, false};
    };
    QVERIFY(m_page->revertButton()->isVisibleTo(m_page.get()));
    QVERIFY(m_page->describeButton()->isVisibleTo(m_page.get()));
    QVERIFY(!m_page->imagesNote()->isVisibleTo(m_page.get()));
    QVERIFY(m_page->view()->isColumnHidden(SnapshotTreeModel::SizeColumn));
    nextName = u"base"_s;
    m_page->takeButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy() && model->count() == 1, timeoutMs);
    QVERIFY(runningSeen);
    QVERIFY(supportSeen.diskOnly && supportSeen.libvirtNames && !supportSeen.memory && !supportSeen.images);
    QVERIFY2(m_page->messageLabel()->text().contains(u"Snapshot base taken"_s), qPrintable(m_page->messageLabel()->text()));
    nextName = u"child-a"_s;
    m_page->takeButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy() && model->count() == 2, timeoutMs);
    QCOMPARE(takenSeen, QStringList{u"base"_s});

    // Revert to base: the question says what is lost; the answer is yes.
    QString question;
    m_page->confirm = [&](const QString &, const QString &text, const QString &) {
        question = text;
        return true;
    };
    QVERIFY(m_page->selectSnapshot(u"base"_s));
    QVERIFY(m_page->revertButton()->isEnabled());
    m_page->revertButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), timeoutMs);
    QVERIFY2(question.contains(u"lost"_s) && question.contains(u"base"_s) && question.contains(u"running"_s), qPrintable(question));
    QTRY_VERIFY_WITH_TIMEOUT(model->snapshot(model->indexOf(u"base"_s))->current, timeoutMs);
    nextName = u"child-b"_s;
    m_page->takeButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy() && model->count() == 3, timeoutMs);

    // The tree: base with two children, child-b current.
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex base = model->index(0, 0);
    QCOMPARE(nameAt(base), u"base"_s);
    QCOMPARE(model->rowCount(base), 2);
    QCOMPARE(nameAt(model->index(0, 0, base)), u"child-a"_s);
    QCOMPARE(nameAt(model->index(1, 0, base)), u"child-b"_s);
    QVERIFY(model->snapshot(model->index(1, 0, base))->current);
    QCOMPARE(model->data(model->index(1, 0, base)).toString(), u"child-b (current)"_s);
    QVERIFY2(model->data(model->index(0, SnapshotTreeModel::StateColumn)).toString().contains(u"with memory"_s),
             qPrintable(model->data(model->index(0, SnapshotTreeModel::StateColumn)).toString()));

    // Another client takes one under child-b: the next listing shows it.
    virDomainPtr domain = virDomainLookupByName(m_conn, vmName.toUtf8().constData());
    virDomainSnapshotPtr foreign = virDomainSnapshotCreateXML(domain, "<domainsnapshot><name>by-virsh</name></domainsnapshot>", 0);
    QVERIFY2(foreign, virGetLastErrorMessage());
    virDomainSnapshotFree(foreign);
    virDomainFree(domain);
    m_page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(model->indexOf(u"by-virsh"_s).isValid(), timeoutMs);
    QCOMPARE(nameAt(model->indexOf(u"by-virsh"_s).parent()), u"child-b"_s);

    // Describe by-virsh (now the current one): the new text is listed, and it stays current.
    QVERIFY(model->snapshot(model->indexOf(u"by-virsh"_s))->current);
    QString shownDescription = u"unset"_s;
    m_page->askDescription = [&](const QString &, const QString &current) -> std::optional<QString> {
        shownDescription = current;
        return u"before the <kernel> upgrade"_s;
    };
    QVERIFY(m_page->selectSnapshot(u"by-virsh"_s));
    QVERIFY(m_page->describeButton()->isEnabled());
    m_page->describeButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), timeoutMs);
    QCOMPARE(shownDescription, QString());
    QTRY_COMPARE_WITH_TIMEOUT(model->snapshot(model->indexOf(u"by-virsh"_s))->description, u"before the <kernel> upgrade"_s,
                              timeoutMs);
    QVERIFY(model->snapshot(model->indexOf(u"by-virsh"_s))->current);
    QCOMPARE(nameAt(model->indexOf(u"by-virsh"_s).parent()), u"child-b"_s);

    // Delete base: asked whether its three descendants go too; they do.
    int childrenAsked = -1;
    m_page->askDeleteChildren = [&](const QString &, int children) -> std::optional<bool> {
        childrenAsked = children;
        return true;
    };
    QVERIFY(m_page->selectSnapshot(u"base"_s));
    m_page->deleteButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy() && model->count() == 0, timeoutMs);
    QCOMPARE(childrenAsked, 3);
    QCOMPARE(resets.count(), 0);
}

void TstVmSnapshotsPage::takeDialogChecksTheName()
{
    SnapshotSupport libvirt;
    libvirt.libvirtNames = true;
    libvirt.diskOnly = true;
    libvirt.memoryWhenRunning = true;
    TakeSnapshotDialog dialog(vmName, true, {u"base"_s}, libvirt);
    QVERIFY(!dialog.diskOnlyBox()->isHidden());
    QVERIFY(dialog.memoryBox()->isHidden());
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled()); // the suggested name
    dialog.nameEdit()->setText(u"base"_s);
    QVERIFY(!ok->isEnabled());
    QVERIFY2(dialog.problemLabel()->text().contains(u"already has a snapshot named base"_s), qPrintable(dialog.problemLabel()->text()));
    dialog.nameEdit()->setText(u"2024"_s);
    QVERIFY(!ok->isEnabled());
    QVERIFY2(dialog.problemLabel()->text().contains(u"only digits"_s), qPrintable(dialog.problemLabel()->text()));
    dialog.nameEdit()->setText(u"pre-upgrade"_s);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.spec().name, u"pre-upgrade"_s);
    QVERIFY(!dialog.spec().memory);

    // A cloud's rules: spaces allowed (trimmed), 255 characters, memory on request.
    SnapshotSupport cloud;
    cloud.memory = true;
    cloud.listed = true;
    TakeSnapshotDialog cloudDialog(vmName, true, {u"base"_s}, cloud);
    QVERIFY(cloudDialog.diskOnlyBox()->isHidden());
    QVERIFY(!cloudDialog.memoryBox()->isHidden());
    QVERIFY(cloudDialog.memoryBox()->isChecked());
    cloudDialog.nameEdit()->setText(u" before upgrade "_s);
    QPushButton *cloudOk = cloudDialog.buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(cloudOk->isEnabled());
    QCOMPARE(cloudDialog.spec().name, u"before upgrade"_s);
    QVERIFY(cloudDialog.spec().memory);
    cloudDialog.nameEdit()->setText(u"base "_s);
    QVERIFY(!cloudOk->isEnabled());
    cloudDialog.nameEdit()->setText(u"   "_s);
    QVERIFY(!cloudOk->isEnabled());
    QVERIFY2(cloudDialog.problemLabel()->text().contains(u"empty"_s), qPrintable(cloudDialog.problemLabel()->text()));
    cloudDialog.nameEdit()->setText(u"ok"_s);
    cloudDialog.descriptionEdit()->setPlainText(QString(256, u'x'));
    QVERIFY(!cloudOk->isEnabled());
    QVERIFY2(cloudDialog.problemLabel()->text().contains(u"256"_s), qPrintable(cloudDialog.problemLabel()->text()));
    // A stopped VM: CloudStack cannot save memory it does not have.
    TakeSnapshotDialog stopped(vmName, false, {}, cloud);
    QVERIFY(!stopped.memoryBox()->isEnabled());
    QVERIFY(!stopped.spec().memory);
}

void TstVmSnapshotsPage::bulkTakeFromTheVmMenu()
{
    // A second, shut-off VM with its own qcow2 disk.
    const QString disk = m_dir + u"/disk2.qcow2"_s;
    QFile::remove(disk);
    QCOMPARE(QProcess::execute(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, disk, u"16M"_s}), 0);
    const QString xml = uR"(<domain type='qemu'><name>%1</name><memory unit='MiB'>64</memory><vcpu>1</vcpu>
  <os><type arch='x86_64' machine='pc'>hvm</type></os>
  <devices><disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='%2'/>
  <target dev='vda' bus='virtio'/></disk></devices></domain>)"_s.arg(secondVmName, disk);
    virDomainPtr domain = virDomainDefineXML(m_conn, xml.toUtf8().constData());
    QVERIFY2(domain, virGetLastErrorMessage());
    char uuid[VIR_UUID_STRING_BUFLEN];
    virDomainGetUUIDString(domain, uuid);
    virDomainFree(domain);
    const ResourceId second(m_vm.providerId(), ResourceKind::Vm, QString::fromLatin1(uuid));
    QTRY_VERIFY_WITH_TIMEOUT(m_inventory.node(second), timeoutMs);

    QWidget window;
    VmManageActions actions(m_providers.get(), &m_inventory, &window);
    QList<ResourceId> selection{m_vm, second};
    actions.setSelectionSource([&selection] { return selection; });
    actions.update();
    QAction *take = actions.snapshotAction();
    QVERIFY(take->isEnabled());
    QCOMPARE(take->text(), u"Take Snapshot of 2 VM(s)…"_s);
    take->trigger();
    auto *dialog = qobject_cast<TakeSnapshotDialog *>(actions.currentDialog());
    QVERIFY(dialog);
    QVERIFY2(dialog->windowTitle().contains(u"2 VM(s)"_s), qPrintable(dialog->windowTitle()));
    QVERIFY(!dialog->diskOnlyBox()->isHidden()); // both libvirt: libvirt's choices
    dialog->nameEdit()->setText(u"nightly"_s);
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    // One task per VM: the running one with its memory, the shut-off one its disk.
    QTRY_VERIFY_WITH_TIMEOUT(hasSnapshot(m_conn, vmName, u"nightly"_s) && hasSnapshot(m_conn, secondVmName, u"nightly"_s),
                             timeoutMs);

    // Nothing to snapshot: no libvirt VM selected.
    selection.clear();
    actions.update();
    QVERIFY(!take->isEnabled());
}

void TstVmSnapshotsPage::cleanupTestCase()
{
    m_page.reset();
    if (m_providers)
        m_providers->closeAll();
    if (m_conn) {
        removeVm();
        virConnectClose(m_conn);
    }
    QDir(m_dir).removeRecursively();
}

QTEST_MAIN(TstVmSnapshotsPage)
#include "tst_vmsnapshotspage.moc"
