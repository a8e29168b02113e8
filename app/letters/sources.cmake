# Seal-ready letters: templates, PDF writing, preview (Poppler) and printing. Core only: no QtWidgets.
find_package(Qt6 6.4 REQUIRED COMPONENTS PrintSupport Concurrent)
# Global, because the static core's link interface carries them to the executable and the tests.
set_target_properties(Qt6::Concurrent PROPERTIES IMPORTED_GLOBAL TRUE)
find_package(PkgConfig REQUIRED)
pkg_check_modules(POPPLER_QT6 REQUIRED IMPORTED_TARGET GLOBAL poppler-qt6)   # Debian: libpoppler-qt6-dev
find_path(KAINJOW_MUSTACHE_INCLUDE_DIR kainjow/mustache.hpp REQUIRED)  # Debian: libkainjow-mustache-dev

target_sources(mpdesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/LetterManifest.h ${CMAKE_CURRENT_LIST_DIR}/LetterManifest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LetterNeeds.h ${CMAKE_CURRENT_LIST_DIR}/LetterNeeds.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LetterProblem.h
    ${CMAKE_CURRENT_LIST_DIR}/TemplateIssue.h
    ${CMAKE_CURRENT_LIST_DIR}/TemplateCheck.h ${CMAKE_CURRENT_LIST_DIR}/TemplateCheck.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LetterData.h ${CMAKE_CURRENT_LIST_DIR}/LetterData.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LetterTemplates.h ${CMAKE_CURRENT_LIST_DIR}/LetterTemplates.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LetterFonts.h ${CMAKE_CURRENT_LIST_DIR}/LetterFonts.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LetterLayout.h ${CMAKE_CURRENT_LIST_DIR}/LetterLayout.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ToUnicodeRepair.h ${CMAKE_CURRENT_LIST_DIR}/ToUnicodeRepair.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LetterWriter.h ${CMAKE_CURRENT_LIST_DIR}/LetterWriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LetterPreview.h ${CMAKE_CURRENT_LIST_DIR}/LetterPreview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../cli/ExportCommand.h ${CMAKE_CURRENT_LIST_DIR}/../cli/ExportCommand.cpp
)
target_include_directories(mpdesk_core SYSTEM PRIVATE ${KAINJOW_MUSTACHE_INCLUDE_DIR})
target_link_libraries(mpdesk_core PUBLIC Qt6::PrintSupport PRIVATE Qt6::Concurrent PkgConfig::POPPLER_QT6)

qt_add_resources(mpdesk_core "mpdesk_templates"
    PREFIX /templates
    BASE ${PROJECT_SOURCE_DIR}/templates
    FILES
        ${PROJECT_SOURCE_DIR}/templates/letters.json
        ${PROJECT_SOURCE_DIR}/templates/mini-program-leader-authorization.html
        ${PROJECT_SOURCE_DIR}/templates/entity-leader-authorization.html
        ${PROJECT_SOURCE_DIR}/templates/pre-approval-commitment.html)
