// OsCatalog on the installed osinfo-db (Debian package osinfo-db): known OSes with sane x86_64
// defaults and virtio support, search, OS detection from an ISO's label, and a missing database.
#include "manage/OsCatalog.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace welkin;

namespace {
constexpr quint64 MiB = 1024 * 1024;
constexpr quint64 GiB = 1024 * MiB;

// A small ISO with `volumeId` as its label (genisoimage), or an empty path with *error set.
QString makeIso(const QTemporaryDir &dir, const QString &name, const QString &volumeId, QString *error)
{
    const QString content = dir.filePath(name + u"-content"_s);
    QDir().mkpath(content);
    QFile readme(content + u"/README.txt"_s);
    if (!readme.open(QIODevice::WriteOnly) || readme.write("welkin test media\n") < 0) {
        *error = readme.errorString();
        return {};
    }
    readme.close();
    const QString iso = dir.filePath(name + u".iso"_s);
    QProcess p;
    p.start(u"genisoimage"_s, {u"-quiet"_s, u"-V"_s, volumeId, u"-J"_s, u"-R"_s, u"-o"_s, iso, content});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        *error = u"genisoimage failed: "_s + p.errorString() + QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    return iso;
}
} // namespace

class TstOsCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void knownOsHasSaneDefaults();
    void windowsHasNoVirtio();
    void orderAndSearch();
    void identifiesIsoByLabel();
    void unknownAndBrokenIso();
    void missingDatabase();

private:
    OsCatalog m_catalog;
};

void TstOsCatalog::initTestCase()
{
    QElapsedTimer clock;
    clock.start();
    QVERIFY2(m_catalog.load(), qPrintable(m_catalog.errorString()));
    qInfo("osinfo-db loaded in %lld ms: %lld operating systems", clock.elapsed(),
          qlonglong(m_catalog.operatingSystems().size()));
    QVERIFY(m_catalog.isLoaded());
    QVERIFY(m_catalog.operatingSystems().size() > 100);
}

void TstOsCatalog::knownOsHasSaneDefaults()
{
    // debian11 is in every osinfo-db since 2021 (debian12 only since 2023).
    const auto debian = m_catalog.find(u"debian11"_s);
    QVERIFY(debian);
    QCOMPARE(debian->name, u"Debian 11"_s);
    QCOMPARE(debian->family, u"linux"_s);
    QCOMPARE(debian->distro, u"debian"_s);
    QVERIFY(debian->id.startsWith(u"http://debian.org/debian/11"_s));
    QVERIFY2(!debian->vendor.isEmpty(), "no vendor");
    QVERIFY(debian->minimumRamBytes >= 256 * MiB);
    QVERIFY2(debian->recommendedRamBytes >= debian->minimumRamBytes && debian->recommendedRamBytes <= 64 * GiB,
             qPrintable(QString::number(debian->recommendedRamBytes)));
    QVERIFY(debian->recommendedCpus >= 1 && debian->recommendedCpus <= 64);
    QVERIFY(debian->recommendedStorageBytes >= debian->minimumStorageBytes);
    QVERIFY(debian->recommendedStorageBytes >= 5 * GiB && debian->recommendedStorageBytes <= 1024 * GiB);
    QVERIFY(debian->virtioDisk);
    QVERIFY(debian->virtioNet);
    QCOMPARE(debian->cloudImageUser, u"debian"_s);
    QVERIFY(!m_catalog.find(u"no-such-os"_s));
}

void TstOsCatalog::windowsHasNoVirtio()
{
    const auto xp = m_catalog.find(u"winxp"_s);
    QVERIFY(xp);
    QCOMPARE(xp->family, u"winnt"_s);
    QVERIFY(!xp->virtioDisk); // needs drivers from a second disc: emulated devices
    QVERIFY(xp->recommendedRamBytes > 0);
}

void TstOsCatalog::orderAndSearch()
{
    const QList<OsInfoEntry> all = m_catalog.operatingSystems();
    QCOMPARE(all.first().family, u"linux"_s); // Linux first, newest release first
    for (qsizetype i = 1; i < all.size() && all.at(i).family == u"linux"_s; ++i) {
        if (!all.at(i).releaseDate.isEmpty() && !all.at(i - 1).releaseDate.isEmpty())
            QVERIFY2(all.at(i - 1).releaseDate >= all.at(i).releaseDate, qPrintable(all.at(i).shortId));
    }
    const QList<OsInfoEntry> found = m_catalog.search(u"DEBIAN"_s);
    QVERIFY(found.size() >= 5);
    for (const OsInfoEntry &e : found) {
        QVERIFY2(e.name.contains(u"debian"_s, Qt::CaseInsensitive) || e.shortId.contains(u"debian"_s)
                     || e.vendor.contains(u"debian"_s, Qt::CaseInsensitive),
                 qPrintable(e.name));
    }
    QCOMPARE(m_catalog.search(QString()).size(), all.size());
    QVERIFY(m_catalog.search(u"zzz-nothing-matches"_s).isEmpty());
}

void TstOsCatalog::identifiesIsoByLabel()
{
    QTemporaryDir dir;
    QString error;
    // The label of Debian 11's netinst media, as osinfo-db matches it.
    const QString iso = makeIso(dir, u"netinst"_s, u"Debian 11.5.0 amd64 n"_s, &error);
    QVERIFY2(!iso.isEmpty(), qPrintable(error));
    const OsCatalog::Detection detected = m_catalog.identifyIso(iso);
    QVERIFY2(detected.error.isEmpty(), qPrintable(detected.error));
    QCOMPARE(detected.volumeId, u"Debian 11.5.0 amd64 n"_s);
    QVERIFY2(detected.os, "the Debian 11 netinst label was not recognised");
    QCOMPARE(detected.os->shortId, u"debian11"_s);
}

void TstOsCatalog::unknownAndBrokenIso()
{
    QTemporaryDir dir;
    QString error;
    const QString iso = makeIso(dir, u"data"_s, u"WELKIN_DATA"_s, &error);
    QVERIFY2(!iso.isEmpty(), qPrintable(error));
    const OsCatalog::Detection unknown = m_catalog.identifyIso(iso);
    QVERIFY(unknown.error.isEmpty());
    QVERIFY(!unknown.os);
    QCOMPARE(unknown.volumeId, u"WELKIN_DATA"_s);

    QFile junk(dir.filePath(u"junk.iso"_s));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'x'));
    junk.close();
    const OsCatalog::Detection broken = m_catalog.identifyIso(junk.fileName());
    QVERIFY(!broken.os);
    QVERIFY2(broken.error.startsWith(u"Could not read "_s + junk.fileName() + u" as an ISO image"_s), qPrintable(broken.error));

    const OsCatalog::Detection missing = m_catalog.identifyIso(dir.filePath(u"absent.iso"_s));
    QVERIFY2(missing.error.contains(u"is not a file"_s), qPrintable(missing.error));
}

void TstOsCatalog::missingDatabase()
{
    OsCatalog missing;
    QVERIFY(!missing.load(u"/nonexistent/osinfo"_s));
    QVERIFY(!missing.isLoaded());
    QVERIFY(missing.operatingSystems().isEmpty());
    QVERIFY(!missing.find(u"debian11"_s));
    QVERIFY2(missing.errorString().contains(u"/nonexistent/osinfo"_s) && missing.errorString().contains(u"osinfo-db"_s),
             qPrintable(missing.errorString()));
    // identifyIso still answers (no OS), never crashes.
    QTemporaryDir dir;
    QString error;
    const QString iso = makeIso(dir, u"netinst"_s, u"Debian 11.5.0 amd64 n"_s, &error);
    QVERIFY2(!iso.isEmpty(), qPrintable(error));
    QVERIFY(!missing.identifyIso(iso).os);

    // An existing but empty directory: no OSes, a message.
    OsCatalog empty;
    QVERIFY(!empty.load(dir.path()));
    QVERIFY2(empty.errorString().contains(u"No operating systems found"_s), qPrintable(empty.errorString()));

    // A catalog moved after loading (handed from the loading thread) keeps its data.
    OsCatalog moved = std::move(m_catalog);
    QVERIFY(moved.find(u"debian11"_s));
    m_catalog = std::move(moved);
    QVERIFY(m_catalog.find(u"debian11"_s));
}

QTEST_GUILESS_MAIN(TstOsCatalog)
#include "tst_oscatalog.moc"
