// Reading-order text, a table's total proven by its sums
// (reading_order_totals.cc): a group whose columns each hold one number fewer
// than its rows is read for its total where the first number of each column
// is the sum of the rest, whole or written in bands of rows; the parts stay
// null with a finding (the walk's tables: reading_order_counts_test.cc).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "test_support.h"

namespace reading_order_totals_test {

using namespace redovis;
using redovis::testing::FindCode;
using redovis::testing::kTotalLabels2020;
using redovis::testing::RawClients2020;

TEST_CASE("reading-order text: a total over its parts with one part's cell empty") {
  // The 2020 form's order, column after column; the 65+ row is empty, so
  // each column has four numbers for five rows. 29 = 14 + 9 + 6 and
  // 5 = 2 + 3 + 0 (the `sum` checks of patterns/checks.rules): the first
  // number is the total's; which part is empty the order does not show.
  const std::string labels = kTotalLabels2020;
  auto recs = RawClients2020(labels + "Kvinnor\n29\n14\n9\n6\n\nMän\n5\n2\n3\n0\n");
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("clients.total.women").ToDisplay() == "29");
  CHECK(r.Get("clients.total.men").ToDisplay() == "5");
  CHECK(r.Get("clients.total.age_18_29.women").is_null());
  CHECK(r.Get("clients.total.age_65_plus.men").is_null());
  CHECK(FindCode(r, "required_missing") == nullptr);
  const Finding* f = FindCode(r, "ambiguous_column");
  REQUIRE(f != nullptr);
  CHECK(f->message.find("'29, 14, 9, 6, 5, 2, 3, 0'") != std::string::npos);
  SUBCASE("a first number that is not the sum of the rest decides nothing") {
    auto off = RawClients2020(labels + "Kvinnor\n29\n14\n9\n5\n\nMän\n5\n2\n3\n0\n");
    REQUIRE(off.size() == 1);
    CHECK(off[0].Get("clients.total.women").is_null());
    CHECK(off[0].Get("clients.total.men").is_null());
  }
  SUBCASE("totals of 0 prove nothing") {
    auto zero = RawClients2020(labels + "Kvinnor\n0\n0\n0\n0\n\nMän\n0\n0\n0\n0\n");
    REQUIRE(zero.size() == 1);
    CHECK(zero[0].Get("clients.total.women").is_null());
  }
}

TEST_CASE("reading-order text: a total over its parts written in bands of two rows") {
  // Some prints of the 2020 form write the table two rows at a time: rows
  // 1-2 of Kvinnor, rows 1-2 of Män, then rows 3-4 of each; the 65+ row is
  // empty. Gathered band by band, 29 = 14 + 9 + 6 and 5 = 2 + 3 + 0; taken
  // column after column (29 14 5 2 | 9 6 3 0) the sum does not hold.
  const std::string labels = kTotalLabels2020;
  auto recs = RawClients2020(labels + "Kvinnor\n29\n14\n\nMän\n5\n2\n\n9\n6\n\n3\n0\n");
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("clients.total.women").ToDisplay() == "29");
  CHECK(r.Get("clients.total.men").ToDisplay() == "5");
  CHECK(r.Get("clients.total.age_18_29.women").is_null());
  CHECK(r.Get("clients.total.age_30_49.men").is_null());
  CHECK(FindCode(r, "required_missing") == nullptr);
  CHECK(FindCode(r, "ambiguous_column") != nullptr);
  SUBCASE("numbers the sum proves in both readings decide nothing") {
    // Band by band: 5 = 1 + 4 + 0 and 4 = 0 + 1 + 3; column after column the same.
    auto both = RawClients2020(labels + "Kvinnor\n5\n1\n\nMän\n4\n0\n\n4\n0\n\n1\n3\n");
    REQUIRE(both.size() == 1);
    CHECK(both[0].Get("clients.total.women").is_null());
    CHECK(both[0].Get("clients.total.men").is_null());
  }
  SUBCASE("bands whose runs differ in length") {
    auto uneven = RawClients2020(labels + "Kvinnor\n29\n14\n\nMän\n5\n2\n3\n\n9\n6\n\n0\n");
    REQUIRE(uneven.size() == 1);
    CHECK(uneven[0].Get("clients.total.women").is_null());
  }
}

}  // namespace reading_order_totals_test
