// Compiled as C++17 by tests/api/cxx17_refused.cmake: the first error must be annals' own #error.
#include <annals/annals.hpp>

int main() { annals::database db; }
