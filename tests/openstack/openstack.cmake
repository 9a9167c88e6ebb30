# OpenStack provider (label `openstack`). Contract, clouds.yaml and HTTP-failure tests need
# nothing running; the loopback and CLI tests need a REAL OpenStack Zed on 127.0.0.1 (Keystone,
# Nova with the fake driver, Glance, Placement, Neutron API), which the CTest fixture
# `openstack_loopback` starts with tests/scripts/openstack-up.sh (root; installs the Debian
# packages when missing; state kept in WELKIN_OPENSTACK_STATE, so a later start is warm) and
# stops after the last test. Keystone tokens live 180 s there, for the expiry test (shorter
# lifetimes make every OpenStack service log in again on each call: keystoneauth renews tokens
# with less than 120 s left, and the whole cloud slows to a crawl).
set(WELKIN_OPENSTACK_STATE /tmp/welkin-test-openstack)
set(WELKIN_OPENSTACK_SCRIPTS ${CMAKE_CURRENT_LIST_DIR}/../scripts)

welkin_add_test(tst_openstack_contract openstack/tst_openstack_contract.cpp openstack)
target_compile_definitions(tst_openstack_contract PRIVATE
  WELKIN_OPENSTACK_DATA="${CMAKE_CURRENT_LIST_DIR}/../data/openstack")
welkin_add_test(tst_openstack_config openstack/tst_openstack_config.cpp openstack)
welkin_add_test(tst_openstack_http openstack/tst_openstack_http.cpp openstack)

add_test(NAME openstack_loopback_start COMMAND env CP_BASE=${WELKIN_OPENSTACK_STATE} CP_TOKEN_EXPIRATION=180
  ${WELKIN_OPENSTACK_SCRIPTS}/openstack-up.sh)
add_test(NAME openstack_loopback_stop COMMAND env CP_BASE=${WELKIN_OPENSTACK_STATE}
  ${WELKIN_OPENSTACK_SCRIPTS}/openstack-down.sh)
# Cold: package install (~2-3 min when missing) + first start (~3 min); warm start ~1 min.
set_tests_properties(openstack_loopback_start PROPERTIES FIXTURES_SETUP openstack_loopback LABELS openstack
  TIMEOUT 900 RUN_SERIAL TRUE)
set_tests_properties(openstack_loopback_stop PROPERTIES FIXTURES_CLEANUP openstack_loopback LABELS openstack TIMEOUT 120)

add_library(welkin-openstack-testcloud STATIC openstack/LoopbackCloud.h openstack/LoopbackCloud.cpp)
target_link_libraries(welkin-openstack-testcloud PUBLIC welkin-core Qt6::Test welkin-options)

welkin_add_test(tst_openstack_loopback openstack/tst_openstack_loopback.cpp openstack welkin-openstack-testcloud)
welkin_add_test(tst_openstack_snapshots openstack/tst_openstack_snapshots.cpp openstack welkin-openstack-testcloud)
welkin_add_test(tst_snapshotspage_openstack openstack/tst_snapshotspage_openstack.cpp openstack
  welkin-openstack-testcloud welkin-ui welkin-resources)
welkin_add_test(tst_openstack_cli openstack/tst_openstack_cli.cpp openstack welkin-openstack-testcloud welkin-testsupport)
target_compile_definitions(tst_openstack_cli PRIVATE WELKIN_BINARY="$<TARGET_FILE:welkin>")
add_dependencies(tst_openstack_cli welkin)
welkin_add_test(tst_cloudops_openstack openstack/tst_cloudops_openstack.cpp openstack welkin-openstack-testcloud)
foreach(t tst_openstack_loopback tst_openstack_snapshots tst_snapshotspage_openstack tst_openstack_cli tst_cloudops_openstack)
  # All create servers in the same cloud: one at a time keeps Nova's fake host predictable.
  set_tests_properties(${t} PROPERTIES FIXTURES_REQUIRED openstack_loopback TIMEOUT 900 RESOURCE_LOCK openstack_loopback)
  set_property(TEST ${t} APPEND PROPERTY ENVIRONMENT "WELKIN_OPENSTACK_BASE=${WELKIN_OPENSTACK_STATE}")
endforeach()
set_property(TEST tst_openstack_cli APPEND PROPERTY ENVIRONMENT "DISPLAY=" "WAYLAND_DISPLAY=")
# The Snapshots panel's OpenStack side: run with the other snapshot and editing tests (-L edit).
set_property(TEST tst_openstack_snapshots tst_snapshotspage_openstack APPEND PROPERTY LABELS edit)
# Creating servers, resize/rebuild/rename/lock and consoles: with the CloudStack side (-L cloudops).
set_property(TEST tst_cloudops_openstack APPEND PROPERTY LABELS cloudops)

# Figures, quotas and events of servers (diagnostics, hypervisors, limits, instance actions).
welkin_add_test(tst_cloudops_openstack_monitoring openstack/tst_cloudops_openstack_monitoring.cpp openstack
  welkin-openstack-testcloud)
set_tests_properties(tst_cloudops_openstack_monitoring PROPERTIES FIXTURES_REQUIRED openstack_loopback TIMEOUT 900
  RESOURCE_LOCK openstack_loopback)
# 22 servers take minutes to build while other tests share the cloud: past QtTest's 5-minute watchdog.
set_property(TEST tst_cloudops_openstack_monitoring APPEND PROPERTY ENVIRONMENT
  "WELKIN_OPENSTACK_BASE=${WELKIN_OPENSTACK_STATE}" "QTEST_FUNCTION_TIMEOUT=840000")
set_property(TEST tst_cloudops_openstack_monitoring APPEND PROPERTY LABELS cloudops)
# The wizard's cloud page, Resize/Confirm from the VM actions, the Performance tab with Nova's
# diagnostics and instance actions as events, through the widgets (labels cloudops and gui too).
welkin_add_test(tst_cloudops_gui_openstack openstack/tst_cloudops_gui_openstack.cpp openstack
  welkin-openstack-testcloud welkin-ui welkin-resources)
set_tests_properties(tst_cloudops_gui_openstack PROPERTIES FIXTURES_REQUIRED openstack_loopback TIMEOUT 900
  RESOURCE_LOCK openstack_loopback)
set_property(TEST tst_cloudops_gui_openstack APPEND PROPERTY ENVIRONMENT "WELKIN_OPENSTACK_BASE=${WELKIN_OPENSTACK_STATE}")
set_property(TEST tst_cloudops_gui_openstack APPEND PROPERTY LABELS cloudops gui)
