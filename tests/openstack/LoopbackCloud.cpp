#include "LoopbackCloud.h"

#include "inventory/Inventory.h"
#include "providers/openstack/OpenStackProvider.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <optional>

namespace welkin::testing {

using namespace Qt::StringLiterals;
using namespace openstack;

namespace {
QHash<QString, QString> readEnvFile(const QString &path)
{
    QHash<QString, QString> values;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return values;
    for (QByteArray line : file.readAll().split('\n')) {
        line = line.trimmed();
        if (line.startsWith("export "))
            line = line.mid(7);
        // adminrc puts several assignments on one line
        for (const QByteArray &part : line.split(' ')) {
            const qsizetype eq = part.indexOf('=');
            if (eq > 0)
                values.insert(QString::fromUtf8(part.left(eq)), QString::fromUtf8(part.mid(eq + 1)));
        }
    }
    return values;
}
} // namespace

bool LoopbackCloud::load(QString &error)
{
    base = qEnvironmentVariable("WELKIN_OPENSTACK_BASE");
    if (base.isEmpty()) {
        error = u"WELKIN_OPENSTACK_BASE is not set (the openstack_loopback fixture sets it)"_s;
        return false;
    }
    const auto admin = readEnvFile(base + u"/adminrc"_s);
    const auto app = readEnvFile(base + u"/appcred.env"_s);
    authUrl = admin.value(u"OS_AUTH_URL"_s);
    password = admin.value(u"OS_PASSWORD"_s);
    appCredId = app.value(u"APPCRED_ID"_s);
    appCredSecret = app.value(u"APPCRED_SECRET"_s);
    if (authUrl.isEmpty() || password.isEmpty() || appCredId.isEmpty()) {
        error = u"%1/adminrc or appcred.env missing or incomplete: is the loopback OpenStack up?"_s.arg(base);
        return false;
    }
    return true;
}

QByteArray LoopbackCloud::cloudsYaml() const
{
    auto passwordCloud = [this](const QString &name, const QString &user, const QString &project, const QString &pw) {
        return u"  %1:\n    auth:\n      auth_url: %2\n      username: %3\n      password: \"%4\"\n"
               "      project_name: %5\n      user_domain_name: Default\n      project_domain_name: Default\n"
               "    region_name: RegionOne\n    interface: public\n    identity_api_version: 3\n"_s
            .arg(name, authUrl, user, pw, project);
    };
    QString yaml = u"clouds:\n"_s;
    yaml += passwordCloud(u"admin"_s, u"admin"_s, u"admin"_s, password);
    yaml += passwordCloud(u"demo"_s, u"demo"_s, u"demo"_s, password);
    yaml += passwordCloud(u"bench"_s, u"admin"_s, u"bench"_s, password);
    yaml += passwordCloud(u"wrongpw"_s, u"admin"_s, u"admin"_s, u"not-the-password"_s);
    yaml += u"  appcred:\n    auth_type: v3applicationcredential\n    auth:\n      auth_url: %1\n"
            "      application_credential_id: \"%2\"\n      application_credential_secret: \"%3\"\n"
            "    region_name: RegionOne\n"_s.arg(authUrl, appCredId, appCredSecret);
    return yaml.toUtf8();
}

CloudAdmin::CloudAdmin(const LoopbackCloud &cloud, const QString &user, const QString &project)
    : m_client(std::make_unique<ApiClient>())
{
    CloudConfig config;
    config.authUrl = cloud.authUrl;
    config.authType = u"password"_s;
    config.username = user;
    config.password = cloud.password;
    config.projectName = project;
    m_client->setTimeoutMs(60000);
    m_session = std::make_unique<KeystoneSession>(m_client.get(), config);
}

CloudAdmin::~CloudAdmin() = default;

ApiResponse CloudAdmin::call(const ApiRequest &request)
{
    std::optional<ApiResponse> result;
    QEventLoop loop;
    m_session->call(request, m_session.get(), [&](const ApiResponse &r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

ApiResponse CloudAdmin::compute(const QByteArray &method, const QString &path, const QByteArray &body)
{
    ApiRequest request;
    request.method = method;
    request.url = QUrl(m_computeUrl + path);
    request.body = body;
    request.headers.append({"OpenStack-API-Version"_ba, "compute 2.79"_ba});
    return call(request);
}

ApiResponse CloudAdmin::image(const QByteArray &method, const QString &path, const QByteArray &body,
                               const QByteArray &contentType)
{
    ApiRequest request;
    request.method = method;
    request.url = QUrl(m_imageUrl + path);
    request.body = body;
    request.contentType = contentType;
    return call(request);
}

ApiResponse CloudAdmin::network(const QByteArray &method, const QString &path, const QByteArray &body)
{
    ApiRequest request;
    request.method = method;
    request.url = QUrl(m_networkUrl + path);
    request.body = body;
    return call(request);
}

bool CloudAdmin::uploadSnapshotData(const QString &imageId, const QByteArray &data)
{
    const ApiResponse formats = image("PATCH", u"/v2/images/"_s + imageId,
        R"([{"op": "replace", "path": "/disk_format", "value": "raw"},
            {"op": "replace", "path": "/container_format", "value": "bare"}])", "application/openstack-images-v2.1-json-patch");
    if (!formats.ok()) {
        m_error = formats.error;
        return false;
    }
    const ApiResponse upload = image("PUT", u"/v2/images/%1/file"_s.arg(imageId), data, "application/octet-stream");
    if (!upload.ok()) {
        m_error = upload.error;
        return false;
    }
    return true;
}

void CloudAdmin::deleteImages(const QString &prefix)
{
    QString query = u"limit=1000"_s;
    QStringList ids;
    while (!query.isEmpty()) {
        const QJsonObject page = image("GET", u"/v2/images?"_s + query).json.object();
        for (const QJsonValue &v : page.value(u"images"_s).toArray()) {
            if (v.toObject().value(u"name"_s).toString().startsWith(prefix))
                ids.append(v.toObject().value(u"id"_s).toString());
        }
        query = QUrl(page.value(u"next"_s).toString()).query(QUrl::FullyEncoded);
    }
    for (const QString &id : std::as_const(ids))
        image("DELETE", u"/v2/images/"_s + id);
}

bool CloudAdmin::login()
{
    std::optional<ApiResponse> result;
    QEventLoop loop;
    m_session->authenticate([&](const ApiResponse &r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    if (!result->ok()) {
        m_error = result->error;
        return false;
    }
    m_computeUrl = m_session->token()->endpoint(u"compute"_s, u"RegionOne"_s, u"public"_s);
    m_imageUrl = m_session->token()->endpoint(u"image"_s, u"RegionOne"_s, u"public"_s);
    m_networkUrl = m_session->token()->endpoint(u"network"_s, u"RegionOne"_s, u"public"_s);
    const ApiResponse list = image("GET", u"/v2/images?name=cirros-fake"_s);
    m_imageId = list.json.object().value(u"images"_s).toArray().first().toObject().value(u"id"_s).toString();
    if (m_computeUrl.isEmpty() || m_imageId.isEmpty()) {
        m_error = u"no compute endpoint or no cirros-fake image: "_s + list.error;
        return false;
    }
    return true;
}

QString CloudAdmin::projectId() const
{
    return m_session->token() ? m_session->token()->projectId : QString();
}

int CloudAdmin::tokenLifetimeS() const
{
    const auto &t = m_session->token();
    return t ? int(t->issuedAt.secsTo(t->expiresAt)) : -1;
}

QString CloudAdmin::createServers(const QString &name, int count, const QString &flavorId)
{
    const QJsonObject server{{u"name"_s, name}, {u"imageRef"_s, m_imageId}, {u"flavorRef"_s, flavorId},
                             {u"networks"_s, u"none"_s}, {u"min_count"_s, count}, {u"max_count"_s, count},
                             {u"return_reservation_id"_s, true}};
    const ApiResponse r = compute("POST", u"/servers"_s, QJsonDocument(QJsonObject{{u"server"_s, server}}).toJson());
    if (!r.ok()) {
        m_error = r.error;
        return {};
    }
    return r.json.object().value(u"reservation_id"_s).toString();
}

QString CloudAdmin::createActiveServer(const QString &name, int timeoutMs)
{
    if (createServers(name).isEmpty())
        return {};
    const QStringList ids = serverIds(name);
    if (ids.size() != 1) {
        m_error = u"%1 servers named %2"_s.arg(ids.size()).arg(name);
        return {};
    }
    return waitForStatus(ids, u"ACTIVE"_s, timeoutMs) ? ids.first() : QString();
}

QStringList CloudAdmin::serverIds(const QString &prefix)
{
    QStringList ids;
    QString marker;
    for (;;) {
        QUrlQuery query;
        query.addQueryItem(u"limit"_s, u"1000"_s);
        query.addQueryItem(u"name"_s, u"^"_s + prefix);
        if (!marker.isEmpty())
            query.addQueryItem(u"marker"_s, marker);
        const ApiResponse r = compute("GET", u"/servers?"_s + query.toString(QUrl::FullyEncoded));
        const QJsonArray servers = r.json.object().value(u"servers"_s).toArray();
        for (const QJsonValue &s : servers)
            ids.append(s.toObject().value(u"id"_s).toString());
        if (servers.size() < 1000)
            return ids;
        marker = ids.last();
    }
}

QJsonObject CloudAdmin::server(const QString &id)
{
    return compute("GET", u"/servers/"_s + id).json.object().value(u"server"_s).toObject();
}

bool CloudAdmin::waitForStatus(const QStringList &ids, const QString &status, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QStringList pending = ids;
    while (!pending.isEmpty()) {
        const QJsonObject s = server(pending.first());
        const QString now = s.value(u"status"_s).toString();
        if ((status == u"DELETED"_s && s.isEmpty()) || (now == status && s.value(u"OS-EXT-STS:task_state"_s).isNull())) {
            pending.removeFirst();
            continue;
        }
        if (now == u"ERROR"_s) {
            m_error = u"server %1 went into ERROR: %2"_s.arg(pending.first(),
                s.value(u"fault"_s).toObject().value(u"message"_s).toString());
            return false;
        }
        if (timer.elapsed() > timeoutMs) {
            m_error = u"server %1 is %2, not %3, after %4 ms"_s.arg(pending.first(), now, status).arg(timeoutMs);
            return false;
        }
        QTest::qWait(500);
    }
    return true;
}

bool CloudAdmin::deleteServers(const QStringList &ids)
{
    bool ok = true;
    for (const QString &id : ids) {
        ApiResponse r = compute("DELETE", u"/servers/"_s + id);
        // SQLite under the loopback Nova answers "database is locked" (500) when busy: retry.
        for (int attempt = 0; attempt < 5 && r.status >= 500; ++attempt) {
            QTest::qWait(1000);
            r = compute("DELETE", u"/servers/"_s + id);
        }
        if (!r.ok() && r.status != 404) {
            m_error = r.error;
            ok = false;
        }
    }
    return ok;
}

bool LoopbackProviders::setUp(const LoopbackCloud &cloud, QString &error)
{
    if (!m_dir.isValid()) {
        error = u"no temporary directory: "_s + m_dir.errorString();
        return false;
    }
    const QString file = m_dir.filePath(u"clouds.yaml"_s);
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(cloud.cloudsYaml()) < 0) {
        error = file + u": "_s + out.errorString();
        return false;
    }
    out.close();
    qputenv("OS_CLIENT_CONFIG_FILE", file.toLocal8Bit());
    m_inventory = new Inventory(m_owner);
    return true;
}

OpenStackProvider *LoopbackProviders::provider(const QString &cloud, QVariantMap options)
{
    ConnectionProfile profile;
    // The URI names the cloud; the id is unique per provider so a failed test leaves no clash.
    profile.uri = u"openstack:"_s + cloud;
    profile.id = profile.uri + u'#' + QString::number(++m_providers);
    profile.kind = u"openstack"_s;
    profile.displayName = cloud;
    if (!options.contains(u"pollIntervalMs"_s))
        options.insert(u"pollIntervalMs"_s, 1000);
    profile.options = options;
    auto *p = new OpenStackProvider(profile, m_owner);
    m_inventory->addProvider(p);
    return p;
}

void LoopbackProviders::remove(OpenStackProvider *provider)
{
    provider->close();
    m_inventory->removeProvider(provider->id());
    delete provider;
}

bool LoopbackProviders::connectNow(OpenStackProvider *provider)
{
    QSignalSpy loaded(provider, &Provider::initialLoadFinished);
    provider->open();
    if (!QTest::qWaitFor([&] { return !loaded.isEmpty() || provider->state() == ProviderState::AuthFailed
                                      || provider->state() == ProviderState::Unreachable; }, 60000))
        qWarning() << "no answer from" << provider->profile().uri;
    if (loaded.isEmpty())
        qWarning() << provider->profile().uri << providerStateName(provider->state()) << provider->status().detail;
    return !loaded.isEmpty();
}

bool LoopbackProviders::runTask(Task *task, int timeoutMs)
{
    if (!QTest::qWaitFor([task] { return task->isFinished(); }, timeoutMs))
        qWarning() << task->title() << "did not finish within" << timeoutMs << "ms";
    if (task->state() != Task::State::Succeeded)
        qWarning() << task->title() << "ended" << task->state() << task->errorText();
    return task->state() == Task::State::Succeeded;
}

QString LoopbackCloud::uniqueName(const QString &prefix)
{
    return prefix + u'-' + QString::number(QRandomGenerator::global()->bounded(100000, 999999));
}

const InventoryNode *LoopbackProviders::childNamed(const InventoryNode *node, ResourceKind kind, const QString &name)
{
    for (int i = 0; node && i < node->childCount(); ++i) {
        if (node->child(i)->kind() == kind && node->child(i)->resource().name == name)
            return node->child(i);
    }
    return nullptr;
}

} // namespace welkin::testing
