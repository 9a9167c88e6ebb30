# Real libvirtd with the QEMU driver (label `qemu`). Each daemon is a CTest fixture: a setup test
# starts it (tests/scripts/qemu-fixture.sh: private mount namespace, state under /tmp, TCG guest
# "welkin-tiny" defined but shut off), a cleanup test stops it after the last test that needs it.
# The hung-host test SIGSTOPs its daemon, so it gets a second daemon of its own.
# The tests FAIL when their daemon is missing (a broken fixture must not look like a pass).
# Socket paths are limited to 108 bytes: the state dirs stay short and fixed.
set(WELKIN_QEMU_FIXTURE ${CMAKE_CURRENT_LIST_DIR}/../scripts/qemu-fixture.sh)

# welkin_qemu_fixture(NAME STATE_DIR): tests NAME_start / NAME_stop and fixture NAME.
function(welkin_qemu_fixture name state_dir)
  add_test(NAME ${name}_start COMMAND ${WELKIN_QEMU_FIXTURE} start ${state_dir})
  add_test(NAME ${name}_stop COMMAND ${WELKIN_QEMU_FIXTURE} stop ${state_dir})
  # A cold start installs nothing (install-deps.sh did) but probes QEMU: ~8 s; allow slow machines.
  set_tests_properties(${name}_start PROPERTIES FIXTURES_SETUP ${name} LABELS qemu TIMEOUT 300)
  set_tests_properties(${name}_stop PROPERTIES FIXTURES_CLEANUP ${name} LABELS qemu TIMEOUT 120)
endfunction()

set(WELKIN_QEMU_STATE /tmp/welkin-test-qemu)
set(WELKIN_HANG_STATE /tmp/welkin-test-hang)
welkin_qemu_fixture(libvirtd_qemu ${WELKIN_QEMU_STATE})
welkin_qemu_fixture(libvirtd_hang ${WELKIN_HANG_STATE})

# Lifecycle, stats and events of a real guest.
welkin_add_test(tst_libvirt_qemu integration/tst_libvirt_qemu.cpp qemu)
set_tests_properties(tst_libvirt_qemu PROPERTIES FIXTURES_REQUIRED libvirtd_qemu TIMEOUT 180)
set_property(TEST tst_libvirt_qemu APPEND PROPERTY ENVIRONMENT
  "WELKIN_QEMU_URI=qemu:///system?socket=${WELKIN_QEMU_STATE}/sock/libvirt-sock")

# Hung host: SIGSTOP of the daemon. Alone on the machine, so other tests' CPU use cannot pass for
# event-loop stalls.
welkin_add_test(tst_libvirt_hang integration/tst_libvirt_hang.cpp qemu)
set_tests_properties(tst_libvirt_hang PROPERTIES FIXTURES_REQUIRED libvirtd_hang TIMEOUT 180 RUN_SERIAL TRUE)
set_property(TEST tst_libvirt_hang APPEND PROPERTY ENVIRONMENT
  "WELKIN_HANG_URI=qemu:///system?socket=${WELKIN_HANG_STATE}/sock/libvirt-sock"
  "WELKIN_HANG_PIDFILE=${WELKIN_HANG_STATE}/libvirtd.pid")
