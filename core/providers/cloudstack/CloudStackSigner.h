#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

namespace welkin::cloudstack {

// Request parameters in the order given; names as they go on the wire (send them lower-case:
// the server sorts the names it received case-sensitively).
using Params = QList<std::pair<QString, QString>>;

// Java's URLEncoder.encode(value, "UTF-8") with every '+' turned into "%20", which is what the
// server re-encodes each received value with before it checks the signature. Unreserved:
// A-Z a-z 0-9 . - * _ ; '~' becomes %7E (QUrl::toPercentEncoding differs on '~' and '*').
QByteArray javaUrlEncode(const QString &value);

// The string the server signs: pairs sorted by name (case-sensitive, as Java's
// Collections.sort), values encoded as above, joined with '&', the whole lower-cased.
QByteArray stringToSign(const Params &params);

// Base64 of HMAC-SHA1(stringToSign, secret).
QByteArray signature(const QByteArray &stringToSign, const QString &secretKey);

// The query to send: the given parameters plus apikey and response=json (and, for expiring
// signatures, signatureversion=3 and expires), each value encoded as it was signed, then
// "&signature=<encoded signature>".
QByteArray signedQuery(Params params, const QString &apiKey, const QString &secretKey,
                       const QDateTime &expires = {});

// "2011-10-10T12:00:00+0000": the form the server parses `expires` with.
QString expiresText(const QDateTime &when);

} // namespace welkin::cloudstack
