// UiSettings is the one place that chooses where UI state lives: the database's UiStateStore
// when there is one, else a QSettings file. The window state and the alert rules both go
// through it and land in the same place.
#include "UiSettings.h"
#include "WindowStatePersistence.h"
#include "alerts/AlertRuleStore.h"
#include "storage/UiStateStore.h"

#include <QMainWindow>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace welkin;
using namespace Qt::StringLiterals;

class TestUiSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Used memory was stored in KiB before it was counted in bytes: such a rule keeps its amount,
    // and one saved now round-trips unchanged.
    void memoryRulesSavedInKibKeepTheirAmount()
    {
        const QByteArray old = R"([{"id":"m1","name":"big","metric":"memused","comparison":">","threshold":4194304,)"
                               R"("durationMs":0,"hysteresis":1024,"severity":1,"scope":0,"kind":5}])";
        const QList<AlertRule> rules = AlertRuleStore::fromJson(old);
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules.first().threshold, 4.0 * 1024 * 1024 * 1024);
        QCOMPARE(rules.first().hysteresis, 1024.0 * 1024);
        const QList<AlertRule> again = AlertRuleStore::fromJson(AlertRuleStore::toJson(rules));
        QCOMPARE(again.first().threshold, rules.first().threshold);
        QCOMPARE(again.first().hysteresis, rules.first().hysteresis);
    }

    void databaseWhenThereIsOneElseTheFile()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(u"ui.ini"_s);
        AlertRule rule;
        rule.id = u"r1"_s;
        rule.name = u"CPU high"_s;

        UiStateStore database;
        {
            UiSettings settings(&database, ini);
            QVERIFY(settings.usesDatabase());
            settings.setValue(u"k"_s, "in the database");
            AlertRuleStore(&database, ini).save({rule});
            QMainWindow window;
            WindowStatePersistence persistence(&database, ini);
            persistence.addWindow(&window);
            persistence.save();
        }
        QCOMPARE(database.value(u"k"_s), QByteArray("in the database"));
        QVERIFY(!database.value(u"alerts/rules"_s).isEmpty());
        QVERIFY(!database.value(u"window/geometry"_s).isEmpty());
        QCOMPARE(AlertRuleStore(&database, ini).load().value(0).name, u"CPU high"_s);
        QVERIFY(QSettings(ini, QSettings::IniFormat).allKeys().isEmpty()); // nothing went to the file

        {
            UiSettings settings(nullptr, ini);
            QVERIFY(!settings.usesDatabase());
            settings.setValue(u"k"_s, "in the file");
            settings.sync();
            AlertRuleStore(nullptr, ini).save({rule});
            QMainWindow window;
            WindowStatePersistence persistence(nullptr, ini);
            persistence.addWindow(&window);
            persistence.save();
        }
        QSettings file(ini, QSettings::IniFormat);
        QCOMPARE(file.value(u"k"_s).toByteArray(), QByteArray("in the file"));
        QVERIFY(file.contains(u"alerts/rules"_s));
        QVERIFY(file.contains(u"window/geometry"_s));
        QCOMPARE(AlertRuleStore(nullptr, ini).load().value(0).name, u"CPU high"_s);
        QCOMPARE(database.value(u"k"_s), QByteArray("in the database")); // the database kept its own
    }
};

QTEST_MAIN(TestUiSettings)
#include "tst_uisettings.moc"
