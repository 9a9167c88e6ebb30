#include "ProviderState.h"

#include <QCoreApplication>

namespace welkin {

using namespace Qt::StringLiterals;

QString providerStateName(ProviderState state)
{
    switch (state) {
    case ProviderState::Disconnected: return u"disconnected"_s;
    case ProviderState::Connecting: return u"connecting"_s;
    case ProviderState::Connected: return u"connected"_s;
    case ProviderState::Unreachable: return u"unreachable"_s;
    case ProviderState::AuthFailed: return u"auth-failed"_s;
    }
    return {};
}

QString providerStateDisplayName(ProviderState state)
{
    const char *text = "";
    switch (state) {
    case ProviderState::Disconnected: text = QT_TRANSLATE_NOOP("ProviderState", "Disconnected"); break;
    case ProviderState::Connecting: text = QT_TRANSLATE_NOOP("ProviderState", "Connecting"); break;
    case ProviderState::Connected: text = QT_TRANSLATE_NOOP("ProviderState", "Connected"); break;
    case ProviderState::Unreachable: text = QT_TRANSLATE_NOOP("ProviderState", "Unreachable"); break;
    case ProviderState::AuthFailed: text = QT_TRANSLATE_NOOP("ProviderState", "Authentication failed"); break;
    }
    return QCoreApplication::translate("ProviderState", text);
}

} // namespace welkin
