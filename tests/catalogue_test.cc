#include "redovis/catalogue.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "test_support.h"

using namespace redovis;

namespace {

/// Loads a catalogue written from `text` (the header line is added).
Status LoadText(const std::string& text, Catalogue* out) {
  std::string path = (std::filesystem::temp_directory_path() /
                      ("redovis-catalogue-" + std::to_string(getpid()) + ".tsv"))
                         .string();
  {
    std::ofstream f(path);
    f << "key\ttype\teditions\tlabel_sv\tnote\trole\n" << text;
  }
  Status s = Catalogue::Load(path, out);
  std::filesystem::remove(path);
  return s;
}

}  // namespace

TEST_CASE("roles: the project's catalogue names the keys that identify a report") {
  const Catalogue& cat = testing::ProjectPatterns().catalogue();
  CHECK(cat.KeyWithRole("year") == "report.year");
  CHECK(cat.KeyWithRole("municipality") == "report.municipality");
  CHECK(cat.KeyWithRole("municipality_code") == "report.municipality_code");
  CHECK(cat.KeyWithRole("no such role").empty());
  CHECK(cat.RoleKeys() ==
        std::vector<std::string>{"report.year", "report.municipality", "report.municipality_code"});
  CHECK(cat.Find("report.year")->role == "year");
  CHECK(cat.Find("ombud.fte")->role.empty());
}

TEST_CASE("roles: read from the sixth column, in catalogue order; a role given twice is refused") {
  Catalogue cat;
  REQUIRE(LoadText("a.b\tint\t2020\t\t\t\nc.d\ttext\t2020\tLabel\tnote\tyear\n"
                   "e.f\ttext\t2020\n",
                   &cat)
              .ok());
  CHECK(cat.KeyWithRole("year") == "c.d");
  CHECK(cat.RoleKeys() == std::vector<std::string>{"c.d"});
  Status s = LoadText("a.b\tint\t2020\t\t\tyear\nc.d\ttext\t2020\t\t\tyear\n", &cat);
  CHECK(s.code() == "pattern_error");
  CHECK(s.message().find(".tsv:3: role 'year' given twice") != std::string::npos);
}
