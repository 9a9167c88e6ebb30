// Alert state machine: fires only after the condition held for the duration, resolves only
// after it was gone for the duration, does not flap around the threshold, keeps state over
// missing figures; scopes (resource, group, global, below a host or a server pool), scope edits,
// acknowledgement, active alerts and the highlight until acknowledged.
#include "metrics/AlertEngine.h"
#include "inventory/Inventory.h"
#include "../unit/inventorytestdata.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace welkin;

namespace {

constexpr qint64 T0 = 1'700'000'000'000;
const QString P = u"test:///default"_s;

ResourceId vm(int n)
{
    return ResourceId(P, ResourceKind::Vm, u"vm-%1"_s.arg(n));
}

MetricSample cpu(const ResourceId &id, qint64 seconds, double value)
{
    MetricSample s;
    s.id = id;
    s.timestampMs = T0 + seconds * 1000;
    s.cpuGuestPercent = value;
    s.cpuPercent = value / 8;
    return s;
}

AlertRule cpuAbove50For10s()
{
    AlertRule rule;
    rule.id = u"cpu-high"_s;
    rule.name = u"CPU high"_s;
    rule.metric = Metric::Cpu;
    rule.comparison = MetricQuery::Comparison::Greater;
    rule.threshold = 50;
    rule.durationMs = 10'000;
    rule.scope = AlertRule::Scope::Global;
    rule.kind = ResourceKind::Vm;
    return rule;
}

} // namespace

class TestAlertEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firesAfterDurationAndResolves()
    {
        AlertEngine engine;
        engine.setRules({cpuAbove50For10s()});
        engine.setNameResolver([](const ResourceId &id) { return id == vm(1) ? u"web-01"_s : QString(); });
        QSignalSpy firing(&engine, &AlertEngine::alertFiring);
        QSignalSpy resolved(&engine, &AlertEngine::alertResolved);
        QSignalSpy events(&engine, &AlertEngine::eventOccurred);

        // 2 s cycles at 90 %: pending from t=0, fires at t=10 (held for 10 s), not before.
        for (qint64 t = 0; t < 10; t += 2) {
            engine.evaluate({cpu(vm(1), t, 90)});
            QCOMPARE(firing.size(), 0);
        }
        QVERIFY(!engine.isFiring(u"cpu-high"_s, vm(1)));
        engine.evaluate({cpu(vm(1), 10, 90)});
        QCOMPARE(firing.size(), 1);
        const auto event = firing[0][0].value<AlertEvent>();
        QCOMPARE(event.resource, vm(1));
        QCOMPARE(event.sinceMs, T0);
        QCOMPARE(event.timestampMs, T0 + 10'000);
        QCOMPARE(event.value, 90.0);
        QVERIFY2(event.message.contains(u"web-01"_s) && event.message.contains(u"cpu > 50 for 10 s"_s),
                 qPrintable(event.message));
        QVERIFY(engine.isFiring(u"cpu-high"_s, vm(1)));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0][0].value<ProviderEvent>().severity, ProviderEvent::Severity::Warning);

        // Staying high: no repeat.
        for (qint64 t = 12; t <= 30; t += 2)
            engine.evaluate({cpu(vm(1), t, 95)});
        QCOMPARE(firing.size(), 1);

        // Low from t=32: resolves once it was low for 10 s (t=42), not earlier.
        for (qint64 t = 32; t < 42; t += 2) {
            engine.evaluate({cpu(vm(1), t, 10)});
            QCOMPARE(resolved.size(), 0);
        }
        engine.evaluate({cpu(vm(1), 42, 10)});
        QCOMPARE(resolved.size(), 1);
        QCOMPARE(resolved[0][0].value<AlertEvent>().kind, AlertEvent::Kind::Resolved);
        QVERIFY(!engine.isFiring(u"cpu-high"_s, vm(1)));
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[1][0].value<ProviderEvent>().severity, ProviderEvent::Severity::Info);
    }

    void shortSpikeDoesNotFire()
    {
        AlertEngine engine;
        engine.setRules({cpuAbove50For10s()});
        QSignalSpy firing(&engine, &AlertEngine::alertFiring);
        // Above for 8 s, then one low sample, then above again for 8 s: never 10 s in a row.
        for (qint64 t = 0; t <= 8; t += 2)
            engine.evaluate({cpu(vm(1), t, 90)});
        engine.evaluate({cpu(vm(1), 10, 20)});
        for (qint64 t = 12; t <= 20; t += 2)
            engine.evaluate({cpu(vm(1), t, 90)});
        QCOMPARE(firing.size(), 0);
        engine.evaluate({cpu(vm(1), 22, 90)}); // now 10 s since t=12
        QCOMPARE(firing.size(), 1);
    }

    void noFlappingAroundTheThreshold()
    {
        AlertRule rule = cpuAbove50For10s();
        rule.hysteresis = 5;
        AlertEngine engine;
        engine.setRules({rule});
        QSignalSpy firing(&engine, &AlertEngine::alertFiring);
        QSignalSpy resolved(&engine, &AlertEngine::alertResolved);
        for (qint64 t = 0; t <= 10; t += 2)
            engine.evaluate({cpu(vm(1), t, 60)});
        QCOMPARE(firing.size(), 1);
        // Hovering 48..52 for a minute: inside the hysteresis band or briefly above: it stays
        // one firing alert, no resolve/fire pairs.
        for (qint64 t = 12; t <= 72; t += 2)
            engine.evaluate({cpu(vm(1), t, t % 4 ? 48 : 52)});
        QCOMPARE(firing.size(), 1);
        QCOMPARE(resolved.size(), 0);
        // Alternating clearly low and high every cycle: a clearance never lasts 10 s.
        for (qint64 t = 74; t <= 120; t += 2)
            engine.evaluate({cpu(vm(1), t, t % 4 ? 10 : 90)});
        QCOMPARE(firing.size(), 1);
        QCOMPARE(resolved.size(), 0);
        for (qint64 t = 122; t <= 132; t += 2)
            engine.evaluate({cpu(vm(1), t, 10)});
        QCOMPARE(resolved.size(), 1);
        QCOMPARE(firing.size(), 1);
    }

    void missingFiguresKeepState()
    {
        AlertEngine engine;
        engine.setRules({cpuAbove50For10s()});
        QSignalSpy firing(&engine, &AlertEngine::alertFiring);
        QSignalSpy resolved(&engine, &AlertEngine::alertResolved);
        engine.evaluate({cpu(vm(1), 0, 90)});
        engine.evaluate({cpu(vm(1), 4, NAN)}); // counter reset: no figure
        engine.evaluate({cpu(vm(1), 10, 90)});
        QCOMPARE(firing.size(), 1); // the NaN did not restart the pending time
        engine.evaluate({cpu(vm(1), 12, NAN)});
        engine.evaluate({cpu(vm(1), 30, NAN)});
        QCOMPARE(resolved.size(), 0); // missing figures never resolve
    }

    void scopes()
    {
        AlertRule one = cpuAbove50For10s();
        one.id = u"one"_s;
        one.scope = AlertRule::Scope::Resource;
        one.resource = vm(1);
        one.durationMs = 0;
        AlertRule group = one;
        group.id = u"group"_s;
        group.scope = AlertRule::Scope::Group;
        group.group = u"db"_s;
        AlertRule hosts = one;
        hosts.id = u"hosts"_s;
        hosts.scope = AlertRule::Scope::Global;
        hosts.kind = ResourceKind::Host;
        hosts.severity = ProviderEvent::Severity::Error;

        AlertEngine engine;
        engine.setGroups({{u"db"_s, {vm(2), vm(3)}}});
        QSignalSpy rulesChanged(&engine, &AlertEngine::rulesChanged);
        engine.setRules({one, group, hosts});
        QCOMPARE(rulesChanged.size(), 1);
        // What the rules name one by one is watched closely; the global rule names nothing.
        QCOMPARE(engine.closelyWatched(), (QSet<ResourceId>{vm(1), vm(2), vm(3)}));
        QSignalSpy firing(&engine, &AlertEngine::alertFiring);
        MetricSample host;
        host.id = ResourceId(P, ResourceKind::Host, u"h"_s);
        host.timestampMs = T0;
        host.cpuPercent = 99;
        engine.evaluate({cpu(vm(1), 0, 90), cpu(vm(2), 0, 90), cpu(vm(3), 0, 10), cpu(vm(4), 0, 90), host});
        QSet<QString> fired;
        for (const auto &args : std::as_const(firing)) {
            const auto e = args[0].value<AlertEvent>();
            fired.insert(e.ruleId + u':' + e.resource.nativeId());
        }
        QCOMPARE(fired, (QSet<QString>{u"one:vm-1"_s, u"group:vm-2"_s, u"hosts:h"_s}));
        QCOMPARE(engine.firing().size(), 3);
        QVERIFY(engine.closelyWatched().contains(host.id)); // firing: watched until it resolves

        // Editing the rules keeps the states of rules that stay.
        engine.setRules({one});
        QVERIFY(engine.isFiring(u"one"_s, vm(1)));
        QCOMPARE(engine.firing().size(), 1);
    }

    void highlightedUntilAcknowledged()
    {
        AlertRule rule = cpuAbove50For10s();
        rule.durationMs = 0;
        AlertEngine engine;
        engine.setRules({rule});
        AlertHighlights highlights(&engine);
        QSignalSpy changed(&highlights, &AlertHighlights::highlightChanged);
        engine.evaluate({cpu(vm(1), 0, 90)});
        QVERIFY(highlights.isHighlighted(vm(1)));
        QCOMPARE(highlights.severity(vm(1)), ProviderEvent::Severity::Warning);
        engine.evaluate({cpu(vm(1), 2, 10)}); // resolved
        QVERIFY(highlights.isHighlighted(vm(1))); // still: nobody looked yet
        highlights.acknowledge(vm(1));
        QVERIFY(!highlights.isHighlighted(vm(1)));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed[1][1].toBool(), false);
    }

    void hostAndPoolScopes()
    {
        // Two connections, each one host with two VMs; connection A in server pool "prod".
        const QString A = u"qemu+ssh://a/system"_s, B = u"qemu+ssh://b/system"_s;
        Inventory inventory;
        for (const QString &p : {A, B}) {
            inventory.addProviderNode(p, p);
            InventoryDelta delta;
            delta.providerId = p;
            delta.added.append(testdata::host(p, 0));
            for (int n = 0; n < 2; ++n)
                delta.added.append(testdata::vm(p, testdata::hostId(p, 0), (p == A ? 0 : 10) + n));
            inventory.applyDelta(delta);
        }
        inventory.setServerPools({ServerPool{.id = u"prod"_s, .name = u"Production"_s, .parentId = {},
                                             .providerIds = {A}, .balancePolicy = {}}});
        const ResourceId hostA = testdata::hostId(A, 0), hostB = testdata::hostId(B, 0);

        AlertRule poolVms = cpuAbove50For10s();
        poolVms.id = u"pool-vms"_s;
        poolVms.durationMs = 0;
        poolVms.scope = AlertRule::Scope::Below;
        poolVms.resource = ServerPool::nodeId(u"prod"_s);
        poolVms.kind = ResourceKind::Vm;
        AlertRule poolHosts = poolVms;
        poolHosts.id = u"pool-hosts"_s;
        poolHosts.kind = ResourceKind::Host;
        AlertRule hostBVms = poolVms;
        hostBVms.id = u"host-b-vms"_s;
        hostBVms.resource = hostB;
        AlertRule hostBItself = poolVms;
        hostBItself.id = u"host-b"_s;
        hostBItself.scope = AlertRule::Scope::Resource;
        hostBItself.resource = hostB;

        AlertEngine engine;
        engine.followInventory(&inventory);
        engine.setRules({poolVms, poolHosts, hostBVms, hostBItself});
        QSignalSpy firing(&engine, &AlertEngine::alertFiring);
        MetricSamples samples;
        for (const ResourceId &id : {testdata::vmId(A, 0), testdata::vmId(A, 1), testdata::vmId(B, 10),
                                     testdata::vmId(B, 11), hostA, hostB}) {
            MetricSample s = cpu(id, 0, 90);
            s.cpuPercent = 90;
            samples.append(s);
        }
        engine.evaluate(samples);
        QSet<QString> fired;
        for (const auto &args : std::as_const(firing)) {
            const auto e = args[0].value<AlertEvent>();
            fired.insert(e.ruleId + u':' + e.resource.nativeId());
        }
        const QString a0 = testdata::uuid(0), a1 = testdata::uuid(1), b10 = testdata::uuid(10), b11 = testdata::uuid(11);
        QCOMPARE(fired, (QSet<QString>{u"pool-vms:"_s + a0, u"pool-vms:"_s + a1, u"pool-hosts:host-0"_s,
                                       u"host-b-vms:"_s + b10, u"host-b-vms:"_s + b11, u"host-b:host-0"_s}));
        QCOMPARE(firing.size(), 6); // nothing outside the pool for the pool's rules
        QVERIFY(engine.hasActiveAlert(hostA));
        QVERIFY(engine.isFiring(u"host-b"_s, hostB));

        // Moving connection A out of the pool: its VMs' pool alerts resolve at the next edit
        // of the rules (the rule no longer applies to them), the host-B ones stay.
        QSignalSpy resolved(&engine, &AlertEngine::alertResolved);
        inventory.setServerPools({ServerPool{.id = u"prod"_s, .name = u"Production"_s, .parentId = {},
                                             .providerIds = {B}, .balancePolicy = {}}});
        engine.setRules(engine.rules());
        QCOMPARE(resolved.size(), 3);
        QVERIFY(!engine.isFiring(u"pool-vms"_s, testdata::vmId(A, 0)));
        QVERIFY(engine.isFiring(u"host-b-vms"_s, testdata::vmId(B, 10)));
        QVERIFY(resolved[0][0].value<AlertEvent>().message.contains(u"no longer applies"_s));
    }

    void editingTheScopeResolvesWhatItNoLongerWatches()
    {
        AlertRule rule = cpuAbove50For10s();
        rule.durationMs = 0;
        AlertEngine engine;
        engine.setRules({rule});
        engine.evaluate({cpu(vm(1), 0, 90), cpu(vm(2), 0, 90)});
        QCOMPARE(engine.activeAlerts().size(), 2);
        QSignalSpy resolved(&engine, &AlertEngine::alertResolved);
        rule.scope = AlertRule::Scope::Resource;
        rule.resource = vm(2);
        engine.setRules({rule});
        QCOMPARE(resolved.size(), 1);
        QCOMPARE(resolved[0][0].value<AlertEvent>().resource, vm(1));
        QCOMPARE(engine.activeAlerts().size(), 1);
        QCOMPARE(engine.activeAlerts().first().resource, vm(2));
        // Removing a rule resolves its alerts.
        AlertRule other = cpuAbove50For10s();
        other.id = u"other"_s;
        other.durationMs = 0;
        engine.setRules({rule, other});
        engine.evaluate({cpu(vm(3), 0, 90)});
        QVERIFY(engine.isFiring(u"other"_s, vm(3)));
        engine.setRules({rule});
        QCOMPARE(resolved.size(), 2);
        QCOMPARE(resolved[1][0].value<AlertEvent>().resource, vm(3));
        QVERIFY(resolved[1][0].value<AlertEvent>().message.contains(u"rule was removed"_s));
        QVERIFY(!engine.hasActiveAlert(vm(3)));
        // A threshold edit keeps the state: the next cycle decides.
        rule.threshold = 95;
        engine.setRules({rule});
        QVERIFY(engine.isFiring(rule.id, vm(2)));
        engine.evaluate({cpu(vm(2), 2, 90)});
        QVERIFY(!engine.isFiring(rule.id, vm(2)));
        QCOMPARE(resolved.size(), 3);
    }

    void acknowledgedAlertsStayActiveAndResolveQuietly()
    {
        AlertRule rule = cpuAbove50For10s();
        rule.durationMs = 0;
        AlertEngine engine;
        engine.setRules({rule});
        AlertHighlights highlights(&engine);
        QSignalSpy acknowledged(&engine, &AlertEngine::alertAcknowledged);
        QSignalSpy values(&engine, &AlertEngine::activeValuesChanged);
        QVERIFY(!engine.acknowledge(rule.id, vm(1))); // nothing active
        engine.evaluate({cpu(vm(1), 0, 90)});
        QList<ActiveAlert> active = engine.activeAlerts(vm(1));
        QCOMPARE(active.size(), 1);
        QCOMPARE(active.first().value, 90.0);
        QCOMPARE(active.first().sinceMs, T0);
        QCOMPARE(active.first().ruleName, u"CPU high"_s);
        QCOMPARE(active.first().condition, u"cpu > 50"_s);
        QVERIFY(!active.first().acknowledged);
        engine.evaluate({cpu(vm(1), 2, 97)});
        QCOMPARE(values.size(), 1);
        QCOMPARE(engine.activeAlerts(vm(1)).first().value, 97.0);
        QCOMPARE(engine.activeAlerts(vm(1)).first().sinceMs, T0); // the same alert

        QVERIFY(highlights.isHighlighted(vm(1)));
        QVERIFY(engine.acknowledge(rule.id, vm(1)));
        QVERIFY(engine.acknowledge(rule.id, vm(1))); // twice: still true, one signal
        QCOMPARE(acknowledged.size(), 1);
        QVERIFY(engine.activeAlerts(vm(1)).first().acknowledged);
        QVERIFY(engine.hasActiveAlert(vm(1)));
        QVERIFY(!engine.hasUnacknowledgedAlert(vm(1)));
        QVERIFY(!highlights.isHighlighted(vm(1))); // its last unacknowledged alert

        QSignalSpy firing(&engine, &AlertEngine::alertFiring);
        QSignalSpy resolved(&engine, &AlertEngine::alertResolved);
        // Whoever hears of the resolution finds the alert no longer active.
        bool activeWhenResolved = true;
        connect(&engine, &AlertEngine::alertResolved, this,
                [&](const AlertEvent &e) { activeWhenResolved = engine.hasActiveAlert(e.resource); });
        engine.evaluate({cpu(vm(1), 4, 91)});
        QCOMPARE(firing.size(), 0); // still the same alert: no new event
        engine.evaluate({cpu(vm(1), 6, 10)});
        QCOMPARE(resolved.size(), 1);
        QVERIFY(!activeWhenResolved);
        QVERIFY(resolved[0][0].value<AlertEvent>().acknowledged);
        QVERIFY(!engine.hasActiveAlert(vm(1)));
        // Firing again is a new alert, not acknowledged.
        engine.evaluate({cpu(vm(1), 8, 90)});
        QCOMPARE(firing.size(), 1);
        QVERIFY(!firing[0][0].value<AlertEvent>().acknowledged);
        QVERIFY(!engine.activeAlerts(vm(1)).first().acknowledged);
    }
};

QTEST_GUILESS_MAIN(TestAlertEngine)
#include "tst_alertengine.moc"
