// Consoles of libvirt domains: the worker reads the live XML (with VIR_DOMAIN_XML_SECURE when
// the connection allows it, for the graphics password); the provider turns it into a
// ConsoleEndpoint on the GUI thread (core/console/LibvirtConsoleEndpoint).
#include "LibvirtConnection.h"
#include "LibvirtProvider.h"
#include "console/LibvirtConsoleEndpoint.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace welkin {

using namespace Qt::StringLiterals;

namespace libvirt {

void LibvirtConnection::readConsoleXml(quint64 requestId, const QString &uuid, const QString &vmName)
{
    const QString what = u"Could not open the console of %1"_s.arg(vmName);
    if (!m_conn) {
        Q_EMIT consoleXmlRead(requestId, false, {}, false, what + u": not connected"_s);
        return;
    }
    DomainRef dom;
    if (const auto it = m_domains.constFind(uuid); it != m_domains.cend() && it->domain)
        dom = it->domain;
    else if (virDomainPtr found = virDomainLookupByUUIDString(m_conn, uuid.toLatin1().constData()))
        dom = adoptDomain(found);
    if (!dom) {
        const LibvirtError error = lastError();
        Q_EMIT consoleXmlRead(requestId, false, {}, false, error.describe(what));
        checkLost(error);
        return;
    }
    // The live XML: ports chosen at start (autoport) are only there.
    bool secure = m_secureXml;
    DomainXmlReading xml = readDomainXml(dom.get(), secure);
    if (!xml.ok && secure
        && (xml.error.code == VIR_ERR_OPERATION_DENIED || xml.error.code == VIR_ERR_ACCESS_DENIED
            || xml.error.isUnsupported())) {
        secure = false; // read-only connection: the password cannot be read
        xml = readDomainXml(dom.get(), false);
    }
    if (!xml.ok) {
        Q_EMIT consoleXmlRead(requestId, false, {}, false, xml.error.describe(what));
        checkLost(xml.error);
        return;
    }
    Q_EMIT consoleXmlRead(requestId, true, xml.xml, secure, {});
    xml.xml.fill('\0');
}

} // namespace libvirt

ConsoleRequest *LibvirtProvider::requestConsoleEndpoint(const ResourceId &vm, const QString &preferredType)
{
    auto *request = new ConsoleRequest(vm, this);
    const QString name = vmName(vm).isEmpty() ? vm.nativeId() : vmName(vm);
    if (!m_worker || state() != ProviderState::Connected) {
        request->failLater(tr("Could not open the console of %1: not connected to %2").arg(name, displayName()));
        return request;
    }
    if (vm.providerId() != id() || vm.kind() != ResourceKind::Vm) {
        request->failLater(tr("%1 is not a virtual machine of %2").arg(vm.toString(), displayName()));
        return request;
    }
    const quint64 requestId = m_nextRequest++;
    m_consoleRequests.insert(requestId, ConsoleRequestEntry{request, name, preferredType});
    libvirt::LibvirtConnection *worker = m_worker;
    const QString uuid = vm.nativeId();
    QMetaObject::invokeMethod(worker, [worker, requestId, uuid, name] {
        worker->readConsoleXml(requestId, uuid, name);
    }, Qt::QueuedConnection);
    return request;
}

void LibvirtProvider::finishConsoleRequest(quint64 requestId, bool ok, QByteArray xml, bool secure,
                                           const QString &errorText)
{
    const ConsoleRequestEntry entry = m_consoleRequests.take(requestId);
    if (!entry.request) {
        xml.fill('\0');
        return;
    }
    if (!ok) {
        entry.request->fail(errorText);
        return;
    }
    const LibvirtConsoleResult result = libvirtConsoleEndpoint(xml, profile().uri, entry.vmName, entry.preferredType, secure);
    xml.fill('\0');
    if (result.ok)
        entry.request->resolve(result.endpoint);
    else
        entry.request->fail(result.error);
}

void LibvirtProvider::failConsoleRequests(const QString &errorText)
{
    const auto requests = std::exchange(m_consoleRequests, {});
    for (const ConsoleRequestEntry &entry : requests) {
        if (entry.request)
            entry.request->fail(errorText);
    }
}

} // namespace welkin
