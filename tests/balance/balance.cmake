# balance/balance.cmake — placement planners (core/placement): advisory balancing and host
# maintenance evacuation on synthetic pools.
welkin_add_test(tst_balanceplanner balance/tst_balanceplanner.cpp balance)
welkin_add_test(tst_evacuationplanner balance/tst_evacuationplanner.cpp balance)
# The Balance view of a pool (widgets, offscreen) on two test-driver hosts and a real history file.
welkin_add_test(tst_balancepage gui/tst_balancepage.cpp balance welkin-ui welkin-resources)
set_property(TEST tst_balancepage APPEND PROPERTY LABELS gui)
