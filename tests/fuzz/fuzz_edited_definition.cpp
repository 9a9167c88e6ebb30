// The XML tab's checks of a definition the user typed (EditedDefinition) and the line diff shown
// before applying it (LineDiff). Input: the edited text, NUL, the secure definition libvirt holds,
// NUL, a libvirt error message.
#include "FuzzSupport.h"

#include "manage/EditedDefinition.h"
#include "manage/LineDiff.h"

using namespace welkin;
using namespace welkin::fuzz;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fields fields(bytes(data, size));
    const QString edited = fields.text();
    const QString secure = fields.text();
    const QString message = fields.text();
    const QString uuid = u"4dea22b3-1d52-d8f3-2516-782e98ab3fa0"_s;

    // QXmlStreamReader counts a lone CR as a line break too.
    const int lines = int(edited.count(u'\n') + edited.count(u'\r')) + 1;
    const auto problem = EditedDefinition::problem(edited, uuid);
    if (problem) {
        FUZZ_CHECK(!problem->message.isEmpty(), {});
        FUZZ_CHECK(problem->line >= 0 && problem->line <= lines, QString::number(problem->line));
    }
    const int line = EditedDefinition::lineOfLibvirtError(edited, message);
    FUZZ_CHECK(line >= 0 && line <= lines, QString::number(line));

    // Passwords are only ever added to a well-formed text, which stays acceptable.
    const QString kept = EditedDefinition::withPasswordsOf(edited, secure);
    if (kept != edited && !problem)
        FUZZ_CHECK(!EditedDefinition::problem(kept, uuid), kept);

    // The diff replays both texts: its Same+Removed lines are `before`, Same+Added are `after`.
    const QStringList before = secure.split(u'\n');
    const QStringList after = edited.split(u'\n');
    const QList<DiffLine> diff = lineDiff(before, after, 20000);
    QStringList left, right;
    for (const DiffLine &d : diff) {
        if (d.kind != DiffLine::Kind::Added) {
            FUZZ_CHECK(d.oldLine == left.size() + 1, QString::number(d.oldLine));
            left.append(d.text);
        }
        if (d.kind != DiffLine::Kind::Removed) {
            FUZZ_CHECK(d.newLine == right.size() + 1, QString::number(d.newLine));
            right.append(d.text);
        }
    }
    FUZZ_CHECK(left == before && right == after, {});
    FUZZ_CHECK(hasChanges(diff) == (before != after), {});
    return 0;
}
