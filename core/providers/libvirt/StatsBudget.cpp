#include "StatsBudget.h"

#include <algorithm>
#include <atomic>
#include <utility>
#include <vector>

namespace welkin::libvirt {

namespace {

std::atomic<int> g_sharing{0};

} // namespace

StatsBudget::StatsBudget(Settings settings) : m_settings(settings), m_costNs(settings.initialCostNs) {}

StatsBudget::~StatsBudget()
{
    if (m_sharing)
        --g_sharing;
}

int StatsBudget::sharing()
{
    return g_sharing.load();
}

void StatsBudget::reset()
{
    if (std::exchange(m_sharing, false))
        --g_sharing;
    m_lastMeasured.clear();
    m_cycle = 0;
    m_costNs = m_settings.initialCostNs;
}

qsizetype StatsBudget::domainsPerCycle() const
{
    const double budgetNs = m_settings.intervalMs * 1e6 * m_settings.shareOfInterval / std::max(1, g_sharing.load());
    const auto affordable = static_cast<qsizetype>(budgetNs / static_cast<double>(std::max<qint64>(m_costNs, 1)));
    return std::max<qsizetype>(affordable, m_settings.minimumOthers);
}

QList<StatsTarget> StatsBudget::choose(const QList<StatsTarget> &active)
{
    if (!std::exchange(m_sharing, true))
        ++g_sharing;
    ++m_cycle;
    const qsizetype room = domainsPerCycle();
    if (active.size() <= room) {
        for (const StatsTarget &target : active)
            m_lastMeasured.insert(target.uuid, m_cycle);
        return active;
    }

    // Watched first (up to their own limit), then the rest of the room to the others; each
    // group longest unmeasured first (never measured counts as longest).
    std::vector<std::pair<quint64, qsizetype>> watched, others;
    for (qsizetype i = 0; i < active.size(); ++i) {
        const quint64 last = m_lastMeasured.value(active.at(i).uuid, 0);
        (m_watched.contains(active.at(i).uuid) ? watched : others).emplace_back(last, i);
    }
    QList<StatsTarget> chosen;
    chosen.reserve(room + m_settings.maximumWatched);
    const auto takeOldest = [&](std::vector<std::pair<quint64, qsizetype>> &group, qsizetype count) {
        count = std::min<qsizetype>(count, static_cast<qsizetype>(group.size()));
        if (count <= 0)
            return;
        std::nth_element(group.begin(), group.begin() + (count - 1), group.end());
        for (qsizetype k = 0; k < count; ++k) {
            const StatsTarget &target = active.at(group[k].second);
            m_lastMeasured.insert(target.uuid, m_cycle);
            chosen.append(target);
        }
    };
    takeOldest(watched, m_settings.maximumWatched);
    const qsizetype othersRoom = std::max<qsizetype>(room - chosen.size(), m_settings.minimumOthers);
    takeOldest(others, othersRoom);
    return chosen;
}

void StatsBudget::recordCost(qsizetype measured, qint64 elapsedNs)
{
    if (measured <= 0 || elapsedNs < 0)
        return;
    const qint64 perDomain = elapsedNs / measured;
    // Averaged, so one slow cycle (a busy daemon) does not halve the next ones.
    m_costNs = (3 * m_costNs + perDomain) / 4;
}

} // namespace welkin::libvirt
