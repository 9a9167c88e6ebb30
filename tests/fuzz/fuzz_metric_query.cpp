// The search box's query language (`cpu>80 mem>=90 disk>10M state:paused web`): whatever the user
// types or pastes. A query that parses means exactly what its canonical form means; one that does
// not names a term of the input.
#include "FuzzSupport.h"

#include "metrics/MetricQuery.h"
#include "model/Resource.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

using namespace welkin;
using namespace welkin::fuzz;
using namespace Qt::StringLiterals;

namespace {

QString canonical(const MetricQuery &query)
{
    QStringList terms;
    for (const PowerState state : query.states())
        terms.append(u"state:"_s + powerStateName(state));
    for (const MetricQuery::Predicate &p : query.predicates()) {
        terms.append(metricName(p.metric) + MetricQuery::comparisonSymbol(p.comparison)
                     + QString::number(p.value, 'f', QLocale::FloatingPointShortest));
    }
    terms.append(query.textTerms());
    return terms.join(u' ');
}

// A VM and a sample whose figures come from the input, to compare two queries' answers on.
Resource vmFrom(const QByteArray &input)
{
    Resource r;
    r.id = ResourceId(u"test:///default"_s, ResourceKind::Vm, u"6695eb01"_s);
    r.name = QString::fromUtf8(input.left(12));
    VmInfo vm;
    vm.state = PowerState(input.isEmpty() ? 0 : uchar(input.back()) % (int(PowerState::Error) + 1));
    r.info = vm;
    return r;
}

MetricSample sampleFrom(const QByteArray &input)
{
    MetricSample s;
    s.id = ResourceId(u"test:///default"_s, ResourceKind::Vm, u"6695eb01"_s);
    const auto figure = [&input](int i) {
        return double(i < input.size() ? uchar(input.at(i)) : 0) * (i % 2 ? 1.0 : 40000.0);
    };
    s.cpuPercent = figure(1) / 2.55;
    s.cpuGuestPercent = figure(3) / 2.55;
    s.memoryTotalKiB = 4 * 1024 * 1024;
    s.memoryUsedKiB = qint64(figure(0));
    s.diskReadBps = figure(2);
    s.diskWriteBps = figure(4);
    s.netRxBps = figure(6);
    s.netTxBps = figure(8);
    return s;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = bytes(data, size);
    const QString text = QString::fromUtf8(input);
    const MetricQuery query = MetricQuery::parse(text);
    const Resource vm = vmFrom(input);
    const MetricSample sample = sampleFrom(input);

    if (!query.isValid()) {
        // The message quotes the offending term as typed.
        const QStringList terms = text.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
        bool named = false;
        for (const QString &term : terms)
            named = named || query.errorString().startsWith(QString(u'\'' + term + u"':"_s));
        FUZZ_CHECK(named, shown(query.errorString()));
        FUZZ_CHECK(!query.matches(vm, &sample), {});
        return 0;
    }
    for (const MetricQuery::Predicate &p : query.predicates()) {
        FUZZ_CHECK(std::isfinite(p.value) && p.value >= 0, QString::number(p.value));
        if (metricIsPercent(p.metric))
            FUZZ_CHECK(p.value <= 100.0, QString::number(p.value));
    }
    if (query.hasMetricTerms())
        FUZZ_CHECK(!query.matches(vm, nullptr), {});

    const QString form = canonical(query);
    const MetricQuery again = MetricQuery::parse(form);
    FUZZ_CHECK(again.isValid(), shown(form) + u": "_s + again.errorString());
    FUZZ_CHECK(again.predicates() == query.predicates() && again.states() == query.states()
                   && again.textTerms() == query.textTerms(), shown(form));
    FUZZ_CHECK(again.matches(vm, &sample) == query.matches(vm, &sample), shown(form));
    FUZZ_CHECK(again.matches(vm, &sample, text) == query.matches(vm, &sample, text), shown(form));
    return 0;
}
