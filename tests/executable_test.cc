// Tests of base/executable.h: the running program's directory.
#include "base/executable.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <string>

namespace executable_test {

TEST_CASE("ExecutableDir is the directory holding this test binary") {
  std::string dir = redovis::ExecutableDir();
  REQUIRE_FALSE(dir.empty());
  CHECK(std::filesystem::path(dir).is_absolute());
  CHECK(std::filesystem::exists(std::filesystem::path(dir) / "redovis_tests"));
}

}  // namespace executable_test
