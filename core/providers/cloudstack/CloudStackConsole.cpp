// CloudStackProvider: consoles through createConsoleEndpoint (CloudStack 4.18+), a URL of the
// cloud's console proxy (noVNC) that the browser opens.
#include "CloudStackConsole.h"
#include "CloudStackProvider.h"

#include <QCoreApplication>

namespace welkin {

using namespace Qt::StringLiterals;
using namespace welkin::cloudstack;

namespace {
// ApiErrorCode.UNSUPPORTED_ACTION_ERROR: what the server answers for a command it does not know.
constexpr int unknownCommandCode = 432;
} // namespace

namespace cloudstack {

bool consoleEndpointFromResponse(const QJsonObject &body, const QUrl &apiEndpoint, const QString &vmName,
                                 ConsoleEndpoint &out, QString &error)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("CloudStack", text); };
    const QJsonValue endpointValue = body.value(u"consoleendpoint"_s);
    if (!endpointValue.isObject()) {
        error = tr("the answer has no \"consoleendpoint\" object");
        return false;
    }
    const QJsonObject endpoint = endpointValue.toObject();
    const QJsonValue success = endpoint.value(u"success"_s);
    const bool ok = success.isBool() ? success.toBool() : success.toString() == u"true"_s;
    const QString details = endpoint.value(u"details"_s).toString();
    if (!ok) {
        error = details.isEmpty() ? tr("the server refused to create a console endpoint") : details;
        return false;
    }
    const QString text = endpoint.value(u"url"_s).toString();
    const QUrl url = apiEndpoint.resolved(QUrl(text));
    if (text.isEmpty() || !url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)) {
        error = text.isEmpty() ? tr("the answer has no console URL")
                               : tr("the console URL \"%1\" is not an http(s) URL").arg(text);
        return false;
    }
    out = ConsoleEndpoint{};
    out.protocol = ConsoleEndpoint::Protocol::Url;
    out.url = url;
    out.title = vmName;
    return true;
}

} // namespace cloudstack

Task *CloudStackProvider::requestConsoleEndpoint(const ResourceId &vm, const QString &preferredType)
{
    Q_UNUSED(preferredType); // CloudStack offers one kind: the console proxy's web page
    const Resource *known = row(vm);
    const QString name = nameOf(vm);
    Task *task = createConsoleTask(vm, name);
    if (const QString refusal = unavailableVm(vm, tr("open the console of %1").arg(name)); !refusal.isEmpty()) {
        failConsoleTaskLater(task, refusal);
        return task;
    }
    if (known && known->vm() && known->vm()->state != PowerState::Running) {
        failConsoleTaskLater(task, tr("%1 has no console while it is not running (it is %2)")
                                       .arg(name, powerStateDisplayName(known->vm()->state).toLower()));
        return task;
    }
    const QPointer<Task> guard(task);
    m_consoleRequests.append(guard);
    const quint64 session = m_session;
    const QUrl apiEndpoint = m_client->endpoint();
    m_client->call(u"createConsoleEndpoint"_s, {{u"virtualmachineid"_s, vm.nativeId()}},
                   [this, guard, session, name, apiEndpoint](const ApiResult &result) {
                       if (!answerMatters(m_consoleRequests, guard, session))
                           return;
                       if (!result.ok()) {
                           if (result.errorCode == unknownCommandCode)
                               failConsoleTask(guard, tr("%1 does not offer consoles through its API "
                                                         "(createConsoleEndpoint needs CloudStack 4.18 or later); "
                                                         "open the console of %2 in the CloudStack web UI")
                                                          .arg(displayName(), name));
                           else
                               failConsoleTask(guard,
                                               tr("Could not open the console of %1: %2").arg(name, result.error));
                           return;
                       }
                       ConsoleEndpoint endpoint;
                       QString error;
                       if (consoleEndpointFromResponse(result.body, apiEndpoint, name, endpoint, error))
                           finishConsoleTask(guard, endpoint);
                       else
                           failConsoleTask(guard, tr("Could not open the console of %1: %2").arg(name, error));
                   });
    return task;
}

void CloudStackProvider::failConsoleRequests(const QString &error)
{
    const auto tasks = std::exchange(m_consoleRequests, {});
    for (const QPointer<Task> &task : tasks)
        failConsoleTask(task, error);
}

} // namespace welkin
