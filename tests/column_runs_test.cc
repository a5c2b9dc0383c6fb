// A reading-order group's runs of numbers split into columns by the header
// words above them, and a whole table's runs placed by its sums
// (column_runs.cc); the walk's use of them: reading_order_counts_test.cc.
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

namespace {

// A group of `rows` rows, both columns summed or neither.
ColumnGroup Group(size_t rows, bool summed) {
  return {rows, {summed, summed}};
}

ColumnRun Run(std::vector<double> numbers, size_t last_group, size_t column = kNoRun,
              size_t group = kNoRun) {
  return {std::move(numbers), last_group, column, group};
}

// A run written before every group's labels, under its column's word.
ColumnRun Early(std::vector<double> numbers, size_t column) {
  ColumnRun run{std::move(numbers), 0, column, kNoRun};
  run.before_labels = true;
  return run;
}

using Cells = std::vector<std::vector<std::vector<int>>>;

// The numbers' indices from `first` on, one a row, and the undecided and
// empty cells, for one column of a five-row group.
std::vector<int> Column(const Cells& cells, size_t g, size_t c) {
  std::vector<int> out;
  for (const auto& row : cells[g]) out.push_back(row[c]);
  return out;
}

constexpr int U = kCellUndecided;
constexpr int E = kCellEmpty;

}  // namespace

TEST_CASE("column runs: a table's runs placed by its sums, blocks written after later groups") {
  // pdftotext's order of a 2020 clients table: the Kvinnor column under its
  // word, the next groups' columns after their labels, the first group's Män
  // column under its word after the last group, the Nya klienter's men cut
  // at their empty cell, its last two after everything; then the second
  // header's table, "Klienter med hemmavarande", one row.
  const std::vector<ColumnGroup> groups = {Group(5, true), Group(5, true), Group(5, true),
                                           Group(1, false)};
  const std::vector<ColumnRun> runs = {
      Run({14, 1, 7, 1, 5}, 0, 0, 0),  // 0-4
      Run({20, 6, 7, 2, 5}, 1),        // 5-9
      Run({4, 2}, 1),                  // 10-11
      Run({11, 4, 6, 0, 1}, 2),        // 12-16
      Run({19, 4, 4, 4, 7}, 2),        // 17-21
      Run({17, 2, 5, 8, 2}, 3, 1, 0),  // 22-26
      Run({0, 2}, 3),                  // 27-28
      Run({2}, 3, 0, 3),               // 29
      Run({4}, 3, 1, 3),               // 30
  };
  Cells cells;
  REQUIRE(PlaceColumnRuns(groups, 2, runs, &cells));
  CHECK(Column(cells, 0, 0) == std::vector<int>{0, 1, 2, 3, 4});
  CHECK(Column(cells, 0, 1) == std::vector<int>{22, 23, 24, 25, 26});
  CHECK(Column(cells, 1, 0) == std::vector<int>{5, 6, 7, 8, 9});
  // 4 = 2 + 0 + 2 wherever the empty cell stands among the parts.
  CHECK(Column(cells, 1, 1) == std::vector<int>{10, U, U, U, U});
  CHECK(Column(cells, 2, 0) == std::vector<int>{12, 13, 14, 15, 16});
  CHECK(Column(cells, 2, 1) == std::vector<int>{17, 18, 19, 20, 21});
  CHECK(cells[3] == std::vector<std::vector<int>>{{29, 30}});

  SUBCASE("the Män block without its word: no earlier group's column opens after") {
    // A run without a word after a later group's labels goes on with a
    // column its own group opened, or is the later group's: the Män column
    // of the first group has no place.
    std::vector<ColumnRun> bare = runs;
    bare[5].column = bare[5].group = kNoRun;
    Cells out = {{{7}}};
    CHECK_FALSE(PlaceColumnRuns(groups, 2, bare, &out));
    CHECK(out == Cells{{{7}}});
  }
  SUBCASE("a run after a later group's labels goes on with its own group's column") {
    // The Nya klienter's women cut at an empty cell, the rest after the
    // next group's columns: 20 / 6 / 7 and 2 / 5, the men's 4 / 2 / 1 / 0 / 1.
    const std::vector<ColumnGroup> two = {Group(5, true), Group(5, true)};
    Cells out;
    REQUIRE(PlaceColumnRuns(two, 2,
                            {Run({20, 6, 7}, 0), Run({4, 2, 1, 0, 1}, 0), Run({11, 4, 6, 0, 1}, 1),
                             Run({19, 4, 4, 4, 7}, 1), Run({2, 5}, 1)},
                            &out));
    CHECK(Column(out, 0, 0) == std::vector<int>{0, 1, 2, 18, 19});
    CHECK(Column(out, 0, 1) == std::vector<int>{3, 4, 5, 6, 7});
    CHECK(Column(out, 1, 0) == std::vector<int>{8, 9, 10, 11, 12});
  }
}

TEST_CASE("column runs: blocks written before every group's labels are any group's") {
  // pdftotext's order of a 2020 clients table whose first group's labels it
  // wrote after the other groups' (and right before the next table's row):
  // "Kvinnor" / 173 / 51 / 2 / 120 / "Män" / 195, the Nya and Avslutade
  // klienter's labels and columns, then the Totalt labels, the "Klienter med
  // hemmavarande" row's, the Totalt men's rest after their empty cell (3 /
  // 69 / 123) and that row's own numbers under its words.
  const std::vector<ColumnGroup> groups = {Group(5, true), Group(5, true), Group(5, true),
                                           Group(1, false)};
  const std::vector<ColumnRun> runs = {
      Early({173, 51, 2, 120}, 0),       // 0-3
      Early({195}, 1),                   // 4
      Run({416, 117, 137, 126, 36}, 0),  // 5-9
      Run({124, 26, 61, 37}, 0),         // 10-13
      Run({282, 85, 23, 52, 122}, 1),    // 14-18
      Run({330, 27, 50, 131, 122}, 1),   // 19-23
      Run({3, 69, 123}, 3),              // 24-26
      Run({100}, 3, 0, 3),               // 27
      Run({114}, 3, 1, 3),               // 28
  };
  Cells cells;
  REQUIRE(PlaceColumnRuns(groups, 2, runs, &cells));
  // Only the Totalt group has room for the early blocks; 173 = 51 + 2 + 120
  // and 195 = 3 + 69 + 123 wherever the empty cell stands.
  CHECK(Column(cells, 2, 0) == std::vector<int>{0, U, U, U, U});
  CHECK(Column(cells, 2, 1) == std::vector<int>{4, U, U, U, U});
  CHECK(Column(cells, 0, 0) == std::vector<int>{5, 6, 7, 8, 9});
  CHECK(Column(cells, 0, 1) == std::vector<int>{10, U, U, U, U});
  CHECK(Column(cells, 1, 1) == std::vector<int>{19, 20, 21, 22, 23});
  CHECK(cells[3] == std::vector<std::vector<int>>{{27, 28}});

  Cells out = {{{7}}};
  SUBCASE("an early block without its word: refused") {
    std::vector<ColumnRun> bare = runs;
    bare[1].column = kNoRun;
    CHECK_FALSE(PlaceColumnRuns(groups, 2, bare, &out));
  }
  SUBCASE("an early block stands for one column of one group only") {
    // Without the Män block the Totalt group shows one run for two columns.
    std::vector<ColumnRun> fewer = runs;
    fewer.erase(fewer.begin() + 1);
    CHECK_FALSE(PlaceColumnRuns(groups, 2, fewer, &out));
  }
  SUBCASE("an early block that fits two groups decides neither") {
    // Two groups with no runs of their own, one early block a column each:
    // which group each is, the sums do not tell.
    Cells two;
    REQUIRE(PlaceColumnRuns(
        {Group(3, true), Group(3, true)}, 2,
        {Early({5, 3, 2}, 0), Early({4, 1, 3}, 1), Early({6, 6, 0}, 0), Early({2, 2, 0}, 1)},
        &two));
    CHECK(Column(two, 0, 0) == std::vector<int>{U, U, U});
    CHECK(Column(two, 1, 1) == std::vector<int>{U, U, U});
  }
  CHECK(out == Cells{{{7}}});
}

TEST_CASE("column runs: a run without a word opens no column left of an opened one") {
  // 3 / 1 / 2, then 4 / 4, three rows summed, one cell empty: the first run
  // is the women's (as the men's, the women's 4 / 4 would be opened after).
  Cells cells;
  REQUIRE(PlaceColumnRuns({Group(3, true)}, 2, {Run({3, 1, 2}, 0), Run({4, 4}, 0)}, &cells));
  CHECK(Column(cells, 0, 0) == std::vector<int>{0, 1, 2});
  CHECK(Column(cells, 0, 1) == std::vector<int>{3, U, U});
  // Under their words the other way round, each run is its word's.
  REQUIRE(PlaceColumnRuns({Group(3, true)}, 2, {Run({3, 1, 2}, 0, 1, 0), Run({4, 4}, 0, 0, 0)},
                          &cells));
  CHECK(Column(cells, 0, 0) == std::vector<int>{3, U, U});
  CHECK(Column(cells, 0, 1) == std::vector<int>{0, 1, 2});
}

TEST_CASE("column runs: a table with an empty cell placed whole or left undecided") {
  Cells cells;
  // Two rows no sum covers: nothing proves a place, and the rows may be two
  // groups' whose labels ran together.
  CHECK_FALSE(PlaceColumnRuns({Group(2, false)}, 2, {Run({5, 3}, 0), Run({2}, 0)}, &cells));
  CHECK_FALSE(PlaceColumnRuns({Group(1, true), Group(2, false)}, 2,
                              {Run({0}, 0), Run({0}, 0), Run({5, 3}, 1), Run({2}, 1)}, &cells));
  // A one-row group beside a summed one: its 5 may be either column's.
  REQUIRE(PlaceColumnRuns({Group(1, true), Group(1, false)}, 2,
                          {Run({0}, 0), Run({0}, 0), Run({5}, 1)}, &cells));
  CHECK(cells[1] == std::vector<std::vector<int>>{{U, U}});
  // 2 / 2 under 5 / 3 / 2: the total 2, the part 2 either row's.
  REQUIRE(PlaceColumnRuns({Group(3, true)}, 2, {Run({5, 3, 2}, 0), Run({2, 2}, 0)}, &cells));
  CHECK(Column(cells, 0, 0) == std::vector<int>{0, 1, 2});
  CHECK(Column(cells, 0, 1) == std::vector<int>{3, U, U});
  REQUIRE(PlaceColumnRuns({Group(3, true)}, 2, {Run({5, 3, 2}, 0), Run({0}, 0)}, &cells));
  CHECK(Column(cells, 0, 1) == std::vector<int>{U, U, U});
  REQUIRE(PlaceColumnRuns({Group(3, true)}, 2, {Run({5, 3, 2}, 0), Run({7, 7}, 0)}, &cells));
  CHECK(Column(cells, 0, 1) == std::vector<int>{3, U, U});
  REQUIRE(PlaceColumnRuns({Group(3, true)}, 2, {Run({5, 3, 2}, 0), Run({7, 6}, 0)}, &cells) ==
          false);
}

TEST_CASE("column runs: tables no placement holds") {
  Cells cells = {{{7}}};
  // Sums that fail in every placement.
  CHECK_FALSE(PlaceColumnRuns({Group(3, true)}, 2, {Run({5, 1, 1}, 0), Run({3, 1, 1}, 0)}, &cells));
  // More numbers than cells; a run naming a column or group not there; a
  // run after no group's labels of its own.
  CHECK_FALSE(PlaceColumnRuns({Group(1, true)}, 2, {Run({5, 1, 1}, 0)}, &cells));
  CHECK_FALSE(PlaceColumnRuns({Group(2, true)}, 2, {Run({6, 6}, 0, 2)}, &cells));
  CHECK_FALSE(PlaceColumnRuns({Group(2, true)}, 2, {Run({6, 6}, 0, 0, 1)}, &cells));
  CHECK_FALSE(PlaceColumnRuns({Group(2, true)}, 2, {Run({6, 6}, 1)}, &cells));
  CHECK_FALSE(PlaceColumnRuns({}, 2, {}, &cells));
  // A group of rows with one run for two columns: its other column may be
  // the later group's first run (5 / 3 / 2 and 4 / 2 / 2 hold both ways).
  CHECK_FALSE(PlaceColumnRuns({Group(3, true), Group(3, true)}, 2,
                              {Run({5, 3, 2}, 0), Run({4, 2, 2}, 1), Run({6, 3, 3}, 1)}, &cells));
  // Too many placements to try (four zeros hold in any of the cells).
  const std::vector<ColumnGroup> two = {Group(5, true), Group(5, true)};
  const std::vector<ColumnRun> zeros = {Run({0}, 0), Run({0}, 0), Run({0}, 1), Run({0}, 1)};
  CHECK_FALSE(PlaceColumnRuns(two, 2, zeros, &cells, 10));
  CHECK(cells == Cells{{{7}}});
  REQUIRE(PlaceColumnRuns(two, 2, zeros, &cells));
  CHECK(Column(cells, 1, 1) == std::vector<int>{U, U, U, U, U});
}

}  // namespace column_runs_test
