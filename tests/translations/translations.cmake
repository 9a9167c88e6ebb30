# CI checks of the translations: the .ts files hold every string the sources use (lupdate run over
# core/ ui/ app/ and compared), and the German and French translations are complete, with the
# placeholders of their sources.
set(WELKIN_TRANSLATION_CHECK ${CMAKE_CURRENT_LIST_DIR}/check_translations.py)
add_test(NAME translations-sources
  COMMAND /usr/bin/python3 ${WELKIN_TRANSLATION_CHECK} sources ${PROJECT_SOURCE_DIR} $<TARGET_FILE:Qt6::lupdate>
          translations/welkin_de.ts translations/welkin_fr.ts
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
add_test(NAME translations-german-complete
  COMMAND /usr/bin/python3 ${WELKIN_TRANSLATION_CHECK} complete translations/welkin_de.ts
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
add_test(NAME translations-french-complete
  COMMAND /usr/bin/python3 ${WELKIN_TRANSLATION_CHECK} complete translations/welkin_fr.ts
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
set_tests_properties(translations-sources translations-german-complete translations-french-complete PROPERTIES LABELS translations TIMEOUT 120)
