#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

class QSqlDatabase;

namespace welkin {

class DatabaseWriter;

// Small UI state (window geometry, splitter and header state, expanded nodes) as key -> bytes in
// the database, so it is written transactionally with everything else. GUI thread; cache loaded
// at open, writes queued on the writer thread.
class UiStateStore : public QObject
{
    Q_OBJECT
public:
    explicit UiStateStore(DatabaseWriter *writer = nullptr, QObject *parent = nullptr);

    void load(QSqlDatabase &db);

    QByteArray value(const QString &key) const { return m_values.value(key); }
    void setValue(const QString &key, const QByteArray &value);

private:
    DatabaseWriter *m_writer;
    QHash<QString, QByteArray> m_values;
};

} // namespace welkin
