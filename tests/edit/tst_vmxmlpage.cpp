// The VM view's XML tab against the real libvirtd + QEMU of the manage fixture: load, edit,
// review the diff, apply (re-read from libvirt), revert; a running VM keeps its live definition
// until it restarts; libvirt's refusal of an unknown element, a malformed text and another VM's
// UUID each leave the definition untouched with a message and the line marked.
#include "inventory/Inventory.h"
#include "manage/VmXmlPage.h"
#include "metrics/LiveSamples.h"
#include "providers/ProviderManager.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace welkin;
using namespace Qt::StringLiterals;

namespace {

constexpr int uiTimeoutMs = 30000;
const QString vmName = u"welkin-edt-xml"_s;

QString definitionXml()
{
    return uR"(<domain type='qemu'>
  <name>%1</name>
  <memory unit='MiB'>64</memory>
  <vcpu>1</vcpu>
  <os><type arch='x86_64' machine='pc'>hvm</type></os>
  <devices>
    <graphics type='vnc' port='-1' listen='127.0.0.1' passwd='vnc-pw8c'/>
  </devices>
</domain>)"_s.arg(vmName);
}

} // namespace

class TstVmXmlPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void editReviewApplyRevert();
    void runningVmKeepsLiveDefinitionUntilRestart();
    void refusedDefinitionsChangeNothing();
    void cleanupTestCase();

private:
    QString persistentXml(unsigned int flags = VIR_DOMAIN_XML_INACTIVE) const;
    bool loaded() const { return !m_page->isBusy() && !m_page->editor()->toPlainText().isEmpty(); }
    // Replaces the first `from` in the editor with `to`, as typing would.
    void edit(const QString &from, const QString &to);
    void reviewAndApply();

    virConnectPtr m_conn = nullptr;
    QString m_uuid;
    Inventory m_inventory;
    LiveSamples m_samples;
    std::unique_ptr<ProviderManager> m_providers;
    std::unique_ptr<VmXmlPage> m_page;
    ResourceId m_vm;
};

void TstVmXmlPage::initTestCase()
{
    const QByteArray uri = qgetenv("WELKIN_MANAGE_URI");
    QVERIFY2(!uri.isEmpty(), "WELKIN_MANAGE_URI is not set: run through ctest (fixture libvirtd_manage)");
    m_conn = virConnectOpen(uri.constData());
    QVERIFY2(m_conn, virGetLastErrorMessage());
    if (virDomainPtr old = virDomainLookupByName(m_conn, vmName.toUtf8().constData())) {
        virDomainDestroy(old);
        virDomainUndefine(old);
        virDomainFree(old);
    }
    virDomainPtr domain = virDomainDefineXML(m_conn, definitionXml().toUtf8().constData());
    QVERIFY2(domain, virGetLastErrorMessage());
    char uuid[VIR_UUID_STRING_BUFLEN];
    QCOMPARE(virDomainGetUUIDString(domain, uuid), 0);
    m_uuid = QString::fromLatin1(uuid);
    virDomainFree(domain);

    m_providers = std::make_unique<ProviderManager>(&m_inventory, &m_samples);
    registerBuiltinProviders(*m_providers);
    ConnectionProfile profile;
    profile.id = u"edit-fixture"_s;
    profile.kind = u"libvirt"_s;
    profile.displayName = u"Edit fixture"_s;
    profile.uri = QString::fromUtf8(uri);
    profile.options = {{u"statsIntervalMs"_s, 0}};
    QVERIFY(m_providers->addConnection(profile));
    m_vm = ResourceId(profile.id, ResourceKind::Vm, m_uuid);
    QTRY_VERIFY_WITH_TIMEOUT(m_inventory.node(m_vm), uiTimeoutMs);

    m_page = std::make_unique<VmXmlPage>(VmPageContext{&m_inventory, m_providers.get(), &m_samples});
    m_page->resize(900, 700);
    m_page->show();
    m_page->setVm(m_vm);
    QTRY_VERIFY_WITH_TIMEOUT(loaded(), uiTimeoutMs);
}

QString TstVmXmlPage::persistentXml(unsigned int flags) const
{
    virDomainPtr domain = virDomainLookupByUUIDString(m_conn, m_uuid.toLatin1().constData());
    if (!domain)
        return {};
    char *xml = virDomainGetXMLDesc(domain, flags);
    const QString text = xml ? QString::fromUtf8(xml) : QString();
    free(xml);
    virDomainFree(domain);
    return text;
}

void TstVmXmlPage::edit(const QString &from, const QString &to)
{
    QString text = m_page->editor()->toPlainText();
    const qsizetype at = text.indexOf(from);
    QVERIFY2(at >= 0, qPrintable(from + u" is not in the editor"_s));
    text.replace(at, from.size(), to);
    m_page->editor()->setPlainText(text);
}

void TstVmXmlPage::reviewAndApply()
{
    QVERIFY(m_page->reviewButton()->isEnabled());
    m_page->reviewButton()->click();
    QVERIFY2(m_page->isReviewing(), qPrintable(m_page->messageLabel()->text()));
    m_page->applyButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), uiTimeoutMs);
}

void TstVmXmlPage::editReviewApplyRevert()
{
    // What libvirt holds, without the VNC password (the editor never shows secrets).
    const QString shown = m_page->editor()->toPlainText();
    QVERIFY2(shown.contains(u"<vcpu placement='static'>1</vcpu>"_s), qPrintable(shown));
    QVERIFY(!shown.contains(u"vnc-pw8c"_s));
    QVERIFY(!m_page->reviewButton()->isEnabled());
    QVERIFY(!m_page->revertButton()->isEnabled());

    edit(u"<vcpu placement='static'>1</vcpu>"_s, u"<vcpu placement='static'>2</vcpu>"_s);
    edit(u"</name>"_s, u"</name>\n  <description>edited in Welkin</description>"_s);
    QVERIFY(m_page->revertButton()->isEnabled());
    m_page->reviewButton()->click();
    QVERIFY(m_page->isReviewing());
    const QString diff = m_page->diffView()->toPlainText();
    QVERIFY2(diff.contains(u"- "_s + u"  <vcpu placement='static'>1</vcpu>"_s), qPrintable(diff));
    QVERIFY2(diff.contains(u"+ "_s + u"  <vcpu placement='static'>2</vcpu>"_s), qPrintable(diff));
    QVERIFY2(diff.contains(u"+   <description>edited in Welkin</description>"_s), qPrintable(diff));
    QVERIFY2(!diff.contains(u"<devices>"_s) || diff.count(u'\n') < shown.count(u'\n'), "the diff is the whole file");
    QVERIFY(persistentXml().contains(u">1</vcpu>"_s)); // nothing written before Apply
    m_page->applyButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), uiTimeoutMs);
    QVERIFY2(m_page->messageLabel()->text().startsWith(u"Saved"_s), qPrintable(m_page->messageLabel()->text()));

    const QString now = persistentXml(VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE);
    QVERIFY2(now.contains(u">2</vcpu>"_s) && now.contains(u"<description>edited in Welkin</description>"_s), qPrintable(now));
    QVERIFY2(now.contains(u"passwd='vnc-pw8c'"_s), "the VNC password the editor did not show was lost");
    QCOMPARE(m_page->editor()->toPlainText(), persistentXml()); // re-read from libvirt
    QVERIFY(!m_page->isReviewing());
    QVERIFY(!m_page->reviewButton()->isEnabled());

    // Revert throws an edit away; nothing reaches libvirt.
    edit(u"edited in Welkin"_s, u"thrown away"_s);
    QVERIFY(m_page->revertButton()->isEnabled());
    m_page->revertButton()->click();
    QCOMPARE(m_page->editor()->toPlainText(), persistentXml());
    QVERIFY(!m_page->revertButton()->isEnabled());
}

void TstVmXmlPage::runningVmKeepsLiveDefinitionUntilRestart()
{
    virDomainPtr domain = virDomainLookupByUUIDString(m_conn, m_uuid.toLatin1().constData());
    QVERIFY(domain);
    const int started = virDomainCreate(domain);
    virDomainFree(domain);
    QVERIFY2(started == 0, virGetLastErrorMessage());
    QTRY_VERIFY_WITH_TIMEOUT(m_inventory.node(m_vm)->resource().vm()->state == PowerState::Running, uiTimeoutMs);

    edit(u"<memory unit='KiB'>65536</memory>"_s, u"<memory unit='KiB'>98304</memory>"_s);
    edit(u"<currentMemory unit='KiB'>65536</currentMemory>"_s, u"<currentMemory unit='KiB'>98304</currentMemory>"_s);
    m_page->reviewButton()->click();
    QVERIFY2(m_page->messageLabel()->text().contains(u"running"_s), qPrintable(m_page->messageLabel()->text()));
    m_page->applyButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), uiTimeoutMs);
    QVERIFY2(m_page->messageLabel()->text().contains(u"pending until it restarts"_s), qPrintable(m_page->messageLabel()->text()));
    QVERIFY(persistentXml().contains(u"<memory unit='KiB'>98304</memory>"_s));
    const QString live = persistentXml(0);
    QVERIFY2(live.contains(u"<memory unit='KiB'>65536</memory>"_s), qPrintable(live));
    qInfo("running VM: persistent memory 96 MiB, live still 64 MiB until restart");

    domain = virDomainLookupByUUIDString(m_conn, m_uuid.toLatin1().constData());
    virDomainDestroy(domain);
    virDomainFree(domain);
    QTRY_VERIFY_WITH_TIMEOUT(m_inventory.node(m_vm)->resource().vm()->state == PowerState::ShutOff, uiTimeoutMs);
}

void TstVmXmlPage::refusedDefinitionsChangeNothing()
{
    const QString before = persistentXml();
    QCOMPARE(m_page->editor()->toPlainText(), before);

    // An element libvirt's schema does not know: libvirt's words, its line marked.
    edit(u"</name>"_s, u"</name>\n  <bogus/>"_s);
    const int bogusLine = int(QStringView(m_page->editor()->toPlainText()).left(
                                  m_page->editor()->toPlainText().indexOf(u"<bogus/>"_s)).count(u'\n')) + 1;
    reviewAndApply();
    const QString refused = m_page->messageLabel()->text();
    qInfo("libvirt refused: %s", qPrintable(refused));
    QVERIFY2(refused.contains(u"bogus"_s) && refused.contains(u"validate"_s), qPrintable(refused));
    QCOMPARE(m_page->markedLine(), bogusLine);
    QVERIFY(!m_page->isReviewing());
    QVERIFY2(m_page->editor()->toPlainText().contains(u"<bogus/>"_s), "the user's text was thrown away");
    QCOMPARE(persistentXml(), before);

    // Malformed: caught before libvirt, with the line.
    m_page->revertButton()->click();
    edit(u"<vcpu placement='static'>2</vcpu>"_s, u"<vcpu placement='static'>2</vcpu"_s);
    m_page->reviewButton()->click();
    QVERIFY(!m_page->isReviewing());
    QVERIFY2(m_page->messageLabel()->text().contains(u"Line "_s), qPrintable(m_page->messageLabel()->text()));
    QVERIFY(m_page->markedLine() > 0);

    // Another VM's UUID would define a second VM: refused by name.
    m_page->revertButton()->click();
    edit(m_uuid, u"0b7e3b4e-1111-4222-8333-944455556666"_s);
    m_page->reviewButton()->click();
    QVERIFY(!m_page->isReviewing());
    QVERIFY2(m_page->messageLabel()->text().contains(u"would make another VM"_s), qPrintable(m_page->messageLabel()->text()));
    QCOMPARE(persistentXml(), before);
    virDomainPtr stray = virDomainLookupByUUIDString(m_conn, "0b7e3b4e-1111-4222-8333-944455556666");
    QVERIFY(!stray);
}

void TstVmXmlPage::cleanupTestCase()
{
    m_page.reset();
    if (m_providers)
        m_providers->closeAll();
    if (m_conn) {
        if (virDomainPtr domain = virDomainLookupByName(m_conn, vmName.toUtf8().constData())) {
            virDomainDestroy(domain);
            virDomainUndefine(domain);
            virDomainFree(domain);
        }
        virConnectClose(m_conn);
    }
}

QTEST_MAIN(TstVmXmlPage)
#include "tst_vmxmlpage.moc"
