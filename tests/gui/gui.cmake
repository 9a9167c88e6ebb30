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
