// The walk's tables (match_run_tables.cc): column headers found by their
// words, each number or mark taken from the column it stands in.
#include <doctest/doctest.h>

#include <string>

#include "match/match_run.h"
#include "test_support.h"

using namespace redovis;
using redovis::testing::ExtractText;
using redovis::testing::Form2020;

TEST_CASE("a row of numbers takes each from the column its header names") {
  auto recs =
      ExtractText(Form2020("2. Klienter\n\tKvinnor\tMän\nTotalt antal klienter\t267\t181\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("clients.total.women").ToDisplay() == "267");
  CHECK(recs[0].Get("clients.total.men").ToDisplay() == "181");

  // The same numbers under a header in the other order go the other way.
  auto swapped =
      ExtractText(Form2020("2. Klienter\n\tMän\tKvinnor\nTotalt antal klienter\t267\t181\n"));
  REQUIRE(swapped.size() == 1);
  CHECK(swapped[0].Get("clients.total.women").ToDisplay() == "181");
  CHECK(swapped[0].Get("clients.total.men").ToDisplay() == "267");
}

TEST_CASE("a mark under Ja or Nej answers the row's question") {
  auto yes =
      ExtractText(Form2020("Utbildning\n\tJa\tNej\nOmbuden har erbjudits utbildning.\tX\t\n"));
  REQUIRE(yes.size() == 1);
  CHECK(yes[0].Get("training.offered").ToDisplay() == "true");

  auto no =
      ExtractText(Form2020("Utbildning\n\tJa\tNej\nOmbuden har erbjudits utbildning.\t\tX\n"));
  REQUIRE(no.size() == 1);
  CHECK(no[0].Get("training.offered").ToDisplay() == "false");
}

TEST_CASE("a dash glued to a numbered heading (reading-order text) still starts its section") {
  auto recs =
      ExtractText(Form2020("Handledning\nOmbuden har erbjudits handledning.\nOm nej, ange varför.\n"
                           "-2. Klienter\nAnge antal klienter som fått stöd av personligt ombud.\n"
                           "\tKvinnor\tMän\nTotalt antal klienter\t12\t7\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("supervision.not_offered_reason").is_null());
  CHECK(recs[0].Get("clients.total.women").as_int() == 12);
}
