# The real welkin binary in headless mode against the libvirt test driver.
welkin_add_test(tst_cli integration/tst_cli.cpp testdriver welkin-testsupport)
target_compile_definitions(tst_cli PRIVATE WELKIN_BINARY="$<TARGET_FILE:welkin>")
add_dependencies(tst_cli welkin)
set_tests_properties(tst_cli PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;DISPLAY=;WAYLAND_DISPLAY=")
