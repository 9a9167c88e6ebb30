#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace welkin::libvirt {

class DomainCache;
class LibvirtSession;

// The worker side of opening a console: reads a domain's live XML (ports chosen at start are
// only there), with VIR_DOMAIN_XML_SECURE unless the connection refuses it, so the provider can
// find the graphics endpoint and its password (LibvirtConsole.cpp). Worker thread.
class ConsoleXmlReader : public QObject
{
    Q_OBJECT
public:
    ConsoleXmlReader(LibvirtSession &session, const DomainCache &cache, QObject *parent = nullptr);

    // Answers with consoleXmlRead.
    void read(quint64 requestId, const QString &uuid, const QString &vmName);

Q_SIGNALS:
    // `xml` may hold a graphics password (when `secure`): wipe it after use.
    void consoleXmlRead(quint64 requestId, bool ok, const QByteArray &xml, bool secure, const QString &errorText);

private:
    LibvirtSession &m_session;
    const DomainCache &m_cache;
};

} // namespace welkin::libvirt
