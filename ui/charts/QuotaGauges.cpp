#include "QuotaGauges.h"

#include "metrics/Metric.h"
#include "model/QuotaFigures.h"

#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>

#include <algorithm>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

QString quotaName(const QString &name)
{
    if (name == QLatin1String(quota::instances))
        return QuotaGauges::tr("Servers");
    if (name == QLatin1String(quota::cores))
        return QuotaGauges::tr("vCPUs");
    if (name == QLatin1String(quota::ramMiB))
        return QuotaGauges::tr("RAM");
    if (name == QLatin1String(quota::keyPairs))
        return QuotaGauges::tr("Key pairs");
    if (name == QLatin1String(quota::serverGroups))
        return QuotaGauges::tr("Server groups");
    return name;
}

QString amount(const QString &name, qint64 value)
{
    return name == QLatin1String(quota::ramMiB) ? formatBytes(double(value) * 1024 * 1024) : QString::number(value);
}

} // namespace

QuotaGauges::QuotaGauges(QWidget *parent) : QGroupBox(tr("Quota"), parent), m_form(new QFormLayout(this))
{
    setObjectName(u"quotaGauges"_s);
    hide();
}

void QuotaGauges::setDetails(const QMap<QString, QString> &details)
{
    QMap<QString, QString> figuresOnly;
    for (auto it = details.cbegin(); it != details.cend(); ++it) {
        if (quota::isQuotaKey(it.key()))
            figuresOnly.insert(it.key(), it.value());
    }
    if (figuresOnly == m_shown && !m_lines.isEmpty() == !figuresOnly.isEmpty())
        return;
    m_shown = figuresOnly;
    m_lines.clear();
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    for (const quota::Figure &figure : quota::figures(figuresOnly)) {
        if (figure.used < 0)
            continue;
        auto *bar = new QProgressBar;
        bar->setObjectName(u"quota-"_s + figure.name);
        const QString used = amount(figure.name, figure.used);
        QString text;
        if (figure.unlimited() || !figure.hasMax) {
            bar->setRange(0, 1);
            bar->setValue(0);
            text = figure.unlimited() ? tr("%1 (no limit)").arg(used) : used;
        } else {
            const qint64 max = std::max<qint64>(figure.max, 0);
            bar->setRange(0, 1000);
            bar->setValue(max == 0 ? 1000 : int(std::min<qint64>(1000, figure.used * 1000 / max)));
            text = tr("%1 of %2").arg(used, amount(figure.name, max));
            if (max == 0 || figure.used * 10 >= max * 9)
                text = tr("%1 — nearly used up").arg(text);
        }
        bar->setFormat(text);
        bar->setTextVisible(true);
        m_form->addRow(quotaName(figure.name) + u':', bar);
        m_lines.append(u"%1: %2"_s.arg(quotaName(figure.name), text));
    }
    setVisible(!m_lines.isEmpty());
}

QString QuotaGauges::summary() const
{
    return m_lines.join(u"; "_s);
}

} // namespace welkin
