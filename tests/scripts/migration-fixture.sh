#!/bin/bash
# migration-fixture.sh start|stop STATE_A STATE_B - two libvirt hosts on this machine for the
# `migration` CTest label: the running TCG guest "welkin-tiny" moves live from A to B and back.
#
# start: brings up two private libvirtds (libvirt-up.sh, sandbox mode: each in its own mount
#        namespace with overlays over /etc, /var and /run kept in its STATE dir), creates on both
#        the dir pool "welkin-mig" at /var/lib/libvirt/images/welkin-mig, and on A a 32 MiB qcow2
#        volume in it and the guest "welkin-tiny" from tests/data/tiny-vm.xml, defined and shut off.
#        Whatever an earlier run left (the guest on B, running or not; its disk on B; a guest
#        running on A) is removed first, so tests always start from "defined on A, shut off".
#        Writes STATE/uri of both (qemu:///system?socket=STATE/sock/libvirt-sock). Idempotent.
# stop:  destroys the guests and stops both daemons; keeps the state dirs (the QEMU capability
#        cache makes the next start fast) unless MIGRATION_FIXTURE_PURGE=1.
#
# What two daemons on one machine need to migrate between each other like two hosts (checked
# with `virsh -c A migrate --live --copy-storage-all --persistent --undefinesource welkin-tiny B`,
# libvirt 9.0, QEMU 7.2, TCG, no systemd, no SELinux/AppArmor):
# - Their own host UUID (libvirtd.conf host_uuid): libvirt refuses "Attempt to migrate guest to
#   the same host" when the two migration cookies carry the same one. Without SMBIOS (no
#   /dev/mem, dmidecode fails) both daemons would otherwise derive the same one from this machine.
#   The hostnames may be equal: libvirt 9.0 compares only the UUIDs.
# - Their own disks: copying storage writes the destination's copy at the same path, so the
#   guest's disk must live where each daemon has its own file. /var/lib/libvirt/images is inside
#   each daemon's /var overlay; /tmp (where qemu-fixture.sh keeps disks) is shared by both, and a
#   copy there would be the source disk itself.
# - A pool on the destination whose target is the disk's directory: libvirt precreates a missing
#   disk there only as a volume of such a pool, found by path, not by name (without one: "Storage
#   pool not found: no storage pool with matching target path"). Pool welkin-mig on both.
# - Peer to peer does not work between them: the source daemon opens the destination URI itself,
#   and a socket URI without a host is its own driver to it ("Attempt to migrate guest to the same
#   host"); it would need a TCP/TLS listener on B. The tests use the client-held connections.
# - Their own port ranges (qemu.conf): each daemon hands out migration, NBD and VNC ports from its
#   own allocator and does not know the other's, so the ranges must not overlap.
# - The migration address: the destination tells the source to connect to its host name (here
#   "vm", 127.0.0.1 in /etc/hosts) and listens on every address. qemu.conf cannot say 127.0.0.1
#   instead: libvirt refuses a loopback migration_host or migration_address at start ("must not
#   be the address of the local machine").
# - No cgroups (cgroup_controllers = [ ]): each daemon numbers its guests from 1, and both would
#   put "their" guest into the same /machine/qemu-1-welkin-tiny.libvirt-qemu cgroup (v1 tree
#   shared by the machine); the source then fails to remove the cgroup the destination's QEMU is in.
# - Nothing else: the client (virsh, or Welkin's job) holds both connections, so neither daemon
#   needs a TCP/TLS listener. libvirt leaves a precreated disk on the destination when a copy
#   fails or is cancelled (Welkin's job removes it; virsh does not).
#
# STATE dirs must be short (UNIX socket paths are limited to 108 bytes): /tmp/welkin-test-mg{a,b}.
# Needs root; otherwise runs itself through sudo and lets the caller's primary group use the
# sockets.
set -euo pipefail

usage() { echo "usage: $0 start|stop STATE_A STATE_B" >&2; exit 2; }
[ $# -eq 3 ] || usage
CMD=$1
STATE_A=$2
STATE_B=$3
case $CMD in start|stop) ;; *) usage;; esac
for s in "$STATE_A" "$STATE_B"; do
  case $s in /*) ;; *) echo "migration-fixture: state dirs must be absolute" >&2; exit 2;; esac
done
[ "$STATE_A" != "$STATE_B" ] || { echo "migration-fixture: A and B need their own state dirs" >&2; exit 2; }

if [ "$(id -u)" != 0 ]; then
  exec sudo env LV_SOCK_GROUP="${LV_SOCK_GROUP:-$(id -gn)}" \
    MIGRATION_FIXTURE_PURGE="${MIGRATION_FIXTURE_PURGE:-0}" LV_TIMEOUT="${LV_TIMEOUT:-120}" \
    PATH="/usr/sbin:/usr/bin:/sbin:/bin" bash "$0" "$@"
fi

HERE=$(cd "$(dirname "$0")" && pwd)
DATA=$(cd "$HERE/../data" && pwd)
GUEST=welkin-tiny
POOL=welkin-mig
POOL_DIR=/var/lib/libvirt/images/$POOL
DISK=$POOL_DIR/$GUEST.qcow2
log() { echo "[migration-fixture $(date +%T.%3N)] $*" >&2; }
ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

if [ "$CMD" = stop ]; then
  T0=$(date +%s%N)
  for s in "$STATE_A" "$STATE_B"; do
    LV_MODE=sandbox LV_STATE=$s LV_PURGE=${MIGRATION_FIXTURE_PURGE:-0} "$HERE/libvirt-down.sh"
  done
  log "stopped in $(ms_since "$T0") ms"
  exit 0
fi

# up STATE HOST_UUID MIGRATION_PORT_MIN VNC_PORT_MIN: one host; prints its URI.
up() {
  LV_MODE=sandbox LV_STATE=$1 LV_CGROUPS=0 \
  LV_CONF_EXTRA="host_uuid = \"$2\"" \
  LV_QEMU_CONF_EXTRA="migration_port_min = $3
migration_port_max = $(( $3 + 15 ))
remote_display_port_min = $4
remote_display_port_max = $(( $4 + 9 ))" \
    "$HERE/libvirt-up.sh"
}

# The destination hands the source its host name to connect to (see above). Where it does not
# resolve (a fresh chroot without an /etc/hosts entry, no DNS), each daemon's own /etc overlay
# gets one: the daemons and their QEMUs resolve it, the machine's /etc/hosts stays untouched.
if ! getent hosts "$(hostname)" >/dev/null; then
  for state in "$STATE_A" "$STATE_B"; do
    mkdir -p "$state/ov/etc/upper"
    { if [ -f /etc/hosts ]; then grep -v "[[:space:]]$(hostname)\$" /etc/hosts || true; fi; echo "127.0.0.1 $(hostname)"; } \
      > "$state/ov/etc/upper/hosts.new"
    mv "$state/ov/etc/upper/hosts.new" "$state/ov/etc/upper/hosts"
  done
  log "host name $(hostname) resolves to 127.0.0.1 inside the daemons' /etc overlays"
fi

T0=$(date +%s%N)
URI_A=$(up "$STATE_A" c0ffee00-0000-4000-8000-00000000000a 49160 5960)
URI_B=$(up "$STATE_B" c0ffee00-0000-4000-8000-00000000000b 49180 5970)
log "daemons up in $(ms_since "$T0") ms"
virsh_() { local uri=$1; shift; timeout 60 virsh -q -c "$uri" "$@"; }

# ensure_pool URI: the pool, defined, built and active.
ensure_pool() {
  if ! virsh_ "$1" pool-info "$POOL" >/dev/null 2>&1; then
    virsh_ "$1" pool-define-as "$POOL" dir --target "$POOL_DIR" >/dev/null
    virsh_ "$1" pool-build "$POOL" >/dev/null
  fi
  virsh_ "$1" pool-autostart "$POOL" >/dev/null
  [ "$(virsh_ "$1" pool-info "$POOL" | sed -n 's/^State: *//p')" = running ] || virsh_ "$1" pool-start "$POOL" >/dev/null
  virsh_ "$1" pool-refresh "$POOL" >/dev/null
}

# remove_guest URI: the guest gone from that host, its disk too.
remove_guest() {
  if virsh_ "$1" dominfo "$GUEST" >/dev/null 2>&1; then
    virsh_ "$1" destroy "$GUEST" >/dev/null 2>&1 || true
    virsh_ "$1" undefine "$GUEST" --managed-save >/dev/null 2>&1 || true
    log "removed $GUEST from $1"
  fi
  virsh_ "$1" vol-delete --pool "$POOL" "$GUEST.qcow2" >/dev/null 2>&1 || true
}

ensure_pool "$URI_A"
ensure_pool "$URI_B"
remove_guest "$URI_B"
# On A: shut off (a running guest would keep its old disk open), then a fresh disk and definition.
remove_guest "$URI_A"
virsh_ "$URI_A" vol-create-as "$POOL" "$GUEST.qcow2" 32M --format qcow2 >/dev/null
sed "s|@DISK@|$DISK|" "$DATA/tiny-vm.xml" > "$STATE_A/$GUEST.xml"
virsh_ "$URI_A" define "$STATE_A/$GUEST.xml" >/dev/null
echo "$URI_A" > "$STATE_A/uri"
echo "$URI_B" > "$STATE_B/uri"
log "ready in $(ms_since "$T0") ms: $GUEST defined on A ($DISK)"
echo "$URI_A"
echo "$URI_B"
