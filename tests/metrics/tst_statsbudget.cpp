// StatsBudget: which domains a per-domain stats cycle measures. The watched ones every cycle,
// the others in turns within the budget, the budget following the measured cost.
#include "providers/libvirt/StatsBudget.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace welkin::libvirt;

namespace {

QList<StatsTarget> targets(int count)
{
    QList<StatsTarget> list;
    for (int i = 0; i < count; ++i) {
        StatsTarget t;
        t.uuid = u"vm-%1"_s.arg(i, 4, 10, QLatin1Char('0'));
        list.append(t);
    }
    return list;
}

QSet<QString> uuids(const QList<StatsTarget> &list)
{
    QSet<QString> set;
    for (const StatsTarget &t : list)
        set.insert(t.uuid);
    return set;
}

} // namespace

class TestStatsBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyDomainWhenTheyFit()
    {
        StatsBudget budget({.intervalMs = 2000, .shareOfInterval = 0.05, .initialCostNs = 1'000'000});
        QCOMPARE(budget.domainsPerCycle(), 100); // 100 ms of a 2 s cycle at 1 ms a domain
        const QList<StatsTarget> all = targets(80);
        QCOMPARE(budget.choose(all).size(), 80);
    }

    void watchedEveryCycleOthersInTurns()
    {
        StatsBudget budget({.intervalMs = 2000, .shareOfInterval = 0.05, .minimumOthers = 10,
                            .initialCostNs = 1'000'000});
        const QList<StatsTarget> all = targets(1000);
        const QSet<QString> watched{u"vm-0500"_s, u"vm-0999"_s, u"vm-0001"_s};
        budget.setWatched(watched);

        QSet<QString> seen;
        for (int cycle = 0; cycle < 11; ++cycle) {
            const QList<StatsTarget> chosen = budget.choose(all);
            QCOMPARE(chosen.size(), 100);
            const QSet<QString> ids = uuids(chosen);
            QCOMPARE(ids.size(), 100); // no domain twice
            QVERIFY(ids.contains(watched)); // the watched ones every cycle
            seen.unite(ids);
        }
        // 97 others a cycle: after 11 cycles every one of the 997 others was measured.
        QCOMPARE(seen.size(), 1000);
    }

    void budgetFollowsMeasuredCost()
    {
        StatsBudget budget({.intervalMs = 2000, .shareOfInterval = 0.05, .minimumOthers = 10,
                            .initialCostNs = 1'000'000});
        const QList<StatsTarget> all = targets(5000);
        // The daemon answers in 0.1 ms a domain: the budget grows towards 1,000 a cycle.
        for (int cycle = 0; cycle < 30; ++cycle) {
            const QList<StatsTarget> chosen = budget.choose(all);
            budget.recordCost(chosen.size(), chosen.size() * 100'000LL);
        }
        QVERIFY2(budget.domainsPerCycle() >= 950 && budget.domainsPerCycle() <= 1000,
                 qPrintable(QString::number(budget.domainsPerCycle())));
        // A daemon that got slow (50 ms a domain): never below the minimum, so all come round.
        for (int cycle = 0; cycle < 30; ++cycle) {
            const QList<StatsTarget> chosen = budget.choose(all);
            budget.recordCost(chosen.size(), chosen.size() * 50'000'000LL);
        }
        QCOMPARE(budget.domainsPerCycle(), 10);
        QCOMPARE(budget.choose(all).size(), 10);
    }

    void hugeSelectionTakesTurnsToo()
    {
        StatsBudget budget({.intervalMs = 2000, .shareOfInterval = 0.05, .minimumOthers = 10,
                            .maximumWatched = 50, .initialCostNs = 1'000'000});
        const QList<StatsTarget> all = targets(1000);
        budget.setWatched(uuids(all)); // "select all"
        const QList<StatsTarget> first = budget.choose(all);
        const QList<StatsTarget> second = budget.choose(all);
        QCOMPARE(first.size(), 50);
        QCOMPARE(second.size(), 50);
        QVERIFY(!uuids(first).intersects(uuids(second))); // the longest unmeasured next
    }

    void connectionsShareTheBudget()
    {
        const StatsBudget::Settings settings{.intervalMs = 2000, .shareOfInterval = 0.05, .minimumOthers = 1,
                                             .initialCostNs = 1'000'000};
        StatsBudget first(settings);
        const QList<StatsTarget> all = targets(500);
        QCOMPARE(first.choose(all).size(), 100); // alone: the whole 100 ms
        {
            StatsBudget second(settings);
            second.choose(all);
            QCOMPARE(StatsBudget::sharing(), 2);
            QCOMPARE(first.domainsPerCycle(), 50); // two hosts measuring per domain: half each
            QCOMPARE(second.choose(all).size(), 50);
            second.reset(); // its connection closed
            QCOMPARE(first.domainsPerCycle(), 100);
            second.choose(all);
        } // and gone
        QCOMPARE(StatsBudget::sharing(), 1);
        QCOMPARE(first.domainsPerCycle(), 100);
    }

    void forgottenAndResetStartAfresh()
    {
        StatsBudget budget({.intervalMs = 2000, .shareOfInterval = 0.05, .minimumOthers = 1,
                            .initialCostNs = 20'000'000}); // 5 a cycle
        const QList<StatsTarget> all = targets(6);
        QCOMPARE(budget.domainsPerCycle(), 5);
        const QSet<QString> first = uuids(budget.choose(all));
        budget.forget(*first.cbegin()); // gone and back: counts as never measured, goes first
        const QSet<QString> second = uuids(budget.choose(all));
        QVERIFY(second.contains(*first.cbegin()));
        budget.recordCost(5, 5 * 1'000'000LL);
        QVERIFY(budget.costPerDomainNs() < 20'000'000);
        budget.reset();
        QCOMPARE(budget.costPerDomainNs(), 20'000'000);
    }
};

QTEST_GUILESS_MAIN(TestStatsBudget)
#include "tst_statsbudget.moc"
