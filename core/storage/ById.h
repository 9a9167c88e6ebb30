#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace welkin::byid {

// The stores keep their items in saved order in a QList; items have a QString `id`.

template<typename T>
qsizetype indexOf(const QList<T> &items, const QString &id)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).id == id)
            return i;
    }
    return -1;
}

template<typename T>
std::optional<T> find(const QList<T> &items, const QString &id)
{
    const qsizetype index = indexOf(items, id);
    return index < 0 ? std::nullopt : std::optional<T>(items.at(index));
}

// Replaces the item with the same id in place, or appends it; returns its position.
template<typename T>
qsizetype upsert(QList<T> &items, const T &item)
{
    qsizetype index = indexOf(items, item.id);
    if (index < 0) {
        index = items.size();
        items.append(item);
    } else {
        items[index] = item;
    }
    return index;
}

} // namespace welkin::byid
