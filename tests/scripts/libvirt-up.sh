#!/bin/bash
# libvirt-up.sh - start a private libvirtd (QEMU driver) without systemd. Idempotent: a daemon
# that already answers is reused. Prints the URI on stdout; writes $LV_STATE/uri and $LV_STATE/env.
#
#   LV_MODE=sandbox (default) the daemon runs in a private mount namespace (unshare -m) where
#                   /etc, /var and /run are overlays whose upper layers live in $LV_STATE, so the
#                   host is not modified. URI: qemu:///system?socket=$LV_STATE/sock/libvirt-sock
#   LV_MODE=host    configures the real system (throwaway machines only): creates libvirt-qemu,
#                   writes /etc/libvirt/qemu.conf (original kept as qemu.conf.pre-lvup).
# Knobs:
#   LV_STATE       state dir (default /tmp/welkin-libvirt-$LV_MODE). Keep it short: the socket
#                  path inside it must stay under 108 bytes.
#   LV_SOCK_GROUP  group allowed on the read-write socket (default: root; when not run as root,
#                  the caller's primary group, so the caller can use the socket)
#   LV_CGROUPS     1|0 (0 writes cgroup_controllers = [ ])
#   LV_VIRTLOGD    0|1 (1 starts virtlogd; otherwise stdio_handler = "file")
#   LV_TIMEOUT     seconds to wait for the daemon (default 120)
#   LV_INSTALL     1|0 install missing Debian packages (default 1)
#   LV_EXTRA_PKGS  more packages to install
#   LV_CONF_EXTRA  more lines for libvirtd.conf (TLS listening: see libvirt-tls-up.sh)
#   LV_QEMU_CONF_EXTRA more lines for qemu.conf (port ranges of two daemons on one machine:
#                  see migration-fixture.sh)
#   LV_DAEMON_ARGS more libvirtd arguments (e.g. --listen)
# Not root: re-runs itself through sudo (the daemon must run as root).
set -euo pipefail

if [ "$(id -u)" != 0 ]; then
  exec sudo env \
    LV_MODE="${LV_MODE:-sandbox}" LV_STATE="${LV_STATE:-}" \
    LV_SOCK_GROUP="${LV_SOCK_GROUP:-$(id -gn)}" LV_CGROUPS="${LV_CGROUPS:-1}" \
    LV_VIRTLOGD="${LV_VIRTLOGD:-0}" LV_TIMEOUT="${LV_TIMEOUT:-120}" \
    LV_INSTALL="${LV_INSTALL:-1}" LV_EXTRA_PKGS="${LV_EXTRA_PKGS:-}" \
    LV_CONF_EXTRA="${LV_CONF_EXTRA:-}" LV_QEMU_CONF_EXTRA="${LV_QEMU_CONF_EXTRA:-}" \
    LV_DAEMON_ARGS="${LV_DAEMON_ARGS:-}" \
    PATH="/usr/sbin:/usr/bin:/sbin:/bin" bash "$0" "$@"
fi

LV_MODE=${LV_MODE:-sandbox}
[ -n "${LV_STATE:-}" ] || LV_STATE=/tmp/welkin-libvirt-$LV_MODE
LV_CGROUPS=${LV_CGROUPS:-1}
LV_VIRTLOGD=${LV_VIRTLOGD:-0}
LV_SOCK_GROUP=${LV_SOCK_GROUP:-root}
LV_TIMEOUT=${LV_TIMEOUT:-120}
LV_INSTALL=${LV_INSTALL:-1}
PKGS="libvirt-daemon libvirt-daemon-driver-qemu libvirt-clients qemu-system-x86 qemu-utils util-linux ${LV_EXTRA_PKGS:-}"
HERE=$(cd "$(dirname "$0")" && pwd)
log() { echo "[libvirt-up $(date +%T.%3N)] $*" >&2; }
case $LV_MODE in sandbox|host) ;; *) log "LV_MODE must be sandbox or host"; exit 1;; esac
T0=$(date +%s%N)

# 1. packages (only those missing)
if [ "$LV_INSTALL" = 1 ]; then
  missing=""
  for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed' || missing="$missing $p"
  done
  if [ -n "$missing" ]; then
    log "installing:$missing"
    # shellcheck disable=SC2086
    apt_install() { DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y -q --no-install-recommends $missing >&2; }
    apt_install || { apt-get -o DPkg::Lock::Timeout=900 update -q >&2 && apt_install; }
  fi
fi

mkdir -p "$LV_STATE"
chmod 0755 "$LV_STATE"   # non-root callers must reach the socket below it
if [ "$LV_MODE" = sandbox ]; then
  SOCKDIR=$LV_STATE/sock; URI="qemu:///system?socket=$SOCKDIR/libvirt-sock"
else
  SOCKDIR=/run/libvirt; URI="qemu:///system"
fi
if [ "${#SOCKDIR}" -gt 85 ]; then log "socket dir $SOCKDIR is too long for a UNIX socket path"; exit 1; fi
PIDFILE=$LV_STATE/libvirtd.pid
echo "export LIBVIRT_DEFAULT_URI='$URI'" > "$LV_STATE/env"
echo "$URI" > "$LV_STATE/uri"
answers() { timeout 10 virsh -c "$URI" version >/dev/null 2>&1; }
# A killed daemon may linger as a zombie (its parent is init): not alive.
pid_alive() { [ -r "/proc/$1/stat" ] && [ "$(sed 's/.*) //' "/proc/$1/stat" | cut -d' ' -f1)" != Z ]; }
alive() { [ -s "$PIDFILE" ] && pid_alive "$(cat "$PIDFILE")"; }

# 2. already running? (idempotent). A stopped (SIGSTOP) daemon is woken up first. One started
# for another socket group (root vs. a sudo user) is restarted, or the caller could not use it.
if alive && ! grep -qx "unix_sock_group = \"$LV_SOCK_GROUP\"" "$LV_STATE/libvirtd.conf" 2>/dev/null; then
  log "restarting pid $(cat "$PIDFILE"): socket group is not $LV_SOCK_GROUP"
  LV_KEEP_DOMAINS=0 LV_PURGE=0 LV_MODE=$LV_MODE LV_STATE=$LV_STATE "$HERE/libvirt-down.sh"
fi
if alive; then
  kill -CONT "$(cat "$PIDFILE")" 2>/dev/null || true
  if answers; then log "already running (pid $(cat "$PIDFILE"))"; echo "$URI"; exit 0; fi
  log "pid $(cat "$PIDFILE") alive but not answering; waiting"
else
  # Leftovers of a daemon that died: its QEMU processes, its pid file, its stale socket, and in
  # sandbox mode its /run layer (like a tmpfs, /run must start empty).
  LV_KEEP_DOMAINS=0 LV_PURGE=0 LV_MODE=$LV_MODE LV_STATE=$LV_STATE "$HERE/libvirt-down.sh" 2>/dev/null || true
  rm -f "$PIDFILE"
  if [ "$LV_MODE" = sandbox ]; then rm -rf "$SOCKDIR" "$LV_STATE/ov/run"; fi
  # 3. configuration
  cat > "$LV_STATE/qemu.conf" <<EOF
# written by libvirt-up.sh
user = "root"
group = "root"
dynamic_ownership = 0
security_driver = "none"
# QEMU uses the host's /dev: a private one per guest lacks working PTYs (serial consoles) and
# /dev/urandom inside a chroot whose /dev and /dev/pts are bind mounts.
namespaces = [ ]
$( [ "$LV_VIRTLOGD" = 1 ] && echo 'stdio_handler = "logd"' || echo 'stdio_handler = "file"' )
$( [ "$LV_CGROUPS" = 1 ] || echo 'cgroup_controllers = [ ]' )
EOF
  [ -z "${LV_QEMU_CONF_EXTRA:-}" ] || printf '%s\n' "$LV_QEMU_CONF_EXTRA" >> "$LV_STATE/qemu.conf"
  cat > "$LV_STATE/libvirtd.conf" <<EOF
unix_sock_dir = "$SOCKDIR"
unix_sock_group = "$LV_SOCK_GROUP"
unix_sock_ro_perms = "0777"
unix_sock_rw_perms = "0770"
auth_unix_ro = "none"
auth_unix_rw = "none"
log_outputs = "3:file:$LV_STATE/libvirtd.log"
EOF
  [ -z "${LV_CONF_EXTRA:-}" ] || printf '%s\n' "$LV_CONF_EXTRA" >> "$LV_STATE/libvirtd.conf"
  cat > "$LV_STATE/inside.sh" <<EOF
#!/bin/sh
# runs in the daemon's mount namespace (sandbox) or on the host
set -e
getent group libvirt-qemu >/dev/null || groupadd --system libvirt-qemu
getent passwd libvirt-qemu >/dev/null || useradd --system -g libvirt-qemu -d /var/lib/libvirt -s /usr/sbin/nologin libvirt-qemu
mkdir -p /etc/libvirt /var/lib/libvirt /var/log/libvirt /var/cache/libvirt /run/libvirt "$SOCKDIR"
chmod 0755 "$SOCKDIR"
if [ -f /etc/libvirt/qemu.conf ] && ! grep -q 'written by libvirt-up.sh' /etc/libvirt/qemu.conf; then
  mv /etc/libvirt/qemu.conf /etc/libvirt/qemu.conf.pre-lvup
fi
cp "$LV_STATE/qemu.conf" /etc/libvirt/qemu.conf
if [ "$LV_VIRTLOGD" = 1 ]; then /usr/sbin/virtlogd -d -p "$LV_STATE/virtlogd.pid"; fi
exec /usr/sbin/libvirtd -d -f "$LV_STATE/libvirtd.conf" -p "$PIDFILE"${LV_DAEMON_ARGS:+ $LV_DAEMON_ARGS}
EOF
  chmod +x "$LV_STATE/inside.sh"
  # 4. start
  if [ "$LV_MODE" = sandbox ]; then
    for d in etc var run; do mkdir -p "$LV_STATE/ov/$d/upper" "$LV_STATE/ov/$d/work"; done
    unshare -m --propagation private sh -c '
      set -e; S=$1
      for d in etc var run; do
        mount -t overlay "lvup-$d" -o "lowerdir=/$d,upperdir=$S/ov/$d/upper,workdir=$S/ov/$d/work" "/$d"
      done
      exec "$S/inside.sh"' sh "$LV_STATE" >>"$LV_STATE/start.log" 2>&1 \
      || { log "start failed:"; tail -n 20 "$LV_STATE/start.log" "$LV_STATE/libvirtd.log" >&2; exit 1; }
  else
    "$LV_STATE/inside.sh" >>"$LV_STATE/start.log" 2>&1 \
      || { log "start failed:"; tail -n 20 "$LV_STATE/start.log" "$LV_STATE/libvirtd.log" >&2; exit 1; }
  fi
fi

# 5. wait until virsh answers (a cold start probes QEMU's capabilities: several seconds)
deadline=$(( $(date +%s) + LV_TIMEOUT ))
until answers; do
  if [ "$(date +%s)" -ge "$deadline" ] || { [ -s "$PIDFILE" ] && ! alive; }; then
    log "libvirtd did not come up; log tail:"; tail -n 20 "$LV_STATE/libvirtd.log" >&2; exit 1
  fi
  sleep 0.1
done
caps=$(virsh -c "$URI" capabilities 2>&1) || true   # no pipe into grep -q: SIGPIPE + pipefail
grep -q "<domain type='qemu'" <<<"$caps" || { log "QEMU driver has no qemu domain type: $caps"; exit 1; }
log "libvirtd pid $(cat "$PIDFILE") ready in $(( ($(date +%s%N) - T0) / 1000000 )) ms; URI $URI"
echo "$URI"
