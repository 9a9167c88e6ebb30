#include "NovaConsole.h"

#include "NovaRegion.h"
#include "OpenStackProvider.h"
#include "providers/Task.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace welkin::openstack {

using namespace Qt::StringLiterals;

namespace {

// The legacy server action of each protocol (microversions below 2.6).
QString legacyAction(const QString &protocol)
{
    if (protocol == u"spice"_s)
        return u"os-getSPICEConsole"_s;
    if (protocol == u"serial"_s)
        return u"os-getSerialConsole"_s;
    return u"os-getVNCConsole"_s;
}

bool remoteConsoles(const QString &microversion)
{
    return !microversion.isEmpty() && Nova::compareMicroversions(microversion, u"2.6"_s) >= 0;
}

} // namespace

NovaConsole::NovaConsole(NovaRegion *region, QString serverId, QString serverName, const QString &preferredType,
                         QObject *parent)
    : QObject(parent), m_region(region), m_serverId(std::move(serverId)), m_serverName(std::move(serverName)),
      m_kinds(order(preferredType))
{
}

QList<NovaConsole::Kind> NovaConsole::order(const QString &preferredType)
{
    QList<Kind> kinds{{u"vnc"_s, u"novnc"_s}, {u"spice"_s, u"spice-html5"_s}, {u"serial"_s, u"serial"_s}};
    const QString wanted = preferredType.toLower();
    for (qsizetype i = 1; i < kinds.size(); ++i) {
        if (kinds.at(i).protocol == wanted) {
            kinds.move(i, 0);
            break;
        }
    }
    return kinds;
}

QString NovaConsole::requestPath(const QString &serverId, const QString &microversion)
{
    return u"/servers/"_s + serverId + (remoteConsoles(microversion) ? u"/remote-consoles"_s : u"/action"_s);
}

QByteArray NovaConsole::requestBody(const Kind &kind, const QString &microversion)
{
    const QJsonObject body = remoteConsoles(microversion)
        ? QJsonObject{{u"remote_console"_s, QJsonObject{{u"protocol"_s, kind.protocol}, {u"type"_s, kind.type}}}}
        : QJsonObject{{legacyAction(kind.protocol), QJsonObject{{u"type"_s, kind.type}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QString NovaConsole::typeLabel(const QString &type)
{
    if (type == u"novnc"_s)
        return tr("noVNC");
    if (type == u"spice-html5"_s)
        return tr("SPICE (HTML5)");
    if (type == u"serial"_s)
        return tr("serial");
    if (type == u"xvpvnc"_s)
        return tr("XVP VNC");
    return type;
}

bool NovaConsole::endpointFromResponse(const QJsonObject &body, const QString &serverName, ConsoleEndpoint &out,
                                       QString &detail, QString &error)
{
    QJsonObject console = body.value(u"remote_console"_s).toObject();
    if (console.isEmpty())
        console = body.value(u"console"_s).toObject();
    const QString text = console.value(u"url"_s).toString();
    const QUrl url(text, QUrl::StrictMode);
    if (text.isEmpty() || !url.isValid() || url.host().isEmpty()) {
        error = text.isEmpty() ? tr("Nova's answer has no console URL") : tr("Nova's console URL \"%1\" is not usable").arg(text);
        return false;
    }
    out = ConsoleEndpoint{};
    out.protocol = ConsoleEndpoint::Protocol::Url;
    out.url = url;
    // Nova's console tokens expire ([consoleauth] token_ttl, 600 s unless the cloud changed it).
    detail = tr("%1 console, link valid about 10 minutes").arg(typeLabel(console.value(u"type"_s).toString()));
    out.title = serverName;
    out.note = detail;
    return true;
}

void NovaConsole::start()
{
    tryNext();
}

void NovaConsole::tryNext()
{
    if (m_kinds.isEmpty()) {
        finish({}, {}, tr("This cloud offers no console for %1 (%2)").arg(m_serverName, m_refusals.join(u' ')), true);
        return;
    }
    const Kind kind = m_kinds.takeFirst();
    const QString microversion = m_region->microversion();
    m_region->compute("POST", requestPath(m_serverId, microversion), requestBody(kind, microversion), this,
                      [this](const ApiResponse &response) {
        if (response.ok()) {
            ConsoleEndpoint endpoint;
            QString detail, error;
            if (endpointFromResponse(response.json.object(), m_serverName, endpoint, detail, error))
                finish(endpoint, detail, {}, false);
            else
                finish({}, {}, tr("Could not open the console of %1: %2").arg(m_serverName, error), false);
            return;
        }
        // 400 "Unavailable console type spice-html5." = not enabled on this cloud; 501 = the driver has none.
        const bool unavailable = response.status == 501
            || (response.status == 400 && response.serviceMessage.contains(u"Unavailable console type"_s));
        if (!unavailable) {
            finish({}, {}, tr("Could not open the console of %1: %2").arg(m_serverName, response.error), false);
            return;
        }
        m_refusals.append(response.serviceMessage.isEmpty() ? response.error : response.serviceMessage);
        tryNext();
    });
}

void NovaConsole::abort(const QString &reason)
{
    finish({}, {}, reason, false);
}

void NovaConsole::finish(const ConsoleEndpoint &endpoint, const QString &detail, const QString &error, bool noConsole)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(endpoint, detail, error, noConsole);
}

} // namespace welkin::openstack

namespace welkin {

using namespace Qt::StringLiterals;

Task *OpenStackProvider::requestConsoleEndpoint(const ResourceId &vm, const QString &preferredType)
{
    const QString name = serverName(vm);
    Task *task = createConsoleTask(vm, name);
    QString error;
    openstack::NovaRegion *region = regionToAct(vm, tr("open the console of"), name, false, error);
    if (!region) {
        failConsoleTaskLater(task, error);
        return task;
    }
    const QString status = region->novaStatus(vm.nativeId());
    if (status != u"ACTIVE"_s && status != u"PAUSED"_s) {
        failConsoleTaskLater(task, tr("%1 has no console while it is %2").arg(name, status));
        return task;
    }
    auto *runner = new openstack::NovaConsole(region, vm.nativeId(), name, preferredType, this);
    const QPointer<Task> guard(task);
    const QPointer<openstack::NovaRegion> regionGuard(region);
    connect(runner, &openstack::NovaConsole::finished, this,
            [this, guard, regionGuard](const ConsoleEndpoint &endpoint, const QString &detail, const QString &failure,
                                       bool noConsole) {
        if (noConsole && regionGuard)
            regionGuard->setConsoleMissing();
        if (!failure.isEmpty()) {
            failConsoleTask(guard, failure);
            return;
        }
        if (guard)
            guard->setDetail(detail);
        finishConsoleTask(guard, endpoint);
    });
    connect(runner, &openstack::NovaConsole::finished, runner, &QObject::deleteLater);
    QMetaObject::invokeMethod(runner, &openstack::NovaConsole::start, Qt::QueuedConnection);
    return task;
}

} // namespace welkin
