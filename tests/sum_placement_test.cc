// A reading-order table's numbers placed by its sums (sum_placement.cc): a
// cell is decided where the sums leave one placement, and undecided where
// they leave two (the walk's use of it: reading_order_counts_test.cc).
#include "match/sum_placement.h"

#include <doctest/doctest.h>

#include <cmath>
#include <map>
#include <string>
#include <vector>

namespace sum_placement_test {

using namespace redovis;

namespace {

CheckRule Sum(const std::vector<std::string>& keys) {
  CheckRule c;
  c.kind = CheckKind::kSum;
  c.keys = keys;
  return c;
}

// A total and its two parts, in columns w and m, the parts' rows after the
// total's; `numbers` in the order written, at lines 1, 2, ...
OrderedCounts Table(const std::vector<double>& numbers) {
  OrderedCounts t;
  t.keys = {{"t.w", "t.m"}, {"a.w", "a.m"}, {"b.w", "b.m"}};
  t.numbers = numbers;
  for (size_t i = 0; i < numbers.size(); ++i) t.number_at.push_back(i + 1);
  return t;
}

const std::vector<CheckRule> kChecks = {Sum({"t.w", "a.w", "b.w"}), Sum({"t.m", "a.m", "b.m"})};

}  // namespace

TEST_CASE("sum placement: a row's lone number goes where the sums hold") {
  // Total 2 / 7; row a "2 3"; row b one number, 4: the men's (7 = 3 + 4),
  // and the women's cell empty (2 = 2 + 4 does not hold).
  std::vector<std::vector<int>> cells;
  REQUIRE(PlaceBySums(Table({2, 7, 2, 3, 4}), kChecks, &cells));
  CHECK(cells[0] == std::vector<int>{0, 1});
  CHECK(cells[1] == std::vector<int>{2, 3});
  CHECK(cells[2] == std::vector<int>{kCellEmpty, 4});
}

TEST_CASE("sum placement: two placements that hold leave their cells undecided") {
  // Total 4 / 4, then 4 4: row a's, row b's, or one each; the total's row
  // is the same in every placement.
  std::vector<std::vector<int>> cells;
  REQUIRE(PlaceBySums(Table({4, 4, 4, 4}), kChecks, &cells));
  CHECK(cells[0] == std::vector<int>{0, 1});
  CHECK(cells[1] == std::vector<int>{kCellUndecided, kCellUndecided});
  CHECK(cells[2] == std::vector<int>{kCellUndecided, kCellUndecided});
}

TEST_CASE("sum placement: every number is placed") {
  // Total 2 / 7, row a "2 3", then 4 and 9: six numbers, six cells, and row
  // b "4 9" makes the women's sum 2 + 4: no placement holds.
  std::vector<std::vector<int>> cells;
  CHECK_FALSE(PlaceBySums(Table({2, 7, 2, 3, 4, 9}), kChecks, &cells));
  // Seven numbers for six cells.
  CHECK_FALSE(PlaceBySums(Table({2, 7, 2, 3, 0, 4, 0}), kChecks, &cells));
  CHECK(cells.empty());
}

TEST_CASE("sum placement: no placement, no answer") {
  std::vector<std::vector<int>> cells = {{7}};
  // Sums that hold nowhere (5 is no 2 + 2).
  CHECK_FALSE(PlaceBySums(Table({5, 7, 2, 3, 2}), kChecks, &cells));
  // No check covers the rows.
  CHECK_FALSE(PlaceBySums(Table({2, 7, 2, 3, 4}), {}, &cells));
  // A row without a key.
  OrderedCounts t = Table({2, 7, 2, 3, 4});
  t.keys[1][0] = "";
  CHECK_FALSE(PlaceBySums(t, kChecks, &cells));
  // A group of more than 16 cells (a total and eight parts, two columns).
  OrderedCounts big;
  std::vector<std::string> w = {"t.w"}, m = {"t.m"};
  big.keys.push_back({"t.w", "t.m"});
  for (int i = 0; i < 8; ++i) {
    std::string p = "p" + std::to_string(i);
    big.keys.push_back({p + ".w", p + ".m"});
    w.push_back(p + ".w");
    m.push_back(p + ".m");
  }
  big.numbers = {1, 1, 1, 1};
  big.number_at = {1, 2, 3, 4};
  CHECK_FALSE(PlaceBySums(big, {Sum(w), Sum(m)}, &cells));
  CHECK(cells == std::vector<std::vector<int>>{{7}});
}

TEST_CASE("sum placement: a row no check covers is placed freely") {
  // A free row c after the group: its one number may be either column's.
  OrderedCounts t = Table({2, 7, 2, 3, 4, 9});
  t.keys.push_back({"c.w", "c.m"});
  std::vector<std::vector<int>> cells;
  REQUIRE(PlaceBySums(t, kChecks, &cells));
  CHECK(cells[2] == std::vector<int>{kCellEmpty, 4});
  CHECK(cells[3] == std::vector<int>{kCellUndecided, kCellUndecided});
}

TEST_CASE("sum placement: a row the text shows whole counts in its sums and takes no number") {
  // The total's row shown (2 / 7, rebuilt from a table written a cell a
  // line); the numbers to place are row a's and b's: 2 3 4.
  OrderedCounts t = Table({2, 3, 4});
  t.shown = {{2, 7}};
  std::vector<std::vector<int>> cells;
  REQUIRE(PlaceBySums(t, kChecks, &cells));
  CHECK(cells[0] == std::vector<int>{kCellShown, kCellShown});
  CHECK(cells[1] == std::vector<int>{0, 1});
  CHECK(cells[2] == std::vector<int>{kCellEmpty, 2});
  // An empty cell of a shown row counts 0: total 2 / empty, then 2 and 3?
  // No placement makes the men's 0 = 3.
  t = Table({2, 3});
  t.shown = {{2, std::nan("")}};
  CHECK_FALSE(PlaceBySums(t, kChecks, &cells));
  // A shown row of the wrong width.
  t.shown = {{2}};
  CHECK_FALSE(PlaceBySums(t, kChecks, &cells));
}

TEST_CASE("sum placement: numbers a block each may be written a band of rows column by column") {
  // pdftotext's reading order, each number a block between blank lines:
  // total 266 / 222, then rows a and b as "55", "138", "76". Row by row:
  // a "55", b "138 76"; the band a-b down each column: a "55 76", b "138"
  // (seen: the 76 row a's, written after row b's 138). Both hold the sums:
  // only the cells every placement agrees on are decided.
  const std::vector<CheckRule> checks = {Sum({"t.w", "a.w", "b.w"}), Sum({"t.m", "a.m", "b.m"})};
  OrderedCounts spaced = Table({193, 76, 55, 138, 76});
  spaced.number_at = {1, 3, 5, 7, 9};
  std::vector<std::vector<int>> cells;
  REQUIRE(PlaceBySums(spaced, checks, &cells));
  CHECK(cells[0] == std::vector<int>{0, 1});
  CHECK(cells[1] == std::vector<int>{2, kCellUndecided});
  CHECK(cells[2] == std::vector<int>{3, kCellUndecided});
  // A row's numbers on adjacent lines (MuPDF's text: a row's runs together)
  // are written row by row: the one placement.
  OrderedCounts adjacent = Table({193, 76, 55, 138, 76});
  adjacent.number_at = {1, 2, 4, 6, 7};
  REQUIRE(PlaceBySums(adjacent, checks, &cells));
  CHECK(cells[1] == std::vector<int>{2, kCellEmpty});
  CHECK(cells[2] == std::vector<int>{3, 4});
}

TEST_CASE("sum placement: a row's numbers stand between its neighbours' labels") {
  // pdfminer's pdf2txt writes every label (lines 1-3), then the Kvinnor
  // column, then the Män column: t 5 / 2, a 2 / 2, b 3 / 0 written "5 2 3"
  // "2 2 0". Taken row after row the sums hold too (t 5 / 2, a 3 / 2, b
  // 2 / 0: 5 = 3 + 2, 2 = 2 + 0), and a's 3 would be read. With the labels'
  // lines known, the total's numbers stand after row b's label, where no
  // row-after-row order puts them: no placement.
  OrderedCounts t = Table({5, 2, 3, 2, 2, 0});
  t.number_at = {4, 5, 6, 7, 8, 9};
  std::vector<std::vector<int>> cells;
  REQUIRE(PlaceBySums(t, kChecks, &cells));
  CHECK(cells[1] == std::vector<int>{2, 3});
  t.label_at = {1, 2, 3};
  cells.clear();
  CHECK_FALSE(PlaceBySums(t, kChecks, &cells));
  CHECK(cells.empty());
  // The same numbers row after row, each row's after its label (lines 1, 4,
  // 8), the last row's first number before its label (pdftotext's raw order
  // may write it so): placed as before.
  t.label_at = {1, 4, 8};
  t.number_at = {2, 3, 5, 6, 7, 9};
  REQUIRE(PlaceBySums(t, kChecks, &cells));
  CHECK(cells[0] == std::vector<int>{0, 1});
  CHECK(cells[1] == std::vector<int>{2, 3});
  CHECK(cells[2] == std::vector<int>{4, 5});
  // A number of the total's row past row b's label: no placement.
  t.number_at = {2, 9, 10, 11, 12, 13};
  CHECK_FALSE(PlaceBySums(t, kChecks, &cells));
}

TEST_CASE("sum placement: labels on adjacent lines are one block, its rows' numbers before it") {
  // pdftotext's raw order of a table whose row b is empty: "a" / 16 / 10 /
  // 25 / 21 / "b" / "c", the labels of b and c one block, and c's numbers
  // (25 / 21) written before it. Row b may not be told from row c: both
  // left undecided, never b's 25 / 21 (the sums hold either way), and so is
  // row a (16 / 10 may be b's, with a empty: the sums hold too).
  OrderedCounts t;
  t.keys = {{"t.w", "t.m"}, {"a.w", "a.m"}, {"b.w", "b.m"}, {"c.w", "c.m"}};
  t.numbers = {41, 31, 16, 10, 25, 21};
  t.number_at = {2, 3, 5, 6, 7, 8};
  t.label_at = {1, 4, 9, 10};
  const std::vector<CheckRule> checks = {Sum({"t.w", "a.w", "b.w", "c.w"}),
                                         Sum({"t.m", "a.m", "b.m", "c.m"})};
  std::vector<std::vector<int>> cells;
  REQUIRE(PlaceBySums(t, checks, &cells));
  CHECK(cells[0] == std::vector<int>{0, 1});
  CHECK(cells[1] == std::vector<int>{kCellUndecided, kCellUndecided});
  CHECK(cells[2] == std::vector<int>{kCellUndecided, kCellUndecided});
  CHECK(cells[3] == std::vector<int>{kCellUndecided, kCellUndecided});
  // With a blank line between b's label and c's, c's numbers stand after
  // b's label, where none is: b's are 25 / 21 and c is empty.
  t.label_at = {1, 4, 9, 11};
  cells.clear();
  REQUIRE(PlaceBySums(t, checks, &cells));
  CHECK(cells[1] == std::vector<int>{2, 3});
  CHECK(cells[2] == std::vector<int>{4, 5});
  CHECK(cells[3] == std::vector<int>{kCellEmpty, kCellEmpty});
}

TEST_CASE("sum placement: a group's column is a sum check's total and parts") {
  // Rows t, a, b; their keys "<row>.<col>"; the check t.w = a.w + b.w only.
  auto rule = [](const std::string& row) {
    Rule r;
    r.column_keys = {{"w", row + ".w"}, {"m", row + ".m"}};
    return r;
  };
  const Rule t = rule("t"), a = rule("a"), b = rule("b");
  const std::vector<CheckRule> checks = {Sum({"t.w", "a.w", "b.w"})};
  auto fill = [](const std::string& key, const std::map<std::string, std::string>&) { return key; };
  CHECK(SummedColumn({&t, &a, &b}, "w", {}, checks, fill));
  CHECK(SummedColumn({&t, &a}, "w", {}, checks, fill));  // parts among the check's
  // Every part once: a group whose labels the order parted (b's after a
  // blank line, a group of its own) holds no sum of its own.
  CHECK(SummedColumn({&t, &a, &b}, "w", {}, checks, fill, true));
  CHECK(SummedColumn({&t, &b, &a}, "w", {}, checks, fill, true));
  CHECK_FALSE(SummedColumn({&t, &a}, "w", {}, checks, fill, true));
  CHECK_FALSE(SummedColumn({&t, &a, &a}, "w", {}, checks, fill, true));
  CHECK_FALSE(SummedColumn({&t, &a, &b}, "m", {}, checks, fill));  // no check on m
  CHECK_FALSE(SummedColumn({&a, &t, &b}, "w", {}, checks, fill));  // the total not first
  CHECK_FALSE(SummedColumn({&t, &a, &b}, "x", {}, checks, fill));  // no key in x
  CHECK_FALSE(SummedColumn({}, "w", {}, checks, fill));
}

TEST_CASE("sum placement: the first number the sum of the rest") {
  CHECK(FirstIsSum({62, 2, 60}));
  CHECK(FirstIsSum({0}));
  CHECK_FALSE(FirstIsSum({62, 2, 59}));
  CHECK_FALSE(FirstIsSum({5}));
  CHECK_FALSE(FirstIsSum({}));
}

TEST_CASE("sum placement: rows on lines of their own, a short row's numbers placed by the sums") {
  // A text that writes each row on its line after its label (MuPDF's XHTML
  // through w3m): "Totalt antal klienter 62 131" / "därav ... 2 10" /
  // "därav ... 53" / "därav ... 60" / "därav ... 60 8", under "Kvinnor Män".
  const std::vector<std::vector<std::string>> keys = {
      {"t.w", "t.m"}, {"a.w", "a.m"}, {"b.w", "b.m"}, {"c.w", "c.m"}, {"d.w", "d.m"}};
  const std::vector<CheckRule> checks = {Sum({"t.w", "a.w", "b.w", "c.w", "d.w"}),
                                         Sum({"t.m", "a.m", "b.m", "c.m", "d.m"})};
  std::vector<std::vector<int>> cells;
  REQUIRE(PlaceRowNumbers(keys, {{62, 131}, {2, 10}, {53}, {60}, {60, 8}}, checks, &cells));
  // 62 = 2 + 60 for the women: the 53 and the 60 are the men's (131 = 10 +
  // 53 + 60 + 8); no other placement holds.
  CHECK(cells[2] == std::vector<int>{kCellEmpty, 0});
  CHECK(cells[3] == std::vector<int>{kCellEmpty, 0});
  CHECK(cells[0] == std::vector<int>{0, 1});
  // Two placements that hold: the short rows stay undecided, each column.
  REQUIRE(PlaceRowNumbers(keys, {{5, 5}, {1, 1}, {2}, {2}, {2, 2}}, checks, &cells));
  CHECK(cells[2] == std::vector<int>{kCellUndecided, kCellUndecided});
  CHECK(cells[3] == std::vector<int>{kCellUndecided, kCellUndecided});
  CHECK(cells[4] == std::vector<int>{0, 1});
  std::vector<std::vector<int>> out = {{7}};
  // No placement holds; a row of more numbers than columns; no short row;
  // a short row no check covers (its keys in none): nothing to place.
  CHECK_FALSE(PlaceRowNumbers(keys, {{62, 131}, {2, 10}, {53}, {61}, {60, 8}}, checks, &out));
  CHECK_FALSE(PlaceRowNumbers(keys, {{62, 131, 1}, {2, 10}, {53}, {60}, {60, 8}}, checks, &out));
  CHECK_FALSE(PlaceRowNumbers(keys, {{6, 4}, {2, 2}, {2, 1}, {1, 1}, {1, 0}}, checks, &out));
  CHECK_FALSE(PlaceRowNumbers({{"x.w", "x.m"}}, {{5}}, checks, &out));
  CHECK(out == std::vector<std::vector<int>>{{7}});
  // A short row outside every check beside placed ones stays undecided.
  std::vector<std::vector<std::string>> more = keys;
  more.push_back({"x.w", "x.m"});
  REQUIRE(PlaceRowNumbers(more, {{62, 131}, {2, 10}, {53}, {60}, {60, 8}, {4}}, checks, &cells));
  CHECK(cells[5] == std::vector<int>{kCellUndecided, kCellUndecided});
  CHECK(cells[2] == std::vector<int>{kCellEmpty, 0});
  // Too many placements to try.
  CHECK_FALSE(PlaceRowNumbers(keys, {{62, 131}, {2, 10}, {53}, {60}, {60, 8}}, checks, &out, 2));
}

TEST_CASE("sum placement: a key a rule writes, its variables any text, in a sum check") {
  const std::vector<CheckRule> checks = {Sum({"clients.new.women", "clients.new.age_18_29.women"})};
  CHECK(InSomeSum("clients.{grp}.age_18_29.women", checks));
  CHECK(InSomeSum("clients.new.women", checks));
  CHECK(InSomeSum("{a}.new.{b}", checks));
  CHECK_FALSE(InSomeSum("clients.{grp}.age_30_49.women", checks));
  CHECK_FALSE(InSomeSum("ombud.women", checks));
  CHECK_FALSE(InSomeSum("clients.{grp.women", checks));
  CheckRule equal = Sum({"ombud.women", "ombud.men"});
  equal.kind = CheckKind::kEqual;
  CHECK_FALSE(InSomeSum("ombud.women", {equal}));
}

}  // namespace sum_placement_test
