# berth_add_test(NAME SOURCES ... LIBRARIES ... LABELS ... [GUI] [TIMEOUT s])
# One Qt Test executable registered with ctest. GUI tests run with -platform offscreen, so they
# need no display; every test gets QStandardPaths test mode from its own code. A test that links
# berthui finds the syntax highlighting plugin (ui/syntaxplugin) through BERTH_PLUGIN_PATH, and
# building it builds the plugin.
function(berth_add_test name)
    cmake_parse_arguments(ARG "GUI" "TIMEOUT" "SOURCES;LIBRARIES;LABELS;ARGS;ENVIRONMENT" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test berth_options ${ARG_LIBRARIES})
    # The test's own code without optimisation, whatever the build type: the code under test,
    # in the libraries, keeps the build type's. The test files are 40 % of a cold dev build's
    # compiler time; measured on a quiet machine, -O0 saved only about 5 % of it (1886 against
    # 1994 compiler-seconds): parsing the Qt headers, not optimising, is what they cost.
    if(NOT MSVC)
        target_compile_options(${name} PRIVATE $<$<CONFIG:RelWithDebInfo,Release,MinSizeRel>:-O0>)
    endif()
    if(berthui IN_LIST ARG_LIBRARIES AND TARGET berthsyntax)
        add_dependencies(${name} berthsyntax)
        list(PREPEND ARG_ENVIRONMENT "BERTH_PLUGIN_PATH=$<TARGET_FILE_DIR:berthsyntax>")
    endif()
    set(args ${ARG_ARGS})
    if(ARG_GUI)
        list(APPEND args -platform offscreen)
    endif()
    add_test(NAME ${name} COMMAND ${name} ${args})
    if(NOT ARG_LABELS)
        message(FATAL_ERROR "berth_add_test(${name}): give LABELS (unit, gui, integration, docker, e2e)")
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    # ctest's TIMEOUT is the one limit: Qt Test's own 300 s per test function would otherwise
    # stop a long fault test (tst_killedgenerate's 120 kills on a loaded machine) first.
    math(EXPR function_timeout_ms "${ARG_TIMEOUT} * 1000")
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "BERTH_SOURCE_DIR=${PROJECT_SOURCE_DIR};BERTH_BINARY_DIR=${PROJECT_BINARY_DIR};QTEST_FUNCTION_TIMEOUT=${function_timeout_ms};${ARG_ENVIRONMENT}")
endfunction()
