# cmake -DPROGRAM=… -DEXPECTED=file -DACTUAL=file [-DARGS=a;b] -P run_and_compare.cmake
# Runs PROGRAM; fails unless it exits 0 and its standard output equals EXPECTED.
execute_process(COMMAND ${PROGRAM} ${ARGS} OUTPUT_VARIABLE actual ERROR_VARIABLE errors RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} failed (${status}):\n${errors}")
endif()
file(READ ${EXPECTED} expected)
if(NOT actual STREQUAL expected)
  file(WRITE ${ACTUAL} "${actual}")
  execute_process(COMMAND diff -u ${EXPECTED} ${ACTUAL})
  message(FATAL_ERROR "the output of ${PROGRAM} differs from ${EXPECTED} (see the diff above; output kept in ${ACTUAL})")
endif()
