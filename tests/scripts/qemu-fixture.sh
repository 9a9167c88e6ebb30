#!/bin/bash
# qemu-fixture.sh start|stop STATE_DIR - the real-libvirtd fixture of the `qemu` CTest label.
#
# start: brings up a private libvirtd (QEMU driver, TCG guests) whose configuration, logs, pid
#        file, socket and overlay layers all live in STATE_DIR (see libvirt-up.sh), creates a
#        32 MiB qcow2 and defines, without starting, the guest "welkin-tiny" from
#        tests/data/tiny-vm.xml (QEMU_FIXTURE_SPICE=1 also defines "welkin-tiny-spice"). A guest
#        left running by an earlier run is destroyed first, so tests always start from "shut off".
#        Writes STATE_DIR/uri (qemu:///system?socket=STATE_DIR/sock/libvirt-sock). Idempotent.
# stop:  destroys the guests and stops the daemon; keeps STATE_DIR (its QEMU capability cache
#        makes the next start ~0.5 s instead of ~8 s) unless QEMU_FIXTURE_PURGE=1.
#
# STATE_DIR must be short (UNIX socket paths are limited to 108 bytes): use /tmp/welkin-test-*.
# Needs root; otherwise runs itself through sudo and lets the caller's primary group use the
# socket.
set -euo pipefail

usage() { echo "usage: $0 start|stop STATE_DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
CMD=$1
STATE=$2
case $CMD in start|stop) ;; *) usage;; esac
case $STATE in /*) ;; *) echo "qemu-fixture: STATE_DIR must be absolute" >&2; exit 2;; esac

if [ "$(id -u)" != 0 ]; then
  exec sudo env LV_SOCK_GROUP="${LV_SOCK_GROUP:-$(id -gn)}" \
    QEMU_FIXTURE_SPICE="${QEMU_FIXTURE_SPICE:-0}" QEMU_FIXTURE_PURGE="${QEMU_FIXTURE_PURGE:-0}" \
    LV_TIMEOUT="${LV_TIMEOUT:-120}" LV_CGROUPS="${LV_CGROUPS:-1}" \
    PATH="/usr/sbin:/usr/bin:/sbin:/bin" bash "$0" "$@"
fi

HERE=$(cd "$(dirname "$0")" && pwd)
DATA=$(cd "$HERE/../data" && pwd)
export LV_MODE=sandbox LV_STATE=$STATE
log() { echo "[qemu-fixture $(date +%T.%3N)] $*" >&2; }
ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

if [ "$CMD" = stop ]; then
  T0=$(date +%s%N)
  LV_PURGE=${QEMU_FIXTURE_PURGE:-0} "$HERE/libvirt-down.sh"
  log "stopped in $(ms_since "$T0") ms"
  exit 0
fi

T0=$(date +%s%N)
URI=$("$HERE/libvirt-up.sh")
log "daemon up in $(ms_since "$T0") ms"
virsh_() { timeout 60 virsh -q -c "$URI" "$@"; }

# define_guest NAME XML: a fresh definition from the template (fixed UUID), never running.
define_guest() {
  local name=$1 template=$2 disk=$STATE/disks/$1.qcow2 xml=$STATE/$1.xml
  mkdir -p "$STATE/disks"
  [ -s "$disk" ] || qemu-img create -q -f qcow2 "$disk" 32M
  sed "s|@DISK@|$disk|" "$template" > "$xml"
  if [ "$(virsh_ domstate "$name" 2>/dev/null || true)" != "shut off" ] \
     && virsh_ dominfo "$name" >/dev/null 2>&1; then
    virsh_ destroy "$name" >/dev/null 2>&1 || true
    log "destroyed $name left running by an earlier run"
  fi
  virsh_ managedsave-remove "$name" >/dev/null 2>&1 || true
  # A definition with another UUID (older template) cannot be redefined in place.
  local want have
  want=$(sed -n "s|.*<uuid>\(.*\)</uuid>.*|\1|p" "$xml")
  have=$(virsh_ domuuid "$name" 2>/dev/null || true)
  if [ -n "$have" ] && [ "$have" != "$want" ]; then virsh_ undefine "$name" >/dev/null; fi
  virsh_ define "$xml" >/dev/null
  log "defined $name (disk $disk)"
}

define_guest welkin-tiny "$DATA/tiny-vm.xml"
if [ "${QEMU_FIXTURE_SPICE:-0}" = 1 ]; then
  define_guest welkin-tiny-spice "$DATA/tiny-vm-spice.xml"
elif virsh_ dominfo welkin-tiny-spice >/dev/null 2>&1; then
  # Tests count what they see: only the guests asked for this time.
  virsh_ destroy welkin-tiny-spice >/dev/null 2>&1 || true
  virsh_ undefine welkin-tiny-spice >/dev/null && log "undefined welkin-tiny-spice"
fi
echo "$URI" > "$STATE/uri"
log "ready in $(ms_since "$T0") ms: $URI"
echo "$URI"
