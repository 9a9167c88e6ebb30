// qemu+tls:// through Welkin's provider, against a private libvirtd listening with TLS (fixture
// libvirtd_tls, tests/integration/tls.cmake and tests/scripts/libvirt-tls-up.sh). The client
// credentials come from libvirt's `pkipath` URI parameter: a directory with cacert.pem,
// clientcert.pem and clientkey.pem. A valid client certificate connects and lists the host's
// guest "welkin-tls" (defined, shut off), with the URI the Add Connection dialog's TLS fields
// build (host, port, certificate directory). Every broken certificate ends the attempt with a status
// that carries libvirt's own reason, word for word, in the provider's status and in the
// connection's row of the tree, never a generic "could not connect".
#include "connections/LibvirtConnectionPage.h"
#include "inventory/Inventory.h"
#include "inventory/InventoryModel.h"
#include "metrics/LiveSamples.h"
#include "providers/ProviderManager.h"
#include "providers/libvirt/LibvirtEventLoop.h"
#include "providers/libvirt/LibvirtProvider.h"

#include <QFile>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTest>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <memory>

using namespace Qt::StringLiterals;
using namespace welkin;

namespace {

const QString guestName = u"welkin-tls"_s;
const QString guestUuid = u"c0ffee00-7e57-4d1e-9a11-000000000715"_s; // libvirt-tls-up.sh
constexpr int attemptTimeoutMs = 30000;

// How one open attempt ended, as the user meets it.
struct Outcome {
    bool ended = false;
    ProviderStatus status; // the first Connected, Unreachable or AuthFailed status
    QString rowText;       // the connection's row in the tree at that moment (state column)
};

} // namespace

class TstLibvirtTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void connectsAndListsTheHostsGuests();
    void caFileOfAnotherCaIsNamed();
    void serverOfAnotherCaIsRefused();
    void expiredClientCertificateIsNamed();
    void serverNameNotInCertificateIsRefused();
    void cleanupTestCase();

private:
    QString uri(const QString &host, const QString &clientDir) const;
    // Adds a connection through the ProviderManager and waits for its first attempt to end.
    Outcome open(const QString &id, const QString &uri);
    // What libvirt itself says when it opens `uri` (empty when the open succeeds).
    static QString libvirtOwnReason(const QString &uri);
    // A failure case: the attempt fails, and the status and the row carry libvirt's reason,
    // which must contain `phrase` (its wording on Debian 12, libvirt 9.0).
    void expectLibvirtReason(const QString &id, const QString &uri, const QString &phrase);

    QString m_state;
    QString m_pki;
    int m_port = 0;
    Inventory m_inventory;
    LiveSamples m_samples;
    std::unique_ptr<InventoryModel> m_model;
    std::unique_ptr<ProviderManager> m_manager;
};

void TstLibvirtTls::initTestCase()
{
    m_state = qEnvironmentVariable("WELKIN_TLS_STATE");
    QVERIFY2(!m_state.isEmpty(), "WELKIN_TLS_STATE is not set: run this test through ctest (fixture libvirtd_tls)");
    QFile portFile(m_state + u"/tls-port"_s);
    QVERIFY2(portFile.open(QIODevice::ReadOnly),
             qPrintable(u"%1 is missing: the TLS fixture did not start (see the libvirtd_tls_start test and "
                        "%2/libvirtd.log)"_s.arg(portFile.fileName(), m_state)));
    bool ok = false;
    m_port = QString::fromLatin1(portFile.readAll()).trimmed().toInt(&ok);
    QVERIFY2(ok && m_port > 0, "bad tls-port file");
    m_pki = m_state + u"/pki"_s;
    for (const QString &dir : {u"client"_s, u"client-wrongca"_s, u"client-otherca"_s, u"client-expired"_s}) {
        for (const QString &file : {u"cacert.pem"_s, u"clientcert.pem"_s, u"clientkey.pem"_s})
            QVERIFY2(QFile::exists(m_pki + u'/' + dir + u'/' + file), qPrintable(dir + u'/' + file + u" is missing"_s));
    }

    // Welkin's event loop before any libvirt call of this process (libvirtOwnReason opens too).
    libvirt::LibvirtEventLoop::ensureRegistered();
    m_model = std::make_unique<InventoryModel>(&m_inventory, &m_samples);
    m_manager = std::make_unique<ProviderManager>(&m_inventory, &m_samples);
    registerBuiltinProviders(*m_manager);
}

QString TstLibvirtTls::uri(const QString &host, const QString &clientDir) const
{
    return u"qemu+tls://%1:%2/system?pkipath=%3/%4"_s.arg(host).arg(m_port).arg(m_pki, clientDir);
}

Outcome TstLibvirtTls::open(const QString &id, const QString &connectionUri)
{
    ConnectionProfile profile;
    profile.id = id;
    profile.kind = u"libvirt"_s;
    profile.displayName = id;
    profile.uri = connectionUri;
    profile.options = {{u"autoConnect"_s, false}, {u"statsIntervalMs"_s, 0}, {u"reconcileIntervalMs"_s, 0}};
    Provider *provider = m_manager->addConnection(profile);
    if (!provider)
        return {};

    // The first status that ends the attempt; a failed one is followed by retries, so keep it.
    auto outcome = std::make_shared<Outcome>();
    connect(provider, &Provider::stateChanged, this, [this, outcome, id](const ProviderStatus &status) {
        if (outcome->ended || status.state == ProviderState::Connecting)
            return;
        outcome->ended = true;
        outcome->status = status;
        outcome->rowText = m_model->data(m_model->indexOf(ResourceId::provider(id), InventoryModel::StateColumn)).toString();
    });
    provider->open();
    if (!QTest::qWaitFor([&] { return outcome->ended; }, attemptTimeoutMs))
        qWarning("%s: the first attempt did not end within %d ms", qPrintable(id), attemptTimeoutMs);
    return *outcome;
}

QString TstLibvirtTls::libvirtOwnReason(const QString &connectionUri)
{
    virConnectPtr conn = virConnectOpen(connectionUri.toUtf8().constData());
    if (conn) {
        virConnectClose(conn);
        return {};
    }
    return QString::fromUtf8(virGetLastErrorMessage()).trimmed();
}

void TstLibvirtTls::expectLibvirtReason(const QString &id, const QString &connectionUri, const QString &phrase)
{
    const QString reason = libvirtOwnReason(connectionUri);
    QVERIFY2(!reason.isEmpty(), qPrintable(connectionUri + u" opened: the fixture's certificates are wrong"_s));
    qInfo("libvirt says: %s", qPrintable(reason));
    QVERIFY2(reason.contains(phrase), qPrintable(u"libvirt's reason changed: \"%1\" lacks \"%2\""_s.arg(reason, phrase)));

    const Outcome outcome = open(id, connectionUri);
    QVERIFY2(outcome.ended, qPrintable(u"%1: no end of the first attempt within %2 ms"_s.arg(id).arg(attemptTimeoutMs)));
    qInfo("status: %s: %s", qPrintable(providerStateName(outcome.status.state)), qPrintable(outcome.status.detail));
    qInfo("tree row: %s", qPrintable(outcome.rowText));
    QVERIFY2(outcome.status.state == ProviderState::Unreachable || outcome.status.state == ProviderState::AuthFailed,
             qPrintable(providerStateName(outcome.status.state)));
    // libvirt's words, without its "authentication failed: " when the state already says so.
    const QString said = outcome.status.state == ProviderState::AuthFailed
        ? QString(reason).remove(QRegularExpression(u"^authentication failed: "_s, QRegularExpression::CaseInsensitiveOption))
        : reason;
    QVERIFY2(outcome.status.detail.contains(said), qPrintable(outcome.status.detail + u" / "_s + said));
    QVERIFY2(outcome.rowText.contains(said), qPrintable(outcome.rowText + u" / "_s + said));
    QVERIFY2(!outcome.rowText.contains(u"authentication failed: authentication failed"_s, Qt::CaseInsensitive),
             qPrintable(outcome.rowText));
    m_manager->removeConnection(id);
}

void TstLibvirtTls::connectsAndListsTheHostsGuests()
{
    const QString id = u"tls-valid"_s;
    const QString clientDir = m_pki + u"/client"_s;
    // The URI as the Add Connection dialog builds it from its TLS fields, and back.
    LibvirtConnectionPage page;
    page.setMode(LibvirtConnectionPage::Mode::Tls);
    page.hostEdit()->setText(u"127.0.0.1"_s);
    page.portSpin()->setValue(m_port);
    page.certificateDirEdit()->setText(u"relative/dir"_s);
    QVERIFY2(page.validationError().contains(u"absolute path"_s), qPrintable(page.validationError()));
    page.certificateDirEdit()->setText(clientDir);
    QVERIFY2(page.validationError().isEmpty(), qPrintable(page.validationError()));
    const QString pageUri = page.profile().uri;
    QCOMPARE(pageUri, uri(u"127.0.0.1"_s, u"client"_s));
    LibvirtConnectionPage edit;
    QVERIFY(edit.setProfile(page.profile()));
    QCOMPARE(edit.mode(), LibvirtConnectionPage::Mode::Tls);
    QCOMPARE(edit.certificateDirEdit()->text(), clientDir);
    QCOMPARE(edit.uri(), pageUri);

    const Outcome outcome = open(id, pageUri);
    QVERIFY2(outcome.ended, "no end of the first attempt");
    QVERIFY2(outcome.status.state == ProviderState::Connected,
             qPrintable(providerStateName(outcome.status.state) + u": "_s + outcome.status.detail));
    auto *provider = qobject_cast<LibvirtProvider *>(m_manager->provider(id));
    QVERIFY(provider);

    const ResourceId vmId(id, ResourceKind::Vm, guestUuid);
    QTRY_VERIFY_WITH_TIMEOUT(m_inventory.node(vmId) != nullptr, attemptTimeoutMs);
    const Resource &vm = m_inventory.node(vmId)->resource();
    QCOMPARE(vm.name, guestName);
    QVERIFY(vm.vm());
    QCOMPARE(powerStateName(vm.vm()->state), powerStateName(PowerState::ShutOff));
    QCOMPARE(vm.parent.toString(), ResourceId(id, ResourceKind::Host, u"host"_s).toString());
    QVERIFY(provider->hostInfo().has_value());
    QVERIFY2(!provider->hostInfo()->hostname.isEmpty(), "no host name over TLS");
    QCOMPARE(m_model->data(m_model->indexOf(ResourceId::provider(id), InventoryModel::StateColumn)).toString(),
             providerStateDisplayName(ProviderState::Connected));
    m_manager->removeConnection(id);
}

void TstLibvirtTls::caFileOfAnotherCaIsNamed()
{
    // cacert.pem is another CA's: libvirt checks its own certificate against it before connecting.
    expectLibvirtReason(u"tls-wrong-ca"_s, uri(u"127.0.0.1"_s, u"client-wrongca"_s), m_pki + u"/client-wrongca/cacert.pem"_s);
}

void TstLibvirtTls::serverOfAnotherCaIsRefused()
{
    // A consistent client of another CA: the server's certificate is not trusted.
    expectLibvirtReason(u"tls-other-ca"_s, uri(u"127.0.0.1"_s, u"client-otherca"_s), u"certificate"_s);
}

void TstLibvirtTls::expiredClientCertificateIsNamed()
{
    expectLibvirtReason(u"tls-expired"_s, uri(u"127.0.0.1"_s, u"client-expired"_s), u"expired"_s);
}

void TstLibvirtTls::serverNameNotInCertificateIsRefused()
{
    // 127.0.0.2 reaches the daemon (it listens on every address) but is not in its certificate.
    expectLibvirtReason(u"tls-name"_s, uri(u"127.0.0.2"_s, u"client"_s), u"certificate"_s);
}

void TstLibvirtTls::cleanupTestCase()
{
    if (m_manager)
        m_manager->closeAll();
    m_manager.reset();
    // Closed workers end when their current libvirt call returns: at once on a healthy host.
    QTRY_COMPARE_WITH_TIMEOUT(LibvirtProvider::runningWorkers(), 0, 10000);
}

QTEST_MAIN(TstLibvirtTls)
#include "tst_libvirt_tls.moc"
