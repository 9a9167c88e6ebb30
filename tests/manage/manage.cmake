# Managing libvirt hosts (label `manage`): storage pools, volumes, networks, creating, cloning and
# deleting VMs, against a real libvirtd with QEMU guests of its own (fixture libvirtd_manage:
# same script as the `qemu` label, its own state dir, so what these tests create never shows up
# in the other tests' counts).
set(WELKIN_MANAGE_STATE /tmp/welkin-test-mng)
welkin_qemu_fixture(libvirtd_manage ${WELKIN_MANAGE_STATE})
set_tests_properties(libvirtd_manage_start libvirtd_manage_stop PROPERTIES LABELS "qemu;manage")
set(WELKIN_MANAGE_URI "qemu:///system?socket=${WELKIN_MANAGE_STATE}/sock/libvirt-sock")

# welkin_manage_test(NAME SOURCE [LIBS...]): a `manage` test on the libvirtd_manage fixture, with
# WELKIN_MANAGE_URI and WELKIN_MANAGE_STATE (a directory the daemon may write to) set.
function(welkin_manage_test name source)
  welkin_add_test(${name} ${source} manage ${ARGN})
  set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED libvirtd_manage TIMEOUT 300)
  set_property(TEST ${name} APPEND PROPERTY ENVIRONMENT
    "WELKIN_MANAGE_URI=${WELKIN_MANAGE_URI}" "WELKIN_MANAGE_STATE=${WELKIN_MANAGE_STATE}")
endfunction()

# -- storage and networks (core)
# -- VMs (core)
# -- host pages (gui)
# -- wizard, clone, delete (gui)
