#pragma once

#include "providers/Action.h"

#include <QObject>
#include <QString>

namespace welkin::libvirt {

class DomainCache;
class DomainInventory;
class LibvirtSession;

// The lifecycle operations a user runs on a domain (start, shut down, reboot, force off, pause,
// resume, suspend, reset, delete). Refreshes the domain's row before reporting the end, so the
// row is right when the task ends. Worker thread.
class DomainActions : public QObject
{
    Q_OBJECT
public:
    DomainActions(LibvirtSession &session, DomainCache &cache, DomainInventory &inventory, QObject *parent = nullptr);

    // Runs one action and reports it through actionStarted/actionFinished.
    void perform(quint64 requestId, const welkin::Action &action, const QString &targetName);

Q_SIGNALS:
    void actionStarted(quint64 requestId);
    void actionFinished(quint64 requestId, bool ok, const QString &errorText);

private:
    LibvirtSession &m_session;
    DomainCache &m_cache;
    DomainInventory &m_inventory;
};

} // namespace welkin::libvirt
