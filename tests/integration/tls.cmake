# qemu+tls:// against a private libvirtd listening with TLS (label `qemu`). The fixture
# libvirtd_tls (tests/scripts/libvirt-tls-up.sh) makes a CA, a server certificate, client
# certificate directories for libvirt's `pkipath` (valid, expired, another CA's) and starts the
# daemon on a free port; its cleanup test stops it. The test FAILS when the daemon is missing.
set(WELKIN_TLS_STATE /tmp/welkin-test-tls)
set(WELKIN_TLS_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/../scripts/libvirt-tls-up.sh)
add_test(NAME libvirtd_tls_start COMMAND ${WELKIN_TLS_SCRIPT} start ${WELKIN_TLS_STATE})
add_test(NAME libvirtd_tls_stop COMMAND ${WELKIN_TLS_SCRIPT} stop ${WELKIN_TLS_STATE})
# A cold start probes QEMU (~8 s); later starts reuse the capability cache in the state dir.
set_tests_properties(libvirtd_tls_start PROPERTIES FIXTURES_SETUP libvirtd_tls LABELS qemu TIMEOUT 300)
set_tests_properties(libvirtd_tls_stop PROPERTIES FIXTURES_CLEANUP libvirtd_tls LABELS qemu TIMEOUT 120)

# Connects with the URI the Add Connection dialog's TLS fields build and lists the host's guest;
# a wrong CA file, a server of another CA, an expired client certificate and a server name
# missing from the certificate each show libvirt's own reason.
welkin_add_test(tst_libvirt_tls integration/tst_libvirt_tls.cpp qemu welkin-ui PkgConfig::LIBVIRT)
set_tests_properties(tst_libvirt_tls PROPERTIES FIXTURES_REQUIRED libvirtd_tls TIMEOUT 180)
# libvirt's messages in English, as the assertions expect them.
set_property(TEST tst_libvirt_tls APPEND PROPERTY ENVIRONMENT
  "WELKIN_TLS_STATE=${WELKIN_TLS_STATE}" "LC_ALL=C.UTF-8" "LANGUAGE=")
