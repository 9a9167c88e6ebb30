# Monitoring wired into the main window (issue 4): Performance/Dashboard tabs, metric search,
# alert rules, on the libvirt test driver offscreen.
welkin_add_test(tst_monitoring gui/tst_monitoring.cpp gui welkin-ui welkin-resources)
