#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QString>

namespace welkin {

// Orders names as people do: "vm2" before "vm10", case-insensitive, then exact.
inline bool naturalLess(const QString &a, const QString &b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            // Digit runs compare as numbers of any length: without leading zeros, longer is larger.
            while (a.at(i) == u'0' && i + 1 < a.size() && a.at(i + 1).isDigit())
                ++i;
            while (b.at(j) == u'0' && j + 1 < b.size() && b.at(j + 1).isDigit())
                ++j;
            qsizetype endA = i, endB = j;
            while (endA < a.size() && a.at(endA).isDigit())
                ++endA;
            while (endB < b.size() && b.at(endB).isDigit())
                ++endB;
            if (endA - i != endB - j)
                return endA - i < endB - j;
            if (const int c = QStringView(a).sliced(i, endA - i).compare(QStringView(b).sliced(j, endB - j)); c != 0)
                return c < 0;
            i = endA;
            j = endB;
            continue;
        }
        const QChar x = a.at(i).toCaseFolded(), y = b.at(j).toCaseFolded();
        if (x != y)
            return x < y;
        ++i;
        ++j;
    }
    if (a.size() - i != b.size() - j)
        return a.size() - i < b.size() - j;
    return a < b;
}

// A flat table of value rows identified by a key (a pool's, volume's or network's name). After
// the first load every new listing is applied as removals, moves, insertions and per-row
// dataChanged, never a reset: selections and scroll positions survive a refresh.
template <typename T>
class KeyedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : columns(); }

    const QList<T> &rows() const { return m_rows; }
    const T *rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }
    int rowOf(const QString &key) const
    {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (keyOf(m_rows.at(row)) == key)
                return row;
        }
        return -1;
    }

    // Makes the rows equal to `fresh`, in its order.
    void setRows(const QList<T> &fresh)
    {
        QSet<QString> keys;
        for (const T &row : fresh)
            keys.insert(keyOf(row));
        // Gone rows first, as contiguous ranges from the bottom.
        for (int last = int(m_rows.size()) - 1; last >= 0;) {
            if (keys.contains(keyOf(m_rows.at(last)))) {
                --last;
                continue;
            }
            int first = last;
            while (first > 0 && !keys.contains(keyOf(m_rows.at(first - 1))))
                --first;
            beginRemoveRows({}, first, last);
            m_rows.remove(first, last - first + 1);
            endRemoveRows();
            last = first - 1;
        }
        for (int i = 0; i < fresh.size(); ++i) {
            const QString key = keyOf(fresh.at(i));
            int found = -1;
            for (int row = i; row < m_rows.size() && found < 0; ++row) {
                if (keyOf(m_rows.at(row)) == key)
                    found = row;
            }
            if (found < 0) {
                beginInsertRows({}, i, i);
                m_rows.insert(i, fresh.at(i));
                endInsertRows();
                continue;
            }
            if (found != i) {
                beginMoveRows({}, found, found, {}, i);
                m_rows.move(found, i);
                endMoveRows();
            }
            if (!sameContent(m_rows.at(i), fresh.at(i))) {
                m_rows[i] = fresh.at(i);
                Q_EMIT dataChanged(index(i, 0), index(i, columns() - 1));
            }
        }
        if (m_rows.size() > fresh.size()) { // only with duplicate keys in `fresh`
            beginRemoveRows({}, int(fresh.size()), int(m_rows.size()) - 1);
            m_rows.resize(fresh.size());
            endRemoveRows();
        }
    }

protected:
    virtual QString keyOf(const T &row) const = 0;
    virtual bool sameContent(const T &a, const T &b) const = 0;
    virtual int columns() const = 0;

private:
    QList<T> m_rows;
};

} // namespace welkin
