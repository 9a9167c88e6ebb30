#pragma once

#include "console/ConsoleEndpoint.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace welkin::cloudstack {

// createConsoleEndpoint's answer (the envelope's content: {"consoleendpoint": {success, details,
// url, websocket}}) as a URL for the browser. A relative url is taken against the API endpoint.
// False with a readable `error` when the server said no (success false: its details) or sent
// no usable http(s) URL.
bool consoleEndpointFromResponse(const QJsonObject &body, const QUrl &apiEndpoint, const QString &vmName,
                                 ConsoleEndpoint &out, QString &error);

} // namespace welkin::cloudstack
