#include "read/text/text_cells.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "text_layout_test_support.h"

using namespace redovis;
using namespace redovis::testing;

TEST_CASE("layout: runs of two or more spaces are cell boundaries, with columns") {
  std::vector<Cell> cells = SplitAtGaps("  Totalt antal klienter   49      32");
  REQUIRE(cells.size() == 3);
  CHECK(cells[0].text == "Totalt antal klienter");
  CHECK(cells[0].x0 == 2);
  CHECK(cells[0].x1 == 23);
  CHECK(cells[1].text == "49");
  CHECK(cells[1].x0 == 26);
  CHECK(cells[2].text == "32");
  CHECK(cells[2].x0 == 34);
  CHECK(cells[2].x1 == 36);
}

TEST_CASE("layout: columns count characters, not bytes") {
  std::vector<Cell> cells = SplitAtGaps("Män  Kvinnor");
  REQUIRE(cells.size() == 2);
  CHECK(cells[1].x0 == 5);
}

TEST_CASE("layout: two spaces after a full stop inside a paragraph stay one cell") {
  std::vector<Cell> cells = SplitAtGaps("Vi har haft kö.  Kön var tre månader lång.");
  REQUIRE(cells.size() == 1);
  CHECK(cells[0].text == "Vi har haft kö.  Kön var tre månader lång.");
  // but a mark after a full stop is a cell of its own
  CHECK(SplitAtGaps("Ombuden har erbjudits utbildning.  X").size() == 2);
  CHECK(SplitAtGaps("   ").empty());
}

TEST_CASE("layout: a cell holding only a check-box glyph has that check box's state") {
  std::vector<Cell> cells = SplitAtGaps("Har ni haft kö?   ☐   ☒   x");
  REQUIRE(cells.size() == 4);
  CHECK(cells[0].checkbox == CheckboxState::kNone);
  CHECK(cells[1].checkbox == CheckboxState::kUnchecked);
  CHECK(cells[2].checkbox == CheckboxState::kChecked);
  CHECK(cells[2].text == "☒");
  CHECK(cells[3].checkbox == CheckboxState::kNone);
}

TEST_CASE("layout: a check box glued to the next column's text is a cell of its own") {
  std::vector<Cell> cells = SplitAtGaps("Brukarorganisationer      ☒           ☐RSMH");
  REQUIRE(cells.size() == 4);
  CHECK(cells[2].text == "☐");
  CHECK(cells[2].checkbox == CheckboxState::kUnchecked);
  CHECK(cells[2].x0 == 38);
  CHECK(cells[2].x1 == 39);
  CHECK(cells[3].text == "RSMH");
  CHECK(cells[3].x0 == 39);
}
