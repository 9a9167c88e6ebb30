#include "DomainActions.h"

#include "DomainCache.h"
#include "DomainInventory.h"
#include "LibvirtSession.h"

#include <QLoggingCategory>

#include <libvirt/libvirt.h>

namespace welkin::libvirt {

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcLibvirt)

namespace {

QString actionVerb(ActionType type)
{
    switch (type) {
    case ActionType::Start: return u"start"_s;
    case ActionType::Shutdown: return u"shut down"_s;
    case ActionType::Reboot: return u"reboot"_s;
    case ActionType::ForceOff: return u"force off"_s;
    case ActionType::Pause: return u"pause"_s;
    case ActionType::Resume: return u"resume"_s;
    case ActionType::Delete: return u"delete"_s;
    case ActionType::OpenConsole: return u"open the console of"_s;
    case ActionType::Suspend: return u"suspend"_s;
    case ActionType::ForceReboot: return u"reset"_s;
    case ActionType::CreateSnapshot: return u"take a snapshot of"_s;
    case ActionType::RevertSnapshot: return u"revert"_s;
    case ActionType::DeleteSnapshot: return u"delete a snapshot of"_s;
    case ActionType::Resize: return u"resize"_s;
    case ActionType::ConfirmResize: return u"confirm the resize of"_s;
    case ActionType::RevertResize: return u"revert the resize of"_s;
    case ActionType::Rebuild: return u"rebuild"_s;
    case ActionType::Rename: return u"rename"_s;
    case ActionType::Lock: return u"lock"_s;
    case ActionType::Unlock: return u"unlock"_s;
    }
    return actionName(type);
}

// Destroys an active domain first (undefining a running one would only make it transient),
// then undefines it with the flags the driver accepts. Returns libvirt's result.
int deleteDomain(virDomainPtr d, const QVariantMap &options)
{
    if (virDomainIsActive(d) == 1 && virDomainDestroy(d) < 0 && !lastError().isNoDomain())
        return -1;
    unsigned int flags = VIR_DOMAIN_UNDEFINE_NVRAM;
    if (options.value(u"removeManagedSave"_s, true).toBool())
        flags |= VIR_DOMAIN_UNDEFINE_MANAGED_SAVE;
    if (options.value(u"removeSnapshots"_s, true).toBool())
        flags |= VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA | VIR_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA;
    // Drivers that refuse some flags (the test driver refuses NVRAM and checkpoints) get fewer,
    // then the plain call.
    const unsigned int attempts[] = {flags,
                                     flags & (VIR_DOMAIN_UNDEFINE_MANAGED_SAVE | VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA)};
    int rc = -1;
    bool unsupported = true;
    for (const unsigned int f : attempts) {
        rc = virDomainUndefineFlags(d, f);
        if (rc == 0)
            return 0;
        const LibvirtError error = lastError();
        if (error.isNoDomain()) // transient: gone with the destroy
            return 0;
        unsupported = error.isUnsupported();
        if (!unsupported)
            break;
    }
    if (unsupported)
        rc = virDomainUndefine(d);
    if (rc < 0 && lastError().isNoDomain())
        rc = 0;
    return rc;
}

} // namespace

DomainActions::DomainActions(LibvirtSession &session, DomainCache &cache, DomainInventory &inventory, QObject *parent)
    : QObject(parent), m_session(session), m_cache(cache), m_inventory(inventory)
{
}

void DomainActions::perform(quint64 requestId, const Action &action, const QString &targetName)
{
    const QString what = u"Could not %1 %2"_s.arg(actionVerb(action.type), targetName);
    if (!m_session.isOpen()) {
        Q_EMIT actionFinished(requestId, false, what + u": not connected"_s);
        return;
    }
    Q_EMIT actionStarted(requestId);
    if (action.type == ActionType::OpenConsole) {
        Q_EMIT actionFinished(requestId, false, what + u": consoles are opened by the console viewer"_s);
        return;
    }
    if (action.type == ActionType::CreateSnapshot || action.type == ActionType::RevertSnapshot
        || action.type == ActionType::DeleteSnapshot) {
        Q_EMIT actionFinished(requestId, false, what + u": snapshots are VM manager jobs (LibvirtProvider routes them there)"_s);
        return;
    }

    const QString uuid = action.target.nativeId();
    const DomainRef dom = m_cache.handle(uuid);
    if (!dom) {
        const LibvirtError error = lastError();
        Q_EMIT actionFinished(requestId, false, error.describe(what));
        m_session.checkLost(error);
        return;
    }

    int rc = 0;
    virDomainPtr d = dom.get();
    switch (action.type) {
    case ActionType::Start: rc = virDomainCreate(d); break;
    case ActionType::Shutdown: rc = virDomainShutdown(d); break;
    case ActionType::Reboot: rc = virDomainReboot(d, 0); break;
    case ActionType::ForceOff: rc = virDomainDestroy(d); break;
    case ActionType::Pause: rc = virDomainSuspend(d); break;
    case ActionType::Resume:
        // A managed-saved domain is shut off with a save image: starting it restores it.
        rc = virDomainHasManagedSaveImage(d, 0) == 1 ? virDomainCreate(d) : virDomainResume(d);
        break;
    case ActionType::Suspend: rc = virDomainManagedSave(d, 0); break;
    case ActionType::ForceReboot: rc = virDomainReset(d, 0); break;
    case ActionType::Delete: rc = deleteDomain(d, action.options); break;
    case ActionType::OpenConsole:
    case ActionType::CreateSnapshot:
    case ActionType::RevertSnapshot:
    case ActionType::DeleteSnapshot:
    case ActionType::Resize:
    case ActionType::ConfirmResize:
    case ActionType::RevertResize:
    case ActionType::Rebuild:
    case ActionType::Rename:
    case ActionType::Lock:
    case ActionType::Unlock: break; // refused by LibvirtProvider::perform
    }

    if (rc < 0) {
        const LibvirtError error = lastError();
        qCInfo(lcLibvirt) << what << ":" << error.message;
        if (m_session.checkLost(error)) {
            Q_EMIT actionFinished(requestId, false, error.describe(what));
            return;
        }
        m_inventory.refreshNow(uuid, false);
        Q_EMIT actionFinished(requestId, false, error.describe(what));
        return;
    }
    // Refresh now rather than waiting for the event: the row is right when the task ends.
    m_inventory.refreshNow(uuid, action.type != ActionType::Pause && action.type != ActionType::Resume);
    Q_EMIT actionFinished(requestId, true, {});
}

} // namespace welkin::libvirt
