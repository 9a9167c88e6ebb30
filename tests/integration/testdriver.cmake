# integration/testdriver.cmake
