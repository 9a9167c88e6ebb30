#include "CloudStackProvider.h"

#include "model/JsonId.h"
#include "security/TlsTrust.h"

#include <QLoggingCategory>

namespace welkin {

using namespace Qt::StringLiterals;
using namespace welkin::cloudstack;

Q_LOGGING_CATEGORY(lcCloudStack, "welkin.cloudstack.provider")

namespace {
constexpr int maxBackoffMs = 60000;
}

CloudStackProvider::CloudStackProvider(ConnectionProfile profile, QObject *parent)
    : Provider(std::move(profile), parent), m_mapper(id()), m_digest(std::make_unique<Digest>(id()))
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &CloudStackProvider::poll);
    m_promptTimeout.setSingleShot(true);
    connect(&m_promptTimeout, &QTimer::timeout, this, [this] {
        if (m_prompt)
            m_prompt->cancel(); // answers "nothing" through the prompt's reply
    });
    m_jobOptions.pollIntervalMs = option("jobPollIntervalMs", 1000);
    m_jobOptions.maxPollIntervalMs = std::max(m_jobOptions.pollIntervalMs, 5000);
    m_jobOptions.timeoutMs = option("jobTimeoutMs", 600000);
}

CloudStackProvider::~CloudStackProvider()
{
    dropPrompt();
}

int CloudStackProvider::option(const char *name, int fallback) const
{
    bool ok = false;
    const int value = profile().options.value(QString::fromLatin1(name)).toInt(&ok);
    return ok ? value : fallback;
}

QUrl CloudStackProvider::endpointFor(const QString &uri)
{
    QString text = uri.trimmed();
    if (text.startsWith(u"cloudstack+"_s, Qt::CaseInsensitive))
        text = text.mid(qsizetype(sizeof("cloudstack+") - 1));
    return QUrl(text);
}

void CloudStackProvider::open()
{
    if (m_client) {
        if (state() == ProviderState::AuthFailed) {
            // The user fixed something: ask again from the start.
            close();
        } else {
            m_pollTimer.stop();
            poll();
            return;
        }
    }
    if (m_prompt)
        return; // a prompt is open already
    const QUrl endpoint = endpointFor(profile().uri);
    if (!endpoint.isValid() || (endpoint.scheme() != u"http"_s && endpoint.scheme() != u"https"_s)) {
        setStatus(ProviderState::Unreachable,
                  tr("%1 is not a CloudStack API URL (expected cloudstack+https://HOST/client/api)").arg(profile().uri));
        return;
    }
    setStatus(ProviderState::Connecting);
    obtainCredentials();
}

void CloudStackProvider::obtainCredentials()
{
    const QVariantMap &options = profile().options;
    QString apiKey = options.value(u"apiKey"_s).toString();
    QString secretKey = options.value(u"secretKey"_s).toString();
    if (apiKey.isEmpty() && secretKey.isEmpty() && profile().uri.startsWith(u"cloudstack+"_s, Qt::CaseInsensitive)) {
        apiKey = qEnvironmentVariable("WELKIN_CLOUDSTACK_API_KEY");
        secretKey = qEnvironmentVariable("WELKIN_CLOUDSTACK_SECRET_KEY");
    }
    if (!apiKey.isEmpty() && !secretKey.isEmpty()) {
        connectWith(apiKey, secretKey);
        return;
    }
    using Field = CredentialRequest::Field;
    auto request = std::make_shared<CredentialRequest>(
        displayName(), profile().uri,
        QList<Field>{Field{Field::Kind::Text, tr("API key for %1:").arg(endpointFor(profile().uri).host()), apiKey},
                     Field{Field::Kind::Secret, tr("Secret key:"), {}}});
    m_prompt = request;
    // Answered on this thread, possibly much later; close() and the destructor cancel it.
    const quint64 session = m_session;
    request->onReply(this, [this, session](const CredentialRequest::Reply &values) {
        credentialsAnswered(session, values);
    });
    m_promptTimeout.start(option("authTimeoutMs", 300000));
    requestCredentials(request);
}

void CloudStackProvider::dropPrompt()
{
    m_promptTimeout.stop();
    if (m_prompt)
        m_prompt->cancel();
    m_prompt.reset();
}

void CloudStackProvider::credentialsAnswered(quint64 session, const std::optional<QStringList> &values)
{
    if (session != m_session)
        return;
    dropPrompt();
    if (!values || values->size() < 2 || values->at(0).isEmpty() || values->at(1).isEmpty()) {
        setStatus(ProviderState::AuthFailed, tr("No API key and secret key were given for %1").arg(displayName()));
        return;
    }
    connectWith(values->at(0), values->at(1));
}

void CloudStackProvider::connectWith(const QString &apiKey, const QString &secretKey)
{
    ClientOptions options;
    options.requestTimeoutMs = option("requestTimeoutMs", options.requestTimeoutMs);
    options.maxResponseBytes = profile().options.value(u"maxResponseBytes"_s, options.maxResponseBytes).toLongLong();
    options.pageSize = std::max(1, option("pageSize", options.pageSize));
    options.rateLimitBackoffMs = option("rateLimitBackoffMs", options.rateLimitBackoffMs);
    options.signatureLifetimeS = option("signatureLifetimeS", options.signatureLifetimeS);
    m_client = new Client(endpointFor(profile().uri), apiKey, secretKey, options, this);
    // TLS: verification on plus the profile's CA file; untrusted certificates go to the user
    // (pinning) through the application's TlsTrust, when there is one (not in headless tests).
    m_client->setTlsContext(id(), profile().options.value(u"caFile"_s).toString());
    if (TlsTrust *trust = TlsTrust::global()) {
        // The user trusted the certificate: try again now instead of at the next backoff step.
        connect(trust, &TlsTrust::certificateTrusted, m_client, [this](const QString &connectionId) {
            if (connectionId == id())
                open();
        });
    }
    m_loader = std::make_unique<InventoryLoader>(m_client);
    m_admin = true;
    m_backoffMs = 1000;
    poll();
}

void CloudStackProvider::poll()
{
    if (!m_loader || m_polling)
        return;
    m_polling = true;
    const quint64 session = m_session;
    m_loader->load(m_admin, [this, session](std::shared_ptr<const RawListing> raw) {
        m_digest->digestListing(std::move(raw), this,
                                [this, session](const InventorySnapshot &snapshot, const InventoryDelta &delta) {
                                    if (session != m_session)
                                        return;
                                    m_polling = false;
                                    applySnapshot(snapshot, delta);
                                });
    });
}

const Resource *CloudStackProvider::row(const ResourceId &id) const
{
    const auto it = m_rows.constFind(id);
    return it == m_rows.cend() ? nullptr : &*it;
}

void CloudStackProvider::emitDelta(const InventoryDelta &delta)
{
    if (delta.isEmpty())
        return;
    for (const ResourceId &removed : delta.removed)
        m_rows.remove(removed);
    for (const Resource &added : delta.added)
        m_rows.insert(added.id, added);
    for (const ResourceChange &change : delta.changed)
        m_rows.insert(change.resource.id, change.resource);
    Q_EMIT deltaReady(delta);
}

void CloudStackProvider::applySnapshot(const InventorySnapshot &snapshot, const InventoryDelta &delta)
{
    ++m_pollCount;
    if (!snapshot.result.ok()) {
        if (snapshot.result.failure == ApiResult::Failure::Auth) {
            // No automatic retry: the keys are wrong until the user changes them.
            setStatus(ProviderState::AuthFailed, snapshot.result.error);
        } else {
            scheduleRetry(snapshot.result.error);
        }
        Q_EMIT pollFinished(false);
        return;
    }
    for (const QString &problem : std::as_const(snapshot.skipped))
        reportSkipped(problem);
    if (m_admin && !snapshot.admin)
        qCInfo(lcCloudStack) << profile().uri << "refuses host listings: showing zones and VMs only";
    m_admin = snapshot.admin;
    m_backoffMs = 1000;
    setStatus(ProviderState::Connected);
    emitDelta(delta);
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        Q_EMIT initialLoadFinished();
    }
    if (!snapshot.samples.isEmpty())
        Q_EMIT samplesReady(snapshot.samples);
    pollEvents();
    m_pollTimer.start(std::max(100, option("pollIntervalMs", 10000)));
    Q_EMIT pollFinished(true);
}

void CloudStackProvider::scheduleRetry(const QString &error)
{
    const int wait = m_backoffMs;
    m_backoffMs = std::min(m_backoffMs * 2, maxBackoffMs);
    //: %1 = what went wrong, %2 = seconds
    setStatus(ProviderState::Unreachable, tr("%1 (retrying in %2 s)").arg(error).arg(wait / 1000));
    m_pollTimer.start(wait);
}

void CloudStackProvider::pollEvents()
{
    const quint64 session = m_session;
    const Params params{{u"listall"_s, u"true"_s},
                        {u"page"_s, u"1"_s},
                        {u"pagesize"_s, QString::number(option("eventsPageSize", 100))}};
    m_client->call(u"listEvents"_s, params, [this, session](const ApiResult &result) {
        if (session != m_session || !result.ok())
            return; // events are best effort; the next poll tries again
        const QJsonArray events = result.body.value(u"event"_s).toArray();
        QList<ProviderEvent> fresh;
        QSet<QString> ids;
        for (const QJsonValue &value : events) {
            const QJsonObject object = value.toObject();
            const QString eventId = jsonId(object.value(u"id"_s));
            ids.insert(eventId);
            ProviderEvent event;
            QString error;
            if (m_eventsPrimed && !m_seenEvents.contains(eventId) && m_mapper.event(object, event, error))
                fresh.prepend(event); // the server lists the newest first
        }
        // Only what appeared since the first poll is news; older history stays in CloudStack.
        m_seenEvents.unite(ids);
        if (m_seenEvents.size() > 20000)
            m_seenEvents = ids;
        m_eventsPrimed = true;
        for (const ProviderEvent &event : std::as_const(fresh))
            Q_EMIT eventOccurred(event);
    });
}

void CloudStackProvider::close()
{
    ++m_session;
    dropPrompt();
    m_pollTimer.stop();
    m_loader.reset();
    if (m_client) {
        m_client->shutdown();
        m_client->deleteLater();
        m_client = nullptr;
    }
    m_polling = false;
    m_loadedOnce = false;
    m_eventsPrimed = false;
    m_seenEvents.clear();
    const auto tasks = std::exchange(m_tasks, {});
    for (const QPointer<Task> &task : tasks) {
        if (task)
            task->fail(tr("The connection to %1 was closed").arg(displayName()));
    }
    failConsoleRequests(tr("The connection to %1 was closed").arg(displayName()));
    // Children before parents: VMs, hosts, clusters, pods, zones.
    InventoryDelta removal;
    removal.providerId = id();
    for (ResourceKind kind : {ResourceKind::Vm, ResourceKind::Host, ResourceKind::Cluster, ResourceKind::Pod,
                              ResourceKind::Zone}) {
        for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
            if (it.key().kind() == kind)
                removal.removed.append(it.key());
        }
    }
    m_rows.clear();
    m_digest->reset();
    if (!removal.isEmpty())
        Q_EMIT deltaReady(removal);
    setStatus(ProviderState::Disconnected);
}

} // namespace welkin
