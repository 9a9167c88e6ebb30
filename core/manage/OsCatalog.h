#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

#include <memory>
#include <optional>

namespace welkin {

// One operating system of the osinfo database, with its x86_64 defaults.
struct OsInfoEntry {
    QString id;              // "http://debian.org/debian/11"
    QString shortId;         // "debian11"
    QString name;            // "Debian 11"
    QString vendor;          // "Debian Project"
    QString family;          // "linux", "winnt", "freebsd", ...
    QString distro;          // "debian", "win", ... (may be empty)
    QString releaseDate;     // "2021-08-14" (may be empty)
    QString cloudImageUser;  // default user of its cloud images ("debian"), may be empty
    quint64 minimumRamBytes = 0;      // 0 = unknown
    quint64 recommendedRamBytes = 0;
    int recommendedCpus = 0;
    quint64 minimumStorageBytes = 0;
    quint64 recommendedStorageBytes = 0;
    bool virtioDisk = false; // the OS ships virtio block drivers
    bool virtioNet = false;  // ... and virtio network drivers
};

// The operating systems libosinfo knows (osinfo-db), for the New VM wizard: recommended memory,
// vCPUs and disk size and virtio support per OS, as virt-manager and GNOME Boxes use them, and
// detection of the OS on an install ISO.
//
// load() parses the whole database (hundreds of files, around a second): run it off the GUI
// thread, then hand the loaded catalog over. After load() the catalog is read-only; lookups and
// identifyIso() may run on any one thread at a time. A missing database gives an empty catalog and
// a message, never a failure elsewhere.
class OsCatalog
{
    Q_DECLARE_TR_FUNCTIONS(welkin::OsCatalog)
public:
    OsCatalog();
    ~OsCatalog();
    OsCatalog(OsCatalog &&) noexcept;
    OsCatalog &operator=(OsCatalog &&) noexcept;

    // Loads from libosinfo's default locations (system osinfo-db, /etc/osinfo, the user's
    // directory; OSINFO_SYSTEM_DIR overrides the first) or, with `path`, that directory only.
    // False with errorString() when nothing could be loaded.
    bool load(const QString &path = {});
    bool isLoaded() const;
    QString errorString() const;

    // Newest releases first within a family order (Linux, Windows, BSD, others).
    QList<OsInfoEntry> operatingSystems() const;
    std::optional<OsInfoEntry> find(const QString &shortId) const;
    // Case-insensitive match on name, short id and vendor (for the searchable list).
    QList<OsInfoEntry> search(const QString &text) const;

    struct Detection {
        std::optional<OsInfoEntry> os; // empty when not recognised
        QString volumeId;              // the ISO's label, shown when the OS is unknown
        QString error;                 // could not read the file as an ISO
    };
    // Reads the ISO's header (volume, system, publisher and application id) and matches it
    // against the media of the database. Reads a few KiB; still a file read: not on the GUI
    // thread for files on slow media.
    Detection identifyIso(const QString &isoPath) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace welkin

Q_DECLARE_METATYPE(welkin::OsInfoEntry)
