# The cloud pages of the Add/Edit Connection dialog and where their secrets go (issues 6, 7, 8).
welkin_add_test(tst_cloudconnectionpages gui/tst_cloudconnectionpages.cpp gui welkin-ui welkin-resources)
# No keychain on this test's bus: SecretStore runs in its memory-only mode.
set_property(TEST tst_cloudconnectionpages APPEND PROPERTY ENVIRONMENT
  "DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/welkin-no-bus")

# A real Secret Service: gnome-keyring in a private D-Bus session (tests/storage/run-with-keyring.sh).
add_executable(tst_connectionsecrets gui/tst_connectionsecrets.cpp)
target_link_libraries(tst_connectionsecrets PRIVATE welkin-ui welkin-resources welkin-core Qt6::Test welkin-options)
add_test(NAME tst_connectionsecrets
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/storage/run-with-keyring.sh $<TARGET_FILE:tst_connectionsecrets>)
set_tests_properties(tst_connectionsecrets PROPERTIES LABELS gui TIMEOUT 300
  ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=qt.qpa.*=false")
