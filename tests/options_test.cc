#include "cli/options.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <filesystem>
#include <fstream>

namespace options_test {

namespace fs = std::filesystem;
using namespace redovis;

namespace {

/// An install tree: prefix/bin and prefix/share/redovis/patterns/common.rules.
struct Prefix {
  fs::path path;
  Prefix() {
    path = fs::temp_directory_path() / ("redovis-options-" + std::to_string(::getpid()));
    fs::remove_all(path);
    fs::create_directories(path / "bin");
  }
  ~Prefix() { fs::remove_all(path); }
  fs::path AddPatterns(const fs::path& rel) const {
    fs::create_directories(path / rel);
    std::ofstream(path / rel / "common.rules") << "# test\n";
    return path / rel;
  }
};

}  // namespace

TEST_CASE("patterns: --patterns wins, then $REDOVIS_PATTERNS, then beside the executable") {
  Prefix p;
  fs::path installed = p.AddPatterns("share/redovis/patterns");
  std::string bin = (p.path / "bin").string(), dir;
  REQUIRE(FindPatternsDir("/flag", "/env", bin, &dir).ok());
  CHECK(dir == "/flag");
  REQUIRE(FindPatternsDir("", "/env", bin, &dir).ok());
  CHECK(dir == "/env");
  REQUIRE(FindPatternsDir("", "", bin, &dir).ok());  // an empty variable is unset
  CHECK(dir == installed.string());
  REQUIRE(FindPatternsDir("", nullptr, bin, &dir).ok());
  CHECK(dir == installed.string());
}

TEST_CASE("patterns: in a build tree, the patterns/ beside the executable") {
  Prefix p;
  fs::path beside = p.AddPatterns("bin/patterns");
  std::string dir;
  REQUIRE(FindPatternsDir("", nullptr, (p.path / "bin").string(), &dir).ok());
  CHECK(dir == beside.string());
}

TEST_CASE("patterns: none found is an error naming where it looked") {
  Prefix p;
  std::string dir;
  Status s = FindPatternsDir("", nullptr, (p.path / "bin").string(), &dir);
  CHECK(s.code() == "usage");
  CHECK(s.message().find((p.path / "share/redovis/patterns").string()) != std::string::npos);
  CHECK(s.message().find("--patterns") != std::string::npos);
}

TEST_CASE("batch options: the flags' defaults are the batch's own; -j 0 is every core") {
  BatchFlags f;
  BatchOptions defaults;
  BatchOptions got = ToBatchOptions(f);
  CHECK(got.timeout_seconds == defaults.timeout_seconds);
  CHECK(got.max_memory_mb == defaults.max_memory_mb);
  CHECK(got.extract.read.ocr == ReadOptions().ocr);
  CHECK(got.jobs == DefaultJobs());
  CHECK(got.isolate);
  f.jobs = 3;
  f.in_process = true;
  got = ToBatchOptions(f);
  CHECK(got.jobs == 3);
  CHECK_FALSE(got.isolate);
}

TEST_CASE("batch options: the converter's time limit is a share of --timeout") {
  BatchFlags f;
  CHECK(ToBatchOptions(f).extract.read.convert_timeout_seconds == doctest::Approx(50));
  f.batch.timeout_seconds = 10;
  CHECK(ToBatchOptions(f).extract.read.convert_timeout_seconds == doctest::Approx(8));
  f.batch.timeout_seconds = 600;
  CHECK(ToBatchOptions(f).extract.read.convert_timeout_seconds == doctest::Approx(590));
  f.batch.timeout_seconds = 0;  // none: the conversion has none either
  CHECK(ToBatchOptions(f).extract.read.convert_timeout_seconds == 0);
}

TEST_CASE("batch options: a negative --max-memory or --timeout is a wrong command line") {
  for (std::vector<std::string> args : {std::vector<std::string>{"--max-memory", "-1"},
                                        std::vector<std::string>{"--timeout", "-1"}}) {
    CLI::App app;
    BatchFlags f;
    AddBatchFlags(&app, &f);
    std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 takes them reversed
    CHECK_THROWS_AS(app.parse(reversed), CLI::ParseError);
  }
  CLI::App app;
  BatchFlags f;
  AddBatchFlags(&app, &f);
  app.parse(std::vector<std::string>{"300", "--max-memory"});
  CHECK(f.batch.max_memory_mb == 300);
}

}  // namespace options_test
