// operator new under an address-space limit, as in a worker at --max-memory:
// it throws std::bad_alloc (src/cli/allocator.cc, when mimalloc is the
// allocator; the C++ library's own otherwise), and never aborts.
#include <doctest/doctest.h>

#include "base/sanitizer.h"

// AddressSanitizer reserves terabytes of shadow memory and has its own
// allocator, so an address-space limit means nothing to it: these cases run
// in the plain build only.
#if !REDOVIS_ADDRESS_SANITIZER
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <new>
#include <string>
#include <vector>

namespace allocator_test {

namespace {

/// Where allocations are kept, so that the compiler cannot drop them.
char* volatile g_kept = nullptr;

/// The address space this process uses now, in bytes (from /proc/self/statm).
size_t AddressSpace() {
  FILE* f = std::fopen("/proc/self/statm", "r");
  unsigned long pages = 0;
  if (f != nullptr) {
    if (std::fscanf(f, "%lu", &pages) != 1) pages = 0;
    std::fclose(f);
  }
  return pages * static_cast<size_t>(sysconf(_SC_PAGESIZE));
}

/// Runs `body` in a child limited to its current address space plus
/// `headroom` bytes; returns its wait status.
template <typename Body>
int Limited(size_t headroom, Body body) {
  pid_t pid = fork();
  if (pid == 0) {
    signal(SIGABRT, SIG_DFL);  // not the test framework's handler
    rlimit limit;
    limit.rlim_cur = limit.rlim_max = AddressSpace() + headroom;
    if (setrlimit(RLIMIT_AS, &limit) != 0) _exit(80);
    _exit(body());
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return status;
}

}  // namespace

TEST_CASE("allocator: new beyond the memory limit throws bad_alloc, and memory is usable after") {
  int status = Limited(256u << 20, [] {
    try {
      g_kept = new char[1u << 30];
      return 1;  // the limit did not hold
    } catch (const std::bad_alloc&) {
    }
    std::vector<std::string> small(1000, std::string(100, 'x'));  // still works
    return small.size() == 1000 ? 0 : 2;
  });
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
}

TEST_CASE("allocator: growing a string past the limit throws bad_alloc") {
  int status = Limited(256u << 20, [] {
    try {
      std::string s;
      for (int i = 0; i < 64; ++i) s.append(std::string(32u << 20, 'x'));
      return 1;
    } catch (const std::bad_alloc&) {
      return 0;
    }
  });
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
}

TEST_CASE("allocator: nothrow new beyond the limit returns null") {
  int status = Limited(256u << 20, [] {
    g_kept = new (std::nothrow) char[1u << 30];
    return g_kept == nullptr ? 0 : 1;
  });
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
}

}  // namespace allocator_test

#endif  // !REDOVIS_ADDRESS_SANITIZER
