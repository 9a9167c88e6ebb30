// The Add/Edit Connection dialog: live validation with specific messages, the URIs each libvirt
// mode builds, "Test connection" against real test-driver connections, and the controller that
// adds, saves and removes connections.
#include "connections/ConnectionController.h"
#include "connections/ConnectionDialog.h"
#include "connections/ConnectionTester.h"
#include "connections/LibvirtConnectionPage.h"
#include "connections/LibvirtUriValidator.h"
#include "inventory/Inventory.h"
#include "metrics/LiveSamples.h"
#include "providers/ProviderManager.h"
#include "storage/CertificatePinStore.h"
#include "storage/ProfileStore.h"

#include <QElapsedTimer>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace welkin;
using namespace Qt::StringLiterals;

class TestConnectionDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badUrisGetSpecificMessages_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << u""_s << u"Enter a connection URI"_s;
        QTest::newRow("no scheme") << u"kvm-03"_s << u"has no scheme"_s;
        QTest::newRow("unknown driver") << u"kvm:///system"_s << u"Unknown hypervisor driver \"kvm\""_s;
        QTest::newRow("unknown transport") << u"qemu+telnet://h/system"_s << u"Unknown transport \"telnet\""_s;
        QTest::newRow("no slashes") << u"qemu:system"_s << u"needs \"//\""_s;
        QTest::newRow("space") << u"qemu+ssh://my host/system"_s << u"cannot contain spaces"_s;
        QTest::newRow("ssh without host") << u"qemu+ssh:///system"_s << u"ssh transport needs a host name"_s;
        QTest::newRow("bad host") << u"qemu+tls://-bad-/system"_s << u"not a valid host name"_s;
        QTest::newRow("port out of range") << u"qemu+ssh://h:99999/system"_s << u"malformed"_s;
        QTest::newRow("port zero") << u"qemu+ssh://h:0/system"_s << u"port must be a number from 1 to 65535"_s;
        QTest::newRow("qemu without path") << u"qemu://"_s << u"end in /system"_s;
        QTest::newRow("qemu odd path") << u"qemu:///systen"_s << u"Unknown QEMU path \"/systen\""_s;
        QTest::newRow("test without path") << u"test://"_s << u"test:///default"_s;
    }

    void badUrisGetSpecificMessages()
    {
        QFETCH(QString, uri);
        QFETCH(QString, message);
        ConnectionDialog dialog;
        auto *page = qobject_cast<LibvirtConnectionPage *>(dialog.currentPage());
        QVERIFY(page);
        page->setMode(LibvirtConnectionPage::Mode::Custom);
        page->customUriEdit()->setText(u"qemu:///system"_s);
        QVERIFY(dialog.okButton()->isEnabled());
        page->customUriEdit()->setText(uri);
        QVERIFY2(dialog.problemLabel()->text().contains(message), qPrintable(dialog.problemLabel()->text()));
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(!dialog.testButton()->isEnabled());
    }

    void goodUrisPass()
    {
        for (const QString &uri : {u"qemu:///system"_s, u"qemu:///session"_s, u"qemu+ssh://root@kvm-03:2222/system"_s,
                                   u"qemu+tls://kvm-03.example.org/system"_s, u"test:///default"_s,
                                   u"qemu+ssh://[2001:db8::1]/system"_s, u"xen+ssh://root@192.0.2.7/"_s,
                                   u"test:///tmp/node.xml"_s, u"qemu+unix:///system?socket=/run/x.sock"_s})
            QVERIFY2(libvirtUriProblem(uri).isEmpty(), qPrintable(uri + u": "_s + libvirtUriProblem(uri)));
    }

    void modesBuildTheirUris()
    {
        ConnectionDialog dialog;
        auto *page = qobject_cast<LibvirtConnectionPage *>(dialog.currentPage());
        QCOMPARE(page->uri(), u"qemu:///system"_s);
        page->setMode(LibvirtConnectionPage::Mode::Ssh);
        QVERIFY(dialog.problemLabel()->text().contains(u"Enter the remote host"_s));
        page->userEdit()->setText(u"root"_s);
        page->hostEdit()->setText(u"kvm-03"_s);
        QCOMPARE(page->uri(), u"qemu+ssh://root@kvm-03/system"_s); // default port left out
        page->portSpin()->setValue(2222);
        QCOMPARE(page->uri(), u"qemu+ssh://root@kvm-03:2222/system"_s);
        QVERIFY(dialog.okButton()->isEnabled());
        QCOMPARE(dialog.profile().displayName, u"root@kvm-03"_s); // suggested when no name is given
        QCOMPARE(dialog.profile().id, u"qemu+ssh://root@kvm-03:2222/system"_s);
        page->hostEdit()->setText(u"kvm_03!"_s);
        QVERIFY(dialog.problemLabel()->text().contains(u"not a valid host name"_s));
        QVERIFY(!dialog.okButton()->isEnabled());

        page->setMode(LibvirtConnectionPage::Mode::Tls);
        page->hostEdit()->setText(u"kvm-03"_s);
        QCOMPARE(page->uri(), u"qemu+tls://kvm-03:2222/system"_s); // the port the user typed stays
        page->portSpin()->setValue(16514);
        QCOMPARE(page->uri(), u"qemu+tls://kvm-03/system"_s);

        // Editing keeps the id and shows the fields of the saved URI.
        ConnectionDialog edit;
        edit.setProfile({u"prod"_s, u"libvirt"_s, u"Prod"_s, u"qemu+ssh://admin@prod-kvm:2200/system"_s, {}});
        auto *editPage = qobject_cast<LibvirtConnectionPage *>(edit.currentPage());
        QCOMPARE(editPage->mode(), LibvirtConnectionPage::Mode::Ssh);
        QCOMPARE(editPage->hostEdit()->text(), u"prod-kvm"_s);
        QCOMPARE(editPage->portSpin()->value(), 2200);
        QCOMPARE(edit.profile().id, u"prod"_s);
        QCOMPARE(edit.profile().uri, u"qemu+ssh://admin@prod-kvm:2200/system"_s);

        // A second connection to a URI in use gets its own id.
        ConnectionDialog again({u"qemu:///system"_s});
        QCOMPARE(again.profile().id, u"qemu:///system#2"_s);
    }

    void testConnectionReportsTheExactError()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(u"no-such-node.xml"_s);
        ConnectionDialog dialog;
        dialog.show();
        auto *page = qobject_cast<LibvirtConnectionPage *>(dialog.currentPage());
        page->setMode(LibvirtConnectionPage::Mode::Custom);
        page->customUriEdit()->setText(u"test://"_s + missing);
        QVERIFY(dialog.testButton()->isEnabled());
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QVERIFY2(clock.elapsed() < 200, "the test must not block the GUI thread");
        QCOMPARE(dialog.testResultLabel()->text(), u"Connecting…"_s);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.testResultLabel()->text().startsWith(u"✘"_s), 10000);
        const QString result = dialog.testResultLabel()->text();
        qInfo("test result: %s", qPrintable(result));
        QVERIFY2(result.contains(u"no-such-node.xml"_s), qPrintable(result)); // libvirt's own words, with the path
        QVERIFY2(!result.contains(u"Retrying"_s), qPrintable(result)); // the test does not retry
        QVERIFY(dialog.testButton()->isEnabled());
    }

    // A failed test disables OK (saving it would only fail again) until a field changes or a
    // test passes.
    void okDisabledAfterFailedTestUntilEditOrPass()
    {
        QTemporaryDir dir;
        ConnectionDialog dialog;
        dialog.show();
        auto *page = qobject_cast<LibvirtConnectionPage *>(dialog.currentPage());
        page->setMode(LibvirtConnectionPage::Mode::Custom);
        page->customUriEdit()->setText(u"test://"_s + dir.filePath(u"no-such-node.xml"_s));
        QVERIFY(dialog.okButton()->isEnabled());
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.testResultLabel()->text().startsWith(u"✘"_s), 10000);
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(!dialog.okButton()->toolTip().isEmpty());

        // Editing the name counts as an edit.
        QTest::keyClicks(dialog.nameEdit(), u"x"_s);
        QVERIFY(dialog.okButton()->isEnabled());

        // Fails again; then a field of the page changes to a working URI and the test passes.
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.testResultLabel()->text().startsWith(u"✘"_s), 10000);
        QVERIFY(!dialog.okButton()->isEnabled());
        page->customUriEdit()->setText(u"test:///default"_s);
        QVERIFY(dialog.okButton()->isEnabled());
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.testResultLabel()->text().startsWith(u"✔"_s), 10000);
        QVERIFY(dialog.okButton()->isEnabled());
    }

    void testConnectionReportsSuccess()
    {
        ConnectionDialog dialog;
        auto *page = qobject_cast<LibvirtConnectionPage *>(dialog.currentPage());
        page->setMode(LibvirtConnectionPage::Mode::Custom);
        page->customUriEdit()->setText(u"test:///default"_s);
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.testResultLabel()->text().startsWith(u"✔"_s), 10000);
        QVERIFY2(dialog.testResultLabel()->text().contains(u"1 host"_s), qPrintable(dialog.testResultLabel()->text()));
        QVERIFY(dialog.testResultLabel()->text().contains(u"1 VM"_s));
    }

    void controllerAddsSavesEditsAndRemoves()
    {
        Inventory inventory;
        LiveSamples samples;
        ProviderManager providers(&inventory, &samples);
        registerBuiltinProviders(providers);
        ProfileStore store;
        QWidget window;
        ConnectionController controller(&providers, &store, &window);
        controller.runDialog = [](ConnectionDialog &dialog) {
            auto *page = qobject_cast<LibvirtConnectionPage *>(dialog.currentPage());
            page->setMode(LibvirtConnectionPage::Mode::Custom);
            page->customUriEdit()->setText(u"test:///default"_s);
            dialog.nameEdit()->setText(u"Lab"_s);
            return int(QDialog::Accepted);
        };
        controller.addConnection();
        QVERIFY(providers.provider(u"test:///default"_s));
        QCOMPARE(providers.provider(u"test:///default"_s)->displayName(), u"Lab"_s);
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.profiles().first().uri, u"test:///default"_s);

        controller.runDialog = [](ConnectionDialog &dialog) {
            dialog.nameEdit()->setText(u"Lab 2"_s);
            return int(QDialog::Accepted);
        };
        controller.editConnection(u"test:///default"_s);
        QCOMPARE(providers.provider(u"test:///default"_s)->displayName(), u"Lab 2"_s);
        QCOMPARE(store.profiles().first().displayName, u"Lab 2"_s);

        QString asked;
        controller.confirm = [&](const QString &q) { asked = q; return true; };
        controller.removeConnection(u"test:///default"_s);
        QVERIFY(asked.contains(u"Lab 2"_s));
        QVERIFY(!providers.provider(u"test:///default"_s));
        QVERIFY(store.profiles().isEmpty());
        providers.closeAll();
    }

    // Edit Connection shows the certificate the user trusted and forgets it on OK (not on Cancel,
    // not before); pointing the connection at another address forgets it too.
    void editShowsAndForgetsTrustedCertificate()
    {
        const QSslCertificate certificate = QSslCertificate::fromPath(QFINDTESTDATA("data/storage/pin-cert.pem")).value(0);
        QVERIFY(!certificate.isNull());
        Inventory inventory;
        LiveSamples samples;
        ProviderManager providers(&inventory, &samples);
        registerBuiltinProviders(providers);
        CertificatePinStore pins;
        QWidget window;
        ConnectionController controller(&providers, nullptr, &window);
        controller.setCertificatePins(&pins);
        ConnectionProfile profile;
        profile.id = u"lab"_s;
        profile.kind = u"libvirt"_s;
        profile.displayName = u"Lab"_s;
        profile.uri = u"test:///default"_s;
        QVERIFY(controller.apply(profile));
        pins.setPin(u"lab"_s, certificate);
        const QString fingerprint = CertificatePinStore::formatFingerprint(CertificatePinStore::fingerprint(certificate));

        QString shown, afterForget;
        bool visible = false, buttonEnabledAfter = true;
        controller.runDialog = [&](ConnectionDialog &dialog) {
            visible = !dialog.certificateBox()->isHidden();
            shown = dialog.certificateLabel()->text();
            dialog.forgetCertificateButton()->click();
            buttonEnabledAfter = dialog.forgetCertificateButton()->isEnabled();
            afterForget = dialog.forgetCertificateNote()->isHidden() ? QString() : dialog.forgetCertificateNote()->text();
            return int(QDialog::Rejected);
        };
        controller.editConnection(u"lab"_s);
        QVERIFY(visible);
        QVERIFY(!buttonEnabledAfter);
        QVERIFY2(afterForget.contains(u"Forgotten when you press OK"_s), qPrintable(afterForget));
        QVERIFY2(shown.contains(fingerprint), qPrintable(shown));
        QVERIFY2(shown.contains(certificate.subjectDisplayName().toHtmlEscaped()), qPrintable(shown));
        QVERIFY2(pins.pin(u"lab"_s).has_value(), "Cancel forgot the certificate");

        controller.runDialog = [](ConnectionDialog &dialog) {
            dialog.forgetCertificateButton()->click();
            return int(QDialog::Accepted);
        };
        controller.editConnection(u"lab"_s);
        QVERIFY(!pins.pin(u"lab"_s).has_value());
        controller.runDialog = [&](ConnectionDialog &dialog) {
            visible = !dialog.certificateBox()->isHidden();
            return int(QDialog::Rejected);
        };
        controller.editConnection(u"lab"_s);
        QVERIFY2(!visible, "a forgotten certificate is still shown");

        // A new address: the old server's certificate no longer applies.
        pins.setPin(u"lab"_s, certificate);
        controller.runDialog = [](ConnectionDialog &dialog) {
            auto *page = qobject_cast<LibvirtConnectionPage *>(dialog.currentPage());
            page->setMode(LibvirtConnectionPage::Mode::Custom);
            page->customUriEdit()->setText(u"test:///default?second"_s);
            return int(QDialog::Accepted);
        };
        controller.editConnection(u"lab"_s);
        QCOMPARE(providers.provider(u"lab"_s)->profile().uri, u"test:///default?second"_s);
        QVERIFY(!pins.pin(u"lab"_s).has_value());
        providers.closeAll();
    }
};

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
