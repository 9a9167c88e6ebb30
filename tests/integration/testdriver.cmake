# integration/testdriver.cmake
# LibvirtProvider end to end on the in-process test driver (uses libvirt directly for one check).
welkin_add_test(tst_libvirt_testdriver integration/tst_libvirt_testdriver.cpp testdriver
  welkin-testsupport PkgConfig::LIBVIRT)
