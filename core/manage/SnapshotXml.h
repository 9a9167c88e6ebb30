#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace welkin {

// One libvirt snapshot of a VM, as its <domainsnapshot> XML describes it.
struct VmSnapshot {
    QString name;
    QString parent;       // "" for a root
    QString description;
    QString state;        // the VM's state when taken: running, paused, shutoff, disk-snapshot, ...
    QDateTime created;
    QString memory;       // internal, external, no ("" when not stated)
    bool external = false; // a disk of it is an external overlay
    bool current = false;  // the snapshot the VM now descends from

    bool hasMemory() const { return memory == QLatin1String("internal") || memory == QLatin1String("external"); }
};

// What the user asks for when taking a snapshot.
struct SnapshotSpec {
    QString name;
    QString description;
    // Internal snapshot of every disk, with the memory of a running VM (qcow2 disks only), or,
    // with diskOnly, external qcow2 overlays of the disks and no memory.
    bool diskOnly = false;
};

namespace SnapshotXml {

// Reads the top-level fields of a <domainsnapshot>; the embedded <domain> is skipped. false with
// `error` (line and column) on malformed XML or another root.
bool parse(const QByteArray &xml, VmSnapshot *snapshot, QString *error);

// The <domainsnapshot> for virDomainSnapshotCreateXML.
QByteArray forCreate(const SnapshotSpec &spec);

// `xml` (a snapshot's own <domainsnapshot>, as virDomainSnapshotGetXMLDesc gives it) with its
// top-level <description> set to `description` (removed when empty); everything else, the
// embedded <domain> included, is copied as it is. For redefining the snapshot's metadata. false
// with `error` on malformed XML or another root.
bool withDescription(const QByteArray &xml, const QString &description, QByteArray *out, QString *error);

// Orders snapshots parents first, siblings by creation time, so a tree can be built in one pass.
// A snapshot whose parent is missing (or in a cycle) comes back as a root, its parent cleared.
QList<VmSnapshot> treeOrder(QList<VmSnapshot> snapshots);

} // namespace SnapshotXml

} // namespace welkin

Q_DECLARE_METATYPE(welkin::VmSnapshot)
