// Runs of check boxes in reading-order text (ordered_runs.cc): whether a
// table's columns line up with its rows, and which run written away from
// its table is whose.
#include "match/ordered_runs.h"

#include <doctest/doctest.h>

#include <vector>

namespace ordered_runs_test {

using namespace redovis;

TEST_CASE("ordered runs: columns line up where no row is ticked twice and one row is ticked") {
  CHECK(RunsLineUp({{true, false, false}, {false, true, true}}));
  // A row left blank by its writer.
  CHECK(RunsLineUp({{true, false, false}, {false, false, true}}));
  CHECK_FALSE(RunsLineUp({{true, true, false}, {false, true, true}}));
  CHECK_FALSE(RunsLineUp({{false, false}, {false, false}}));
  // One column, or columns of two lengths, line nothing up.
  CHECK_FALSE(RunsLineUp({{true, false}}));
  CHECK_FALSE(RunsLineUp({{true, false}, {false, true, false}}));
}

TEST_CASE("ordered runs: runs written apart go to their tables where one pairing lines up") {
  // Two tables' "Ja" columns (the provider's, the authorities') and two
  // "Nej" runs after both: only the second pairing has no row ticked twice.
  const TickRun provider{true, false, false, false, false};
  const TickRun authorities{true, true, true, true, false};
  const TickRun none{false, false, false, false, false};
  const TickRun rest{false, true, true, true, true};
  CHECK(PairRunsWrittenApart({provider, authorities}, {none, rest}) == std::vector<size_t>{1, 0});
  CHECK(PairRunsWrittenApart({provider, authorities}, {rest, none}) == std::vector<size_t>{0, 1});
  // One table, one run.
  CHECK(PairRunsWrittenApart({authorities}, {none}) == std::vector<size_t>{0});
  // Both pairings line up: whose run is whose is not shown.
  const TickRun last{false, false, false, false, true};
  CHECK(PairRunsWrittenApart({provider, authorities}, {none, last}).empty());
  // None lines up, or the counts differ.
  CHECK(PairRunsWrittenApart({authorities}, {rest}).empty());
  CHECK(PairRunsWrittenApart({provider, authorities}, {rest}).empty());
  CHECK(PairRunsWrittenApart({}, {}).empty());
}

}  // namespace ordered_runs_test
