#include "Preferences.h"

#include "UiSettings.h"
#include "console/ViewerLauncher.h"
#include "providers/ProviderManager.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

const QString settingsKey = u"preferences"_s;

// A stored number out of range (an older or hand-edited document) falls back to the default.
int readInt(const QJsonObject &object, const QString &key, int fallback, int minimum, int maximum)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return fallback;
    const int number = value.toInt(fallback);
    return number >= minimum && number <= maximum ? number : fallback;
}

} // namespace

QString Preferences::demoConnectionId()
{
    return u"demo"_s;
}

QList<Confirmation> Preferences::confirmations()
{
    return {Confirmation::ForceOff,     Confirmation::Reboot,       Confirmation::DeleteVm,
            Confirmation::Snapshot,     Confirmation::CloudRebuild, Confirmation::RemoveConnection};
}

QString Preferences::confirmationName(Confirmation confirmation)
{
    switch (confirmation) {
    case Confirmation::ForceOff: return u"forceOff"_s;
    case Confirmation::Reboot: return u"reboot"_s;
    case Confirmation::DeleteVm: return u"deleteVm"_s;
    case Confirmation::Snapshot: return u"snapshot"_s;
    case Confirmation::CloudRebuild: return u"cloudRebuild"_s;
    case Confirmation::RemoveConnection: return u"removeConnection"_s;
    }
    return {};
}

QString Preferences::confirmationText(Confirmation confirmation)
{
    switch (confirmation) {
    case Confirmation::ForceOff: return PreferencesStore::tr("Force Off and Force Reboot");
    case Confirmation::Reboot: return PreferencesStore::tr("Reboot");
    case Confirmation::DeleteVm: return PreferencesStore::tr("Delete virtual machines (the disk list of libvirt VMs is always shown)");
    case Confirmation::Snapshot: return PreferencesStore::tr("Revert to or delete a snapshot");
    case Confirmation::CloudRebuild: return PreferencesStore::tr("Rebuild and Revert Resize of cloud servers");
    case Confirmation::RemoveConnection: return PreferencesStore::tr("Remove a connection");
    }
    return {};
}

Preferences Preferences::load(const UiSettings &settings)
{
    Preferences p;
    const QJsonObject o = QJsonDocument::fromJson(settings.value(settingsKey)).object();
    p.statsIntervalSeconds = readInt(o, u"statsIntervalSeconds"_s, p.statsIntervalSeconds, 0, 3600);
    p.keepaliveIntervalSeconds = readInt(o, u"keepaliveIntervalSeconds"_s, p.keepaliveIntervalSeconds, 0, 600);
    p.keepaliveCount = readInt(o, u"keepaliveCount"_s, p.keepaliveCount, 1, 100);
    p.reconcileIntervalSeconds = readInt(o, u"reconcileIntervalSeconds"_s, p.reconcileIntervalSeconds, 0, 86400);
    p.rawRetentionHours = readInt(o, u"rawRetentionHours"_s, p.rawRetentionHours, 1, 24 * 31);
    p.minuteRetentionDays = readInt(o, u"minuteRetentionDays"_s, p.minuteRetentionDays, 1, 366);
    p.hourRetentionDays = readInt(o, u"hourRetentionDays"_s, p.hourRetentionDays, 1, 3660);
    const QJsonArray off = o.value(u"unconfirmed"_s).toArray();
    for (Confirmation c : confirmations()) {
        if (off.contains(confirmationName(c)))
            p.unconfirmed.insert(c);
    }
    p.externalViewer = o.value(u"externalViewer"_s).toBool(p.externalViewer);
    p.scaleToFit = o.value(u"scaleToFit"_s).toBool(p.scaleToFit);
    p.viewerCommand = o.value(u"viewerCommand"_s).toString().trimmed();
    p.demoHost = o.value(u"demoHost"_s).toString() == "never"_L1 ? DemoHost::Never : DemoHost::WhenNoConnection;
    return p;
}

void Preferences::save(UiSettings &settings) const
{
    QJsonArray off;
    for (Confirmation c : confirmations()) {
        if (unconfirmed.contains(c))
            off.append(confirmationName(c));
    }
    const QJsonObject o{
        {u"statsIntervalSeconds"_s, statsIntervalSeconds},
        {u"keepaliveIntervalSeconds"_s, keepaliveIntervalSeconds},
        {u"keepaliveCount"_s, keepaliveCount},
        {u"reconcileIntervalSeconds"_s, reconcileIntervalSeconds},
        {u"rawRetentionHours"_s, rawRetentionHours},
        {u"minuteRetentionDays"_s, minuteRetentionDays},
        {u"hourRetentionDays"_s, hourRetentionDays},
        {u"unconfirmed"_s, off},
        {u"externalViewer"_s, externalViewer},
        {u"scaleToFit"_s, scaleToFit},
        {u"viewerCommand"_s, viewerCommand},
        {u"demoHost"_s, demoHost == DemoHost::Never ? u"never"_s : u"whenNoConnection"_s},
    };
    settings.setValue(settingsKey, QJsonDocument(o).toJson(QJsonDocument::Compact));
    settings.sync();
}

QVariantMap Preferences::libvirtOptions() const
{
    return {
        {u"statsIntervalMs"_s, statsIntervalSeconds * 1000},
        {u"keepaliveInterval"_s, keepaliveIntervalSeconds},
        {u"keepaliveCount"_s, keepaliveCount},
        {u"reconcileIntervalMs"_s, reconcileIntervalSeconds * 1000},
    };
}

QStringList Preferences::viewerCommandLine() const
{
    const QStringList words = QProcess::splitCommand(viewerCommand);
    return words.isEmpty() ? ViewerLauncher::defaultCommand() : words;
}

QString viewerCommandProblem(const QString &command)
{
    const QStringList words = QProcess::splitCommand(command);
    if (words.isEmpty())
        return {};
    const QString program = words.first();
    if (program.contains(u'/')) {
        const QFileInfo file(program);
        if (!file.exists())
            return PreferencesStore::tr("%1 does not exist.").arg(program);
        if (file.isDir() || !file.isExecutable())
            return PreferencesStore::tr("%1 is not an executable program.").arg(program);
        return {};
    }
    if (QStandardPaths::findExecutable(program).isEmpty()) {
        if (program == "remote-viewer"_L1)
            return PreferencesStore::tr("remote-viewer is not installed: install the package \"virt-viewer\", or give "
                                        "the full path of another viewer.");
        return PreferencesStore::tr("No program \"%1\" was found on the PATH: give its full path, or the name of an "
                                    "installed program.").arg(program);
    }
    return {};
}

PreferencesStore::PreferencesStore(UiSettings *settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_preferences(Preferences::load(*settings))
{
}

void PreferencesStore::set(const Preferences &preferences)
{
    if (preferences == m_preferences)
        return;
    m_preferences = preferences;
    m_preferences.save(*m_settings);
    Q_EMIT changed(m_preferences);
}

void PreferencesStore::followDemoRemoval(ProviderManager *providers)
{
    // Queued: an edit removes and re-adds the connection within one call.
    connect(providers, &ProviderManager::providerRemoved, this, [this, guard = QPointer(providers)](const QString &id) {
        if (id != Preferences::demoConnectionId() || !guard || guard->provider(id))
            return;
        Preferences p = m_preferences;
        p.demoHost = Preferences::DemoHost::Never;
        set(p);
    }, Qt::QueuedConnection);
}

} // namespace welkin
