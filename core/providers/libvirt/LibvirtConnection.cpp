#include "LibvirtConnection.h"

#include "LibvirtEventLoop.h"
#include "LibvirtNames.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

#include <libvirt/libvirt.h>

#include <cstdlib>
#include <cstring>

namespace welkin::libvirt {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLibvirt, "welkin.libvirt")

// What libvirt callbacks (which run on the event thread, or on any thread for the close
// callback) use to reach the worker. The worker clears `target` in its destructor; libvirt may
// still hold opaque copies for a while after deregistration and frees them through freecb.
struct LibvirtConnection::CallbackContext {
    QMutex mutex;
    LibvirtConnection *target = nullptr;
};

// The opaque pointer of each registration: which worker, and for which connection.
struct LibvirtConnection::CallbackOpaque {
    std::shared_ptr<CallbackContext> context;
    quint64 generation = 0;
};

namespace {

int intOption(const QVariantMap &options, const QString &key, int fallback, int minimum)
{
    bool ok = false;
    const int value = options.value(key).toInt(&ok);
    return ok && value >= minimum ? value : fallback;
}

} // namespace

LibvirtConnection::LibvirtConnection(ConnectionProfile profile, QObject *parent)
    : QObject(parent), m_profile(std::move(profile)), m_callbackContext(std::make_shared<CallbackContext>()),
      m_reconnectTimer(new QTimer(this)), m_statsTimer(new QTimer(this)), m_reconcileTimer(new QTimer(this)),
      m_refreshTimer(new QTimer(this)), m_differ(m_profile.id),
      m_hostId(m_profile.id, ResourceKind::Host, u"host"_s), m_stats(m_profile.id)
{
    const QVariantMap &o = m_profile.options;
    m_keepaliveInterval = intOption(o, u"keepaliveInterval"_s, 5, 0);
    m_keepaliveCount = intOption(o, u"keepaliveCount"_s, 3, 0);
    m_statsIntervalMs = intOption(o, u"statsIntervalMs"_s, 2000, 0);
    m_reconcileIntervalMs = intOption(o, u"reconcileIntervalMs"_s, 60000, 0);
    m_authTimeoutMs = intOption(o, u"authTimeoutMs"_s, 300000, 0);
    m_chunkSize = intOption(o, u"listChunkSize"_s, 1000, 1);
    m_callbackContext->target = this;

    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &LibvirtConnection::connectNow);
    connect(m_statsTimer, &QTimer::timeout, this, &LibvirtConnection::collectStats);
    connect(m_reconcileTimer, &QTimer::timeout, this, &LibvirtConnection::reconcile);
    // Events arrive in bursts (bulk actions): coalesce them into one refresh and one delta.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(20);
    connect(m_refreshTimer, &QTimer::timeout, this, &LibvirtConnection::flushRefreshes);
}

LibvirtConnection::~LibvirtConnection()
{
    {
        QMutexLocker lock(&m_callbackContext->mutex);
        m_callbackContext->target = nullptr;
    }
    teardown();
}

void LibvirtConnection::setStatus(ProviderState state, const QString &detail)
{
    Q_EMIT statusChanged(ProviderStatus{state, detail});
}

void LibvirtConnection::emitEvent(ProviderEvent::Severity severity, const QString &message, const ResourceId &resource)
{
    ProviderEvent event;
    event.time = QDateTime::currentDateTime();
    event.providerId = m_profile.id;
    event.resource = resource;
    event.severity = severity;
    event.message = message;
    Q_EMIT eventOccurred(event);
}

// ---- opening -------------------------------------------------------------------------------

void LibvirtConnection::connectNow()
{
    if (m_conn || m_shuttingDown)
        return;
    m_reconnectTimer->stop();
    LibvirtEventLoop::ensureRegistered();
    setStatus(ProviderState::Connecting, m_everConnected ? u"Reconnecting"_s : QString());

    static int credTypes[] = {VIR_CRED_AUTHNAME, VIR_CRED_USERNAME, VIR_CRED_PASSPHRASE, VIR_CRED_ECHOPROMPT,
                              VIR_CRED_NOECHOPROMPT, VIR_CRED_REALM, VIR_CRED_EXTERNAL};
    virConnectAuth auth{credTypes, static_cast<unsigned int>(std::size(credTypes)), &LibvirtConnection::authCallback,
                        this};
    m_promptOutcome = PromptOutcome::None;
    QElapsedTimer clock;
    clock.start();
    virConnectPtr conn = virConnectOpenAuth(m_profile.uri.toUtf8().constData(), &auth, 0);
    if (!conn) {
        const LibvirtError error = lastError();
        if (m_shuttingDown || m_abortPrompts)
            return;
        if (error.isAuthFailure() || m_promptOutcome != PromptOutcome::None) {
            QString detail;
            switch (m_promptOutcome) {
            case PromptOutcome::Cancelled: detail = u"Authentication cancelled"_s; break;
            case PromptOutcome::TimedOut:
                detail = u"Authentication failed: no credentials were given within %1 s"_s.arg(m_authTimeoutMs / 1000);
                break;
            default: detail = error.message.isEmpty() ? u"Authentication failed"_s : error.message; break;
            }
            // No automatic retry: the user has to act (new password, open again).
            setStatus(ProviderState::AuthFailed, detail);
            emitEvent(ProviderEvent::Severity::Error, u"Could not connect to %1: %2"_s.arg(m_profile.uri, detail));
            return;
        }
        qCInfo(lcLibvirt) << "open" << m_profile.uri << "failed after" << clock.elapsed() << "ms:" << error.message;
        scheduleReconnect(error.message.isEmpty() ? u"Could not connect"_s : error.message);
        return;
    }
    qCDebug(lcLibvirt) << "opened" << m_profile.uri << "in" << clock.elapsed() << "ms";
    m_conn = conn;
    onOpened();
}

int LibvirtConnection::authCallback(virConnectCredentialPtr creds, unsigned int count, void *cbdata)
{
    return static_cast<LibvirtConnection *>(cbdata)->answerCredentials(creds, count);
}

int LibvirtConnection::answerCredentials(virConnectCredentialPtr creds, unsigned int count)
{
    if (m_abortPrompts) {
        m_promptOutcome = PromptOutcome::Aborted;
        return -1;
    }
    QList<CredentialRequest::Field> fields;
    QList<unsigned int> asked; // index into creds of each field
    for (unsigned int i = 0; i < count; ++i) {
        const virConnectCredential &cred = creds[i];
        CredentialRequest::Field field;
        field.prompt = cred.prompt ? QString::fromUtf8(cred.prompt) : QString();
        field.defaultValue = cred.defresult ? QString::fromUtf8(cred.defresult) : QString();
        switch (cred.type) {
        case VIR_CRED_AUTHNAME:
        case VIR_CRED_USERNAME: field.kind = CredentialRequest::Field::Kind::Username; break;
        case VIR_CRED_PASSPHRASE: field.kind = CredentialRequest::Field::Kind::Password; break;
        case VIR_CRED_NOECHOPROMPT: field.kind = CredentialRequest::Field::Kind::Secret; break;
        case VIR_CRED_ECHOPROMPT:
        case VIR_CRED_REALM: field.kind = CredentialRequest::Field::Kind::Text; break;
        case VIR_CRED_EXTERNAL:
            // PolicyKit authorises out of band (as libvirt's default callback does): nothing to ask.
            if (cred.challenge && std::strcmp(cred.challenge, "PolicyKit") == 0)
                continue;
            field.kind = CredentialRequest::Field::Kind::Text;
            break;
        default: return -1;
        }
        if (field.prompt.isEmpty())
            field.prompt = field.echo() ? u"Value"_s : u"Password"_s;
        fields.append(field);
        asked.append(i);
    }
    if (fields.isEmpty())
        return 0;

    const QString name = m_profile.displayName.isEmpty() ? m_profile.uri : m_profile.displayName;
    auto request = std::make_shared<CredentialRequest>(name, m_profile.uri, fields);
    {
        // Checked again under the lock: abortCredentialPrompts() sets the flag, then cancels
        // whatever is pending under this lock, so one of the two always sees the other.
        QMutexLocker lock(&m_promptMutex);
        if (m_abortPrompts) {
            m_promptOutcome = PromptOutcome::Aborted;
            return -1;
        }
        m_pendingPrompt = request;
    }
    // The provider hands it to the GUI's handler; we block this worker (and only it) meanwhile.
    Q_EMIT credentialsNeeded(request);
    QElapsedTimer waited;
    waited.start();
    const std::optional<QStringList> answer = request->wait(m_authTimeoutMs);
    {
        QMutexLocker lock(&m_promptMutex);
        m_pendingPrompt.reset();
    }
    if (m_abortPrompts) {
        m_promptOutcome = PromptOutcome::Aborted;
        return -1;
    }
    if (!answer || answer->size() != fields.size()) {
        m_promptOutcome = !answer && waited.elapsed() >= m_authTimeoutMs ? PromptOutcome::TimedOut
                                                                         : PromptOutcome::Cancelled;
        return -1;
    }
    for (qsizetype f = 0; f < fields.size(); ++f) {
        virConnectCredential &cred = creds[asked[f]];
        QByteArray value = answer->at(f).toUtf8();
        if (value.isEmpty() && cred.defresult)
            value = QByteArray(cred.defresult);
        // libvirt frees result with free().
        cred.result = static_cast<char *>(std::malloc(static_cast<size_t>(value.size()) + 1));
        if (!cred.result)
            return -1;
        std::memcpy(cred.result, value.constData(), static_cast<size_t>(value.size()) + 1);
        cred.resultlen = static_cast<unsigned int>(value.size());
        value.fill('\0'); // do not leave the secret in our heap
    }
    return 0;
}

void LibvirtConnection::abortCredentialPrompts()
{
    m_abortPrompts = true;
    QMutexLocker lock(&m_promptMutex);
    if (auto request = m_pendingPrompt.lock())
        request->cancel();
}

void LibvirtConnection::onOpened()
{
    ++m_generation;
    m_backoffSeconds = 0;
    const bool reconnected = m_everConnected;
    m_everConnected = true;

    // The test driver answers "not supported": keepalive is then simply off.
    if (m_keepaliveInterval > 0 && virConnectSetKeepAlive(m_conn, m_keepaliveInterval,
                                                          static_cast<unsigned int>(m_keepaliveCount)) < 0)
        qCDebug(lcLibvirt) << "keepalive not available on" << m_profile.uri << ":" << lastError().message;
    registerCallbacks();

    const HostReading host = readHost(m_conn, m_profile.uri);
    if (!host.ok) {
        if (checkLost(host.error))
            return;
        emitEvent(ProviderEvent::Severity::Warning, host.error.describe(u"Could not read the host's details"_s));
    }
    m_host = host.info;
    if (m_host.hostname.isEmpty())
        m_host.hostname = m_profile.uri;

    setStatus(ProviderState::Connected);
    emitEvent(ProviderEvent::Severity::Info,
              reconnected ? u"Connection to %1 restored"_s.arg(m_profile.uri) : u"Connected to %1"_s.arg(m_profile.uri));
    Q_EMIT connectionOpened(m_host);

    // The host first, so the tree shows something while the domains are listed.
    const InventoryDelta delta = m_differ.diffPartial({hostResource()});
    if (!delta.isEmpty())
        Q_EMIT deltaReady(delta);
    m_loadPending = true;
    beginFullListing(true);
}

void LibvirtConnection::registerCallbacks()
{
    auto makeOpaque = [this] { return new CallbackOpaque{m_callbackContext, m_generation}; };

    m_closeOpaque.reset(makeOpaque());
    if (virConnectRegisterCloseCallback(m_conn, &LibvirtConnection::closeCallback, m_closeOpaque.get(), nullptr) == 0)
        m_closeCallbackRegistered = true;
    else
        qCDebug(lcLibvirt) << "no close callback on" << m_profile.uri << ":" << lastError().message;

    const struct {
        int id;
        virConnectDomainEventGenericCallback cb;
    } events[] = {
        {VIR_DOMAIN_EVENT_ID_LIFECYCLE, VIR_DOMAIN_EVENT_CALLBACK(&LibvirtConnection::lifecycleCallback)},
        {VIR_DOMAIN_EVENT_ID_REBOOT, VIR_DOMAIN_EVENT_CALLBACK(&LibvirtConnection::rebootCallback)},
        {VIR_DOMAIN_EVENT_ID_DEVICE_ADDED, VIR_DOMAIN_EVENT_CALLBACK(&LibvirtConnection::deviceCallback)},
        {VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED, VIR_DOMAIN_EVENT_CALLBACK(&LibvirtConnection::deviceCallback)},
        {VIR_DOMAIN_EVENT_ID_BALLOON_CHANGE, VIR_DOMAIN_EVENT_CALLBACK(&LibvirtConnection::balloonCallback)},
    };
    for (const auto &e : events) {
        auto *opaque = makeOpaque();
        const int id = virConnectDomainEventRegisterAny(m_conn, nullptr, e.id, e.cb, opaque,
                                                        &LibvirtConnection::freeCallbackOpaque);
        if (id < 0) {
            delete opaque;
            // Not fatal: reconciliation polls instead.
            qCDebug(lcLibvirt) << "event" << e.id << "not available on" << m_profile.uri << ":" << lastError().message;
            continue;
        }
        m_eventCallbackIds.append(id);
    }
}

// ---- libvirt callbacks: any thread; they only copy and post -------------------------------

void LibvirtConnection::freeCallbackOpaque(void *opaque)
{
    delete static_cast<CallbackOpaque *>(opaque);
}

void LibvirtConnection::postDomainEvent(void *opaque, virDomainPtr dom, int eventId, int event, int detail)
{
    const auto *o = static_cast<CallbackOpaque *>(opaque);
    // The handle is only valid during the callback: copy what we need (local calls, no RPC).
    const QString uuid = domainUuid(dom);
    const QString name = domainName(dom);
    const quint64 generation = o->generation;
    CallbackContext *context = o->context.get();
    QMutexLocker lock(&context->mutex);
    if (LibvirtConnection *target = context->target) {
        QMetaObject::invokeMethod(target, [target, generation, uuid, name, eventId, event, detail] {
            target->onDomainEvent(generation, uuid, name, eventId, event, detail);
        }, Qt::QueuedConnection);
    }
}

int LibvirtConnection::lifecycleCallback(virConnectPtr, virDomainPtr dom, int event, int detail, void *opaque)
{
    postDomainEvent(opaque, dom, VIR_DOMAIN_EVENT_ID_LIFECYCLE, event, detail);
    return 0;
}

void LibvirtConnection::rebootCallback(virConnectPtr, virDomainPtr dom, void *opaque)
{
    postDomainEvent(opaque, dom, VIR_DOMAIN_EVENT_ID_REBOOT, 0, 0);
}

void LibvirtConnection::deviceCallback(virConnectPtr, virDomainPtr dom, const char *, void *opaque)
{
    postDomainEvent(opaque, dom, VIR_DOMAIN_EVENT_ID_DEVICE_ADDED, 0, 0);
}

void LibvirtConnection::balloonCallback(virConnectPtr, virDomainPtr dom, unsigned long long, void *opaque)
{
    postDomainEvent(opaque, dom, VIR_DOMAIN_EVENT_ID_BALLOON_CHANGE, 0, 0);
}

void LibvirtConnection::closeCallback(virConnectPtr, int reason, void *opaque)
{
    // May run on any thread, even on our worker while it is blocked in an RPC: post only.
    const auto *o = static_cast<CallbackOpaque *>(opaque);
    const quint64 generation = o->generation;
    CallbackContext *context = o->context.get();
    QMutexLocker lock(&context->mutex);
    if (LibvirtConnection *target = context->target) {
        QMetaObject::invokeMethod(target, [target, generation, reason] {
            target->onConnectionClosed(generation, reason);
        }, Qt::QueuedConnection);
    }
}

void LibvirtConnection::onDomainEvent(quint64 generation, const QString &uuid, const QString &name, int eventId,
                                      int event, int detail)
{
    if (generation != m_generation || !m_conn || uuid.isEmpty())
        return;
    bool refetchXml = true;
    if (eventId == VIR_DOMAIN_EVENT_ID_LIFECYCLE) {
        emitEvent(lifecycleEventSeverity(event, detail), name + u' ' + lifecycleEventText(event, detail), vmId(uuid));
        // Pausing and resuming leave the XML alone; starts, stops and definitions change it.
        refetchXml = event != VIR_DOMAIN_EVENT_SUSPENDED && event != VIR_DOMAIN_EVENT_RESUMED
            && event != VIR_DOMAIN_EVENT_SHUTDOWN;
    } else if (eventId == VIR_DOMAIN_EVENT_ID_REBOOT) {
        emitEvent(ProviderEvent::Severity::Info, name + u" rebooted"_s, vmId(uuid));
        refetchXml = false;
    }
    queueRefresh(uuid, refetchXml);
}

void LibvirtConnection::onConnectionClosed(quint64 generation, int reason)
{
    if (generation != m_generation || !m_conn)
        return;
    handleConnectionLost(closeReasonText(reason));
}

// ---- loss, reconnect, close ---------------------------------------------------------------

bool LibvirtConnection::checkLost(const LibvirtError &error)
{
    if (!m_conn)
        return true;
    if (!connectionLost(m_conn, error))
        return false;
    handleConnectionLost(error.message.isEmpty() ? u"connection lost"_s : error.message);
    return true;
}

void LibvirtConnection::handleConnectionLost(const QString &reason)
{
    if (!m_conn)
        return;
    qCInfo(lcLibvirt) << m_profile.uri << "lost:" << reason;
    emitEvent(ProviderEvent::Severity::Warning, u"Connection to %1 lost: %2"_s.arg(m_profile.uri, reason));
    teardown();
    scheduleReconnect(reason);
}

void LibvirtConnection::scheduleReconnect(const QString &reason)
{
    if (m_shuttingDown)
        return;
    m_backoffSeconds = m_backoffSeconds == 0 ? 1 : std::min(m_backoffSeconds * 2, 60);
    QString detail = reason;
    if (!detail.isEmpty() && !detail.endsWith(u'.'))
        detail += u'.';
    detail += (detail.isEmpty() ? QString() : u" "_s) + u"Retrying in %1 s"_s.arg(m_backoffSeconds);
    setStatus(ProviderState::Unreachable, detail);
    m_reconnectTimer->start(m_backoffSeconds * 1000);
}

void LibvirtConnection::teardown()
{
    m_statsTimer->stop();
    m_reconcileTimer->stop();
    m_refreshTimer->stop();
    m_listing.reset();
    m_loadPending = false;
    m_pendingRefresh.clear();
    m_addressQueue.clear();
    if (!m_conn)
        return;
    ++m_generation; // whatever the old callbacks still post is ignored
    // Deregistration and close stay on this thread, one at a time (libvirt commit 720bee30).
    for (const int id : std::as_const(m_eventCallbackIds))
        virConnectDomainEventDeregisterAny(m_conn, id);
    m_eventCallbackIds.clear();
    if (m_closeCallbackRegistered)
        virConnectUnregisterCloseCallback(m_conn, &LibvirtConnection::closeCallback);
    m_closeCallbackRegistered = false;
    m_closeOpaque.reset();
    m_domains.clear(); // frees the domain handles before the connection
    virConnectClose(m_conn);
    m_conn = nullptr;
    m_stats.reset();
}

void LibvirtConnection::runOnWorker(std::function<void(_virConnect *)> work)
{
    QMetaObject::invokeMethod(this, [this, work = std::move(work)] { work(m_conn); }, Qt::QueuedConnection);
}

void LibvirtConnection::shutdown()
{
    m_shuttingDown = true;
    m_reconnectTimer->stop();
    teardown();
    thread()->quit();
}

} // namespace welkin::libvirt
