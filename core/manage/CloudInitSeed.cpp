#include "CloudInitSeed.h"

#include <QRegularExpression>
#include <QUuid>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>

#include <yaml-cpp/yaml.h>

#define LIBISOFS_WITHOUT_LIBBURN
#include <libisofs.h>

namespace welkin {

using namespace Qt::StringLiterals;

namespace {

// The keys our part of the user-data sets; extra user-data may not set them again (YAML would
// keep only one of the two).
const QStringList &ownKeys()
{
    static const QStringList keys = {u"hostname"_s, u"users"_s, u"ssh_pwauth"_s, u"manage_etc_hosts"_s};
    return keys;
}

// A YAML double-quoted scalar.
QString yamlQuoted(const QString &text)
{
    QString out = u"\""_s;
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out + u'"';
}

// The user's extra lines without their own "#cloud-config" header.
QString extraBody(const CloudInitSpec &spec)
{
    QString extra = spec.extraUserData.trimmed();
    if (extra.startsWith(u"#cloud-config"_s))
        extra = extra.section(u'\n', 1).trimmed();
    return extra;
}

QString validateExtra(const QString &extra)
{
    if (extra.isEmpty())
        return {};
    YAML::Node node;
    try {
        node = YAML::Load(extra.toStdString());
    } catch (const YAML::Exception &e) {
        return CloudInitSeed::tr("The extra user-data is not valid YAML: %1 (line %2)")
            .arg(QString::fromStdString(e.msg)).arg(e.mark.line + 1);
    }
    if (node.IsNull())
        return {}; // comments only
    if (!node.IsMap())
        return CloudInitSeed::tr("The extra user-data must be #cloud-config keys (a YAML mapping such as \"packages: [htop]\")");
    try {
        for (const auto &entry : node) {
            const QString key = QString::fromStdString(entry.first.as<std::string>(std::string()));
            if (ownKeys().contains(key))
                return CloudInitSeed::tr("The extra user-data sets '%1', which Welkin writes from the form: remove it there").arg(key);
        }
    } catch (const YAML::Exception &e) {
        return CloudInitSeed::tr("The extra user-data is not valid YAML: %1").arg(QString::fromStdString(e.msg));
    }
    return {};
}

struct IsoImageDeleter {
    void operator()(IsoImage *image) const { iso_image_unref(image); }
};
struct IsoOptsDeleter {
    void operator()(IsoWriteOpts *opts) const { iso_write_opts_free(opts); }
};

bool initLibisofs()
{
    // Process-wide and never finished: other threads may be building a seed at any time.
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] {
        ok = iso_init_with_flag(1) >= 0; // 1: leave the locale alone
        if (ok) {
            char never[] = "NEVER";
            char fatal[] = "FATAL";
            char id[] = "libisofs";
            iso_set_msgs_severities(never, fatal, id);
        }
    });
    return ok;
}

QString isoError(int code)
{
    return QString::fromUtf8(iso_error_to_msg(code));
}

bool addFile(IsoImage *image, const char *name, const QByteArray &data, QString *error)
{
    // The stream owns the buffer and free()s it.
    auto *buffer = static_cast<unsigned char *>(std::malloc(size_t(qMax<qsizetype>(data.size(), 1))));
    if (!buffer) {
        *error = u"out of memory"_s;
        return false;
    }
    std::memcpy(buffer, data.constData(), size_t(data.size()));
    IsoStream *stream = nullptr;
    int rc = iso_memory_stream_new(buffer, size_t(data.size()), &stream);
    if (rc < 0) {
        std::free(buffer);
        *error = isoError(rc);
        return false;
    }
    IsoFile *file = nullptr;
    rc = iso_image_add_new_file(image, iso_image_get_root(image), name, stream, &file); // takes the stream
    if (rc < 0) {
        iso_stream_unref(stream);
        *error = isoError(rc);
        return false;
    }
    iso_node_set_permissions(reinterpret_cast<IsoNode *>(file), 0444);
    return true;
}

} // namespace

QString CloudInitSeed::validate(const CloudInitSpec &spec)
{
    static const QRegularExpression userPattern(u"^[a-z_][a-z0-9_-]{0,31}$"_s);
    if (spec.userName.isEmpty())
        return tr("Enter a user name for the cloud image");
    if (!userPattern.match(spec.userName).hasMatch())
        return tr("The user name '%1' is not valid: lowercase letters, digits, '-' and '_', starting with a letter "
                  "or '_', at most 32 characters").arg(spec.userName);
    if (spec.userName == u"root"_s)
        return tr("The user name cannot be 'root': cloud images lock root logins; pick another name");

    static const QRegularExpression hostLabel(u"^[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$"_s);
    if (spec.hostName.isEmpty())
        return tr("Enter a host name for the cloud image");
    if (spec.hostName.size() > 253)
        return tr("The host name is too long (%1 characters, at most 253)").arg(spec.hostName.size());
    for (const QString &label : spec.hostName.split(u'.')) {
        if (!hostLabel.match(label).hasMatch())
            return tr("The host name '%1' is not valid: letters, digits and '-' between dots, no label "
                      "starting or ending with '-'").arg(spec.hostName);
    }

    const QString key = spec.sshPublicKey.trimmed();
    if (key.isEmpty() && extraBody(spec).isEmpty())
        return tr("Enter an SSH public key: without one (or extra user-data that sets a password) nobody "
                  "can log in to the new VM");
    if (!key.isEmpty()) {
        if (key.contains(u"PRIVATE KEY"_s))
            return tr("This is a private key: paste the public key instead (the .pub file)");
        if (key.contains(u'\n'))
            return tr("Paste exactly one SSH public key (one line)");
        static const QRegularExpression keyPattern(
            u"^(ssh-(rsa|dss|ed25519)|ecdsa-sha2-nistp(256|384|521)|sk-ssh-ed25519@openssh\\.com|"
            "sk-ecdsa-sha2-nistp256@openssh\\.com) AAAA[A-Za-z0-9+/]+={0,3}( .*)?$"_s);
        if (!keyPattern.match(key).hasMatch())
            return tr("The SSH public key does not look like one: expected \"ssh-ed25519 AAAA... comment\" "
                      "(the contents of a .pub file)");
    }
    return validateExtra(extraBody(spec));
}

QByteArray CloudInitSeed::userData(const CloudInitSpec &spec)
{
    QString text = u"#cloud-config\n"_s;
    text += u"hostname: "_s + spec.hostName + u'\n';
    text += u"manage_etc_hosts: true\n"_s;
    text += u"users:\n"_s;
    text += u"  - name: "_s + spec.userName + u'\n';
    text += u"    sudo: \"ALL=(ALL) NOPASSWD:ALL\"\n"_s;
    text += u"    shell: /bin/bash\n"_s;
    text += u"    lock_passwd: true\n"_s;
    const QString key = spec.sshPublicKey.trimmed();
    if (!key.isEmpty()) {
        text += u"    ssh_authorized_keys:\n"_s;
        text += u"      - "_s + yamlQuoted(key) + u'\n';
    }
    text += u"ssh_pwauth: false\n"_s;
    const QString extra = extraBody(spec);
    if (!extra.isEmpty())
        text += u"# extra user-data\n"_s + extra + u'\n';
    return text.toUtf8();
}

QByteArray CloudInitSeed::metaData(const CloudInitSpec &spec, const QString &instanceId)
{
    return (u"instance-id: "_s + instanceId + u"\nlocal-hostname: "_s + spec.hostName + u'\n').toUtf8();
}

CloudInitSeed::Result CloudInitSeed::build(const CloudInitSpec &spec)
{
    Result result;
    result.error = validate(spec);
    if (!result.error.isEmpty())
        return result;
    if (!initLibisofs()) {
        result.error = tr("Could not build the cloud-init seed: libisofs failed to initialise");
        return result;
    }
    // A new instance-id makes cloud-init run again even on a disk it has seen.
    result.instanceId = u"iid-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto fail = [&result](const QString &why) {
        result.iso.clear();
        result.error = tr("Could not build the cloud-init seed: %1").arg(why);
        return result;
    };

    IsoImage *rawImage = nullptr;
    int rc = iso_image_new(volumeLabel, &rawImage);
    if (rc < 0)
        return fail(isoError(rc));
    std::unique_ptr<IsoImage, IsoImageDeleter> image(rawImage);
    QString error;
    if (!addFile(image.get(), "user-data", userData(spec), &error)
        || !addFile(image.get(), "meta-data", metaData(spec, result.instanceId), &error))
        return fail(error);

    IsoWriteOpts *rawOpts = nullptr;
    rc = iso_write_opts_new(&rawOpts, 0);
    if (rc < 0)
        return fail(isoError(rc));
    std::unique_ptr<IsoWriteOpts, IsoOptsDeleter> opts(rawOpts);
    iso_write_opts_set_rockridge(opts.get(), 1);
    iso_write_opts_set_joliet(opts.get(), 1);
    // Keep the label lowercase as cloud-localds (genisoimage) writes it; strict ISO 9660 would
    // make it "CIDATA".
    iso_write_opts_set_relaxed_vol_atts(opts.get(), 1);

    burn_source *source = nullptr;
    rc = iso_image_create_burn_source(image.get(), opts.get(), &source);
    if (rc < 0)
        return fail(isoError(rc));
    // A writer thread of libisofs fills the source; read it to the end, one 2 KiB block at a time.
    QByteArray iso;
    iso.reserve(qsizetype(source->get_size(source)));
    unsigned char block[2048];
    int got = 0;
    while ((got = source->read_xt(source, block, sizeof block)) > 0)
        iso.append(reinterpret_cast<const char *>(block), got);
    source->free_data(source);
    std::free(source);
    if (got < 0 || iso.isEmpty())
        return fail(u"the image writer stopped early"_s);
    result.iso = iso;
    return result;
}

} // namespace welkin
