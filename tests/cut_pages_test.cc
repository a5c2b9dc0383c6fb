#include "read/pdf/cut_pages.h"

#include <doctest/doctest.h>

namespace redovis {
namespace cut_pages_test {
namespace {

PositionedPage A5With(double x0, double x1) {
  PositionedPage p;
  p.number = 2;
  p.width = 419.6;
  p.height = 595.3;
  PositionedWord inside;
  inside.text = "Kontaktperson";
  inside.x0 = 40;
  inside.x1 = 110;
  inside.y0 = 70;
  inside.y1 = 82;
  p.words.push_back(inside);
  PositionedWord w;
  w.text = "Susanne";
  w.x0 = x0;
  w.x1 = x1;
  w.y0 = 70;
  w.y1 = 82;
  p.words.push_back(w);
  return p;
}

TEST_CASE("cut pages: a word across the page's right edge cuts the page") {
  CHECK(RunsPastEdge(A5With(385.3, 424.7)));
  CHECK_FALSE(RunsPastEdge(A5With(360.0, 400.0)));
  CHECK_FALSE(RunsPastEdge(A5With(380.0, 420.3)));  // within a point: a glyph's overhang
  CHECK(RunsPastEdge(A5With(-9.0, 30.0)));          // the left edge too
  PositionedPage bottom = A5With(100, 140);
  bottom.words[1].y1 = 600;
  CHECK(RunsPastEdge(bottom));
  PositionedPage unknown = A5With(385.3, 424.7);
  unknown.width = 0;
  CHECK_FALSE(RunsPastEdge(unknown));
}

}  // namespace
}  // namespace cut_pages_test
}  // namespace redovis
