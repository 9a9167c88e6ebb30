#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace welkin::test {

// Builds `<node>` documents for libvirt's test driver (`test:///abs/path/node.xml`): a host with
// any number of realistic, deterministic domains in a spread of states. Used by integration
// tests, benchmarks (10,000 VMs) and the demo host shipped with the app.
struct NodeXmlOptions {
    int vmCount = 10;
    bool realisticNames = true;   // "web-01", "k8s-worker-07"; otherwise "vm-00001"
    bool withNetwork = true;      // the NAT network 'default' with DHCP, so domifaddr answers
    bool withAuth = false;        // <auth>: virConnectOpenAuth asks for user and password
    QString authUser = QStringLiteral("testuser");
    QString authPassword = QStringLiteral("testpass");
    int hostCpus = 16;
    quint64 hostMemoryKiB = quint64(64) << 20; // 64 GiB
    quint32 seed = 1;
};

// libvirt's virDomainState values, as the test driver's <test:runstate> takes them.
enum class RunState : int {
    Running = 1,
    Paused = 3,
    ShutOff = 5,
    Crashed = 6,
};

// One generated domain, as written. Tests compare what a provider reads against these.
struct GeneratedDomain {
    struct Disk {
        QString device;   // "disk", "cdrom"
        QString source;   // file path; empty for an empty CD-ROM drive
        QString target;   // "vda", "sda"
        QString bus;      // "virtio", "sata"
        QString format;   // "qcow2", "raw"
        bool readOnly = false;
    };
    struct Nic {
        QString mac;      // 52:54:00:xx:xx:xx
        QString type;     // "network", "bridge"
        QString source;   // "default", "br0"
        QString model;    // "virtio", "e1000e"
    };
    struct Graphics {
        QString type;     // "vnc", "spice"
        int port = -1;
        int tlsPort = -1;
        QString listen;
        QString password; // empty: none
    };

    QString name;
    QString uuid;
    QString title;
    RunState state = RunState::Running;
    int vcpus = 1;
    quint64 memoryKiB = 0;
    QString osId;         // libosinfo id
    QString osName;       // readable form of osId ("Ubuntu 22.04")
    QList<Disk> disks;
    QList<Nic> nics;
    QList<Graphics> graphics;
};

class NodeXmlGenerator
{
public:
    // The domains for these options. Deterministic: the same options give the same domains, and
    // domain i does not depend on vmCount (the first 10 of 10,000 are the 10 of a 10-VM host).
    static QList<GeneratedDomain> domains(const NodeXmlOptions &options);

    // The whole <node> document.
    static QByteArray generate(const NodeXmlOptions &options);
    static QByteArray generate(const NodeXmlOptions &options, const QList<GeneratedDomain> &domains);

    // The demo host shipped in resources/demo/demo-node.xml: a small company's estate of 36 VMs on
    // a 32-CPU, 256 GiB host with the DHCP network.
    static NodeXmlOptions demoOptions();
    static QList<GeneratedDomain> demoDomains();
    static QByteArray generateDemo();

    // One domain on its own (`<domain type='test'>` root), e.g. to feed a domain XML parser.
    static QByteArray domainXml(const GeneratedDomain &domain);

    // Writes atomically; false with a message in `error` on failure.
    static bool writeToFile(const NodeXmlOptions &options, const QString &path, QString *error = nullptr);
    static bool writeFile(const QString &path, const QByteArray &xml, QString *error = nullptr);

    // Building blocks, exposed for tests.
    static QString uuidFor(quint32 seed, int index);   // RFC 4122 version 4 layout
    static QString macFor(quint32 seed, int nicIndex); // unique for the first 2^24 NICs of a seed
};

} // namespace welkin::test
