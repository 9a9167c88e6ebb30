#include "LibvirtUnits.h"

#include <QtNumeric>

namespace welkin {

namespace {

// libvirt's virScaleInteger rules: "b"/"bytes", then k/M/G/T/P/E (case-insensitive) alone or with
// "iB" (powers of 1024) or "B" (powers of 1000). Empty means KiB, the default for memory.
bool unitToBytes(QStringView unit, quint64 &factor)
{
    if (unit.isEmpty()) {
        factor = 1024;
        return true;
    }
    if (unit.compare(u"b", Qt::CaseInsensitive) == 0 || unit.compare(u"byte", Qt::CaseInsensitive) == 0
        || unit.compare(u"bytes", Qt::CaseInsensitive) == 0) {
        factor = 1;
        return true;
    }
    static constexpr char16_t Prefixes[] = u"kmgtpe";
    const char16_t first = unit.front().toLower().unicode();
    int power = 0;
    while (power < 6 && Prefixes[power] != first)
        ++power;
    if (power == 6)
        return false;
    ++power;
    const QStringView suffix = unit.mid(1);
    quint64 base = 0;
    if (suffix.isEmpty() || suffix.compare(u"iB", Qt::CaseInsensitive) == 0)
        base = 1024;
    else if (suffix.compare(u"B", Qt::CaseInsensitive) == 0)
        base = 1000;
    else
        return false;
    factor = 1;
    for (int i = 0; i < power; ++i)
        factor *= base; // 1024^6 = 2^60 still fits
    return true;
}

} // namespace

bool libvirtScaledToKiB(quint64 value, QStringView unit, quint64 &kib)
{
    quint64 factor = 0;
    if (!unitToBytes(unit, factor))
        return false;
    if (factor % 1024 == 0) // avoids going through bytes, which overflows sooner
        return !qMulOverflow(value, factor / 1024, &kib);
    quint64 bytes = 0;
    if (qMulOverflow(value, factor, &bytes))
        return false;
    kib = bytes / 1024 + (bytes % 1024 ? 1 : 0);
    return true;
}

} // namespace welkin
