#include "MigrationChecks.h"

#include "metrics/Metric.h"

#include <QFileInfo>
#include <QSet>
#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

using Outcome = MigrationCheck::Outcome;
using State = MigrationVmFacts::State;

bool isActive(State state)
{
    return state == State::Running || state == State::Paused;
}

// Calls `visit(path, reader)` at each element of `xml`, `path` holding the names from the root
// down; `visit` returns false to stop. A visitor that reads an element whole (readElementText,
// a copy) leaves the reader at its end. False on malformed XML (the reader has the error).
template<typename Visit>
bool walk(QXmlStreamReader &reader, Visit visit)
{
    QStringList path;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isEndElement()) {
            path.removeLast();
        } else if (reader.isStartElement()) {
            path.append(reader.name().toString());
            if (!visit(path, reader))
                return true;
            if (reader.isEndElement())
                path.removeLast();
        }
    }
    return !reader.hasError();
}

// The element at `path` copied as it is; empty when absent.
QByteArray elementAt(const QByteArray &xml, const QStringList &path)
{
    QXmlStreamReader reader(xml);
    QByteArray out;
    walk(reader, [&](const QStringList &at, QXmlStreamReader &r) {
        if (at != path)
            return true;
        QXmlStreamWriter writer(&out);
        for (int depth = 0; !r.atEnd() && !r.hasError(); r.readNext()) {
            depth += r.isStartElement() ? 1 : r.isEndElement() ? -1 : 0;
            writer.writeCurrentToken(r);
            if (depth == 0)
                break;
        }
        return false;
    });
    return reader.hasError() ? QByteArray() : out;
}

QString textAt(const QByteArray &xml, const QStringList &path)
{
    QXmlStreamReader reader(xml);
    QString text;
    walk(reader, [&](const QStringList &at, QXmlStreamReader &r) {
        if (at == path)
            text = r.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
        return at != path;
    });
    return text;
}

MigrationCheck check(QString subject, Outcome outcome, QString message)
{
    return MigrationCheck{std::move(subject), outcome, std::move(message)};
}

} // namespace

bool MigrationChecks::isCopied(const MigrationDiskFacts &disk, const MigrationOptions &options, State state)
{
    return options.storage != MigrationOptions::Storage::Shared && isActive(state) && !disk.readOnly
        && !disk.shareable && !disk.path.isEmpty() && disk.type != "network"_L1;
}

bool MigrationChecks::isLocalUri(const QString &uri)
{
    return QUrl(uri).host().isEmpty();
}

QList<MigrationCheck> MigrationChecks::evaluate(const MigrationVmFacts &vm, const MigrationHostFacts &source,
                                                const MigrationHostFacts &destination, const MigrationOptions &options)
{
    QList<MigrationCheck> checks;
    const bool active = isActive(vm.state);

    // Destination host: libvirt refuses a migration whose two ends report the same host UUID.
    const QString hostSubject = tr("Destination host");
    if (!source.hostUuid.isEmpty() && source.hostUuid == destination.hostUuid)
        checks.append(check(hostSubject, Outcome::Blocker,
                            tr("This is the host %1 runs on (host UUID %2): a VM moves only to another host")
                                .arg(vm.name, source.hostUuid)));
    else
        checks.append(check(hostSubject, Outcome::Passed,
                            destination.hostUuid.isEmpty() ? tr("Another host")
                                                           : tr("Another host (host UUID %1)").arg(destination.hostUuid)));

    const QString hypervisorSubject = tr("Hypervisor");
    if (source.hypervisor.compare(destination.hypervisor, Qt::CaseInsensitive) != 0)
        checks.append(check(hypervisorSubject, Outcome::Blocker,
                            tr("The destination runs %1 and this host %2: a VM moves only between hosts of the same hypervisor")
                                .arg(destination.hypervisor, source.hypervisor)));
    else if (!vm.destinationOffersDomainType)
        checks.append(check(hypervisorSubject, Outcome::Blocker,
                            tr("The destination cannot run %1 guests for %2").arg(vm.domainType, vm.arch)));
    else
        checks.append(check(hypervisorSubject, Outcome::Passed, tr("%1 on both hosts").arg(source.hypervisor)));

    const QString stateSubject = tr("State");
    switch (vm.state) {
    case State::Running:
        checks.append(check(stateSubject, Outcome::Passed,
                            options.live ? tr("Running: it keeps running while it moves")
                                         : tr("Running: it is paused while it moves, and resumes on the destination")));
        break;
    case State::Paused:
        checks.append(check(stateSubject, Outcome::Passed, tr("Paused: it moves paused")));
        break;
    case State::ShutOff:
        if (options.live)
            checks.append(check(stateSubject, Outcome::Blocker,
                                tr("%1 is shut off: a live migration needs it running. Migrate it offline to move "
                                   "only its definition").arg(vm.name)));
        else if (options.storage != MigrationOptions::Storage::Shared)
            checks.append(check(stateSubject, Outcome::Blocker,
                                tr("%1 is shut off, and libvirt copies disks only while a VM runs: start it, or "
                                   "migrate with shared storage to move only its definition").arg(vm.name)));
        else if (!options.persistOnDestination)
            checks.append(check(stateSubject, Outcome::Blocker,
                                tr("%1 is shut off, so only its definition moves: it must be kept on the destination")
                                    .arg(vm.name)));
        else
            checks.append(check(stateSubject, Outcome::Passed,
                                tr("Shut off: only its definition moves; its disks must already be on the destination")));
        break;
    case State::Other:
        checks.append(check(stateSubject, Outcome::Blocker,
                            tr("%1 is %2: only running, paused or shut-off VMs can move").arg(vm.name, vm.stateName)));
        break;
    }

    if (options.allowPostCopy && (!options.live || vm.state != State::Running))
        checks.append(check(tr("Options"), Outcome::Blocker, tr("Post-copy needs a live migration of a running VM")));

    if (options.peerToPeer || options.tunnelled) {
        // The source daemon opens the destination URI itself, and a URI without a host is its own
        // driver to it (libvirt then refuses "Attempt to migrate guest to the same host").
        const QString transportSubject = tr("Peer to peer");
        if (isLocalUri(destination.uri))
            checks.append(check(transportSubject, Outcome::Blocker,
                                tr("The source host opens %1 itself, and without a host name that is its own daemon: "
                                   "connect to the destination through its address (qemu+ssh://, qemu+tls://)")
                                    .arg(destination.uri)));
        else
            checks.append(check(transportSubject, Outcome::Passed,
                                tr("The source host opens %1 itself, with its own credentials").arg(destination.uri)));
    }

    const QString nameSubject = tr("Name");
    if (vm.uuidTakenOnDestination)
        checks.append(check(nameSubject, Outcome::Blocker, tr("The destination already has this VM (same UUID)")));
    else if (vm.nameTakenOnDestination)
        checks.append(check(nameSubject, Outcome::Blocker, tr("A VM named '%1' already exists on the destination").arg(vm.name)));
    else
        checks.append(check(nameSubject, Outcome::Passed, tr("No VM named '%1' on the destination").arg(vm.name)));

    const QString cpuSubject = tr("CPU");
    if (vm.domainType == "qemu"_L1) {
        checks.append(check(cpuSubject, Outcome::Passed,
                            tr("Emulated by QEMU (TCG): the guest gets the same CPU on any host, whatever the host's")));
    } else if (vm.domainType != "kvm"_L1) {
        checks.append(check(cpuSubject, Outcome::Warning, tr("Not checked for %1 guests").arg(vm.domainType)));
    } else if (!active) {
        checks.append(check(cpuSubject, Outcome::Passed,
                            tr("Shut off: its CPU is set up when it starts on the destination")));
    } else {
        const QString what = vm.cpuMode == "host-passthrough"_L1 || vm.cpuMode == "maximum"_L1
            ? tr("this host's CPU (the VM passes it through)")
            : tr("the VM's CPU model");
        switch (vm.cpu.result) {
        case MigrationCpuComparison::Result::Identical:
            checks.append(check(cpuSubject, Outcome::Passed, tr("The destination provides %1 exactly").arg(what)));
            break;
        case MigrationCpuComparison::Result::Superset:
            checks.append(check(cpuSubject, Outcome::Passed, tr("The destination provides %1 and more").arg(what)));
            break;
        case MigrationCpuComparison::Result::Incompatible:
            checks.append(check(cpuSubject, Outcome::Blocker,
                                tr("The destination cannot provide %1: %2").arg(what, vm.cpu.message)));
            break;
        case MigrationCpuComparison::Result::Failed:
            checks.append(check(cpuSubject, Outcome::Warning, tr("Could not compare %1: %2").arg(what, vm.cpu.message)));
            break;
        case MigrationCpuComparison::Result::NotCompared:
            checks.append(check(cpuSubject, Outcome::Warning, tr("Not compared")));
            break;
        }
    }

    const QString memorySubject = tr("Memory");
    if (vm.memoryBytes == 0 || destination.freeMemoryBytes == 0) {
        checks.append(check(memorySubject, Outcome::Warning, tr("Could not read the destination's free memory")));
    } else {
        const QString figures = tr("The destination has %1 free, the VM needs %2")
                                    .arg(formatBytes(double(destination.freeMemoryBytes)), formatBytes(double(vm.memoryBytes)));
        if (destination.freeMemoryBytes >= vm.memoryBytes)
            checks.append(check(memorySubject, Outcome::Passed, figures));
        else if (active)
            checks.append(check(memorySubject, Outcome::Blocker, figures));
        else
            checks.append(check(memorySubject, Outcome::Warning, tr("%1: it could not start there now").arg(figures)));
    }

    // What a running VM needs at once blocks; a shut-off VM only needs it to start there.
    const Outcome missing = active ? Outcome::Blocker : Outcome::Warning;
    QSet<QString> seen;
    for (const MigrationNicFacts &nic : vm.nics) {
        const bool network = nic.type == "network"_L1;
        if ((!network && nic.type != "bridge"_L1 && nic.type != "direct"_L1) || seen.contains(nic.type + nic.source))
            continue;
        seen.insert(nic.type + nic.source);
        if (nic.type == "direct"_L1) {
            checks.append(check(tr("Interface %1").arg(nic.source), Outcome::Warning,
                                tr("A direct (macvtap) link to %1: make sure the destination has that device").arg(nic.source)));
            continue;
        }
        const QString subject = network ? tr("Network '%1'").arg(nic.source) : tr("Bridge '%1'").arg(nic.source);
        switch (nic.onDestination) {
        case MigrationPresence::Present:
            checks.append(check(subject, Outcome::Passed, tr("Active on the destination")));
            break;
        case MigrationPresence::Inactive:
            checks.append(check(subject, missing, network ? tr("Defined on the destination but not active: start it there")
                                                           : tr("Down on the destination")));
            break;
        case MigrationPresence::Absent:
            checks.append(check(subject, missing, network ? tr("The destination has no network of that name")
                                                           : tr("The destination has no bridge of that name")));
            break;
        case MigrationPresence::Unknown:
            checks.append(check(subject, Outcome::Warning,
                                network ? tr("Could not check the destination's networks")
                                        : tr("The destination's libvirt cannot list host interfaces: make sure it has this bridge")));
            break;
        }
    }

    for (const MigrationDiskFacts &disk : vm.disks) {
        if (disk.path.isEmpty() || disk.type == "network"_L1)
            continue; // empty drives; network disks are reached from anywhere
        const QString subject = disk.sourcePool.isEmpty() ? tr("Disk %1").arg(disk.target)
                                                           : tr("Storage pool '%1'").arg(disk.sourcePool);
        const QString directory = QFileInfo(disk.path).path();
        if (isCopied(disk, options, vm.state)) {
            if (disk.onDestination)
                checks.append(check(subject, Outcome::Warning,
                                    tr("%1: %2 already exists on the destination: the copy overwrites it").arg(disk.target, disk.path)));
            else if (disk.type == "block"_L1)
                checks.append(check(subject, Outcome::Blocker,
                                    tr("%1: libvirt cannot create block device %2 on the destination: create it there first")
                                        .arg(disk.target, disk.path)));
            else if (disk.destinationPool.isEmpty())
                checks.append(check(subject, Outcome::Blocker,
                                    disk.type == "volume"_L1
                                        ? tr("%1: the destination has no storage pool named '%2', and libvirt creates the "
                                             "copy only in one").arg(disk.target, disk.sourcePool)
                                        : tr("%1: no storage pool on the destination has the directory %2, and libvirt "
                                             "creates the copy only in one: define a pool with that path there")
                                              .arg(disk.target, directory)));
            else if (!disk.destinationPoolActive)
                checks.append(check(subject, Outcome::Blocker,
                                    tr("%1: storage pool '%2' on the destination is not active").arg(disk.target, disk.destinationPool)));
            else
                checks.append(check(subject, Outcome::Passed,
                                    tr("%1: copied into pool '%2' on the destination").arg(disk.target, disk.destinationPool)));
            continue;
        }
        if (disk.onDestination)
            checks.append(check(subject, Outcome::Passed, tr("%1: %2 is on the destination too").arg(disk.target, disk.path)));
        else if (!disk.destinationPool.isEmpty() && disk.destinationPoolActive)
            checks.append(check(subject, Outcome::Blocker,
                                options.storage == MigrationOptions::Storage::Shared || !active
                                    ? tr("%1: %2 is not on the destination, and with shared storage both hosts must see "
                                         "the same file").arg(disk.target, disk.path)
                                    : tr("%1: %2 is not on the destination, and read-only or shared disks are not copied")
                                          .arg(disk.target, disk.path)));
        else
            checks.append(check(subject, Outcome::Warning,
                                tr("%1: could not check that the destination has %2 (no active storage pool there has "
                                   "the directory %3)").arg(disk.target, disk.path, directory)));
    }
    return checks;
}

bool MigrationChecks::readDomain(const QByteArray &xml, MigrationDomainXml *out, QString *error)
{
    QXmlStreamReader reader(xml);
    MigrationDomainXml read;
    QString wrongRoot;
    const bool wellFormed = walk(reader, [&](const QStringList &at, QXmlStreamReader &r) {
        const QXmlStreamAttributes attributes = r.attributes();
        if (at.size() == 1 && at.first() != "domain"_L1) {
            wrongRoot = at.first();
            return false;
        }
        if (at == QStringList{u"domain"_s}) {
            read.domainType = attributes.value("type"_L1).toString();
        } else if (at == QStringList{u"domain"_s, u"os"_s, u"type"_s}) {
            read.arch = attributes.value("arch"_L1).toString();
            read.machine = attributes.value("machine"_L1).toString();
        } else if (at == QStringList{u"domain"_s, u"devices"_s, u"emulator"_s}) {
            read.emulator = r.readElementText().trimmed();
        } else if (at == QStringList{u"domain"_s, u"cpu"_s}) {
            read.cpuMode = attributes.hasAttribute("mode"_L1) ? attributes.value("mode"_L1).toString() : u"custom"_s;
        }
        return true;
    });
    if (!wrongRoot.isEmpty()) {
        *error = tr("The definition's root is <%1>, not <domain>").arg(wrongRoot);
        return false;
    }
    if (!wellFormed) {
        *error = tr("Line %1, column %2: %3").arg(reader.lineNumber()).arg(reader.columnNumber()).arg(reader.errorString());
        return false;
    }
    if (!read.cpuMode.isEmpty())
        read.cpuXml = elementAt(xml, {u"domain"_s, u"cpu"_s});
    *out = read;
    return true;
}

QString MigrationChecks::hostUuid(const QByteArray &capsXml)
{
    return textAt(capsXml, {u"capabilities"_s, u"host"_s, u"uuid"_s});
}

QByteArray MigrationChecks::hostCpuXml(const QByteArray &capsXml)
{
    return elementAt(capsXml, {u"capabilities"_s, u"host"_s, u"cpu"_s});
}

} // namespace welkin
