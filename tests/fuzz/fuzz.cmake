# Fuzz harnesses (tests/fuzz/fuzz_NAME.cpp): one LLVMFuzzerTestOneInput per parser of untrusted
# input, asserting its invariants. Seeds: tests/fuzz/corpus/NAME; past crashes:
# tests/fuzz/regressions/NAME.
# - Normal builds (gcc; also the ASan/UBSan build): each harness with ReplayMain.cpp runs both
#   directories as CTest test fuzz_NAME, label `fuzz`.
# - WELKIN_FUZZ=ON (clang): real libFuzzer binaries over a small library of just the core sources
#   the harnesses reach, built with -fsanitize=fuzzer-no-link,address,undefined. `make fuzz`.
set(WELKIN_FUZZ_HARNESSES
  domain_xml openstack_json cloudstack_json vv_file console_xml clouds_yaml metric_query
  connection_uri storage_xml network_xml domain_caps snapshot_xml edited_definition vm_hardware)
set(WELKIN_FUZZ_DIR ${CMAKE_CURRENT_SOURCE_DIR}/fuzz)

# vv_file reads the .vv back with GLib's GKeyFile, as remote-viewer does.
pkg_check_modules(WELKIN_FUZZ_GLIB REQUIRED IMPORTED_TARGET glib-2.0)

if(WELKIN_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "WELKIN_FUZZ needs clang's libFuzzer: configure with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  pkg_check_modules(WELKIN_FUZZ_YAML REQUIRED IMPORTED_TARGET yaml-cpp)

  add_library(welkin-fuzz-flags INTERFACE)
  # UB aborts (libFuzzer then keeps the input); -O1 -g as libFuzzer recommends.
  target_compile_options(welkin-fuzz-flags INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
    -fno-omit-frame-pointer -O1 -g)
  target_link_options(welkin-fuzz-flags INTERFACE -fsanitize=address,undefined)

  # The core sources the harnesses reach, nothing else: a build of a minute, not of the whole core.
  set(WELKIN_FUZZ_SOURCES
    model/Resource.cpp model/ResourceId.cpp model/PowerState.cpp model/JsonId.cpp model/VmSnapshot.cpp
    manage/LibvirtUnits.cpp
    providers/libvirt/DomainXmlParser.cpp
    providers/openstack/NovaParser.cpp providers/openstack/KeystoneToken.cpp
    providers/openstack/CloudsYaml.cpp providers/CloudsYamlCatalog.cpp
    providers/cloudstack/CloudStackMapper.cpp providers/cloudstack/CloudStackResponse.cpp
    console/ConsoleEndpoint.cpp console/VvFile.cpp console/ConsoleRoute.cpp
    console/LibvirtConsoleEndpoint.cpp
    providers/ConnectionUri.cpp
    metrics/Metric.cpp metrics/MetricQuery.cpp
    manage/StorageXml.cpp manage/NetworkXml.cpp manage/Ipv4Subnet.cpp manage/NameRules.cpp
    manage/DomainCapsParser.cpp manage/SnapshotXml.cpp manage/EditedDefinition.cpp manage/LineDiff.cpp
    manage/VmHardware.cpp)
  list(TRANSFORM WELKIN_FUZZ_SOURCES PREPEND ${PROJECT_SOURCE_DIR}/core/)
  add_library(welkin-fuzz-core STATIC ${WELKIN_FUZZ_SOURCES})
  set_target_properties(welkin-fuzz-core PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
  target_include_directories(welkin-fuzz-core PUBLIC ${PROJECT_SOURCE_DIR}/core)
  target_link_libraries(welkin-fuzz-core
    PUBLIC Qt6::Core Qt6::Network welkin-options welkin-fuzz-flags
    PRIVATE Qt6::Xml PkgConfig::WELKIN_FUZZ_YAML)
  # Qt's headers dominate the build: parsed once.
  target_precompile_headers(welkin-fuzz-core PRIVATE
    <QByteArray> <QCoreApplication> <QDateTime> <QJsonArray> <QJsonDocument> <QJsonObject> <QList>
    <QMap> <QString> <QStringList> <QXmlStreamReader>)

  foreach(name IN LISTS WELKIN_FUZZ_HARNESSES)
    add_executable(fuzz_${name} ${WELKIN_FUZZ_DIR}/fuzz_${name}.cpp)
    set_target_properties(fuzz_${name} PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
    target_link_libraries(fuzz_${name} PRIVATE welkin-fuzz-core)
    target_precompile_headers(fuzz_${name} REUSE_FROM welkin-fuzz-core)
    target_link_options(fuzz_${name} PRIVATE -fsanitize=fuzzer)
  endforeach()
  add_custom_target(welkin-fuzzers)
  list(TRANSFORM WELKIN_FUZZ_HARNESSES PREPEND fuzz_ OUTPUT_VARIABLE WELKIN_FUZZ_TARGETS)
  add_dependencies(welkin-fuzzers ${WELKIN_FUZZ_TARGETS})
else()
  add_library(welkin-fuzz-replay OBJECT ${WELKIN_FUZZ_DIR}/ReplayMain.cpp)
  target_link_libraries(welkin-fuzz-replay PRIVATE Qt6::Core welkin-options)
  foreach(name IN LISTS WELKIN_FUZZ_HARNESSES)
    add_executable(fuzz_${name} ${WELKIN_FUZZ_DIR}/fuzz_${name}.cpp)
    target_link_libraries(fuzz_${name} PRIVATE welkin-fuzz-replay welkin-core welkin-options)
    add_test(NAME fuzz_${name}
      COMMAND fuzz_${name} ${WELKIN_FUZZ_DIR}/corpus/${name} ${WELKIN_FUZZ_DIR}/regressions/${name})
    set_tests_properties(fuzz_${name} PROPERTIES LABELS fuzz TIMEOUT 300)
  endforeach()
endif()
target_link_libraries(fuzz_vv_file PRIVATE PkgConfig::WELKIN_FUZZ_GLIB)
