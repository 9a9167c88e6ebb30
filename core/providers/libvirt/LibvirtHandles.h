#pragma once

#include <libvirt/libvirt.h>

#include <cstdlib>

#include <memory>

namespace welkin::libvirt {

// Owning handles for the libvirt objects the management jobs look up, so every early return
// frees them.
struct LibvirtFree {
    void operator()(virStoragePoolPtr p) const { virStoragePoolFree(p); }
    void operator()(virStorageVolPtr v) const { virStorageVolFree(v); }
    void operator()(virStreamPtr s) const { virStreamFree(s); }
    void operator()(virDomainPtr d) const { virDomainFree(d); }
    void operator()(virNetworkPtr n) const { virNetworkFree(n); }
    void operator()(virDomainSnapshotPtr s) const { virDomainSnapshotFree(s); }
    void operator()(char *text) const { free(text); } // NOLINT: libvirt strings are malloc'd
};

using PoolHandle = std::unique_ptr<virStoragePool, LibvirtFree>;
using VolumeHandle = std::unique_ptr<virStorageVol, LibvirtFree>;
using StreamHandle = std::unique_ptr<virStream, LibvirtFree>;
using DomainHandle = std::unique_ptr<virDomain, LibvirtFree>;
using NetworkHandle = std::unique_ptr<virNetwork, LibvirtFree>;
using SnapshotHandle = std::unique_ptr<virDomainSnapshot, LibvirtFree>;
using TextHandle = std::unique_ptr<char, LibvirtFree>;

} // namespace welkin::libvirt
