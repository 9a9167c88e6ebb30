// kill -9 of a process in the middle of batches of writes leaves a database that passes
// PRAGMA integrity_check, holds only whole batches and opens without recovery.
#include "storage/Database.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace welkin;
using namespace Qt::StringLiterals;

class TestCrashSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killDuringBatchedWrites()
    {
        constexpr int batch = 250;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"welkin.db"_s);
        qint64 previous = 0;
        for (int round = 0; round < 6; ++round) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(QStringLiteral(STORAGE_WRITE_CHILD), {path, QString::number(batch)});
            QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
            QByteArray output; // QTRY evaluates its condition more than once: accumulate
            QTRY_VERIFY_WITH_TIMEOUT((output += child.readAllStandardOutput()).contains("ready")
                                         || child.state() == QProcess::NotRunning, 20000);
            QCOMPARE(child.state(), QProcess::Running);
            QTest::qWait(20 + int(QRandomGenerator::global()->bounded(200)));
            child.kill(); // SIGKILL: no destructor, no flush, mid-transaction
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);

            Database database(path);
            QVERIFY2(database.open(), qPrintable(database.errorString()));
            QVERIFY2(database.recoveryMessage().isEmpty(), qPrintable(database.recoveryMessage()));
            QSqlDatabase db = database.connection();
            QSqlQuery query(db);
            QVERIFY(query.exec(u"PRAGMA integrity_check"_s) && query.next());
            QCOMPARE(query.value(0).toString(), u"ok"_s);
            QVERIFY(query.exec(u"SELECT count(*) FROM event_log"_s) && query.next());
            const qint64 rows = query.value(0).toLongLong();
            qInfo("round %d: %lld rows after kill -9", round, rows);
            QVERIFY(rows > previous); // the child committed something each round
            QCOMPARE(rows % batch, 0); // whole jobs only
            previous = rows;
        }
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
