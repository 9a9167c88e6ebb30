#pragma once

#include "model/VmSnapshot.h"

#include <QString>

namespace welkin {

// What the user asks for when taking a snapshot.
struct SnapshotSpec {
    QString name;
    QString description;
    // Internal snapshot of every disk, with the memory of a running VM (qcow2 disks only), or,
    // with diskOnly, external qcow2 overlays of the disks and no memory.
    bool diskOnly = false;
    // Where the provider saves memory only on request (SnapshotSupport::memory): with it.
    bool memory = false;
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

} // namespace SnapshotXml

} // namespace welkin
