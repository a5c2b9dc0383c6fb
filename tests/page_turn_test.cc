// Tests of a sideways PDF page turned upright (src/read/pdf/page_turn.h), on
// synthetic words and paths: no PDF needed.
#include "read/pdf/page_turn.h"

#include <doctest/doctest.h>

#include <vector>

#include "read/pdf/line_layout.h"

namespace redovis {
namespace page_turn_test {
namespace {

PositionedWord Word(const char* text, double x0, double y0, double x1, double y1, int rotation) {
  PositionedWord w;
  w.text = text;
  w.x0 = x0, w.y0 = y0, w.x1 = x1, w.y1 = y1;
  w.font_size = 10;
  w.rotation = rotation;
  return w;
}

TEST_CASE("page turn: the rotation most characters are set at") {
  CHECK(MainRotation({}) == 0);
  CHECK(MainRotation({Word("Ombuden", 0, 0, 1, 1, 1), Word("3", 0, 0, 1, 1, 0)}) == 1);
  CHECK(MainRotation({Word("a", 0, 0, 1, 1, 3), Word("b", 0, 0, 1, 1, 0)}) == 0);  // a tie
  CHECK(MainRotation({Word("Stämpel", 0, 0, 1, 1, -1)}) == 3);
}

TEST_CASE("page turn: a box in each quarter turn, and back") {
  // A 595 x 842 portrait page given /Rotate 90 is shown 842 x 595: a word at
  // (57, 88)-(100, 101) on the page stands at (741, 57)-(754, 100), running
  // down.
  double x0 = 741, y0 = 57, x1 = 754, y1 = 100;
  TurnBoxUpright(1, 842, 595, &x0, &y0, &x1, &y1);
  CHECK(x0 == doctest::Approx(57));
  CHECK(x1 == doctest::Approx(100));
  CHECK(y0 == doctest::Approx(88));
  CHECK(y1 == doctest::Approx(101));
  x0 = 10, y0 = 20, x1 = 30, y1 = 40;
  TurnBoxUpright(2, 100, 200, &x0, &y0, &x1, &y1);
  CHECK(x0 == doctest::Approx(70));
  CHECK(x1 == doctest::Approx(90));
  CHECK(y0 == doctest::Approx(160));
  CHECK(y1 == doctest::Approx(180));
  x0 = 10, y0 = 20, x1 = 30, y1 = 40;
  TurnBoxUpright(3, 100, 200, &x0, &y0, &x1, &y1);
  CHECK(x0 == doctest::Approx(160));
  CHECK(x1 == doctest::Approx(180));
  CHECK(y0 == doctest::Approx(10));
  CHECK(y1 == doctest::Approx(30));
  TurnBoxUpright(0, 100, 200, &x0, &y0, &x1, &y1);
  CHECK(x0 == doctest::Approx(160));
}

TEST_CASE("page turn: words, rules and pictures of a /Rotate 90 page turn together") {
  // Upright, the page is 595 x 842: "Totalt" at x 57-90 and "29" at x 380-390
  // on the line y 150-160, a rule under them at y 165 from x 50 to 500, and
  // a picture at (300, 300)-(311, 311). Shown turned a quarter clockwise
  // (842 x 595), a point (x, y) stands at (842 - y, x).
  PositionedPage page;
  page.width = 842, page.height = 595;
  page.words.push_back(Word("Totalt", 842 - 160, 57, 842 - 150, 90, 1));
  page.words.push_back(Word("29", 842 - 160, 380, 842 - 150, 390, 1));
  PagePaths paths;
  PaintedPath rule;
  rule.stroked = true;
  rule.line_width = 0.5;
  rule.subpaths.push_back(Subpath{{{842 - 165, 50}, {842 - 165, 500}}});
  paths.paths.push_back(rule);
  paths.pictures.push_back(Word("", 842 - 311, 300, 842 - 300, 311, 0));
  TurnPageUpright(MainRotation(page.words), &page, &paths);
  CHECK(page.width == doctest::Approx(595));
  CHECK(page.height == doctest::Approx(842));
  REQUIRE(page.words.size() == 2);
  CHECK(page.words[0].rotation == 0);
  CHECK(page.words[0].x0 == doctest::Approx(57));
  CHECK(page.words[0].y0 == doctest::Approx(150));
  CHECK(page.words[1].x0 == doctest::Approx(380));
  CHECK(page.words[1].y1 == doctest::Approx(160));
  CHECK(paths.pictures[0].x0 == doctest::Approx(300));
  CHECK(paths.pictures[0].y1 == doctest::Approx(311));
  // The rule is horizontal again, under the words.
  std::vector<RuleSegment> rules = RulesOfPaths(paths);
  REQUIRE(rules.size() == 1);
  CHECK(rules[0].horizontal);
  CHECK(rules[0].pos == doctest::Approx(165));
  CHECK(rules[0].from == doctest::Approx(50));
  CHECK(rules[0].to == doctest::Approx(500));
  // And the words are one line of two cells, read left to right.
  page.rules = rules;
  LaidOutPage laid = LayOutPage(page, LayoutOptions());
  REQUIRE(laid.lines.size() == 1);
  REQUIRE(laid.lines[0].line.cells.size() == 2);
  CHECK(laid.lines[0].line.cells[0].text == "Totalt");
  CHECK(laid.lines[0].line.cells[1].text == "29");
}

TEST_CASE("page turn: an upright page is left as it is") {
  PositionedPage page;
  page.width = 595, page.height = 842;
  page.words.push_back(Word("Kommun", 57, 100, 100, 110, 0));
  PagePaths paths;
  TurnPageUpright(MainRotation(page.words), &page, &paths);
  CHECK(page.width == doctest::Approx(595));
  CHECK(page.words[0].x0 == doctest::Approx(57));
  CHECK(page.words[0].y0 == doctest::Approx(100));
}

}  // namespace
}  // namespace page_turn_test
}  // namespace redovis
