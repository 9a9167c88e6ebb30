# Widgets under QT_QPA_PLATFORM=offscreen, with real providers on the libvirt test driver.
welkin_add_test(tst_mainwindow gui/tst_mainwindow.cpp gui welkin-ui welkin-resources)
welkin_add_test(tst_connectiondialog gui/tst_connectiondialog.cpp gui welkin-ui welkin-resources)
welkin_add_test(tst_guilatency gui/tst_guilatency.cpp gui welkin-ui welkin-resources)
welkin_add_test(tst_resourcetablemodel gui/tst_resourcetablemodel.cpp gui welkin-ui)
welkin_add_test(tst_sparklinedelegate gui/tst_sparklinedelegate.cpp gui welkin-ui)

# Not a test: refreshes docs/screenshots/ (run under Xvfb or offscreen).
add_executable(welkin-screenshots gui/welkin_screenshots.cpp)
target_link_libraries(welkin-screenshots PRIVATE welkin-ui welkin-resources welkin-core Qt6::Test welkin-options)
welkin_add_test(tst_poolcontroller gui/tst_poolcontroller.cpp gui welkin-ui welkin-resources)
welkin_add_test(tst_watchedquota gui/tst_watchedquota.cpp gui welkin-ui welkin-resources)
# The Connection and Help menus: import/export, help pages, F1 and Escape in the search box.
welkin_add_test(tst_mainmenus gui/tst_mainmenus.cpp gui welkin-ui welkin-resources)
# The content area follows the tree's selection: one resource, a summary of several, or why none.
welkin_add_test(tst_selectiondetail gui/tst_selectiondetail.cpp gui welkin-ui welkin-resources)
# Edit › Preferences: persistence, Restore Defaults, viewer command, connection defaults,
# confirmations, the demo host on a first run only (app/DefaultConnections), consoles without graphics.
welkin_add_test(tst_preferences gui/tst_preferences.cpp gui welkin-ui welkin-resources)
target_sources(tst_preferences PRIVATE ${PROJECT_SOURCE_DIR}/app/DefaultConnections.cpp)
target_include_directories(tst_preferences PRIVATE ${PROJECT_SOURCE_DIR}/app)
# The stored event log window (persistence, filters, CSV), the User column and task cancel, on
# real SQLite files, the libvirt test driver and the fake CloudStack.
welkin_add_test(tst_eventlog gui/tst_eventlog.cpp gui welkin-ui welkin-resources)
target_compile_definitions(tst_eventlog PRIVATE
  WELKIN_CLOUDSTACK_FIXTURES="${CMAKE_CURRENT_SOURCE_DIR}/data/cloudstack"
  WELKIN_FAKE_CLOUDSTACK="${CMAKE_CURRENT_SOURCE_DIR}/cloudstack/fake_cloudstack.py")
