#include "JsonId.h"

#include <QLocale>

#include <cmath>

namespace welkin {

QString jsonId(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (!value.isDouble())
        return {};
    const double d = value.toDouble();
    if (!std::isfinite(d))
        return {};
    // 2^63: beyond it an integral double has no qint64; such an id keeps its exact decimal form.
    if (std::trunc(d) == d && std::abs(d) < 9223372036854775808.0)
        return QString::number(value.toInteger()); // exact also above 2^53 when sent as an integer
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

} // namespace welkin
