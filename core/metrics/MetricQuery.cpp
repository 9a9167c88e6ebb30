#include "MetricQuery.h"

#include "model/Resource.h"

#include <QRegularExpression>

#include <cmath>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

struct Operator {
    QLatin1StringView symbol;
    MetricQuery::Comparison comparison;
};
// Longest first, so ">=" is not read as ">" followed by "=…".
const Operator operators[] = {
    {">="_L1, MetricQuery::Comparison::GreaterOrEqual}, {"<="_L1, MetricQuery::Comparison::LessOrEqual},
    {"!="_L1, MetricQuery::Comparison::NotEqual},       {"=="_L1, MetricQuery::Comparison::Equal},
    {">"_L1, MetricQuery::Comparison::Greater},         {"<"_L1, MetricQuery::Comparison::Less},
    {"="_L1, MetricQuery::Comparison::Equal},
};

bool isOperatorChar(QChar c)
{
    return c == u'<' || c == u'>' || c == u'=' || c == u'!';
}

} // namespace

MetricQuery MetricQuery::parse(const QString &text)
{
    MetricQuery query;
    const QStringList terms = text.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    for (const QString &term : terms) {
        const QString error = query.parseTerm(term);
        if (!error.isEmpty()) {
            query.m_error = error;
            break;
        }
    }
    return query;
}

QString MetricQuery::parseTerm(const QString &term)
{
    if (term.startsWith("state:"_L1, Qt::CaseInsensitive)) {
        const QString name = term.mid(6).toLower();
        const QString normalized = name == "shutoff"_L1 || name == "off"_L1 || name == "stopped"_L1 ? u"shut-off"_s : name;
        const PowerState state = powerStateFromName(normalized);
        if (state == PowerState::Unknown && normalized != "unknown"_L1) {
            QStringList known;
            for (int i = int(PowerState::Running); i <= int(PowerState::Error); ++i)
                known.append(powerStateName(PowerState(i)));
            if (name.isEmpty())
                return tr("'%1': a state is missing after 'state:' (one of %2).").arg(term, known.join(u", "_s));
            return tr("'%1': unknown state '%2' (one of %3).").arg(term, name, known.join(u", "_s));
        }
        m_states.append(state);
        return {};
    }
    qsizetype opAt = -1;
    for (qsizetype i = 0; i < term.size(); ++i) {
        if (isOperatorChar(term.at(i))) {
            opAt = i;
            break;
        }
    }
    if (opAt < 0) {
        m_text.append(term);
        return {};
    }
    const QString name = term.left(opAt);
    if (name.isEmpty())
        return tr("'%1': a metric name is missing before '%2' (one of %3).")
            .arg(term, QString(term.at(opAt)), metricNames().join(u", "_s));
    const std::optional<Metric> metric = metricFromName(name);
    if (!metric)
        return tr("'%1': unknown metric '%2' (one of %3).").arg(term, name, metricNames().join(u", "_s));

    const QString rest = term.mid(opAt);
    const Operator *op = nullptr;
    for (const Operator &candidate : operators) {
        if (rest.startsWith(candidate.symbol)) {
            op = &candidate;
            break;
        }
    }
    if (!op)
        return tr("'%1': '%2' is not a comparison (use >, >=, <, <=, = or !=).").arg(term, rest.left(2));
    QString number = rest.mid(op->symbol.size());
    if (number.isEmpty())
        return tr("'%1': a number is missing after '%2'.").arg(term, op->symbol);
    if (isOperatorChar(number.front()))
        return tr("'%1': a number is expected after '%2', not '%3'.").arg(term, op->symbol, QString(number.front()));

    static const QRegularExpression numberPattern(
        u"^([0-9]+(?:\\.[0-9]+)?|\\.[0-9]+)([kKmMgGtT]?)(?:[iI]?[bB](?:/s)?)?(%?)$"_s);
    const QRegularExpressionMatch match = numberPattern.match(number);
    if (!match.hasMatch())
        return tr("'%1': '%2' is not a number (examples: 80, 2.5, 10M).").arg(term, number);
    bool finite = false;
    double value = match.captured(1).toDouble(&finite);
    const QString unit = match.captured(2).toLower();
    if (!unit.isEmpty()) {
        if (metricIsPercent(*metric))
            return tr("'%1': %2 is a percentage; '%3' needs no unit.").arg(term, name, number);
        value *= std::pow(1024.0, double(QStringView(u"kmgt").indexOf(unit.front()) + 1));
    }
    if (!finite || !std::isfinite(value)) // too many digits for a double
        return tr("'%1': '%2' is not a number (examples: 80, 2.5, 10M).").arg(term, number);
    if (!match.captured(3).isEmpty() && !metricIsPercent(*metric))
        return tr("'%1': %2 is not a percentage.").arg(term, name);
    if (metricIsPercent(*metric) && value > 100.0)
        return tr("'%1': a percentage is at most 100.").arg(term);
    m_predicates.append({*metric, op->comparison, value});
    return {};
}

bool MetricQuery::compare(double value, Comparison comparison, double threshold)
{
    if (std::isnan(value))
        return false;
    switch (comparison) {
    case Comparison::Greater: return value > threshold;
    case Comparison::GreaterOrEqual: return value >= threshold;
    case Comparison::Less: return value < threshold;
    case Comparison::LessOrEqual: return value <= threshold;
    case Comparison::Equal: return std::abs(value - threshold) < 1e-9 * std::max(1.0, std::abs(threshold));
    case Comparison::NotEqual: return std::abs(value - threshold) >= 1e-9 * std::max(1.0, std::abs(threshold));
    }
    return false;
}

QString MetricQuery::comparisonSymbol(Comparison comparison)
{
    switch (comparison) {
    case Comparison::Greater: return u">"_s;
    case Comparison::GreaterOrEqual: return u">="_s;
    case Comparison::Less: return u"<"_s;
    case Comparison::LessOrEqual: return u"<="_s;
    case Comparison::Equal: return u"="_s;
    case Comparison::NotEqual: return u"!="_s;
    }
    return {};
}

bool MetricQuery::matches(const Resource &resource, const MetricSample *latest, const QString &searchText) const
{
    if (!isValid())
        return false;
    if (!m_states.isEmpty()) {
        const VmInfo *vm = resource.vm();
        if (!vm || !m_states.contains(vm->state))
            return false;
    }
    const QString &haystack = searchText.isEmpty() ? resource.name : searchText;
    for (const QString &text : m_text)
        if (!haystack.contains(text, Qt::CaseInsensitive))
            return false;
    // The figure the views show: a paused or stopped VM's last sample does not count.
    const PowerState state = resource.vm() ? resource.vm()->state : PowerState::Running;
    for (const Predicate &p : m_predicates) {
        if (!compare(shownMetricValue(latest, p.metric, state), p.comparison, p.value))
            return false;
    }
    return true;
}

} // namespace welkin
