// NameRules: the name checks shared by pools, volumes, networks and VMs.
#include "manage/NameRules.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace welkin;

using Kind = NameRules::Kind;
Q_DECLARE_METATYPE(welkin::NameRules::Kind)

class TstNameRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
    void lengthIsCountedInBytes();
};

void TstNameRules::check_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");

    QTest::newRow("vm fine") << Kind::Vm << u"web-01"_s << QString();
    QTest::newRow("volume fine") << Kind::Volume << u"disk.qcow2"_s << QString();
    QTest::newRow("volume with space") << Kind::Volume << u"Debian 12.iso"_s << QString();
    QTest::newRow("pool fine") << Kind::Pool << u"images_2"_s << QString();
    QTest::newRow("network fine") << Kind::Network << u"lab.net"_s << QString();
    QTest::newRow("empty") << Kind::Pool << QString() << u"The storage pool name is empty"_s;
    QTest::newRow("slash") << Kind::Volume << u"a/b.qcow2"_s << u"The volume name 'a/b.qcow2' contains '/'"_s;
    QTest::newRow("dot") << Kind::Volume << u".hidden"_s << u"The volume name '.hidden' starts with '.'"_s;
    QTest::newRow("dotdot") << Kind::Pool << u".."_s << u"The storage pool name '..' starts with '.'"_s;
    QTest::newRow("space in vm") << Kind::Vm << u"web 01"_s << u"The virtual machine name 'web 01' contains a space"_s;
    QTest::newRow("tab in network") << Kind::Network << u"a\tb"_s << u"The network name 'a\tb' contains a control character"_s;
    QTest::newRow("leading space") << Kind::Volume << u" x"_s << u"The volume name ' x' starts or ends with a space"_s;
    QTest::newRow("trailing space") << Kind::Network << u"x "_s << u"The network name 'x ' starts or ends with a space"_s;
    QTest::newRow("digits vm") << Kind::Vm << u"42"_s << u"The virtual machine name '42' is only digits"_s;
    QTest::newRow("digits pool") << Kind::Pool << u"42"_s << QString();
    QTest::newRow("too long") << Kind::Vm << QString(65, u'a') << u"The virtual machine name is too long (65 bytes, at most 64)"_s;
    QTest::newRow("long volume") << Kind::Volume << QString(255, u'v') << QString();
    QTest::newRow("too long volume") << Kind::Volume << QString(256, u'v')
                                     << u"The volume name is too long (256 bytes, at most 255)"_s;
}

void TstNameRules::check()
{
    QFETCH(Kind, kind);
    QFETCH(QString, name);
    QFETCH(QString, message);
    QCOMPARE(NameRules::check(kind, name), message);
}

void TstNameRules::lengthIsCountedInBytes()
{
    // 32 'ä' are 64 bytes in UTF-8: allowed; 33 are not.
    QCOMPARE(NameRules::check(Kind::Vm, QString(32, u'ä')), QString());
    QCOMPARE(NameRules::check(Kind::Vm, QString(33, u'ä')), u"The virtual machine name is too long (66 bytes, at most 64)"_s);
}

QTEST_GUILESS_MAIN(TstNameRules)
#include "tst_namerules.moc"
