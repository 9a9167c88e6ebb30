# Live migration between libvirt hosts (label `migration`): two private libvirtds on this machine
# as hosts A and B (fixture libvirtd_migration: tests/scripts/migration-fixture.sh, each daemon in
# its own mount namespace with its own host UUID, port ranges and /var overlay), the TCG guest
# "welkin-tiny" defined on A. Both tests move that one guest: never at the same time.
set(WELKIN_MIGRATION_FIXTURE ${CMAKE_CURRENT_LIST_DIR}/../scripts/migration-fixture.sh)
set(WELKIN_MIGRATION_STATE_A /tmp/welkin-test-mga)
set(WELKIN_MIGRATION_STATE_B /tmp/welkin-test-mgb)
add_test(NAME libvirtd_migration_start
  COMMAND ${WELKIN_MIGRATION_FIXTURE} start ${WELKIN_MIGRATION_STATE_A} ${WELKIN_MIGRATION_STATE_B})
add_test(NAME libvirtd_migration_stop
  COMMAND ${WELKIN_MIGRATION_FIXTURE} stop ${WELKIN_MIGRATION_STATE_A} ${WELKIN_MIGRATION_STATE_B})
# Two cold starts probe QEMU twice: ~12 s; allow slow machines.
set_tests_properties(libvirtd_migration_start PROPERTIES FIXTURES_SETUP libvirtd_migration LABELS migration TIMEOUT 300)
set_tests_properties(libvirtd_migration_stop PROPERTIES FIXTURES_CLEANUP libvirtd_migration LABELS migration TIMEOUT 120)

function(welkin_migration_test name source)
  welkin_add_test(${name} ${source} migration PkgConfig::LIBVIRT)
  target_sources(${name} PRIVATE migration/MigrationTestHosts.h migration/MigrationTestHosts.cpp)
  set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED libvirtd_migration RESOURCE_LOCK welkin_migration_guest TIMEOUT 300)
  set_property(TEST ${name} APPEND PROPERTY ENVIRONMENT
    "WELKIN_MIGRATION_URI_A=qemu:///system?socket=${WELKIN_MIGRATION_STATE_A}/sock/libvirt-sock"
    "WELKIN_MIGRATION_URI_B=qemu:///system?socket=${WELKIN_MIGRATION_STATE_B}/sock/libvirt-sock")
endfunction()

# Pre-flight rules, job figures and texts, flags (no daemon).
welkin_add_test(tst_migrationchecks migration/tst_migrationchecks.cpp unit PkgConfig::LIBVIRT)
# Pre-flight on real hosts, A -> B -> A live with the disk copied, offline moves.
welkin_migration_test(tst_migration_live migration/tst_migration_live.cpp)
# Cancelled mid-flight and failing half-way (throttled to 1 MiB/s so they last).
welkin_migration_test(tst_migration_cancel migration/tst_migration_cancel.cpp)
# The gestures (Enter Maintenance, the Migrate dialog and the Migrations window) on the same hosts.
welkin_migration_test(tst_migration_gui migration/tst_migration_gui.cpp)
target_link_libraries(tst_migration_gui PRIVATE welkin-ui)
set_property(TEST tst_migration_gui APPEND PROPERTY LABELS gui)
