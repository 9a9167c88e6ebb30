// libosinfo (GObject) before any Qt header: glib's headers use identifiers that Qt's keyword
// macros (signals, slots) would rewrite. libosinfo's headers lack extern "C"; glib's (included
// first, outside it) have their own.
#include <gio/gio.h>
#include <glib-object.h>
extern "C" {
#include <osinfo/osinfo.h>
}

#include "OsCatalog.h"

#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

QString text(const gchar *value)
{
    return value ? QString::fromUtf8(value) : QString();
}

template <typename T>
struct GObjectRef {
    T *ptr = nullptr;
    GObjectRef() = default;
    explicit GObjectRef(T *p) : ptr(p) {}
    GObjectRef(const GObjectRef &) = delete;
    GObjectRef &operator=(const GObjectRef &) = delete;
    GObjectRef(GObjectRef &&other) noexcept : ptr(std::exchange(other.ptr, nullptr)) {}
    GObjectRef &operator=(GObjectRef &&other) noexcept
    {
        std::swap(ptr, other.ptr);
        return *this;
    }
    ~GObjectRef()
    {
        if (ptr)
            g_object_unref(ptr);
    }
    T *get() const { return ptr; }
    explicit operator bool() const { return ptr; }
};

struct GErrorHolder {
    GError *error = nullptr;
    ~GErrorHolder()
    {
        if (error)
            g_error_free(error);
    }
    QString message() const { return error ? text(error->message) : QString(); }
};

struct Resources {
    quint64 ram = 0;
    int cpus = 0;
    quint64 storage = 0;
};

// The x86_64 (else "all") resources of `os` or, when it has none, of what it derives from.
Resources resourcesOf(OsinfoOs *os, bool recommended, int depth = 0)
{
    Resources found;
    GObjectRef<OsinfoResourcesList> list(recommended ? osinfo_os_get_recommended_resources(os)
                                                     : osinfo_os_get_minimum_resources(os));
    const int n = list ? osinfo_list_get_length(OSINFO_LIST(list.get())) : 0;
    for (const char *arch : {"x86_64", "all"}) {
        for (int i = 0; i < n; ++i) {
            auto *r = OSINFO_RESOURCES(osinfo_list_get_nth(OSINFO_LIST(list.get()), i));
            if (g_strcmp0(osinfo_resources_get_architecture(r), arch) != 0)
                continue;
            if (!found.ram && osinfo_resources_get_ram(r) > 0)
                found.ram = quint64(osinfo_resources_get_ram(r));
            if (!found.cpus && osinfo_resources_get_n_cpus(r) > 0)
                found.cpus = osinfo_resources_get_n_cpus(r);
            if (!found.storage && osinfo_resources_get_storage(r) > 0)
                found.storage = quint64(osinfo_resources_get_storage(r));
        }
    }
    if ((found.ram && found.storage) || depth > 8)
        return found;
    GObjectRef<OsinfoProductList> parents(osinfo_product_get_related(OSINFO_PRODUCT(os), OSINFO_PRODUCT_RELATIONSHIP_DERIVES_FROM));
    if (parents && osinfo_list_get_length(OSINFO_LIST(parents.get())) > 0) {
        auto *parent = OSINFO_OS(osinfo_list_get_nth(OSINFO_LIST(parents.get()), 0));
        const Resources inherited = resourcesOf(parent, recommended, depth + 1);
        found.ram = found.ram ? found.ram : inherited.ram;
        found.cpus = found.cpus ? found.cpus : inherited.cpus;
        found.storage = found.storage ? found.storage : inherited.storage;
    }
    return found;
}

// Whether the OS (or what it derives from) lists virtio block / network devices.
void virtioSupport(OsinfoOs *os, bool *disk, bool *net)
{
    *disk = false;
    *net = false;
    GObjectRef<OsinfoDeviceList> devices(osinfo_os_get_all_devices(os, nullptr));
    const int n = devices ? osinfo_list_get_length(OSINFO_LIST(devices.get())) : 0;
    for (int i = 0; i < n; ++i) {
        auto *device = OSINFO_DEVICE(osinfo_list_get_nth(OSINFO_LIST(devices.get()), i));
        const QString name = text(osinfo_device_get_name(device));
        if (!name.startsWith(u"virtio"_s))
            continue;
        const QString cls = text(osinfo_device_get_class(device));
        if (cls == u"block"_s)
            *disk = true;
        else if (cls == u"net"_s)
            *net = true;
    }
}

OsInfoEntry entryFor(OsinfoOs *os)
{
    OsInfoEntry e;
    auto *product = OSINFO_PRODUCT(os);
    e.id = text(osinfo_entity_get_id(OSINFO_ENTITY(os)));
    e.shortId = text(osinfo_product_get_short_id(product));
    e.name = text(osinfo_product_get_name(product));
    e.vendor = text(osinfo_product_get_vendor(product));
    e.family = text(osinfo_os_get_family(os));
    e.distro = text(osinfo_os_get_distro(os));
    e.releaseDate = text(osinfo_product_get_release_date_string(product));
    e.cloudImageUser = text(osinfo_os_get_cloud_image_username(os));
    const Resources minimum = resourcesOf(os, false);
    const Resources recommended = resourcesOf(os, true);
    e.minimumRamBytes = minimum.ram;
    e.minimumStorageBytes = minimum.storage;
    e.recommendedRamBytes = recommended.ram ? recommended.ram : minimum.ram;
    e.recommendedCpus = recommended.cpus ? recommended.cpus : minimum.cpus;
    e.recommendedStorageBytes = recommended.storage ? recommended.storage : minimum.storage;
    virtioSupport(os, &e.virtioDisk, &e.virtioNet);
    return e;
}

int familyRank(const QString &family)
{
    if (family == u"linux"_s)
        return 0;
    if (family == u"winnt"_s || family == u"win9x"_s)
        return 1;
    if (family.endsWith(u"bsd"_s))
        return 2;
    return 3;
}

} // namespace

struct OsCatalog::Private {
    GObjectRef<OsinfoLoader> loader;
    OsinfoDb *db = nullptr; // owned by the loader
    QList<OsInfoEntry> entries;
    QHash<QString, qsizetype> byShortId;
    QHash<QString, qsizetype> byId;
    QString error;
    bool loaded = false;
};

OsCatalog::OsCatalog() : d(std::make_unique<Private>()) {}
OsCatalog::~OsCatalog() = default;
OsCatalog::OsCatalog(OsCatalog &&) noexcept = default;
OsCatalog &OsCatalog::operator=(OsCatalog &&) noexcept = default;

bool OsCatalog::load(const QString &path)
{
    *d = Private();
    d->loader = GObjectRef<OsinfoLoader>(osinfo_loader_new());
    GErrorHolder error;
    QString where = path;
    if (path.isEmpty()) {
        osinfo_loader_process_default_path(d->loader.get(), &error.error);
        where = qEnvironmentVariable("OSINFO_SYSTEM_DIR", u"/usr/share/osinfo"_s);
    } else if (!QFileInfo(path).isDir()) {
        d->error = tr("The operating system database %1 does not exist: install osinfo-db for OS defaults").arg(path);
        return false;
    } else {
        osinfo_loader_process_path(d->loader.get(), QFile::encodeName(path).constData(), &error.error);
    }
    d->db = osinfo_loader_get_db(d->loader.get());
    GObjectRef<OsinfoOsList> list(d->db ? osinfo_db_get_os_list(d->db) : nullptr);
    const int n = list ? osinfo_list_get_length(OSINFO_LIST(list.get())) : 0;
    for (int i = 0; i < n; ++i) {
        auto *os = OSINFO_OS(osinfo_list_get_nth(OSINFO_LIST(list.get()), i));
        OsInfoEntry entry = entryFor(os);
        if (entry.shortId.isEmpty() || entry.name.isEmpty())
            continue;
        d->entries.append(std::move(entry));
    }
    std::sort(d->entries.begin(), d->entries.end(), [](const OsInfoEntry &l, const OsInfoEntry &r) {
        const int lf = familyRank(l.family);
        const int rf = familyRank(r.family);
        if (lf != rf)
            return lf < rf;
        if (l.releaseDate != r.releaseDate)
            return l.releaseDate > r.releaseDate;
        return l.name < r.name;
    });
    for (qsizetype i = 0; i < d->entries.size(); ++i) {
        d->byShortId.insert(d->entries.at(i).shortId, i);
        d->byId.insert(d->entries.at(i).id, i);
    }
    if (d->entries.isEmpty()) {
        d->error = error.error
            ? tr("Could not read the operating system database in %1: %2").arg(where, error.message())
            : tr("No operating systems found in %1: install osinfo-db for OS defaults").arg(where);
        return false;
    }
    d->loaded = true;
    return true;
}

bool OsCatalog::isLoaded() const
{
    return d->loaded;
}

QString OsCatalog::errorString() const
{
    return d->error;
}

QList<OsInfoEntry> OsCatalog::operatingSystems() const
{
    return d->entries;
}

std::optional<OsInfoEntry> OsCatalog::find(const QString &shortId) const
{
    const auto it = d->byShortId.constFind(shortId);
    if (it == d->byShortId.cend())
        return std::nullopt;
    return d->entries.at(*it);
}

QList<OsInfoEntry> OsCatalog::search(const QString &query) const
{
    const QString needle = query.trimmed();
    if (needle.isEmpty())
        return d->entries;
    QList<OsInfoEntry> found;
    for (const OsInfoEntry &e : std::as_const(d->entries)) {
        if (e.name.contains(needle, Qt::CaseInsensitive) || e.shortId.contains(needle, Qt::CaseInsensitive)
            || e.vendor.contains(needle, Qt::CaseInsensitive))
            found.append(e);
    }
    return found;
}

OsCatalog::Detection OsCatalog::identifyIso(const QString &isoPath) const
{
    Detection result;
    if (!QFileInfo(isoPath).isFile()) {
        result.error = tr("%1 is not a file").arg(isoPath);
        return result;
    }
    GErrorHolder error;
    // Flags 0: also non-bootable media (the header is what identifies them).
    GObjectRef<OsinfoMedia> media(osinfo_media_create_from_location_with_flags(
        QFile::encodeName(isoPath).constData(), nullptr, 0, &error.error));
    if (!media) {
        result.error = tr("Could not read %1 as an ISO image: %2").arg(isoPath, error.message());
        return result;
    }
    result.volumeId = text(osinfo_media_get_volume_id(media.get())).trimmed();
    if (!d->db || !osinfo_db_identify_media(d->db, media.get()))
        return result;
    OsinfoOs *os = osinfo_media_get_os(media.get()); // a new reference
    if (!os)
        return result;
    const QString id = text(osinfo_entity_get_id(OSINFO_ENTITY(os)));
    g_object_unref(os);
    if (const auto it = d->byId.constFind(id); it != d->byId.cend())
        result.os = d->entries.at(*it);
    return result;
}

} // namespace welkin
