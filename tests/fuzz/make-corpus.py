#!/usr/bin/env python3
"""Regenerates tests/fuzz/corpus/<harness>/ from the recorded responses in tests/data and the
hand-written seeds below (for what tests/data has no recording of). Run from anywhere; it
replaces the corpus directories, never the regressions. Seeds over 64 KiB are left out."""
import json
import pathlib
import shutil

FUZZ = pathlib.Path(__file__).resolve().parent
DATA = FUZZ.parent / "data"
CORPUS = FUZZ / "corpus"
MAX_SEED = 64 * 1024


def fields(*parts):
    """NUL-separated fields, as FuzzSupport.h's Fields reads them."""
    return b"\0".join(p.encode() if isinstance(p, str) else p for p in parts)


HAND = {
    "domain_xml": {
        "osinfo-rbd.xml": """<domain type='kvm'>
  <name>web-01</name><uuid>c0ffee00-7e57-4d1e-9a11-000000000002</uuid><title>Web</title>
  <metadata><libosinfo:libosinfo xmlns:libosinfo='http://libosinfo.org/xmlns/libvirt/domain/1.0'>
    <libosinfo:os id='http://ubuntu.com/ubuntu/22.04'/></libosinfo:libosinfo></metadata>
  <memory unit='GiB'>2</memory><currentMemory unit='MB'>1500</currentMemory>
  <vcpu placement='static' current='2'>4</vcpu>
  <os><type arch='x86_64' machine='q35'>hvm</type></os>
  <devices>
    <disk type='network' device='disk'><driver name='qemu' type='raw'/>
      <source protocol='rbd' name='pool/image'><host name='mon1' port='6789'/></source>
      <target dev='vda' bus='virtio'/></disk>
    <disk type='volume' device='cdrom'><source pool='isos' volume='debian.iso'/><target dev='sda' bus='sata'/><readonly/></disk>
    <interface type='bridge'><mac address='52:54:00:aa:bb:cc'/><source bridge='br0'/><model type='virtio'/><target dev='vnet3'/></interface>
    <graphics type='spice' port='5901' tlsPort='5902' autoport='no' passwd='secret'><listen type='address' address='0.0.0.0'/></graphics>
  </devices>
</domain>
""",
        "windows.xml": "<domain type='qemu'><name>win</name><memory>1048576</memory>"
                       "<metadata><libosinfo:libosinfo xmlns:libosinfo='http://libosinfo.org/xmlns/libvirt/domain/1.0'>"
                       "<libosinfo:os id='http://microsoft.com/win/2k12r2'/></libosinfo:libosinfo></metadata></domain>\n",
    },
    "vm_hardware": {
        "q35.xml": """<domain type='kvm' xmlns:qemu='http://libvirt.org/schemas/domain/qemu/1.0'>
  <name>web-01</name>
  <memory unit='KiB'>4194304</memory>
  <currentMemory unit='KiB'>2097152</currentMemory>
  <vcpu placement='static' current='2'>4</vcpu>
  <os>
    <type arch='x86_64' machine='pc-q35-7.2'>hvm</type>
    <boot dev='hd'/>
    <boot dev='cdrom'/>
  </os>
  <cpu mode='host-passthrough' check='none' migratable='on'>
    <topology sockets='1' dies='1' cores='2' threads='2'/>
  </cpu>
  <devices>
    <emulator>/usr/bin/qemu-system-x86_64</emulator>
    <disk type='file' device='disk'>
      <driver name='qemu' type='qcow2' discard='unmap'/>
      <source file='/var/lib/libvirt/images/web-01.qcow2'/>
      <target dev='vda' bus='virtio'/>
      <address type='pci' domain='0x0000' bus='0x04' slot='0x00' function='0x0'/>
    </disk>
    <disk type='file' device='cdrom'>
      <driver name='qemu' type='raw'/>
      <source file='/var/lib/libvirt/images/debian-12.iso'/>
      <target dev='sda' bus='sata'/>
      <readonly/>
    </disk>
    <interface type='network'>
      <mac address='52:54:00:6b:3c:58'/>
      <source network='default'/>
      <model type='virtio'/>
    </interface>
    <interface type='bridge'>
      <mac address='52:54:00:6B:3C:59'/>
      <source bridge='br0'/>
      <link state='down'/>
    </interface>
    <serial type='pty'><target type='isa-serial' port='0'><model name='isa-serial'/></target></serial>
    <console type='pty'><target type='serial' port='0'/></console>
    <graphics type='vnc' port='-1' autoport='yes' listen='0.0.0.0' passwd='s3cret'>
      <listen type='address' address='0.0.0.0'/>
    </graphics>
    <video><model type='virtio' heads='1' primary='yes'/></video>
    <memballoon model='virtio'><stats period='10'/></memballoon>
  </devices>
  <seclabel type='dynamic' model='dac' relabel='yes'/>
  <qemu:commandline><qemu:arg value='-no-hpet'/></qemu:commandline>
</domain>
""",
        "per-device-boot.xml": """<domain type='kvm'>
  <name>pxe</name>
  <memory unit='MiB'>512</memory>
  <vcpu>1</vcpu>
  <os firmware='efi'><type>hvm</type><bootmenu enable='yes' timeout='3000'/></os>
  <cpu mode='custom' match='exact'><model fallback='allow'>Skylake-Client</model></cpu>
  <devices>
    <disk type='volume' device='disk'><driver name='qemu' type='qcow2' cache='none'/>
      <source pool='data' volume='db.qcow2'/><backingStore type='file'><format type='qcow2'/><source file='/pool/base.qcow2'/></backingStore>
      <target dev='vda'/><boot order='2'/></disk>
    <disk type='volume' device='cdrom'><source pool='isos' volume='debian.iso'/><target dev='sda' bus='sata'/>
      <readonly/><boot order='1'/></disk>
    <disk type='block' device='floppy'><source dev='/dev/fd0'/><target dev='fda' bus='fdc'/><boot order='4'/></disk>
    <interface type='direct'><mac address='52:54:00:aa:bb:cd'/><source dev='eth0' mode='bridge'/>
      <model type='e1000e'/><boot order='3'/></interface>
    <graphics type='spice' autoport='yes'><listen type='network' network='default'/><image compression='off'/></graphics>
    <memballoon model='none'/>
  </devices>
</domain>
""",
        "headless.xml": "<domain type='qemu'><name>h</name><memory unit='GB'>1</memory><currentMemory unit='bytes'>1000000</currentMemory>"
                        "<vcpu current='1'>2</vcpu><devices><disk type='network' device='disk'><source protocol='rbd' name='p/i'/>"
                        "<target dev='vdb' bus='virtio'/></disk><interface type='user'/></devices></domain>\n",
    },
    "console_xml": {
        "listen-elements.xml": "<domain><name>x</name><devices><graphics type='spice' port='5901' tlsPort='5902' passwd='pw'>"
                               "<listen type='address' address='127.0.0.1'/><listen type='socket' socket='/run/s'/></graphics>"
                               "<graphics type='vnc' socket='/run/vnc.sock'><listen type='socket'/></graphics>"
                               "<graphics type='rdp' autoport='yes'/><graphics type='vnc' port='-1' listen='0.0.0.0'>"
                               "<listen type='none'/></graphics></devices></domain>\n",
    },
    "cloudstack_json": {
        "error-431.json": '{"listvirtualmachinesresponse": {"uuidList": [], "errorcode": 431, "cserrorcode": 9999,'
                          ' "errortext": "Unable to execute API command due to invalid value"}}',
        "job-pending.json": '{"deployvirtualmachineresponse": {"jobid": "f1a2", "id": 42}}',
        "job-failed.json": '{"queryasyncjobresultresponse": {"jobid": 7, "jobstatus": 2, "jobprocstatus": "50",'
                           ' "jobresult": {"errorcode": 530, "errortext": "Insufficient capacity"}}}',
        "numeric-ids.json": '{"listvirtualmachinesresponse": {"count": 1, "virtualmachine": [{"id": 101, "name": "vm",'
                            ' "state": "Running", "hostid": 7, "zoneid": 1, "cpunumber": 1, "memory": 512,'
                            ' "cpuused": "12.5%", "memorykbs": 524288, "memoryintfreekbs": 1024,'
                            ' "nic": [{"ipaddress": "10.0.0.5", "netmask": "255.255.255.0", "secondaryip": [{"ipaddress": "10.0.0.6"}]}]}]}}',
        "events.json": '{"listeventsresponse": {"count": 1, "event": [{"id": "e1", "type": "VM.START", "level": "ERROR",'
                       ' "description": "started", "created": "2011-03-10T18:20:25-0800", "resourcetype": "VirtualMachine",'
                       ' "resourceid": "915653c4"}]}}',
        "vm-snapshots-odd.json": '{"listvmsnapshotresponse": {"count": 5, "vmSnapshot": [{"id": 42, "displayname": "n",'
                                 ' "parent": 41, "current": "true", "type": "DiskAndMemory", "state": "Ready",'
                                 ' "created": "2024-03-12T09:44:10+0100"}, {"name": "i-2-7-VM_VS_20240312084410",'
                                 ' "state": "Creating"}, "x", {"id": "b", "displayname": [], "type": "Tape",'
                                 ' "state": {}, "created": "2024-13-40T99:99:99+9999"}, {"id": "c", "parent": "c"}]}}',
    },
    "vv_file": {
        "vnc": fields("0", "127.0.0.1", "5900", "-1", "", "secret", "web-01", "0", "shift+f11", "shift+f12", "ctrl+alt+end"),
        "spice-tls": fields("1", "host.example.org", "5901", "5902", "", "pw", "", "1", "", "", ""),
        "spice-socket": fields("1", "", "-1", "-1", "/run/libvirt/qemu/spice.sock", "", "db\nfull=1", "0"),
        "odd-values": fields("0", " lead", "1", "-1", "", "a\\b", "title\r\nx", "1", "\\s", "#c", "[g]"),
    },
    "clouds_yaml": {
        "two-clouds.yaml": """clouds:
  lab:
    auth:
      auth_url: http://127.0.0.1:5000/v3
      username: admin
      project_name: admin
      user_domain_name: Default
      project_domain_name: Default
    region_name: RegionOne
    interface: internal
    verify: false
  horizon-appcred:
    auth_type: "v3applicationcredential"
    auth:
      auth_url: https://cloud.example.org:5000
      application_credential_id: "0123abcd"
      application_credential_secret: "s3cr3t"
    regions:
      - RegionOne
      - name: RegionTwo
        values: {}
    identity_api_version: 3
""",
        "with-secure": fields("clouds:\n  devstack:\n    auth: {auth_url: 'http://k:5000', username: demo, tenant_name: demo, domain_id: default}\n"
                              "    endpoint_type: publicURL\n    cacert: /etc/ssl/ca.pem\n",
                              "clouds:\n  devstack:\n    auth:\n      password: fromsecure\n    region_name: RegionTwo\n",
                              "devstack"),
        "anchors.yaml": "base: &b {auth_url: 'https://x:5000/v3', user_id: u1, project_id: p1}\n"
                        "clouds:\n  a: {auth: *b, auth_type: v3password}\n  b: {auth: {<<: *b, password: x}, verify: 'no'}\n",
    },
    "metric_query": {
        "cpu": "cpu>80",
        "mixed": "mem>=90 state:paused web",
        "units": "disk>10M net<1k vms>=5 memused<=2G diskread!=0 nettx==1.5KiB/s",
        "percent": "cpu>80% hostcpu<=50 memory>.5",
        "states": "state:off state:shut-off state:running state:unknown",
        "bad-number": "cpu>abc",
        "bad-state": "state:sleepy",
        "no-metric": ">5 web",
    },
    "connection_uri": {
        "ssh": fields("qemu+ssh://admin@kvm1.example.org:2222/system?keyfile=/home/u/.ssh/id%20x", "address", "127.0.0.1", "5900", "-1", ""),
        "ssh-any": fields("qemu+ssh://kvm1/system", "address", "0.0.0.0", "5900", "5901", ""),
        "local": fields("qemu:///system", "", "", "5900"),
        "local-socket": fields("qemu:///session", "socket", "", "-1", "-1", "/run/user/1000/libvirt/qemu/vnc.sock"),
        "tls": fields("qemu+tls://host.example.org/system", "address", "::1", "-1", "5902"),
        "tcp-loopback": fields("qemu+tcp://10.0.0.2/system", "network", "localhost", "5900"),
        "none": fields("xen+ssh://root@xen/", "none"),
        "cloudstack": "cloudstack+https://cs.example.org/client/api",
        "openstack-cloud": "openstack:devstack",
        "openstack-url": "openstack+https://keystone.example.org:5000/v3",
        "test": "test:///default",
    },
    "storage_xml": {
        "pool-dir.xml": """<pool type='dir'>
  <name>images</name>
  <uuid>5e1f3c1a-0000-4000-8000-000000000001</uuid>
  <capacity unit='bytes'>107374182400</capacity>
  <allocation unit='bytes'>1073741824</allocation>
  <available unit='bytes'>106300440576</available>
  <source>
  </source>
  <target>
    <path>/var/lib/libvirt/images</path>
    <permissions><mode>0711</mode></permissions>
  </target>
</pool>
""",
        "pool-netfs.xml": "<pool type=\"netfs\"><name>nfs</name>\n  <source><host name=\"filer.example.org\"/>"
                          "<dir path=\"/export/vm\"/><format type=\"nfs\"/></source>\n  <target><path>/mnt/nfs</path></target></pool>\n",
        "pool-logical.xml": "<pool type='logical'><name>vg0</name><capacity unit='G'>20</capacity><source>"
                            "<device path='/dev/sdb'/><device path='/dev/sdc'/><name>vg0</name><format type='lvm2'/></source>"
                            "<target><path>/dev/vg0</path></target></pool>\n",
        "volume.xml": """<volume type='file'>
  <name>clone.qcow2</name>
  <key>/pool/clone.qcow2</key>
  <capacity unit='bytes'>10737418240</capacity>
  <allocation unit='KiB'>196</allocation>
  <physical unit='bytes'>196616</physical>
  <target><path>/pool/clone.qcow2</path><format type='qcow2'/></target>
  <backingStore><path>/pool/base.qcow2</path><format type='qcow2'/></backingStore>
</volume>
""",
        "pool-caps.xml": """<storagepoolCapabilities>
  <pool type='dir' supported='yes'><volOptions><defaultFormat type='raw'/></volOptions></pool>
  <pool type='fs' supported='yes'/>
  <pool type='netfs' supported='yes'/>
  <pool type='logical' supported='yes'/>
  <pool type='iscsi' supported='no'/>
</storagepoolCapabilities>
""",
        "spec-dir": fields("0", "", "images", "/var/lib/libvirt/images", "", "", "", "", "", "", "",
                           "disk 1.qcow2", "qcow2", "10737418240", "0", "/pool/base.qcow2", "qcow2"),
        "spec-netfs": fields("1", "", "nfs", "/mnt/nfs", "filer.example.org", "/export/vm", "auto", "", "", "", "",
                             "raw.img", "raw", "1073741824", "1073741824", "", ""),
        "spec-logical": fields("2", "", "vg0", "", "", "", "", "vg-data", "/dev/sdb", "/dev/sdc", "",
                               "lv", "", "4294967296"),
    },
    "network_xml": {
        "nat.xml": """<network>
  <name>default</name>
  <uuid>1d6b6a52-0000-4000-8000-000000000002</uuid>
  <forward mode='nat'><nat><port start='1024' end='65535'/></nat></forward>
  <bridge name='virbr0' stp='on' delay='0'/>
  <ip family='ipv6' address='fd00::1' prefix='64'><dhcp><range start='fd00::10' end='fd00::20'/></dhcp></ip>
  <ip address='192.168.122.1' netmask='255.255.255.0'>
    <dhcp><range start='192.168.122.2' end='192.168.122.254'/></dhcp>
  </ip>
</network>
""",
        "isolated.xml": "<network><name>iso</name><ip address='10.1.0.1' prefix='16'/></network>\n",
        "classful.xml": "<network><name>old</name><forward/><ip address='172.16.0.1'/></network>\n",
        "spec-nat": fields("lab", "0", "10.213.4.0/24", "10.213.4.100", "10.213.4.200"),
        "spec-isolated": fields("iso-net", "1", "192.168.150.0/28", "", ""),
        "spec-bad": fields("has space", "0", "10.0.0.5/24", "10.0.0.9", ""),
    },
}

# Recorded responses from tests/data, per harness.
RECORDED = {
    "domain_xml": ["tiny-vm.xml", "tiny-vm-spice.xml", "console/live-socket.xml", "console/live-vnc-spice.xml",
                   "manage/domain-clone-source.xml"],
    "console_xml": ["tiny-vm.xml", "tiny-vm-spice.xml", "console/live-socket.xml", "console/live-vnc-spice.xml"],
    "vm_hardware": ["tiny-vm.xml", "tiny-vm-spice.xml", "console/live-vnc-spice.xml", "manage/domain-clone-source.xml"],
    "openstack_json": sorted(str(p.relative_to(DATA)) for p in (DATA / "openstack").glob("*.json")),
    "domain_caps": ["manage/capabilities-kvm.xml", "manage/capabilities-tcg.xml", "manage/domcaps-kvm-ovmf.xml",
                    "manage/domcaps-tcg-no-uefi.xml"],
}


def write(harness, name, content):
    data = content.encode() if isinstance(content, str) else content
    if len(data) <= MAX_SEED:
        (CORPUS / harness / name).write_bytes(data)


def main():
    harnesses = set(HAND) | set(RECORDED) | {"cloudstack_json"}
    for harness in sorted(harnesses):
        shutil.rmtree(CORPUS / harness, ignore_errors=True)
        (CORPUS / harness).mkdir(parents=True)
        for rel in RECORDED.get(harness, []):
            write(harness, rel.replace("/", "-"), (DATA / rel).read_bytes())
        for name, content in HAND.get(harness, {}).items():
            write(harness, "hand-" + name, content)
    # CloudStack: each <Service>.json maps command -> one response body; a seed per body.
    for service in sorted((DATA / "cloudstack").glob("*.json")):
        for command, body in json.loads(service.read_text()).items():
            write("cloudstack_json", f"{service.stem}-{command}.json", json.dumps(body, indent=1) + "\n")
    # Responses written in the documented shape, where no recording exists (listVMSnapshot).
    for documented in sorted((DATA / "cloudstack" / "documented").glob("*.json")):
        write("cloudstack_json", "documented-" + documented.name, documented.read_bytes())
    for harness in sorted(harnesses):
        files = list((CORPUS / harness).iterdir())
        print(f"{harness}: {len(files)} seeds, {sum(f.stat().st_size for f in files)} bytes")


if __name__ == "__main__":
    main()
