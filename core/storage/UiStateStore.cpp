#include "UiStateStore.h"

#include "DatabaseWriter.h"
#include "SqlExec.h"

#include <QLoggingCategory>

namespace welkin {

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

using namespace Qt::StringLiterals;

UiStateStore::UiStateStore(DatabaseWriter *writer, QObject *parent) : QObject(parent), m_writer(writer) {}

void UiStateStore::load(QSqlDatabase &db)
{
    m_values.clear();
    QString error;
    QSqlQuery query = sql::select(db, u"SELECT key, value FROM ui_state"_s, {}, &error);
    while (query.next())
        m_values.insert(query.value(0).toString(), query.value(1).toByteArray());
    if (!error.isEmpty())
        qCWarning(lcStorage, "cannot read the UI state: %s", qPrintable(error));
}

void UiStateStore::setValue(const QString &key, const QByteArray &value)
{
    if (m_values.value(key) == value && m_values.contains(key))
        return;
    m_values.insert(key, value);
    if (!m_writer)
        return;
    m_writer->enqueue([key, value](QSqlDatabase &db, QString *error) {
        return sql::exec(db, u"INSERT OR REPLACE INTO ui_state (key, value) VALUES (?, ?)"_s, {key, value}, error);
    });
}

} // namespace welkin
