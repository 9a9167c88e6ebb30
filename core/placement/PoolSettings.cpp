#include "PoolSettings.h"

#include <QJsonArray>

namespace welkin {

using namespace Qt::StringLiterals;

PoolSettings PoolSettings::fromJson(const QJsonObject &json)
{
    PoolSettings settings;
    BalancePolicy &p = settings.policy;
    const auto number = [&json](const QString &key, double fallback) {
        const QJsonValue value = json.value(key);
        return value.isDouble() ? value.toDouble() : fallback;
    };
    p.cpuCeilingPercent = number(u"cpuCeilingPercent"_s, p.cpuCeilingPercent);
    p.memoryCeilingPercent = number(u"memoryCeilingPercent"_s, p.memoryCeilingPercent);
    p.windowMinutes = int(number(u"windowMinutes"_s, p.windowMinutes));
    p.minBenefitPercent = number(u"minBenefitPercent"_s, p.minBenefitPercent);
    p.maxMovesPerRound = int(number(u"maxMovesPerRound"_s, p.maxMovesPerRound));
    p.cooldownMinutes = int(number(u"cooldownMinutes"_s, p.cooldownMinutes));
    for (const QJsonValue &group : json.value(u"keepApartGroups"_s).toArray())
        if (group.isString())
            p.keepApartGroups.append(group.toString());
    p.automatic = json.value(u"automatic"_s).toBool(false);
    settings.copyDisks = json.value(u"copyDisks"_s).toBool(false);
    settings.dryRun = json.value(u"dryRun"_s).toBool(true);
    return settings;
}

QJsonObject PoolSettings::toJson() const
{
    return QJsonObject{
        {u"cpuCeilingPercent"_s, policy.cpuCeilingPercent},
        {u"memoryCeilingPercent"_s, policy.memoryCeilingPercent},
        {u"windowMinutes"_s, policy.windowMinutes},
        {u"minBenefitPercent"_s, policy.minBenefitPercent},
        {u"maxMovesPerRound"_s, policy.maxMovesPerRound},
        {u"cooldownMinutes"_s, policy.cooldownMinutes},
        {u"keepApartGroups"_s, QJsonArray::fromStringList(policy.keepApartGroups)},
        {u"automatic"_s, policy.automatic},
        {u"copyDisks"_s, copyDisks},
        {u"dryRun"_s, dryRun},
    };
}

} // namespace welkin
