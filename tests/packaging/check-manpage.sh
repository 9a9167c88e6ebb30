#!/bin/sh
# welkin.1 and `welkin --help` document the same long options.
set -eu
SRC=$1 WELKIN=$2
help_opts=$(QT_QPA_PLATFORM=offscreen "$WELKIN" --help | grep -o -- '--[a-z][a-z-]*' | sort -u)
man_opts=$(sed -n '/^\.SH OPTIONS/,/^\.SH EXIT/p' "$SRC/packaging/welkin.1" | sed 's/\\-/-/g' \
  | grep -o -- '--[a-z][a-z-]*' | sort -u)
[ -n "$help_opts" ] || { echo "welkin --help printed no options" >&2; exit 1; }
if [ "$help_opts" != "$man_opts" ]; then
  echo "options differ between welkin --help and packaging/welkin.1:" >&2
  printf '%s\n' "$help_opts" > /tmp/welkin-help-opts.$$
  printf '%s\n' "$man_opts" | diff -u /tmp/welkin-help-opts.$$ - >&2 || true
  rm -f /tmp/welkin-help-opts.$$
  exit 1
fi
# The version in the man page header is the program's.
version=$("$WELKIN" --version | awk '{print $NF}')
grep -q "\"welkin $version\"" "$SRC/packaging/welkin.1" || { echo "welkin.1 is not for version $version" >&2; exit 1; }
echo "man page documents: $(echo $help_opts)"
