#!/bin/sh
# locked-build.sh TARGET... - configure (if needed) and build targets in ./build, one build at a
# time on this machine (2 cores: parallel compiles only thrash).
set -eu
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
exec flock /tmp/welkin-build.lock sh -c '
  set -e
  [ -f "$0/build.ninja" ] || cmake -S . -B "$0" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$0" --target "$@"
' "$BUILD_DIR" "$@"
