// DomainCapsParser on what real hosts answer: the manage fixture's TCG host (no UEFI firmware,
// saved in tests/data/manage) and a trimmed KVM host with OVMF; malformed input.
#include "manage/DomainCapsParser.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace welkin;

namespace {
QByteArray readData(const QString &name)
{
    QFile file(QFINDTESTDATA(u"data/manage/"_s + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(name));
    return file.readAll();
}
} // namespace

class TstDomainCapsParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tcgHostWithoutUefi();
    void kvmHostWithOvmf();
    void machines();
    void malformed();
};

void TstDomainCapsParser::tcgHostWithoutUefi()
{
    DomainCapabilitiesInfo info;
    info.loaders = {u"stale"_s};
    QString error;
    QVERIFY2(DomainCapsParser::parseDomainCapabilities(readData(u"domcaps-tcg-no-uefi.xml"_s), &info, &error), qPrintable(error));
    QCOMPARE(info.domainType, u"qemu"_s);
    QCOMPARE(info.arch, u"x86_64"_s);
    QCOMPARE(info.emulator, u"/usr/bin/qemu-system-x86_64"_s);
    QCOMPARE(info.machine, u"pc-i440fx-7.2"_s);
    // <loader supported='yes'> with only type/readonly enums: no firmware file, no UEFI.
    QVERIFY2(info.loaders.isEmpty(), qPrintable(info.loaders.join(u", "_s)));
    QVERIFY(!info.hostPassthrough); // supported='no' under TCG
    QVERIFY(info.hostModel);
    QVERIFY(info.diskBuses.contains(u"virtio"_s));
    QVERIFY(info.diskBuses.contains(u"sata"_s));
    QVERIFY(info.diskBuses.contains(u"ide"_s));
    QCOMPARE(info.graphicsTypes, QStringList({u"vnc"_s, u"spice"_s})); // not sdl, egl-headless, dbus
    QVERIFY(info.videoModels.contains(u"virtio"_s));
    QVERIFY(info.videoModels.contains(u"qxl"_s));
    QVERIFY(info.videoModels.contains(u"vga"_s));

    const QByteArray caps = readData(u"capabilities-tcg.xml"_s);
    QVERIFY(DomainCapsParser::hasDomainType(caps, u"x86_64"_s, u"qemu"_s));
    QVERIFY(!DomainCapsParser::hasDomainType(caps, u"x86_64"_s, u"kvm"_s)); // no /dev/kvm
    QVERIFY(!DomainCapsParser::hasDomainType(caps, u"aarch64"_s, u"qemu"_s));
}

void TstDomainCapsParser::kvmHostWithOvmf()
{
    DomainCapabilitiesInfo info;
    QString error;
    QVERIFY2(DomainCapsParser::parseDomainCapabilities(readData(u"domcaps-kvm-ovmf.xml"_s), &info, &error), qPrintable(error));
    QCOMPARE(info.domainType, u"kvm"_s);
    QCOMPARE(info.machine, u"pc-q35-7.2"_s);
    QCOMPARE(info.loaders, QStringList({u"/usr/share/OVMF/OVMF_CODE_4M.ms.fd"_s, u"/usr/share/OVMF/OVMF_CODE_4M.secboot.fd"_s,
                                         u"/usr/share/OVMF/OVMF_CODE_4M.fd"_s}));
    QVERIFY(info.hostPassthrough);
    QVERIFY(info.hostModel);
    QCOMPARE(info.diskBuses, QStringList({u"scsi"_s, u"virtio"_s, u"usb"_s, u"sata"_s}));
    QVERIFY(DomainCapsParser::hasDomainType(readData(u"capabilities-kvm.xml"_s), u"x86_64"_s, u"kvm"_s));
}

void TstDomainCapsParser::machines()
{
    const QStringList tcg = DomainCapsParser::machines(readData(u"capabilities-tcg.xml"_s), u"x86_64"_s, u"qemu"_s);
    QVERIFY(tcg.size() > 10);
    QCOMPARE(tcg.mid(0, 2), QStringList({u"pc"_s, u"q35"_s})); // aliases first
    QVERIFY(!tcg.contains(u"pc-i440fx-1.4"_s));                // deprecated
    QVERIFY(tcg.contains(u"pc-q35-7.2"_s));
    QVERIFY(!DomainCapsParser::machines(readData(u"capabilities-tcg.xml"_s), u"x86_64"_s, u"qemu"_s).contains(u"pc-i386"_s));

    const QByteArray kvmCaps = readData(u"capabilities-kvm.xml"_s);
    const QStringList kvm = DomainCapsParser::machines(kvmCaps, u"x86_64"_s, u"kvm"_s);
    // Newest first, numbers compared as numbers (7.2 before 2.10); kvm's own machine included.
    QCOMPARE(kvm, QStringList({u"pc"_s, u"q35"_s, u"pc-q35-kvm-only"_s, u"pc-q35-7.2"_s, u"pc-q35-2.10"_s,
                               u"pc-i440fx-7.2"_s, u"pc-i440fx-2.9"_s}));
    QVERIFY(!DomainCapsParser::machines(kvmCaps, u"x86_64"_s, u"qemu"_s).contains(u"pc-q35-kvm-only"_s));
}

void TstDomainCapsParser::malformed()
{
    DomainCapabilitiesInfo info;
    QString error;
    QVERIFY(!DomainCapsParser::parseDomainCapabilities("<domainCapabilities><path>x</domainCapabilities>", &info, &error));
    QVERIFY2(error.startsWith(u"line 1, column"_s), qPrintable(error));
    QVERIFY(!DomainCapsParser::parseDomainCapabilities("<capabilities/>", &info, &error));
    QVERIFY2(error.contains(u"capabilities"_s), qPrintable(error));
    QVERIFY(!DomainCapsParser::parseDomainCapabilities({}, &info, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(DomainCapsParser::machines("<capabilities", u"x86_64"_s, u"qemu"_s).isEmpty());
    QVERIFY(!DomainCapsParser::hasDomainType("garbage", u"x86_64"_s, u"qemu"_s));
}

QTEST_GUILESS_MAIN(TstDomainCapsParser)
#include "tst_domaincapsparser.moc"
