# metrics/metrics.cmake — monitoring: ring buffers, hub, history, alerts, predicates, charts.
welkin_add_test(tst_livemetrics metrics/tst_livemetrics.cpp metrics)
welkin_add_test(tst_historystore metrics/tst_historystore.cpp metrics)
welkin_add_test(tst_alertengine metrics/tst_alertengine.cpp metrics)
welkin_add_test(tst_metricquery metrics/tst_metricquery.cpp metrics)
welkin_add_test(tst_statsbudget metrics/tst_statsbudget.cpp metrics)
welkin_add_test(tst_metrics_testdriver metrics/tst_metrics_testdriver.cpp metrics welkin-testsupport)
welkin_add_test(tst_metricviews metrics/tst_metricviews.cpp metrics welkin-charts)
