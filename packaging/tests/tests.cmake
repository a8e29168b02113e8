# Packaging tests (label "packaging"): build the DEB and the TGZ with CPack from this build tree, unpack
# them into a temporary root and check the result from there. Debian 12 packages they use: dpkg-dev,
# desktop-file-utils, appstream, shared-mime-info, strace, nsis (all in .ci/dev).
set(mpdesk_package_check bash ${CMAKE_CURRENT_SOURCE_DIR}/tests/check-package.sh)
set(mpdesk_package_env
    "BUILD_DIR=${PROJECT_BINARY_DIR}"
    "SOURCE_DIR=${PROJECT_SOURCE_DIR}"
    "WORK=${CMAKE_CURRENT_BINARY_DIR}/test"
    "VERSION=${PROJECT_VERSION}"
    "APP_ID=${MPDESK_APP_ID}"
    "SANITIZED=$<IF:$<BOOL:${MPDESK_SANITIZE}>,1,0>")

add_test(NAME packaging_cpack COMMAND ${mpdesk_package_check} cpack)
set_tests_properties(packaging_cpack PROPERTIES FIXTURES_SETUP mpdesk_package)

foreach(step IN ITEMS depends layout run desktop appstream mime)
    add_test(NAME packaging_${step} COMMAND ${mpdesk_package_check} ${step})
    set_tests_properties(packaging_${step} PROPERTIES FIXTURES_REQUIRED mpdesk_package)
endforeach()

# The Windows installer's NSIS script, compiled here by makensis around the Linux files: checks the
# script (languages, shortcuts, file association), not the Windows program.
add_test(NAME packaging_nsis_script COMMAND ${mpdesk_package_check} nsis)

get_property(mpdesk_package_tests DIRECTORY PROPERTY TESTS)
set_tests_properties(${mpdesk_package_tests} PROPERTIES
    LABELS packaging
    TIMEOUT 300
    ENVIRONMENT "${mpdesk_package_env}")
# Both run the build tree's install rules through CPack.
set_tests_properties(packaging_cpack packaging_nsis_script PROPERTIES RESOURCE_LOCK mpdesk_cpack)
