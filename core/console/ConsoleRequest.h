#pragma once

#include "ConsoleEndpoint.h"
#include "model/ResourceId.h"

#include <QObject>

namespace welkin {

// The asynchronous answer to Provider::requestConsoleEndpoint(): created on the GUI thread,
// finished once (from any thread) with an endpoint or a readable error. Parented to the
// provider; whoever asked deletes it after finished() (deleteLater).
class ConsoleRequest : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleRequest(ResourceId target, QObject *parent = nullptr);

    const ResourceId &target() const { return m_target; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && m_error.isEmpty(); }
    const ConsoleEndpoint &endpoint() const { return m_endpoint; }
    const QString &errorText() const { return m_error; }

    // Thread-safe; the first call wins, later ones are ignored.
    void resolve(const welkin::ConsoleEndpoint &endpoint);
    void fail(const QString &errorText);
    // Like fail(), but delivered on a later event-loop turn so the caller can connect first.
    void failLater(const QString &errorText);

Q_SIGNALS:
    void finished(bool ok);

private:
    void finish(const ConsoleEndpoint &endpoint, const QString &error);

    ResourceId m_target;
    ConsoleEndpoint m_endpoint;
    QString m_error;
    bool m_finished = false;
};

} // namespace welkin
