#pragma once

#include <QString>

namespace welkin {

// Checks an http(s) API URL of a cloud (Keystone auth URL, CloudStack endpoint): scheme, host,
// port. `what` names the field in the message ("auth URL"). "" when it looks right.
QString cloudUrlProblem(const QString &url, const QString &what);

} // namespace welkin
