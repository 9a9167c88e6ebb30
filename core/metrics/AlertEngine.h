#pragma once

#include "AlertRule.h"
#include "inventory/InventoryRemovals.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QVarLengthArray>

#include <functional>

namespace welkin {

class Inventory;

// Evaluates the alert rules on each stats cycle (connect MetricsHub::cycleIngested to
// evaluate()). Per rule and resource a small state machine, driven by sample timestamps:
//
//   Ok --condition--> Pending --held durationMs--> Firing --cleared--> Clearing
//    ^                  |  (condition gone: back to Ok,         |  ^  (condition back:
//    |                  |   no event)                          |  |   Firing, no event)
//    +------------------+------ cleared for durationMs <-------+--+   -> Resolved event
//
// "Cleared" means on the good side of threshold by `hysteresis`; a missing figure (NaN) counts
// as neither and leaves the state as it is, so a single lost sample never fires nor resolves.
// Only non-Ok states are stored: 10,000 quiet VMs cost nothing.
class AlertEngine : public QObject
{
    Q_OBJECT
public:
    using NameResolver = std::function<QString(const ResourceId &)>;

    explicit AlertEngine(QObject *parent = nullptr);

    void setRules(const QList<AlertRule> &rules);
    const QList<AlertRule> &rules() const { return m_rules; }
    void setGroups(const QHash<QString, QList<ResourceId>> &groups);
    // Names for the event texts (e.g. the Inventory's); ids are shown without one.
    void setNameResolver(NameResolver resolver) { m_names = std::move(resolver); }

    void evaluate(const MetricSamples &samples);
    // Same signature as MetricsHub::cycleIngested.
    void evaluateCycle(const QString &providerId, const MetricSamples &samples) { Q_UNUSED(providerId) evaluate(samples); }

    bool isFiring(const QString &ruleId, const ResourceId &resource) const;
    // The alerts that fired and have not resolved: every one, or those of `resource`.
    QList<ActiveAlert> activeAlerts(const ResourceId &resource = {}) const;
    bool hasActiveAlert(const ResourceId &resource) const;
    bool hasUnacknowledgedAlert(const ResourceId &resource) const;
    // The user saw it: it stays active (and listed) until it resolves, but its resolution is
    // announced as acknowledged (no notification). False when no such alert is active.
    bool acknowledge(const QString &ruleId, const ResourceId &resource);
    // What the rules name one by one (resource-scoped rules, members of group-scoped ones) and
    // whatever is firing or pending: providers that measure in turns measure these every cycle.
    QSet<ResourceId> closelyWatched() const;
    QList<std::pair<QString, ResourceId>> firing() const;
    // Forget a resource's states; no events.
    void forget(const ResourceId &resource);
    // When `inventory` removes a resource, its firing alerts resolve (with an event saying it
    // was removed) and all its states are forgotten; resourceRemoved() follows. Following the
    // same inventory twice changes nothing. Scope::Below rules find their resources in it.
    void followInventory(const Inventory *inventory);
    void resolveRemoved(const QList<welkin::RemovedResource> &resources);

Q_SIGNALS:
    void rulesChanged();
    void alertFiring(const welkin::AlertEvent &event);
    void alertAcknowledged(const QString &ruleId, const welkin::ResourceId &resource);
    // The newest figures of active alerts changed (at most once per evaluate()).
    void activeValuesChanged();
    void alertResolved(const welkin::AlertEvent &event);
    // The same transitions as events for the tasks & events dock.
    void eventOccurred(const welkin::ProviderEvent &event);
    // The inventory removed it: whoever keeps something per resource (highlights) drops it.
    void resourceRemoved(const welkin::ResourceId &resource);

private:
    enum class Phase : quint8 { Pending, Firing, Clearing };
    struct State {
        int rule = 0;         // index into m_rules (remapped by id when the rules change)
        Phase phase = Phase::Pending;
        bool acknowledged = false;
        qint64 sinceMs = 0;   // condition (Pending) or clearance (Clearing) start
        qint64 conditionSinceMs = 0;
        double value = 0;     // the newest figure
    };
    using States = QVarLengthArray<State, 2>;
    // Advances one rule's state for one sample; false when the state is back to Ok.
    bool step(const AlertRule &rule, State &state, const MetricSample &sample, double value, bool condition);
    void announce(AlertEvent::Kind kind, const AlertRule &rule, const MetricSample &sample, const State &state);
    void emitEvent(const AlertEvent &event, ProviderEvent::Severity severity);
    AlertEvent resolvedWithoutSample(const AlertRule &rule, const ResourceId &resource, const State &state) const;
    // Does `rule` watch `resource`, now?
    bool applies(int rule, const ResourceId &resource) const;
    // States of rules that no longer watch their resource (scope edited, left a group) go;
    // firing ones resolve.
    void dropInapplicableStates();
    ActiveAlert activeAlert(const ResourceId &resource, const State &state) const;
    QString nameOf(const ResourceId &resource) const;

    QList<AlertRule> m_rules;
    QList<int> m_global;                               // rule indexes
    QHash<ResourceId, QList<int>> m_byResource;        // Resource and Group scope
    QHash<ResourceId, QList<int>> m_below;             // Below scope, by the node named
    const Inventory *m_inventory = nullptr;
    bool m_valuesChanged = false;
    QHash<QString, QList<ResourceId>> m_groups;
    // Non-Ok states of every rule by resource: one look-up per sample, whatever the rule count.
    QHash<ResourceId, States> m_states;
    // Resources with a state, per provider: a quiet provider's samples skip the state look-up.
    QHash<QString, int> m_statesPerProvider;
    NameResolver m_names;
    InventoryRemovals *m_removals = nullptr;
};

// Which resources to highlight: those that fired, until the user acknowledges them (also after
// the alert resolved: someone should look). Views ask isHighlighted() for a row's colour.
class AlertHighlights : public QObject
{
    Q_OBJECT
public:
    // Acknowledging a resource's last unacknowledged active alert in the engine ends its highlight.
    explicit AlertHighlights(AlertEngine *engine, QObject *parent = nullptr);

    AlertEngine *engine() const { return m_engine; }

    bool isHighlighted(const ResourceId &id) const { return m_highlighted.contains(id); }
    // The worst unacknowledged severity (for the colour); Info when none.
    ProviderEvent::Severity severity(const ResourceId &id) const { return m_highlighted.value(id); }
    QList<ResourceId> highlighted() const { return m_highlighted.keys(); }
    void acknowledge(const ResourceId &id);
    void acknowledgeAll();

Q_SIGNALS:
    void highlightChanged(const welkin::ResourceId &id, bool highlighted);

private:
    AlertEngine *m_engine;
    QHash<ResourceId, ProviderEvent::Severity> m_highlighted;
};

} // namespace welkin
