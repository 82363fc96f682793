# Builds and runs examples/consumer in WORK_DIR against annals, by MODE:
#   find_package     install BUILD_DIR into WORK_DIR/prefix and point CMAKE_PREFIX_PATH there
#   add_subdirectory build SOURCE_DIR as a subproject
# The consumer gets the same compiler and flags (sanitizers included) as this build.
function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT status EQUAL 0)
    list(JOIN ARGN " " command)
    message(FATAL_ERROR "failed (${status}): ${command}\n${out}\n${err}")
  endif()
endfunction()

file(REMOVE_RECURSE ${WORK_DIR})
if(MODE STREQUAL "find_package")
  run(${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${WORK_DIR}/prefix)
  set(use_annals -DCMAKE_PREFIX_PATH=${WORK_DIR}/prefix)
  # The installed `annals demo` tours the installed dataset, not the source tree's.
  if(EXISTS ${WORK_DIR}/prefix/bin/annals)
    execute_process(COMMAND ${WORK_DIR}/prefix/bin/annals demo --no-pause RESULT_VARIABLE status
                    OUTPUT_VARIABLE out ERROR_VARIABLE err)
    string(REGEX MATCH "^[^\n]*" first_line "${out}")
    if(NOT status EQUAL 0 OR NOT first_line MATCHES
       "^annals demo: [0-9]+ nodes, [0-9]+ relationships, loaded from 12 files in ${WORK_DIR}/prefix/share/annals/intervention[.]$")
      message(FATAL_ERROR "the installed annals demo (status ${status}) began: ${first_line}\n${err}")
    endif()
  endif()
else()
  set(use_annals -DANNALS_SOURCE=${SOURCE_DIR})
endif()
run(${CMAKE_COMMAND} -S ${SOURCE_DIR}/examples/consumer -B ${WORK_DIR}/build -G ${GENERATOR}
    -DCMAKE_CXX_COMPILER=${CXX} -DCMAKE_BUILD_TYPE=${BUILD_TYPE} "-DCMAKE_CXX_FLAGS=${CXX_FLAGS}"
    "-DCMAKE_EXE_LINKER_FLAGS=${LINKER_FLAGS}" ${use_annals})
run(${CMAKE_COMMAND} --build ${WORK_DIR}/build)
set(PROGRAM ${WORK_DIR}/build/app)
set(ACTUAL ${WORK_DIR}/app.actual)
include(${CMAKE_CURRENT_LIST_DIR}/../support/run_and_compare.cmake)
