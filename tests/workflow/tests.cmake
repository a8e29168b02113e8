# The filing workflow's suites. Included by tests/CMakeLists.txt.
mpdesk_add_test(tst_workingcalendar SOURCES workflow/tst_workingcalendar.cpp LABELS workflow)
mpdesk_add_test(tst_deadlines SOURCES workflow/tst_deadlines.cpp workflow/WorkflowTestData.h LABELS workflow)
mpdesk_add_test(tst_checklist SOURCES workflow/tst_checklist.cpp workflow/WorkflowTestData.h LABELS workflow)
mpdesk_add_test(tst_calendarexport SOURCES workflow/tst_calendarexport.cpp workflow/WorkflowTestData.h
    LIBS PkgConfig::LIBICAL LABELS workflow calendar)
mpdesk_add_test(tst_checklist_leaderreuse SOURCES workflow/tst_leaderreuse.cpp workflow/WorkflowTestData.h LABELS workflow)
