#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QSettings;

namespace welkin {

class UiStateStore;

// Where the window's and the user's UI state lives: the database's UiStateStore when there is
// one, else QSettings (at a given file, for tests, or the application's default). The one place
// that makes this choice; WindowStatePersistence and AlertRuleStore read and write through it.
class UiSettings
{
public:
    // Without `uiState`: QSettings at `settingsPath`, or the application's default when empty.
    UiSettings(UiStateStore *uiState, const QString &settingsPath);
    ~UiSettings();
    UiSettings(const UiSettings &) = delete;
    UiSettings &operator=(const UiSettings &) = delete;

    QByteArray value(const QString &key) const;
    void setValue(const QString &key, const QByteArray &value);
    // Writes QSettings to disk now (the database writes on its own).
    void sync();

    bool usesDatabase() const { return m_uiState != nullptr; }

private:
    UiStateStore *m_uiState;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace welkin
