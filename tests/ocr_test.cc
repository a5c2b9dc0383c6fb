// Tests of the Tesseract module (src/read/ocr/ocr.h): an engine for a missing
// language is refused with the package to install, empty images fail, and a
// page is straightened only when it is turned; coloured ink is taken off a
// colour page, pages turn by quarters, and a page fed sideways or upside
// down is found so.
#include "read/ocr/ocr.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "layout_test_support.h"

namespace redovis {
namespace {

using namespace redovis::testing;

TEST_CASE("ocr: a language without data is refused, naming the package to install") {
  std::unique_ptr<OcrEngine> engine;
  Status s = OcrEngine::Create("xqz", &engine);
  CHECK(s.code() == "ocr_unavailable");
  CHECK(s.message().find("tesseract-ocr-xqz") != std::string::npos);
  CHECK(engine == nullptr);
}

TEST_CASE("ocr: an empty image fails and leaves no words") {
  std::unique_ptr<OcrEngine> engine;
  Status created = OcrEngine::Create("swe", &engine);
  REQUIRE_MESSAGE(created.ok(), created.ToString());
  std::vector<PositionedWord> words(1);
  CHECK(engine->Recognize(GreyImage(), &words).code() == "ocr_failed");
  CHECK(words.empty());
  PositionedWord place;
  place.x1 = place.y1 = 10;
  CHECK(engine->RecognizeRegions(GreyImage(), {place}, &words).code() == "ocr_failed");
  CHECK(engine->RecognizeRegions(GreyImage(), {}, &words).ok());  // nothing to look at
}

/// The row of the topmost ink in column `x` of `image`, or -1.
int TopInk(const GreyImage& image, int x) {
  for (int y = 0; y < image.height; ++y)
    if (image.pixels[static_cast<size_t>(y) * image.stride + x] < 128) return y;
  return -1;
}

TEST_CASE("ocr: a turned page is straightened, a straight one copied") {
  // Lines of "text" (dashes) turned by about 2 degrees: each falls 1 pixel
  // in 29 to the right.
  Canvas c(600, 400, 150);
  for (int line = 0; line < 12; ++line)
    for (int x = 50; x < 550; ++x) {
      if (x % 12 > 8) continue;  // gaps between letters
      int y = 60 + 25 * line + (x - 50) / 29;
      c.Rect(x, y, x, y + 6);
    }
  GreyImage straight;
  std::vector<unsigned char> pixels = Deskew(c.Image(), &straight);
  REQUIRE(pixels.size() == 600u * 400u);
  REQUIRE(straight.pixels == pixels.data());
  CHECK(straight.width == 600);
  CHECK(straight.stride == 600);
  CHECK(straight.dpi == 150);
  // The first line's top, near its two ends: 17 pixels apart before, within
  // two after.
  CHECK(TopInk(c.Image(), 540) - TopInk(c.Image(), 60) >= 15);
  CHECK(std::abs(TopInk(straight, 540) - TopInk(straight, 60)) <= 2);
  // A straight page comes back as it was.
  Canvas level(300, 200, 150);
  for (int line = 0; line < 6; ++line) level.Rect(30, 30 + 25 * line, 270, 35 + 25 * line);
  GreyImage same;
  CHECK(Deskew(level.Image(), &same) == level.px);
  GreyImage none;
  CHECK(Deskew(GreyImage(), &none).empty());
  CHECK(none.pixels == nullptr);
}

TEST_CASE("ocr: coloured ink goes, black print stays, also under the ink") {
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

TEST_CASE("ocr: a page turns clockwise by quarters") {
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

TEST_CASE("ocr: a page fed sideways or upside down is found so, an upright one left") {
  std::unique_ptr<OcrEngine> engine;
  Status created = OcrEngine::Create("swe", &engine);
  REQUIRE_MESSAGE(created.ok(), created.ToString());
  Canvas page = TextBlock();
  REQUIRE_MESSAGE(page.w > 0, "missing tests/data/scans/text_block.pbm");
  int degrees = -1;
  REQUIRE(engine->UprightTurn(page.Image(), &degrees).ok());
  CHECK(degrees == 0);
  for (int fed : {90, 180, 270}) {
    CAPTURE(fed);
    GreyImage turned;
    std::vector<unsigned char> pixels = Turned(page.Image(), fed, &turned);
    REQUIRE(engine->UprightTurn(turned, &degrees).ok());
    CHECK((fed + degrees) % 360 == 0);
  }
  // Blank paper has no way up.
  Canvas blank(600, 400, 150);
  REQUIRE(engine->UprightTurn(blank.Image(), &degrees).ok());
  CHECK(degrees == 0);
  CHECK(engine->UprightTurn(GreyImage(), &degrees).code() == "ocr_failed");
  CHECK(degrees == 0);
}

}  // namespace
}  // namespace redovis
