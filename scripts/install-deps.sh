#!/bin/sh
# install-deps.sh - install every Debian 12 package Welkin needs to build, run and test.
# Idempotent: installs only what is missing; uses sudo when not run as root.
#   WELKIN_DEPS=build   toolchain + libraries (enough for `make run`)
#   WELKIN_DEPS=test    build + what the test suite runs (libvirtd, QEMU, Xvfb, ...)  [default]
set -eu
MODE=${WELKIN_DEPS:-test}

BUILD="build-essential cmake ninja-build ccache pkg-config git
 qt6-base-dev qt6-base-dev-tools qt6-svg-dev libqt6svg6 qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite qt6-tools-dev qt6-l10n-tools
 qt6-qpa-plugins libvirt-dev libvirt0 qtkeychain-qt6-dev libsecret-1-0 libgl-dev
 libvncserver-dev libyaml-cpp-dev
 libosinfo-1.0-dev osinfo-db libisofs-dev libglib2.0-dev"
TEST="libvirt-daemon libvirt-daemon-driver-qemu libvirt-clients qemu-system-x86 qemu-utils
 xvfb xauth x11-utils imagemagick dbus procps util-linux
 virt-viewer openssh-server openssh-client
 desktop-file-utils appstream python3
 gnome-keyring libsecret-tools dbus-bin dbus-daemon openssl libglib2.0-bin
 netcat-openbsd genisoimage dnsmasq-base lvm2 nfs-common iptables
 clang libclang-rt-14-dev llvm"

PKGS=$BUILD
[ "$MODE" = test ] && PKGS="$BUILD $TEST"

missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed' || missing="$missing $p"
done
if [ -z "$missing" ]; then
  echo "install-deps: all packages present"
  exit 0
fi

SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
echo "install-deps: installing:$missing"
install() {
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 \
    install -y -q --no-install-recommends $missing
}
install || { $SUDO apt-get -o DPkg::Lock::Timeout=600 update -q && install; }
