#include "ConsoleXmlReader.h"

#include "DomainCache.h"
#include "LibvirtSession.h"

namespace welkin::libvirt {

using namespace Qt::StringLiterals;

ConsoleXmlReader::ConsoleXmlReader(LibvirtSession &session, const DomainCache &cache, QObject *parent)
    : QObject(parent), m_session(session), m_cache(cache)
{
}

void ConsoleXmlReader::read(quint64 requestId, const QString &uuid, const QString &vmName)
{
    const QString what = u"Could not open the console of %1"_s.arg(vmName);
    if (!m_session.isOpen()) {
        Q_EMIT consoleXmlRead(requestId, false, {}, false, what + u": not connected"_s);
        return;
    }
    const DomainRef dom = m_cache.handle(uuid);
    if (!dom) {
        const LibvirtError error = lastError();
        Q_EMIT consoleXmlRead(requestId, false, {}, false, error.describe(what));
        m_session.checkLost(error);
        return;
    }
    bool secure = m_cache.secureXml();
    DomainXmlReading xml = readDomainXml(dom.get(), secure);
    if (!xml.ok && secure && refusesSecureXml(xml.error)) {
        secure = false; // read-only connection: the password cannot be read
        xml = readDomainXml(dom.get(), false);
    }
    if (!xml.ok) {
        Q_EMIT consoleXmlRead(requestId, false, {}, false, xml.error.describe(what));
        m_session.checkLost(xml.error);
        return;
    }
    Q_EMIT consoleXmlRead(requestId, true, xml.xml, secure, {});
    xml.xml.fill('\0');
}

} // namespace welkin::libvirt
