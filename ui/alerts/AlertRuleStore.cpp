#include "AlertRuleStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

const QString key = u"alerts/rules"_s;

} // namespace

AlertRuleStore::AlertRuleStore(UiStateStore *uiState, const QString &settingsPath) : m_settings(uiState, settingsPath)
{
}

AlertRuleStore::~AlertRuleStore() = default;

QList<AlertRule> AlertRuleStore::load() const
{
    return fromJson(m_settings.value(key));
}

void AlertRuleStore::save(const QList<AlertRule> &rules)
{
    m_settings.setValue(key, toJson(rules));
}

QByteArray AlertRuleStore::toJson(const QList<AlertRule> &rules)
{
    QJsonArray array;
    for (const AlertRule &rule : rules) {
        array.append(QJsonObject{
            {u"id"_s, rule.id},
            {u"name"_s, rule.name},
            {u"metric"_s, metricName(rule.metric)},
            {u"comparison"_s, MetricQuery::comparisonSymbol(rule.comparison)},
            {u"threshold"_s, rule.threshold},
            {u"durationMs"_s, double(rule.durationMs)},
            {u"hysteresis"_s, rule.hysteresis},
            {u"severity"_s, int(rule.severity)},
            {u"scope"_s, int(rule.scope)},
            {u"resource"_s, rule.resource.toString()},
            {u"group"_s, rule.group},
            {u"kind"_s, int(rule.kind)},
            {u"enabled"_s, rule.enabled},
            {u"memoryIn"_s, u"bytes"_s},
        });
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<AlertRule> AlertRuleStore::fromJson(const QByteArray &json)
{
    QList<AlertRule> rules;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        const std::optional<Metric> metric = metricFromName(object.value(u"metric"_s).toString());
        const QString id = object.value(u"id"_s).toString();
        const int scope = object.value(u"scope"_s).toInt(-1);
        if (!metric || id.isEmpty() || scope < 0 || scope > int(AlertRule::Scope::Below))
            continue;
        AlertRule rule;
        rule.id = id;
        rule.name = object.value(u"name"_s).toString();
        rule.metric = *metric;
        const QString symbol = object.value(u"comparison"_s).toString();
        for (auto comparison : {MetricQuery::Comparison::Greater, MetricQuery::Comparison::GreaterOrEqual,
                                MetricQuery::Comparison::Less, MetricQuery::Comparison::LessOrEqual,
                                MetricQuery::Comparison::Equal, MetricQuery::Comparison::NotEqual}) {
            if (MetricQuery::comparisonSymbol(comparison) == symbol)
                rule.comparison = comparison;
        }
        rule.threshold = object.value(u"threshold"_s).toDouble();
        rule.durationMs = qint64(object.value(u"durationMs"_s).toDouble());
        rule.hysteresis = object.value(u"hysteresis"_s).toDouble();
        // Rules saved while used memory was counted in KiB keep meaning the same amount.
        if (rule.metric == Metric::MemoryUsedBytes && object.value(u"memoryIn"_s).toString() != u"bytes"_s) {
            rule.threshold *= 1024.0;
            rule.hysteresis *= 1024.0;
        }
        rule.severity = static_cast<ProviderEvent::Severity>(
            qBound(0, object.value(u"severity"_s).toInt(), int(ProviderEvent::Severity::Error)));
        rule.scope = static_cast<AlertRule::Scope>(scope);
        rule.resource = ResourceId::fromString(object.value(u"resource"_s).toString());
        rule.group = object.value(u"group"_s).toString();
        rule.kind = object.value(u"kind"_s).toInt() == int(ResourceKind::Host) ? ResourceKind::Host : ResourceKind::Vm;
        rule.enabled = object.value(u"enabled"_s).toBool(true);
        rules.append(rule);
    }
    return rules;
}

} // namespace welkin
