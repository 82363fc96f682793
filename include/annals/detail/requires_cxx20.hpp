// Included first by every public header: below C++20 the headers would fail
// deep inside (concepts, <span>, defaulted ==), so say at once what is needed.
#pragma once

#if defined(_MSVC_LANG) ? _MSVC_LANG < 202002L : __cplusplus < 202002L
#error "annals needs C++20: compile with -std=c++20 (CMake: target_compile_features(... cxx_std_20), which linking annals::annals already adds)"
#endif
