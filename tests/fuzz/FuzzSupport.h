#pragma once

// Shared by the fuzz harnesses: a failing invariant aborts (libFuzzer keeps the input as a crash,
// the replay test fails), and NUL-separated fields turn one input into several arguments.
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace welkin::fuzz {

[[noreturn]] inline void fail(const char *file, int line, const char *condition, const QString &detail)
{
    std::fprintf(stderr, "%s:%d: invariant violated: %s\n", file, line, condition);
    if (!detail.isEmpty())
        std::fprintf(stderr, "  %s\n", detail.toUtf8().constData());
    std::fflush(stderr);
    std::abort();
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Printable form of a value for failure messages: control characters escaped.
inline QString shown(const QString &value)
{
    QString out;
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || c == u'\\')
            out += QStringLiteral("\\x%1").arg(uint(c.unicode()), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return u'"' + out + u'"';
}

// The input split at NUL bytes: field i is what lies between the (i-1)th and ith NUL. Missing
// fields read as empty, so every input is usable.
class Fields
{
public:
    explicit Fields(const QByteArray &input) : m_parts(input.split('\0')) {}

    QByteArray raw() { return m_next < m_parts.size() ? m_parts.at(m_next++) : QByteArray(); }
    QString text() { return QString::fromUtf8(raw()); }
    // A decimal field; `fallback` when it is not a number.
    qint64 number(qint64 fallback)
    {
        bool ok = false;
        const qint64 value = raw().trimmed().toLongLong(&ok);
        return ok ? value : fallback;
    }
    bool flag() { return raw().startsWith('1'); }
    // The remaining fields, each one item.
    QStringList rest()
    {
        QStringList items;
        while (m_next < m_parts.size())
            items.append(text());
        return items;
    }

private:
    QList<QByteArray> m_parts;
    qsizetype m_next = 0;
};

} // namespace welkin::fuzz

#define FUZZ_CHECK(condition, detail)                                                                        \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            ::welkin::fuzz::fail(__FILE__, __LINE__, #condition, detail);                                  \
    } while (false)
