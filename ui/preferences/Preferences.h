#pragma once

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace welkin {

class ProviderManager;
class UiSettings;

// Questions the user can switch off in Preferences › Confirmations. Each names a family of
// gestures; every place that asks reads the same setting.
enum class Confirmation {
    ForceOff,         // Force Off, Force Reboot
    Reboot,
    DeleteVm,         // the plain confirmation; libvirt's disk list dialog is a form and stays
    Snapshot,         // revert to or delete a snapshot
    CloudRebuild,     // Rebuild, Revert Resize
    RemoveConnection,
};

// The user's preferences: plain values with their defaults, stored as one JSON document under
// "preferences" in the UI settings. Holds no secrets.
struct Preferences {
    enum class DemoHost { WhenNoConnection, Never };

    // Monitoring: defaults for libvirt connections (ConnectionProfile options they leave out).
    int statsIntervalSeconds = 2;      // 0 = no statistics
    int keepaliveIntervalSeconds = 5;  // 0 = no keepalive
    int keepaliveCount = 3;
    int reconcileIntervalSeconds = 60; // 0 = events only
    // History retention.
    int rawRetentionHours = 24;
    int minuteRetentionDays = 14;
    int hourRetentionDays = 365;
    // Confirmations switched off.
    QSet<Confirmation> unconfirmed;
    // Consoles.
    bool externalViewer = false; // remote-viewer instead of the embedded view by default
    bool scaleToFit = true;
    QString viewerCommand;       // "" = ViewerLauncher::defaultCommand()
    // Startup.
    DemoHost demoHost = DemoHost::WhenNoConnection;

    static Preferences load(const UiSettings &settings);
    void save(UiSettings &settings) const;

    bool asks(Confirmation confirmation) const { return !unconfirmed.contains(confirmation); }
    // The options new libvirt connections get where their profile sets none.
    QVariantMap libvirtOptions() const;
    // The viewer command as program and arguments ("-" = the .vv file on standard input).
    QStringList viewerCommandLine() const;

    // The embedded demo host's connection id (libvirt's test driver over a shipped node file).
    static QString demoConnectionId();

    static QList<Confirmation> confirmations();
    static QString confirmationName(Confirmation confirmation); // stable key in the document
    static QString confirmationText(Confirmation confirmation); // translated, for the dialog

    bool operator==(const Preferences &) const = default;
};

// Why `command` cannot start a viewer ("" when it can, or when it is empty: the default).
QString viewerCommandProblem(const QString &command);

// The preferences of this run: read once, changed through set(), which saves and tells.
class PreferencesStore : public QObject
{
    Q_OBJECT
public:
    // `settings` outlives the store.
    explicit PreferencesStore(UiSettings *settings, QObject *parent = nullptr);

    const Preferences &preferences() const { return m_preferences; }
    bool asks(Confirmation confirmation) const { return m_preferences.asks(confirmation); }
    void set(const Preferences &preferences);
    // Removing the demo host's connection (not editing it: that re-adds it at once) makes
    // "show the demo host" Never, so it stays gone after a restart.
    void followDemoRemoval(ProviderManager *providers);

Q_SIGNALS:
    void changed(const welkin::Preferences &preferences);

private:
    UiSettings *m_settings;
    Preferences m_preferences;
};

} // namespace welkin
