#!/bin/sh
# Every hicolor PNG was rendered at its size and is not empty.
set -eu
ICONS=$1
for size in 16 22 24 32 48 64 128 256; do
  png="$ICONS/${size}x${size}/org.welkin.Welkin.png"
  [ -s "$png" ] || { echo "missing $png" >&2; exit 1; }
  # PNG header: width and height are the big-endian words at bytes 16 and 20.
  dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4 "x" $7*256+$8}')
  [ "$dims" = "${size}x${size}" ] || { echo "$png is $dims, not ${size}x${size}" >&2; exit 1; }
done
echo "icons rendered at 16..256"
