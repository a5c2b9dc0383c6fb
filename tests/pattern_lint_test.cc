#include "inspect/pattern_lint.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "test_paths.h"

namespace pattern_lint_test {

using namespace redovis;

namespace {

std::string Lint(const std::string& name, const std::string& samples = "") {
  std::string dir = std::string(redovis::testing::SourceDir()) + "/tests/data/lint/" + name;
  LintOptions options;
  if (!samples.empty()) options.samples_dir = dir + "/" + samples;
  std::vector<LintFinding> findings;
  Status s = LintPatterns(dir, options, &findings);
  if (!s.ok()) return "failed: " + s.message();
  std::string out;
  for (const LintFinding& f : findings) out += f.where + " " + f.severity + " " + f.code + "\n";
  return out;
}

}  // namespace

TEST_CASE("lint: the project's patterns have no error") {
  std::vector<LintFinding> findings;
  REQUIRE(LintPatterns(std::string(redovis::testing::SourceDir()) + "/patterns", LintOptions(),
                       &findings)
              .ok());
  CHECK(!HasLintErrors(findings));
}

TEST_CASE("lint: a clean directory, with and without samples") {
  CHECK(Lint("base") == "");
  CHECK(Lint("base", "samples") == "");
}

TEST_CASE("lint: each crafted mistake, at its file and line") {
  // A rule that can never match fills nothing: its keys are unfilled too.
  const std::string unfilled =
      "catalogue.tsv:5 error unfilled_key\ncatalogue.tsv:6 error unfilled_key\n";
  CHECK(Lint("no_section") == "po-test.rules:16 error no_section\n" + unfilled);
  CHECK(Lint("unknown_template_key") ==
        "po-test.rules:16 error unknown_key\npo-test.rules:16 error unknown_key\n" + unfilled);
  CHECK(Lint("unfilled_key") == "catalogue.tsv:6 error unfilled_key\n");
  CHECK(Lint("overlap") == "po-test.rules:14 warning overlap\n");
  CHECK(Lint("never_matches", "samples") == "po-test.rules:14 warning never_matches\n");
  std::string tie = Lint("detect_tie", "samples");
  CHECK(tie.find("warning detect_tie") != std::string::npos);
  std::string load = Lint("unknown_key");
  CHECK(load.find("/tests/data/lint/unknown_key/po-test.rules:13 error load") != std::string::npos);
  CHECK(Lint("bad_regex").find("/po-test.rules:12 error load") != std::string::npos);
}

TEST_CASE("lint: a samples directory that does not exist fails, naming it") {
  CHECK(Lint("base", "no-such-folder").rfind("failed: ", 0) == 0);
}

}  // namespace pattern_lint_test
