#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>

namespace welkin {

class Inventory;
class Provider;
class ProviderManager;

// `welkin --list`: waits until every provider has loaded (or failed, or the deadline passed),
// prints the merged inventory to stdout, errors to stderr, and reports the exit code:
// 0 all loaded, 1 some connection failed or timed out.
class HeadlessList : public QObject
{
    Q_OBJECT
public:
    HeadlessList(ProviderManager *providers, Inventory *inventory, QString format, int timeoutMs,
                 QObject *parent = nullptr);

    // Call after the providers were added.
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void watch(Provider *provider);
    void settle(const QString &providerId, const QString &error);
    void finish();

    ProviderManager *m_providers;
    Inventory *m_inventory;
    QString m_format;
    QTimer m_deadline;
    QHash<QString, QString> m_pending; // provider id -> its URI
    QStringList m_errors;
    bool m_done = false;
};

} // namespace welkin
