# packaging/packaging.cmake: the desktop file, AppStream metainfo, man page and icons are valid
# and agree with the program.
add_test(NAME packaging_desktop_files
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/packaging/check-desktop-files.sh ${PROJECT_SOURCE_DIR})
add_test(NAME packaging_manpage
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/packaging/check-manpage.sh ${PROJECT_SOURCE_DIR} $<TARGET_FILE:welkin>)
add_test(NAME packaging_icons
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/packaging/check-icons.sh ${PROJECT_BINARY_DIR}/packaging/icons)
set_tests_properties(packaging_desktop_files packaging_manpage packaging_icons PROPERTIES LABELS packaging TIMEOUT 60)
