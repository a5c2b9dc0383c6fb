// Tests of the Tesseract module (src/read/ocr/ocr.h): an engine for a missing
// language is refused with the package to install, empty images fail, and a
// page is straightened only when it is turned, and a page fed sideways or
// upside down is found so.
#include "read/ocr/ocr.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "layout_test_support.h"
#include "read/ocr/page_pixels.h"

namespace redovis {
namespace ocr_test {
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
}  // namespace ocr_test
}  // namespace redovis
