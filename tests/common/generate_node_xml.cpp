// welkin-generate-node-xml: writes a <node> file for libvirt's test driver.
//   welkin-generate-node-xml --vms 10000 --out /tmp/node.xml [--seed 7] [--auth]
//   welkin-generate-node-xml --demo --out resources/demo/demo-node.xml
// Then: virsh -c test:///tmp/node.xml list --all

#include "NodeXmlGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace Qt::StringLiterals;
using welkin::test::NodeXmlGenerator;
using welkin::test::NodeXmlOptions;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"welkin-generate-node-xml"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Generate a libvirt test driver host (node XML) with realistic VMs."_s);
    parser.addHelpOption();
    const QCommandLineOption vmsOption(u"vms"_s, u"Number of VMs (default 10)."_s, u"N"_s, u"10"_s);
    const QCommandLineOption outOption(u"out"_s, u"Output file (required)."_s, u"FILE"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Seed for names, UUIDs, MACs, sizes (default 1)."_s, u"S"_s, u"1"_s);
    const QCommandLineOption authOption(u"auth"_s, u"Require user 'testuser', password 'testpass'."_s);
    const QCommandLineOption plainOption(u"plain-names"_s, u"Name VMs vm-00001, vm-00002, ..."_s);
    const QCommandLineOption noNetworkOption(u"no-network"_s, u"No 'default' network: NICs on bridge br0."_s);
    const QCommandLineOption cpusOption(u"cpus"_s, u"Host CPUs (default 16)."_s, u"N"_s, u"16"_s);
    const QCommandLineOption memoryOption(u"memory-gib"_s, u"Host memory in GiB (default 64)."_s, u"GIB"_s, u"64"_s);
    const QCommandLineOption demoOption(u"demo"_s, u"The demo host shipped with Welkin (ignores the sizing options)."_s);
    parser.addOptions({vmsOption, outOption, seedOption, authOption, plainOption, noNetworkOption, cpusOption,
                       memoryOption, demoOption});
    parser.process(app);

    QTextStream err(stderr);
    const auto fail = [&err](const QString &message) {
        err << "welkin-generate-node-xml: " << message << Qt::endl;
        return 1;
    };
    if (!parser.isSet(outOption))
        return fail(u"--out FILE is required"_s);

    bool ok = false;
    NodeXmlOptions options;
    options.vmCount = parser.value(vmsOption).toInt(&ok);
    if (!ok || options.vmCount < 0 || options.vmCount > 1'000'000)
        return fail(u"--vms: a number from 0 to 1000000 expected"_s);
    options.seed = parser.value(seedOption).toUInt(&ok);
    if (!ok)
        return fail(u"--seed: an unsigned number expected"_s);
    options.hostCpus = parser.value(cpusOption).toInt(&ok);
    if (!ok || options.hostCpus < 1 || options.hostCpus > 4096)
        return fail(u"--cpus: a number from 1 to 4096 expected"_s);
    const quint64 gib = parser.value(memoryOption).toULongLong(&ok);
    if (!ok || gib < 1 || gib > (quint64(1) << 30))
        return fail(u"--memory-gib: a positive number expected"_s);
    options.hostMemoryKiB = gib << 20;
    options.withAuth = parser.isSet(authOption);
    options.realisticNames = !parser.isSet(plainOption);
    options.withNetwork = !parser.isSet(noNetworkOption);

    QElapsedTimer timer;
    timer.start();
    QByteArray xml;
    if (parser.isSet(demoOption)) {
        NodeXmlOptions demo = NodeXmlGenerator::demoOptions();
        demo.withAuth = options.withAuth;
        xml = NodeXmlGenerator::generate(demo, NodeXmlGenerator::demoDomains());
    } else {
        xml = NodeXmlGenerator::generate(options);
    }
    QString error;
    if (!NodeXmlGenerator::writeFile(parser.value(outOption), xml, &error))
        return fail(error);
    err << "wrote " << parser.value(outOption) << " (" << xml.size() << " bytes) in " << timer.elapsed() << " ms"
        << Qt::endl;
    return 0;
}
