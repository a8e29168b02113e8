# The filing workflow: working-day calendar, deadlines, checklist, letters needed, leader reuse, calendar
# export. Included by app/CMakeLists.txt.
set(_wf ${CMAKE_CURRENT_LIST_DIR})
target_sources(mpdesk_core PRIVATE
    ${_wf}/WorkingCalendar.h ${_wf}/WorkingCalendar.cpp
    ${_wf}/Deadline.h ${_wf}/Deadline.cpp
    ${_wf}/Deadlines.h ${_wf}/Deadlines.cpp
    ${_wf}/Step.h ${_wf}/Step.cpp
    ${_wf}/LetterRequirements.h ${_wf}/LetterRequirements.cpp
    ${_wf}/Checklist.h ${_wf}/Checklist.cpp
    ${_wf}/KnownFiling.h ${_wf}/KnownFiling.cpp
    ${_wf}/KnownFilings.h
    ${_wf}/KnownFilingList.h
    ${_wf}/ProjectFileFilings.h ${_wf}/ProjectFileFilings.cpp
    ${_wf}/FingerprintKey.h ${_wf}/FingerprintKey.cpp
    ${_wf}/LeaderReuse.h ${_wf}/LeaderReuse.cpp
)
unset(_wf)

# The checklist as text and the calendar export, for `mpdesk check` and `mpdesk calendar`.
target_sources(mpdesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ChecklistReport.h ${CMAKE_CURRENT_LIST_DIR}/ChecklistReport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IcsExport.h ${CMAKE_CURRENT_LIST_DIR}/IcsExport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CalendarCommand.h ${CMAKE_CURRENT_LIST_DIR}/CalendarCommand.cpp
)
# libical (Debian libical-dev) writes and, in the tests, parses the iCalendar files. GLOBAL so that the
# test suites, configured in another directory, can link it too.
find_package(PkgConfig REQUIRED)
pkg_check_modules(LIBICAL REQUIRED IMPORTED_TARGET GLOBAL libical)
target_link_libraries(mpdesk_core PRIVATE PkgConfig::LIBICAL)
