// StorageXml and NetworkXml: what the forms write and what is read back from libvirt's XML; junk
// gives an error, never a crash.
#include "manage/NetworkXml.h"
#include "manage/StorageXml.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace welkin;

class TstStorageXml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsPool();
    void readsNetfsPool();
    void readsVolume();
    void readsPoolTypes();
    void volumeRoundTrip();
    void poolXmlForms();
    void readsNetworks();
    void networkRoundTrip();
    void malformedXml_data();
    void malformedXml();
    void scaledBytes();
};

void TstStorageXml::readsPool()
{
    const QByteArray xml = R"(<pool type='dir'>
  <name>images</name>
  <uuid>5e1f3c1a-0000-4000-8000-000000000001</uuid>
  <capacity unit='bytes'>107374182400</capacity>
  <allocation unit='bytes'>1073741824</allocation>
  <available unit='bytes'>106300440576</available>
  <source>
  </source>
  <target>
    <path>/var/lib/libvirt/images</path>
    <permissions><mode>0711</mode></permissions>
  </target>
</pool>)";
    StoragePoolInfo pool;
    QString error;
    QVERIFY2(StorageXml::readPool(xml, &pool, &error), qPrintable(error));
    QCOMPARE(pool.name, u"images"_s);
    QCOMPARE(pool.type, u"dir"_s);
    QCOMPARE(pool.uuid, u"5e1f3c1a-0000-4000-8000-000000000001"_s);
    QCOMPARE(pool.targetPath, u"/var/lib/libvirt/images"_s);
    QCOMPARE(pool.capacity, 107374182400ULL);
    QCOMPARE(pool.allocation, 1073741824ULL);
    QCOMPARE(pool.available, 106300440576ULL);
}

void TstStorageXml::readsNetfsPool()
{
    const QByteArray xml = R"(<pool type="netfs"><name>nfs</name>
  <source><host name="filer.example.org"/><dir path="/export/vm"/><format type="nfs"/></source>
  <target><path>/mnt/nfs</path></target></pool>)";
    StoragePoolInfo pool;
    QString error;
    QVERIFY2(StorageXml::readPool(xml, &pool, &error), qPrintable(error));
    QCOMPARE(pool.type, u"netfs"_s);
    QCOMPARE(pool.sourceHost, u"filer.example.org"_s);
    QCOMPARE(pool.sourcePath, u"/export/vm"_s);
    QCOMPARE(pool.targetPath, u"/mnt/nfs"_s);
}

void TstStorageXml::readsVolume()
{
    const QByteArray xml = R"(<volume type='file'>
  <name>clone.qcow2</name>
  <key>/pool/clone.qcow2</key>
  <capacity unit='bytes'>10737418240</capacity>
  <allocation unit='bytes'>200704</allocation>
  <physical unit='bytes'>196616</physical>
  <target><path>/pool/clone.qcow2</path><format type='qcow2'/></target>
  <backingStore><path>/pool/base.qcow2</path><format type='qcow2'/></backingStore>
</volume>)";
    StorageVolumeInfo volume;
    QString error;
    QVERIFY2(StorageXml::readVolume(xml, &volume, &error), qPrintable(error));
    QCOMPARE(volume.name, u"clone.qcow2"_s);
    QCOMPARE(volume.path, u"/pool/clone.qcow2"_s);
    QCOMPARE(volume.key, u"/pool/clone.qcow2"_s);
    QCOMPARE(volume.format, u"qcow2"_s);
    QCOMPARE(volume.backingPath, u"/pool/base.qcow2"_s);
    QCOMPARE(volume.capacity, 10737418240ULL);
    QCOMPARE(volume.allocation, 200704ULL);
}

void TstStorageXml::readsPoolTypes()
{
    const QByteArray xml = R"(<storagepoolCapabilities>
  <pool type='dir' supported='yes'><volOptions><defaultFormat type='raw'/></volOptions></pool>
  <pool type='fs' supported='yes'/>
  <pool type='netfs' supported='yes'/>
  <pool type='logical' supported='yes'/>
  <pool type='iscsi' supported='no'/>
</storagepoolCapabilities>)";
    QStringList types;
    QString error;
    QVERIFY2(StorageXml::readPoolTypes(xml, &types, &error), qPrintable(error));
    QCOMPARE(types, (QStringList{u"dir"_s, u"fs"_s, u"netfs"_s, u"logical"_s}));
}

void TstStorageXml::volumeRoundTrip()
{
    StorageVolumeSpec spec;
    spec.name = u"a<b>&c.qcow2"_s;
    spec.format = u"qcow2"_s;
    spec.capacity = 5ULL << 30;
    spec.backingPath = u"/pool/base.qcow2"_s;
    spec.backingFormat = u"qcow2"_s;
    const QByteArray xml = StorageXml::volumeXml(spec);
    QVERIFY(xml.contains("<capacity unit=\"bytes\">5368709120</capacity>"));
    StorageVolumeInfo back;
    QString error;
    QVERIFY2(StorageXml::readVolume(xml, &back, &error), qPrintable(error));
    QCOMPARE(back.name, spec.name); // escaped on the way out
    QCOMPARE(back.format, u"qcow2"_s);
    QCOMPARE(back.capacity, spec.capacity);
    QCOMPARE(back.backingPath, spec.backingPath);
}

void TstStorageXml::poolXmlForms()
{
    StoragePoolSpec dir;
    dir.name = u"images"_s;
    dir.targetPath = u"/srv/images"_s;
    StoragePoolInfo read;
    QString error;
    QVERIFY2(StorageXml::readPool(StorageXml::poolXml(dir), &read, &error), qPrintable(error));
    QCOMPARE(read.type, u"dir"_s);
    QCOMPARE(read.targetPath, u"/srv/images"_s);

    StoragePoolSpec nfs;
    nfs.name = u"nfs"_s;
    nfs.type = u"netfs"_s;
    nfs.sourceHost = u"filer"_s;
    nfs.sourceDir = u"/export"_s;
    nfs.targetPath = u"/mnt/nfs"_s;
    const QByteArray nfsXml = StorageXml::poolXml(nfs);
    QVERIFY(nfsXml.contains("<format type=\"nfs\"/>"));
    read = {};
    QVERIFY2(StorageXml::readPool(nfsXml, &read, &error), qPrintable(error));
    QCOMPARE(read.sourceHost, u"filer"_s);
    QCOMPARE(read.sourcePath, u"/export"_s);

    StoragePoolSpec lvm;
    lvm.name = u"vg0"_s;
    lvm.type = u"logical"_s;
    lvm.sourceDevices = {u"/dev/sdb"_s, u"/dev/sdc"_s};
    const QByteArray lvmXml = StorageXml::poolXml(lvm);
    QVERIFY(lvmXml.contains("<device path=\"/dev/sdc\"/>"));
    QVERIFY(lvmXml.contains("<name>vg0</name>"));
    QVERIFY(lvmXml.contains("<path>/dev/vg0</path>"));
    QVERIFY(lvmXml.contains("<format type=\"lvm2\"/>"));
}

void TstStorageXml::readsNetworks()
{
    const QByteArray nat = R"(<network>
  <name>default</name>
  <uuid>1d6b6a52-0000-4000-8000-000000000002</uuid>
  <forward mode='nat'><nat><port start='1024' end='65535'/></nat></forward>
  <bridge name='virbr0' stp='on' delay='0'/>
  <ip family='ipv6' address='fd00::1' prefix='64'><dhcp><range start='fd00::10' end='fd00::20'/></dhcp></ip>
  <ip address='192.168.122.1' netmask='255.255.255.0'>
    <dhcp><range start='192.168.122.2' end='192.168.122.254'/></dhcp>
  </ip>
</network>)";
    VirtualNetworkInfo info;
    QString error;
    QVERIFY2(NetworkXml::readNetwork(nat, &info, &error), qPrintable(error));
    QCOMPARE(info.name, u"default"_s);
    QCOMPARE(info.forwardMode, u"nat"_s);
    QCOMPARE(info.bridge, u"virbr0"_s);
    QCOMPARE(info.ipAddress, u"192.168.122.1"_s);
    QCOMPARE(info.prefix, 24);
    QCOMPARE(info.dhcpStart, u"192.168.122.2"_s);
    QCOMPARE(info.dhcpEnd, u"192.168.122.254"_s);

    VirtualNetworkInfo isolated;
    QVERIFY2(NetworkXml::readNetwork("<network><name>iso</name><ip address='10.1.0.1' prefix='16'/></network>",
                                     &isolated, &error), qPrintable(error));
    QCOMPARE(isolated.forwardMode, QString());
    QCOMPARE(isolated.prefix, 16);
    QCOMPARE(isolated.dhcpStart, QString());
}

void TstStorageXml::networkRoundTrip()
{
    VirtualNetworkSpec spec;
    spec.name = u"lab"_s;
    spec.subnet = u"10.213.4.0/24"_s;
    spec.dhcpStart = u"10.213.4.100"_s;
    spec.dhcpEnd = u"10.213.4.200"_s;
    VirtualNetworkInfo info;
    QString error;
    QVERIFY2(NetworkXml::readNetwork(NetworkXml::networkXml(spec), &info, &error), qPrintable(error));
    QCOMPARE(info.forwardMode, u"nat"_s);
    QCOMPARE(info.ipAddress, u"10.213.4.1"_s);
    QCOMPARE(info.prefix, 24);
    QCOMPARE(info.dhcpStart, spec.dhcpStart);
    QCOMPARE(info.dhcpEnd, spec.dhcpEnd);

    spec.mode = VirtualNetworkSpec::Mode::Isolated;
    spec.dhcpStart.clear();
    spec.dhcpEnd.clear();
    const QByteArray isolated = NetworkXml::networkXml(spec);
    QVERIFY(!isolated.contains("<forward"));
    QVERIFY(!isolated.contains("<dhcp"));
}

void TstStorageXml::malformedXml_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QByteArray() << u"Premature end of document"_s;
    QTest::newRow("comment only") << QByteArray("<!-- nothing -->") << u"Premature end of document"_s;
    QTest::newRow("truncated") << QByteArray("<%1><name>x</name") << u"line 1"_s;
    QTest::newRow("mismatch") << QByteArray("<%1>\n<name>x</nome></%1>") << u"line 2"_s;
    QTest::newRow("other root") << QByteArray("<domain><name>x</name></domain>") << u"expected <%1>, found <domain>"_s;
    QTest::newRow("no name") << QByteArray("<%1></%1>") << u"no <name> element"_s;
    QTest::newRow("child in text") << QByteArray("<%1><name>a<b/></name></%1>") << u"line 1"_s;
    QTest::newRow("binary") << QByteArray("\x00\xff<%1", 6) << QString(); // any error
}

void TstStorageXml::malformedXml()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, error);
    for (const char *root : {"pool", "volume", "network"}) {
        const QByteArray doc = xml.contains("%1") ? QString::fromUtf8(xml).arg(QString::fromLatin1(root)).toUtf8() : xml;
        const QString expected = error.contains(u"%1"_s) ? error.arg(QString::fromLatin1(root)) : error;
        QString message;
        bool ok = true;
        if (qstrcmp(root, "pool") == 0) {
            StoragePoolInfo pool;
            ok = StorageXml::readPool(doc, &pool, &message);
        } else if (qstrcmp(root, "volume") == 0) {
            StorageVolumeInfo volume;
            ok = StorageXml::readVolume(doc, &volume, &message);
        } else {
            VirtualNetworkInfo network;
            ok = NetworkXml::readNetwork(doc, &network, &message);
        }
        QVERIFY2(!ok, root);
        QVERIFY2(message.contains(expected), qPrintable(u"%1: '%2' lacks '%3'"_s.arg(QLatin1StringView(root), message, expected)));
    }
    QStringList types;
    QString message;
    QVERIFY(!StorageXml::readPoolTypes(xml, &types, &message));
    QVERIFY(!message.isEmpty());
}

void TstStorageXml::scaledBytes()
{
    quint64 bytes = 0;
    QVERIFY(StorageXml::scaledBytes(u"2"_s, u"GiB"_s, &bytes));
    QCOMPARE(bytes, 2ULL << 30);
    QVERIFY(StorageXml::scaledBytes(u"3"_s, u"KB"_s, &bytes));
    QCOMPARE(bytes, 3000ULL);
    QVERIFY(!StorageXml::scaledBytes(u"x"_s, u"bytes"_s, &bytes));
    QVERIFY(!StorageXml::scaledBytes(u"1"_s, u"parsecs"_s, &bytes));
    QVERIFY(!StorageXml::scaledBytes(u"18446744073709551615"_s, u"KiB"_s, &bytes)); // overflow
    QVERIFY(StorageXml::scaledBytes(u"  42  "_s.trimmed(), QString(), &bytes));
    QCOMPARE(bytes, 42ULL);
}

QTEST_GUILESS_MAIN(TstStorageXml)
#include "tst_storagexml.moc"
