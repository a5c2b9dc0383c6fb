#include "cli/archive_output.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "redovis/extractor.h"

namespace archive_output_test {

using namespace redovis;

TEST_CASE("archive inputs: files whose SHA-256 is known are left out, in order") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("redovis-archive-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir / "a.txt") << "first";
  std::ofstream(dir / "b.txt") << "second";
  std::ofstream(dir / "c.txt") << "first";  // the same bytes as a.txt
  std::set<std::string> known = {Sha256Hex("first"), Sha256Hex("from stdin")};
  auto knows = [&](const std::string& sha) { return known.count(sha) > 0; };
  std::string a = (dir / "a.txt").string(), b = (dir / "b.txt").string(),
              c = (dir / "c.txt").string(), missing = (dir / "missing.txt").string(),
              sub = dir.string();
  size_t skipped = 99;
  std::vector<std::string> left =
      UnknownInputs({a, b, "-", missing, c, sub}, "from stdin", knows, &skipped);
  CHECK(left == std::vector<std::string>{b, missing, sub});
  CHECK(skipped == 3);
  left = UnknownInputs({"-", b}, "other bytes", knows, &skipped);
  CHECK(left == std::vector<std::string>{"-", b});
  CHECK(skipped == 0);
  fs::remove_all(dir);
}

}  // namespace archive_output_test
