#pragma once

#include "CredentialPrompter.h"
#include "LibvirtErrors.h"
#include "model/ResourceId.h"
#include "providers/ConnectionProfile.h"
#include "providers/ProviderEvent.h"
#include "providers/ProviderState.h"

#include <QObject>

#include <memory>

class QTimer;
struct _virConnect;

namespace welkin::libvirt {

// The lifetime of one libvirt connection: opens it (credential prompts through a
// CredentialPrompter), turns keepalive on, watches the close callback, notices a lost connection,
// closes it and schedules the re-open with exponential backoff (1 s .. 60 s). Reports the
// connection's status. Everything else that uses the handle asks it with checkLost() after a
// failed call. Worker thread, except abortCredentialPrompts().
class LibvirtSession : public QObject
{
    Q_OBJECT
public:
    struct Settings {
        int keepaliveInterval = 5; // s; 0 = off
        int keepaliveCount = 3;
        int authTimeoutMs = 300000;
    };

    LibvirtSession(ConnectionProfile profile, Settings settings, QObject *parent = nullptr);
    ~LibvirtSession() override;

    // Null while not open.
    _virConnect *handle() const { return m_conn; }
    bool isOpen() const { return m_conn != nullptr; }

    // Opens the connection. True when it has just opened; false when already open, shutting
    // down or failed (the status says why, and a retry is scheduled unless authentication failed).
    bool open();
    // The opened connection is ready for use: status Connected, and the event saying so.
    void announceConnected();

    // After a failed call: when the connection itself is gone, handles the loss (everything is
    // closed before this returns) and answers true. Also true when not open.
    bool checkLost(const LibvirtError &error);
    // The connection is gone for `reason`: closes it and schedules the re-open.
    void handleLost(const QString &reason);
    // Closes the connection (after closing() let the users drop their handles). No retry.
    void close();
    // For good: no further opens or retries.
    void shutdown();

    // Any thread: see CredentialPrompter::abort().
    void abortCredentialPrompts() { m_prompter.abort(); }

Q_SIGNALS:
    void statusChanged(const welkin::ProviderStatus &status);
    void eventOccurred(welkin::ProviderEvent::Severity severity, const QString &message,
                       const welkin::ResourceId &resource);
    void credentialsNeeded(const welkin::CredentialRequestPtr &request);
    // The backoff ran out: open again.
    void retryDue();
    // Emitted synchronously while the connection is still open, just before it is closed:
    // whoever holds domain handles or runs cycles on it lets go now.
    void closing();

private:
    struct CloseCallbackContext;
    struct CloseCallbackOpaque;

    void setStatus(ProviderState state, const QString &detail = {});
    void registerCloseCallback();
    void scheduleRetry(const QString &reason);
    void onClosedByLibvirt(quint64 generation, int reason);
    static void closeCallback(_virConnect *, int reason, void *opaque);

    ConnectionProfile m_profile;
    Settings m_settings;
    CredentialPrompter m_prompter;
    _virConnect *m_conn = nullptr;
    quint64 m_generation = 0; // bumped per open and close: a stale close callback is dropped
    bool m_everConnected = false;
    bool m_reconnected = false; // the current connection is not the first one
    bool m_shuttingDown = false;
    int m_backoffSeconds = 0;
    QTimer *m_retryTimer = nullptr;

    // Ours, not libvirt's: drivers without close-callback support accept the registration but
    // never call freecb. The remote driver calls the callback under a lock that unregister also
    // takes, so after unregistering it is safe to delete.
    std::shared_ptr<CloseCallbackContext> m_closeContext;
    std::unique_ptr<CloseCallbackOpaque> m_closeOpaque;
    bool m_closeCallbackRegistered = false;
};

} // namespace welkin::libvirt
