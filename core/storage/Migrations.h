#pragma once

#include <QSqlDatabase>
#include <QString>

namespace welkin::migrations {

// The schema is a list of steps; step N turns version N-1 into version N. The version lives in
// the one-row table schema_version (0 = empty file). Add a step, never edit an old one: users'
// files are at every older version.
int latestVersion();

// The version stored in `db` (0 for a new file), or -1 with `error` when it cannot be read.
int currentVersion(QSqlDatabase &db, QString *error);

// Applies the steps from the stored version up to `target` (default: the newest), each in its own
// transaction. Refuses a file from a newer Welkin. Also used by the tests to build old files.
bool migrate(QSqlDatabase &db, QString *error, int target = -1);

} // namespace welkin::migrations
