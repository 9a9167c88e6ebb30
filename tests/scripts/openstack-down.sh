#!/bin/bash
# openstack-down.sh - stop everything tests/scripts/openstack-up.sh started (by recorded process-group id only).
#   --purge   also delete databases/config/logs ($CP_BASE), so the next up starts from scratch.
#   (packages stay installed; remove them with apt-get if wanted)
set -u
export PATH=/usr/sbin:/usr/bin:/sbin:/bin
BASE=${CP_BASE:-${TMPDIR:-/tmp}/welkin-test-openstack}
RUN=$BASE/run
alive() { ps -eo pgid=,stat= | awk -v g="$1" '$1==g && $2 !~ /^Z/ {f=1} END {exit !f}'; }
# reverse start order; every daemon was started with setsid, so pid == process-group id
for name in nova-compute nova-api nova-scheduler nova-conductor neutron-server placement-api glance-api keystone rabbitmq epmd; do
  f=$RUN/$name.pid; [ -f "$f" ] || continue
  pg=$(cat "$f")
  if alive "$pg"; then
    kill -TERM -- "-$pg" 2>/dev/null
    for i in $(seq 1 30); do alive "$pg" || break; sleep 0.5; done
    if alive "$pg"; then kill -KILL -- "-$pg" 2>/dev/null; echo "killed -9 $name (pgid $pg)"; else echo "stopped $name (pgid $pg)"; fi
  fi
  rm -f "$f"
done
if [ "${1:-}" = "--purge" ]; then rm -rf "$BASE"; echo "purged $BASE"; fi
