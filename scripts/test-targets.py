#!/usr/bin/env python3
"""Print the build targets behind the tests of a configured build directory that match a CTest
label expression, so a build can compile only what those tests run (make test-asan)."""
import json, os, subprocess, sys

build_dir, labels = sys.argv[1], sys.argv[2]
out = subprocess.run(["ctest", "--show-only=json-v1", "-L", labels], cwd=build_dir,
                     check=True, capture_output=True, text=True).stdout
targets = set()
for test in json.loads(out).get("tests", []):
    command = test.get("command") or []
    # CTest names no command for an executable not built yet: those tests are named after their
    # target.
    if not command:
        targets.add(test["name"])
        continue
    # Executables built here are targets of the same name; scripts and system tools are not.
    if command and os.path.realpath(command[0]).startswith(os.path.realpath(build_dir) + os.sep):
        targets.add(os.path.basename(command[0]))
print(" ".join(sorted(targets)))
