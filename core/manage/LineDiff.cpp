#include "LineDiff.h"

#include <vector>

namespace welkin {

QList<DiffLine> lineDiff(const QStringList &before, const QStringList &after, qsizetype maxCells)
{
    QList<DiffLine> out;
    qsizetype head = 0;
    while (head < before.size() && head < after.size() && before.at(head) == after.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < before.size() - head && tail < after.size() - head
           && before.at(before.size() - 1 - tail) == after.at(after.size() - 1 - tail))
        ++tail;
    const auto same = [&](qsizetype oldIndex, qsizetype newIndex) {
        out.append({DiffLine::Kind::Same, before.at(oldIndex), int(oldIndex + 1), int(newIndex + 1)});
    };
    const auto removed = [&](qsizetype oldIndex) {
        out.append({DiffLine::Kind::Removed, before.at(oldIndex), int(oldIndex + 1), 0});
    };
    const auto added = [&](qsizetype newIndex) {
        out.append({DiffLine::Kind::Added, after.at(newIndex), 0, int(newIndex + 1)});
    };
    for (qsizetype i = 0; i < head; ++i)
        same(i, i);

    const qsizetype n = before.size() - head - tail;
    const qsizetype m = after.size() - head - tail;
    if (n > 0 && m > 0 && n * m <= maxCells) {
        // lengths[i][j]: LCS length of before[head+i..] and after[head+j..].
        std::vector<int> lengths(size_t((n + 1) * (m + 1)), 0);
        const auto at = [&](qsizetype i, qsizetype j) -> int & { return lengths[size_t(i * (m + 1) + j)]; };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j)
                at(i, j) = before.at(head + i) == after.at(head + j) ? at(i + 1, j + 1) + 1
                                                                      : std::max(at(i + 1, j), at(i, j + 1));
        }
        qsizetype i = 0, j = 0;
        while (i < n && j < m) {
            if (before.at(head + i) == after.at(head + j)) {
                same(head + i++, head + j++);
            } else if (at(i + 1, j) >= at(i, j + 1)) {
                removed(head + i++);
            } else {
                added(head + j++);
            }
        }
        while (i < n)
            removed(head + i++);
        while (j < m)
            added(head + j++);
    } else {
        for (qsizetype i = 0; i < n; ++i)
            removed(head + i);
        for (qsizetype j = 0; j < m; ++j)
            added(head + j);
    }
    for (qsizetype k = 0; k < tail; ++k)
        same(before.size() - tail + k, after.size() - tail + k);
    return out;
}

bool hasChanges(const QList<DiffLine> &diff)
{
    for (const DiffLine &line : diff) {
        if (line.kind != DiffLine::Kind::Same)
            return true;
    }
    return false;
}

} // namespace welkin
