// libvirt domain XML (virDomainGetXMLDesc of any host, also a hostile one) -> VmInfo.
#include "FuzzSupport.h"

#include "providers/libvirt/DomainXmlParser.h"

using namespace welkin;
using namespace welkin::fuzz;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray xml = bytes(data, size);
    const DomainXmlResult result = DomainXmlParser::parse(xml);
    const VmInfo &vm = result.vm;
    if (result.ok) {
        FUZZ_CHECK(result.error.isEmpty(), result.error);
        FUZZ_CHECK(!result.name.isEmpty() && result.name == result.name.trimmed(), shown(result.name));
        FUZZ_CHECK(vm.vcpus >= 0, QString::number(vm.vcpus));
        // The parser leaves state and addresses to the live readers.
        FUZZ_CHECK(vm.state == PowerState::Unknown && vm.stateReason.isEmpty(), {});
        for (const NicInfo &nic : vm.nics)
            FUZZ_CHECK(nic.ips.isEmpty(), nic.ips.join(u' '));
        for (const DiskInfo &disk : vm.disks)
            FUZZ_CHECK(!disk.device.isEmpty(), {});
        if (!xml.contains("currentMemory"))
            FUZZ_CHECK(vm.memoryKiB == vm.maxMemoryKiB, {});
    } else {
        // Documented form: "line 3, column 7: ...", and nothing half-read is handed out.
        FUZZ_CHECK(result.error.startsWith("line "_L1) && result.error.contains(", column "_L1), shown(result.error));
        FUZZ_CHECK(result.name.isEmpty(), shown(result.name));
        FUZZ_CHECK(vm == VmInfo{}, {});
    }
    // Pure: the same document gives the same answer.
    const DomainXmlResult again = DomainXmlParser::parse(xml);
    FUZZ_CHECK(again.ok == result.ok && again.name == result.name && again.vm == vm && again.error == result.error, {});
    return 0;
}
