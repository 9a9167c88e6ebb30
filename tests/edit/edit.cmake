# Changing VMs (label `edit`): the XML tab's checks and diff, and the tab itself on the manage
# fixture's real libvirtd and QEMU (tests/manage/manage.cmake).
welkin_add_test(tst_editeddefinition edit/tst_editeddefinition.cpp edit)
welkin_add_test(tst_snapshotxml edit/tst_snapshotxml.cpp edit)
welkin_add_test(tst_vmhardware edit/tst_vmhardware.cpp edit)
welkin_add_test(tst_vmxmlpage edit/tst_vmxmlpage.cpp edit welkin-ui welkin-resources PkgConfig::LIBVIRT)
set_tests_properties(tst_vmxmlpage PROPERTIES FIXTURES_REQUIRED libvirtd_manage)
set_property(TEST tst_vmxmlpage APPEND PROPERTY ENVIRONMENT "WELKIN_MANAGE_URI=${WELKIN_MANAGE_URI}")
welkin_add_test(tst_snapshots_qemu edit/tst_snapshots_qemu.cpp edit PkgConfig::LIBVIRT)
set_tests_properties(tst_snapshots_qemu PROPERTIES FIXTURES_REQUIRED libvirtd_manage)
set_property(TEST tst_snapshots_qemu APPEND PROPERTY ENVIRONMENT
  "WELKIN_MANAGE_URI=${WELKIN_MANAGE_URI}" "WELKIN_MANAGE_STATE=${WELKIN_MANAGE_STATE}")
# Its delete-with-children case is the tree shape that crashes libvirtd 9.0 under
# VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN: it fails if that flag comes back.
welkin_add_test(tst_vmsnapshotspage edit/tst_vmsnapshotspage.cpp edit welkin-ui welkin-resources PkgConfig::LIBVIRT)
set_tests_properties(tst_vmsnapshotspage PROPERTIES FIXTURES_REQUIRED libvirtd_manage)
set_property(TEST tst_vmsnapshotspage APPEND PROPERTY ENVIRONMENT
  "WELKIN_MANAGE_URI=${WELKIN_MANAGE_URI}" "WELKIN_MANAGE_STATE=${WELKIN_MANAGE_STATE}")
welkin_add_test(tst_vmdetailspage edit/tst_vmdetailspage.cpp edit welkin-ui welkin-resources PkgConfig::LIBVIRT)
set_tests_properties(tst_vmdetailspage PROPERTIES FIXTURES_REQUIRED libvirtd_manage)
set_property(TEST tst_vmdetailspage APPEND PROPERTY ENVIRONMENT
  "WELKIN_MANAGE_URI=${WELKIN_MANAGE_URI}" "WELKIN_MANAGE_STATE=${WELKIN_MANAGE_STATE}")
# The same tab on a CloudStack VM, against the local CloudStack server (label cloudstack too).
welkin_add_test(tst_snapshotspage_cloudstack edit/tst_snapshotspage_cloudstack.cpp edit welkin-ui welkin-resources)
target_compile_definitions(tst_snapshotspage_cloudstack PRIVATE ${WELKIN_CLOUDSTACK_DEFS})
target_include_directories(tst_snapshotspage_cloudstack PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../cloudstack)
set_property(TEST tst_snapshotspage_cloudstack APPEND PROPERTY LABELS cloudstack)
