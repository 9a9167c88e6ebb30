#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace welkin::sql {

// Prepares `statement`, binds `values` in order and runs it; false + `error` on failure.
bool exec(QSqlDatabase &db, const QString &statement, const QVariantList &values, QString *error);

// The same for reads: an active query positioned before the first row, or an inactive one with
// `error` set.
QSqlQuery select(QSqlDatabase &db, const QString &statement, const QVariantList &values, QString *error);

// SQLite's own words ("database disk image is malformed") without Qt's generic suffix.
QString errorText(const QSqlError &error);

} // namespace welkin::sql
