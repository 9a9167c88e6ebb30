#include "AlertEngine.h"

#include "inventory/Inventory.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("AlertEngine", text); }

// On the good side of the threshold by the hysteresis margin.
bool cleared(const AlertRule &rule, double value)
{
    using C = MetricQuery::Comparison;
    double threshold = rule.threshold;
    if (rule.comparison == C::Greater || rule.comparison == C::GreaterOrEqual)
        threshold -= rule.hysteresis;
    else if (rule.comparison == C::Less || rule.comparison == C::LessOrEqual)
        threshold += rule.hysteresis;
    return !MetricQuery::compare(value, rule.comparison, threshold);
}

} // namespace

QString AlertRule::conditionText() const
{
    QString text = metricName(metric) + u' ' + MetricQuery::comparisonSymbol(comparison) + u' '
        + QString::number(threshold);
    if (durationMs > 0)
        text += tr(" for %1 s").arg(double(durationMs) / 1000.0);
    return text;
}

AlertEngine::AlertEngine(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<AlertEvent>();
    qRegisterMetaType<ActiveAlert>();
    qRegisterMetaType<ProviderEvent>();
}

void AlertEngine::setRules(const QList<AlertRule> &rules)
{
    // States of rules that stay (same id) survive an edit of the list.
    QHash<QString, int> newIndex;
    for (int i = 0; i < rules.size(); ++i)
        newIndex.insert(rules[i].id, i);
    QList<int> remap(m_rules.size(), -1);
    for (int i = 0; i < m_rules.size(); ++i)
        remap[i] = newIndex.value(m_rules[i].id, -1);
    // Alerts of a rule that went resolve: whoever lists them must not keep them active.
    QList<AlertEvent> removed;
    for (auto it = m_states.cbegin(); it != m_states.cend(); ++it)
        for (const State &s : *it)
            if (remap.value(s.rule, -1) < 0 && s.phase != Phase::Pending)
                removed.append(resolvedWithoutSample(m_rules[s.rule], it.key(), s));
    m_rules = rules;
    for (auto it = m_states.begin(); it != m_states.end();) {
        for (State &s : *it)
            s.rule = remap.value(s.rule, -1);
        it->removeIf([](const State &s) { return s.rule < 0; });
        if (it->isEmpty()) {
            --m_statesPerProvider[it.key().providerId()];
            it = m_states.erase(it);
        } else {
            ++it;
        }
    }
    for (AlertEvent &event : removed) {
        event.message = tr("%1: %2 resolved: the rule was removed").arg(nameOf(event.resource), event.ruleName);
        emitEvent(event, ProviderEvent::Severity::Info);
    }
    setGroups(m_groups);
    Q_EMIT rulesChanged();
}

void AlertEngine::setGroups(const QHash<QString, QList<ResourceId>> &groups)
{
    m_groups = groups;
    m_global.clear();
    m_byResource.clear();
    m_below.clear();
    for (int i = 0; i < m_rules.size(); ++i) {
        const AlertRule &rule = m_rules[i];
        if (!rule.enabled)
            continue;
        switch (rule.scope) {
        case AlertRule::Scope::Global: m_global.append(i); break;
        case AlertRule::Scope::Resource: m_byResource[rule.resource].append(i); break;
        case AlertRule::Scope::Group:
            for (const ResourceId &member : groups.value(rule.group))
                m_byResource[member].append(i);
            break;
        case AlertRule::Scope::Below: m_below[rule.resource].append(i); break;
        }
    }
    dropInapplicableStates();
}

bool AlertEngine::applies(int ruleIndex, const ResourceId &resource) const
{
    const AlertRule &rule = m_rules[ruleIndex];
    if (!rule.enabled)
        return false;
    switch (rule.scope) {
    case AlertRule::Scope::Global: return rule.kind == resource.kind();
    case AlertRule::Scope::Resource: return rule.resource == resource;
    case AlertRule::Scope::Group: return m_groups.value(rule.group).contains(resource);
    case AlertRule::Scope::Below: {
        if (rule.kind != resource.kind() || !m_inventory)
            return false;
        const InventoryNode *node = m_inventory->node(resource);
        for (const InventoryNode *p = node ? node->parent() : nullptr; p; p = p->parent())
            if (p->id() == rule.resource)
                return true;
        // Not in the tree (yet, or any more): leave its state to the removal handling.
        return node == nullptr;
    }
    }
    return false;
}

void AlertEngine::dropInapplicableStates()
{
    QList<AlertEvent> resolved;
    for (auto it = m_states.begin(); it != m_states.end();) {
        const ResourceId &resource = it.key();
        it->removeIf([&](const State &s) {
            if (applies(s.rule, resource))
                return false;
            if (s.phase != Phase::Pending)
                resolved.append(resolvedWithoutSample(m_rules[s.rule], resource, s));
            return true;
        });
        if (it->isEmpty()) {
            --m_statesPerProvider[resource.providerId()];
            it = m_states.erase(it);
        } else {
            ++it;
        }
    }
    for (AlertEvent &event : resolved) {
        const QString name = nameOf(event.resource);
        event.message = tr("%1: %2 resolved: the rule no longer applies to it").arg(name, event.ruleName);
        emitEvent(event, ProviderEvent::Severity::Info);
    }
}

AlertEvent AlertEngine::resolvedWithoutSample(const AlertRule &rule, const ResourceId &resource, const State &state) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    AlertEvent event;
    event.kind = AlertEvent::Kind::Resolved;
    event.ruleId = rule.id;
    event.ruleName = rule.name.isEmpty() ? rule.conditionText() : rule.name;
    event.resource = resource;
    event.severity = rule.severity;
    event.metric = rule.metric;
    event.value = NAN;
    event.sinceMs = now;
    event.timestampMs = now;
    event.acknowledged = state.acknowledged;
    return event;
}

QString AlertEngine::nameOf(const ResourceId &resource) const
{
    const QString who = m_names ? m_names(resource) : QString();
    return who.isEmpty() ? resource.toString() : who;
}

void AlertEngine::evaluate(const MetricSamples &samples)
{
    if (m_rules.isEmpty())
        return;
    QVarLengthArray<int, 8> applicable;
    QVarLengthArray<double, 8> values;
    const QString *provider = nullptr;
    bool providerHasStates = false;
    for (const MetricSample &sample : samples) {
        applicable.clear();
        for (int rule : std::as_const(m_global))
            if (m_rules[rule].kind == sample.id.kind())
                applicable.append(rule);
        if (!m_byResource.isEmpty()) {
            const auto it = m_byResource.constFind(sample.id);
            if (it != m_byResource.cend())
                applicable.append(it->constData(), it->size());
        }
        if (!m_below.isEmpty() && m_inventory) {
            // One look-up for the node, then one per ancestor (a handful: pool, connection, host).
            const InventoryNode *node = m_inventory->node(sample.id);
            for (const InventoryNode *p = node ? node->parent() : nullptr; p; p = p->parent()) {
                const auto it = m_below.constFind(p->id());
                if (it == m_below.cend())
                    continue;
                for (int rule : *it)
                    if (m_rules[rule].kind == sample.id.kind())
                        applicable.append(rule);
            }
        }
        if (applicable.isEmpty())
            continue;
        bool anyCondition = false;
        values.resize(applicable.size());
        for (qsizetype i = 0; i < applicable.size(); ++i) {
            const AlertRule &rule = m_rules[applicable[i]];
            values[i] = metricValue(sample, rule.metric);
            anyCondition = anyCondition || MetricQuery::compare(values[i], rule.comparison, rule.threshold);
        }
        // The common case: nothing wrong and nothing pending on this provider. No state
        // look-up (hashing the id) then.
        if (!provider || *provider != sample.id.providerId()) {
            provider = &sample.id.providerId();
            providerHasStates = m_statesPerProvider.value(*provider) > 0;
        }
        if (!anyCondition && !providerHasStates)
            continue;
        auto it = m_states.find(sample.id);
        if (it == m_states.end()) {
            if (!anyCondition)
                continue;
            it = m_states.insert(sample.id, States());
            ++m_statesPerProvider[*provider];
            providerHasStates = true;
        }
        for (qsizetype i = 0; i < applicable.size(); ++i) {
            const AlertRule &rule = m_rules[applicable[i]];
            const double value = values[i];
            if (std::isnan(value))
                continue; // no figure this cycle: neither evidence for nor against
            const bool condition = MetricQuery::compare(value, rule.comparison, rule.threshold);
            const int ruleIndex = applicable[i];
            State *state = nullptr;
            for (State &s : *it)
                if (s.rule == ruleIndex)
                    state = &s;
            if (!state) {
                if (!condition)
                    continue;
                it->append(State{ruleIndex, Phase::Pending, false, sample.timestampMs, sample.timestampMs, value});
                state = &it->back();
            }
            if (state->phase != Phase::Pending && state->value != value)
                m_valuesChanged = true;
            state->value = value;
            if (!step(rule, *state, sample, value, condition))
                it->removeIf([ruleIndex](const State &s) { return s.rule == ruleIndex; });
        }
        if (it->isEmpty()) {
            --m_statesPerProvider[*provider];
            m_states.erase(it);
        }
    }
    if (m_valuesChanged) {
        m_valuesChanged = false;
        Q_EMIT activeValuesChanged();
    }
}

bool AlertEngine::step(const AlertRule &rule, State &state, const MetricSample &sample, double value, bool condition)
{
    const qint64 t = sample.timestampMs;
    switch (state.phase) {
    case Phase::Pending:
        if (!condition)
            return false;
        if (t - state.sinceMs >= rule.durationMs) {
            state.phase = Phase::Firing;
            announce(AlertEvent::Kind::Firing, rule, sample, state);
        }
        return true;
    case Phase::Firing:
        if (cleared(rule, value)) {
            state.phase = Phase::Clearing;
            state.sinceMs = t;
            if (rule.durationMs <= 0) {
                state.phase = Phase::Pending; // no longer active for whoever asks while it is announced
                announce(AlertEvent::Kind::Resolved, rule, sample, state);
                return false;
            }
        }
        return true;
    case Phase::Clearing:
        if (!cleared(rule, value)) {
            state.phase = Phase::Firing; // back over the line: still the same alert
            return true;
        }
        if (t - state.sinceMs >= rule.durationMs) {
            state.phase = Phase::Pending;
            announce(AlertEvent::Kind::Resolved, rule, sample, state);
            return false;
        }
        return true;
    }
    return false;
}

void AlertEngine::announce(AlertEvent::Kind kind, const AlertRule &rule, const MetricSample &sample, const State &state)
{
    AlertEvent event;
    event.kind = kind;
    event.ruleId = rule.id;
    event.ruleName = rule.name.isEmpty() ? rule.conditionText() : rule.name;
    event.resource = sample.id;
    event.severity = rule.severity;
    event.metric = rule.metric;
    event.value = state.value;
    // Firing: when the condition started; resolved: when the clearance started.
    event.sinceMs = kind == AlertEvent::Kind::Firing ? state.conditionSinceMs : state.sinceMs;
    event.timestampMs = sample.timestampMs;
    event.acknowledged = state.acknowledged;
    const QString name = nameOf(sample.id);
    event.message = kind == AlertEvent::Kind::Firing
        ? tr("%1: %2 (%3): %4").arg(name, event.ruleName, rule.conditionText(), formatMetric(rule.metric, state.value))
        : tr("%1: %2 resolved (%3 now)").arg(name, event.ruleName, formatMetric(rule.metric, state.value));

    emitEvent(event, kind == AlertEvent::Kind::Firing ? rule.severity : ProviderEvent::Severity::Info);
}

void AlertEngine::emitEvent(const AlertEvent &event, ProviderEvent::Severity severity)
{
    ProviderEvent providerEvent;
    providerEvent.time = QDateTime::fromMSecsSinceEpoch(event.timestampMs);
    providerEvent.providerId = event.resource.providerId();
    providerEvent.resource = event.resource;
    providerEvent.severity = severity;
    providerEvent.message = event.message;
    if (event.kind == AlertEvent::Kind::Firing)
        Q_EMIT alertFiring(event);
    else
        Q_EMIT alertResolved(event);
    Q_EMIT eventOccurred(providerEvent);
}

void AlertEngine::followInventory(const Inventory *inventory)
{
    if (m_removals && m_removals->inventory() == inventory)
        return;
    delete m_removals;
    m_inventory = inventory;
    m_removals = new InventoryRemovals(inventory, this);
    connect(m_removals, &InventoryRemovals::removed, this, &AlertEngine::resolveRemoved);
}

void AlertEngine::resolveRemoved(const QList<RemovedResource> &resources)
{
    for (const RemovedResource &removed : resources) {
        const auto it = m_states.find(removed.id);
        if (it != m_states.end()) {
            const States states = *it;
            --m_statesPerProvider[removed.id.providerId()];
            m_states.erase(it);
            // A pending condition never fired: nothing to resolve.
            for (const State &s : states) {
                if (s.phase == Phase::Pending || s.rule < 0 || s.rule >= m_rules.size())
                    continue;
                AlertEvent event = resolvedWithoutSample(m_rules[s.rule], removed.id, s);
                const QString name = removed.name.isEmpty() ? removed.id.toString() : removed.name;
                event.message = tr("%1: %2 resolved: %3 was removed (deleted, or its connection was closed)")
                                    .arg(name, event.ruleName, name);
                emitEvent(event, ProviderEvent::Severity::Info);
            }
        }
        Q_EMIT resourceRemoved(removed.id);
    }
}

bool AlertEngine::isFiring(const QString &ruleId, const ResourceId &resource) const
{
    const auto it = m_states.constFind(resource);
    if (it == m_states.cend())
        return false;
    for (const State &s : *it)
        if (m_rules[s.rule].id == ruleId)
            return s.phase != Phase::Pending;
    return false;
}

QList<std::pair<QString, ResourceId>> AlertEngine::firing() const
{
    QList<std::pair<QString, ResourceId>> result;
    for (auto it = m_states.cbegin(); it != m_states.cend(); ++it)
        for (const State &s : *it)
            if (s.phase != Phase::Pending)
                result.append({m_rules[s.rule].id, it.key()});
    return result;
}

ActiveAlert AlertEngine::activeAlert(const ResourceId &resource, const State &state) const
{
    const AlertRule &rule = m_rules[state.rule];
    ActiveAlert alert;
    alert.ruleId = rule.id;
    alert.ruleName = rule.name.isEmpty() ? rule.conditionText() : rule.name;
    alert.condition = rule.conditionText();
    alert.resource = resource;
    alert.severity = rule.severity;
    alert.metric = rule.metric;
    alert.value = state.value;
    alert.sinceMs = state.conditionSinceMs;
    alert.acknowledged = state.acknowledged;
    return alert;
}

QList<ActiveAlert> AlertEngine::activeAlerts(const ResourceId &resource) const
{
    QList<ActiveAlert> result;
    const auto collect = [&](const ResourceId &id, const States &states) {
        for (const State &s : states)
            if (s.phase != Phase::Pending)
                result.append(activeAlert(id, s));
    };
    if (resource.isValid()) {
        const auto it = m_states.constFind(resource);
        if (it != m_states.cend())
            collect(resource, *it);
    } else {
        for (auto it = m_states.cbegin(); it != m_states.cend(); ++it)
            collect(it.key(), *it);
    }
    return result;
}

bool AlertEngine::hasActiveAlert(const ResourceId &resource) const
{
    const auto it = m_states.constFind(resource);
    return it != m_states.cend()
        && std::any_of(it->cbegin(), it->cend(), [](const State &s) { return s.phase != Phase::Pending; });
}

bool AlertEngine::hasUnacknowledgedAlert(const ResourceId &resource) const
{
    const auto it = m_states.constFind(resource);
    return it != m_states.cend() && std::any_of(it->cbegin(), it->cend(), [](const State &s) {
        return s.phase != Phase::Pending && !s.acknowledged;
    });
}

bool AlertEngine::acknowledge(const QString &ruleId, const ResourceId &resource)
{
    const auto it = m_states.find(resource);
    if (it == m_states.end())
        return false;
    for (State &s : *it) {
        if (m_rules[s.rule].id != ruleId || s.phase == Phase::Pending)
            continue;
        if (!s.acknowledged) {
            s.acknowledged = true;
            Q_EMIT alertAcknowledged(ruleId, resource);
        }
        return true;
    }
    return false;
}

QSet<ResourceId> AlertEngine::closelyWatched() const
{
    QSet<ResourceId> result;
    for (const AlertRule &rule : m_rules) {
        if (!rule.enabled)
            continue;
        if (rule.scope == AlertRule::Scope::Resource && rule.resource.isValid())
            result.insert(rule.resource);
        else if (rule.scope == AlertRule::Scope::Group)
            for (const ResourceId &member : m_groups.value(rule.group))
                result.insert(member);
    }
    for (auto it = m_states.cbegin(); it != m_states.cend(); ++it)
        result.insert(it.key());
    return result;
}

void AlertEngine::forget(const ResourceId &resource)
{
    if (m_states.remove(resource))
        --m_statesPerProvider[resource.providerId()];
}

AlertHighlights::AlertHighlights(AlertEngine *engine, QObject *parent) : QObject(parent), m_engine(engine)
{
    connect(engine, &AlertEngine::alertAcknowledged, this, [this](const QString &, const ResourceId &resource) {
        if (!m_engine->hasUnacknowledgedAlert(resource))
            acknowledge(resource);
    });
    connect(engine, &AlertEngine::resourceRemoved, this, &AlertHighlights::acknowledge); // nothing left to look at
    connect(engine, &AlertEngine::alertFiring, this, [this](const AlertEvent &event) {
        const bool isNew = !m_highlighted.contains(event.resource);
        auto &severity = m_highlighted[event.resource];
        severity = isNew ? event.severity : std::max(severity, event.severity);
        if (isNew)
            Q_EMIT highlightChanged(event.resource, true);
    });
}

void AlertHighlights::acknowledge(const ResourceId &id)
{
    if (m_highlighted.remove(id))
        Q_EMIT highlightChanged(id, false);
}

void AlertHighlights::acknowledgeAll()
{
    const QList<ResourceId> ids = m_highlighted.keys();
    m_highlighted.clear();
    for (const ResourceId &id : ids)
        Q_EMIT highlightChanged(id, false);
}

} // namespace welkin
