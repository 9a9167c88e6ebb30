# unit/inventory.cmake
welkin_add_test(tst_inventory unit/tst_inventory.cpp unit)
welkin_add_test(tst_inventorymodel unit/tst_inventorymodel.cpp unit)
welkin_add_test(tst_serverpools unit/tst_serverpools.cpp unit)
