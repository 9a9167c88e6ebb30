// clouds.yaml and secure.yaml (files a user imports, often written by someone else) -> CloudConfig,
// and the cloud list the import dialog shows.
// Input: clouds.yaml, then optionally NUL, secure.yaml, NUL, the cloud name (default: every cloud
// the catalog lists, and "devstack").
#include "FuzzSupport.h"

#include "providers/openstack/CloudsYaml.h"

#include <QSet>

using namespace welkin;
using namespace welkin::fuzz;
using namespace welkin::openstack;
using namespace Qt::StringLiterals;

namespace {

void checkCloud(const QByteArray &clouds, const QByteArray &secure, const QString &name, bool listed)
{
    const CloudsYaml::Result result = CloudsYaml::parse(clouds, secure, name, u"fuzz/clouds.yaml"_s);
    FUZZ_CHECK(result.sourceFile == "fuzz/clouds.yaml"_L1, {});
    if (!result.config) {
        FUZZ_CHECK(!result.error.isEmpty(), shown(name));
        return;
    }
    FUZZ_CHECK(result.error.isEmpty(), result.error);
    const CloudConfig &c = *result.config;
    // A config is handed out only complete, under the name asked for, from a cloud the catalog lists.
    FUZZ_CHECK(c.cloudName == name && listed, shown(name));
    FUZZ_CHECK(c.incompleteReason().isEmpty() && !c.authUrl.isEmpty(), c.incompleteReason());
    FUZZ_CHECK(c.authType == "password"_L1 || c.authType == "v3applicationcredential"_L1, shown(c.authType));
    FUZZ_CHECK(QSet<QString>(c.regions.cbegin(), c.regions.cend()).size() == c.regions.size(), c.regions.join(u','));
    for (const QString &region : c.regions)
        FUZZ_CHECK(!region.isEmpty(), {});
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fields fields(bytes(data, size));
    const QByteArray clouds = fields.raw();
    const QByteArray secure = fields.raw();
    const QString name = fields.text();

    QString error;
    const QStringList names = CloudsYaml::cloudNames(clouds, u"fuzz/clouds.yaml"_s, &error);
    if (!error.isEmpty())
        FUZZ_CHECK(names.isEmpty(), error);
    if (!name.isEmpty()) {
        checkCloud(clouds, secure, name, names.contains(name));
        return 0;
    }
    for (const QString &listed : names)
        checkCloud(clouds, secure, listed, true);
    checkCloud(clouds, secure, u"devstack"_s, names.contains(u"devstack"_s));
    return 0;
}
