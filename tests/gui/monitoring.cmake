# Monitoring wired into the main window (issue 4): Performance/Dashboard tabs, metric search,
# alert rules, on the libvirt test driver offscreen.
welkin_add_test(tst_monitoring gui/tst_monitoring.cpp gui welkin-ui welkin-resources)
# One figure in every view (table, charts, dashboard, search, alerts), summary rows, stale rows of
# a lost connection (a private libvirtd that the test stops and starts again).
welkin_add_test(tst_figures gui/tst_figures.cpp gui welkin-ui welkin-resources PkgConfig::LIBVIRT)
target_sources(tst_figures PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/bench/PrivateLibvirtd.cpp)
# The Alerts dock, acknowledgement, the Problem filter and overview, rule scopes and edits,
# desktop notifications over a private session bus (dbus-daemon started by the test).
welkin_add_test(tst_alertsview gui/tst_alertsview.cpp gui welkin-ui welkin-resources)
