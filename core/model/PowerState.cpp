#include "PowerState.h"

#include <QCoreApplication>

namespace welkin {

using namespace Qt::StringLiterals;

QString powerStateName(PowerState state)
{
    switch (state) {
    case PowerState::Running: return u"running"_s;
    case PowerState::Paused: return u"paused"_s;
    case PowerState::ShuttingDown: return u"shutting-down"_s;
    case PowerState::ShutOff: return u"shut-off"_s;
    case PowerState::Crashed: return u"crashed"_s;
    case PowerState::Suspended: return u"suspended"_s;
    case PowerState::Blocked: return u"blocked"_s;
    case PowerState::Building: return u"building"_s;
    case PowerState::Migrating: return u"migrating"_s;
    case PowerState::Error: return u"error"_s;
    case PowerState::Unknown: break;
    }
    return u"unknown"_s;
}

QString powerStateDisplayName(PowerState state)
{
    const char *text = "Unknown";
    switch (state) {
    case PowerState::Running: text = QT_TRANSLATE_NOOP("PowerState", "Running"); break;
    case PowerState::Paused: text = QT_TRANSLATE_NOOP("PowerState", "Paused"); break;
    case PowerState::ShuttingDown: text = QT_TRANSLATE_NOOP("PowerState", "Shutting down"); break;
    case PowerState::ShutOff: text = QT_TRANSLATE_NOOP("PowerState", "Shut off"); break;
    case PowerState::Crashed: text = QT_TRANSLATE_NOOP("PowerState", "Crashed"); break;
    case PowerState::Suspended: text = QT_TRANSLATE_NOOP("PowerState", "Suspended"); break;
    case PowerState::Blocked: text = QT_TRANSLATE_NOOP("PowerState", "Blocked"); break;
    case PowerState::Building: text = QT_TRANSLATE_NOOP("PowerState", "Building"); break;
    case PowerState::Migrating: text = QT_TRANSLATE_NOOP("PowerState", "Migrating"); break;
    case PowerState::Error: text = QT_TRANSLATE_NOOP("PowerState", "Error"); break;
    case PowerState::Unknown: text = QT_TRANSLATE_NOOP("PowerState", "Unknown"); break;
    }
    return QCoreApplication::translate("PowerState", text);
}

PowerState powerStateFromName(const QString &name)
{
    for (int i = 0; i <= static_cast<int>(PowerState::Error); ++i) {
        const auto state = static_cast<PowerState>(i);
        if (powerStateName(state) == name)
            return state;
    }
    return PowerState::Unknown;
}

bool powerStateIsActive(PowerState state)
{
    switch (state) {
    case PowerState::Running:
    case PowerState::Paused:
    case PowerState::ShuttingDown:
    case PowerState::Blocked:
    case PowerState::Migrating:
        return true;
    default:
        return false;
    }
}

} // namespace welkin
