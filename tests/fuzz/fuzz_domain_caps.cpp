// virConnectGetDomainCapabilities and virConnectGetCapabilities XML of any host -> what the New VM
// wizard offers (loaders, CPU modes, buses, consoles) and the machine types of an architecture.
#include "FuzzSupport.h"

#include "manage/DomainCapsParser.h"

#include <QSet>

using namespace welkin;
using namespace welkin::fuzz;
using namespace Qt::StringLiterals;

namespace {

bool unique(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend()).size() == list.size();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray xml = bytes(data, size);
    DomainCapabilitiesInfo info;
    info.machines = QStringList{u"kept"_s};
    QString error;
    if (DomainCapsParser::parseDomainCapabilities(xml, &info, &error)) {
        FUZZ_CHECK(info.machines == QStringList{u"kept"_s}, {}); // filled from the other document
        FUZZ_CHECK(unique(info.loaders) && !info.loaders.contains(QString()), info.loaders.join(u','));
        for (const QString &type : info.graphicsTypes)
            FUZZ_CHECK(type == "vnc"_L1 || type == "spice"_L1, shown(type));
    } else {
        FUZZ_CHECK(!error.isEmpty(), {});
    }

    for (const QString &type : {u"qemu"_s, u"kvm"_s}) {
        DomainCapsParser::hasDomainType(xml, u"x86_64"_s, type);
        const QStringList machines = DomainCapsParser::machines(xml, u"x86_64"_s, type);
        FUZZ_CHECK(unique(machines) && !machines.contains(QString()), machines.join(u','));
    }
    return 0;
}
