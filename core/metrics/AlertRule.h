#pragma once

#include "Metric.h"
#include "MetricQuery.h"
#include "providers/ProviderEvent.h"

#include <QMetaType>
#include <QString>

namespace welkin {

// "Tell me when CPU stays above 50 % for 10 s": a metric, a comparison, a threshold, how long
// it must hold, how loud it is, and what it watches.
struct AlertRule {
    enum class Scope : quint8 {
        Resource, // `resource` only (a VM, host, provider aggregate or MetricsHub::groupKey())
        Group,    // every member of user group `group`
        Global,   // every resource of kind `kind` (Vm or Host)
        Below,    // every resource of kind `kind` below tree node `resource` (a server pool, a
                  // connection, a host): needs AlertEngine::followInventory()
    };

    QString id;                 // stable, unique
    QString name;               // shown in events: "CPU high"
    Metric metric = Metric::Cpu;
    MetricQuery::Comparison comparison = MetricQuery::Comparison::Greater;
    double threshold = 0;
    qint64 durationMs = 0;      // must hold this long to fire, and be gone this long to resolve
    // Resolving also needs the value this far back on the good side of the threshold, so a
    // value hovering at the threshold does not flap.
    double hysteresis = 0;
    ProviderEvent::Severity severity = ProviderEvent::Severity::Warning;
    Scope scope = Scope::Global;
    ResourceId resource;        // Scope::Resource, Scope::Below
    QString group;              // Scope::Group
    ResourceKind kind = ResourceKind::Vm; // Scope::Global, Scope::Below
    bool enabled = true;

    // "cpu > 50 for 10 s"
    QString conditionText() const;
};

// One transition of one rule on one resource.
struct AlertEvent {
    enum class Kind : quint8 { Firing, Resolved };
    Kind kind = Kind::Firing;
    QString ruleId;
    QString ruleName;
    ResourceId resource;
    ProviderEvent::Severity severity = ProviderEvent::Severity::Warning;
    Metric metric = Metric::Cpu;
    double value = 0;            // the value that completed the transition
    qint64 sinceMs = 0;          // when the condition started (firing) or ended (resolved)
    qint64 timestampMs = 0;      // the sample that completed the transition
    QString message;             // "web-01: CPU high (cpu > 50 for 10 s): 97.0 %"
    bool acknowledged = false;   // Resolved: the user had acknowledged it while it was active
};

// An alert that fired and has not resolved yet, as AlertEngine::activeAlerts() tells it.
struct ActiveAlert {
    QString ruleId;
    QString ruleName;            // the rule's name, or its condition when it has none
    QString condition;           // "cpu > 50 for 10 s"
    ResourceId resource;
    ProviderEvent::Severity severity = ProviderEvent::Severity::Warning;
    Metric metric = Metric::Cpu;
    double value = 0;            // the newest figure
    qint64 sinceMs = 0;          // when the condition started
    bool acknowledged = false;
};

} // namespace welkin

Q_DECLARE_METATYPE(welkin::AlertRule)
Q_DECLARE_METATYPE(welkin::AlertEvent)
Q_DECLARE_METATYPE(welkin::ActiveAlert)
