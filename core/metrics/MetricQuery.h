#pragma once

#include "Metric.h"
#include "model/PowerState.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace welkin {

struct Resource;

// A search box query with metric predicates (ConVirt's metric search): whitespace-separated
// terms, all of which must hold.
//   cpu>80  mem>=90  disk>10M  net<1k  vms>=5     metric, comparison (> >= < <= = !=), number
//   memused>4G                                    with an optional k/M/G/T (x1024) and B or B/s;
//                                                 sizes and rates are in bytes, as they are shown
//   state:paused                                  power state (names as powerStateName())
//   anything else                                 text the resource's search text must contain
// Bad input gives an error that names the term and what is wrong ("'cpu>abc': 'abc' is not a
// number"), never a query that silently matches nothing.
class MetricQuery
{
    Q_DECLARE_TR_FUNCTIONS(MetricQuery)
public:
    enum class Comparison : quint8 { Greater, GreaterOrEqual, Less, LessOrEqual, Equal, NotEqual };
    struct Predicate {
        Metric metric = Metric::Cpu;
        Comparison comparison = Comparison::Greater;
        double value = 0;
        friend bool operator==(const Predicate &, const Predicate &) = default;
    };

    static MetricQuery parse(const QString &text);

    bool isValid() const { return m_error.isEmpty(); }
    const QString &errorString() const { return m_error; }
    bool isEmpty() const { return m_predicates.isEmpty() && m_states.isEmpty() && m_text.isEmpty(); }
    // Needs live figures (the view re-filters on each stats cycle only then).
    bool hasMetricTerms() const { return !m_predicates.isEmpty(); }

    const QList<Predicate> &predicates() const { return m_predicates; }
    const QList<PowerState> &states() const { return m_states; }
    const QStringList &textTerms() const { return m_text; }

    // `searchText`: what free text is matched against (name, UUID, addresses… lower or any
    // case); empty = the resource's name. `latest` may be null (no figures yet: metric terms fail).
    bool matches(const Resource &resource, const MetricSample *latest, const QString &searchText = {}) const;

    static bool compare(double value, Comparison comparison, double threshold);
    static QString comparisonSymbol(Comparison comparison);

private:
    QString parseTerm(const QString &term); // error message or empty

    QList<Predicate> m_predicates;
    QList<PowerState> m_states; // any of them
    QStringList m_text;
    QString m_error;
};

} // namespace welkin
