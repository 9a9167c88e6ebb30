#pragma once

#include <QMetaType>
#include <QString>

namespace welkin {

// Connection state machine of a provider:
//   Disconnected -> Connecting -> Connected
//   Connecting -> AuthFailed (no automatic retry: the user must act)
//   Connecting | Connected -> Unreachable -> (backoff) -> Connecting
//   any -> Disconnected (close())
enum class ProviderState : quint8 {
    Disconnected,
    Connecting,
    Connected,
    Unreachable,
    AuthFailed,
};

QString providerStateName(ProviderState state);        // stable: "auth-failed"
QString providerStateDisplayName(ProviderState state); // translatable: "Authentication failed"

struct ProviderStatus {
    ProviderState state = ProviderState::Disconnected;
    QString detail; // human-readable reason: "Connection reset by peer", "Retrying in 8 s"
    friend bool operator==(const ProviderStatus &, const ProviderStatus &) = default;
};

} // namespace welkin

Q_DECLARE_METATYPE(welkin::ProviderStatus)
