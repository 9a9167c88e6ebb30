#pragma once

#include "providers/CredentialRequest.h"

#include <QMutex>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

struct _virConnect;
struct _virConnectCredential;

namespace welkin::libvirt {

// Opens a libvirt connection with virConnectOpenAuth and answers libvirt's synchronous
// credential callback with a CredentialRequest: the GUI's handler answers it while this worker
// (and only it) blocks in CredentialRequest::wait. Worker thread, except abort().
class CredentialPrompter
{
public:
    enum class Outcome { None, Cancelled, TimedOut, Aborted };
    // Hands a request to whoever answers it (the provider relays it to the GUI thread).
    using Ask = std::function<void(const CredentialRequestPtr &)>;

    CredentialPrompter(QString connectionName, QString uri, int timeoutMs, Ask ask);

    // virConnectOpenAuth(uri) with this prompter answering; null on failure (lastError() says why).
    _virConnect *open();
    // How the prompts of the last open() ended; None when nothing was asked or all was answered.
    Outcome outcome() const { return m_outcome; }
    int timeoutMs() const { return m_timeoutMs; }

    // Any thread: wakes a prompt the worker waits on (so closing does not wait for the auth
    // timeout) and makes later prompts fail at once.
    void abort();
    bool isAborted() const { return m_aborted; }

private:
    static int callback(_virConnectCredential *creds, unsigned int count, void *cbdata);
    int answer(_virConnectCredential *creds, unsigned int count);

    QString m_connectionName;
    QString m_uri;
    int m_timeoutMs;
    Ask m_ask;
    Outcome m_outcome = Outcome::None;

    std::atomic<bool> m_aborted{false};
    QMutex m_pendingMutex;
    std::weak_ptr<CredentialRequest> m_pending;
};

} // namespace welkin::libvirt
