#pragma once

#include <QGroupBox>
#include <QMap>

class QFormLayout;

namespace welkin {

// A cloud project's quotas as gauges ("Servers 3 of 10"), from the machine-readable quota
// figures a provider puts in the group's details (core/model/QuotaFigures.h). Hidden when the
// node has none. Nearly used up (90 % or more) is said in the gauge's text.
class QuotaGauges : public QGroupBox
{
    Q_OBJECT
public:
    explicit QuotaGauges(QWidget *parent = nullptr);

    // The details of the node shown; rebuilds only when the figures changed.
    void setDetails(const QMap<QString, QString> &details);
    // "Servers: 3 of 10; vCPUs: 6 of 20 …", for tests and accessibility.
    QString summary() const;

private:
    QFormLayout *m_form;
    QMap<QString, QString> m_shown;
    QStringList m_lines;
};

} // namespace welkin
