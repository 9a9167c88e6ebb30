#include "LibvirtSession.h"

#include "LibvirtEventLoop.h"
#include "LibvirtNames.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QTimer>

#include <libvirt/libvirt.h>

namespace welkin::libvirt {

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcLibvirt)

// What the close callback (which may run on any thread) uses to reach the session. The session
// clears `target` in its destructor.
struct LibvirtSession::CloseCallbackContext {
    QMutex mutex;
    LibvirtSession *target = nullptr;
};

// The close callback's opaque pointer: which session, and for which connection.
struct LibvirtSession::CloseCallbackOpaque {
    std::shared_ptr<CloseCallbackContext> context;
    quint64 generation = 0;
};

LibvirtSession::LibvirtSession(ConnectionProfile profile, Settings settings, QObject *parent)
    : QObject(parent), m_profile(std::move(profile)), m_settings(settings),
      m_prompter(m_profile.displayName.isEmpty() ? m_profile.uri : m_profile.displayName, m_profile.uri,
                 m_settings.authTimeoutMs,
                 [this](const CredentialRequestPtr &request) { Q_EMIT credentialsNeeded(request); }),
      m_retryTimer(new QTimer(this)), m_closeContext(std::make_shared<CloseCallbackContext>())
{
    m_closeContext->target = this;
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &LibvirtSession::retryDue);
}

LibvirtSession::~LibvirtSession()
{
    {
        QMutexLocker lock(&m_closeContext->mutex);
        m_closeContext->target = nullptr;
    }
    close();
}

void LibvirtSession::setStatus(ProviderState state, const QString &detail)
{
    Q_EMIT statusChanged(ProviderStatus{state, detail});
}

bool LibvirtSession::open()
{
    if (m_conn || m_shuttingDown)
        return false;
    m_retryTimer->stop();
    LibvirtEventLoop::ensureRegistered();
    setStatus(ProviderState::Connecting, m_everConnected ? u"Reconnecting"_s : QString());

    QElapsedTimer clock;
    clock.start();
    virConnectPtr conn = m_prompter.open();
    if (!conn) {
        const LibvirtError error = lastError();
        if (m_shuttingDown || m_prompter.isAborted())
            return false;
        const CredentialPrompter::Outcome prompted = m_prompter.outcome();
        if (error.isAuthFailure() || prompted != CredentialPrompter::Outcome::None) {
            QString detail;
            switch (prompted) {
            case CredentialPrompter::Outcome::Cancelled: detail = u"Authentication cancelled"_s; break;
            case CredentialPrompter::Outcome::TimedOut:
                detail = u"Authentication failed: no credentials were given within %1 s"_s.arg(
                    m_prompter.timeoutMs() / 1000);
                break;
            default: {
                // The state already says "Authentication failed"; libvirt's text starts with it too.
                static const QString prefix = u"authentication failed: "_s;
                detail = error.message.startsWith(prefix, Qt::CaseInsensitive) ? error.message.mid(prefix.size())
                                                                               : error.message;
                if (detail.isEmpty())
                    detail = u"Authentication failed"_s;
                break;
            }
            }
            // No automatic retry: the user has to act (new password, open again).
            setStatus(ProviderState::AuthFailed, detail);
            Q_EMIT eventOccurred(ProviderEvent::Severity::Error,
                                 u"Could not connect to %1: %2"_s.arg(m_profile.uri, detail), {});
            return false;
        }
        qCInfo(lcLibvirt) << "open" << m_profile.uri << "failed after" << clock.elapsed() << "ms:" << error.message;
        scheduleRetry(error.message.isEmpty() ? u"Could not connect"_s : error.message);
        return false;
    }
    qCDebug(lcLibvirt) << "opened" << m_profile.uri << "in" << clock.elapsed() << "ms";
    m_conn = conn;
    ++m_generation;
    m_backoffSeconds = 0;
    m_reconnected = m_everConnected;
    m_everConnected = true;

    // The test driver answers "not supported": keepalive is then simply off.
    if (m_settings.keepaliveInterval > 0
        && virConnectSetKeepAlive(m_conn, m_settings.keepaliveInterval,
                                  static_cast<unsigned int>(m_settings.keepaliveCount)) < 0)
        qCDebug(lcLibvirt) << "keepalive not available on" << m_profile.uri << ":" << lastError().message;
    registerCloseCallback();
    return true;
}

void LibvirtSession::announceConnected()
{
    setStatus(ProviderState::Connected);
    Q_EMIT eventOccurred(ProviderEvent::Severity::Info,
                         m_reconnected ? u"Connection to %1 restored"_s.arg(m_profile.uri)
                                       : u"Connected to %1"_s.arg(m_profile.uri),
                         {});
}

void LibvirtSession::registerCloseCallback()
{
    m_closeOpaque.reset(new CloseCallbackOpaque{m_closeContext, m_generation});
    if (virConnectRegisterCloseCallback(m_conn, &LibvirtSession::closeCallback, m_closeOpaque.get(), nullptr) == 0)
        m_closeCallbackRegistered = true;
    else
        qCDebug(lcLibvirt) << "no close callback on" << m_profile.uri << ":" << lastError().message;
}

void LibvirtSession::closeCallback(virConnectPtr, int reason, void *opaque)
{
    // May run on any thread, even on our worker while it is blocked in an RPC: post only.
    const auto *o = static_cast<CloseCallbackOpaque *>(opaque);
    const quint64 generation = o->generation;
    CloseCallbackContext *context = o->context.get();
    QMutexLocker lock(&context->mutex);
    if (LibvirtSession *target = context->target) {
        QMetaObject::invokeMethod(target, [target, generation, reason] {
            target->onClosedByLibvirt(generation, reason);
        }, Qt::QueuedConnection);
    }
}

void LibvirtSession::onClosedByLibvirt(quint64 generation, int reason)
{
    if (generation != m_generation || !m_conn)
        return;
    handleLost(closeReasonText(reason));
}

bool LibvirtSession::checkLost(const LibvirtError &error)
{
    if (!m_conn)
        return true;
    if (!connectionLost(m_conn, error))
        return false;
    handleLost(error.message.isEmpty() ? u"connection lost"_s : error.message);
    return true;
}

void LibvirtSession::handleLost(const QString &reason)
{
    if (!m_conn)
        return;
    qCInfo(lcLibvirt) << m_profile.uri << "lost:" << reason;
    Q_EMIT eventOccurred(ProviderEvent::Severity::Warning,
                         u"Connection to %1 lost: %2"_s.arg(m_profile.uri, reason), {});
    close();
    scheduleRetry(reason);
}

void LibvirtSession::scheduleRetry(const QString &reason)
{
    if (m_shuttingDown)
        return;
    m_backoffSeconds = m_backoffSeconds == 0 ? 1 : std::min(m_backoffSeconds * 2, 60);
    QString detail = reason;
    if (!detail.isEmpty() && !detail.endsWith(u'.'))
        detail += u'.';
    detail += (detail.isEmpty() ? QString() : u" "_s) + u"Retrying in %1 s"_s.arg(m_backoffSeconds);
    setStatus(ProviderState::Unreachable, detail);
    m_retryTimer->start(m_backoffSeconds * 1000);
}

void LibvirtSession::close()
{
    if (!m_conn)
        return;
    ++m_generation; // whatever the old close callback still posts is ignored
    Q_EMIT closing();
    // Deregistration and close stay on this thread, one at a time (libvirt commit 720bee30).
    if (m_closeCallbackRegistered)
        virConnectUnregisterCloseCallback(m_conn, &LibvirtSession::closeCallback);
    m_closeCallbackRegistered = false;
    m_closeOpaque.reset();
    virConnectClose(m_conn);
    m_conn = nullptr;
}

void LibvirtSession::shutdown()
{
    m_shuttingDown = true;
    m_retryTimer->stop();
    close();
}

} // namespace welkin::libvirt
