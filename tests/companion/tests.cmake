# The platform's pages: their definitions, the rows of a filing, the self-clearing clipboard, the dock
# and `mpdesk fields`.
mpdesk_add_test(tst_companion SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_companion.cpp GUI)
mpdesk_add_test(tst_fields SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_fields.cpp)
