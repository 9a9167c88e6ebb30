#include "NodeXmlGenerator.h"

#include <QHash>
#include <QSaveFile>
#include <QXmlStreamWriter>

#include <array>

namespace welkin::test {

using namespace Qt::StringLiterals;

namespace {

const QString TestNs = u"http://libvirt.org/schemas/domain/test/1.0"_s;
const QString LibosinfoNs = u"http://libosinfo.org/xmlns/libvirt/domain/1.0"_s;
constexpr int FirstGraphicsPort = 5900;

// splitmix64: cheap, well mixed, and stable across platforms and Qt versions (QRandomGenerator's
// sequence is not promised to be).
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

// An independent stream per (seed, index, purpose): adding VMs never changes earlier ones.
class Stream
{
public:
    Stream(quint32 seed, int index, quint64 purpose)
        : m_state(mix(mix(seed) ^ mix(quint64(quint32(index)) * 0x100000001b3ull + purpose)))
    {
    }
    quint64 next()
    {
        m_state += 0x9e3779b97f4a7c15ull;
        return mix(m_state);
    }
    int bounded(int n) { return int(next() % quint64(n)); }

private:
    quint64 m_state;
};

enum Purpose : quint64 { PurposeUuid = 1, PurposeRole, PurposeShape, PurposeMac };

struct Os {
    QLatin1StringView id;
    QLatin1StringView name;
    bool windows = false;
};

// The readable names are what Welkin's domain XML parser makes of the ids.
constexpr Os Ubuntu2204{"http://ubuntu.com/ubuntu/22.04"_L1, "Ubuntu 22.04"_L1};
constexpr Os Ubuntu2404{"http://ubuntu.com/ubuntu/24.04"_L1, "Ubuntu 24.04"_L1};
constexpr Os Debian12{"http://debian.org/debian/12"_L1, "Debian 12"_L1};
constexpr Os Debian11{"http://debian.org/debian/11"_L1, "Debian 11"_L1};
constexpr Os Fedora39{"http://fedoraproject.org/fedora/39"_L1, "Fedora 39"_L1};
constexpr Os Rocky9{"http://rockylinux.org/rocky/9"_L1, "Rocky Linux 9"_L1};
constexpr Os Alma9{"http://almalinux.org/almalinux/9"_L1, "AlmaLinux 9"_L1};
constexpr Os CentosStream9{"http://centos.org/centos-stream/9"_L1, "CentOS Stream 9"_L1};
constexpr Os Centos7{"http://centos.org/centos/7.0"_L1, "CentOS 7.0"_L1};
constexpr Os Rhel92{"http://redhat.com/rhel/9.2"_L1, "RHEL 9.2"_L1};
constexpr Os Leap155{"http://opensuse.org/opensuse/leap/15.5"_L1, "openSUSE Leap 15.5"_L1};
constexpr Os Alpine319{"http://alpinelinux.org/alpinelinux/3.19"_L1, "Alpine Linux 3.19"_L1};
constexpr Os FreeBsd14{"http://freebsd.org/freebsd/14.0"_L1, "FreeBSD 14.0"_L1};
constexpr Os Win2k22{"http://microsoft.com/win/2k22"_L1, "Microsoft Windows Server 2022"_L1, true};
constexpr Os Win2k19{"http://microsoft.com/win/2k19"_L1, "Microsoft Windows Server 2019"_L1, true};
constexpr Os Win11{"http://microsoft.com/win/11"_L1, "Windows 11"_L1, true};

enum RoleFlag : unsigned {
    Numbered = 1u << 0,   // "web-01"; otherwise the first is plain ("gitlab"), then "gitlab-02"
    DataDisk = 1u << 1,   // a second qcow2 disk
    SecondNic = 1u << 2,  // a second NIC on a bridge
    Desktop = 1u << 3,    // SPICE rather than VNC
};

struct Role {
    QLatin1StringView prefix;
    QLatin1StringView title;
    int weight;
    unsigned flags;
    std::array<const Os *, 3> oses; // nullptr-terminated when fewer
    std::array<int, 3> vcpus;       // 0-terminated when fewer
    std::array<int, 3> memoryMiB;   // 0-terminated when fewer
};

// Weights roughly follow a mid-size company: many workers and web nodes, few singletons.
const Role Roles[] = {
    {"web"_L1, "Web frontend"_L1, 10, Numbered, {&Ubuntu2204, &Debian12}, {2, 4}, {2048, 4096, 8192}},
    {"api"_L1, "API backend"_L1, 6, Numbered, {&Ubuntu2204, &Debian12, &Rocky9}, {2, 4}, {4096, 8192}},
    {"app"_L1, "Application server"_L1, 4, Numbered, {&Rhel92, &Alma9, &Rocky9}, {4, 8}, {8192, 16384}},
    {"db-primary"_L1, "PostgreSQL primary"_L1, 1, DataDisk | SecondNic, {&Debian12, &Rhel92}, {8, 16}, {32768, 65536}},
    {"db-replica"_L1, "PostgreSQL replica"_L1, 2, Numbered | DataDisk | SecondNic, {&Debian12, &Rhel92}, {8}, {32768}},
    {"redis-cache"_L1, "Redis cache"_L1, 2, 0, {&Debian12, &Alpine319}, {2, 4}, {4096, 8192, 16384}},
    {"k8s-control"_L1, "Kubernetes control plane"_L1, 3, Numbered, {&Ubuntu2204, &Ubuntu2404}, {4}, {8192}},
    {"k8s-worker"_L1, "Kubernetes worker"_L1, 14, Numbered | DataDisk | SecondNic, {&Ubuntu2204, &Ubuntu2404, &CentosStream9}, {8, 16}, {16384, 32768}},
    {"ci-runner"_L1, "CI runner"_L1, 6, Numbered | DataDisk, {&Ubuntu2204, &Fedora39}, {4, 8}, {8192, 16384}},
    {"win2022-ad"_L1, "Active Directory domain controller"_L1, 1, Numbered, {&Win2k22}, {2, 4}, {4096, 8192}},
    {"win2022-app"_L1, "Windows application server"_L1, 2, Numbered | DataDisk, {&Win2k22}, {4, 8}, {8192, 16384}},
    {"win2019-sql"_L1, "SQL Server"_L1, 1, Numbered | DataDisk, {&Win2k19}, {8}, {32768}},
    {"win11-build"_L1, "Windows build agent"_L1, 1, Desktop, {&Win11}, {8}, {16384}},
    {"win11-desk"_L1, "Windows desktop"_L1, 2, Numbered | Desktop, {&Win11}, {2, 4}, {4096, 8192}},
    {"gitlab"_L1, "GitLab"_L1, 1, DataDisk, {&Ubuntu2204}, {8}, {16384}},
    {"nexus"_L1, "Artifact repository"_L1, 1, DataDisk, {&Rocky9}, {4}, {8192}},
    {"prometheus"_L1, "Prometheus"_L1, 1, DataDisk, {&Debian12}, {4}, {8192}},
    {"grafana"_L1, "Grafana"_L1, 1, 0, {&Debian12}, {2}, {2048}},
    {"elk"_L1, "Elasticsearch / Logstash / Kibana"_L1, 2, Numbered | DataDisk, {&Leap155, &Rocky9}, {8}, {32768}},
    {"kafka"_L1, "Kafka broker"_L1, 3, Numbered | DataDisk, {&Rhel92, &Alma9}, {4, 8}, {16384}},
    {"minio"_L1, "Object storage"_L1, 2, Numbered | DataDisk | SecondNic, {&Alma9}, {4}, {8192}},
    {"lb"_L1, "Load balancer"_L1, 2, Numbered | SecondNic, {&Alpine319, &Debian12}, {2}, {2048}},
    {"dns"_L1, "DNS resolver"_L1, 1, Numbered, {&Debian12, &Debian11}, {1}, {1024}},
    {"ldap"_L1, "Directory server"_L1, 1, Numbered, {&Rocky9}, {2}, {2048}},
    {"mail-relay"_L1, "Mail relay"_L1, 1, 0, {&Debian12}, {1}, {1024}},
    {"vpn-gw"_L1, "VPN gateway"_L1, 1, SecondNic, {&Alpine319}, {1}, {512}},
    {"backup"_L1, "Backup server"_L1, 1, Numbered | DataDisk | SecondNic, {&Rocky9}, {2}, {4096}},
    {"freebsd-fw"_L1, "Firewall"_L1, 1, SecondNic, {&FreeBsd14}, {2}, {1024}},
    {"dev-sandbox"_L1, "Developer sandbox"_L1, 2, Numbered | Desktop, {&Fedora39, &Ubuntu2404}, {2, 4}, {4096, 8192}},
    {"legacy-erp"_L1, "Legacy ERP"_L1, 1, 0, {&Centos7}, {4}, {16384}},
    {"vault"_L1, "Secrets store"_L1, 1, 0, {&Ubuntu2204}, {2}, {4096}},
    {"jenkins"_L1, "Jenkins"_L1, 1, DataDisk, {&Ubuntu2204}, {4}, {8192}},
};

int totalWeight()
{
    int sum = 0;
    for (const Role &r : Roles)
        sum += r.weight;
    return sum;
}

const Role &roleFor(quint32 seed, int index)
{
    static const int total = totalWeight();
    int ticket = Stream(seed, index, PurposeRole).bounded(total);
    for (const Role &r : Roles) {
        if (ticket < r.weight)
            return r;
        ticket -= r.weight;
    }
    return Roles[0];
}

// 73 % running, 5 % paused, 20 % shut off, 2 % crashed, exactly per block of 100 VMs. The
// stride spreads them out, and any 10 consecutive VMs from the start include all four states.
RunState stateFor(int index)
{
    const int slot = int((qint64(index) * 37 + 3) % 100);
    if (slot < 73)
        return RunState::Running;
    if (slot < 78)
        return RunState::Paused;
    if (slot < 98)
        return RunState::ShutOff;
    return RunState::Crashed;
}

template <typename T, size_t N>
int countSet(const std::array<T, N> &items)
{
    int n = 0;
    while (n < int(N) && items[size_t(n)])
        ++n;
    return n;
}

QString twoDigits(int n)
{
    return u"%1"_s.arg(n, 2, 10, QLatin1Char('0'));
}

// Ports, MACs and per-role numbering run through the whole host.
struct Counters {
    int nextPort = FirstGraphicsPort;
    int nextNic = 0;
    QHash<const Role *, int> perRole;
};

void addSystemDisks(GeneratedDomain &d, bool dataDisk, bool cdrom, const QString &iso)
{
    const QString images = u"/var/lib/libvirt/images/"_s;
    d.disks.append({u"disk"_s, images + d.name + u".qcow2"_s, u"vda"_s, u"virtio"_s, u"qcow2"_s, false});
    if (dataDisk)
        d.disks.append({u"disk"_s, images + d.name + u"-data.qcow2"_s, u"vdb"_s, u"virtio"_s, u"qcow2"_s, false});
    if (cdrom)
        d.disks.append({u"cdrom"_s, iso, u"sda"_s, u"sata"_s, u"raw"_s, true});
}

GeneratedDomain::Graphics takeGraphics(Counters &c, bool spice, bool tls, const QString &password)
{
    GeneratedDomain::Graphics g;
    g.type = spice ? u"spice"_s : u"vnc"_s;
    g.port = c.nextPort++;
    if (spice && tls)
        g.tlsPort = c.nextPort++;
    g.listen = u"127.0.0.1"_s;
    g.password = password;
    return g;
}

GeneratedDomain::Nic takeNic(Counters &c, quint32 seed, const QString &type, const QString &source, const QString &model)
{
    return {NodeXmlGenerator::macFor(seed, c.nextNic++), type, source, model};
}

GeneratedDomain makeDomain(const NodeXmlOptions &o, int index, Counters &counters)
{
    const Role &role = roleFor(o.seed, index);
    Stream shape(o.seed, index, PurposeShape);

    GeneratedDomain d;
    d.uuid = NodeXmlGenerator::uuidFor(o.seed, index);
    d.state = stateFor(index);

    if (o.realisticNames) {
        const int n = ++counters.perRole[&role];
        if (role.flags & Numbered)
            d.name = role.prefix + u'-' + twoDigits(n);
        else
            d.name = n == 1 ? QString(role.prefix) : role.prefix + u'-' + twoDigits(n);
        d.title = role.title;
    } else {
        d.name = u"vm-%1"_s.arg(index + 1, 5, 10, QLatin1Char('0'));
    }

    const Os &os = *role.oses[size_t(shape.bounded(countSet(role.oses)))];
    d.osId = os.id;
    d.osName = os.name;
    d.vcpus = role.vcpus[size_t(shape.bounded(countSet(role.vcpus)))];
    d.memoryKiB = quint64(role.memoryMiB[size_t(shape.bounded(countSet(role.memoryMiB)))]) * 1024;

    // Windows guests carry the virtio driver ISO; one Linux guest in five an empty CD-ROM drive.
    const bool cdrom = os.windows || shape.bounded(5) == 0;
    addSystemDisks(d, role.flags & DataDisk, cdrom,
                   os.windows ? u"/var/lib/libvirt/iso/virtio-win-0.1.240.iso"_s : QString());

    const QString network = o.withNetwork ? u"network"_s : u"bridge"_s;
    const QString netSource = o.withNetwork ? u"default"_s : u"br0"_s;
    d.nics.append(takeNic(counters, o.seed, network, netSource, os.windows ? u"e1000e"_s : u"virtio"_s));
    if (role.flags & SecondNic)
        d.nics.append(takeNic(counters, o.seed, u"bridge"_s, u"br-storage"_s, u"virtio"_s));

    // Windows and desktops get SPICE (Windows with TLS and a password); servers VNC, every third
    // one with a password, and one Linux server in eight SPICE anyway.
    const bool spice = os.windows || (role.flags & Desktop) || shape.bounded(8) == 0;
    QString password;
    if (os.windows || (!spice && shape.bounded(3) == 0))
        password = u"pw-%1"_s.arg(quint32(shape.next()), 8, 16, QLatin1Char('0'));
    d.graphics.append(takeGraphics(counters, spice, os.windows, password));
    return d;
}

QString unitKiB(quint64 kib)
{
    return QString::number(kib);
}

void writeDomain(QXmlStreamWriter &w, const GeneratedDomain &d)
{
    w.writeStartElement(u"domain"_s);
    w.writeAttribute(u"type"_s, u"test"_s);
    w.writeNamespace(TestNs, u"test"_s);
    w.writeTextElement(u"name"_s, d.name);
    w.writeTextElement(u"uuid"_s, d.uuid);
    if (!d.title.isEmpty())
        w.writeTextElement(u"title"_s, d.title);

    // The declaration goes on <libosinfo:libosinfo> itself, as virt-install writes it: libvirt
    // keeps each metadata child with its own namespace.
    w.writeStartElement(u"metadata"_s);
    w.writeStartElement(u"libosinfo:libosinfo"_s);
    w.writeAttribute(u"xmlns:libosinfo"_s, LibosinfoNs);
    w.writeEmptyElement(u"libosinfo:os"_s);
    w.writeAttribute(u"id"_s, d.osId);
    w.writeEndElement(); // libosinfo
    w.writeEndElement(); // metadata

    w.writeStartElement(u"memory"_s);
    w.writeAttribute(u"unit"_s, u"KiB"_s);
    w.writeCharacters(unitKiB(d.memoryKiB));
    w.writeEndElement();
    w.writeStartElement(u"currentMemory"_s);
    w.writeAttribute(u"unit"_s, u"KiB"_s);
    w.writeCharacters(unitKiB(d.memoryKiB));
    w.writeEndElement();
    w.writeStartElement(u"vcpu"_s);
    w.writeAttribute(u"placement"_s, u"static"_s);
    w.writeCharacters(QString::number(d.vcpus));
    w.writeEndElement();

    w.writeStartElement(u"os"_s);
    w.writeStartElement(u"type"_s);
    w.writeAttribute(u"arch"_s, u"x86_64"_s);
    w.writeCharacters(u"hvm"_s);
    w.writeEndElement();
    w.writeEmptyElement(u"boot"_s);
    w.writeAttribute(u"dev"_s, u"hd"_s);
    w.writeEndElement(); // os

    w.writeStartElement(u"devices"_s);
    for (const GeneratedDomain::Disk &disk : d.disks) {
        w.writeStartElement(u"disk"_s);
        w.writeAttribute(u"type"_s, u"file"_s);
        w.writeAttribute(u"device"_s, disk.device);
        w.writeEmptyElement(u"driver"_s);
        w.writeAttribute(u"name"_s, u"qemu"_s);
        w.writeAttribute(u"type"_s, disk.format);
        if (!disk.source.isEmpty()) {
            w.writeEmptyElement(u"source"_s);
            w.writeAttribute(u"file"_s, disk.source);
        }
        w.writeEmptyElement(u"target"_s);
        w.writeAttribute(u"dev"_s, disk.target);
        w.writeAttribute(u"bus"_s, disk.bus);
        if (disk.readOnly)
            w.writeEmptyElement(u"readonly"_s);
        w.writeEndElement();
    }
    for (const GeneratedDomain::Nic &nic : d.nics) {
        w.writeStartElement(u"interface"_s);
        w.writeAttribute(u"type"_s, nic.type);
        w.writeEmptyElement(u"mac"_s);
        w.writeAttribute(u"address"_s, nic.mac);
        w.writeEmptyElement(u"source"_s);
        w.writeAttribute(nic.type == "network"_L1 ? u"network"_s : u"bridge"_s, nic.source);
        w.writeEmptyElement(u"model"_s);
        w.writeAttribute(u"type"_s, nic.model);
        w.writeEndElement();
    }
    for (const GeneratedDomain::Graphics &g : d.graphics) {
        w.writeStartElement(u"graphics"_s);
        w.writeAttribute(u"type"_s, g.type);
        w.writeAttribute(u"port"_s, QString::number(g.port));
        if (g.tlsPort >= 0)
            w.writeAttribute(u"tlsPort"_s, QString::number(g.tlsPort));
        w.writeAttribute(u"autoport"_s, u"no"_s);
        if (!g.listen.isEmpty())
            w.writeAttribute(u"listen"_s, g.listen);
        if (!g.password.isEmpty())
            w.writeAttribute(u"passwd"_s, g.password);
        if (!g.listen.isEmpty()) {
            w.writeEmptyElement(u"listen"_s);
            w.writeAttribute(u"type"_s, u"address"_s);
            w.writeAttribute(u"address"_s, g.listen);
        }
        w.writeEndElement();
    }
    w.writeEndElement(); // devices

    w.writeTextElement(TestNs, u"runstate"_s, QString::number(int(d.state)));
    w.writeEndElement(); // domain
}

void writeCpu(QXmlStreamWriter &w, int cpus)
{
    // The test driver reads nodes, sockets (per node), cores (per socket) and threads (per core);
    // keep their product equal to the CPU count.
    int nodes = 1, threads = 1;
    if (cpus >= 32 && cpus % 4 == 0) {
        nodes = 2;
        threads = 2;
    } else if (cpus >= 2 && cpus % 2 == 0) {
        threads = 2;
    }
    const int cores = cpus / (nodes * threads);
    w.writeStartElement(u"cpu"_s);
    w.writeTextElement(u"mhz"_s, u"2400"_s);
    w.writeTextElement(u"model"_s, u"x86_64"_s);
    w.writeTextElement(u"active"_s, QString::number(cpus));
    w.writeTextElement(u"nodes"_s, QString::number(nodes));
    w.writeTextElement(u"sockets"_s, u"1"_s);
    w.writeTextElement(u"cores"_s, QString::number(cores));
    w.writeTextElement(u"threads"_s, QString::number(threads));
    w.writeEndElement();
}

void writeNetwork(QXmlStreamWriter &w)
{
    w.writeStartElement(u"network"_s);
    w.writeTextElement(u"name"_s, u"default"_s);
    w.writeEmptyElement(u"bridge"_s);
    w.writeAttribute(u"name"_s, u"virbr0"_s);
    w.writeEmptyElement(u"forward"_s);
    w.writeStartElement(u"ip"_s);
    w.writeAttribute(u"address"_s, u"192.168.122.1"_s);
    w.writeAttribute(u"netmask"_s, u"255.255.255.0"_s);
    w.writeStartElement(u"dhcp"_s);
    w.writeEmptyElement(u"range"_s);
    w.writeAttribute(u"start"_s, u"192.168.122.2"_s);
    w.writeAttribute(u"end"_s, u"192.168.122.254"_s);
    w.writeEndElement(); // dhcp
    w.writeEndElement(); // ip
    w.writeEndElement(); // network
}

} // namespace

QString NodeXmlGenerator::uuidFor(quint32 seed, int index)
{
    Stream s(seed, index, PurposeUuid);
    quint64 hi = s.next();
    quint64 lo = s.next();
    hi = (hi & ~quint64(0xf000)) | 0x4000;                       // version 4
    lo = (lo & ~(quint64(0xc) << 60)) | (quint64(0x8) << 60);    // variant 10xx
    return u"%1-%2-%3-%4-%5"_s.arg(quint32(hi >> 32), 8, 16, QLatin1Char('0'))
        .arg(quint32((hi >> 16) & 0xffff), 4, 16, QLatin1Char('0'))
        .arg(quint32(hi & 0xffff), 4, 16, QLatin1Char('0'))
        .arg(quint32(lo >> 48), 4, 16, QLatin1Char('0'))
        .arg(lo & 0xffffffffffffull, 12, 16, QLatin1Char('0'));
}

QString NodeXmlGenerator::macFor(quint32 seed, int nicIndex)
{
    // An odd multiplier makes this a bijection on 24 bits: no repeats within 2^24 NICs.
    const quint32 offset = quint32(mix(quint64(seed) ^ PurposeMac)) & 0xffffff;
    const quint32 v = (quint32(nicIndex) * 0x9e3779u + offset) & 0xffffff;
    return u"52:54:00:%1:%2:%3"_s.arg((v >> 16) & 0xff, 2, 16, QLatin1Char('0'))
        .arg((v >> 8) & 0xff, 2, 16, QLatin1Char('0'))
        .arg(v & 0xff, 2, 16, QLatin1Char('0'));
}

QList<GeneratedDomain> NodeXmlGenerator::domains(const NodeXmlOptions &options)
{
    QList<GeneratedDomain> list;
    list.reserve(qMax(0, options.vmCount));
    Counters counters;
    for (int i = 0; i < options.vmCount; ++i)
        list.append(makeDomain(options, i, counters));
    return list;
}

QByteArray NodeXmlGenerator::generate(const NodeXmlOptions &options)
{
    return generate(options, domains(options));
}

QByteArray NodeXmlGenerator::generate(const NodeXmlOptions &options, const QList<GeneratedDomain> &domains)
{
    QByteArray out;
    out.reserve(256 + domains.size() * 2600);
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeComment(u" libvirt test driver host generated by welkin-generate-node-xml (%1 domains). "
                   "Open with virsh -c test:///ABSOLUTE/PATH/TO/THIS/FILE "_s.arg(domains.size()));
    w.writeStartElement(u"node"_s);
    writeCpu(w, options.hostCpus);
    w.writeTextElement(u"memory"_s, QString::number(options.hostMemoryKiB));
    if (options.withAuth) {
        w.writeStartElement(u"auth"_s);
        w.writeStartElement(u"user"_s);
        w.writeAttribute(u"password"_s, options.authPassword);
        w.writeCharacters(options.authUser);
        w.writeEndElement();
        w.writeEndElement();
    }
    if (options.withNetwork)
        writeNetwork(w);
    for (const GeneratedDomain &d : domains)
        writeDomain(w, d);
    w.writeEndElement(); // node
    w.writeEndDocument();
    if (out.startsWith('\n')) // auto-formatting puts one before the leading comment
        out.remove(0, 1);
    return out;
}

QByteArray NodeXmlGenerator::domainXml(const GeneratedDomain &domain)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    writeDomain(w, domain);
    w.writeEndDocument();
    if (out.startsWith('\n'))
        out.remove(0, 1);
    return out;
}

NodeXmlOptions NodeXmlGenerator::demoOptions()
{
    NodeXmlOptions o;
    o.vmCount = 0; // the domains come from demoDomains()
    o.hostCpus = 32;
    o.hostMemoryKiB = quint64(256) << 20;
    o.withNetwork = true;
    o.seed = 2024;
    return o;
}

QList<GeneratedDomain> NodeXmlGenerator::demoDomains()
{
    // A small company's estate, written out by hand so that it reads like one: what each VM is
    // for, sized for its job, mostly running, a few shut off, two paused, one crashed. Active VMs
    // (running and paused) add up to about 230 GiB of the host's 256 GiB.
    enum Gfx { Vnc, VncPw, Spice, SpiceTlsPw };
    struct Spec {
        const char *name;
        const char *title;
        RunState state;
        int vcpus;
        int memoryMiB;
        const Os *os;
        bool dataDisk;
        bool cdrom;
        const char *secondBridge; // nullptr: one NIC
        Gfx gfx;
    };
    constexpr auto R = RunState::Running, P = RunState::Paused, S = RunState::ShutOff, C = RunState::Crashed;
    static const Spec Specs[] = {
        {"web-01", "Web frontend (nginx)", R, 2, 2048, &Ubuntu2204, false, false, nullptr, Vnc},
        {"web-02", "Web frontend (nginx)", R, 2, 2048, &Ubuntu2204, false, false, nullptr, Vnc},
        {"web-03", "Web frontend (nginx)", R, 2, 2048, &Ubuntu2204, false, false, nullptr, VncPw},
        {"web-04", "Web frontend (spare)", S, 2, 2048, &Ubuntu2204, false, false, nullptr, Vnc},
        {"api-01", "Order API", R, 4, 4096, &Debian12, false, false, nullptr, VncPw},
        {"api-02", "Order API", R, 4, 4096, &Debian12, false, false, nullptr, Vnc},
        {"db-primary", "PostgreSQL 15 primary", R, 16, 32768, &Rhel92, true, false, "br-storage", VncPw},
        {"db-replica", "PostgreSQL 15 streaming replica", R, 8, 16384, &Rhel92, true, false, "br-storage", VncPw},
        {"redis-cache", "Redis session cache", R, 2, 4096, &Alpine319, false, false, nullptr, Vnc},
        {"k8s-control-01", "Kubernetes control plane", R, 4, 4096, &Ubuntu2204, false, false, nullptr, Vnc},
        {"k8s-control-02", "Kubernetes control plane", R, 4, 4096, &Ubuntu2204, false, false, nullptr, Vnc},
        {"k8s-control-03", "Kubernetes control plane", R, 4, 4096, &Ubuntu2204, false, false, nullptr, Vnc},
        {"k8s-worker-01", "Kubernetes worker", R, 8, 12288, &Ubuntu2204, true, false, "br-storage", Vnc},
        {"k8s-worker-02", "Kubernetes worker", R, 8, 12288, &Ubuntu2204, true, false, "br-storage", Vnc},
        {"k8s-worker-03", "Kubernetes worker", R, 8, 12288, &Ubuntu2204, true, false, "br-storage", Vnc},
        {"k8s-worker-04", "Kubernetes worker", R, 8, 12288, &Ubuntu2204, true, false, "br-storage", Vnc},
        {"k8s-worker-05", "Kubernetes worker (cordoned)", P, 8, 12288, &Ubuntu2204, true, false, "br-storage", Vnc},
        {"k8s-worker-06", "Kubernetes worker", R, 8, 12288, &Ubuntu2204, true, false, "br-storage", Vnc},
        {"ci-runner-01", "GitLab CI runner", R, 4, 6144, &Fedora39, true, false, nullptr, Vnc},
        {"ci-runner-02", "GitLab CI runner", R, 4, 6144, &Fedora39, true, false, nullptr, Vnc},
        {"ci-runner-03", "GitLab CI runner (arm cross builds)", S, 4, 6144, &CentosStream9, true, false, nullptr, Vnc},
        {"gitlab", "GitLab", R, 8, 12288, &Ubuntu2204, true, false, nullptr, VncPw},
        {"nexus", "Nexus artifact repository", R, 4, 8192, &Rocky9, true, false, nullptr, Vnc},
        {"prometheus", "Prometheus", R, 4, 8192, &Debian12, true, false, nullptr, Vnc},
        {"grafana", "Grafana dashboards", R, 2, 2048, &Debian12, false, false, nullptr, Vnc},
        {"elk-01", "Elasticsearch / Kibana", R, 8, 12288, &Leap155, true, false, nullptr, Vnc},
        {"mail-relay", "Postfix mail relay", R, 1, 1024, &Debian12, false, false, nullptr, Vnc},
        {"vpn-gw", "WireGuard VPN gateway", R, 1, 512, &Alpine319, false, false, "br-dmz", VncPw},
        {"win2022-ad-01", "Active Directory DC", R, 2, 4096, &Win2k22, false, true, nullptr, SpiceTlsPw},
        {"win2022-ad-02", "Active Directory DC", R, 2, 4096, &Win2k22, false, true, nullptr, SpiceTlsPw},
        {"win11-build", "Windows build agent", P, 8, 8192, &Win11, true, true, nullptr, SpiceTlsPw},
        {"backup-01", "Bareos backup server", R, 2, 4096, &Rocky9, true, false, "br-storage", Vnc},
        {"freebsd-fw", "pf firewall", R, 2, 1024, &FreeBsd14, false, false, "br-dmz", VncPw},
        {"dev-sandbox", "Developer sandbox", S, 4, 8192, &Fedora39, false, true, nullptr, Spice},
        {"legacy-erp", "Legacy ERP (do not reboot)", C, 4, 8192, &Centos7, true, false, nullptr, VncPw},
        {"vault", "HashiCorp Vault", R, 2, 2048, &Alma9, false, false, nullptr, Vnc},
    };

    const quint32 seed = demoOptions().seed;
    Counters counters;
    QList<GeneratedDomain> list;
    int index = 0;
    for (const Spec &s : Specs) {
        GeneratedDomain d;
        d.name = QString::fromLatin1(s.name);
        d.title = QString::fromLatin1(s.title);
        d.uuid = uuidFor(seed, index);
        d.state = s.state;
        d.vcpus = s.vcpus;
        d.memoryKiB = quint64(s.memoryMiB) * 1024;
        d.osId = s.os->id;
        d.osName = s.os->name;
        const QString iso = s.os->windows ? u"/var/lib/libvirt/iso/virtio-win-0.1.240.iso"_s
                                          : (s.os == &Fedora39 ? u"/var/lib/libvirt/iso/Fedora-Workstation-Live-x86_64-39-1.5.iso"_s
                                                               : QString());
        addSystemDisks(d, s.dataDisk, s.cdrom, iso);
        d.nics.append(takeNic(counters, seed, u"network"_s, u"default"_s, s.os->windows ? u"e1000e"_s : u"virtio"_s));
        if (s.secondBridge)
            d.nics.append(takeNic(counters, seed, u"bridge"_s, QString::fromLatin1(s.secondBridge), u"virtio"_s));
        const bool spice = s.gfx == Spice || s.gfx == SpiceTlsPw;
        const bool password = s.gfx == VncPw || s.gfx == SpiceTlsPw;
        // Demo passwords: the demo is about showing that a password is needed, not about secrecy.
        d.graphics.append(takeGraphics(counters, spice, s.gfx == SpiceTlsPw,
                                       password ? u"demo-"_s + d.name : QString()));
        list.append(d);
        ++index;
    }
    return list;
}

QByteArray NodeXmlGenerator::generateDemo()
{
    return generate(demoOptions(), demoDomains());
}

bool NodeXmlGenerator::writeFile(const QString &path, const QByteArray &xml, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(xml) != xml.size() || !file.commit()) {
        if (error)
            *error = u"%1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

bool NodeXmlGenerator::writeToFile(const NodeXmlOptions &options, const QString &path, QString *error)
{
    return writeFile(path, generate(options), error);
}

} // namespace welkin::test
