# A consumer compiled below C++20 gets annals' #error first, not a failure deep in the headers.
#   cmake -DCXX=… -DINCLUDE=… -DSOURCE=… -P cxx17_refused.cmake
execute_process(COMMAND ${CXX} -std=c++17 -fsyntax-only -I${INCLUDE} ${SOURCE}
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(status EQUAL 0)
  message(FATAL_ERROR "compiled as C++17 without an error")
endif()
string(REGEX MATCH "error:[^\n]*" first "${err}")
if(NOT first MATCHES "annals needs C\\+\\+20")
  message(FATAL_ERROR "the first error is not annals' #error: ${first}\n${err}")
endif()
