#!/bin/bash
# libvirt-tls-up.sh start|stop DIR - a private libvirtd that listens with TLS (qemu+tls://).
#
# start: stops whatever an earlier run left in DIR, makes a fresh PKI with openssl in DIR/pki:
#          ca/        the test CA (cacert.pem, cakey.pem)
#          other-ca/  a second, unrelated CA
#          server/    servercert.pem + serverkey.pem (CN 127.0.0.1, SAN IP:127.0.0.1 DNS:localhost)
#        and one client directory per case, each in the layout of libvirt's `pkipath` URI
#        parameter (cacert.pem, clientcert.pem, clientkey.pem):
#          client/          the CA, a valid client certificate
#          client-wrongca/  the other CA's cacert.pem, the same valid client certificate
#          client-otherca/  the other CA, a client certificate of the other CA (trusts another
#                           server CA: the server's certificate is not trusted)
#          client-expired/  the CA, a client certificate that expired in 2021
#        then starts libvirtd (libvirt-up.sh, sandbox mode, state in DIR) with listen_tls=1,
#        listen_tcp=0 and tls_port on a free port, plus its usual UNIX socket, waits until the
#        TLS port answers and a TLS `virsh version` works, and defines (never starts) the guest
#        "welkin-tls". Writes DIR/tls-port; prints the TLS URI of client/.
#        Connect with qemu+tls://127.0.0.1:PORT/system?pkipath=DIR/pki/client
# stop:  stops the daemon; keeps DIR (its QEMU capability cache makes the next start fast).
#
# The daemon listens on 0.0.0.0 so that 127.0.0.2 (a name missing from the server
# certificate) reaches it too; only clients with a certificate of the throwaway CA get in.
# DIR must be short (UNIX socket path under 108 bytes): use /tmp/welkin-test-*.
# Needs root; otherwise runs itself through sudo.
set -euo pipefail

usage() { echo "usage: $0 start|stop DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
CMD=$1
STATE=$2
case $CMD in start|stop) ;; *) usage;; esac
case $STATE in /*) ;; *) echo "libvirt-tls-up: DIR must be absolute" >&2; exit 2;; esac

if [ "$(id -u)" != 0 ]; then
  exec sudo env LV_SOCK_GROUP="${LV_SOCK_GROUP:-$(id -gn)}" LV_TIMEOUT="${LV_TIMEOUT:-120}" \
    LV_CGROUPS="${LV_CGROUPS:-1}" PATH="/usr/sbin:/usr/bin:/sbin:/bin" bash "$0" "$@"
fi

HERE=$(cd "$(dirname "$0")" && pwd)
export LV_MODE=sandbox LV_STATE=$STATE
PKI=$STATE/pki
log() { echo "[libvirt-tls-up $(date +%T.%3N)] $*" >&2; }
ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
T0=$(date +%s%N)

if [ "$CMD" = stop ]; then
  "$HERE/libvirt-down.sh"
  rm -f "$STATE/tls-port"
  log "stopped in $(ms_since "$T0") ms"
  exit 0
fi

# A daemon left by a failed run listens on another port with older certificates: stop it.
"$HERE/libvirt-down.sh" 2>/dev/null || true
rm -f "$STATE/tls-port"

# ---- PKI ------------------------------------------------------------------------------------
rm -rf "$PKI"
mkdir -p "$PKI"
cat > "$PKI/openssl.cnf" <<'EOF'
# written by libvirt-tls-up.sh; CA_DIR comes from the environment
[ca]
default_ca = test_ca
[test_ca]
database = $ENV::CA_DIR/index.txt
new_certs_dir = $ENV::CA_DIR/issued
serial = $ENV::CA_DIR/serial
default_md = sha256
policy = any_name
unique_subject = no
copy_extensions = none
[any_name]
organizationName = optional
commonName = supplied
[req]
distinguished_name = dn
prompt = no
[dn]
CN = unused
[ca_ext]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
# libvirt checks key usage and purpose of its own and the peer's certificate
[server_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1, DNS:localhost
[client_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = clientAuth
EOF

ossl() { # quiet unless it fails
  local out
  out=$(CA_DIR=${CA_DIR:-$PKI} openssl "$@" -config "$PKI/openssl.cnf" 2>&1) || { log "openssl $1 failed: $out"; exit 1; }
}
newkey() { openssl genpkey -quiet -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$1" 2>/dev/null \
             || openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$1" 2>/dev/null; }

# make_ca DIR "CN"
make_ca() {
  mkdir -p "$1/issued"
  : > "$1/index.txt"
  echo 1000 > "$1/serial"
  newkey "$1/cakey.pem"
  chmod 0600 "$1/cakey.pem"
  CA_DIR=$1 ossl req -x509 -new -key "$1/cakey.pem" -subj "/O=Welkin test/CN=$2" -days 30 \
    -extensions ca_ext -out "$1/cacert.pem"
}

# issue CA_DIR EXT "CN" CERT KEY [STARTDATE ENDDATE] - a certificate signed by CA_DIR's CA
issue() {
  local ca=$1 ext=$2 cn=$3 cert=$4 key=$5 dates
  newkey "$key"
  CA_DIR=$ca ossl req -new -key "$key" -subj "/O=Welkin test/CN=$cn" -out "$cert.csr"
  if [ $# -ge 7 ]; then dates=(-startdate "$6" -enddate "$7"); else dates=(-days 30); fi
  CA_DIR=$ca ossl ca -batch -notext -cert "$ca/cacert.pem" -keyfile "$ca/cakey.pem" \
    -extensions "$ext" "${dates[@]}" -in "$cert.csr" -out "$cert"
  rm -f "$cert.csr"
}

# client_dir NAME CA_FOR_TRUST CA_FOR_CERT [STARTDATE ENDDATE]
client_dir() {
  local d=$PKI/$1
  mkdir -p "$d"
  cp "$2/cacert.pem" "$d/cacert.pem"
  issue "$3" client_ext "welkin-test-$1" "$d/clientcert.pem" "$d/clientkey.pem" "${@:4}"
}

make_ca "$PKI/ca" "Welkin test CA"
make_ca "$PKI/other-ca" "Unrelated test CA"
mkdir -p "$PKI/server"
issue "$PKI/ca" server_ext 127.0.0.1 "$PKI/server/servercert.pem" "$PKI/server/serverkey.pem"
client_dir client "$PKI/ca" "$PKI/ca"
client_dir client-wrongca "$PKI/other-ca" "$PKI/ca"
client_dir client-otherca "$PKI/other-ca" "$PKI/other-ca"
client_dir client-expired "$PKI/ca" "$PKI/ca" 20200101000000Z 20210101000000Z
chmod 0755 "$STATE" "$PKI"
# A caller that came through sudo reads its client keys itself (libvirt runs in its process).
if [ -n "${SUDO_UID:-}" ]; then chown -R "$SUDO_UID:${SUDO_GID:-0}" "$PKI"/client*; fi
log "certificates made in $(ms_since "$T0") ms"

# ---- a free port ----------------------------------------------------------------------------
# Below the ephemeral range (32768+), not listening on any address (/proc: no ss/netstat needed).
listening() { # PORT: is something listening on it?
  local hex
  hex=$(printf '%04X' "$1")
  awk -v p=":$hex" 'NR > 1 && $4 == "0A" && substr($2, length($2) - 4) == p { found = 1 } END { exit !found }' \
    /proc/net/tcp /proc/net/tcp6 2>/dev/null
}
PORT=""
for _ in $(seq 1 50); do
  candidate=$(( 20000 + RANDOM % 12000 ))
  listening "$candidate" || { PORT=$candidate; break; }
done
[ -n "$PORT" ] || { log "no free TCP port found"; exit 1; }

# ---- daemon ---------------------------------------------------------------------------------
LV_CONF_EXTRA="listen_tls = 1
listen_tcp = 0
tls_port = \"$PORT\"
listen_addr = \"0.0.0.0\"
auth_tls = \"none\"
ca_file = \"$PKI/ca/cacert.pem\"
cert_file = \"$PKI/server/servercert.pem\"
key_file = \"$PKI/server/serverkey.pem\"" \
LV_DAEMON_ARGS=--listen "$HERE/libvirt-up.sh" >/dev/null
UNIX_URI=$(cat "$STATE/uri")
TLS_URI="qemu+tls://127.0.0.1:$PORT/system?pkipath=$PKI/client"

fail() { log "$1; daemon log tail:"; tail -n 20 "$STATE/libvirtd.log" >&2; exit 1; }
deadline=$(( $(date +%s) + ${LV_TIMEOUT:-120} ))
until timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$PORT" 2>/dev/null; do
  [ "$(date +%s)" -lt "$deadline" ] || fail "TLS port $PORT does not answer"
  sleep 0.1
done
out=$(timeout 30 virsh -c "$TLS_URI" version 2>&1) || fail "virsh over TLS failed: $out"

# ---- the guest the tests list (defined, shut off; no disk: it is never started) -------------
cat > "$STATE/welkin-tls.xml" <<'EOF'
<domain type='qemu'>
  <name>welkin-tls</name>
  <uuid>c0ffee00-7e57-4d1e-9a11-000000000715</uuid>
  <memory unit='MiB'>32</memory>
  <vcpu>1</vcpu>
  <os><type arch='x86_64' machine='pc'>hvm</type></os>
</domain>
EOF
out=$(timeout 60 virsh -q -c "$UNIX_URI" define "$STATE/welkin-tls.xml" 2>&1) || fail "defining welkin-tls failed: $out"
echo "$PORT" > "$STATE/tls-port"
log "ready in $(ms_since "$T0") ms: TLS port $PORT"
echo "$TLS_URI"
