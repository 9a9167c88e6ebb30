#include "LibvirtNames.h"

#include <libvirt/libvirt.h>

#include <array>
#include <span>

namespace welkin::libvirt {

using namespace Qt::StringLiterals;

namespace {

QString pick(std::span<const char16_t *const> words, int index, const QString &fallback)
{
    if (index < 0 || static_cast<size_t>(index) >= words.size() || !words[static_cast<size_t>(index)])
        return fallback;
    return QString::fromUtf16(words[static_cast<size_t>(index)]);
}

} // namespace

PowerState powerStateFromLibvirt(int state)
{
    switch (state) {
    case VIR_DOMAIN_RUNNING: return PowerState::Running;
    case VIR_DOMAIN_BLOCKED: return PowerState::Blocked;
    case VIR_DOMAIN_PAUSED: return PowerState::Paused;
    case VIR_DOMAIN_SHUTDOWN: return PowerState::ShuttingDown;
    case VIR_DOMAIN_SHUTOFF: return PowerState::ShutOff;
    case VIR_DOMAIN_CRASHED: return PowerState::Crashed;
    case VIR_DOMAIN_PMSUSPENDED: return PowerState::Suspended;
    default: return PowerState::Unknown;
    }
}

QString stateReasonWord(int state, int reason)
{
    // Indexed by the reason enums of libvirt-domain.h (index 0 = *_UNKNOWN).
    static constexpr std::array<const char16_t *, 12> running{
        u"unknown", u"booted", u"migrated", u"restored", u"from-snapshot", u"unpaused",
        u"migration-canceled", u"save-canceled", u"wakeup", u"crashed", u"post-copy", u"post-copy-failed"};
    static constexpr std::array<const char16_t *, 15> paused{
        u"unknown", u"user", u"migration", u"save", u"dump", u"ioerror", u"watchdog", u"from-snapshot",
        u"shutting-down", u"snapshot", u"crashed", u"starting-up", u"post-copy", u"post-copy-failed",
        u"api-error"};
    static constexpr std::array<const char16_t *, 2> shutdown{u"unknown", u"user"};
    static constexpr std::array<const char16_t *, 9> shutoff{
        u"unknown", u"shutdown", u"destroyed", u"crashed", u"migrated", u"saved", u"failed",
        u"from-snapshot", u"daemon"};
    static constexpr std::array<const char16_t *, 2> crashed{u"unknown", u"panicked"};

    const QString unknown = u"unknown"_s;
    switch (state) {
    case VIR_DOMAIN_RUNNING: return pick(running, reason, unknown);
    case VIR_DOMAIN_PAUSED: return pick(paused, reason, unknown);
    case VIR_DOMAIN_SHUTDOWN: return pick(shutdown, reason, unknown);
    case VIR_DOMAIN_SHUTOFF: return pick(shutoff, reason, unknown);
    case VIR_DOMAIN_CRASHED: return pick(crashed, reason, unknown);
    default: return unknown;
    }
}

QString lifecycleEventText(int event, int detail)
{
    static constexpr std::array<const char16_t *, 4> defined{
        u"defined", u"configuration updated", u"renamed", u"configuration restored from a snapshot"};
    static constexpr std::array<const char16_t *, 2> undefined{u"undefined", u"renamed away"};
    static constexpr std::array<const char16_t *, 5> started{
        u"started (booted)", u"started (migrated)", u"started (restored)", u"started (from snapshot)",
        u"started (wakeup)"};
    static constexpr std::array<const char16_t *, 9> suspended{
        u"paused", u"paused (migrating)", u"paused (I/O error)", u"paused (watchdog)", u"paused (restored)",
        u"paused (from snapshot)", u"paused (API error)", u"paused (post-copy)", u"paused (post-copy failed)"};
    static constexpr std::array<const char16_t *, 5> resumed{
        u"resumed", u"resumed (migrated)", u"resumed (from snapshot)", u"resumed (post-copy)",
        u"resumed (post-copy failed)"};
    static constexpr std::array<const char16_t *, 7> stopped{
        u"stopped (shutdown)", u"stopped (destroyed)", u"stopped (crashed)", u"stopped (migrated)",
        u"stopped (saved)", u"stopped (failed)", u"stopped (from snapshot)"};
    static constexpr std::array<const char16_t *, 3> shutdown{
        u"shutdown finished", u"shutting down (guest request)", u"shutting down (host request)"};
    static constexpr std::array<const char16_t *, 2> pmsuspended{u"suspended (memory)", u"suspended (disk)"};
    static constexpr std::array<const char16_t *, 2> crashed{u"crashed (panicked)", u"crashed (crash loaded)"};

    switch (event) {
    case VIR_DOMAIN_EVENT_DEFINED: return pick(defined, detail, u"defined"_s);
    case VIR_DOMAIN_EVENT_UNDEFINED: return pick(undefined, detail, u"undefined"_s);
    case VIR_DOMAIN_EVENT_STARTED: return pick(started, detail, u"started"_s);
    case VIR_DOMAIN_EVENT_SUSPENDED: return pick(suspended, detail, u"paused"_s);
    case VIR_DOMAIN_EVENT_RESUMED: return pick(resumed, detail, u"resumed"_s);
    case VIR_DOMAIN_EVENT_STOPPED: return pick(stopped, detail, u"stopped"_s);
    case VIR_DOMAIN_EVENT_SHUTDOWN: return pick(shutdown, detail, u"shutting down"_s);
    case VIR_DOMAIN_EVENT_PMSUSPENDED: return pick(pmsuspended, detail, u"suspended"_s);
    case VIR_DOMAIN_EVENT_CRASHED: return pick(crashed, detail, u"crashed"_s);
    default: return u"changed state (event %1, detail %2)"_s.arg(event).arg(detail);
    }
}

ProviderEvent::Severity lifecycleEventSeverity(int event, int detail)
{
    if (event == VIR_DOMAIN_EVENT_CRASHED)
        return ProviderEvent::Severity::Error;
    if (event == VIR_DOMAIN_EVENT_STOPPED
        && (detail == VIR_DOMAIN_EVENT_STOPPED_CRASHED || detail == VIR_DOMAIN_EVENT_STOPPED_FAILED))
        return ProviderEvent::Severity::Error;
    if (event == VIR_DOMAIN_EVENT_SUSPENDED
        && (detail == VIR_DOMAIN_EVENT_SUSPENDED_IOERROR || detail == VIR_DOMAIN_EVENT_SUSPENDED_WATCHDOG
            || detail == VIR_DOMAIN_EVENT_SUSPENDED_API_ERROR))
        return ProviderEvent::Severity::Warning;
    return ProviderEvent::Severity::Info;
}

QString closeReasonText(int reason)
{
    switch (reason) {
    case VIR_CONNECT_CLOSE_REASON_ERROR: return u"connection closed: I/O error"_s;
    case VIR_CONNECT_CLOSE_REASON_EOF: return u"connection closed: end of file from server"_s;
    case VIR_CONNECT_CLOSE_REASON_KEEPALIVE: return u"connection closed: keepalive timeout"_s;
    case VIR_CONNECT_CLOSE_REASON_CLIENT: return u"connection closed by the client"_s;
    default: return u"connection closed"_s;
    }
}

} // namespace welkin::libvirt
