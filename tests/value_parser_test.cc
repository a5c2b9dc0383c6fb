#include "match/value_parser.h"

#include <doctest/doctest.h>

#include "test_support.h"

using namespace redovis;

static ValueParser Make() {
  return ValueParser(testing::ProjectPatterns().vocabulary());
}

TEST_CASE("numbers as Swedish forms write them") {
  ValueParser p = Make();
  double v = 0;
  REQUIRE(p.ParseNumber("804 246:-", &v));
  CHECK(v == 804246);
  REQUIRE(p.ParseNumber("4 045 300", &v));
  CHECK(v == 4045300);
  REQUIRE(p.ParseNumber("402 638 kr", &v));
  CHECK(v == 402638);
  REQUIRE(p.ParseNumber("1,50", &v));
  CHECK(v == doctest::Approx(1.5));
  REQUIRE(p.ParseNumber("10,00", &v));
  CHECK(v == 10);
  REQUIRE(p.ParseNumber("4.045.300", &v));
  CHECK(v == 4045300);
  REQUIRE(p.ParseNumber("0", &v));
  CHECK(v == 0);
  REQUIRE(p.ParseNumber("−3", &v));
  CHECK(v == -3);
}

TEST_CASE("text that is not one number is not a number") {
  ValueParser p = Make();
  double v;
  CHECK_FALSE(p.ParseNumber("", &v));
  CHECK_FALSE(p.ParseNumber("ca fem", &v));
  CHECK_FALSE(p.ParseNumber("3-4 månader", &v));
  CHECK_FALSE(p.ParseNumber("2017 13", &v));
  CHECK_FALSE(p.ParseNumber("12 ombud och 3 chefer", &v));
}

TEST_CASE("dates") {
  ValueParser p = Make();
  std::string iso;
  REQUIRE(p.ParseDate("2021-12-16", &iso));
  CHECK(iso == "2021-12-16");
  REQUIRE(p.ParseDate("Nacka den 2 januari 2017", &iso));
  CHECK(iso == "2017-01-02");
  REQUIRE(p.ParseDate("16/12 2021", &iso));
  CHECK(iso == "2021-12-16");
  REQUIRE(p.ParseDate("20211216", &iso));
  CHECK(iso == "2021-12-16");
  CHECK_FALSE(p.ParseDate("20/209", &iso));
  CHECK_FALSE(p.ParseDate("2021-02-30", &iso));
  CHECK_FALSE(p.ParseDate("", &iso));
}

TEST_CASE("check marks of any kind") {
  ValueParser p = Make();
  for (const char* m : {"x", "X", "xx", "1", "☒", "✓"}) CHECK(p.IsMark(m));
  for (const char* m : {"", "Ja", "nej", "2", "x y"}) CHECK_FALSE(p.IsMark(m));
  CHECK(p.ColumnOf("Ja") == "yes");
  CHECK(p.ColumnOf("Delvis (t.ex. om det är kö i 3 av 12 kommuner)") == "partly");
  CHECK(p.ColumnOf("Antal kvinnor") == "women");
  CHECK(p.ColumnOf("Ekonomi") == "");
}

TEST_CASE("phones and e-mail addresses inside text") {
  CHECK(TidyPhone("060- 16 31 00") == "060-163100");
  CHECK(FindEmail("Susanne 021-39 20 82 susanne.aspling@vasteras.se") ==
        "susanne.aspling@vasteras.se");
  CHECK(FindPhone("Susanne Aspling Björkstén 021-39 20 82 susanne@vasteras.se") == "021-39 20 82");
  CHECK(FindPhone("no phone here") == "");
  CHECK(FindEmail("no mail here") == "");
}

TEST_CASE("table debris: the separators a reader may leave in a value") {
  CHECK(TableDebris("Björkstén |Avdelning/Enhet", true) == "|");
  CHECK(TableDebris("Ja| Nej", true) == "|");
  CHECK(TableDebris("| Kommun Västerås", true) == "|");
  CHECK(TableDebris("Kommun Västerås |", true) == "|");
  CHECK(TableDebris("rad ett\n| rad två", true) == "|");
  CHECK(TableDebris("a || b", true) == "||");
  CHECK(TableDebris("+-----+-----+", true) == "+---");
  CHECK(TableDebris("text\n|---|---|", true) == "|---|---|");
  CHECK(TableDebris("{| class", true) == "{|");
  CHECK(TableDebris(". Mentorskap", true) == ". ");
  CHECK(TableDebris("<td>Kommun</td>", true) == "<td");
  // Free text keeps a bar standing alone between words; other text does not.
  CHECK(TableDebris("mån | tis | ons", true).empty());
  CHECK(TableDebris("mån | tis", false) == "|");
  CHECK(TableDebris("Grundutbildning. Motiverande samtal.", true).empty());
  CHECK(TableDebris("1,5 - 2 år", false).empty());
  CHECK(TableDebris("18-25 år + 65 år", false).empty());
  CHECK(TableDebris("...och mer", true).empty());
}
