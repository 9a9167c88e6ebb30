// Reading libvirt's <domainsnapshot> XML and ordering snapshots into a tree (SnapshotXml).
#include "manage/SnapshotXml.h"

#include <QTest>

using namespace welkin;
using namespace Qt::StringLiterals;

namespace {

VmSnapshot snapshot(const QString &name, const QString &parent, qint64 created)
{
    VmSnapshot s;
    s.id = name;
    s.name = name;
    s.parent = parent;
    s.created = QDateTime::fromSecsSinceEpoch(created);
    return s;
}

QStringList names(const QList<VmSnapshot> &snapshots)
{
    QStringList out;
    for (const VmSnapshot &s : snapshots)
        out.append(s.name + (s.parent.isEmpty() ? QString() : u"<"_s + s.parent));
    return out;
}

} // namespace

class TstSnapshotXml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setsTheTopLevelDescriptionOnly()
    {
        const QByteArray xml = R"(<domainsnapshot>
  <name>s2</name>
  <description>old</description>
  <state>running</state>
  <domain type='qemu'><name>web-01</name><description>the VM's</description></domain>
</domainsnapshot>)";
        QByteArray out;
        QString error;
        QVERIFY2(SnapshotXml::withDescription(xml, u"new <text> & more"_s, &out, &error), qPrintable(error));
        VmSnapshot snapshot;
        QVERIFY2(SnapshotXml::parse(out, &snapshot, &error), qPrintable(error));
        QCOMPARE(snapshot.description, u"new <text> & more"_s);
        QCOMPARE(snapshot.state, u"running"_s);
        QVERIFY(out.contains("<description>the VM's</description>")); // the embedded domain's is kept
        QVERIFY(!out.contains(">old<"));
        QCOMPARE(out.count("<description>"), 2);

        // Empty removes it; a snapshot without one gets it after <name>.
        QVERIFY(SnapshotXml::withDescription(xml, QString(), &out, &error));
        QCOMPARE(out.count("<description>"), 1);
        QVERIFY(SnapshotXml::withDescription("<domainsnapshot><name>a</name><state>shutoff</state></domainsnapshot>",
                                             u"added"_s, &out, &error));
        QVERIFY2(out.contains("<name>a</name><description>added</description><state>"), out.constData());

        QVERIFY(!SnapshotXml::withDescription("<domain/>", u"x"_s, &out, &error));
        QVERIFY(error.contains(u"domainsnapshot"_s));
        QVERIFY(!SnapshotXml::withDescription("<domainsnapshot><name>a</name>", u"x"_s, &out, &error));
        QVERIFY2(error.startsWith(u"line "_s), qPrintable(error));
    }

    void readsTopLevelFieldsOnly()
    {
        const QByteArray xml = R"(<domainsnapshot>
  <name>s2</name>
  <description>after &lt;upgrade&gt;</description>
  <state>paused</state>
  <parent><name>s1</name></parent>
  <creationTime>1765000100</creationTime>
  <memory snapshot='internal'/>
  <disks><disk name='vda' snapshot='internal'/></disks>
  <domain type='qemu'><name>web-01</name><description>not the snapshot's</description></domain>
</domainsnapshot>)";
        VmSnapshot s;
        QString error;
        QVERIFY2(SnapshotXml::parse(xml, &s, &error), qPrintable(error));
        QCOMPARE(s.name, u"s2"_s);
        QCOMPARE(s.parent, u"s1"_s);
        QCOMPARE(s.description, u"after <upgrade>"_s);
        QCOMPARE(s.state, u"paused"_s);
        QCOMPARE(s.created.toSecsSinceEpoch(), 1765000100);
        QVERIFY(s.hasMemory());
        QVERIFY(!s.external);

        QVERIFY(SnapshotXml::parse("<domainsnapshot><name>e</name><memory snapshot='no'/><disks>"
                                   "<disk name='vda' snapshot='external'/></disks></domainsnapshot>", &s, &error));
        QVERIFY(s.external && !s.hasMemory());
    }

    void malformedInputIsRefused()
    {
        VmSnapshot s;
        QString error;
        QVERIFY(!SnapshotXml::parse("<domainsnapshot><name>x</name>", &s, &error));
        QVERIFY2(error.contains(u"line"_s), qPrintable(error));
        QVERIFY(!SnapshotXml::parse("<domain><name>x</name></domain>", &s, &error));
        QVERIFY2(error.contains(u"<domainsnapshot>"_s), qPrintable(error));
        QVERIFY(!SnapshotXml::parse("<domainsnapshot><state>running</state></domainsnapshot>", &s, &error));
        QVERIFY2(error.contains(u"no <name>"_s), qPrintable(error));
        QVERIFY(!SnapshotXml::parse({}, &s, &error));
        // A creation time that is no number is left unset, not guessed.
        QVERIFY(SnapshotXml::parse("<domainsnapshot><name>t</name><creationTime>soon</creationTime></domainsnapshot>", &s, &error));
        QVERIFY(!s.created.isValid());
    }

    void createXmlEscapes()
    {
        const QByteArray xml = SnapshotXml::forCreate({u"pre-upgrade"_s, u"<b>&"_s, false});
        VmSnapshot s;
        QString error;
        QVERIFY2(SnapshotXml::parse(xml, &s, &error), qPrintable(error));
        QCOMPARE(s.name, u"pre-upgrade"_s);
        QCOMPARE(s.description, u"<b>&"_s);
    }

    void treeOrderParentsFirstSiblingsByTime()
    {
        const QList<VmSnapshot> given{snapshot(u"c2"_s, u"root"_s, 30), snapshot(u"root"_s, {}, 10),
                                      snapshot(u"g"_s, u"c1"_s, 40), snapshot(u"c1"_s, u"root"_s, 20),
                                      snapshot(u"other"_s, {}, 5)};
        QCOMPARE(names(snapshotTreeOrder(given)),
                 (QStringList{u"other"_s, u"root"_s, u"c1<root"_s, u"g<c1"_s, u"c2<root"_s}));
    }

    void brokenParentsBecomeRoots()
    {
        // A parent that is gone, and a cycle (a damaged host): every snapshot still shown once.
        const QList<VmSnapshot> given{snapshot(u"orphan"_s, u"gone"_s, 1), snapshot(u"a"_s, u"b"_s, 2),
                                      snapshot(u"b"_s, u"a"_s, 3), snapshot(u"self"_s, u"self"_s, 4)};
        const QList<VmSnapshot> ordered = snapshotTreeOrder(given);
        QCOMPARE(ordered.size(), 4);
        QStringList seen;
        for (const VmSnapshot &s : ordered) {
            QVERIFY2(s.parent.isEmpty() || seen.contains(s.parent), qPrintable(s.name));
            seen.append(s.name);
        }
        QCOMPARE(ordered.first().name, u"orphan"_s);
    }

    void treeOrderKeysByIdAndDropsRepeats()
    {
        // Cloud snapshots: parents name ids, names may repeat, a paged listing may repeat an id.
        VmSnapshot root = snapshot(u"same"_s, {}, 10);
        root.id = u"id-1"_s;
        VmSnapshot child = snapshot(u"same"_s, u"id-1"_s, 20);
        child.id = u"id-2"_s;
        VmSnapshot repeat = child;
        repeat.created = QDateTime::fromSecsSinceEpoch(30);
        const QList<VmSnapshot> ordered = snapshotTreeOrder({child, repeat, root});
        QCOMPARE(ordered.size(), 2);
        QCOMPARE(ordered.at(0).id, u"id-1"_s);
        QCOMPARE(ordered.at(1).id, u"id-2"_s);
        QCOMPARE(ordered.at(1).parent, u"id-1"_s);
    }

    void parseUsesTheNameAsId()
    {
        VmSnapshot s;
        QString error;
        QVERIFY2(SnapshotXml::parse("<domainsnapshot><name>s1</name><parent><name>s0</name></parent></domainsnapshot>",
                                    &s, &error), qPrintable(error));
        QCOMPARE(s.id, u"s1"_s);
        QCOMPARE(s.parent, u"s0"_s);
    }
};

QTEST_GUILESS_MAIN(TstSnapshotXml)
#include "tst_snapshotxml.moc"
