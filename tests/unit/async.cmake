# unit/async.cmake: one way to wait for something (issue 17). Questions to the user reach the
# asker by callback on its thread, no thread per cloud prompt, consoles as quiet Tasks.
welkin_add_test(tst_asyncresults unit/tst_asyncresults.cpp testdriver)
# Headless prompts on a pseudo-terminal: one at a time, echo restored on every path.
welkin_add_test(tst_terminalprompts unit/tst_terminalprompts.cpp unit)
target_sources(tst_terminalprompts PRIVATE ${PROJECT_SOURCE_DIR}/app/TerminalCredentialHandler.cpp)
target_include_directories(tst_terminalprompts PRIVATE ${PROJECT_SOURCE_DIR}/app)
# Group ids carried from the Groups tree (two groups may share a name); where UI state lives.
welkin_add_test(tst_groupids gui/tst_groupids.cpp gui welkin-ui welkin-resources)
welkin_add_test(tst_uisettings gui/tst_uisettings.cpp gui welkin-ui welkin-resources)
# A refused saved password goes to the user and is replaced after success: real Secret Service.
add_executable(tst_keychainreplay gui/tst_keychainreplay.cpp)
target_link_libraries(tst_keychainreplay PRIVATE welkin-ui welkin-resources welkin-core Qt6::Test welkin-options)
add_test(NAME tst_keychainreplay
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/storage/run-with-keyring.sh $<TARGET_FILE:tst_keychainreplay>)
set_tests_properties(tst_keychainreplay PROPERTIES LABELS keychain TIMEOUT 300
  ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LIBVIRT_LOG_OUTPUTS=;QT_LOGGING_RULES=qt.qpa.*=false")
