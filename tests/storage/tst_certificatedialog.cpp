// The certificate dialog shows what the user needs to decide and answers the trust request.
// With WELKIN_SCREENSHOT_DIR set it also saves a picture of itself there.
#include "security/CertificateDialog.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace welkin;
using namespace Qt::StringLiterals;

namespace {

QSslCertificate testCertificate()
{
    return QSslCertificate::fromPath(QFINDTESTDATA("data/storage/pin-cert.pem")).value(0);
}

QString allText(const QWidget &widget)
{
    QStringList texts;
    for (const QLabel *label : widget.findChildren<QLabel *>())
        texts.append(label->text());
    return texts.join(u'\n');
}

} // namespace

class TestCertificateDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsTheCertificateAndTrusts()
    {
        const QSslCertificate certificate = testCertificate();
        QVERIFY(!certificate.isNull());
        std::optional<bool> answer;
        auto request = std::make_shared<CertificateTrustRequest>(
            u"openstack-lab"_s, certificate, QList<QSslError>{QSslError(QSslError::SelfSignedCertificate, certificate)},
            [&](bool trusted) { answer = trusted; });
        QPointer<CertificateDialog> dialog = new CertificateDialog(request);
        dialog->open();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->trustButton()->isDefault()); // Enter does not trust by accident

        const QString text = allText(*dialog);
        QVERIFY2(text.contains(u"CN=welkin-test.example"_s), qPrintable(text));
        QVERIFY2(text.contains(u"O=Welkin tests"_s), qPrintable(text));
        QVERIFY2(text.contains(u"self-signed"_s, Qt::CaseInsensitive), qPrintable(text));
        QVERIFY2(text.contains(QLocale().toString(certificate.expiryDate(), QLocale::LongFormat)), qPrintable(text));
        QString fingerprint = dialog->fingerprintText();
        fingerprint.replace(u'\n', u':');
        QCOMPARE(fingerprint, request->sha256Fingerprint());
        QCOMPARE(fingerprint.size(), 32 * 3 - 1);

        if (const QString dir = qEnvironmentVariable("WELKIN_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(dialog->grab().save(dir + u"/certificate-dialog.png"_s));

        QVERIFY(!answer.has_value());
        QTest::mouseClick(dialog->trustButton(), Qt::LeftButton);
        QVERIFY(answer.has_value());
        QVERIFY(*answer);
        QTRY_VERIFY(dialog.isNull()); // deletes itself
    }

    void cancelAndClosingReject()
    {
        std::optional<bool> answer;
        auto request = std::make_shared<CertificateTrustRequest>(u"c"_s, testCertificate(), QList<QSslError>{},
                                                                 [&](bool trusted) { answer = trusted; });
        QPointer<CertificateDialog> dialog = new CertificateDialog(request);
        dialog->open();
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(answer.has_value());
        QVERIFY(!*answer);
        QTRY_VERIFY(dialog.isNull());

        // A request whose dialog vanishes unanswered counts as rejected, once.
        int calls = 0;
        {
            auto dropped = std::make_shared<CertificateTrustRequest>(u"d"_s, testCertificate(), QList<QSslError>{},
                                                                     [&](bool trusted) { calls += trusted ? 100 : 1; });
            GuiCertificateTrustHandler handler(nullptr);
            handler.decideTrust(dropped);
            QWidget *shown = QApplication::activeModalWidget();
            QVERIFY(qobject_cast<CertificateDialog *>(shown));
            delete shown;
            dropped->trust(); // too late: already rejected
        }
        QCOMPARE(calls, 1);
    }
};

QTEST_MAIN(TestCertificateDialog)
#include "tst_certificatedialog.moc"
