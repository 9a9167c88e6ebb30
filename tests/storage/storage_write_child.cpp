// Helper for tst_crashsafety: writes batches of audit rows through the DatabaseWriter as fast as it
// can until it is killed. Each job inserts exactly BATCH rows, so a database that kept only whole
// jobs has a row count divisible by BATCH. Prints "ready" once the first batch is committed.
//   storage_write_child <database path> <batch size>
#include "storage/Database.h"
#include "storage/DatabaseWriter.h"
#include "storage/SqlExec.h"

#include <QCoreApplication>

#include <cstdio>

using namespace welkin;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: storage_write_child <database> <batch>\n");
        return 2;
    }
    Database database(args.at(1));
    if (!database.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(database.errorString()));
        return 1;
    }
    const int batch = args.at(2).toInt();
    DatabaseWriter writer(&database);
    const QString text = u"sample %1 of a long history batch written until the process is killed"_s;
    for (qint64 round = 0;; ++round) {
        for (int job = 0; job < 4; ++job) {
            writer.enqueue([batch, round, text](QSqlDatabase &db, QString *error) {
                for (int i = 0; i < batch; ++i) {
                    if (!sql::exec(db, u"INSERT INTO event_log (time_ms, kind, severity, text) VALUES (?, 1, 0, ?)"_s,
                                   {round, text.arg(i)}, error))
                        return false;
                }
                return true;
            });
        }
        writer.flush();
        if (round == 0) {
            std::printf("ready\n");
            std::fflush(stdout);
        }
    }
}
