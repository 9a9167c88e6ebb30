#include "QuotaFigures.h"

#include <QStringList>

namespace welkin::quota {

using namespace Qt::StringLiterals;

namespace {
constexpr QLatin1StringView prefix = "quota."_L1;
constexpr QLatin1StringView usedSuffix = ".used"_L1;
constexpr QLatin1StringView maxSuffix = ".max"_L1;
} // namespace

QString usedKey(const QString &name)
{
    return prefix + name + usedSuffix;
}

QString maxKey(const QString &name)
{
    return prefix + name + maxSuffix;
}

bool isQuotaKey(const QString &detailKey)
{
    return detailKey.startsWith(prefix) && (detailKey.endsWith(usedSuffix) || detailKey.endsWith(maxSuffix));
}

QList<Figure> figures(const QMap<QString, QString> &details)
{
    QStringList names{QString::fromLatin1(instances), QString::fromLatin1(cores), QString::fromLatin1(ramMiB),
                      QString::fromLatin1(keyPairs), QString::fromLatin1(serverGroups)};
    QStringList others;
    // "quota." sorts together in the map: one pass over that range.
    for (auto it = details.lowerBound(prefix); it != details.cend() && it.key().startsWith(prefix); ++it) {
        if (!isQuotaKey(it.key()))
            continue;
        const QString name = it.key().mid(prefix.size()).section(u'.', 0, -2);
        if (!name.isEmpty() && !names.contains(name) && !others.contains(name))
            others.append(name);
    }
    names.append(others);
    QList<Figure> result;
    for (const QString &name : std::as_const(names)) {
        Figure figure;
        figure.name = name;
        bool usedOk = false, maxOk = false;
        const qint64 used = details.value(usedKey(name)).toLongLong(&usedOk);
        const qint64 max = details.value(maxKey(name)).toLongLong(&maxOk);
        if (!usedOk && !maxOk)
            continue;
        figure.used = usedOk && used >= 0 ? used : -1;
        figure.hasMax = maxOk;
        figure.max = maxOk && max >= 0 ? max : -1;
        result.append(figure);
    }
    return result;
}

} // namespace welkin::quota
