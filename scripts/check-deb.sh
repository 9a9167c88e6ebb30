#!/bin/sh
# check-deb.sh BUILD_DIR - installs the package CPack built with apt (which must resolve every
# dependency), runs the installed welkin (--version, --help, the headless listing of the demo
# host), checks the installed desktop files, then removes the package and checks nothing is left.
set -eu
BUILD=${1:-build}
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
deb=$(ls "$BUILD"/welkin_*.deb | head -n1)
[ -f "$deb" ] || { echo "check-deb: no package in $BUILD" >&2; exit 1; }
echo "check-deb: $deb"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
case "$deb" in /*) ;; *) deb="./$deb" ;; esac
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q "$deb"

/usr/bin/welkin --version
/usr/bin/welkin --help >/dev/null
out=$(QT_QPA_PLATFORM=offscreen /usr/bin/welkin --list --format table)
echo "$out" | head -n 8
echo "$out" | grep -q 'web-01' || { echo "check-deb: the installed welkin did not list the demo host" >&2; exit 1; }
for f in /usr/share/applications/org.welkin.Welkin.desktop /usr/share/metainfo/org.welkin.Welkin.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/org.welkin.Welkin.svg \
         /usr/share/icons/hicolor/48x48/apps/org.welkin.Welkin.png /usr/share/man/man1/welkin.1.gz; do
  [ -s "$f" ] || { echo "check-deb: $f not installed" >&2; exit 1; }
done
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate /usr/share/applications/org.welkin.Welkin.desktop
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net /usr/share/metainfo/org.welkin.Welkin.metainfo.xml
fi

$SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 remove -y -q welkin
[ ! -e /usr/bin/welkin ] || { echo "check-deb: /usr/bin/welkin left after removal" >&2; exit 1; }
left=$(dpkg -L welkin 2>/dev/null | grep -v '^/\.$' | while read -r f; do [ -f "$f" ] && echo "$f"; done || true)
[ -z "$left" ] || { echo "check-deb: files left after removal: $left" >&2; exit 1; }
echo "check-deb: installed, ran and removed cleanly"
