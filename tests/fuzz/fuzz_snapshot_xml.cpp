// libvirt snapshot XML (what virDomainSnapshotGetXMLDesc returns, host-controlled) -> VmSnapshot,
// and the tree order the Snapshots panel builds from many of them. Input: NUL-separated
// <domainsnapshot> documents.
#include "FuzzSupport.h"

#include "manage/SnapshotXml.h"

#include <QSet>

using namespace welkin;
using namespace welkin::fuzz;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> documents = bytes(data, size).split('\0');
    QList<VmSnapshot> parsed;
    QSet<QString> names;
    for (const QByteArray &xml : documents) {
        VmSnapshot snapshot;
        QString error;
        if (!SnapshotXml::parse(xml, &snapshot, &error)) {
            FUZZ_CHECK(!error.isEmpty(), {});
            continue;
        }
        FUZZ_CHECK(error.isEmpty() && !snapshot.name.isEmpty(), error);
        if (!names.contains(snapshot.name)) { // libvirt's names are unique per VM
            names.insert(snapshot.name);
            parsed.append(snapshot);
        }
    }
    // Every snapshot once, each after its parent (a missing or cyclic parent makes a root).
    const QList<VmSnapshot> ordered = snapshotTreeOrder(parsed);
    FUZZ_CHECK(ordered.size() == parsed.size(), QString::number(ordered.size()));
    QSet<QString> seen;
    for (const VmSnapshot &snapshot : ordered) {
        FUZZ_CHECK(!seen.contains(snapshot.name), shown(snapshot.name));
        FUZZ_CHECK(snapshot.parent.isEmpty() || seen.contains(snapshot.parent), shown(snapshot.name));
        seen.insert(snapshot.name);
    }
    return 0;
}
