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
welkin_add_test(tst_ipv4subnet manage/tst_ipv4subnet.cpp unit)
welkin_add_test(tst_namerules manage/tst_namerules.cpp unit)
welkin_add_test(tst_storagexml manage/tst_storagexml.cpp unit)
welkin_manage_test(tst_manage_storage manage/tst_manage_storage.cpp PkgConfig::LIBVIRT)
# It cuts uploads off half-way: nothing else may use the daemon meanwhile.
set_tests_properties(tst_manage_storage PROPERTIES RUN_SERIAL TRUE)
welkin_manage_test(tst_manage_networks manage/tst_manage_networks.cpp)
# -- VMs (core)
welkin_add_test(tst_domainxmlwriter manage/tst_domainxmlwriter.cpp unit)
welkin_add_test(tst_domaincapsparser manage/tst_domaincapsparser.cpp unit)
welkin_add_test(tst_domainxmledit manage/tst_domainxmledit.cpp unit)
welkin_add_test(tst_cloudinitseed manage/tst_cloudinitseed.cpp unit)
welkin_add_test(tst_oscatalog manage/tst_oscatalog.cpp unit)
# Under ASan: full stacks for allocations, so LeakSanitizer can tell libosinfo's own leaks (suppressed
# by library in tests/sanitizers/lsan.supp) from ours; glib has no frame pointers to walk fast.
set_property(TEST tst_oscatalog APPEND PROPERTY ENVIRONMENT "ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:fast_unwind_on_malloc=0")
# That makes loading osinfo-db take ~2 min under ASan (1 s otherwise).
set_tests_properties(tst_oscatalog PROPERTIES TIMEOUT 900)
welkin_manage_test(tst_manage_vms manage/tst_manage_vms.cpp PkgConfig::LIBVIRT)
welkin_manage_test(tst_manage_clone manage/tst_manage_clone.cpp PkgConfig::LIBVIRT)
foreach(test tst_manage_vms tst_manage_clone)
  target_sources(${test} PRIVATE manage/ManageTestHost.h manage/ManageTestHost.cpp)
endforeach()
# -- host pages (gui)
welkin_manage_test(tst_hostpages manage/tst_hostpages.cpp welkin-ui welkin-resources)
welkin_add_test(tst_hostforms manage/tst_hostforms.cpp manage welkin-ui welkin-resources) # no host needed
# -- wizard, clone, delete (gui)
welkin_manage_test(tst_vmwizard manage/tst_vmwizard.cpp welkin-ui welkin-resources)
# -- uploads through qemu+ssh (a private sshd in front of the fixture)
welkin_manage_test(tst_manage_upload_ssh manage/tst_manage_upload_ssh.cpp)
