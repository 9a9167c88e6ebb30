#pragma once

#include <QJsonValue>
#include <QString>

namespace welkin {

// A cloud's id as Welkin keys it: strings as sent, integral numbers as plain digits ("42", never
// "42.0" or "4.2e+01"; older CloudStack releases and some Nova proxies send numbers). Anything
// else — missing, null, bool, object, array, "" — is no id: the result is empty and the caller
// skips the object (with a message) rather than merging it with others under "".
QString jsonId(const QJsonValue &value);

} // namespace welkin
