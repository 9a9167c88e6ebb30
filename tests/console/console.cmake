# Consoles (label `console`): endpoint/route/.vv/keysym units, and the embedded VNC view and
# remote-viewer against the real libvirtd fixture's guest (welkin-tiny, VNC password 'secret').
welkin_add_test(tst_console_unit console/tst_console_unit.cpp console)
target_compile_definitions(tst_console_unit PRIVATE WELKIN_CONSOLE_DATA="${CMAKE_CURRENT_LIST_DIR}/../data/console")

# The embedded view against an in-process libvncserver: pixels, resizes, input, states.
pkg_check_modules(LIBVNCSERVER REQUIRED IMPORTED_TARGET libvncserver)
welkin_add_test(tst_vncview_local console/tst_vncview_local.cpp console welkin-console-ui PkgConfig::LIBVNCSERVER)
# The console wall (label gui): tiles against in-process VNC servers, and the main window's menus.
welkin_add_test(tst_consolewall gui/tst_consolewall.cpp gui welkin-ui welkin-resources PkgConfig::LIBVNCSERVER)

# SSH tunnels through a private sshd on 127.0.0.1 (key in an ssh-agent) to an in-process VNC server.
welkin_add_test(tst_sshtunnel console/tst_sshtunnel.cpp console welkin-console-ui PkgConfig::LIBVNCSERVER)

# Starts welkin-tiny (other qemu tests expect it shut off): alone, and shut off again at the end.
welkin_add_test(tst_console_qemu console/tst_console_qemu.cpp console welkin-console-ui)
set_tests_properties(tst_console_qemu PROPERTIES FIXTURES_REQUIRED libvirtd_qemu RUN_SERIAL TRUE TIMEOUT 240)
set_property(TEST tst_console_qemu APPEND PROPERTY ENVIRONMENT
  "WELKIN_QEMU_URI=qemu:///system?socket=${WELKIN_QEMU_STATE}/sock/libvirt-sock")

# End to end over SSH: qemu+ssh:// through a private sshd to the fixture's libvirtd; the console
# goes through the tunnel pool. Starts welkin-tiny, so alone.
welkin_add_test(tst_console_ssh_qemu console/tst_console_ssh_qemu.cpp console welkin-console-ui)
set_tests_properties(tst_console_ssh_qemu PROPERTIES FIXTURES_REQUIRED libvirtd_qemu RUN_SERIAL TRUE TIMEOUT 240)
set_property(TEST tst_console_ssh_qemu APPEND PROPERTY ENVIRONMENT
  "WELKIN_QEMU_URI=qemu:///system?socket=${WELKIN_QEMU_STATE}/sock/libvirt-sock")
