#pragma once

#include "UiSettings.h"
#include "metrics/AlertRule.h"

#include <QList>
#include <QString>

namespace welkin {

// The user's alert rules as JSON under "alerts/rules" in the UI state (UiSettings: the database,
// or a QSettings file when there is none). Rules hold no secrets.
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
    UiSettings m_settings;
};

} // namespace welkin
