#!/usr/bin/env bash
# Build, test and try annals. On a fresh Debian 12 machine, run as root once:
# the missing apt packages are installed first.
#
#   ./build.sh demo       build the annals program only, then tour the bundled graph (it pauses at a terminal)
#   ./build.sh test       build, then run the whole test suite (ctest)
#   ./build.sh test-asan  the same with AddressSanitizer + UBSan (in build-asan/)
#   ./build.sh test-tsan  the concurrency, durability and API tests under ThreadSanitizer (in build-tsan/)
#   ./build.sh bench      build the benchmarks (in build-bench/) and run bench/run.sh
#   ./build.sh build      only configure and build
#   ./build.sh fuzz       build the libFuzzer targets with clang-14 (in build-fuzz/) and run each
#                         for FUZZ_SECONDS (default 300); `test` runs them 30 s each when clang-14 is
#                         there, as many at a time as there are cores
#
# Environment: BUILD_DIR (default build; test-asan and bench use $BUILD_DIR-asan and
# $BUILD_DIR-bench), BUILD_TYPE (default Release; RelWithDebInfo for test-asan),
# JOBS (default: every core), CXX.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

readonly packages=(
  cmake ninja-build g++ pkg-config
  libboost-graph-dev libboost-regex-dev libboost-test-dev tao-pegtl-dev libcli11-dev libfmt-dev nlohmann-json3-dev
  libreadline-dev libicu-dev graphviz libgraphviz-dev libbenchmark-dev clang-14 libclang-rt-14-dev tmux
  python3-networkx
)
readonly jobs="${JOBS:-$(nproc)}"
readonly build_dir="${BUILD_DIR:-build}"
# Builds started by tests (the package consumer) use as many cores, no more.
export CMAKE_BUILD_PARALLEL_LEVEL="$jobs"

usage() {
  sed -n '2,16s/^# \{0,1\}//p' "$0"
  exit "${1:-0}"
}

# Installs the packages that are missing, or says which when not root.
install_dependencies() {
  if ! command -v dpkg >/dev/null; then
    echo "build.sh: not a Debian system; make sure these are installed: ${packages[*]}" >&2
    return
  fi
  local missing=()
  for p in "${packages[@]}"; do
    dpkg -s "$p" 2>/dev/null | grep -q '^Status: install ok installed' || missing+=("$p")
  done
  ((${#missing[@]} == 0)) && return
  if ((EUID != 0)); then
    echo "build.sh: missing packages: ${missing[*]}" >&2
    echo "install them with: sudo apt-get install --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
  echo "build.sh: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends "${missing[@]}"
}

# configure_and_build <dir> <build type> [cmake options…]
configure_and_build() {
  local dir="$1" type="$2"
  shift 2
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@"
  cmake --build "$dir" -j "$jobs"
}

# run_tests <dir> [ctest options…]
run_tests() {
  local dir="$1"
  shift
  ctest --test-dir "$dir" --output-on-failure -j "$jobs" "$@"
}

# ---- fuzzing (tests/fuzz) -----------------------------------------------------
# fuzz_targets <seconds per target>: the libFuzzer targets need clang, so they get
# a build of their own, instrumented throughout; skipped (with a note) without clang++-14.
fuzz_targets() {
  if ! command -v clang++-14 >/dev/null; then
    echo "build.sh: clang++-14 not found; the fuzz targets are skipped" >&2
    return 0
  fi
  configure_and_build "$build_dir-fuzz" RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 -DANNALS_BUILD_FUZZ=ON \
    -DANNALS_BUILD_TESTS=OFF -DANNALS_BUILD_CLI=OFF -DANNALS_BUILD_EXAMPLES=OFF -DANNALS_WERROR=OFF
  tests/fuzz/run_fuzz.sh "$build_dir-fuzz/tests/fuzz" "$1"
}

command="${1:-}"
case "$command" in
  -h | --help | help) usage ;;
  demo | test | test-asan | test-tsan | bench | build | fuzz) ;;
  *) usage 1 >&2 ;;
esac

install_dependencies

case "$command" in
  build)
    configure_and_build "$build_dir" "${BUILD_TYPE:-Release}"
    ;;
  demo)
    # Only what the tour needs: the library and the annals program, none of the tests.
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Release}"
    cmake --build "$build_dir" -j "$jobs" --target annals_cli
    if [[ -x "$build_dir/annals" ]]; then
      "$build_dir/annals" demo
      # The who-fought-whom network of the bundled graph, as a picture.
      svg="$build_dir/who-fought-whom.svg"
      if "$build_dir/annals" export examples/intervention/*.cypher \
        -e "MATCH (a:Person)-[f:FOUGHT_AGAINST]->(b:Person) RETURN a, f, b" --to svg -o "$svg"; then
        echo "who fought whom: $(realpath "$svg")"
      fi
    else
      "$build_dir/examples/graph_basics"
    fi
    ;;
  test)
    configure_and_build "$build_dir" "${BUILD_TYPE:-Release}"
    # The short fuzz run first, so that ctest's summary is the last thing printed.
    fuzz_status=0
    fuzz_targets "${FUZZ_SECONDS:-30}" || fuzz_status=$?
    run_tests "$build_dir"
    if ((fuzz_status != 0)); then
      echo "build.sh: the fuzz run failed (see above)" >&2
      exit "$fuzz_status"
    fi
    ;;
  fuzz)
    fuzz_targets "${FUZZ_SECONDS:-300}"
    ;;
  test-asan)
    # Debug info and frame pointers for readable reports; any UB report fails the test.
    # The package tests (label package) only rebuild the library as a consumer would: not here.
    # Warnings are the normal build's job: with sanitizers GCC 12 reports false
    # "uninitialized" warnings inside Boost.Graph, so they do not fail this build.
    sanitize="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all"
    configure_and_build "$build_dir-asan" "${BUILD_TYPE:-RelWithDebInfo}" -DCMAKE_CXX_FLAGS="$sanitize" \
      -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" -DANNALS_WERROR=OFF
    # ASan's stack frames are several times larger than the release build's: the parser at its
    # nesting ceiling (2000 levels) needs more than the default 8 MB of stack there.
    ulimit -s 262144 2>/dev/null || echo "build.sh: cannot raise the stack limit; deep-nesting tests may fail" >&2
    ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1}" \
      UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}" run_tests "$build_dir-asan" -LE package
    ;;
  test-tsan)
    # The tests where threads meet: any report fails them (halt_on_error). The
    # library is instrumented whole; only the tests that use threads are built.
    tsan_tests=(api_concurrency api_limits storage_write_ahead_log)
    cmake -S . -B "$build_dir-tsan" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" -DANNALS_WERROR=OFF \
      -DCMAKE_CXX_FLAGS="-fsanitize=thread -fno-omit-frame-pointer" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=thread"
    cmake --build "$build_dir-tsan" -j "$jobs" --target "${tsan_tests[@]}"
    TSAN_OPTIONS="${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1}" \
      run_tests "$build_dir-tsan" -R "^($(IFS='|'; echo "${tsan_tests[*]}"))\$"
    ;;
  bench)
    if [[ -f bench/CMakeLists.txt ]]; then
      configure_and_build "$build_dir-bench" "${BUILD_TYPE:-Release}" -DANNALS_BUILD_BENCH=ON
    else
      echo "build.sh: bench/ has no CMakeLists.txt yet; nothing to build" >&2
    fi
    if [[ -x bench/run.sh ]]; then
      bench/run.sh "$build_dir-bench"
    else
      echo "build.sh: no bench/run.sh yet; nothing to run" >&2
    fi
    ;;
esac
