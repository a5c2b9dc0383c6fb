// Tests of a sheet of four pages two by two (src/read/pdf/sheet_grid.h): the
// grid found in reading order, and the pages and forms that are no grid.
#include "read/pdf/sheet_grid.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "layout_test_support.h"

namespace redovis {
namespace sheet_grid_test {
namespace {

using namespace redovis::testing;

/// The boxes of `page`'s words.
std::vector<SheetBox> Boxes(const PositionedPage& page) {
  std::vector<SheetBox> out;
  for (const PositionedWord& w : page.words) out.push_back(SheetBox{w.x0, w.y0, w.x1, w.y1});
  return out;
}

TEST_CASE("sheet grid: four pages two by two are found in reading order") {
  PositionedPage sheet = Page();
  AddQuarterPage(&sheet, 0, 0, "ett");
  AddQuarterPage(&sheet, 297.5, 0, "två");
  AddQuarterPage(&sheet, 0, 421, "tre");
  AddQuarterPage(&sheet, 297.5, 421, "fyra");
  std::vector<SheetBox> parts = FindPageGrid(Boxes(sheet), {}, 0, 0, 595, 842);
  REQUIRE(parts.size() == 4);
  CHECK(parts[0].x0 == 0);
  CHECK(parts[0].y0 == 0);
  CHECK(parts[1].x0 > 200);
  CHECK(parts[1].y0 == 0);
  CHECK(parts[2].x0 == 0);
  CHECK(parts[2].y0 > 300);
  CHECK(parts[3].x0 > 200);
  CHECK(parts[3].y0 > 300);
  CHECK(parts[0].x1 == parts[1].x0);
  CHECK(parts[0].y1 == parts[2].y0);
}

TEST_CASE("sheet grid: the last sheet of three pages leaves out its empty quarter") {
  PositionedPage sheet = Page();
  AddQuarterPage(&sheet, 0, 0, "ett");
  AddQuarterPage(&sheet, 297.5, 0, "två");
  AddQuarterPage(&sheet, 0, 421, "tre");
  CHECK(FindPageGrid(Boxes(sheet), {}, 0, 0, 595, 842).size() == 3);
}

TEST_CASE("sheet grid: a last sheet of two pages in its top row is its two halves") {
  PositionedPage two = Page();
  AddQuarterPage(&two, 0, 0, "fem");
  AddQuarterPage(&two, 297.5, 0, "sex");
  std::vector<SheetBox> parts = FindPageGrid(Boxes(two), {}, 0, 0, 595, 842);
  REQUIRE(parts.size() == 2);
  CHECK(parts[0].x1 == doctest::Approx(297.5));
  CHECK(parts[1].x0 == doctest::Approx(297.5));
  CHECK(parts[0].y1 == doctest::Approx(842));
  // The same layout in a page's own text size (the top half of a page, its
  // labels left and its answers right of the middle) is no sheet of pages.
  PositionedPage page = Page();
  for (int i = 0; i < 12; ++i) {
    AddText(&page, 28, 40 + 25 * i, 10, "Namnsteckning och titel för den som skriver");
    AddText(&page, 326, 40 + 25 * i, 10, "Inga-Lill Nilsson, enhetschef");
  }
  CHECK(FindPageGrid(Boxes(page), {}, 0, 0, 595, 842).empty());
}

TEST_CASE("sheet grid: a rule across a gutter, or a page's text alone, is no grid") {
  PositionedPage sheet = Page();
  AddQuarterPage(&sheet, 0, 0, "ett");
  AddQuarterPage(&sheet, 297.5, 0, "två");
  AddQuarterPage(&sheet, 0, 421, "tre");
  AddQuarterPage(&sheet, 297.5, 421, "fyra");
  RuleSegment across;  // a table's rule drawn over the whole width, under the top pages
  across.horizontal = true;
  across.pos = 200;
  across.from = 20;
  across.to = 575;
  across.width = 0.5;
  CHECK(FindPageGrid(Boxes(sheet), {across}, 0, 0, 595, 842).empty());
  RuleSegment down = across;  // a vertical rule down the middle of the sheet
  down.horizontal = false;
  down.pos = 300;
  down.from = 20;
  down.to = 820;
  CHECK(FindPageGrid(Boxes(sheet), {down}, 0, 0, 595, 842).empty());
  // Text in one quarter only, or in the top left and the bottom right.
  PositionedPage one = Page();
  AddQuarterPage(&one, 0, 0, "ett");
  CHECK(FindPageGrid(Boxes(one), {}, 0, 0, 595, 842).empty());
  PositionedPage diagonal = Page();
  AddQuarterPage(&diagonal, 0, 0, "ett");
  AddQuarterPage(&diagonal, 297.5, 421, "fyra");
  CHECK(FindPageGrid(Boxes(diagonal), {}, 0, 0, 595, 842).empty());
  // Too few words to tell.
  PositionedPage few = Page();
  AddText(&few, 28, 30, 6, "ett");
  AddText(&few, 326, 30, 6, "två");
  AddText(&few, 28, 451, 6, "tre");
  CHECK(FindPageGrid(Boxes(few), {}, 0, 0, 595, 842).empty());
}

TEST_CASE("sheet grid: a form with labels left of the middle and answers right of it is no grid") {
  // Labels from the margin, answers in a column right of the middle, a blank
  // band between two tables: a column of numbers is no page's text, and the
  // blank between labels and answers is wider than two pages' margins.
  PositionedPage p = Page();
  for (int i = 0; i < 8; ++i) {
    AddText(&p, 57, 100 + 20 * i, 10, "Totalt antal klienter");
    AddText(&p, 400, 100 + 20 * i, 10, "29");
    AddText(&p, 57, 500 + 20 * i, 10, "Därav nya klienter");
    AddText(&p, 400, 500 + 20 * i, 10, "17");
  }
  CHECK(FindPageGrid(Boxes(p), {}, 0, 0, 595, 842).empty());
  // The answers in two columns (Kvinnor, Män) spanning the right quarters:
  // the blank between labels and answers is still no gutter.
  PositionedPage two = Page();
  for (int i = 0; i < 8; ++i) {
    AddText(&two, 57, 100 + 20 * i, 10, "Totalt antal klienter");
    AddText(&two, 380, 100 + 20 * i, 10, "29");
    AddText(&two, 480, 100 + 20 * i, 10, "17");
    AddText(&two, 57, 500 + 20 * i, 10, "Därav nya klienter");
    AddText(&two, 380, 500 + 20 * i, 10, "12");
    AddText(&two, 480, 500 + 20 * i, 10, "7");
  }
  CHECK(FindPageGrid(Boxes(two), {}, 0, 0, 595, 842).empty());
}

TEST_CASE("sheet grid: pages whose text begins indented are a grid by their wide gutters") {
  PositionedPage sheet = Page();
  AddQuarterPage(&sheet, 0, 0, "ett");
  AddQuarterPage(&sheet, 297.5 + 30, 0, "två");  // indented: its text begins at a table's cell
  AddQuarterPage(&sheet, 0, 421, "tre");
  AddQuarterPage(&sheet, 297.5, 421 + 40, "fyra");
  CHECK(FindPageGrid(Boxes(sheet), {}, 0, 0, 595, 842).size() == 4);
}

}  // namespace
}  // namespace sheet_grid_test
}  // namespace redovis
