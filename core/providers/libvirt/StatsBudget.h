#pragma once

#include "LibvirtStats.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace welkin::libvirt {

// Chooses which active domains a per-domain stats cycle measures (drivers whose bulk stats lack
// CPU time cost several calls per domain per cycle), so that measuring costs at most a share of
// the interval: the watched domains (on screen, selected, charted) every cycle, the others in
// turns, longest unmeasured first, as many as the measured cost per domain leaves room for.
// The share is the whole process's: connections measuring per domain split it evenly (50 such
// hosts get a fiftieth each). One instance per connection worker thread.
class StatsBudget
{
public:
    struct Settings {
        int intervalMs = 2000;
        double shareOfInterval = 0.03;   // 3% of the interval: 60 ms per 2 s cycle
        int minimumOthers = 2;           // the others still come round when the budget is spent
        int maximumWatched = 256;        // a huge selection is measured in turns too
        qint64 initialCostNs = 500'000;  // a guess until the first cycle was timed
    };

    explicit StatsBudget(Settings settings);
    ~StatsBudget();
    StatsBudget(const StatsBudget &) = delete;
    StatsBudget &operator=(const StatsBudget &) = delete;

    void setWatched(QSet<QString> uuids) { m_watched = std::move(uuids); }
    // From the active domains, those to measure this cycle.
    QList<StatsTarget> choose(const QList<StatsTarget> &active);
    // After the cycle: measuring `measured` domains took `elapsedNs`.
    void recordCost(qsizetype measured, qint64 elapsedNs);
    void forget(const QString &uuid) { m_lastMeasured.remove(uuid); }
    // New connection: a new cost, and nothing measured yet.
    void reset();

    qint64 costPerDomainNs() const { return m_costNs; }
    // How many domains fit the budget per cycle at the current cost (at least minimumOthers).
    qsizetype domainsPerCycle() const;
    // Connections of this process measuring per domain now (sharing the budget).
    static int sharing();

private:
    Settings m_settings;
    QSet<QString> m_watched;
    QHash<QString, quint64> m_lastMeasured; // uuid -> cycle number
    quint64 m_cycle = 0;
    qint64 m_costNs;
    bool m_sharing = false; // counted in sharing() since its first choice
};

} // namespace welkin::libvirt
