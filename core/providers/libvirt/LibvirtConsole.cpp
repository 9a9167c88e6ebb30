// Consoles of libvirt domains: the worker reads the live XML (ConsoleXmlReader, with
// VIR_DOMAIN_XML_SECURE when the connection allows it, for the graphics password); the provider
// turns it into a ConsoleEndpoint on the GUI thread (core/console/LibvirtConsoleEndpoint).
#include "LibvirtConnection.h"
#include "LibvirtProvider.h"
#include "console/LibvirtConsoleEndpoint.h"

namespace welkin {

using namespace Qt::StringLiterals;

Task *LibvirtProvider::requestConsoleEndpoint(const ResourceId &vm, const QString &preferredType)
{
    const QString name = vmName(vm).isEmpty() ? vm.nativeId() : vmName(vm);
    Task *task = createConsoleTask(vm, name);
    if (!m_worker || state() != ProviderState::Connected) {
        failConsoleTaskLater(task,
                             tr("Could not open the console of %1: not connected to %2").arg(name, displayName()));
        return task;
    }
    if (vm.providerId() != id() || vm.kind() != ResourceKind::Vm) {
        failConsoleTaskLater(task, tr("%1 is not a virtual machine of %2").arg(vm.toString(), displayName()));
        return task;
    }
    const quint64 requestId = m_nextRequest++;
    m_consoleRequests.insert(requestId, ConsoleRequestEntry{task, name, preferredType});
    libvirt::LibvirtConnection *worker = m_worker;
    const QString uuid = vm.nativeId();
    QMetaObject::invokeMethod(worker, [worker, requestId, uuid, name] {
        worker->readConsoleXml(requestId, uuid, name);
    }, Qt::QueuedConnection);
    return task;
}

void LibvirtProvider::finishConsoleRequest(quint64 requestId, bool ok, QByteArray xml, bool secure,
                                           const QString &errorText)
{
    const ConsoleRequestEntry entry = m_consoleRequests.take(requestId);
    if (!entry.task) {
        xml.fill('\0');
        return;
    }
    if (!ok) {
        failConsoleTask(entry.task, errorText);
        return;
    }
    const LibvirtConsoleResult result = libvirtConsoleEndpoint(xml, profile().uri, entry.vmName, entry.preferredType, secure);
    xml.fill('\0');
    if (result.ok)
        finishConsoleTask(entry.task, result.endpoint);
    else
        failConsoleTask(entry.task, result.error);
}

void LibvirtProvider::failConsoleRequests(const QString &errorText)
{
    const auto requests = std::exchange(m_consoleRequests, {});
    for (const ConsoleRequestEntry &entry : requests)
        failConsoleTask(entry.task, errorText);
}

} // namespace welkin
