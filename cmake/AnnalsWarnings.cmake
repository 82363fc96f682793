# annals_warnings(target): warnings for annals' own code only; nothing leaks into consumers.
# GCC 12 reports false positives from inlined standard-library code at -O3
# (restrict, maybe-uninitialized on std::variant); those are off, the rest are errors.
function(annals_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(${target} PRIVATE -Wno-restrict -Wno-maybe-uninitialized -Wno-array-bounds -Wno-stringop-overflow)
  endif()
  if(ANNALS_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
