# The validator's suites. Included by tests/CMakeLists.txt.
mpdesk_add_test(tst_ruleids SOURCES validation/tst_ruleids.cpp workflow/WorkflowTestData.h LABELS validation)
