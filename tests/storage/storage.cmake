# storage/: the database, stores, secrets and TLS trust (issue 8). Label "storage"; the test
# against a real Secret Service (gnome-keyring in a private D-Bus session) is labelled "keychain".
welkin_add_test(tst_database storage/tst_database.cpp storage)
welkin_add_test(tst_stores storage/tst_stores.cpp storage)

add_executable(storage_write_child storage/storage_write_child.cpp)
target_link_libraries(storage_write_child PRIVATE welkin-core welkin-options)
welkin_add_test(tst_crashsafety storage/tst_crashsafety.cpp storage)
target_compile_definitions(tst_crashsafety PRIVATE STORAGE_WRITE_CHILD="$<TARGET_FILE:storage_write_child>")
add_dependencies(tst_crashsafety storage_write_child)
welkin_add_test(tst_tlstrust storage/tst_tlstrust.cpp storage welkin-ui) # welkin-ui: ConnectionTester
welkin_add_test(tst_secretstore_nokeychain storage/tst_secretstore_nokeychain.cpp storage)
welkin_add_test(tst_profileexchange storage/tst_profileexchange.cpp storage)
welkin_add_test(tst_certificatedialog storage/tst_certificatedialog.cpp storage welkin-ui)

# Tests outside the keychain label must never reach the user's real keyring (ProfileStore::remove
# deletes secrets): their session bus points at nothing.
set_property(TEST tst_stores tst_tlstrust tst_secretstore_nokeychain APPEND PROPERTY ENVIRONMENT
  "DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/welkin-no-bus")

# A real Secret Service: the test runs inside run-with-keyring.sh (private D-Bus session, unlocked
# gnome-keyring, throw-away HOME).
add_executable(tst_secretstore_keychain storage/tst_secretstore_keychain.cpp)
target_link_libraries(tst_secretstore_keychain PRIVATE welkin-core Qt6::Test welkin-options)
add_test(NAME tst_secretstore_keychain
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/storage/run-with-keyring.sh $<TARGET_FILE:tst_secretstore_keychain>)
set_tests_properties(tst_secretstore_keychain PROPERTIES LABELS keychain TIMEOUT 300)
