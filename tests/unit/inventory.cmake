# unit/inventory.cmake
