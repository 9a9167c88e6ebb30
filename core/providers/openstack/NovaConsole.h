#pragma once

#include "console/ConsoleEndpoint.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

namespace welkin::openstack {

class NovaRegion;

// Asks Nova for a browser console of a server: POST /servers/{id}/remote-consoles (microversion
// 2.6+) or the older os-get*Console actions. Tries the protocols in turn while Nova answers
// "Unavailable console type" (or 501), so a cloud with only SPICE or only a serial console still
// opens one. The URL carries a one-time token that Nova lets expire (10 minutes by default).
class NovaConsole : public QObject
{
    Q_OBJECT
public:
    struct Kind {
        QString protocol; // "vnc", "spice", "serial"
        QString type;     // "novnc", "spice-html5", "serial"
    };
    NovaConsole(NovaRegion *region, QString serverId, QString serverName, const QString &preferredType,
                QObject *parent = nullptr);

    void start();
    void abort(const QString &reason);

    // The kinds to try: the one asked for ("vnc", "spice", "serial"; "" = vnc) first, then the others.
    static QList<Kind> order(const QString &preferredType);
    // The request for `kind`: path below the compute endpoint and body, for `microversion`.
    static QString requestPath(const QString &serverId, const QString &microversion);
    static QByteArray requestBody(const Kind &kind, const QString &microversion);
    // "noVNC", "SPICE (HTML5)", "serial" for the user.
    static QString typeLabel(const QString &type);
    // The endpoint in either answer ({"remote_console": …} or {"console": …}); false + error when
    // it has no usable URL. `detail` (also the endpoint's note): the console type and the expiry.
    static bool endpointFromResponse(const QJsonObject &body, const QString &serverName, ConsoleEndpoint &out,
                                     QString &detail, QString &error);

Q_SIGNALS:
    // error "" on success; `detail` says the console type and that the link expires. `noConsole`:
    // Nova offers no kind at all for this server (the region has none enabled).
    void finished(const welkin::ConsoleEndpoint &endpoint, const QString &detail, const QString &error,
                  bool noConsole);

private:
    void tryNext();
    void finish(const ConsoleEndpoint &endpoint, const QString &detail, const QString &error, bool noConsole);

    NovaRegion *m_region;
    QString m_serverId;
    QString m_serverName;
    QList<Kind> m_kinds;
    QStringList m_refusals; // Nova's answer per kind it does not offer
    bool m_finished = false;
};

} // namespace welkin::openstack
