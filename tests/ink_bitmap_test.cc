// Tests of the ink bitmap (src/read/pdf/ink_bitmap.h): a grey rendering to
// its bits, and the primitives the searches read it with.
#include "read/pdf/ink_bitmap.h"

#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "layout_test_support.h"

namespace redovis {
namespace ink_bitmap_test {
namespace {

using namespace redovis::testing;

TEST_CASE("ink bitmap: ink from grey pixels, across 64-pixel words") {
  Canvas c(130, 3, 100);  // three 64-pixel words a row, the last one partly used
  for (int x : {0, 1, 62, 63, 64, 65, 127, 128, 129}) c.Dot(x, 1);
  c.px[2 * 130 + 5] = 149;  // the darkest grey that is not ink is 150
  c.px[2 * 130 + 6] = 150;
  InkBitmap bits = InkOfGrey(c.Image());
  REQUIRE(bits.words_per_row == 3);
  CHECK(bits.width == 130);
  CHECK(bits.height == 3);
  CHECK(bits.dark(63, 1));
  CHECK(bits.dark(64, 1));
  CHECK(bits.dark(129, 1));
  CHECK_FALSE(bits.dark(66, 1));
  CHECK(bits.dark(5, 2));
  CHECK_FALSE(bits.dark(6, 2));
  CHECK(bits.row(1)[2] == 0x3);  // pixels 128 and 129, nothing past the width
  GreyImage short_rows = c.Image();
  short_rows.stride = c.w - 1;
  CHECK(InkOfGrey(short_rows).width == 0);
}

/// An ink bitmap of `width` x `height` with the pixels `dots` set.
InkBitmap InkWith(int width, int height, const std::vector<std::pair<int, int>>& dots) {
  Canvas c(width, height, 72);
  for (auto [x, y] : dots) c.Dot(x, y);
  return InkOfGrey(c.Image());
}

TEST_CASE("ink bitmap: runs along a row cross word boundaries whole") {
  std::vector<std::pair<int, int>> dots;
  for (int x = 60; x <= 70; ++x) dots.emplace_back(x, 0);
  dots.emplace_back(100, 0);
  for (int x = 120; x <= 129; ++x) dots.emplace_back(x, 0);
  InkBitmap ink = InkWith(130, 1, dots);
  std::vector<std::pair<int, int>> runs;
  ForEachRun(ink.row(0), ink.words_per_row, [&](int a, int b) { runs.emplace_back(a, b); });
  CHECK(runs == std::vector<std::pair<int, int>>{{60, 70}, {100, 100}, {120, 129}});
  CHECK(NextPixel<true>(ink.row(0), ink.words_per_row, 71) == 100);
  CHECK(NextPixel<false>(ink.row(0), ink.words_per_row, 60) == 71);
  CHECK(NextPixel<true>(ink.row(0), ink.words_per_row, 130) == 192);  // none: words * 64
}

TEST_CASE("ink bitmap: ink counted by column and by pixel in a rectangle cut to the image") {
  // A 3 x 2 block at (62..64, 1..2) across a word boundary, and a dot at (0, 0).
  std::vector<std::pair<int, int>> dots = {{0, 0}};
  for (int y = 1; y <= 2; ++y)
    for (int x = 62; x <= 64; ++x) dots.emplace_back(x, y);
  InkBitmap ink = InkWith(70, 4, dots);
  REQUIRE(WellFormed(ink));
  CHECK(InkPixels(ink, 0, 69, 0, 3) == 7);
  CHECK(InkPixels(ink, 63, 200, -5, 1) == 2);
  CHECK(InkColumns(ink, 0, 69, 0, 3) == 4);
  CHECK(InkColumns(ink, 0, 69, 1, 1) == 3);
  CHECK(InkColumns(ink, 63, 63, 0, 3) == 1);
  CHECK(InkColumns(ink, 65, 69, 0, 3) == 0);
  CHECK(InkColumns(ink, 10, 5, 0, 3) == 0);
  CHECK(InkPixels(ink, 0, 69, 3, 2) == 0);
}

TEST_CASE("ink bitmap: columns are followed down the rows where they change") {
  // A vertical stroke at x = 65 over rows 2..5, one at x = 3 to the bottom.
  std::vector<std::pair<int, int>> dots;
  for (int y = 2; y <= 5; ++y) dots.emplace_back(65, y);
  for (int y = 6; y <= 9; ++y) dots.emplace_back(3, y);
  InkBitmap ink = InkWith(70, 10, dots);
  std::vector<std::pair<int, int>> begins, ends;
  FollowColumns(
      ink.words_per_row, ink.height, [&](int y) { return ink.row(y); },
      [&](int x, int y) { begins.emplace_back(x, y); },
      [&](int x, int y) { ends.emplace_back(x, y); });
  CHECK(begins == std::vector<std::pair<int, int>>{{65, 2}, {3, 6}});
  CHECK(ends == std::vector<std::pair<int, int>>{{65, 6}, {3, 10}});
}

TEST_CASE("ink bitmap: a bitmap is well formed only when its words match its size") {
  CHECK_FALSE(WellFormed(InkBitmap()));
  InkBitmap ink = InkWith(130, 3, {{1, 1}});
  CHECK(WellFormed(ink));
  InkBitmap short_rows = ink;
  short_rows.bits.pop_back();
  CHECK_FALSE(WellFormed(short_rows));
  InkBitmap wrong_words = ink;
  wrong_words.words_per_row = 2;
  CHECK_FALSE(WellFormed(wrong_words));
  // Too many pixels, or no pixels at all, make no bitmap.
  GreyImage huge;
  std::vector<unsigned char> px(16, 255);
  huge.pixels = px.data();
  huge.width = 100000;
  huge.height = 1000;
  huge.stride = 100000;
  CHECK(InkOfGrey(huge).width == 0);
  CHECK(InkOfGrey(GreyImage()).width == 0);
}

}  // namespace
}  // namespace ink_bitmap_test
}  // namespace redovis
