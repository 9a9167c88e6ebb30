#include "EnglishPlurals.h"

#include <cstring>

namespace welkin {

using namespace Qt::StringLiterals;

QString EnglishPlurals::translate(const char *, const char *sourceText, const char *, int n) const
{
    if (n < 0 || !sourceText || !std::strstr(sourceText, "(s)"))
        return {};
    QString text = QString::fromUtf8(sourceText);
    text.replace(u"(s)"_s, n == 1 ? QString() : u"s"_s);
    return text; // QCoreApplication::translate() puts the number in for %n
}

} // namespace welkin
