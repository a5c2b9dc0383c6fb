// Tests of the drawing on a page (src/read/pdf/drawing.h): check boxes drawn
// as graphics and table rules found on synthetic images, across 64-pixel
// word boundaries; drawing painted out.
#include "read/pdf/drawing.h"

#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "layout_test_support.h"

namespace redovis {
namespace drawing_test {
namespace {

using namespace redovis::testing;

TEST_CASE("drawing: check boxes drawn as graphics are found with their state") {
  Canvas c(600, 300, 100);  // 100 dpi: a 12-point box is about 17 pixels
  c.Frame(100, 100, 17, 1);
  c.Cross(102, 102, 13);
  c.Frame(200, 100, 17, 1);
  c.Ring(320, 108, 9, 3);  // a bold 'o': round, thick: not a box
  // A box whose top touches a table rule.
  c.Rect(20, 160, 580, 160);
  c.Frame(400, 161, 17, 1);
  c.Cross(402, 163, 13);
  std::vector<PositionedWord> boxes = FindDrawnCheckboxes(c.Image(), {});
  REQUIRE(boxes.size() == 3);
  int checked = 0, unchecked = 0;
  for (const PositionedWord& b : boxes) {
    if (b.text == "\u2612") ++checked;
    if (b.text == "\u2610") ++unchecked;
    CHECK(b.x1 - b.x0 == doctest::Approx(12.96).epsilon(0.15));
  }
  CHECK(checked == 2);
  CHECK(unchecked == 1);
  // A glyph of the text layer is not a drawn box.
  PositionedWord glyph{"\u2610", 140, 70, 160, 90, 12, true, 0};
  CHECK(FindDrawnCheckboxes(c.Image(), {glyph}).size() == 2);
}

TEST_CASE("drawing: a box glyph a condensed font prints small, 6.5 points, is a check box") {
  Canvas c(700, 200, 300);  // 300 dpi, as OCR renders: 6.5 points are 27 pixels
  c.Frame(100, 80, 27, 2);
  c.Cross(105, 85, 17);
  c.Frame(200, 80, 27, 2);
  c.Ring(320, 93, 13, 2);  // an 'o' of the same size: round corners, not a box
  std::vector<PositionedWord> boxes = FindDrawnCheckboxes(c.Image(), {});
  REQUIRE(boxes.size() == 2);
  CHECK(boxes[0].text == "\u2612");
  CHECK(boxes[1].text == "\u2610");
  for (const PositionedWord& b : boxes) CHECK(b.x1 - b.x0 == doctest::Approx(6.7).epsilon(0.05));
  // Real print, letters of 11 points at 150 dpi, holds no box.
  Canvas page = TextBlock();
  REQUIRE_MESSAGE(page.w > 0, "missing tests/data/scans/text_block.pbm");
  CHECK(FindDrawnCheckboxes(page.Image(), {}).empty());
}

TEST_CASE("drawing: a frame under 7 points is a mark only for clear ink inside") {
  // A frame that small may be a bigger box's side paired with the inner edge
  // of its other side, a strip of that side inside it (a fax's noisy box):
  // a smudge of 8% of its inside, a mark in a bigger box, says nothing here.
  Canvas c(400, 200, 300);
  c.Frame(100, 80, 25, 2);   // 6 points
  c.Rect(106, 92, 118, 93);  // 26 pixels of the 324 inside
  c.Frame(200, 80, 25, 2);   // the same frame crossed
  c.Cross(205, 85, 15);
  std::vector<PositionedWord> boxes = FindDrawnCheckboxes(c.Image(), {});
  REQUIRE(boxes.size() == 1);
  CHECK(boxes[0].text == "\u2612");
  CHECK(boxes[0].x0 == doctest::Approx(200 * 72.0 / 300).epsilon(0.02));
}

TEST_CASE("drawing: boxes and rules across 64-pixel word boundaries are found as elsewhere") {
  // The same drawing at two places: its left edge on a word boundary and
  // across one. What is found moves with it, by the shift, and no more.
  auto draw = [](int dx) {
    Canvas c(400, 120, 100);
    c.Frame(dx, 20, 17, 1);
    c.Cross(dx + 2, 22, 13);
    c.Frame(dx + 40, 20, 17, 2);
    c.Rect(dx, 80, dx + 120, 80);  // a rule across two or three words
    c.Rect(dx + 60, 50, dx + 60, 110);
    return c;
  };
  for (int dx : {64, 50, 120}) {
    Canvas a = draw(3), b = draw(dx);
    std::vector<PositionedWord> boxes_a = FindDrawnCheckboxes(a.Image(), {});
    std::vector<PositionedWord> boxes_b = FindDrawnCheckboxes(b.Image(), {});
    REQUIRE(boxes_a.size() == 2);
    REQUIRE(boxes_b.size() == 2);
    const double shift = (dx - 3) * 72.0 / 100;
    for (size_t i = 0; i < 2; ++i) {
      CHECK(boxes_b[i].text == boxes_a[i].text);
      CHECK(boxes_b[i].x0 - boxes_a[i].x0 == doctest::Approx(shift));
      CHECK(boxes_b[i].y0 == doctest::Approx(boxes_a[i].y0));
    }
    std::vector<RuleSegment> rules_a = FindRules(a.Image()), rules_b = FindRules(b.Image());
    // The two rules, and the frames' sides (long enough to be rules too).
    REQUIRE(rules_a.size() == 6);
    REQUIRE(rules_b.size() == rules_a.size());
    for (size_t i = 0; i < rules_a.size(); ++i) {
      CHECK(rules_b[i].horizontal == rules_a[i].horizontal);
      const double along = rules_a[i].horizontal ? shift : 0;
      const double across = rules_a[i].horizontal ? 0 : shift;
      CHECK(rules_b[i].from - rules_a[i].from == doctest::Approx(along));
      CHECK(rules_b[i].pos - rules_a[i].pos == doctest::Approx(across));
    }
  }
}

TEST_CASE("drawing: table rules are found, with their positions in points") {
  Canvas c(720, 360, 72);     // one pixel per point
  c.Rect(50, 100, 550, 100);  // a horizontal rule
  c.Rect(50, 130, 550, 131);  // a thicker one
  c.Rect(50, 100, 50, 131);   // vertical rules
  c.Rect(380, 100, 380, 131);
  c.Rect(100, 200, 104, 200);  // too short to be a rule
  std::vector<RuleSegment> rules = FindRules(c.Image());
  int horizontal = 0, vertical = 0;
  for (const RuleSegment& r : rules) {
    if (r.horizontal) {
      ++horizontal;
      CHECK(r.from == doctest::Approx(50).epsilon(0.02));
      CHECK(r.to == doctest::Approx(551).epsilon(0.02));
    } else {
      ++vertical;
      CHECK(r.to - r.from == doctest::Approx(32).epsilon(0.1));
    }
  }
  CHECK(horizontal == 2);
  CHECK(vertical == 2);
}

TEST_CASE("drawing: erasing drawing whitens rules and boxes only") {
  Canvas c(200, 100, 72);
  c.Rect(10, 50, 190, 50);
  c.Rect(100, 20, 104, 24);  // some ink that is neither
  std::vector<RuleSegment> rules = FindRules(c.Image());
  REQUIRE(rules.size() == 1);
  EraseDrawing(rules, {}, c.w, c.h, c.dpi, &c.px);
  CHECK(c.px[50 * 200 + 100] == 255);
  CHECK(c.px[22 * 200 + 102] == 0);
}

TEST_CASE("drawing: an empty image has no boxes and no rules") {
  GreyImage empty;
  CHECK(FindDrawnCheckboxes(empty, {}).empty());
  CHECK(FindRules(empty).empty());
  CHECK(FindRules(InkBitmap()).empty());
}

}  // namespace
}  // namespace drawing_test
}  // namespace redovis
