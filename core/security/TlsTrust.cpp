#include "TlsTrust.h"

#include "providers/ConnectionProfile.h"
#include "storage/CertificatePinStore.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>

namespace welkin {

Q_LOGGING_CATEGORY(lcTls, "welkin.tls")

using namespace Qt::StringLiterals;

namespace {

constexpr char refusalProperty[] = "welkinTlsRefusal";
TlsTrust *globalTrust = nullptr;

struct CaFileEntry {
    QDateTime modified;
    QList<QSslCertificate> certificates;
};

// CA files are read once per change, not once per request; providers may call from any thread.
QList<QSslCertificate> loadCaFile(const QString &path, QString *error)
{
    static QMutex mutex;
    static QHash<QString, CaFileEntry> cache;
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = TlsTrust::tr("Cannot read the CA file %1: it is a directory.").arg(path);
        return {};
    }
    if (!info.isReadable()) {
        QFile file(path);
        const bool opened = file.open(QIODevice::ReadOnly); // only for the system's reason
        *error = TlsTrust::tr("Cannot read the CA file %1: %2.")
                     .arg(path, opened ? TlsTrust::tr("permission denied") : file.errorString());
        return {};
    }
    QMutexLocker lock(&mutex);
    auto it = cache.find(path);
    if (it == cache.end() || it->modified != info.lastModified()) {
        QList<QSslCertificate> certificates = QSslCertificate::fromPath(path, QSsl::Pem);
        if (certificates.isEmpty())
            certificates = QSslCertificate::fromPath(path, QSsl::Der);
        it = cache.insert(path, CaFileEntry{.modified = info.lastModified(), .certificates = certificates});
    }
    if (it->certificates.isEmpty())
        *error = TlsTrust::tr("The CA file %1 holds no certificate (PEM or DER expected).").arg(path);
    return it->certificates;
}

QSslCertificate peerCertificate(const QNetworkReply *reply, const QList<QSslError> &errors)
{
    QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    for (const QSslError &error : errors) {
        if (!peer.isNull())
            break;
        peer = error.certificate();
    }
    return peer;
}

QString hostOf(const QNetworkReply *reply) { return reply->url().host(); }

} // namespace

TlsTrust::TlsTrust(CertificatePinStore *pins, QObject *parent) : QObject(parent), m_pins(pins) {}

TlsTrust::~TlsTrust()
{
    if (globalTrust == this)
        globalTrust = nullptr;
}

TlsTrust *TlsTrust::global() { return globalTrust; }

void TlsTrust::setGlobal(TlsTrust *trust) { globalTrust = trust; }

bool TlsTrust::configure(QNetworkRequest &request, const ConnectionProfile &profile, QString *error)
{
    return configure(request, profile.options.value(u"caFile"_s).toString(), error);
}

bool TlsTrust::configure(QNetworkRequest &request, const QString &caFile, QString *error)
{
    QSslConfiguration config = request.sslConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!caFile.isEmpty()) {
        QString failure;
        const QList<QSslCertificate> own = loadCaFile(caFile, &failure);
        if (!failure.isEmpty()) {
            if (error)
                *error = failure;
            return false;
        }
        // Adding CAs ends the on-demand loading of the system ones: keep them explicitly.
        static const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
        config.setCaCertificates(system + own);
    }
    request.setSslConfiguration(config);
    return true;
}

QString TlsTrust::refusalReason(const QNetworkReply *reply)
{
    return reply ? reply->property(refusalProperty).toString() : QString();
}

void TlsTrust::attach(QNetworkReply *reply, const QString &connectionId)
{
    // Runs on the reply's thread, inside the handshake: ignoring must happen here or never.
    connect(reply, &QNetworkReply::sslErrors, reply, [this, reply, connectionId](const QList<QSslError> &errors) {
        const QSslCertificate peer = peerCertificate(reply, errors);
        const std::optional<CertificatePin> pin = m_pins ? m_pins->pin(connectionId) : std::nullopt;
        if (pin && !peer.isNull() && pin->sha256 == CertificatePinStore::fingerprint(peer)) {
            reply->ignoreSslErrors(errors);
            return;
        }
        if (pin) {
            const QString message = mismatchMessage(connectionId, pin->sha256, peer);
            reply->setProperty(refusalProperty, message);
            qCWarning(lcTls).noquote() << message;
            QMetaObject::invokeMethod(
                this, [this, connectionId, message] { Q_EMIT certificateRefused(connectionId, message); },
                Qt::QueuedConnection);
            return;
        }
        QStringList reasons;
        for (const QSslError &error : errors)
            reasons.append(error.errorString());
        reasons.removeDuplicates();
        reply->setProperty(refusalProperty,
                           tr("The certificate of %1 is not trusted (%2). SHA-256 fingerprint %3.")
                               .arg(hostOf(reply), reasons.join(u"; "_s),
                                    CertificatePinStore::formatFingerprint(CertificatePinStore::fingerprint(peer))));
        QMetaObject::invokeMethod(
            this, [this, connectionId, peer, errors] { ask(connectionId, peer, errors); }, Qt::QueuedConnection);
    });
    checkPinnedOnSuccess(reply, connectionId);
}

// A certificate that verifies (public or custom CA) still has to match an existing pin. The
// signal is delivered before any request data is sent, so aborting here sends nothing.
void TlsTrust::checkPinnedOnSuccess(QNetworkReply *reply, const QString &connectionId)
{
    connect(reply, &QNetworkReply::encrypted, reply, [this, reply, connectionId] {
        const std::optional<CertificatePin> pin = m_pins ? m_pins->pin(connectionId) : std::nullopt;
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        if (!pin || peer.isNull() || pin->sha256 == CertificatePinStore::fingerprint(peer))
            return;
        const QString message = mismatchMessage(connectionId, pin->sha256, peer);
        reply->setProperty(refusalProperty, message);
        qCWarning(lcTls).noquote() << message;
        reply->abort();
        QMetaObject::invokeMethod(
            this, [this, connectionId, message] { Q_EMIT certificateRefused(connectionId, message); },
            Qt::QueuedConnection);
    });
}

QString TlsTrust::mismatchMessage(const QString &connectionId, const QByteArray &pinned,
                                  const QSslCertificate &seen) const
{
    return tr("REFUSED: the server of connection %1 presented a different certificate than the one you "
              "trusted. Trusted SHA-256: %2. Presented SHA-256: %3 (subject %4, issuer %5). This can mean "
              "someone is intercepting the connection. If the server's certificate was replaced on "
              "purpose, remove the trusted certificate of this connection and connect again.")
        .arg(connectionId, CertificatePinStore::formatFingerprint(pinned),
             CertificatePinStore::formatFingerprint(CertificatePinStore::fingerprint(seen)),
             seen.subjectDisplayName(), seen.issuerDisplayName());
}

void TlsTrust::ask(const QString &connectionId, const QSslCertificate &certificate, const QList<QSslError> &errors)
{
    if (!m_handler || certificate.isNull() || m_asking.contains(connectionId))
        return;
    m_asking.insert(connectionId);
    auto answer = [self = QPointer<TlsTrust>(this), connectionId, certificate](bool trusted) {
        if (!self)
            return;
        self->m_asking.remove(connectionId);
        if (!trusted) {
            Q_EMIT self->certificateRejected(connectionId);
            return;
        }
        if (self->m_pins)
            self->m_pins->setPin(connectionId, certificate);
        Q_EMIT self->certificateTrusted(connectionId);
    };
    m_handler->decideTrust(std::make_shared<CertificateTrustRequest>(connectionId, certificate, errors, answer));
}

} // namespace welkin
