# tests/cloudstack/cloudstack.cmake - the CloudStack provider (label "cloudstack"): signer and
# parser units, contract tests over the recorded responses in tests/data/cloudstack/, and end
# to end runs against tests/cloudstack/fake_cloudstack.py (Python 3 stdlib, /usr/bin/python3).
set(WELKIN_CLOUDSTACK_DEFS
  WELKIN_CLOUDSTACK_FIXTURES="${CMAKE_CURRENT_SOURCE_DIR}/data/cloudstack"
  WELKIN_FAKE_CLOUDSTACK="${CMAKE_CURRENT_SOURCE_DIR}/cloudstack/fake_cloudstack.py")

welkin_add_test(tst_cloudstack_signer cloudstack/tst_cloudstack_signer.cpp cloudstack)
welkin_add_test(tst_cloudstack_contract cloudstack/tst_cloudstack_contract.cpp cloudstack)
welkin_add_test(tst_cloudstack_fakeserver cloudstack/tst_cloudstack_fakeserver.cpp cloudstack)
welkin_add_test(tst_cloudstack_provider cloudstack/tst_cloudstack_provider.cpp cloudstack)
welkin_add_test(tst_cloudstack_monitoring cloudstack/tst_cloudstack_monitoring.cpp cloudstack)
welkin_add_test(tst_cloudstack_cli cloudstack/tst_cloudstack_cli.cpp cloudstack welkin-testsupport)
welkin_add_test(tst_cloudstack_signatures cloudstack/tst_cloudstack_signatures.cpp cloudstack)
welkin_add_test(tst_cloudops_cloudstack cloudstack/tst_cloudops_cloudstack.cpp cloudstack)
foreach(t tst_cloudstack_signer tst_cloudstack_contract tst_cloudstack_fakeserver tst_cloudstack_provider
          tst_cloudstack_monitoring tst_cloudstack_cli tst_cloudstack_signatures tst_cloudops_cloudstack)
  target_compile_definitions(${t} PRIVATE ${WELKIN_CLOUDSTACK_DEFS})
endforeach()
target_compile_definitions(tst_cloudstack_cli PRIVATE WELKIN_BINARY="$<TARGET_FILE:welkin>")
add_dependencies(tst_cloudstack_cli welkin)
set_tests_properties(tst_cloudstack_cli PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;DISPLAY=;WAYLAND_DISPLAY=")
# It also covers the VM snapshots the Snapshots tab shows.
set_property(TEST tst_cloudstack_provider APPEND PROPERTY LABELS edit)
# New VMs, scaling, renaming and key pairs: also label "cloudops", with the other clouds' tests.
set_property(TEST tst_cloudops_cloudstack APPEND PROPERTY LABELS cloudops)
# The New VM wizard's cloud page, Resize… and Rename… on the fake cloud (labels gui and cloudops).
welkin_add_test(tst_cloudops_wizard_cloudstack cloudstack/tst_cloudops_wizard_cloudstack.cpp cloudstack
  welkin-ui welkin-resources)
target_compile_definitions(tst_cloudops_wizard_cloudstack PRIVATE ${WELKIN_CLOUDSTACK_DEFS})
target_include_directories(tst_cloudops_wizard_cloudstack PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/cloudstack)
set_property(TEST tst_cloudops_wizard_cloudstack APPEND PROPERTY LABELS cloudops gui)
