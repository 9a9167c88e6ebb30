#pragma once

#include "metrics/AlertRule.h"

#include <QList>
#include <QString>

#include <memory>

class QSettings;

namespace welkin {

class UiStateStore;

// The user's alert rules as JSON under "alerts/rules" in the UI state (or a QSettings file when
// there is no database). Rules hold no secrets.
class AlertRuleStore
{
public:
    // `uiState` may be null: QSettings at `settingsPath` ("" = the application's default).
    AlertRuleStore(UiStateStore *uiState, const QString &settingsPath = {});
    ~AlertRuleStore();

    QList<AlertRule> load() const;
    void save(const QList<AlertRule> &rules);

    static QByteArray toJson(const QList<AlertRule> &rules);
    // Unknown metrics and malformed entries are skipped, never a crash.
    static QList<AlertRule> fromJson(const QByteArray &json);

private:
    UiStateStore *m_uiState;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace welkin
