# check_translations_current: refresh a copy of translations/berth_de.ts from the sources with
# the options of update_translations (translations/CMakeLists.txt), then run
# tst_translations::tsFileIsComplete on the copy. The checked-in file is not touched.
file(COPY_FILE ${SOURCE_DIR}/translations/berth_de.ts ${TS_COPY})
execute_process(
    COMMAND ${LUPDATE} -silent -locations none -no-obsolete app ui -ts ${TS_COPY}
    WORKING_DIRECTORY ${SOURCE_DIR}
    RESULT_VARIABLE lupdate_result)
if(NOT lupdate_result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${lupdate_result})")
endif()
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env BERTH_TS_FILE=${TS_COPY} ${CHECK} -platform offscreen tsFileIsComplete
    RESULT_VARIABLE check_result)
if(NOT check_result EQUAL 0)
    message(FATAL_ERROR "${TS_COPY} has untranslated or broken messages: run the update_translations target and translate them in translations/berth_de.ts")
endif()
