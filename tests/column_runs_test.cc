// A reading-order group's runs of numbers split into columns by the header
// words above them (column_runs.cc); the walk's use of it:
// reading_order_counts_test.cc.
#include "match/column_runs.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace column_runs_test {

using namespace redovis;

namespace {

const std::vector<std::string> kCols = {"women", "men"};

}  // namespace

TEST_CASE("column runs: a column whole under its word, the other with a cell left empty") {
  // "Kvinnor" / 62 / 2 / "" / 60 / "Män" / 131 / 10 / 53 / 60 / 8, five rows.
  std::vector<size_t> column, whole;
  REQUIRE(ColumnsUnderWords(5, kCols, {2, 1, 5}, {"women", "", "men"}, &column, &whole));
  CHECK(column == std::vector<size_t>{0, 0, 1});
  CHECK(whole == std::vector<size_t>{kNoRun, 2});
  // The women whole, the men short: either column may be the whole one.
  REQUIRE(ColumnsUnderWords(5, kCols, {5, 3}, {"women", "men"}, &column, &whole));
  CHECK(whole == std::vector<size_t>{0, kNoRun});
  // The columns in the other order: each run is its own word's.
  REQUIRE(ColumnsUnderWords(3, kCols, {3, 1}, {"men", "women"}, &column, &whole));
  CHECK(column == std::vector<size_t>{1, 0});
  CHECK(whole == std::vector<size_t>{kNoRun, 0});
}

TEST_CASE("column runs: every column whole under its word") {
  std::vector<size_t> column, whole;
  REQUIRE(ColumnsUnderWords(5, kCols, {5, 5}, {"women", "men"}, &column, &whole));
  CHECK(whole == std::vector<size_t>{0, 1});
}

TEST_CASE("column runs: a full column over two runs is not read whole") {
  // Five numbers under "Män" with a blank line between: a run of another
  // block may stand among them.
  std::vector<size_t> column, whole = {7, 7};
  CHECK_FALSE(ColumnsUnderWords(5, kCols, {2, 3, 2}, {"women", "", "men"}, &column, &whole));
  CHECK(whole == std::vector<size_t>{7, 7});
}

TEST_CASE("column runs: shapes that show no column") {
  std::vector<size_t> column, whole;
  // A run before the first word: whose it is is not told.
  CHECK_FALSE(ColumnsUnderWords(5, kCols, {1, 5, 3}, {"", "women", "men"}, &column, &whole));
  // A word twice, a word no column's, a column with no run of its own.
  CHECK_FALSE(ColumnsUnderWords(5, kCols, {5, 3}, {"women", "women"}, &column, &whole));
  CHECK_FALSE(ColumnsUnderWords(5, kCols, {5, 3}, {"women", "total"}, &column, &whole));
  CHECK_FALSE(ColumnsUnderWords(5, kCols, {5}, {"women"}, &column, &whole));
  // More numbers than rows in a column: another group's stand among them.
  CHECK_FALSE(ColumnsUnderWords(5, kCols, {5, 4, 2}, {"women", "men", ""}, &column, &whole));
  // No column whole.
  CHECK_FALSE(ColumnsUnderWords(5, kCols, {4, 3}, {"women", "men"}, &column, &whole));
  // One row: a row's numbers, not a column's (the words shape).
  CHECK_FALSE(ColumnsUnderWords(1, kCols, {1}, {"women"}, &column, &whole));
  CHECK(column.empty());
  CHECK(whole.empty());
}

}  // namespace column_runs_test
