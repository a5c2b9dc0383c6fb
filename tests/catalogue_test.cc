#include "redovis/catalogue.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "test_support.h"

namespace catalogue_test {

using namespace redovis;
namespace fs = std::filesystem;

namespace {

/// Loads a catalogue made of a header and `rows`.
Status LoadRows(const std::string& rows, Catalogue* out) {
  fs::path file =
      fs::temp_directory_path() / ("redovis-catalogue-" + std::to_string(getpid()) + ".tsv");
  std::ofstream(file) << "key\ttype\teditions\tlabel_sv\tnote\trole\n" << rows;
  Status s = Catalogue::Load(file.string(), out);
  fs::remove(file);
  return s;
}

}  // namespace

TEST_CASE("field types as the catalogue writes them") {
  FieldSpec f;
  REQUIRE(ParseFieldType("int", &f));
  CHECK(f.type == FieldType::kInt);
  REQUIRE(ParseFieldType("decimal", &f));
  CHECK(f.type == FieldType::kDecimal);
  REQUIRE(ParseFieldType("date", &f));
  CHECK(f.type == FieldType::kDate);
  REQUIRE(ParseFieldType("enum(yes|partly|no)", &f));
  CHECK(f.type == FieldType::kEnum);
  CHECK(f.enum_values == std::vector<std::string>{"yes", "partly", "no"});
  CHECK(f.type_name == "enum(yes|partly|no)");
  REQUIRE(ParseFieldType("list<text>", &f));
  CHECK(f.type == FieldType::kTextList);
  REQUIRE(ParseFieldType("list<enum(a|b)>", &f));
  CHECK(f.type == FieldType::kEnumList);
  CHECK(f.enum_values == std::vector<std::string>{"a", "b"});
  CHECK_FALSE(ParseFieldType("float", &f));
  CHECK_FALSE(ParseFieldType("list<int>", &f));
  CHECK_FALSE(ParseFieldType("enum()", &f));
}

TEST_CASE("a catalogue: keys in file order, found by key and by edition tag") {
  Catalogue c;
  Status s = LoadRows(
      "a.one\tint\t2016,2020\tEtt\tnote\n"
      "# a comment\n"
      "\n"
      "a.two\tbool\t2020\tTvå\n"
      "a.three\ttext\t2016\n",
      &c);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  REQUIRE(c.fields().size() == 3);
  CHECK(c.fields()[1].key == "a.two");
  REQUIRE(c.Find("a.one") != nullptr);
  CHECK(c.Find("a.one")->label_sv == "Ett");
  CHECK(c.Find("a.one")->note == "note");
  CHECK(c.Find("a.three")->label_sv.empty());
  CHECK(c.Find("a.four") == nullptr);
  CHECK(c.KeysFor("2020") == std::vector<std::string>{"a.one", "a.two"});
  CHECK(c.KeysFor("2016") == std::vector<std::string>{"a.one", "a.three"});
  CHECK(c.KeysFor("1999").empty());
}

TEST_CASE("a malformed catalogue is an error naming the file and line") {
  struct Bad {
    const char* rows;
    const char* line;
    const char* why;
  };
  const Bad bad[] = {
      {"a\tint\t2020\nb\tfloat\t2020\n", ":3: ", "unknown type 'float'"},
      {"a\tint\n", ":2: ", "at least 3"},
      {"a\tint\t2020\na\ttext\t2020\n", ":3: ", "duplicate key a"},
      {"\tint\t2020\n", ":2: ", "empty key"},
  };
  for (const Bad& b : bad) {
    Catalogue c;
    Status s = LoadRows(b.rows, &c);
    CHECK(s.code() == "pattern_error");
    CHECK_MESSAGE(s.message().find(".tsv" + std::string(b.line)) != std::string::npos, s.message());
    CHECK_MESSAGE(s.message().find(b.why) != std::string::npos, s.message());
  }
  Catalogue c;
  CHECK(LoadRows("", &c).message().find("empty") != std::string::npos);
  CHECK(Catalogue::Load("/nonexistent/catalogue.tsv", &c).code() == "pattern_error");
}

TEST_CASE("roles: the project's catalogue names the keys that identify a report") {
  const Catalogue& cat = testing::ProjectPatterns().catalogue();
  CHECK(cat.KeyWithRole("year") == "report.year");
  CHECK(cat.KeyWithRole("municipality") == "report.municipality");
  CHECK(cat.KeyWithRole("municipality_code") == "report.municipality_code");
  CHECK(cat.KeyWithRole("no such role").empty());
  CHECK(cat.KeyWithRole("clients_women") == "clients.total.women");
  CHECK(cat.KeyWithRole("county") == "report.county");
  CHECK(cat.RoleKeys() ==
        std::vector<std::string>{"report.year", "report.municipality", "report.municipality_code",
                                 "report.county", "report.county_code", "report.co_municipalities",
                                 "contact.person", "contact.person_email", "contact.email",
                                 "clients.total.women", "clients.total.men"});
  CHECK(cat.KeyWithRole("contact_person_email") == "contact.person_email");
  CHECK(cat.Find("report.year")->role == "year");
  CHECK(cat.Find("ombud.fte")->role.empty());
}

TEST_CASE("roles: read from the sixth column, in catalogue order; a role given twice is refused") {
  Catalogue cat;
  REQUIRE(LoadRows("a.b\tint\t2020\t\t\t\nc.d\ttext\t2020\tLabel\tnote\tyear\n"
                   "e.f\ttext\t2020\n",
                   &cat)
              .ok());
  CHECK(cat.KeyWithRole("year") == "c.d");
  CHECK(cat.RoleKeys() == std::vector<std::string>{"c.d"});
  Status s = LoadRows("a.b\tint\t2020\t\t\tyear\nc.d\ttext\t2020\t\t\tyear\n", &cat);
  CHECK(s.code() == "pattern_error");
  CHECK(s.message().find(".tsv:3: role 'year' given twice") != std::string::npos);
}

}  // namespace catalogue_test
