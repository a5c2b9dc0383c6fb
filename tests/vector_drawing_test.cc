// Tests of rules and check boxes found from a page's painted paths
// (src/read/pdf/vector_drawing.h), on synthetic paths: no PDF needed.
#include "read/pdf/vector_drawing.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace redovis {
namespace vector_drawing_test {
namespace {

/// A stroked straight line.
PaintedPath Line(double x0, double y0, double x1, double y1, double width = 0.5) {
  PaintedPath p;
  p.stroked = true;
  p.line_width = width;
  p.subpaths.push_back(Subpath{{{x0, y0}, {x1, y1}}});
  return p;
}

/// A rectangle, stroked or filled.
PaintedPath Rect(double x, double y, double w, double h, bool stroked, double width = 0.5) {
  PaintedPath p;
  p.stroked = stroked;
  p.line_width = width;
  p.subpaths.push_back(Subpath{{{x, y}, {x + w, y}, {x + w, y + h}, {x, y + h}, {x, y}}});
  return p;
}

/// A cross from corner to corner of the square at (x, y), `size` wide.
void Cross(double x, double y, double size, PagePaths* page) {
  page->paths.push_back(Line(x, y, x + size, y + size));
  page->paths.push_back(Line(x + size, y, x, y + size));
}

int Count(const std::vector<PositionedWord>& boxes, const std::string& text) {
  int n = 0;
  for (const PositionedWord& b : boxes) n += b.text == text;
  return n;
}

TEST_CASE("vector drawing: stroked and filled rules, joined where they touch") {
  PagePaths page;
  // A table row's top border in three cells, as Word paints it.
  page.paths.push_back(Line(50, 100, 200, 100));
  page.paths.push_back(Line(200, 100, 300, 100));
  page.paths.push_back(Line(300.5, 100, 400, 100));
  // A thin filled rectangle is a rule; a thick one is an area.
  page.paths.push_back(Rect(50, 200, 300, 1, false));
  page.paths.push_back(Rect(50, 300, 300, 20, false));
  // Verticals: long enough, and too short.
  page.paths.push_back(Line(60, 400, 60, 430));
  page.paths.push_back(Line(90, 400, 90, 410));
  // Light paint, a dashed line and a curve leave no rule.
  PaintedPath pale = Line(50, 500, 400, 500);
  pale.dark = false;
  page.paths.push_back(pale);
  PaintedPath dashed = Line(50, 520, 400, 520);
  dashed.dashed = true;
  page.paths.push_back(dashed);
  PaintedPath curve;
  curve.stroked = true;
  curve.subpaths.push_back(Subpath{{{50, 540}, {100, 540, true}, {350, 540, true}, {400, 540}}});
  page.paths.push_back(curve);
  std::vector<RuleSegment> rules = RulesOfPaths(page);
  REQUIRE(rules.size() == 3);
  CHECK(rules[0].horizontal);
  CHECK(rules[0].pos == doctest::Approx(100));
  CHECK(rules[0].from == doctest::Approx(50));
  CHECK(rules[0].to == doctest::Approx(400));
  CHECK(rules[1].horizontal);
  CHECK(rules[1].pos == doctest::Approx(200.5));
  CHECK(rules[1].width == doctest::Approx(1));
  CHECK_FALSE(rules[2].horizontal);
  CHECK(rules[2].pos == doctest::Approx(60));
  CHECK(rules[2].from == doctest::Approx(400));
  CHECK(rules[2].to == doctest::Approx(430));
}

TEST_CASE("vector drawing: check boxes, crossed, empty, touching a rule; not round, not solid") {
  PagePaths page;
  // A crossed box as one closed stroked rectangle with a cross inside.
  page.paths.push_back(Rect(100, 100, 10, 10, true));
  Cross(102, 102, 6, &page);
  // An empty box drawn as four separate lines.
  page.paths.push_back(Line(200, 100, 210, 100));
  page.paths.push_back(Line(210, 100, 210, 110));
  page.paths.push_back(Line(210, 110, 200, 110));
  page.paths.push_back(Line(200, 110, 200, 100));
  // A box whose top is a table rule, ticked with a filled polygon.
  page.paths.push_back(Line(20, 160, 580, 160));
  page.paths.push_back(Line(400, 160, 400, 172));
  page.paths.push_back(Line(412, 160, 412, 172));
  page.paths.push_back(Line(400, 172, 412, 172));
  PaintedPath tick;
  tick.subpaths.push_back(Subpath{{{403, 166}, {405, 169}, {409, 163}, {408, 162}, {405, 167}}});
  page.paths.push_back(tick);
  // A ring painted as an outer and an inner rectangle (even-odd): a frame.
  PaintedPath ring = Rect(300, 100, 12, 12, false);
  ring.subpaths.push_back(Rect(301, 101, 10, 10, false).subpaths[0]);
  page.paths.push_back(ring);
  // Not boxes: a frame with rounded corners (its straight sides stop short),
  // a solid black square, a frame too large, a frame with a speck inside.
  PaintedPath rounded;
  rounded.stroked = true;
  rounded.subpaths.push_back(Subpath{{{502, 100},
                                      {508, 100},
                                      {510, 100, true},
                                      {510, 100, true},
                                      {510, 102},
                                      {510, 108},
                                      {510, 110, true},
                                      {510, 110, true},
                                      {508, 110},
                                      {502, 110},
                                      {500, 110, true},
                                      {500, 110, true},
                                      {500, 108},
                                      {500, 102},
                                      {500, 100, true},
                                      {500, 100, true},
                                      {502, 100}}});
  page.paths.push_back(rounded);
  page.paths.push_back(Rect(100, 300, 10, 10, true));
  page.paths.push_back(Rect(101, 301, 8, 8, false));
  page.paths.push_back(Rect(200, 300, 40, 40, true));
  page.paths.push_back(Rect(300, 300, 10, 10, true));
  page.paths.push_back(Rect(304.4, 304.4, 1.2, 1.2, false));

  std::vector<PositionedWord> boxes = CheckboxesOfPaths(page, {});
  CHECK(boxes.size() == 4);
  CHECK(Count(boxes, "\u2612") == 2);
  CHECK(Count(boxes, "\u2610") == 2);
  for (const PositionedWord& b : boxes) {
    if (b.x0 > 90 && b.x0 < 120) {
      CHECK(b.text == "\u2612");
      CHECK(b.x1 - b.x0 == doctest::Approx(10.72));  // the stroke's thin line included
      CHECK(b.font_size == doctest::Approx(b.y1 - b.y0));
    }
    if (b.x0 > 390 && b.x0 < 420) CHECK(b.text == "\u2612");
    if (b.x0 > 190 && b.x0 < 220) CHECK(b.text == "\u2610");
    if (b.x0 > 290 && b.x0 < 320) CHECK(b.text == "\u2610");
  }
  // A glyph of the text layer over a frame: the frame is that glyph's, not a box.
  PositionedWord glyph{"\u2610", 199, 99, 211, 111, 12, true, 0};
  CHECK(CheckboxesOfPaths(page, {glyph}).size() == 3);
  // A word too small to hide the frame, inside it: a typed X checks it.
  PagePaths typed;
  typed.paths.push_back(Rect(100, 100, 14, 14, true));
  PositionedWord x{"x", 104, 104, 110, 110, 6, true, 0};
  std::vector<PositionedWord> marked = CheckboxesOfPaths(typed, {x});
  REQUIRE(marked.size() == 1);
  CHECK(marked[0].text == "\u2612");
  // A table cell printed small (a 2-up sheet) around a check-box glyph of
  // the text: a cell, not a box, and its glyph no mark in it.
  PagePaths cell;
  cell.paths.push_back(Rect(176.6, 380, 17, 15, true));
  PositionedWord inner{"\u2610", 183, 381, 189.5, 389, 7, true, 0};
  CHECK(CheckboxesOfPaths(cell, {inner}).empty());
  CHECK(CheckboxesOfPaths(cell, {}).size() == 1);
  // A row of a ruled table printed small: its narrow first cell is the size
  // of a box, but the row's top and bottom lines go on to the next cells.
  // Before, it was an empty box before the question's words (a 2-up print).
  PagePaths grid;
  grid.paths.push_back(Line(170, 200, 400, 200));
  grid.paths.push_back(Line(170, 215, 400, 215));
  for (double x : {170.0, 187.0, 226.0, 265.0, 400.0}) grid.paths.push_back(Line(x, 200, x, 215));
  CHECK(CheckboxesOfPaths(grid, {}).empty());
  // Crossed, such a cell is an answer's cell of a table drawn so: a box.
  Cross(172, 202, 11, &grid);
  std::vector<PositionedWord> crossed = CheckboxesOfPaths(grid, {});
  REQUIRE(crossed.size() == 1);
  CHECK(crossed[0].text == "\u2612");
  // The same first cell alone, its lines stopping at its corners: a box.
  PagePaths alone;
  alone.paths.push_back(Line(170, 200, 187, 200));
  alone.paths.push_back(Line(170, 215, 187, 215));
  alone.paths.push_back(Line(170, 200, 170, 215));
  alone.paths.push_back(Line(187, 200, 187, 215));
  CHECK(CheckboxesOfPaths(alone, {}).size() == 1);
}

TEST_CASE("vector drawing: words struck through, not underlined, not crossed by a rule") {
  // One line of words, 13 points high (top 100), and one below (top 200).
  auto word = [](const char* text, double x0, double x1, double top) {
    return PositionedWord{text, x0, top, x1, top + 13, 10, true, 0};
  };
  const std::vector<PositionedWord> words = {
      word("en", 100, 111, 100),         word("permanent", 114, 162, 100),
      word("tillfällig", 165, 195, 100), word("utökning", 198, 236, 100),
      word("Kommunen", 100, 150, 200),   word("har", 153, 170, 200),
      word("utökat", 173, 200, 200),
  };
  std::vector<RuleSegment> strikes;
  PagePaths page;
  // A strike through "permanent" and its space (a tracked deletion as
  // LibreOffice prints it), an underline under "tillfällig".
  page.paths.push_back(Line(114, 106.6, 164.6, 106.6));
  page.paths.push_back(Line(165, 110.4, 195, 110.4));
  CHECK(StruckWords(page, words, &strikes) == std::vector<size_t>{1});
  REQUIRE(strikes.size() == 1);
  CHECK(strikes[0].from == doctest::Approx(114));
  // A thin filled bar strikes as a stroke does; a highlight (a bar as thick
  // as a third of the line) does not.
  page.paths.clear();
  page.paths.push_back(Rect(198, 106, 38, 1, false));
  page.paths.push_back(Rect(100, 104, 11, 5, false));
  CHECK(StruckWords(page, words, nullptr) == std::vector<size_t>{3});
  // A rule running on well past the words (a table's), a line through half a
  // word (which half is struck?), and light paint strike nothing.
  page.paths.clear();
  page.paths.push_back(Line(50, 206.5, 400, 206.5));
  page.paths.push_back(Line(114, 106.6, 138, 106.6));
  PaintedPath pale = Line(198, 106.6, 236, 106.6);
  pale.dark = false;
  page.paths.push_back(pale);
  CHECK(StruckWords(page, words, &strikes).empty());
  CHECK(strikes.empty());
  // A strike over two words is one strike of both.
  page.paths.clear();
  page.paths.push_back(Line(153, 206.5, 200, 206.5));
  CHECK(StruckWords(page, words, nullptr) == std::vector<size_t>{5, 6});
}

TEST_CASE("vector drawing: pictures that may hold drawing send the page to a rendering") {
  PagePaths page;
  CHECK_FALSE(PicturesMayHoldDrawing(page, 595, 842));
  page.pictures.push_back(PositionedWord{"", 50, 50, 200, 120, 0, true, 0});  // a logo
  CHECK_FALSE(PicturesMayHoldDrawing(page, 595, 842));
  page.pictures.push_back(PositionedWord{"", 300, 300, 311, 311, 0, true, 0});  // a box's size
  CHECK(PicturesMayHoldDrawing(page, 595, 842));
  page.pictures.pop_back();
  page.pictures.push_back(PositionedWord{"", 50, 400, 400, 401, 0, true, 0});  // a rule
  CHECK(PicturesMayHoldDrawing(page, 595, 842));
  page.pictures.pop_back();
  page.pictures.push_back(PositionedWord{"", 0, 0, 595, 842, 0, true, 0});  // a scan behind text
  CHECK(PicturesMayHoldDrawing(page, 595, 842));
}

TEST_CASE("vector drawing: a scan under an invisible OCR layer, and what is not one") {
  PagePaths page;
  page.glyphs = 1000;
  page.invisible_glyphs = 1000;
  // Invisible text with no scan under it (nothing on the page shows) is left
  // as it is.
  CHECK_FALSE(HiddenTextOverScan(page, 595, 842));
  page.pictures.push_back(PositionedWord{"", 50, 50, 200, 120, 0, true, 0});  // a logo
  CHECK_FALSE(HiddenTextOverScan(page, 595, 842));
  page.pictures.push_back(PositionedWord{"", 0, 0, 595, 842, 0, true, 0});  // the scan
  CHECK(HiddenTextOverScan(page, 595, 842));
  page.invisible_glyphs = 950;  // a few visible glyphs: a stamp's date, a page number
  CHECK(HiddenTextOverScan(page, 595, 842));
  page.invisible_glyphs = 900;  // visible text over a picture: a text page with a backdrop
  CHECK_FALSE(HiddenTextOverScan(page, 595, 842));
  page.glyphs = page.invisible_glyphs = 0;
  CHECK_FALSE(HiddenTextOverScan(page, 595, 842));
}

}  // namespace
}  // namespace vector_drawing_test
}  // namespace redovis
