#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace welkin {

// A line-by-line comparison of two texts (a VM definition before and after an edit), shown
// before the change is applied.
struct DiffLine {
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;
    int oldLine = 0; // 1-based in `before`; 0 for added lines
    int newLine = 0; // 1-based in `after`; 0 for removed lines
};

// Longest-common-subsequence diff after trimming the common head and tail. Past
// `maxCells` comparisons (huge, wholly different texts) the middle is reported as removed then
// added instead: still correct, never slow.
QList<DiffLine> lineDiff(const QStringList &before, const QStringList &after, qsizetype maxCells = 4'000'000);

// True when the diff has any Removed or Added line.
bool hasChanges(const QList<DiffLine> &diff);

} // namespace welkin
