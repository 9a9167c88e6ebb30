#include "NodeXmlGenerator.h"
#include "providers/libvirt/DomainXmlParser.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <memory>

using namespace welkin;
using namespace welkin::test;
using namespace Qt::StringLiterals;

namespace {

NodeXmlOptions withCount(int count, quint32 seed = 1)
{
    NodeXmlOptions o;
    o.vmCount = count;
    o.seed = seed;
    return o;
}

// Counts elements by local name in a whole document; fails the test on malformed XML.
QHash<QString, int> elementCounts(const QByteArray &xml, QString *error)
{
    QHash<QString, int> counts;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement)
            ++counts[r.qualifiedName().toString()];
    }
    if (r.hasError())
        *error = u"line %1: %2"_s.arg(r.lineNumber()).arg(r.errorString());
    return counts;
}

QString textOf(const QByteArray &xml, const QString &path) // "cpu/cores": first match, no attributes
{
    const QStringList parts = path.split(u'/');
    QXmlStreamReader r(xml);
    QStringList stack;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::StartElement) {
            stack.append(r.name().toString());
            if (stack.size() > 1 && stack.mid(1) == parts)
                return r.readElementText();
        } else if (token == QXmlStreamReader::EndElement) {
            stack.removeLast();
        }
    }
    return {};
}

struct ConnectDeleter {
    void operator()(virConnectPtr c) const { virConnectClose(c); }
};
using Connection = std::unique_ptr<virConnect, ConnectDeleter>;

void silentLibvirtErrors(void *, virErrorPtr) {}

int authCallback(virConnectCredentialPtr cred, unsigned int ncred, void *data)
{
    const auto *userPass = static_cast<const QPair<QByteArray, QByteArray> *>(data);
    for (unsigned int i = 0; i < ncred; ++i) {
        const QByteArray &value = cred[i].type == VIR_CRED_AUTHNAME ? userPass->first : userPass->second;
        cred[i].result = strdup(value.constData());
        cred[i].resultlen = unsigned(value.size());
    }
    return 0;
}

} // namespace

class TestNodeXmlGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void deterministic();
    void stablePrefix();
    void uuids();
    void macs();
    void names();
    void plainNames();
    void states();
    void sizesAndDevices();
    void graphics();
    void osMix();
    void wellFormedNode();
    void cpuTopology_data();
    void cpuTopology();
    void authAndNetworkOptions();
    void domainsParseBack();
    void demoEstate();
    void demoFileUpToDate();
    void writeFile();
    void loadsInTestDriver();
    void demoLoadsInTestDriver();
    void authInTestDriver();

private:
    QTemporaryDir m_dir;
};

void TestNodeXmlGenerator::initTestCase()
{
    QVERIFY(m_dir.isValid());
    virSetErrorFunc(nullptr, silentLibvirtErrors);
}

void TestNodeXmlGenerator::deterministic()
{
    const QByteArray a = NodeXmlGenerator::generate(withCount(200));
    QCOMPARE(NodeXmlGenerator::generate(withCount(200)), a);
    QVERIFY(NodeXmlGenerator::generate(withCount(200, 2)) != a);
    QCOMPARE(NodeXmlGenerator::generateDemo(), NodeXmlGenerator::generateDemo());
}

void TestNodeXmlGenerator::stablePrefix()
{
    // Domain i does not depend on how many follow it.
    const QList<GeneratedDomain> small = NodeXmlGenerator::domains(withCount(10));
    const QList<GeneratedDomain> large = NodeXmlGenerator::domains(withCount(1000));
    QCOMPARE(small.size(), 10);
    QCOMPARE(large.size(), 1000);
    for (int i = 0; i < small.size(); ++i)
        QCOMPARE(NodeXmlGenerator::domainXml(small[i]), NodeXmlGenerator::domainXml(large[i]));
}

void TestNodeXmlGenerator::uuids()
{
    static const QRegularExpression rfc4122(
        u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
    QSet<QString> seen;
    for (const GeneratedDomain &d : NodeXmlGenerator::domains(withCount(10000))) {
        QVERIFY2(rfc4122.match(d.uuid).hasMatch(), qPrintable(d.uuid));
        seen.insert(d.uuid);
    }
    QCOMPARE(seen.size(), 10000);
    QCOMPARE(NodeXmlGenerator::uuidFor(1, 5), NodeXmlGenerator::uuidFor(1, 5));
    QVERIFY(NodeXmlGenerator::uuidFor(1, 5) != NodeXmlGenerator::uuidFor(2, 5));
    QVERIFY(NodeXmlGenerator::uuidFor(1, 5) != NodeXmlGenerator::uuidFor(1, 6));
}

void TestNodeXmlGenerator::macs()
{
    static const QRegularExpression format(u"^52:54:00(:[0-9a-f]{2}){3}$"_s);
    QSet<QString> seen;
    int nics = 0;
    for (const GeneratedDomain &d : NodeXmlGenerator::domains(withCount(10000))) {
        for (const GeneratedDomain::Nic &nic : d.nics) {
            QVERIFY2(format.match(nic.mac).hasMatch(), qPrintable(nic.mac));
            seen.insert(nic.mac);
            ++nics;
        }
    }
    QCOMPARE(seen.size(), nics);
    // The MAC sequence is a bijection on 24 bits: 2^16 in a row are all distinct.
    QSet<QString> run;
    for (int i = 0; i < 65536; ++i)
        run.insert(NodeXmlGenerator::macFor(7, i));
    QCOMPARE(run.size(), 65536);
}

void TestNodeXmlGenerator::names()
{
    static const QRegularExpression hostname(u"^[a-z][a-z0-9]*(-[a-z0-9]+)*$"_s);
    const QList<GeneratedDomain> all = NodeXmlGenerator::domains(withCount(10000));
    QSet<QString> seen;
    QSet<QString> roles;
    for (const GeneratedDomain &d : all) {
        QVERIFY2(hostname.match(d.name).hasMatch(), qPrintable(d.name));
        QVERIFY(!d.title.isEmpty());
        seen.insert(d.name);
        roles.insert(d.name.section(u'-', 0, -2));
    }
    QCOMPARE(seen.size(), all.size());
    QVERIFY2(roles.size() >= 20, "names should spread over many roles");
    // Numbered roles start at 01; singletons start bare.
    QVERIFY(seen.contains(u"web-01"_s));
    QVERIFY(seen.contains(u"k8s-worker-07"_s));
    QVERIFY(seen.contains(u"k8s-worker-100"_s)); // past two digits still unique
    QVERIFY(seen.contains(u"gitlab"_s));
    QVERIFY(seen.contains(u"gitlab-02"_s));
    QVERIFY(seen.contains(u"win2022-ad-01"_s));
}

void TestNodeXmlGenerator::plainNames()
{
    NodeXmlOptions o = withCount(12);
    o.realisticNames = false;
    const QList<GeneratedDomain> all = NodeXmlGenerator::domains(o);
    QCOMPARE(all.first().name, u"vm-00001"_s);
    QCOMPARE(all.last().name, u"vm-00012"_s);
    QVERIFY(all.first().title.isEmpty());
}

void TestNodeXmlGenerator::states()
{
    QHash<RunState, int> counts;
    for (const GeneratedDomain &d : NodeXmlGenerator::domains(withCount(10000)))
        ++counts[d.state];
    QCOMPARE(counts.value(RunState::Running), 7300);
    QCOMPARE(counts.value(RunState::Paused), 500);
    QCOMPARE(counts.value(RunState::ShutOff), 2000);
    QCOMPARE(counts.value(RunState::Crashed), 200);

    // A 10-VM host already shows every state, and its first VM runs.
    QSet<RunState> small;
    const QList<GeneratedDomain> ten = NodeXmlGenerator::domains(withCount(10));
    for (const GeneratedDomain &d : ten)
        small.insert(d.state);
    QCOMPARE(small.size(), 4);
    QCOMPARE(ten.first().state, RunState::Running);
}

void TestNodeXmlGenerator::sizesAndDevices()
{
    int cdroms = 0, dataDisks = 0, twoNics = 0;
    for (const GeneratedDomain &d : NodeXmlGenerator::domains(withCount(2000))) {
        QVERIFY(d.vcpus >= 1 && d.vcpus <= 16);
        QVERIFY(d.memoryKiB >= 512 * 1024 && d.memoryKiB <= quint64(64) << 20);
        QCOMPARE(d.memoryKiB % (512 * 1024), quint64(0)); // realistic steps
        QVERIFY(d.disks.size() >= 1 && d.disks.size() <= 3);
        QCOMPARE(d.disks[0].source, u"/var/lib/libvirt/images/"_s + d.name + u".qcow2"_s);
        QCOMPARE(d.disks[0].format, u"qcow2"_s);
        QCOMPARE(d.disks[0].target, u"vda"_s);
        for (const GeneratedDomain::Disk &disk : d.disks) {
            if (disk.device == "cdrom"_L1) {
                ++cdroms;
                QVERIFY(disk.readOnly);
            } else if (disk.target == "vdb"_L1) {
                ++dataDisks;
            }
        }
        QVERIFY(d.nics.size() >= 1 && d.nics.size() <= 2);
        QCOMPARE(d.nics[0].type, u"network"_s);
        QCOMPARE(d.nics[0].source, u"default"_s);
        twoNics += d.nics.size() == 2;
    }
    QVERIFY(cdroms > 100);
    QVERIFY(dataDisks > 100);
    QVERIFY(twoNics > 100);
}

void TestNodeXmlGenerator::graphics()
{
    QSet<int> ports;
    int vnc = 0, vncPassword = 0, spice = 0, spiceTls = 0;
    for (const GeneratedDomain &d : NodeXmlGenerator::domains(withCount(10000))) {
        QCOMPARE(d.graphics.size(), 1);
        const GeneratedDomain::Graphics &g = d.graphics[0];
        QCOMPARE(g.listen, u"127.0.0.1"_s);
        QVERIFY(g.port >= 5900 && g.port < 65536);
        QVERIFY(!ports.contains(g.port));
        ports.insert(g.port);
        if (g.tlsPort >= 0) {
            QVERIFY(!ports.contains(g.tlsPort));
            ports.insert(g.tlsPort);
        }
        if (g.type == "vnc"_L1) {
            ++vnc;
            vncPassword += !g.password.isEmpty();
            QCOMPARE(g.tlsPort, -1);
        } else {
            QCOMPARE(g.type, u"spice"_s);
            ++spice;
            spiceTls += g.tlsPort >= 0;
        }
    }
    QVERIFY(vnc > 5000);
    QVERIFY(vncPassword > vnc / 5 && vncPassword < vnc / 2);
    QVERIFY(spice > 500);
    QVERIFY(spiceTls > 100);
}

void TestNodeXmlGenerator::osMix()
{
    QHash<QString, int> byOs;
    int windows = 0;
    for (const GeneratedDomain &d : NodeXmlGenerator::domains(withCount(2000))) {
        ++byOs[d.osName];
        windows += d.osId.startsWith(u"http://microsoft.com/"_s);
    }
    QVERIFY2(byOs.size() >= 12, "a mix of distributions expected");
    QVERIFY(windows > 40 && windows < 400);
    QVERIFY(byOs.contains(u"Ubuntu 22.04"_s));
    QVERIFY(byOs.contains(u"Microsoft Windows Server 2022"_s));
}

void TestNodeXmlGenerator::wellFormedNode()
{
    const QByteArray xml = NodeXmlGenerator::generate(withCount(500));
    QString error;
    const QHash<QString, int> counts = elementCounts(xml, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(counts.value(u"node"_s), 1);
    QCOMPARE(counts.value(u"domain"_s), 500);
    QCOMPARE(counts.value(u"test:runstate"_s), 500);
    QCOMPARE(counts.value(u"libosinfo:os"_s), 500);
    QCOMPARE(counts.value(u"network"_s), 1);
    QCOMPARE(counts.value(u"auth"_s), 0);
    QCOMPARE(textOf(xml, u"memory"_s), QString::number(quint64(64) << 20));
    QCOMPARE(textOf(xml, u"cpu/active"_s), u"16"_s);
    QVERIFY(xml.startsWith("<!--"));
}

void TestNodeXmlGenerator::cpuTopology_data()
{
    QTest::addColumn<int>("cpus");
    for (int cpus : {1, 2, 3, 6, 16, 32, 48, 64, 96, 128})
        QTest::addRow("%d", cpus) << cpus;
}

void TestNodeXmlGenerator::cpuTopology()
{
    QFETCH(int, cpus);
    NodeXmlOptions o = withCount(0);
    o.hostCpus = cpus;
    const QByteArray xml = NodeXmlGenerator::generate(o);
    const int product = textOf(xml, u"cpu/nodes"_s).toInt() * textOf(xml, u"cpu/sockets"_s).toInt()
                        * textOf(xml, u"cpu/cores"_s).toInt() * textOf(xml, u"cpu/threads"_s).toInt();
    QCOMPARE(product, cpus);
    QCOMPARE(textOf(xml, u"cpu/active"_s).toInt(), cpus);
}

void TestNodeXmlGenerator::authAndNetworkOptions()
{
    NodeXmlOptions o = withCount(3);
    o.withAuth = true;
    o.authUser = u"alice"_s;
    o.authPassword = u"s3cret&<"_s;
    o.withNetwork = false;
    const QByteArray xml = NodeXmlGenerator::generate(o);
    QString error;
    const QHash<QString, int> counts = elementCounts(xml, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(counts.value(u"auth"_s), 1);
    QCOMPARE(counts.value(u"network"_s), 0);
    QCOMPARE(textOf(xml, u"auth/user"_s), u"alice"_s);
    QVERIFY(xml.contains("password=\"s3cret&amp;&lt;\"")); // escaped
    // Without the network, NICs go to a bridge that needs none.
    for (const GeneratedDomain &d : NodeXmlGenerator::domains(o))
        QCOMPARE(d.nics[0].type, u"bridge"_s);
}

void TestNodeXmlGenerator::domainsParseBack()
{
    // What the generator writes is what Welkin's parser reads, field by field; this also checks
    // that the parser names every libosinfo id used here the way the generator expects.
    QList<GeneratedDomain> all = NodeXmlGenerator::domains(withCount(1000));
    all += NodeXmlGenerator::demoDomains();
    for (const GeneratedDomain &d : std::as_const(all)) {
        const DomainXmlResult r = DomainXmlParser::parse(NodeXmlGenerator::domainXml(d));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.name, d.name);
        QCOMPARE(r.vm.uuid, d.uuid);
        QCOMPARE(r.vm.title, d.title);
        QCOMPARE(r.vm.vcpus, d.vcpus);
        QCOMPARE(r.vm.memoryKiB, d.memoryKiB);
        QCOMPARE(r.vm.maxMemoryKiB, d.memoryKiB);
        QCOMPARE(r.vm.osName, d.osName);
        QCOMPARE(r.vm.osType, u"hvm"_s);
        QCOMPARE(r.vm.arch, u"x86_64"_s);
        QCOMPARE(r.vm.disks.size(), d.disks.size());
        for (qsizetype i = 0; i < d.disks.size(); ++i) {
            QCOMPARE(r.vm.disks[i].device, d.disks[i].device);
            QCOMPARE(r.vm.disks[i].source, d.disks[i].source);
            QCOMPARE(r.vm.disks[i].target, d.disks[i].target);
            QCOMPARE(r.vm.disks[i].bus, d.disks[i].bus);
            QCOMPARE(r.vm.disks[i].format, d.disks[i].format);
            QCOMPARE(r.vm.disks[i].readOnly, d.disks[i].readOnly);
        }
        QCOMPARE(r.vm.nics.size(), d.nics.size());
        for (qsizetype i = 0; i < d.nics.size(); ++i) {
            QCOMPARE(r.vm.nics[i].mac, d.nics[i].mac);
            QCOMPARE(r.vm.nics[i].type, d.nics[i].type);
            QCOMPARE(r.vm.nics[i].source, d.nics[i].source);
            QCOMPARE(r.vm.nics[i].model, d.nics[i].model);
        }
        QCOMPARE(r.vm.graphics.size(), d.graphics.size());
        for (qsizetype i = 0; i < d.graphics.size(); ++i) {
            QCOMPARE(r.vm.graphics[i].type, d.graphics[i].type);
            QCOMPARE(r.vm.graphics[i].port, d.graphics[i].port);
            QCOMPARE(r.vm.graphics[i].tlsPort, d.graphics[i].tlsPort);
            QCOMPARE(r.vm.graphics[i].listen, d.graphics[i].listen);
            QVERIFY(!r.vm.graphics[i].autoport);
            QCOMPARE(r.vm.graphics[i].passwordRequired, !d.graphics[i].password.isEmpty());
        }
    }
}

void TestNodeXmlGenerator::demoEstate()
{
    const QList<GeneratedDomain> demo = NodeXmlGenerator::demoDomains();
    QCOMPARE(demo.size(), 36);
    QSet<QString> names;
    QHash<RunState, int> states;
    quint64 activeKiB = 0;
    int activeVcpus = 0;
    bool windows = false, spice = false, vncPassword = false;
    for (const GeneratedDomain &d : demo) {
        names.insert(d.name);
        ++states[d.state];
        if (d.state == RunState::Running || d.state == RunState::Paused) {
            activeKiB += d.memoryKiB;
            activeVcpus += d.vcpus;
        }
        windows |= d.osId.contains(u"microsoft"_s);
        spice |= d.graphics[0].type == "spice"_L1;
        vncPassword |= d.graphics[0].type == "vnc"_L1 && !d.graphics[0].password.isEmpty();
    }
    QCOMPARE(names.size(), 36);
    for (const char *expected : {"web-01", "web-04", "api-02", "db-primary", "db-replica", "redis-cache",
                                 "k8s-control-03", "k8s-worker-06", "ci-runner-03", "gitlab", "nexus",
                                 "prometheus", "grafana", "elk-01", "mail-relay", "vpn-gw", "win2022-ad-01",
                                 "win2022-ad-02", "win11-build", "backup-01", "freebsd-fw", "dev-sandbox",
                                 "legacy-erp"})
        QVERIFY2(names.contains(QString::fromLatin1(expected)), expected);
    QCOMPARE(states.value(RunState::Running), 30);
    QCOMPARE(states.value(RunState::ShutOff), 3);
    QCOMPARE(states.value(RunState::Paused), 2);
    QCOMPARE(states.value(RunState::Crashed), 1);
    // It should look like a healthy host: memory not overcommitted, CPUs moderately.
    const NodeXmlOptions host = NodeXmlGenerator::demoOptions();
    QCOMPARE(host.hostCpus, 32);
    QCOMPARE(host.hostMemoryKiB, quint64(256) << 20);
    QVERIFY2(activeKiB <= host.hostMemoryKiB, qPrintable(QString::number(activeKiB >> 20)));
    QVERIFY(activeKiB >= host.hostMemoryKiB / 2);
    QVERIFY(activeVcpus <= 6 * host.hostCpus);
    QVERIFY(windows && spice && vncPassword);
}

void TestNodeXmlGenerator::demoFileUpToDate()
{
    // The shipped file is exactly what the generator makes: regenerate with
    //   welkin-generate-node-xml --demo --out resources/demo/demo-node.xml
    QFile file(QStringLiteral(WELKIN_SOURCE_DIR "/resources/demo/demo-node.xml"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QCOMPARE(file.readAll(), NodeXmlGenerator::generateDemo());
}

void TestNodeXmlGenerator::writeFile()
{
    const QString path = m_dir.filePath(u"node.xml"_s);
    QString error;
    QVERIFY2(NodeXmlGenerator::writeToFile(withCount(5), path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), NodeXmlGenerator::generate(withCount(5)));

    const QString bad = m_dir.filePath(u"no/such/dir/node.xml"_s);
    QVERIFY(!NodeXmlGenerator::writeToFile(withCount(5), bad, &error));
    QVERIFY2(error.contains(bad), qPrintable(error));
}

void TestNodeXmlGenerator::loadsInTestDriver()
{
    // The real consumer: libvirt's test driver, in process.
    const NodeXmlOptions options = withCount(200);
    const QString path = m_dir.filePath(u"node200.xml"_s);
    QVERIFY(NodeXmlGenerator::writeToFile(options, path));
    const QByteArray uri = "test://" + path.toUtf8();
    Connection conn(virConnectOpen(uri.constData()));
    QVERIFY2(conn, virGetLastErrorMessage());

    virDomainPtr *list = nullptr;
    const int count = virConnectListAllDomains(conn.get(), &list, 0);
    QCOMPARE(count, 200);
    for (int i = 0; i < count; ++i)
        virDomainFree(list[i]);
    free(list);

    virNodeInfo info;
    QCOMPARE(virNodeGetInfo(conn.get(), &info), 0);
    QCOMPARE(int(info.cpus), options.hostCpus);
    QCOMPARE(quint64(info.memory), options.hostMemoryKiB);

    bool checkedAddresses = false;
    for (const GeneratedDomain &d : NodeXmlGenerator::domains(options)) {
        virDomainPtr dom = virDomainLookupByUUIDString(conn.get(), d.uuid.toLatin1().constData());
        QVERIFY2(dom, qPrintable(d.name));
        QCOMPARE(QString::fromUtf8(virDomainGetName(dom)), d.name);
        int state = -1, reason = 0;
        QCOMPARE(virDomainGetState(dom, &state, &reason, 0), 0);
        QCOMPARE(state, int(d.state));
        if (!checkedAddresses && d.state == RunState::Running) {
            // The DHCP network makes the test driver answer interface address queries.
            virDomainInterfacePtr *ifaces = nullptr;
            const int n = virDomainInterfaceAddresses(dom, &ifaces, VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_LEASE, 0);
            QVERIFY2(n >= 1, virGetLastErrorMessage());
            QCOMPARE(QString::fromUtf8(ifaces[0]->hwaddr), d.nics[0].mac);
            QVERIFY(ifaces[0]->naddrs >= 1);
            for (int i = 0; i < n; ++i)
                virDomainInterfaceFree(ifaces[i]);
            free(ifaces);
            checkedAddresses = true;
        }
        virDomainFree(dom);
    }
    QVERIFY(checkedAddresses);
}

void TestNodeXmlGenerator::demoLoadsInTestDriver()
{
    const QString path = m_dir.filePath(u"demo.xml"_s);
    QVERIFY(NodeXmlGenerator::writeFile(path, NodeXmlGenerator::generateDemo()));
    const QByteArray uri = "test://" + path.toUtf8();
    Connection conn(virConnectOpen(uri.constData()));
    QVERIFY2(conn, virGetLastErrorMessage());
    QCOMPARE(virConnectNumOfDomains(conn.get()), 33);        // running, paused, crashed
    QCOMPARE(virConnectNumOfDefinedDomains(conn.get()), 3);  // shut off
    virNodeInfo info;
    QCOMPARE(virNodeGetInfo(conn.get(), &info), 0);
    QCOMPARE(int(info.cpus), 32);

    // libvirt drops passwd= unless VIR_DOMAIN_XML_SECURE is given, so only the secure XML tells
    // that a password is needed (a provider must ask for it where the connection allows).
    virDomainPtr dom = virDomainLookupByName(conn.get(), "win2022-ad-01");
    QVERIFY(dom);
    char *plain = virDomainGetXMLDesc(dom, 0);
    char *secure = virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_SECURE);
    virDomainFree(dom);
    QVERIFY(plain && secure);
    const DomainXmlResult p = DomainXmlParser::parse(QByteArray(plain));
    const DomainXmlResult s = DomainXmlParser::parse(QByteArray(secure));
    free(plain);
    free(secure);
    QVERIFY2(p.ok, qPrintable(p.error));
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(p.vm.osName, u"Microsoft Windows Server 2022"_s);
    QCOMPARE(p.vm.graphics.size(), 1);
    QCOMPARE(p.vm.graphics[0].type, u"spice"_s);
    QCOMPARE(p.vm.graphics[0].port, 5928);
    QCOMPARE(p.vm.graphics[0].tlsPort, 5929);
    QCOMPARE(p.vm.graphics[0].listen, u"127.0.0.1"_s);
    QVERIFY(!p.vm.graphics[0].passwordRequired);
    QVERIFY(s.vm.graphics[0].passwordRequired);
    QCOMPARE(s.vm.graphics[0].port, 5928);
}

void TestNodeXmlGenerator::authInTestDriver()
{
    NodeXmlOptions o = withCount(2);
    o.withAuth = true;
    const QString path = m_dir.filePath(u"auth.xml"_s);
    QVERIFY(NodeXmlGenerator::writeToFile(o, path));
    const QByteArray uri = "test://" + path.toUtf8();

    int credTypes[] = {VIR_CRED_AUTHNAME, VIR_CRED_PASSPHRASE};
    QPair<QByteArray, QByteArray> wrong{"testuser", "nope"};
    virConnectAuth badAuth{credTypes, 2, authCallback, &wrong};
    Connection denied(virConnectOpenAuth(uri.constData(), &badAuth, 0));
    QVERIFY(!denied);

    QPair<QByteArray, QByteArray> right{o.authUser.toUtf8(), o.authPassword.toUtf8()};
    virConnectAuth goodAuth{credTypes, 2, authCallback, &right};
    Connection conn(virConnectOpenAuth(uri.constData(), &goodAuth, 0));
    QVERIFY2(conn, virGetLastErrorMessage());
    QCOMPARE(virConnectNumOfDomains(conn.get()) + virConnectNumOfDefinedDomains(conn.get()), 2);
}

QTEST_GUILESS_MAIN(TestNodeXmlGenerator)
#include "tst_nodexmlgenerator.moc"
