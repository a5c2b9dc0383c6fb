#include "patterns/pattern_loader.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "patterns/regex.h"

using namespace redovis;
namespace fs = std::filesystem;

namespace {

/// Writes `text` to a fresh file named `name` in a temporary directory.
fs::path Write(const std::string& name, const std::string& text) {
  fs::path dir = fs::temp_directory_path() / ("redovis-loader-" + std::to_string(getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / name) << text;
  return dir / name;
}

}  // namespace

TEST_CASE("PatternLoader: a vocabulary file fills the vocabulary") {
  PatternSet set;
  PatternLoader loader(&set);
  Status s = loader.LoadVocabulary(
      Write("common.rules", "mark \"^x$\"\ncolumn women \"^kvinnor$\"\nocr_language swe\n")
          .string());
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  REQUIRE(set.vocabulary().marks.size() == 1);
  CHECK(set.vocabulary().marks[0].source == "^x$");
  REQUIRE(set.vocabulary().columns.size() == 1);
  CHECK(set.vocabulary().columns[0].first == "women");
  CHECK(set.vocabulary().ocr_language == "swe");
  // An edition's line in the vocabulary is refused, naming file and line.
  s = loader.LoadVocabulary(Write("bad.rules", "mark \"a\"\nstart \"^b\"\n").string());
  CHECK(s.code() == "pattern_error");
  CHECK(s.message().find("bad.rules:2: 'start' belongs in an edition file") != std::string::npos);
}

TEST_CASE("PatternLoader: an edition file, with its include, becomes an edition") {
  PatternSet set;
  PatternLoader loader(&set);
  Write("_shared.rules", "detect 2 \"personligt ombud\"\n");
  fs::path file = Write("po-test.rules",
                        "edition po-test\ntag test\nstart \"^Redovisning\"\ninclude _shared.rules\n"
                        "section a \"^A\\.\"\n");
  Status s = loader.LoadEdition(file.string());
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  const Edition* e = set.FindEdition("po-test");
  REQUIRE(e != nullptr);
  CHECK(e->file == "po-test.rules");
  CHECK(e->tag == "test");
  REQUIRE(e->starts.size() == 1);
  REQUIRE(e->detectors.size() == 1);
  CHECK(e->detectors[0].weight == 2);
  CHECK(e->detectors[0].id == "_shared.rules:1");
  // Its regexes' syntax was checked, their compilation for matching waits.
  CHECK_FALSE(e->starts[0].compiled->IsCompiled());
  // The same edition twice, and a file without an edition line, are refused.
  s = loader.LoadEdition(file.string());
  CHECK(s.message().find("edition po-test is defined twice") != std::string::npos);
  s = loader.LoadEdition(Write("po-none.rules", "tag none\n").string());
  CHECK(s.message().find("needs an 'edition NAME' line") != std::string::npos);
  // A bad regex names its file and line.
  s = loader.LoadEdition(Write("po-bad.rules", "edition bad\ntag bad\nstart \"^(a\"\n").string());
  CHECK(s.message().find("po-bad.rules:3: bad regular expression") != std::string::npos);
}
