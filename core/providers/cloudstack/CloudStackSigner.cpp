#include "CloudStackSigner.h"

#include <QMessageAuthenticationCode>

#include <algorithm>

namespace welkin::cloudstack {

using namespace Qt::StringLiterals;

QByteArray javaUrlEncode(const QString &value)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = value.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char c : utf8) {
        const auto b = static_cast<unsigned char>(c);
        if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '.' || b == '-'
            || b == '*' || b == '_') {
            out.append(c);
        } else if (b == ' ') {
            out.append("%20"); // Java writes '+', the server then replaces it with %20
        } else {
            out.append('%');
            out.append(hex[b >> 4]);
            out.append(hex[b & 0xf]);
        }
    }
    return out;
}

QByteArray stringToSign(const Params &params)
{
    Params sorted = params;
    // Java String.compareTo: UTF-16 code units, which QString's operator< compares too.
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray out;
    for (const auto &[name, value] : std::as_const(sorted)) {
        if (!out.isEmpty())
            out.append('&');
        out.append(javaUrlEncode(name)); // names are plain ASCII; encoding is a no-op for them
        out.append('=');
        out.append(javaUrlEncode(value));
    }
    return out.toLower();
}

QByteArray signature(const QByteArray &stringToSign, const QString &secretKey)
{
    return QMessageAuthenticationCode::hash(stringToSign, secretKey.toUtf8(), QCryptographicHash::Sha1).toBase64();
}

QString expiresText(const QDateTime &when)
{
    return when.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u"+0000"_s;
}

QByteArray signedQuery(Params params, const QString &apiKey, const QString &secretKey, const QDateTime &expires)
{
    params.append({u"apikey"_s, apiKey});
    params.append({u"response"_s, u"json"_s});
    if (expires.isValid()) {
        params.append({u"signatureversion"_s, u"3"_s});
        params.append({u"expires"_s, expiresText(expires)});
    }
    QByteArray query;
    for (const auto &[name, value] : std::as_const(params)) {
        query.append(javaUrlEncode(name));
        query.append('=');
        query.append(javaUrlEncode(value));
        query.append('&');
    }
    query.append("signature=");
    query.append(javaUrlEncode(QString::fromLatin1(signature(stringToSign(params), secretKey))));
    return query;
}

} // namespace welkin::cloudstack
