#include "cli/county_roster.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "test_support.h"

namespace county_roster_test {

using namespace redovis;

namespace {

std::vector<std::string> Names(const std::vector<const Municipality*>& ms) {
  std::vector<std::string> out;
  for (const Municipality* m : ms) out.push_back(m->name);
  return out;
}

}  // namespace

TEST_CASE("county roster: a county by code or name") {
  const MunicipalityRegistry& reg = testing::ProjectPatterns().municipalities();
  std::string code;
  CHECK(ResolveCounty(reg, "19", &code));
  CHECK(code == "19");
  code.clear();
  CHECK(ResolveCounty(reg, "Västmanlands län", &code));
  CHECK(code == "19");
  CHECK_FALSE(ResolveCounty(reg, "99", &code));
  CHECK_FALSE(ResolveCounty(reg, "Atlantis", &code));
}

TEST_CASE("county roster: who has not reported, co-municipalities covered by another's report") {
  const PatternSet& p = testing::ProjectPatterns();
  const Catalogue& c = p.catalogue();
  CountyRoster roster(p.municipalities(), c);
  CHECK(roster.InferredCounty() == "");
  std::vector<std::string> all = Names(roster.NotReported("19"));
  REQUIRE(all.size() == 10);  // Västmanland's ten municipalities
  Record vasteras;
  vasteras.values[c.KeyWithRole("municipality")] = Value::Text("Västerås");
  vasteras.values[c.KeyWithRole("municipality_code")] = Value::Text("1980");
  vasteras.values[c.KeyWithRole("co_municipalities")] =
      Value::MakeList({"Surahammar", "Hallstahammar"});
  roster.Add(vasteras);
  Record sala;  // no code: found by its name
  sala.values[c.KeyWithRole("municipality")] = Value::Text("Sala");
  roster.Add(sala);
  roster.Add(Record());  // nothing known: covers nothing
  CHECK(roster.InferredCounty() == "19");
  std::vector<std::string> left = Names(roster.NotReported("19"));
  CHECK(left.size() == 6);
  for (const char* gone : {"Västerås", "Surahammar", "Hallstahammar", "Sala"})
    CHECK(std::find(left.begin(), left.end(), gone) == left.end());
  CHECK(std::find(left.begin(), left.end(), "Arboga") != left.end());
  Record nacka;
  nacka.values[c.KeyWithRole("municipality")] = Value::Text("Nacka");
  roster.Add(nacka);
  CHECK(roster.InferredCounty() == "");  // two counties: none inferred
}

}  // namespace county_roster_test
