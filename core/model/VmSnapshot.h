#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace welkin {

// One snapshot of a VM, whatever keeps it: a libvirt <domainsnapshot>, a CloudStack VM snapshot,
// or an OpenStack server image made with createImage.
struct VmSnapshot {
    QString id;           // what RevertSnapshot / DeleteSnapshot name ("snapshotId"): libvirt's name, a cloud's id
    QString name;
    QString parent;       // the parent's id, "" for a root
    QString description;
    QString state;        // the VM's state when taken: running, paused, shutoff, disk-snapshot, ... ("" unknown)
    QDateTime created;
    QString memory;       // internal, external, no ("" when not stated)
    bool external = false; // a disk of it is an external overlay
    bool current = false;  // the snapshot the VM now descends from
    QString status;       // a cloud's lifecycle word as it gives it (Ready, Creating, active, saving, ...); "" for libvirt
    bool ready = true;    // usable now (not being made, reverted or deleted, not failed)
    qint64 sizeBytes = -1; // -1 unknown

    friend bool operator==(const VmSnapshot &, const VmSnapshot &) = default;
    bool hasMemory() const { return memory == QLatin1String("internal") || memory == QLatin1String("external"); }
};

// Orders snapshots parents first, siblings by creation time, so a tree can be built in one pass.
// A snapshot whose parent is missing (or in a cycle) comes back as a root, its parent cleared;
// a second snapshot with an id already seen (a cloud listing paged while it changed) is dropped.
QList<VmSnapshot> snapshotTreeOrder(QList<VmSnapshot> snapshots);

// What a provider's snapshots allow; the Snapshots tab and the Take Snapshot dialog follow it.
struct SnapshotSupport {
    bool listed = false;             // listSnapshots() works; without it the provider keeps none
    bool revert = false;             // RevertSnapshot
    bool describe = false;           // a description can be changed afterwards
    bool deleteWithChildren = false; // DeleteSnapshot option "withChildren"
    bool diskOnly = false;           // CreateSnapshot option "diskOnly": external disk overlays, no memory
    bool memory = false;             // CreateSnapshot option "memory": a running VM's memory on request
    bool memoryWhenRunning = false;  // a running VM's memory is always saved (libvirt internal snapshots)
    bool images = false;             // snapshots are images to start servers from, not states to go back to
    bool libvirtNames = false;       // names follow libvirt's rules (NameRules::Snapshot); else free text
    int maxNameLength = 255;
};

} // namespace welkin

Q_DECLARE_METATYPE(welkin::VmSnapshot)
