// TLS trust against real HTTPS servers on loopback with certificates made by openssl in the test:
// refused by default, accepted after pinning, refused after the certificate changes; a custom CA;
// "Test connection" pins for the tested connection only; an unreadable CA file is named.
#include "connections/ConnectionTester.h"
#include "providers/ConnectionProfile.h"
#include "security/TlsTrust.h"
#include "storage/CertificatePinStore.h"
#include "storage/Storage.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace welkin;
using namespace Qt::StringLiterals;

namespace {

// One HTTPS endpoint: answers every request with "ok" and counts the requests it saw.
class HttpsServer : public QTcpServer
{
public:
    HttpsServer(const QString &certFile, const QString &keyFile)
    {
        m_certificate = QSslCertificate::fromPath(certFile).value(0);
        QFile key(keyFile);
        key.open(QIODevice::ReadOnly);
        m_key = QSslKey(&key, QSsl::Ec);
    }
    bool valid() const { return !m_certificate.isNull() && !m_key.isNull(); }
    int requests = 0;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        socket->setSocketDescriptor(descriptor);
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        socket->setPeerVerifyMode(QSslSocket::VerifyNone);
        connect(socket, &QSslSocket::readyRead, socket, [this, socket] {
            m_buffers[socket] += socket->readAll();
            if (!m_buffers[socket].contains("\r\n\r\n"))
                return;
            ++requests;
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
            socket->disconnectFromHost();
        });
        connect(socket, &QSslSocket::disconnected, socket, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        socket->startServerEncryption();
    }

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
    QHash<QSslSocket *, QByteArray> m_buffers;
};

// Answers as told, remembers what it was asked.
class TestHandler : public CertificateTrustHandler
{
public:
    enum class Answer { Trust, Reject };
    Answer answer = Answer::Reject;
    QList<CertificateTrustRequestPtr> asked;
    void decideTrust(const CertificateTrustRequestPtr &request) override
    {
        asked.append(request);
        if (answer == Answer::Trust)
            request->trust();
        else
            request->reject();
    }
};

// A database with pins, the trust on it, and a handler answering for the user.
struct TrustSetup {
    QTemporaryDir dir;
    Storage storage{dir.filePath(u"welkin.db"_s)};
    TlsTrust trust{storage.certificatePins()};
    TestHandler handler;
    TrustSetup()
    {
        storage.open();
        trust.setHandler(&handler);
    }
};

struct Result {
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QString refusal;
};

bool openssl(const QStringList &args, const QString &workDir)
{
    QProcess process;
    process.setWorkingDirectory(workDir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"openssl"_s, args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning("openssl %s failed: %s", qPrintable(args.join(u' ')), process.readAll().constData());
        return false;
    }
    return true;
}

const QStringList ecKey = {u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s};

// A self-signed certificate for 127.0.0.1: <name>.pem and <name>.key.
bool makeSelfSigned(const QString &dir, const QString &name)
{
    return openssl(QStringList{u"req"_s, u"-x509"_s} + ecKey
                       + QStringList{u"-keyout"_s, name + u".key"_s, u"-out"_s, name + u".pem"_s, u"-days"_s, u"2"_s,
                                     u"-subj"_s, u"/CN=127.0.0.1/O=Welkin test "_s + name, u"-addext"_s,
                                     u"subjectAltName=IP:127.0.0.1"_s},
                   dir);
}

// A CA (ca.pem) and a certificate for 127.0.0.1 it signed (leaf.pem, leaf.key).
bool makeCaSigned(const QString &dir)
{
    QFile ext(dir + u"/leaf.ext"_s);
    if (!ext.open(QIODevice::WriteOnly) || ext.write("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n") < 0)
        return false;
    ext.close();
    return openssl(QStringList{u"req"_s, u"-x509"_s} + ecKey
                       + QStringList{u"-keyout"_s, u"ca.key"_s, u"-out"_s, u"ca.pem"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                                     u"/CN=Welkin Test CA"_s},
                   dir)
           && openssl(QStringList{u"req"_s} + ecKey
                          + QStringList{u"-keyout"_s, u"leaf.key"_s, u"-out"_s, u"leaf.csr"_s, u"-subj"_s,
                                        u"/CN=127.0.0.1"_s},
                      dir)
           && openssl({u"x509"_s, u"-req"_s, u"-in"_s, u"leaf.csr"_s, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s, u"ca.key"_s,
                       u"-CAcreateserial"_s, u"-out"_s, u"leaf.pem"_s, u"-days"_s, u"2"_s, u"-extfile"_s, u"leaf.ext"_s},
                      dir);
}

// What `openssl x509 -fingerprint -sha256` says: an independent check of our fingerprint.
QString opensslFingerprint(const QString &certFile)
{
    QProcess process;
    process.start(u"openssl"_s, {u"x509"_s, u"-noout"_s, u"-fingerprint"_s, u"-sha256"_s, u"-in"_s, certFile});
    process.waitForFinished(30000);
    const QString output = QString::fromLatin1(process.readAllStandardOutput()).trimmed();
    return output.section(u'=', 1).toUpper();
}

// A CloudStack connection to a loopback HTTPS server, as the connection dialog makes it.
ConnectionProfile cloudStackProfile(quint16 port, const QString &caFile = {})
{
    ConnectionProfile profile;
    profile.kind = u"cloudstack"_s;
    profile.uri = u"cloudstack+https://127.0.0.1:%1/client/api"_s.arg(port);
    profile.id = profile.uri;
    profile.displayName = u"cloud on port %1"_s.arg(port);
    profile.options.insert(u"apiKey"_s, u"key"_s);
    profile.options.insert(u"secretKey"_s, u"secret"_s);
    if (!caFile.isEmpty())
        profile.options.insert(u"caFile"_s, caFile);
    return profile;
}

} // namespace

class TestTlsTrust : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    Result get(TlsTrust &trust, quint16 port, const QString &connectionId, const QString &caFile = {})
    {
        QNetworkAccessManager nam; // fresh: no reused connection hides a handshake
        QNetworkRequest request(QUrl(u"https://127.0.0.1:%1/v3"_s.arg(port)));
        QString error;
        if (!TlsTrust::configure(request, caFile, &error)) {
            qWarning("configure: %s", qPrintable(error));
            return Result{.error = QNetworkReply::UnknownNetworkError, .body = {}, .refusal = error};
        }
        QNetworkReply *reply = nam.get(request);
        trust.attach(reply, connectionId);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(20000))
            return Result{.error = QNetworkReply::TimeoutError, .body = {}, .refusal = u"timeout"_s};
        Result result{.error = reply->error(), .body = reply->readAll(), .refusal = TlsTrust::refusalReason(reply)};
        delete reply;
        QTest::qWait(0); // let queued decisions reach the handler
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QSslSocket::supportsSsl());
        QVERIFY(makeSelfSigned(m_dir.path(), u"first"_s));
        QVERIFY(makeSelfSigned(m_dir.path(), u"second"_s));
        QVERIFY(makeCaSigned(m_dir.path()));
    }

    void refusedByDefaultAcceptedAfterPinningRefusedAfterChange()
    {
        TrustSetup setup;
        QVERIFY(setup.storage.isOpen());
        Storage &storage = setup.storage;
        TlsTrust &trust = setup.trust;
        TestHandler &handler = setup.handler;
        QSignalSpy trusted(&trust, &TlsTrust::certificateTrusted);
        QSignalSpy refused(&trust, &TlsTrust::certificateRefused);

        HttpsServer first(path(u"first.pem"_s), path(u"first.key"_s));
        QVERIFY(first.valid());
        QVERIFY(first.listen(QHostAddress::LocalHost, 0));
        const quint16 port = first.serverPort();

        // 1. Refused by default: the user is asked and says no; nothing was sent to the server.
        Result result = get(trust, port, u"cloud-a"_s);
        QCOMPARE(result.error, QNetworkReply::SslHandshakeFailedError);
        QVERIFY2(result.refusal.contains(u"not trusted"_s), qPrintable(result.refusal));
        QTRY_COMPARE(handler.asked.size(), 1);
        const CertificateTrustRequestPtr question = handler.asked.first();
        QCOMPARE(question->connectionId(), u"cloud-a"_s);
        QVERIFY2(question->subject().contains(u"CN=127.0.0.1"_s), qPrintable(question->subject()));
        QVERIFY2(question->subject().contains(u"Welkin test first"_s), qPrintable(question->subject()));
        QCOMPARE(question->issuer(), question->subject()); // self-signed
        QCOMPARE(question->sha256Fingerprint(), opensslFingerprint(path(u"first.pem"_s)));
        QVERIFY(question->validFrom() <= QDateTime::currentDateTime());
        QVERIFY(question->validUntil() > QDateTime::currentDateTime().addDays(1));
        QVERIFY(!question->errorTexts().isEmpty());
        QVERIFY(!storage.certificatePins()->pin(u"cloud-a"_s));
        QCOMPARE(first.requests, 0);

        // 2. The user trusts it: pinned, and the retry goes through.
        handler.answer = TestHandler::Answer::Trust;
        result = get(trust, port, u"cloud-a"_s);
        QCOMPARE(result.error, QNetworkReply::SslHandshakeFailedError);
        QTRY_COMPARE(trusted.size(), 1);
        QCOMPARE(trusted.first().first().toString(), u"cloud-a"_s);
        QVERIFY(storage.certificatePins()->pin(u"cloud-a"_s));
        result = get(trust, port, u"cloud-a"_s);
        QCOMPARE(result.error, QNetworkReply::NoError);
        QCOMPARE(result.body, QByteArray("ok"));
        QCOMPARE(first.requests, 1);
        QCOMPARE(handler.asked.size(), 2);
        // The pin is per connection: another connection to the same server is still asked.
        handler.answer = TestHandler::Answer::Reject;
        result = get(trust, port, u"cloud-b"_s);
        QCOMPARE(result.error, QNetworkReply::SslHandshakeFailedError);
        QTRY_COMPARE(handler.asked.size(), 3);

        // 3. Same host and port, a new certificate: refused loudly, the user is not asked.
        first.close();
        HttpsServer second(path(u"second.pem"_s), path(u"second.key"_s));
        QVERIFY(second.listen(QHostAddress::LocalHost, port));
        result = get(trust, port, u"cloud-a"_s);
        QCOMPARE(result.error, QNetworkReply::SslHandshakeFailedError);
        QVERIFY2(result.refusal.contains(u"REFUSED"_s), qPrintable(result.refusal));
        QVERIFY2(result.refusal.contains(opensslFingerprint(path(u"first.pem"_s))), qPrintable(result.refusal));
        QVERIFY2(result.refusal.contains(opensslFingerprint(path(u"second.pem"_s))), qPrintable(result.refusal));
        QTRY_COMPARE(refused.size(), 1);
        QCOMPARE(refused.first().at(1).toString(), result.refusal);
        QCOMPARE(handler.asked.size(), 3);
        QCOMPARE(second.requests, 0);

        // The pin survives a restart.
        storage.flush();
        Storage reopened(setup.dir.filePath(u"welkin.db"_s));
        QVERIFY(reopened.open());
        const auto pin = reopened.certificatePins()->pin(u"cloud-a"_s);
        QVERIFY(pin);
        QCOMPARE(CertificatePinStore::formatFingerprint(pin->sha256), opensslFingerprint(path(u"first.pem"_s)));
    }

    void pinnedCertificateIsAcceptedWithoutAsking()
    {
        TlsTrust trustNoStore(nullptr);
        HttpsServer server(path(u"first.pem"_s), path(u"first.key"_s));
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        // No pin store, no handler: plain verification refuses the self-signed certificate.
        Result result = get(trustNoStore, server.serverPort(), u"x"_s);
        QCOMPARE(result.error, QNetworkReply::SslHandshakeFailedError);

        TrustSetup setup;
        setup.storage.certificatePins()->setPin(u"x"_s, QSslCertificate::fromPath(path(u"first.pem"_s)).value(0));
        result = get(setup.trust, server.serverPort(), u"x"_s);
        QCOMPARE(result.error, QNetworkReply::NoError);
        QCOMPARE(result.body, QByteArray("ok"));
        QVERIFY(setup.handler.asked.isEmpty());
    }

    void customCaFile()
    {
        TrustSetup setup;
        QVERIFY(setup.storage.isOpen());
        Storage &storage = setup.storage;
        TlsTrust &trust = setup.trust;
        TestHandler &handler = setup.handler;
        HttpsServer server(path(u"leaf.pem"_s), path(u"leaf.key"_s));
        QVERIFY(server.valid());
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        // Without the CA: not trusted.
        Result result = get(trust, server.serverPort(), u"private"_s);
        QCOMPARE(result.error, QNetworkReply::SslHandshakeFailedError);
        QTRY_COMPARE(handler.asked.size(), 1);
        QCOMPARE(handler.asked.first()->issuer(), u"CN=Welkin Test CA"_s);

        // With the connection's CA file: verifies, nobody is asked, nothing pinned.
        ConnectionProfile profile;
        profile.id = u"private"_s;
        profile.options.insert(u"caFile"_s, path(u"ca.pem"_s));
        result = get(trust, server.serverPort(), u"private"_s, profile.options.value(u"caFile"_s).toString());
        QCOMPARE(result.error, QNetworkReply::NoError);
        QCOMPARE(result.body, QByteArray("ok"));
        QCOMPARE(handler.asked.size(), 1);
        QVERIFY(!storage.certificatePins()->pin(u"private"_s));
        QNetworkRequest request;
        QString error;
        QVERIFY(TlsTrust::configure(request, profile, &error));
        QVERIFY(request.sslConfiguration().caCertificates().contains(QSslCertificate::fromPath(path(u"ca.pem"_s)).value(0)));

        // A missing or empty CA file is a clear error before anything is sent.
        QVERIFY(!TlsTrust::configure(request, path(u"missing.pem"_s), &error));
        QVERIFY2(error.contains(u"missing.pem"_s), qPrintable(error));
        QVERIFY(!TlsTrust::configure(request, path(u"leaf.ext"_s), &error));
        QVERIFY2(error.contains(u"no certificate"_s), qPrintable(error));
    }

    void testedCloudsKeepTheirOwnPins()
    {
        TrustSetup setup;
        TlsTrust::setGlobal(&setup.trust);
        const auto unset = qScopeGuard([] { TlsTrust::setGlobal(nullptr); });
        setup.handler.answer = TestHandler::Answer::Trust;
        QSignalSpy refused(&setup.trust, &TlsTrust::certificateRefused);
        HttpsServer serverA(path(u"first.pem"_s), path(u"first.key"_s));
        HttpsServer serverB(path(u"second.pem"_s), path(u"second.key"_s));
        QVERIFY(serverA.listen(QHostAddress::LocalHost, 0));
        QVERIFY(serverB.listen(QHostAddress::LocalHost, 0));
        const ConnectionProfile cloudA = cloudStackProfile(serverA.serverPort());
        const ConnectionProfile cloudB = cloudStackProfile(serverB.serverPort());
        CertificatePinStore *pins = setup.storage.certificatePins();

        // Testing A and trusting its certificate pins it under A's own id.
        ConnectionTester tester;
        tester.setTimeout(20000);
        tester.start(cloudA);
        QTRY_COMPARE_WITH_TIMEOUT(setup.handler.asked.size(), 1, 20000);
        QCOMPARE(setup.handler.asked.at(0)->connectionId(), cloudA.id);
        QTRY_VERIFY_WITH_TIMEOUT(!tester.isRunning(), 20000);
        const auto pinA = pins->pin(cloudA.id);
        QVERIFY(pinA);
        QCOMPARE(CertificatePinStore::formatFingerprint(pinA->sha256), opensslFingerprint(path(u"first.pem"_s)));
        QVERIFY(!pins->pin(ConnectionTester::testConnectionId()));

        // Testing B afterwards asks about B's certificate: A's pin does not apply to it.
        tester.start(cloudB);
        QTRY_COMPARE_WITH_TIMEOUT(setup.handler.asked.size(), 2, 20000);
        QCOMPARE(setup.handler.asked.at(1)->connectionId(), cloudB.id);
        QCOMPARE(setup.handler.asked.at(1)->sha256Fingerprint(), opensslFingerprint(path(u"second.pem"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(!tester.isRunning(), 20000);
        QCOMPARE(refused.size(), 0);
        const auto pinB = pins->pin(cloudB.id);
        QVERIFY(pinB);
        QCOMPARE(CertificatePinStore::formatFingerprint(pinB->sha256), opensslFingerprint(path(u"second.pem"_s)));
        QCOMPARE(pins->pin(cloudA.id)->sha256, pinA->sha256);

        // The saved connection A (same id) then goes through without asking again.
        const int requestsBefore = serverA.requests;
        const Result result = get(setup.trust, serverA.serverPort(), cloudA.id);
        QCOMPARE(result.error, QNetworkReply::NoError);
        QCOMPARE(setup.handler.asked.size(), 2);
        QCOMPARE(serverA.requests, requestsBefore + 1);
    }

    void unreadableCaFileIsNamed()
    {
        QNetworkRequest request;
        QString error;
        const QString missing = path(u"missing-ca.pem"_s);
        QVERIFY(!TlsTrust::configure(request, missing, &error));
        QCOMPARE(error, u"Cannot read the CA file %1: No such file or directory."_s.arg(missing));
        QVERIFY(!TlsTrust::configure(request, m_dir.path(), &error));
        QCOMPARE(error, u"Cannot read the CA file %1: it is a directory."_s.arg(m_dir.path()));
        if (::geteuid() != 0) { // root reads any file: mode 000 only stops other users
            const QString locked = path(u"locked-ca.pem"_s);
            QVERIFY(QFile::copy(path(u"ca.pem"_s), locked));
            QVERIFY(QFile::setPermissions(locked, QFileDevice::Permissions()));
            QVERIFY(!TlsTrust::configure(request, locked, &error));
            QCOMPARE(error, u"Cannot read the CA file %1: Permission denied."_s.arg(locked));
        }

        // Through "Test connection": the CA file's problem, not an untrusted certificate.
        TrustSetup setup;
        TlsTrust::setGlobal(&setup.trust);
        const auto unset = qScopeGuard([] { TlsTrust::setGlobal(nullptr); });
        setup.handler.answer = TestHandler::Answer::Trust;
        HttpsServer server(path(u"leaf.pem"_s), path(u"leaf.key"_s));
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        ConnectionTester tester;
        tester.setTimeout(20000);
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.start(cloudStackProfile(server.serverPort(), missing));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.first().at(0).toBool(), false);
        const QString message = finished.first().at(1).toString();
        qInfo("test result: %s", qPrintable(message));
        QVERIFY2(message.contains(u"Cannot read the CA file %1: No such file or directory"_s.arg(missing)),
                 qPrintable(message));
        QVERIFY2(!message.contains(u"retrying"_s, Qt::CaseInsensitive), qPrintable(message)); // the test stops
        QVERIFY(setup.handler.asked.isEmpty());
        QCOMPARE(server.requests, 0);
    }
};

QTEST_GUILESS_MAIN(TestTlsTrust)
#include "tst_tlstrust.moc"
