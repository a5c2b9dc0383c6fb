// A page's positioned runs laid out as lines of text (positioned_runs.h).
#include "read/text/positioned_runs.h"

#include <doctest/doctest.h>

#include <limits>
#include <string>
#include <vector>

namespace positioned_runs_test {

using namespace redovis;

TEST_CASE("positioned runs: a column is 0.4 of the font size, a line the runs of one top") {
  // Size 10: a column is 4 units. Runs given out of order; "Ja" a unit
  // lower than its line's first run is on that line.
  std::vector<PositionedRun> runs = {{100, 200, 10, "Nej"},
                                     {100, 40, 10, "Kommun"},
                                     {101, 160, 10, "Ja"},
                                     {120, 40, 10, "Postort"},
                                     {120, 120, 10, "Timrå"}};
  std::string out;
  LayOutPage(runs, &out);
  CHECK(out ==
        "          Kommun                        Ja        Nej\n"
        "          Postort             Timrå\n\f");
}

TEST_CASE("positioned runs: a run is a cell of its own, two spaces after the one before") {
  // "Kontaktperson Inga-Lill" runs past the column 60 units give (15): the
  // next run starts two spaces after it, never joined to it.
  std::vector<PositionedRun> runs = {{10, 0, 10, "Kontaktperson Inga-Lill"},
                                     {10, 60, 10, "Avdelning"}};
  std::string out;
  LayOutPage(runs, &out);
  CHECK(out == "Kontaktperson Inga-Lill  Avdelning\n\f");
}

TEST_CASE("positioned runs: a blank line for each line height of gap beyond the first") {
  // Size 10: a line is 14.5 units. 15 below: no blank line; 44 below: two
  // (3 lines' height); 200 below: at most three.
  std::vector<PositionedRun> runs = {
      {0, 0, 10, "a"}, {15, 0, 10, "b"}, {59, 0, 10, "c"}, {259, 0, 10, "d"}};
  std::string out;
  LayOutPage(runs, &out);
  CHECK(out == "a\nb\n\n\nc\n\n\n\nd\n\f");
}

TEST_CASE("positioned runs: the page's median size sets the column; blank runs left out") {
  // Sizes 10, 10, 30: the median 10 (a column of 4), not the heading's 30.
  std::vector<PositionedRun> runs = {
      {0, 0, 30, "Rubrik"}, {30, 8, 10, "x"}, {30, 40, 10, "y"}, {60, 0, 10, "  "}};
  std::string out = "före\f";
  LayOutPage(runs, &out);
  CHECK(out == "före\fRubrik\n\n  x       y\n\f");
  // A page of no text writes nothing, not even its form feed.
  std::string none;
  LayOutPage({{0, 0, 10, " "}}, &none);
  CHECK(none.empty());
  LayOutPage({}, &none);
  CHECK(none.empty());
}

TEST_CASE("positioned runs: without a size, a run a line in top and left order") {
  std::vector<PositionedRun> runs = {{10, 90, 0, "Nej"}, {10, 5, 0, "Kommun"}, {0, 0, 0, "A"}};
  std::string out;
  LayOutPage(runs, &out);
  CHECK(out == "A\nKommun\nNej\n\f");
  // A run of no size counts for no median: the others' 10 sets the column.
  runs = {{0, 0, 0, "a"}, {0, 40, 10, "b"}};
  out.clear();
  LayOutPage(runs, &out);
  CHECK(out == "a         b\n\f");
}

TEST_CASE("positioned runs: a position past any page, or not a number, stays bounded") {
  // A left edge of 1e12 (a column of 4: 2.5e11 columns) is column 1,000; a
  // NaN top counts as 0, an infinite size for no median.
  double nan = std::numeric_limits<double>::quiet_NaN();
  double inf = std::numeric_limits<double>::infinity();
  std::vector<PositionedRun> runs = {{0, 1e12, 10, "far"}, {nan, 0, 10, "near"}, {0, 8, inf, "x"}};
  std::string out;
  LayOutPage(runs, &out);
  CHECK(out == "near  x" + std::string(1000 - 7, ' ') + "far\n\f");
}

}  // namespace positioned_runs_test
