#include "UiSettings.h"

#include "storage/UiStateStore.h"

#include <QSettings>

namespace welkin {

UiSettings::UiSettings(UiStateStore *uiState, const QString &settingsPath) : m_uiState(uiState)
{
    if (!uiState) {
        m_settings = settingsPath.isEmpty() ? std::make_unique<QSettings>()
                                            : std::make_unique<QSettings>(settingsPath, QSettings::IniFormat);
    }
}

UiSettings::~UiSettings() = default;

QByteArray UiSettings::value(const QString &key) const
{
    return m_uiState ? m_uiState->value(key) : m_settings->value(key).toByteArray();
}

void UiSettings::setValue(const QString &key, const QByteArray &value)
{
    if (m_uiState)
        m_uiState->setValue(key, value);
    else
        m_settings->setValue(key, value);
}

void UiSettings::sync()
{
    if (m_settings)
        m_settings->sync();
}

} // namespace welkin
