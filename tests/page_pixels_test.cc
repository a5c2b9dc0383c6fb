// Tests of the page's pixels prepared for OCR (src/read/ocr/page_pixels.h):
// coloured ink is taken off a colour page, and pages turn by quarters.
#include "read/ocr/page_pixels.h"

#include <doctest/doctest.h>

#include <vector>

#include "layout_test_support.h"

namespace redovis {
namespace page_pixels_test {
namespace {

TEST_CASE("page pixels: coloured ink goes, black print stays, also under the ink") {
  // Four bytes a pixel, as Poppler renders (B, G, R, A): paper, black
  // print, a red stamp, black print under the stamp, a blue pen, yellow
  // highlighter, print under the highlighter, a grey pixel, an anti-aliased
  // edge of the stamp, paper with a scanner's tint.
  const std::vector<std::vector<int>> colours = {
      {255, 255, 255}, {20, 20, 20}, {40, 30, 200},   {8, 5, 30},      {160, 45, 25},
      {90, 245, 255},  {15, 22, 25}, {128, 128, 128}, {165, 160, 230}, {240, 248, 250}};
  std::vector<unsigned char> bgra;
  for (const auto& c : colours)
    bgra.insert(bgra.end(), {static_cast<unsigned char>(c[0]), static_cast<unsigned char>(c[1]),
                             static_cast<unsigned char>(c[2]), 255});
  // Two rows, the second a copy, rows padded to 48 bytes.
  const int stride = 48;
  std::vector<unsigned char> image(2 * stride, 0);
  std::copy(bgra.begin(), bgra.end(), image.begin());
  std::copy(bgra.begin(), bgra.end(), image.begin() + stride);
  GreyImage g;
  std::vector<unsigned char> grey = BlackPrintOf(image.data(), 10, 2, stride, 200, &g);
  REQUIRE(grey.size() == 20u);
  CHECK(g.pixels == grey.data());
  CHECK(g.width == 10);
  CHECK(g.height == 2);
  CHECK(g.stride == 10);
  CHECK(g.dpi == 200);
  CHECK(grey[0] == 255);  // paper
  CHECK(grey[1] < 64);    // print
  CHECK(grey[2] == 255);  // the red stamp goes
  CHECK(grey[3] < 64);    // print under the stamp stays
  CHECK(grey[4] == 255);  // the blue pen goes
  CHECK(grey[5] == 255);  // highlighter goes
  CHECK(grey[6] < 64);    // print under it stays
  CHECK(grey[7] == 128);  // grey stays grey
  CHECK(grey[8] >= 240);  // the stamp's pale edge is as light as paper
  CHECK(grey[9] >= 240);  // tinted paper is paper
  CHECK(grey[11] < 64);   // the second row
  GreyImage none;
  CHECK(BlackPrintOf(nullptr, 10, 2, stride, 200, &none).empty());
  CHECK(BlackPrintOf(image.data(), 13, 2, stride, 200, &none).empty());  // rows too short
  CHECK(none.pixels == nullptr);
}

TEST_CASE("page pixels: a page turns clockwise by quarters") {
  // 3 x 2:  a b c
  //         d e f
  const std::vector<unsigned char> px = {1, 2, 3, 0, 4, 5, 6, 0};  // stride 4
  GreyImage in;
  in.pixels = px.data();
  in.width = 3;
  in.height = 2;
  in.stride = 4;
  in.dpi = 150;
  GreyImage out;
  // Turned a quarter clockwise:  d a / e b / f c
  CHECK(Turned(in, 90, &out) == std::vector<unsigned char>{4, 1, 5, 2, 6, 3});
  CHECK(out.width == 2);
  CHECK(out.height == 3);
  CHECK(out.stride == 2);
  CHECK(out.dpi == 150);
  CHECK(Turned(in, 180, &out) == std::vector<unsigned char>{6, 5, 4, 3, 2, 1});
  CHECK(out.width == 3);
  CHECK(Turned(in, 270, &out) == std::vector<unsigned char>{3, 6, 2, 5, 1, 4});
  CHECK(out.height == 3);
  CHECK(Turned(in, 0, &out) == std::vector<unsigned char>{1, 2, 3, 4, 5, 6});
  CHECK(Turned(in, 45, &out) == std::vector<unsigned char>{1, 2, 3, 4, 5, 6});
  CHECK(Turned(GreyImage(), 90, &out).empty());
  CHECK(out.pixels == nullptr);
}

/// A page of print at 150 dpi: 12 lines of 30 words of four letters, each
/// letter a block of 6 x 10 pixels, 2 pixels apart in a word, 8 between
/// words, lines 24 pixels apart; a rule under the lines, which is no letter.
/// A page of 12 lines of 30 words of four letters each, 6 by 10 pixels at
/// 150 dpi, over a rule. Every `ascender`th letter (none when 0) rises 4
/// pixels above the others and every `descender`th (counted from the
/// `descender_from`th) reaches 4 below them.
std::vector<unsigned char> PrintedPage(GreyImage* g, int ascender = 0, int descender = 0,
                                       int descender_from = 0) {
  const int w = 30 * (4 * 8 + 8) + 40, h = 12 * 24 + 60;
  std::vector<unsigned char> px(static_cast<size_t>(w) * h, 255);
  int n = 0;
  for (int line = 0; line < 12; ++line)
    for (int word = 0; word < 30; ++word)
      for (int letter = 0; letter < 4; ++letter, ++n) {
        const int x0 = 20 + word * 40 + letter * 8, y0 = 20 + line * 24;
        const int top = ascender && n % ascender == 0 ? y0 - 4 : y0;
        const int bottom = descender && n % descender == descender_from ? y0 + 14 : y0 + 10;
        for (int y = top; y < bottom; ++y)
          for (int x = x0; x < x0 + 6; ++x) px[static_cast<size_t>(y) * w + x] = 10;
      }
  for (int x = 10; x < w - 10; ++x) px[static_cast<size_t>(h - 20) * w + x] = 0;
  g->pixels = px.data();
  g->width = w;
  g->height = h;
  g->stride = w;
  g->dpi = 150;
  return px;
}

TEST_CASE("page pixels: a page whose letters stand in columns lies sideways") {
  GreyImage page;
  std::vector<unsigned char> px = PrintedPage(&page);
  CHECK(LieOfPrint(page) == PrintLie::kUpright);
  GreyImage turned;
  std::vector<unsigned char> t = Turned(page, 90, &turned);
  CHECK(LieOfPrint(turned) == PrintLie::kSideways);
  t = Turned(page, 270, &turned);
  CHECK(LieOfPrint(turned) == PrintLie::kSideways);
  // Upside down, its words still run across; letters all of a height show
  // no way up.
  t = Turned(page, 180, &turned);
  CHECK(LieOfPrint(turned) == PrintLie::kUpright);
  // The same at 300 dpi (looked at at half its resolution).
  page.dpi = 300;
  CHECK(LieOfPrint(page) == PrintLie::kUpright);
  // A blank page, or none.
  std::vector<unsigned char> blank(px.size(), 255);
  page.pixels = blank.data();
  CHECK(LieOfPrint(page) == PrintLie::kUpright);
  CHECK(LieOfPrint(GreyImage()) == PrintLie::kUpright);
}

TEST_CASE("page pixels: a page whose letters stand on their heads lies upside down") {
  // Every third letter has an ascender, every eighth a descender, as in
  // Swedish print: upright, more tall letters share their neighbours' foot.
  GreyImage page;
  std::vector<unsigned char> px = PrintedPage(&page, 3, 8);
  CHECK(LieOfPrint(page) == PrintLie::kUpright);
  GreyImage turned;
  std::vector<unsigned char> t = Turned(page, 180, &turned);
  CHECK(LieOfPrint(turned) == PrintLie::kUpsideDown);
  // Sideways is told first, either way round.
  t = Turned(page, 90, &turned);
  CHECK(LieOfPrint(turned) == PrintLie::kSideways);
  t = Turned(page, 270, &turned);
  CHECK(LieOfPrint(turned) == PrintLie::kSideways);
  // As many descenders as ascenders: no way up shows.
  px = PrintedPage(&page, 4, 4, 3);
  CHECK(LieOfPrint(page) == PrintLie::kUpright);
  t = Turned(page, 180, &turned);
  CHECK(LieOfPrint(turned) == PrintLie::kUpright);
}

TEST_CASE("page pixels: real print lies upright, and upside down turned half round") {
  testing::Canvas block = testing::TextBlock();  // sample 000's first page, at 150 dpi
  REQUIRE_MESSAGE(block.w > 0, "missing tests/data/scans/text_block.pbm");
  CHECK(LieOfPrint(block.Image()) == PrintLie::kUpright);
  GreyImage turned;
  std::vector<unsigned char> t = Turned(block.Image(), 180, &turned);
  CHECK(LieOfPrint(turned) == PrintLie::kUpsideDown);
  t = Turned(block.Image(), 90, &turned);
  CHECK(LieOfPrint(turned) == PrintLie::kSideways);
}

}  // namespace
}  // namespace page_pixels_test
}  // namespace redovis
