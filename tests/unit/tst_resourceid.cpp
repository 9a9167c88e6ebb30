#include "model/ResourceId.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace welkin;
using namespace Qt::StringLiterals;

namespace welkin {
// Readable QCOMPARE failures (found by argument-dependent lookup).
char *toString(const ResourceId &id)
{
    return QTest::toString(id.isValid() ? id.toString() : u"<invalid>"_s);
}
} // namespace welkin

class TestResourceId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultIsInvalid();
    void validity();
    void equality();
    void hashing();
    void providerFactory();
    void kindNames();
    void toStringFormat();
    void roundTrip_data();
    void roundTrip();
    void malformed_data();
    void malformed();
};

void TestResourceId::defaultIsInvalid()
{
    const ResourceId id;
    QVERIFY(!id.isValid());
    QCOMPARE(id.kind(), ResourceKind::Invalid);
    QVERIFY(id.providerId().isEmpty());
    QVERIFY(id.nativeId().isEmpty());
    QVERIFY(id.toString().isEmpty());
    QCOMPARE(id, ResourceId());
}

void TestResourceId::validity()
{
    QVERIFY(ResourceId(u"test:///default"_s, ResourceKind::Vm, u"6695eb01"_s).isValid());
    QVERIFY(!ResourceId(QString(), ResourceKind::Vm, u"6695eb01"_s).isValid());
    QVERIFY(!ResourceId(u"test:///default"_s, ResourceKind::Invalid, u"6695eb01"_s).isValid());
}

void TestResourceId::equality()
{
    const ResourceId a(u"test:///default"_s, ResourceKind::Vm, u"6695eb01-f6a4-8304-79aa-97f2502e193f"_s);
    const ResourceId same(u"test:///default"_s, ResourceKind::Vm, u"6695eb01-f6a4-8304-79aa-97f2502e193f"_s);
    QCOMPARE(a, same);
    QVERIFY(!(a != same));

    // Each of the three parts makes a difference on its own.
    QVERIFY(a != ResourceId(u"test:///other"_s, ResourceKind::Vm, a.nativeId()));
    QVERIFY(a != ResourceId(a.providerId(), ResourceKind::Host, a.nativeId()));
    QVERIFY(a != ResourceId(a.providerId(), ResourceKind::Vm, u"6695eb01-f6a4-8304-79aa-97f2502e1940"_s));
    // Case matters: native ids are opaque.
    QVERIFY(a != ResourceId(a.providerId(), ResourceKind::Vm, a.nativeId().toUpper()));
    QVERIFY(a != ResourceId());
}

void TestResourceId::hashing()
{
    const ResourceId a(u"qemu:///system"_s, ResourceKind::Vm, u"uuid-1"_s);
    const ResourceId a2(u"qemu:///system"_s, ResourceKind::Vm, u"uuid-1"_s);
    QCOMPARE(qHash(a), qHash(a2));
    QCOMPARE(qHash(a, 42), qHash(a2, 42));

    // Same native id under another kind or provider: distinct keys.
    const ResourceId host(u"qemu:///system"_s, ResourceKind::Host, u"uuid-1"_s);
    const ResourceId other(u"qemu+ssh://root@b/system"_s, ResourceKind::Vm, u"uuid-1"_s);

    QHash<ResourceId, int> hash;
    hash.insert(a, 1);
    hash.insert(host, 2);
    hash.insert(other, 3);
    hash.insert(a2, 4); // replaces a
    QCOMPARE(hash.size(), 3);
    QCOMPARE(hash.value(a), 4);
    QCOMPARE(hash.value(host), 2);
    QCOMPARE(hash.value(other), 3);
    QVERIFY(!hash.contains(ResourceId()));

    QSet<ResourceId> set;
    for (int i = 0; i < 10000; ++i)
        set.insert(ResourceId(u"test:///default"_s, ResourceKind::Vm, QString::number(i)));
    for (int i = 0; i < 10000; ++i)
        set.insert(ResourceId(u"test:///default"_s, ResourceKind::Vm, QString::number(i)));
    QCOMPARE(set.size(), 10000);
    QVERIFY(set.contains(ResourceId(u"test:///default"_s, ResourceKind::Vm, u"9999"_s)));
    QVERIFY(!set.contains(ResourceId(u"test:///default"_s, ResourceKind::Host, u"9999"_s)));

    // A hash that ignored a part would collide all the time; a few collisions are fine.
    QSet<size_t> hashes;
    for (auto kind : {ResourceKind::Provider, ResourceKind::Region, ResourceKind::Zone, ResourceKind::Project,
                      ResourceKind::Host, ResourceKind::Vm})
        hashes.insert(qHash(ResourceId(u"p"_s, kind, u"n"_s)));
    QCOMPARE(hashes.size(), 6);
}

void TestResourceId::providerFactory()
{
    const ResourceId p = ResourceId::provider(u"qemu+ssh://root@host/system"_s);
    QVERIFY(p.isValid());
    QCOMPARE(p.kind(), ResourceKind::Provider);
    QCOMPARE(p.providerId(), u"qemu+ssh://root@host/system"_s);
    QCOMPARE(p.nativeId(), u"qemu+ssh://root@host/system"_s);
    QCOMPARE(ResourceId::fromString(p.toString()), p);
    QVERIFY(!ResourceId::provider(QString()).isValid());
}

void TestResourceId::kindNames()
{
    for (auto kind : {ResourceKind::Provider, ResourceKind::Region, ResourceKind::Zone, ResourceKind::Project,
                      ResourceKind::Host, ResourceKind::Vm}) {
        const QString name = resourceKindName(kind);
        QVERIFY(!name.isEmpty());
        QVERIFY(!name.contains(u':'));
        QCOMPARE(resourceKindFromName(name), kind);
    }
    QCOMPARE(resourceKindName(ResourceKind::Vm), u"vm"_s);
    QCOMPARE(resourceKindFromName(u"invalid"_s), ResourceKind::Invalid);
    QCOMPARE(resourceKindFromName(u"VM"_s), ResourceKind::Invalid);
    QCOMPARE(resourceKindFromName(QString()), ResourceKind::Invalid);
}

void TestResourceId::toStringFormat()
{
    // The documented format, literally: other code and stored settings depend on it.
    QCOMPARE(ResourceId(u"test:///default"_s, ResourceKind::Vm, u"6695eb01-f6a4-8304-79aa-97f2502e193f"_s).toString(),
             u"vm:6695eb01-f6a4-8304-79aa-97f2502e193f@test:///default"_s);
    QCOMPARE(ResourceId(u"qemu+ssh://root@host/system"_s, ResourceKind::Host, u"host"_s).toString(),
             u"host:host@qemu+ssh://root@host/system"_s);
    QCOMPARE(ResourceId(u"p"_s, ResourceKind::Vm, u"a@b%c"_s).toString(), u"vm:a%40b%25c@p"_s);
}

void TestResourceId::roundTrip_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("native");

    const int vm = int(ResourceKind::Vm);
    QTest::newRow("test driver") << u"test:///default"_s << vm << u"6695eb01-f6a4-8304-79aa-97f2502e193f"_s;
    QTest::newRow("ssh with user") << u"qemu+ssh://root@host/system"_s << vm << u"uuid"_s;
    QTest::newRow("ssh with port and query") << u"qemu+ssh://admin@10.0.0.5:2222/system?keyfile=/k@x"_s << vm
                                             << u"uuid"_s;
    QTest::newRow("native with @") << u"openstack:admin@cloud"_s << vm << u"user@domain"_s;
    QTest::newRow("native with %") << u"p"_s << vm << u"100%"_s;
    QTest::newRow("native with escape look-alikes") << u"p"_s << vm << u"%40%25%%4@@25"_s;
    QTest::newRow("native with :") << u"cloudstack:zone:1"_s << int(ResourceKind::Zone) << u"a:b:c"_s;
    QTest::newRow("empty native") << u"p"_s << vm << QString();
    QTest::newRow("provider kind") << u"qemu+tls://h.example.org/system"_s << int(ResourceKind::Provider)
                                   << u"qemu+tls://h.example.org/system"_s;
    QTest::newRow("region") << u"openstack:https://keystone:5000/v3"_s << int(ResourceKind::Region) << u"RegionOne"_s;
    QTest::newRow("project") << u"os"_s << int(ResourceKind::Project) << u"8f2c@admin"_s;
    QTest::newRow("unicode") << u"qemu+ssh://ünïcødé@hôst/system"_s << vm << u"vm-名前@x"_s;
}

void TestResourceId::roundTrip()
{
    QFETCH(QString, provider);
    QFETCH(int, kind);
    QFETCH(QString, native);
    const ResourceId id(provider, static_cast<ResourceKind>(kind), native);
    QVERIFY(id.isValid());
    const QString text = id.toString();
    QVERIFY(!text.isEmpty());
    const ResourceId back = ResourceId::fromString(text);
    QVERIFY2(back.isValid(), qPrintable(text));
    QCOMPARE(back.providerId(), provider);
    QCOMPARE(back.kind(), id.kind());
    QCOMPARE(back.nativeId(), native);
    QCOMPARE(back, id);
    QCOMPARE(back.toString(), text);
}

void TestResourceId::malformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("no colon") << u"vm@test:///default"_s;
    QTest::newRow("no kind") << u":abc@test:///default"_s;
    QTest::newRow("unknown kind") << u"domain:abc@test:///default"_s;
    QTest::newRow("kind in capitals") << u"VM:abc@test:///default"_s;
    QTest::newRow("invalid kind") << u"invalid:abc@test:///default"_s;
    QTest::newRow("no @") << u"vm:abc"_s;
    QTest::newRow("no provider") << u"vm:abc@"_s;
    QTest::newRow("just a uuid") << u"6695eb01-f6a4-8304-79aa-97f2502e193f"_s;
    QTest::newRow("just a uri") << u"qemu:///system"_s; // "qemu" is no kind
    QTest::newRow("only separators") << u":@"_s;
}

void TestResourceId::malformed()
{
    QFETCH(QString, text);
    const ResourceId id = ResourceId::fromString(text);
    QVERIFY(!id.isValid());
    QCOMPARE(id, ResourceId());
}

QTEST_GUILESS_MAIN(TestResourceId)
#include "tst_resourceid.moc"
