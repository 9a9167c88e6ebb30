# welkin-options: an INTERFACE target carrying the language level, warnings and Qt strictness
# macros for every Welkin target. Nothing here is global: targets opt in by linking it.
add_library(welkin-options INTERFACE)
target_compile_features(welkin-options INTERFACE cxx_std_20)
target_compile_options(welkin-options INTERFACE -Wall -Wextra
  $<$<BOOL:${WELKIN_WERROR}>:-Werror>)
target_compile_definitions(welkin-options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_UP_TO=0x060000)
# Every test executable carries its own copy of the core's debug info: compressed, a whole build
# and its sanitizer twin take a few GB instead of tens (CI's disk once ran out linking them).
target_link_options(welkin-options INTERFACE -Wl,--compress-debug-sections=zlib)
if(WELKIN_SANITIZE)
  target_compile_options(welkin-options INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(welkin-options INTERFACE -fsanitize=address,undefined)
endif()
