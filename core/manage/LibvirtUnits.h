#pragma once

#include <QStringView>

namespace welkin {

// `value` in a libvirt XML `unit` ("KiB", "M", "GB", "bytes", ... as virScaleInteger reads them;
// empty means KiB) -> KiB, rounded up as libvirt does. False on overflow or an unknown unit.
bool libvirtScaledToKiB(quint64 value, QStringView unit, quint64 &kib);

} // namespace welkin
