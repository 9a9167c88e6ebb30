#!/bin/bash
# openstack-up.sh - minimal REAL OpenStack (Zed, Debian bookworm packages) on loopback, for Welkin's
# "openstack" tests (CTest fixture, see tests/openstack/openstack.cmake) and bench_openstack.
# Adapted from the shared recipe; additions: --install-only, CP_TOKEN_EXPIRATION (short Keystone
# token lifetime for the expiry tests), cheap password hashing, quotas and allocation ratios big
# enough for 500 fake servers, a "bench" project, an application credential for user demo
# ($CP_BASE/appcred.env), keystone restarted when its config changed.
# Keystone + Glance + Placement + Neutron(server only) + Nova (api/conductor/scheduler/compute with fake driver)
# + RabbitMQ.  SQLite for every database.  No apache, no systemd, no init scripts: daemons are started by hand.
# Idempotent: re-running skips what is installed / initialised / running.
# Everything lives under $CP_BASE (default ${TMPDIR:-/tmp}/welkin-openstack).  All listeners are bound to 127.0.0.1.
# Knobs: CP_BASE, CP_PASSWORD (default welkin), CP_DEBUG=true, CP_TOKEN_EXPIRATION (s, 3600), ports P_KEYSTONE P_NOVA P_PLACEMENT P_GLANCE
# P_NEUTRON P_AMQP P_EPMD P_RABBIT_DIST.  Admin credentials: $CP_BASE/adminrc.
set -euo pipefail
export PATH=/usr/sbin:/usr/bin:/sbin:/bin          # avoid pyenv/other pythons: OpenStack lives in /usr/bin/python3
unset PYTHONPATH PYTHONHOME VIRTUAL_ENV || true
export DEBIAN_FRONTEND=noninteractive

BASE=${CP_BASE:-${TMPDIR:-/tmp}/welkin-test-openstack}
DEBS=${CP_DEBS:-/var/cache/welkin-openstack-debs}   # the *-common .debs the paste.ini files come from
TOKEN_EXPIRATION=${CP_TOKEN_EXPIRATION:-3600}
INSTALL_ONLY=0; [ "${1:-}" = --install-only ] && INSTALL_ONLY=1
PW=${CP_PASSWORD:-welkin}                        # one password for every account (test only, loopback only)
H=127.0.0.1
REGION=RegionOne
P_KEYSTONE=${P_KEYSTONE:-5000}; P_GLANCE=${P_GLANCE:-9292}; P_PLACEMENT=${P_PLACEMENT:-8778}
P_NOVA=${P_NOVA:-8774};  P_NEUTRON=${P_NEUTRON:-9696};  P_AMQP=${P_AMQP:-5672}
P_EPMD=${P_EPMD:-4369};  P_RABBIT_DIST=${P_RABBIT_DIST:-25672}
PY=/usr/bin/python3
DEBUG=${CP_DEBUG:-false}                           # CP_DEBUG=true -> debug logging everywhere
ETC=$BASE/etc; DATA=$BASE/data; LOG=$BASE/log; RUN=$BASE/run; BIN=$BASE/bin
T0=$(date +%s)
ts() { echo "[$(( $(date +%s) - T0 ))s] $*"; }

# ---------------------------------------------------------------- 1. install
PKGS="python3-nova python3-keystone python3-placement python3-glance python3-neutron python3-openstackclient
      python3-novaclient rabbitmq-server uwsgi-core uwsgi-plugin-python3 sqlite3 curl iproute2"
missing=""
for p in $PKGS; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"; done
if [ -n "$missing" ]; then
  ts "installing:$missing"
  [ -f /usr/sbin/policy-rc.d ] || { printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; }  # never auto-start daemons
  apt-get -o DPkg::Lock::Timeout=900 update -q >/dev/null
  apt-get -o DPkg::Lock::Timeout=900 -o Dpkg::Options::=--force-confold install -y --no-install-recommends $missing
fi
ts "packages present"
mkdir -p $DEBS
for pkg in nova-common glance-common neutron-common; do
  ls $DEBS/${pkg}_*.deb >/dev/null 2>&1 || (cd $DEBS && apt-get download -q "$pkg" >/dev/null 2>&1)
done
if [ $INSTALL_ONLY = 1 ]; then ts "install only: done"; exit 0; fi

mkdir -p $ETC/{keystone,glance,placement,nova,neutron} $DATA/{glance/images,nova/instances,nova/lock,neutron/lock,glance/lock,rabbitmq,keystone} $LOG $RUN $BIN

# paste.ini files are shipped only in the *-common packages (which also drag init scripts/dbconfig);
# pull just the file out of the .deb instead of installing them.
extract() {  # pkg path-in-deb dest
  local pkg=$1 path=$2 dest=$3 deb
  [ -s "$dest" ] && return 0
  deb=$(ls $DEBS/${pkg}_*.deb 2>/dev/null | head -1 || true)
  if [ -z "$deb" ]; then (cd $DEBS && apt-get download -q "$pkg" >/dev/null 2>&1); deb=$(ls $DEBS/${pkg}_*.deb | head -1); fi
  dpkg-deb --fsys-tarfile "$deb" | tar -xO ".$path" > "$dest"
}
extract nova-common    /usr/share/nova-common/api-paste.ini          $ETC/nova/api-paste.ini
extract glance-common  /usr/share/glance-common/glance-api-paste.ini $ETC/glance/glance-api-paste.ini
extract neutron-common /usr/share/neutron-common/api-paste.ini       $ETC/neutron/api-paste.ini

# small launchers for console_scripts that live in packages we do not install (nova-api, nova-compute, ...)
mk_launcher() { # name module
  cat > $BIN/$1 <<EOF
#!/usr/bin/python3
import sys
from $2 import main
sys.exit(main())
EOF
  chmod +x $BIN/$1; }
mk_launcher nova-api        nova.cmd.api
mk_launcher nova-conductor  nova.cmd.conductor
mk_launcher nova-scheduler  nova.cmd.scheduler
mk_launcher nova-compute    nova.cmd.compute
mk_launcher nova-manage     nova.cmd.manage
mk_launcher glance-api      glance.cmd.api
mk_launcher glance-manage   glance.cmd.manage
mk_launcher neutron-server  neutron.cmd.eventlet.server

# ---------------------------------------------------------------- 2. configuration
authtoken() { # user
cat <<EOF
[keystone_authtoken]
www_authenticate_uri = http://$H:$P_KEYSTONE
auth_url = http://$H:$P_KEYSTONE
auth_type = password
project_domain_name = Default
user_domain_name = Default
project_name = service
username = $1
password = $PW
region_name = $REGION
service_token_roles_required = true
EOF
}
svcauth() { # section user
cat <<EOF
[$1]
auth_type = password
auth_url = http://$H:$P_KEYSTONE/v3
project_domain_name = Default
user_domain_name = Default
project_name = service
username = $2
password = $PW
region_name = $REGION
EOF
}
AMQP="rabbit://guest:guest@$H:$P_AMQP/"

KS_CONF_SUM_OLD=$(md5sum < $ETC/keystone/keystone.conf 2>/dev/null || true)
cat > $ETC/keystone/keystone.conf <<EOF
[DEFAULT]
log_file = $LOG/keystone.log
debug = $DEBUG
[database]
connection = sqlite:///$DATA/keystone/keystone.sqlite
[token]
provider = fernet
expiration = $TOKEN_EXPIRATION
[identity]
# loopback test accounts only: cheap bcrypt keeps logins fast when tokens live 60 s
password_hash_rounds = 4
[fernet_tokens]
key_repository = $ETC/keystone/fernet-keys
[credential]
key_repository = $ETC/keystone/credential-keys
EOF
KS_CONF_SUM_NEW=$(md5sum < $ETC/keystone/keystone.conf)

cat > $ETC/glance/glance-api.conf <<EOF
[DEFAULT]
bind_host = $H
bind_port = $P_GLANCE
workers = 1
log_file = $LOG/glance-api.log
debug = $DEBUG
transport_url = $AMQP
[database]
connection = sqlite:///$DATA/glance/glance.sqlite
[glance_store]
stores = file,http
default_store = file
filesystem_store_datadir = $DATA/glance/images
[oslo_concurrency]
lock_path = $DATA/glance/lock
[paste_deploy]
flavor = keystone
config_file = $ETC/glance/glance-api-paste.ini
[oslo_messaging_notifications]
driver = noop
$(authtoken glance)
EOF

cat > $ETC/placement/placement.conf <<EOF
[DEFAULT]
log_file = $LOG/placement-api.log
debug = $DEBUG
[placement_database]
connection = sqlite:///$DATA/placement.sqlite
[api]
auth_strategy = keystone
$(authtoken placement)
EOF

cat > $ETC/neutron/neutron.conf <<EOF
[DEFAULT]
bind_host = $H
bind_port = $P_NEUTRON
core_plugin = ml2
service_plugins =
auth_strategy = keystone
api_workers = 1
rpc_workers = 0
rpc_state_report_workers = 0
transport_url = $AMQP
api_paste_config = $ETC/neutron/api-paste.ini
notify_nova_on_port_status_changes = false
notify_nova_on_port_data_changes = false
log_file = $LOG/neutron-server.log
debug = $DEBUG
state_path = $DATA/neutron
[database]
connection = sqlite:///$DATA/neutron/neutron.sqlite
[oslo_concurrency]
lock_path = $DATA/neutron/lock
[oslo_messaging_notifications]
driver = noop
[ml2]
type_drivers = flat,vlan,local
tenant_network_types = local
mechanism_drivers =
extension_drivers = port_security
[ml2_type_flat]
flat_networks = *
$(authtoken neutron)
$(svcauth nova nova)
EOF

NOVA_CONF_SUM_OLD=$(md5sum < $ETC/nova/nova.conf 2>/dev/null || true)
cat > $ETC/nova/nova.conf <<EOF
[DEFAULT]
host = welkin-compute-1
# one fake host: a resize must be allowed to land on the host it leaves (tst_cloudops_openstack)
allow_resize_to_same_host = true
my_ip = $H
transport_url = $AMQP
compute_driver = fake.MediumFakeDriver
enabled_apis = osapi_compute
osapi_compute_listen = $H
osapi_compute_listen_port = $P_NOVA
osapi_compute_workers = 1
state_path = $DATA/nova
instances_path = $DATA/nova/instances
log_dir = $LOG
debug = $DEBUG
# room for 500 fake servers (bench_openstack) on the one fake hypervisor (10 vCPUs, 8 GiB)
cpu_allocation_ratio = 100.0
ram_allocation_ratio = 100.0
disk_allocation_ratio = 100.0
[quota]
instances = 1000
cores = 2000
ram = 2048000
[api]
auth_strategy = keystone
[wsgi]
api_paste_config = $ETC/nova/api-paste.ini
[api_database]
connection = sqlite:///$DATA/nova/nova_api.sqlite
[database]
connection = sqlite:///$DATA/nova/nova_cell1.sqlite
[conductor]
workers = 1
[scheduler]
workers = 1
discover_hosts_in_cells_interval = 30
[oslo_concurrency]
lock_path = $DATA/nova/lock
[oslo_messaging_notifications]
driver = noop
[vnc]
enabled = true
server_listen = $H
server_proxyclient_address = $H
novncproxy_base_url = http://$H:6080/vnc_auto.html
[spice]
enabled = false
[glance]
region_name = $REGION
[cinder]
os_region_name = $REGION
$(authtoken nova)
$(svcauth placement nova)
$(svcauth neutron neutron)
EOF
NOVA_CONF_SUM_NEW=$(md5sum < $ETC/nova/nova.conf)
ts "configs written under $ETC"

# ---------------------------------------------------------------- functions for daemons
port_busy() { ss -Hltn "sport = :$1" | grep -q .; }
# each daemon is started with setsid, so its pid is also its process-group id; "running" = any live
# (non-zombie) process left in that group (rabbitmq's wrapper script exits, beam.smp stays in the group)
running() { [ -f $RUN/$1.pid ] && ps -eo pgid=,stat= | awk -v g="$(cat $RUN/$1.pid)" '$1==g && $2 !~ /^Z/ {f=1} END {exit !f}'; }
start() { # name port cmd...   (runs detached via setsid, pid -> $RUN/name.pid)
  local name=$1 port=$2; shift 2
  if running $name; then ts "$name already running (pid $(cat $RUN/$name.pid))"; return 0; fi
  if [ "$port" != - ] && port_busy $port; then echo "ERROR: port $port needed by $name is taken by someone else" >&2; ss -Hltnp "sport = :$port" >&2; exit 1; fi
  setsid "$@" >> $LOG/$name.out 2>&1 < /dev/null &
  echo $! > $RUN/$name.pid
  ts "started $name pid $!"
}
wait_port() { # port name [timeout]
  local i; for i in $(seq 1 ${3:-120}); do port_busy $1 && return 0; running $2 || { echo "ERROR: $2 died, see $LOG/$2.*" >&2; tail -n 20 $LOG/$2.out >&2; exit 1; }; sleep 1; done
  echo "ERROR: $2 did not open port $1" >&2; exit 1; }
wait_http() { # url name
  local i; for i in $(seq 1 120); do curl -s -o /dev/null -m 5 "$1" && return 0; sleep 1; done; echo "ERROR: $2 $1 not answering" >&2; exit 1; }

# SQLite in rollback-journal mode lets one process's open read transaction block every other process's
# commit ("database is locked" after 5 s).  WAL mode (persistent, stored in the db file) fixes that.
wal() { local f; for f in "$@"; do [ -f "$f" ] && sqlite3 "$f" 'PRAGMA journal_mode=WAL;' >/dev/null 2>&1 || true; done; }

# ---------------------------------------------------------------- 3. rabbitmq (loopback only, private node)
export RABBITMQ_NODENAME=welkin@localhost RABBITMQ_NODE_IP_ADDRESS=$H RABBITMQ_NODE_PORT=$P_AMQP \
       RABBITMQ_DIST_PORT=$P_RABBIT_DIST RABBITMQ_MNESIA_BASE=$DATA/rabbitmq/mnesia RABBITMQ_LOG_BASE=$LOG \
       RABBITMQ_CONFIG_FILE=$ETC/rabbitmq RABBITMQ_ENABLED_PLUGINS_FILE=$ETC/rabbitmq-enabled-plugins \
       RABBITMQ_CONF_ENV_FILE=$ETC/rabbitmq-env.conf RABBITMQ_PID_FILE=$DATA/rabbitmq/beam.pid \
       RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}" \
       ERL_EPMD_ADDRESS=$H ERL_EPMD_PORT=$P_EPMD
echo "[]." > $ETC/rabbitmq-enabled-plugins; : > $ETC/rabbitmq-env.conf
printf 'listeners.tcp.default = %s:%s\nloopback_users.guest = true\n' $H $P_AMQP > $ETC/rabbitmq.conf
if ! running epmd; then
  port_busy $P_EPMD && { echo "ERROR: an epmd not started by us is on $P_EPMD" >&2; exit 1; }
  start epmd - env HOME=$DATA/rabbitmq /usr/bin/epmd -address $H -port $P_EPMD
fi
start rabbitmq $P_AMQP env HOME=$DATA/rabbitmq /usr/lib/rabbitmq/bin/rabbitmq-server
wait_port $P_AMQP rabbitmq 120

# ---------------------------------------------------------------- 4. keystone
KS="keystone-manage --config-file $ETC/keystone/keystone.conf"
if running keystone && [ "$KS_CONF_SUM_OLD" != "$KS_CONF_SUM_NEW" ]; then
  # token lifetime changed (CP_TOKEN_EXPIRATION): restart keystone with the new config
  kill -TERM -- "-$(cat $RUN/keystone.pid)" 2>/dev/null || true
  for i in $(seq 1 30); do running keystone || break; sleep 0.5; done
  running keystone && kill -KILL -- "-$(cat $RUN/keystone.pid)" 2>/dev/null || true
  while port_busy $P_KEYSTONE; do sleep 0.2; done
  ts "keystone config changed: restarting it"
fi
if [ ! -f $DATA/keystone/.bootstrapped ]; then
  $KS db_sync
  wal $DATA/keystone/keystone.sqlite
  [ -d $ETC/keystone/fernet-keys ]     || $KS fernet_setup --keystone-user root --keystone-group root
  [ -d $ETC/keystone/credential-keys ] || $KS credential_setup --keystone-user root --keystone-group root
  $KS bootstrap --bootstrap-password $PW --bootstrap-region-id $REGION \
     --bootstrap-admin-url http://$H:$P_KEYSTONE/v3/ --bootstrap-internal-url http://$H:$P_KEYSTONE/v3/ \
     --bootstrap-public-url http://$H:$P_KEYSTONE/v3/
  touch $DATA/keystone/.bootstrapped; ts "keystone db + bootstrap done"
fi
start keystone $P_KEYSTONE env OS_KEYSTONE_CONFIG_FILES=$ETC/keystone/keystone.conf \
  uwsgi --plugin python3 --http-socket $H:$P_KEYSTONE --wsgi-file /usr/bin/keystone-wsgi-public \
        --master --processes 2 --threads 1 --enable-threads --die-on-term --lazy-apps --buffer-size 65535 --disable-logging \
        --add-header 'Connection: close'
wait_http http://$H:$P_KEYSTONE/v3 keystone

cat > $BASE/adminrc <<EOF
export OS_AUTH_URL=http://$H:$P_KEYSTONE/v3 OS_IDENTITY_API_VERSION=3 OS_REGION_NAME=$REGION
export OS_USERNAME=admin OS_PASSWORD=$PW OS_PROJECT_NAME=admin OS_USER_DOMAIN_NAME=Default OS_PROJECT_DOMAIN_NAME=Default
export OS_COMPUTE_API_VERSION=2.79
EOF
. $BASE/adminrc

# users / service entries / endpoints (one python process: ~10x faster than 40 'openstack' CLI calls; idempotent)
if [ ! -f $DATA/keystone/.catalog3 ]; then
$PY - "$H" "$PW" "$REGION" "$P_KEYSTONE" "$P_NOVA" "$P_GLANCE" "$P_PLACEMENT" "$P_NEUTRON" <<'EOF'
import sys
from keystoneauth1.identity import v3
from keystoneauth1 import session
from keystoneclient.v3 import client
H, PW, REGION, PK, PN, PG, PP, PNET = sys.argv[1:]
s = session.Session(auth=v3.Password(auth_url=f"http://{H}:{PK}/v3", username="admin", password=PW,
                    project_name="admin", user_domain_id="default", project_domain_id="default"))
ks = client.Client(session=s)
dom = ks.domains.get("default")
def one(lst): return lst[0] if lst else None
svcproj = one(ks.projects.list(name="service")) or ks.projects.create("service", dom, description="Service project")
demo = one(ks.projects.list(name="demo")) or ks.projects.create("demo", dom, description="Demo project")
admin_role = one(ks.roles.list(name="admin"))
member_role = one(ks.roles.list(name="member")) or ks.roles.create("member")
for r in ("reader", "service"):
    one(ks.roles.list(name=r)) or ks.roles.create(r)
demo_user = one(ks.users.list(name="demo")) or ks.users.create("demo", domain=dom, password=PW, default_project=demo)
ks.roles.grant(member_role, user=demo_user, project=demo)
admin_user = one(ks.users.list(name="admin"))
ks.roles.grant(admin_role, user=admin_user, project=demo)
bench = one(ks.projects.list(name="bench")) or ks.projects.create("bench", dom, description="bench_openstack servers")
ks.roles.grant(admin_role, user=admin_user, project=bench)
services = [("nova", "compute", "OpenStack Compute", f"http://{H}:{PN}/v2.1"),
            ("glance", "image", "OpenStack Image", f"http://{H}:{PG}"),
            ("placement", "placement", "Placement API", f"http://{H}:{PP}"),
            ("neutron", "network", "OpenStack Networking", f"http://{H}:{PNET}")]
for name, stype, desc, url in services:
    u = one(ks.users.list(name=name)) or ks.users.create(name, domain=dom, password=PW, default_project=svcproj)
    ks.roles.grant(admin_role, user=u, project=svcproj)
    # 'service' role: keystonemiddleware (service_token_roles_required=true) rejects service tokens without it
    ks.roles.grant(one(ks.roles.list(name="service")), user=u, project=svcproj)
    sv = one(ks.services.list(type=stype)) or ks.services.create(name, type=stype, description=desc)
    for iface in ("public", "internal", "admin"):
        if not ks.endpoints.list(service=sv, interface=iface, region=REGION):
            ks.endpoints.create(sv, url, interface=iface, region=REGION)
print("catalog ok")
EOF
touch $DATA/keystone/.catalog3
fi
ts "keystone users/projects/services/endpoints ready"

# ---------------------------------------------------------------- 5. glance, placement, neutron
if [ ! -f $DATA/glance/.synced ]; then $BIN/glance-manage --config-file $ETC/glance/glance-api.conf db_sync >> $LOG/glance-manage.out 2>&1; wal $DATA/glance/glance.sqlite; touch $DATA/glance/.synced; ts "glance db synced"; fi
if [ ! -f $DATA/.placement_synced ]; then placement-manage --config-file $ETC/placement/placement.conf db sync; wal $DATA/placement.sqlite; touch $DATA/.placement_synced; ts "placement db synced"; fi
if [ ! -f $DATA/neutron/.schema ]; then
  # neutron's alembic migrations are MySQL/PostgreSQL only; on SQLite build the head schema from the models
  # (exactly what neutron's own test-suite does) and stamp alembic heads.
  $PY - "$DATA/neutron/neutron.sqlite" <<'EOF'
import sys, sqlalchemy
from neutron.db.migration.models import head
eng = sqlalchemy.create_engine("sqlite:///" + sys.argv[1])
head.get_metadata().create_all(eng)
print("neutron schema created")
EOF
  wal $DATA/neutron/neutron.sqlite; touch $DATA/neutron/.schema
fi
start glance-api $P_GLANCE $BIN/glance-api --config-file $ETC/glance/glance-api.conf
# One placement process: each process syncs traits and resource classes into SQLite when it loads,
# and two loading at once can hit "database is locked", leaving one that answers 500 to nova-compute
# (no inventory reported: every boot "No valid host was found").
start placement-api $P_PLACEMENT env OS_PLACEMENT_CONFIG_DIR=$ETC/placement \
  uwsgi --plugin python3 --http-socket $H:$P_PLACEMENT --wsgi-file /usr/bin/placement-api \
        --master --processes 1 --threads 1 --enable-threads --die-on-term --lazy-apps --buffer-size 65535 --disable-logging \
        --add-header 'Connection: close'
start neutron-server $P_NEUTRON $BIN/neutron-server --config-file $ETC/neutron/neutron.conf

# ---------------------------------------------------------------- 6. nova databases + cells
NM="$BIN/nova-manage --config-file $ETC/nova/nova.conf"
if [ ! -f $DATA/nova/.cells ]; then
  $NM api_db sync
  $NM cell_v2 list_cells 2>/dev/null | grep -q ' cell0 ' || $NM cell_v2 map_cell0 --database_connection sqlite:///$DATA/nova/nova_cell0.sqlite
  $NM cell_v2 list_cells 2>/dev/null | grep -q ' cell1 ' || $NM cell_v2 create_cell --name cell1 --verbose
  $NM db sync
  wal $DATA/nova/nova_api.sqlite $DATA/nova/nova_cell0.sqlite $DATA/nova/nova_cell1.sqlite
  touch $DATA/nova/.cells; ts "nova api/cell0/cell1 databases synced"
fi
wait_port $P_PLACEMENT placement-api; wait_port $P_GLANCE glance-api; wait_port $P_NEUTRON neutron-server
start nova-conductor - $BIN/nova-conductor --config-file $ETC/nova/nova.conf
start nova-scheduler - $BIN/nova-scheduler --config-file $ETC/nova/nova.conf
if running nova-api && [ "$NOVA_CONF_SUM_OLD" != "$NOVA_CONF_SUM_NEW" ]; then
  # nova.conf changed (e.g. allow_resize_to_same_host): nova-api reads the API-side options, restart it
  kill -TERM -- "-$(cat $RUN/nova-api.pid)" 2>/dev/null || true
  for i in $(seq 1 30); do running nova-api || break; sleep 0.5; done
  running nova-api && kill -KILL -- "-$(cat $RUN/nova-api.pid)" 2>/dev/null || true
  while port_busy $P_NOVA; do sleep 0.2; done
  ts "nova config changed: restarting nova-api"
fi
start nova-api $P_NOVA $BIN/nova-api --config-file $ETC/nova/nova.conf
# nova-compute dies at once ("placement ... does not have any supported versions") when placement
# listens but does not answer its version document yet: wait for that document first.
for i in $(seq 1 120); do
  curl -s -m 5 http://$H:$P_PLACEMENT/ 2>/dev/null | grep -q '"versions"' && break
  [ $i = 120 ] && { echo "ERROR: placement-api does not answer its version document" >&2; tail -n 20 $LOG/placement-api.out >&2; exit 1; }
  sleep 1
done
start nova-compute - $BIN/nova-compute --config-file $ETC/nova/nova.conf
wait_port $P_NOVA nova-api
wait_http http://$H:$P_NOVA/ nova-api

# map the compute host into cell1 (wait until nova-compute has registered itself)
for i in $(seq 1 90); do
  if openstack compute service list --service nova-compute -f value -c State 2>/dev/null | grep -q up; then break; fi; sleep 2
done
$NM cell_v2 discover_hosts --verbose >> $LOG/nova-manage.out 2>&1 || true
for i in $(seq 1 60); do openstack hypervisor list -f value -c State 2>/dev/null | grep -q up && break; sleep 2; done
# Success only with a live nova-compute whose hypervisor placement knows (else every boot ends in
# "No valid host was found").
compute_fail() { echo "ERROR: $1" >&2; tail -n 20 $LOG/nova-compute.out $LOG/nova-compute.log 2>/dev/null >&2; exit 1; }
running nova-compute || compute_fail "nova-compute is not running"
TOKEN=$(openstack token issue -f value -c id)
for i in $(seq 1 60); do
  curl -s -m 5 -H "X-Auth-Token: $TOKEN" -H "OpenStack-API-Version: placement 1.0" \
    http://$H:$P_PLACEMENT/resource_providers | grep -q '"uuid"' && break
  [ $i = 60 ] && compute_fail "no resource provider registered in placement"
  sleep 2
done
# ... with its inventory: nova-compute reports it once a minute, so a report placement refused is
# retried within that time.
RP=$(curl -s -m 5 -H "X-Auth-Token: $TOKEN" -H "OpenStack-API-Version: placement 1.0" \
  http://$H:$P_PLACEMENT/resource_providers | $PY -c 'import json,sys; print(json.load(sys.stdin)["resource_providers"][0]["uuid"])')
for i in $(seq 1 90); do
  curl -s -m 5 -H "X-Auth-Token: $TOKEN" -H "OpenStack-API-Version: placement 1.0" \
    http://$H:$P_PLACEMENT/resource_providers/$RP/inventories | grep -q '"VCPU"' && break
  [ $i = 90 ] && compute_fail "placement has no inventory for the compute host $RP"
  sleep 2
done
ts "nova compute registered"

# ---------------------------------------------------------------- 7. flavors + image
if ! openstack flavor show m1.tiny >/dev/null 2>&1; then openstack flavor create --id 1 --vcpus 1 --ram 512 --disk 1 m1.tiny >/dev/null; fi
if ! openstack flavor show m1.small >/dev/null 2>&1; then openstack flavor create --id 2 --vcpus 1 --ram 2048 --disk 20 m1.small >/dev/null; fi
if ! openstack image show cirros-fake >/dev/null 2>&1; then
  head -c 1048576 /dev/zero > $DATA/tiny.img
  openstack image create --disk-format raw --container-format bare --public --file $DATA/tiny.img cirros-fake >/dev/null
fi
if ! openstack flavor show w1.nano >/dev/null 2>&1; then openstack flavor create --id 10 --vcpus 1 --ram 64 --disk 0 w1.nano >/dev/null; fi
ts "flavors m1.tiny/m1.small/w1.nano + image cirros-fake ready"

# application credential of user demo (its secret is shown only once: kept in appcred.env)
if [ ! -s $BASE/appcred.env ]; then
  (export OS_USERNAME=demo OS_PROJECT_NAME=demo
   openstack application credential create welkin-test -f value -c id -c secret) > $BASE/appcred.tmp
  { echo "APPCRED_ID=$(sed -n 1p $BASE/appcred.tmp)"; echo "APPCRED_SECRET=$(sed -n 2p $BASE/appcred.tmp)"; } > $BASE/appcred.env
  rm -f $BASE/appcred.tmp; chmod 600 $BASE/appcred.env
fi
ts "application credential in $BASE/appcred.env"

echo "== endpoints"; openstack endpoint list -c 'Service Type' -c Interface -c URL -f value | sort
echo "== pids"; for f in $RUN/*.pid; do printf '%-16s %s\n' $(basename $f .pid) $(cat $f); done
echo "== admin credentials: . $BASE/adminrc   (demo user: demo/$PW project demo)"
echo "OPENSTACK UP in $(( $(date +%s) - T0 ))s"
