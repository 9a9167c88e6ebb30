# unit/jsonids.cmake: ids of any JSON scalar type through the CloudStack and Nova parsers
welkin_add_test(tst_jsonids unit/tst_jsonids.cpp unit)
