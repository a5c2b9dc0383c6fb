#include "redovis/municipalities.h"

#include <doctest/doctest.h>

#include "test_support.h"

using namespace redovis;

TEST_CASE("municipality names as written map to the canonical one") {
  const MunicipalityRegistry& r = testing::ProjectPatterns().municipalities();
  REQUIRE(r.Find("Västerås stad"));
  CHECK(r.Find("Västerås stad")->code == "1980");
  CHECK(r.Find("VÄSTERÅS")->name == "Västerås");
  CHECK(r.Find("Nacka kommun")->code == "0182");
  CHECK(r.Find("Region Gotland")->name == "Gotland");
  CHECK(r.Find("Kristianstads kommun")->name == "Kristianstad");
  CHECK(r.Find("Upplands-Väsby")->name == "Upplands Väsby");
  CHECK(r.Find("Atlantis") == nullptr);
  CHECK(r.FindAscii("timra")->name == "Timrå");
  CHECK(r.FindInText("Socialtjänsten Timrå Kommun")->name == "Timrå");
  int d = 0;
  CHECK(r.Nearest("Västeros", &d)->name == "Västerås");
  CHECK(d == 1);
}

TEST_CASE("counties as written") {
  const MunicipalityRegistry& r = testing::ProjectPatterns().municipalities();
  std::string county, code;
  REQUIRE(r.FindCounty("Västmanlands Län", &county, &code));
  CHECK(county == "Västmanlands län");
  CHECK(code == "19");
  REQUIRE(r.FindCounty("stockholm", &county, &code));
  CHECK(code == "01");
  REQUIRE(r.FindCounty("Örebro", &county, &code));
  CHECK(county == "Örebro län");
  CHECK_FALSE(r.FindCounty("Narnia", &county, &code));
}
