#!/bin/sh
# The .desktop file and the AppStream metainfo pass the validators distributions run.
set -eu
SRC=$1
desktop-file-validate "$SRC/packaging/org.welkin.Welkin.desktop"
appstreamcli validate --no-net "$SRC/packaging/org.welkin.Welkin.metainfo.xml"
# The launchable and the icon name must match the files we install.
grep -q '<launchable type="desktop-id">org.welkin.Welkin.desktop</launchable>' "$SRC/packaging/org.welkin.Welkin.metainfo.xml"
grep -qx 'Icon=org.welkin.Welkin' "$SRC/packaging/org.welkin.Welkin.desktop"
echo "desktop file and metainfo valid"
