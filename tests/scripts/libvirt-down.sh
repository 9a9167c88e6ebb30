#!/bin/bash
# libvirt-down.sh - stop what libvirt-up.sh started, found through its PID files only.
# Idempotent: nothing running is fine. Wakes a daemon that a test stopped (SIGSTOP), destroys
# running guests (LV_KEEP_DOMAINS=1 leaves QEMU alone), stops libvirtd (and virtlogd).
# Knobs: LV_MODE, LV_STATE (as for libvirt-up.sh), LV_KEEP_DOMAINS=0|1,
#   LV_PURGE=0|1 (1 deletes $LV_STATE: defined guests, logs, the QEMU capability cache).
# Not root: re-runs itself through sudo.
set -uo pipefail

if [ "$(id -u)" != 0 ]; then
  exec sudo env LV_MODE="${LV_MODE:-sandbox}" LV_STATE="${LV_STATE:-}" \
    LV_KEEP_DOMAINS="${LV_KEEP_DOMAINS:-0}" LV_PURGE="${LV_PURGE:-0}" \
    PATH="/usr/sbin:/usr/bin:/sbin:/bin" bash "$0" "$@"
fi

LV_MODE=${LV_MODE:-sandbox}
[ -n "${LV_STATE:-}" ] || LV_STATE=/tmp/welkin-libvirt-$LV_MODE
log() { echo "[libvirt-down $(date +%T.%3N)] $*" >&2; }
[ -d "$LV_STATE" ] || { log "no state dir $LV_STATE"; exit 0; }
if [ "$LV_MODE" = sandbox ]; then URI="qemu:///system?socket=$LV_STATE/sock/libvirt-sock"; else URI="qemu:///system"; fi
PIDFILE=$LV_STATE/libvirtd.pid

# A killed process may linger as a zombie (its parent is init): not alive.
pid_alive() { [ -r "/proc/$1/stat" ] && [ "$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1)" != Z ]; }

stop_pid() { # pid name
  local pid=$1 _
  pid_alive "$pid" || return 0
  kill -CONT "$pid" 2>/dev/null   # a stopped process never handles SIGTERM
  kill -TERM "$pid"
  for _ in $(seq 1 100); do pid_alive "$pid" || { log "$2 ($pid) stopped"; return 0; }; sleep 0.1; done
  log "$2 ($pid) ignored SIGTERM, sending SIGKILL"; kill -KILL "$pid" 2>/dev/null || true
}

if [ -s "$PIDFILE" ] && pid_alive "$(cat "$PIDFILE")"; then
  kill -CONT "$(cat "$PIDFILE")" 2>/dev/null
  if [ "${LV_KEEP_DOMAINS:-0}" != 1 ]; then
    for d in $(timeout 10 virsh -c "$URI" list --name 2>/dev/null); do
      timeout 30 virsh -c "$URI" destroy "$d" >/dev/null 2>&1 && log "destroyed domain $d"
    done
  fi
  stop_pid "$(cat "$PIDFILE")" libvirtd
fi
rm -f "$PIDFILE"
[ -s "$LV_STATE/virtlogd.pid" ] && stop_pid "$(cat "$LV_STATE/virtlogd.pid")" virtlogd
rm -f "$LV_STATE/virtlogd.pid"

# QEMU processes a dead libvirtd left behind (their pid files are in libvirt's run dir)
if [ "${LV_KEEP_DOMAINS:-0}" != 1 ]; then
  if [ "$LV_MODE" = sandbox ]; then rundir=$LV_STATE/ov/run/upper/libvirt/qemu; else rundir=/run/libvirt/qemu; fi
  for f in "$rundir"/*.pid; do
    [ -s "$f" ] || continue
    p=$(cat "$f")
    if [ -r "/proc/$p/cmdline" ] && tr '\0' ' ' < "/proc/$p/cmdline" | grep -q qemu-system; then
      stop_pid "$p" "qemu $(basename "$f" .pid)"
    fi
  done
fi
if [ "${LV_PURGE:-0}" = 1 ]; then rm -rf "$LV_STATE"; log "purged $LV_STATE"; fi
exit 0
