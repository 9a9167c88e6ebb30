#pragma once

#include "providers/ConnectionProfile.h"

#include <QObject>

#include <memory>

class QTimer;

namespace welkin {

class CredentialHandler;
class Inventory;
class LiveSamples;
class Provider;
class ProviderManager;

// "Test connection": opens a throwaway provider for a profile, in its own little inventory, and
// reports the first outcome: connected (with what it found) or the provider's exact error.
// Providers never block the GUI thread, so neither does this; a silent host ends in a timeout.
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    void setCredentialHandler(CredentialHandler *handler) { m_credentials = handler; }
    // The id the throwaway provider gets when the profile has none. A profile with an id keeps
    // it: what the test settles for that connection (a trusted certificate's pin) is its own,
    // and never applies to another cloud tested later.
    static QString testConnectionId() { return QStringLiteral("connection-test"); }
    static QString testedId(const ConnectionProfile &profile)
    {
        return profile.id.isEmpty() ? testConnectionId() : profile.id;
    }
    void setTimeout(int ms);
    // Starts a test, abandoning any running one.
    void start(const ConnectionProfile &profile);
    void cancel();
    bool isRunning() const { return m_provider != nullptr; }

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    void finish(bool ok, const QString &message);
    void onStateChanged();

    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<LiveSamples> m_samples;
    std::unique_ptr<ProviderManager> m_manager;
    Provider *m_provider = nullptr;
    CredentialHandler *m_credentials = nullptr;
    QTimer *m_timeout;
};

} // namespace welkin
