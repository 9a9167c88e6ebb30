# unit/lifetimes.cmake: what ends is freed and hot paths stay linear (issue 17): task objects,
# the tasks dock's rows, metric series and alerts of removed VMs, live points held once, the
# cost of the VM actions under churn.
welkin_add_test(tst_metriclifetimes unit/tst_metriclifetimes.cpp unit welkin-ui)
welkin_add_test(tst_taskeventmodel unit/tst_taskeventmodel.cpp gui welkin-ui)
welkin_add_test(tst_tasklifetime unit/tst_tasklifetime.cpp gui welkin-ui)
welkin_add_test(tst_actioncontroller unit/tst_actioncontroller.cpp gui welkin-ui welkin-testsupport)
