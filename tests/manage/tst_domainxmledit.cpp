// DomainXmlEdit: the disks of a definition (for the delete and clone dialogs) and the rewrite a
// clone is defined from (new name; no UUID, MACs or NVRAM path; disks pointing at the copies;
// everything else as it was).
#include "manage/DomainXmlEdit.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace welkin;

namespace {

// A definition with every kind of disk source, two NICs, UEFI NVRAM and foreign namespaces.
QByteArray sourceXml()
{
    QFile file(QFINDTESTDATA("data/manage/domain-clone-source.xml"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read domain-clone-source.xml");
    return file.readAll();
}

} // namespace

class TstDomainXmlEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsDisks();
    void rewritesForClone();
    void malformed();
};

void TstDomainXmlEdit::readsDisks()
{
    QList<DomainXmlEdit::Disk> disks;
    QString error;
    QVERIFY2(DomainXmlEdit::disks(sourceXml(), &disks, &error), qPrintable(error));
    QCOMPARE(disks.size(), 5);

    QCOMPARE(disks[0].type, u"file"_s);
    QCOMPARE(disks[0].info.target, u"vda"_s);
    QCOMPARE(disks[0].info.device, u"disk"_s);
    QCOMPARE(disks[0].info.path, u"/pool/web-01.img"_s);
    QCOMPARE(disks[0].info.format, u"raw"_s);
    QVERIFY(disks[0].info.owned());

    // A pool volume source; the backing store's <source> is not the disk's.
    QCOMPARE(disks[1].type, u"volume"_s);
    QCOMPARE(disks[1].info.pool, u"data"_s);
    QCOMPARE(disks[1].info.volume, u"web-01-data.qcow2"_s);
    QVERIFY(disks[1].info.path.isEmpty());
    QCOMPARE(disks[1].info.format, u"qcow2"_s);

    QCOMPARE(disks[2].info.device, u"cdrom"_s);
    QVERIFY(disks[2].info.readOnly);
    QVERIFY(!disks[2].info.owned());

    QCOMPARE(disks[3].info.path, u"/dev/vg/shared"_s);
    QVERIFY(disks[3].info.shareable);
    QVERIFY(!disks[3].info.owned());

    QVERIFY(disks[4].info.path.isEmpty()); // an empty CD drive
    QCOMPARE(disks[4].info.target, u"sdb"_s);
    QVERIFY(!disks[4].info.owned());

    // Another VM using the disk makes it not owned.
    VmDiskInfo shared = disks[0].info;
    shared.alsoUsedBy = {u"web-02"_s};
    QVERIFY(!shared.owned());
}

void TstDomainXmlEdit::rewritesForClone()
{
    QHash<int, DomainXmlEdit::NewSource> sources;
    sources.insert(0, {u"/pool/web-01-clone.qcow2"_s, u"qcow2"_s, false}); // linked: raw -> qcow2 overlay
    sources.insert(1, {u"/dev/vg/web-01-clone-1"_s, u"raw"_s, true});
    QByteArray out;
    QString error;
    QVERIFY2(DomainXmlEdit::forClone(sourceXml(), u"web-01-clone"_s, sources, &out, &error), qPrintable(error));
    const QString xml = QString::fromUtf8(out);

    QVERIFY2(xml.contains(u"<name>web-01-clone</name>"_s), qPrintable(xml));
    QVERIFY(!xml.contains(u"<name>web-01</name>"_s));
    QVERIFY(!xml.contains(u"<uuid>"_s));
    QVERIFY(!xml.contains(u"mac address"_s));
    QVERIFY(!xml.contains(u"52:54:00"_s));
    // The NVRAM keeps its template, loses its path.
    QVERIFY(xml.contains(u"<nvram template=\"/usr/share/OVMF/OVMF_VARS_4M.fd\"></nvram>"_s)
            || xml.contains(u"<nvram template=\"/usr/share/OVMF/OVMF_VARS_4M.fd\"/>"_s));
    QVERIFY(!xml.contains(u"web-01_VARS.fd"_s));

    // The copied disks.
    QList<DomainXmlEdit::Disk> disks;
    QVERIFY2(DomainXmlEdit::disks(out, &disks, &error), qPrintable(error));
    QCOMPARE(disks.size(), 5);
    QCOMPARE(disks[0].type, u"file"_s);
    QCOMPARE(disks[0].info.path, u"/pool/web-01-clone.qcow2"_s);
    QCOMPARE(disks[0].info.format, u"qcow2"_s);
    QCOMPARE(disks[1].type, u"block"_s);
    QCOMPARE(disks[1].info.path, u"/dev/vg/web-01-clone-1"_s);
    QCOMPARE(disks[1].info.format, u"raw"_s);
    QVERIFY(!xml.contains(u"/pool/base.qcow2"_s)); // the old backing chain is not carried over
    QVERIFY(!xml.contains(u"web-01-data.qcow2"_s));
    QVERIFY(xml.contains(u"cache=\"none\""_s));    // other driver attributes kept
    // Referenced as they are.
    QCOMPARE(disks[2].info.path, u"/isos/debian.iso"_s);
    QCOMPARE(disks[3].info.path, u"/dev/vg/shared"_s);
    QVERIFY(disks[3].info.shareable);

    // Everything else passes through, namespaces included.
    QVERIFY(xml.contains(u"http://debian.org/debian/12"_s));
    QVERIFY(xml.contains(u"http://libvirt.org/schemas/domain/qemu/1.0"_s));
    QVERIFY(xml.contains(u"-no-hpet"_s));
    QVERIFY(xml.contains(u"passwd=\"secret\""_s));
    QVERIFY(xml.contains(u"<source network=\"default\""_s));
    QVERIFY(xml.contains(u"machine=\"pc-q35-7.2\""_s));
}

void TstDomainXmlEdit::malformed()
{
    QList<DomainXmlEdit::Disk> disks;
    QString error;
    QVERIFY(!DomainXmlEdit::disks("<domain><devices><disk></devices></domain>", &disks, &error));
    QVERIFY2(error.startsWith(u"line 1, column"_s), qPrintable(error));
    QByteArray out = "stale";
    QVERIFY(!DomainXmlEdit::forClone("<domain><name>x</name>", u"y"_s, {}, &out, &error));
    QVERIFY(out.isEmpty());
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TstDomainXmlEdit)
#include "tst_domainxmledit.moc"
