#include "cli/patterns_command.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "test_paths.h"

namespace patterns_command_test {

using namespace redovis;

namespace {

std::string LintDir(const std::string& name) {
  return std::string(redovis::testing::SourceDir()) + "/tests/data/lint/" + name;
}

}  // namespace

TEST_CASE("patterns lint: exit 0 clean or with warnings, 1 with an error, a count last") {
  PatternsCommand cmd;
  std::ostringstream out, err;
  CHECK(RunPatternsLint(cmd, LintDir("base"), out, err) == 0);
  CHECK(out.str() == LintDir("base") + ": 0 errors, 0 warnings\n");

  std::ostringstream warned;
  CHECK(RunPatternsLint(cmd, LintDir("overlap"), warned, err) == 0);
  CHECK(warned.str().rfind("po-test.rules:14: warning: ", 0) == 0);
  CHECK(warned.str().find("0 errors, 1 warning\n") != std::string::npos);

  std::ostringstream failed;
  CHECK(RunPatternsLint(cmd, LintDir("no_section"), failed, err) == 1);
  CHECK(failed.str().rfind("po-test.rules:16: error: section cleints", 0) == 0);

  cmd.format = "json";
  std::ostringstream json;
  CHECK(RunPatternsLint(cmd, LintDir("unfilled_key"), json, err) == 1);
  auto j = nlohmann::json::parse(json.str());
  CHECK(j["errors"] == 1);
  CHECK(j["findings"][0]["where"] == "catalogue.tsv:6");
  CHECK(j["findings"][0]["code"] == "unfilled_key");
  CHECK(err.str().empty());
}

}  // namespace patterns_command_test
