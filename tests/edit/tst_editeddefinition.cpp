// What the XML tab checks before libvirt sees a definition (EditedDefinition) and the line diff
// it shows before applying (LineDiff).
#include "manage/EditedDefinition.h"
#include "manage/LineDiff.h"

#include <QTest>

using namespace welkin;
using namespace Qt::StringLiterals;

namespace {

const QString uuid = u"4dea22b3-1d52-d8f3-2516-782e98ab3fa0"_s;

QString kinds(const QList<DiffLine> &diff)
{
    QString out;
    for (const DiffLine &line : diff)
        out += line.kind == DiffLine::Kind::Same ? u'=' : line.kind == DiffLine::Kind::Removed ? u'-' : u'+';
    return out;
}

} // namespace

class TstEditedDefinition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diffKeepsCommonLinesAndNumbers()
    {
        const QStringList before{u"<domain>"_s, u"a"_s, u"b"_s, u"c"_s, u"</domain>"_s};
        const QStringList after{u"<domain>"_s, u"a"_s, u"B"_s, u"c"_s, u"d"_s, u"</domain>"_s};
        const QList<DiffLine> diff = lineDiff(before, after);
        QCOMPARE(kinds(diff), u"==-+=+="_s);
        QCOMPARE(diff.at(2).text, u"b"_s);
        QCOMPARE(diff.at(2).oldLine, 3);
        QCOMPARE(diff.at(3).text, u"B"_s);
        QCOMPARE(diff.at(3).newLine, 3);
        QCOMPARE(diff.at(5).text, u"d"_s);
        QCOMPARE(diff.at(5).newLine, 5);
        QVERIFY(hasChanges(diff));
        QVERIFY(!hasChanges(lineDiff(before, before)));
        QCOMPARE(kinds(lineDiff({}, {u"x"_s})), u"+"_s);
        QCOMPARE(kinds(lineDiff({u"x"_s}, {})), u"-"_s);
    }

    void diffInterleavedEditsIsMinimal()
    {
        const QStringList before{u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s, u"6"_s};
        const QStringList after{u"1"_s, u"3"_s, u"4"_s, u"x"_s, u"6"_s, u"7"_s};
        const QString k = kinds(lineDiff(before, after));
        QCOMPARE(k.count(u'='), 4); // 1 3 4 6 kept
        QCOMPARE(k.count(u'-'), 2); // 2 5
        QCOMPARE(k.count(u'+'), 2); // x 7
    }

    void hugeDiffFallsBackToReplace()
    {
        QStringList before, after;
        for (int i = 0; i < 3000; ++i) {
            before.append(u"old %1"_s.arg(i));
            after.append(u"new %1"_s.arg(i));
        }
        before.prepend(u"<domain>"_s);
        after.prepend(u"<domain>"_s);
        const QList<DiffLine> diff = lineDiff(before, after, 1000);
        QCOMPARE(diff.size(), 1 + 3000 + 3000);
        QCOMPARE(diff.first().kind, DiffLine::Kind::Same);
        QCOMPARE(diff.at(1).kind, DiffLine::Kind::Removed);
        QCOMPARE(diff.last().kind, DiffLine::Kind::Added);
    }

    void problemsBeforeLibvirt()
    {
        QVERIFY(!EditedDefinition::problem(u"<domain type='kvm'><name>a</name><uuid>%1</uuid></domain>"_s.arg(uuid), uuid));
        QVERIFY(!EditedDefinition::problem(u"<domain type='kvm'><name>a</name></domain>"_s, uuid)); // libvirt keeps the UUID
        QVERIFY(!EditedDefinition::problem(u"<domain><uuid>%1</uuid></domain>"_s.arg(uuid.toUpper()), uuid));

        const auto malformed = EditedDefinition::problem(u"<domain>\n  <name>a</name>\n  <vcpu>1</vcpu\n</domain>"_s, uuid);
        QVERIFY(malformed);
        QCOMPARE(malformed->line, 4);
        QVERIFY2(malformed->message.startsWith(u"Line 4"_s), qPrintable(malformed->message));

        const auto otherRoot = EditedDefinition::problem(u"<network><name>a</name></network>"_s, uuid);
        QVERIFY(otherRoot);
        QVERIFY2(otherRoot->message.contains(u"<domain>"_s), qPrintable(otherRoot->message));

        const auto otherVm = EditedDefinition::problem(u"<domain>\n<name>a</name>\n<uuid>00000000-0000-0000-0000-000000000001</uuid>\n</domain>"_s, uuid);
        QVERIFY(otherVm);
        QCOMPARE(otherVm->line, 3);
        QVERIFY2(otherVm->message.contains(uuid) && otherVm->message.contains(u"Clone"_s), qPrintable(otherVm->message));

        QVERIFY(EditedDefinition::problem(u""_s, uuid));
        QVERIFY(EditedDefinition::problem(u"   \n"_s, uuid));
        QVERIFY(EditedDefinition::problem(u"<domain></domain><domain></domain>"_s, uuid));
        // A nested <uuid> (e.g. of a disk's secret) is not the VM's.
        QVERIFY(!EditedDefinition::problem(u"<domain><devices><disk><encryption><secret uuid='x'/></encryption>"
                                           "</disk></devices><uuid>%1</uuid></domain>"_s.arg(uuid), uuid));
    }

    void lineOfLibvirtError()
    {
        const QString xml = u"<domain type='qemu'>\n  <name>a</name>\n  <bogus/>\n  <devices>\n    <bogusdev x='1'>\n"
                            "  </devices>\n</domain>"_s;
        QCOMPARE(EditedDefinition::lineOfLibvirtError(xml, u"XML document failed to validate against schema: Unable to "
                                                          "validate doc against /usr/share/libvirt/schemas/domain.rng\n"
                                                          "Element domain has extra content: bogus"_s), 3);
        QCOMPARE(EditedDefinition::lineOfLibvirtError(xml, u"Extra element bogusdev in interleave"_s), 5);
        QCOMPARE(EditedDefinition::lineOfLibvirtError(xml, u"Did not expect element bogusdev there"_s), 5);
        QCOMPARE(EditedDefinition::lineOfLibvirtError(xml, u"unsupported configuration: something else"_s), 0);
        QCOMPARE(EditedDefinition::lineOfLibvirtError(xml, u"Element domain has extra content: absent"_s), 0);
    }

    void passwordsTheEditorDidNotShowAreKept()
    {
        const QString secure = u"<domain><devices><graphics type='vnc' port='-1' passwd='pw1'/>"
                               "<graphics type='spice' passwd='pw2'/></devices></domain>"_s;
        const QString edited = u"<domain>\n  <devices>\n    <graphics type='vnc' port='5901'/>\n"
                               "    <graphics type='spice' passwd='typed'/>\n  </devices>\n</domain>"_s;
        const QString kept = EditedDefinition::withPasswordsOf(edited, secure);
        QVERIFY2(kept.contains(u"port=\"5901\" passwd=\"pw1\""_s), qPrintable(kept));
        QVERIFY2(kept.contains(u"passwd=\"typed\""_s) && !kept.contains(u"pw2"_s), qPrintable(kept));
        // No password anywhere: the text goes unchanged (libvirt formats it itself).
        QCOMPARE(EditedDefinition::withPasswordsOf(edited, u"<domain/>"_s), edited);
        QCOMPARE(EditedDefinition::withPasswordsOf(u"<domain><graphics"_s, secure), u"<domain><graphics"_s);
        // A removed graphics device stays removed.
        const QString without = EditedDefinition::withPasswordsOf(u"<domain><devices/></domain>"_s, secure);
        QVERIFY2(!without.contains(u"pw1"_s), qPrintable(without));
    }
};

QTEST_GUILESS_MAIN(TstEditedDefinition)
#include "tst_editeddefinition.moc"
