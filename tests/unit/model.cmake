# unit/model.cmake
