# Widgets under QT_QPA_PLATFORM=offscreen, with real providers on the libvirt test driver.
welkin_add_test(tst_mainwindow gui/tst_mainwindow.cpp gui welkin-ui welkin-resources)
