# unit/model.cmake
welkin_add_test(tst_domainxmlparser unit/tst_domainxmlparser.cpp unit)
welkin_add_test(tst_resourceid unit/tst_resourceid.cpp unit)
welkin_add_test(tst_counterrate unit/tst_counterrate.cpp unit)
welkin_add_test(tst_inventorydiffer unit/tst_inventorydiffer.cpp unit)
welkin_add_test(tst_nodexmlgenerator unit/tst_nodexmlgenerator.cpp unit welkin-testsupport PkgConfig::LIBVIRT)
target_compile_definitions(tst_nodexmlgenerator PRIVATE WELKIN_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
