# Letters: templates, PDF read back with Poppler, fonts, text fidelity, the export verb.
# The preview it checks is the widgets library's (ui/letters/), so the core needs no Poppler.
mpdesk_add_test(tst_letters SOURCES letters/tst_letters.cpp LIBS mpdesk_ui PkgConfig::POPPLER_QT6 PkgConfig::LIBQPDF LANG zh_CN.UTF-8)
target_compile_definitions(tst_letters PRIVATE MPDESK_LETTER_TEST_DATA="${CMAKE_CURRENT_SOURCE_DIR}/letters/data")

# The executable, as a user runs it with no display: the sample filing's letters.
add_test(NAME cli_export_sample
    COMMAND mpdesk export --today 2026-11-27 ${PROJECT_SOURCE_DIR}/resources/samples/sample-filing.json
            -o ${CMAKE_CURRENT_BINARY_DIR}/cli_export_sample)
set_tests_properties(cli_export_sample PROPERTIES
    ENVIRONMENT "LANG=en_US.UTF-8;LC_ALL=en_US.UTF-8;QT_QPA_PLATFORM="
    PASS_REGULAR_EXPRESSION "pre-approval-commitment|\\.pdf")

# Not a test: times the letter pipeline (see the README). Run build/tests/bench_letters.
qt_add_executable(bench_letters letters/bench_letters.cpp)
target_link_libraries(bench_letters PRIVATE mpdesk_core mpdesk_ui mpdesk_options Qt6::Test PkgConfig::POPPLER_QT6)
target_compile_definitions(bench_letters PRIVATE MPDESK_SOURCE_DIR="${PROJECT_SOURCE_DIR}")

# The letters page as the clerk uses it (offscreen).
mpdesk_add_test(tst_letterspage SOURCES letters/tst_letterspage.cpp LIBS PkgConfig::POPPLER_QT6 GUI)
