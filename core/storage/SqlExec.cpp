#include "SqlExec.h"

#include <QSqlError>

namespace welkin::sql {

using namespace Qt::StringLiterals;

QString errorText(const QSqlError &error)
{
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text().trimmed() : text;
}

QSqlQuery select(QSqlDatabase &db, const QString &statement, const QVariantList &values, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement)) {
        *error = errorText(query.lastError());
        return query;
    }
    // A null QString binds as SQL NULL; Welkin's text columns are NOT NULL with '' for "none".
    for (const QVariant &value : values) {
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.addBindValue(nullText ? QVariant(QString(u""_s)) : value);
    }
    if (!query.exec())
        *error = errorText(query.lastError());
    return query;
}

bool exec(QSqlDatabase &db, const QString &statement, const QVariantList &values, QString *error)
{
    QString failure;
    select(db, statement, values, &failure);
    if (failure.isEmpty())
        return true;
    *error = failure;
    return false;
}

} // namespace welkin::sql
