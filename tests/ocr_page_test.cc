// Tests of the OCR glue for a scanned page (src/read/pdf/ocr_page.h): the
// resolution a page is rendered at, the places a first pass left unread, the
// drawn boxes put in place of what OCR made of them, and a whole page read
// with the Swedish language data.
#include "read/pdf/ocr_page.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include "layout_test_support.h"
#include "read/ocr/page_pixels.h"
#include "test_paths.h"

namespace redovis {
namespace ocr_page_test {
namespace {

using namespace redovis::testing;

TEST_CASE("ocr page: pages are rendered at 300 dpi, large ones at fewer, none too large") {
  double dpi = 0;
  REQUIRE(OcrResolution(595, 842, &dpi).ok());
  CHECK(dpi == 300);
  // An A0 page would pass 16 million pixels at 300 dpi: it gets exactly that many.
  REQUIRE(OcrResolution(2384, 3370, &dpi).ok());
  CHECK(dpi < 300);
  CHECK((2384 / 72.0 * dpi) * (3370 / 72.0 * dpi) == doctest::Approx(16e6));
  CHECK(OcrResolution(0, 842, &dpi).code() == "ocr_failed");
  CHECK(dpi == 0);
  CHECK(OcrResolution(1e6, 1e6, &dpi).code() == "ocr_failed");
}

TEST_CASE("ocr page: ink of a number's size that no word covers is a place to look again") {
  Canvas c(400, 200, 72);    // one pixel per point
  c.Rect(100, 50, 105, 61);  // two digits side by side: one place
  c.Rect(109, 50, 114, 61);
  c.Rect(300, 50, 305, 61);    // a digit under a word read already
  c.Rect(200, 150, 201, 151);  // a speck
  c.Rect(20, 20, 20, 180);     // a hairline, taller than any letter
  PositionedWord read;
  read.text = "7";
  read.x0 = 299;
  read.x1 = 307;
  read.y0 = 49;
  read.y1 = 63;
  std::vector<PositionedWord> places = FindUnreadInk(c.Image(), {read});
  REQUIRE(places.size() == 1);
  // Around the two digits, with five points of margin.
  CHECK(places[0].x0 == doctest::Approx(95));
  CHECK(places[0].x1 == doctest::Approx(120));
  CHECK(places[0].y0 == doctest::Approx(45));
  CHECK(places[0].y1 == doctest::Approx(67));
  CHECK(FindUnreadInk(GreyImage(), {}).empty());
}

PositionedWord At(const std::string& text, double x0, double y0, double x1, double y1) {
  PositionedWord w;
  w.text = text;
  w.x0 = x0;
  w.y0 = y0;
  w.x1 = x1;
  w.y1 = y1;
  return w;
}

TEST_CASE("ocr page: a drawn box takes the place of what OCR read of it, not of a word's letter") {
  std::vector<PositionedWord> words = {
      At("X", 101, 101, 109, 109),      // OCR's reading of the box at 100..110
      At("Ombud", 200, 100, 260, 112),  // a word whose 'O' looked like a box
      At("Ja", 130, 100, 142, 110),     // a word beside the box
  };
  std::vector<PositionedWord> boxes = {At("\u2612", 100, 100, 110, 110),
                                       At("\u2610", 201, 101, 211, 111)};
  SettleDrawnBoxes(boxes, &words);
  REQUIRE(words.size() == 3);
  CHECK(words[0].text == "Ombud");
  CHECK(words[1].text == "Ja");
  CHECK(words[2].text == "\u2612");
  CHECK(words[2].x0 == 100);
  // Without boxes nothing changes.
  SettleDrawnBoxes({}, &words);
  CHECK(words.size() == 3);
}

TEST_CASE("ocr page: a scanned page's drawn box and rule are found and kept apart from OCR") {
  std::unique_ptr<OcrEngine> engine;
  Status created = OcrEngine::Create("swe", &engine);
  REQUIRE_MESSAGE(created.ok(), created.ToString());
  Canvas c(1200, 600, 300);     // 4 x 2 inches at 300 dpi
  c.Rect(100, 400, 1100, 402);  // a table rule
  c.Frame(200, 150, 50, 3);     // a 12-point box, crossed
  c.Cross(205, 155, 40);
  std::vector<PositionedWord> words = {At("stale", 0, 0, 1, 1)};
  std::vector<RuleSegment> rules;
  Status s = ReadScannedPage(c.Image(), engine.get(), &words, &rules);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  REQUIRE(words.size() == 1);
  CHECK(words[0].text == "\u2612");
  CHECK(words[0].x0 == doctest::Approx(200 * 72.0 / 300).epsilon(0.05));
  bool rule = false;
  for (const RuleSegment& r : rules)
    if (r.horizontal && std::fabs(r.pos - 401 * 72.0 / 300) < 1) rule = true;
  CHECK(rule);
  CHECK(ReadScannedPage(GreyImage(), engine.get(), &words, &rules).code() == "ocr_failed");
}

TEST_CASE("ocr page: a page fed sideways is read upright, its words placed on the upright page") {
  std::unique_ptr<OcrEngine> engine;
  Status created = OcrEngine::Create("swe", &engine);
  REQUIRE_MESSAGE(created.ok(), created.ToString());
  Canvas page = TextBlock();  // 1100 x 560 pixels at 150 dpi
  REQUIRE_MESSAGE(page.w > 0, "missing tests/data/scans/text_block.pbm");
  auto heading = [](const std::vector<PositionedWord>& words) {
    for (const PositionedWord& w : words)
      if (w.text == "REDOVISNING") return w;
    return PositionedWord();
  };
  std::vector<PositionedWord> words;
  std::vector<RuleSegment> rules;
  int turned = -1;
  REQUIRE(ReadScannedPage(page.Image(), engine.get(), &words, &rules, &turned).ok());
  CHECK(turned == 0);
  const PositionedWord upright = heading(words);
  REQUIRE(upright.text == "REDOVISNING");
  GreyImage sideways;
  std::vector<unsigned char> pixels = Turned(page.Image(), 90, &sideways);
  Status s = ReadScannedPage(sideways, engine.get(), &words, &rules, &turned);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  CHECK(turned == 270);
  const PositionedWord read = heading(words);
  REQUIRE(read.text == "REDOVISNING");
  // Where it stands on the upright page, within a point.
  CHECK(std::fabs(read.x0 - upright.x0) < 1);
  CHECK(std::fabs(read.y0 - upright.y0) < 1);
  CHECK(std::fabs(read.x1 - upright.x1) < 1);
}

/// An engine that reads any page as a few upright words and says which way
/// is up as told, counting its readings.
class CountingEngine : public OcrEngine {
 public:
  explicit CountingEngine(int up) : up_(up) {}
  Status Recognize(const GreyImage&, std::vector<PositionedWord>* words) override {
    ++readings;
    words->clear();
    for (int i = 0; i < 12; ++i) {
      PositionedWord w = At("ombud", 10, 12.0 * i, 40, 12.0 * i + 8);
      w.confidence = 95;
      words->push_back(w);
    }
    return Status();
  }
  Status UprightTurn(const GreyImage&, int* degrees) override {
    ++turns_asked;
    *degrees = up_;
    return Status();
  }
  Status RecognizeRegions(const GreyImage&, const std::vector<PositionedWord>&,
                          std::vector<PositionedWord>*) override {
    return Status();
  }
  int readings = 0, turns_asked = 0;

 private:
  int up_;
};

TEST_CASE("ocr page: a page whose letters stand in columns is turned before it is read, once") {
  Canvas page = TextBlock();  // 1100 x 560 pixels at 150 dpi
  REQUIRE_MESSAGE(page.w > 0, "missing tests/data/scans/text_block.pbm");
  GreyImage sideways;
  std::vector<unsigned char> pixels = Turned(page.Image(), 90, &sideways);
  std::vector<PositionedWord> words;
  std::vector<RuleSegment> rules;
  int turned = -1;
  CountingEngine engine(270);
  REQUIRE(ReadScannedPage(sideways, &engine, &words, &rules, &turned).ok());
  CHECK(turned == 270);
  CHECK(engine.readings == 1);
  CHECK(std::count_if(words.begin(), words.end(),
                      [](const PositionedWord& w) { return w.text == "ombud"; }) == 12);
  // Upright, the way up is not asked: read once, as it lies.
  CountingEngine upright(0);
  REQUIRE(ReadScannedPage(page.Image(), &upright, &words, &rules, &turned).ok());
  CHECK(turned == 0);
  CHECK(upright.readings == 1);
  CHECK(upright.turns_asked == 0);
}

TEST_CASE("ocr page: a page whose letters stand on their heads is turned before it is read, once") {
  Canvas page = TextBlock();  // 1100 x 560 pixels at 150 dpi
  REQUIRE_MESSAGE(page.w > 0, "missing tests/data/scans/text_block.pbm");
  GreyImage upside_down;
  std::vector<unsigned char> pixels = Turned(page.Image(), 180, &upside_down);
  std::vector<PositionedWord> words;
  std::vector<RuleSegment> rules;
  int turned = -1;
  CountingEngine engine(180);
  REQUIRE(ReadScannedPage(upside_down, &engine, &words, &rules, &turned).ok());
  CHECK(turned == 180);
  CHECK(engine.turns_asked == 1);
  CHECK(engine.readings == 1);
  // The engine does not agree: the page is read as it lies.
  CountingEngine disagreeing(0);
  REQUIRE(ReadScannedPage(upside_down, &disagreeing, &words, &rules, &turned).ok());
  CHECK(turned == 0);
  CHECK(disagreeing.turns_asked == 1);
  CHECK(disagreeing.readings == 1);
  // A quarter turn is not what an upside-down page can need.
  CountingEngine sideways(90);
  REQUIRE(ReadScannedPage(upside_down, &sideways, &words, &rules, &turned).ok());
  CHECK(turned == 0);
  CHECK(sideways.readings == 1);
}

TEST_CASE("ocr page: a reading that runs up the page or is mostly unsure does not look upright") {
  auto words = [](int n, double w, double h, float confidence) {
    std::vector<PositionedWord> out;
    for (int i = 0; i < n; ++i) {
      PositionedWord word = At("ombud", 10, 10.0 * i, 10 + w, 10.0 * i + h);
      word.confidence = confidence;
      out.push_back(word);
    }
    return out;
  };
  CHECK_FALSE(ReadingLooksWrong(words(20, 30, 8, 95)));  // upright, sure
  CHECK(ReadingLooksWrong(words(20, 8, 30, 95)));        // running up the page
  CHECK(ReadingLooksWrong(words(20, 30, 8, 30)));        // mostly unsure: upside down, noise
  CHECK_FALSE(ReadingLooksWrong(words(5, 8, 30, 20)));   // too few words to judge
  // A few unsure words among many sure ones are an upright page's.
  std::vector<PositionedWord> mixed = words(18, 30, 8, 95);
  for (const PositionedWord& w : words(4, 30, 8, 30)) mixed.push_back(w);
  CHECK_FALSE(ReadingLooksWrong(mixed));
}

TEST_CASE("ocr page: a page no way up of which reads as text is unreadable, its words none") {
  std::unique_ptr<OcrEngine> engine;
  Status created = OcrEngine::Create("swe", &engine);
  REQUIRE_MESSAGE(created.ok(), created.ToString());
  Canvas page = TextBlock();
  REQUIRE_MESSAGE(page.w > 0, "missing tests/data/scans/text_block.pbm");
  // Upright, it reads: not unreadable.
  std::vector<PositionedWord> words;
  std::vector<RuleSegment> rules;
  bool unreadable = true;
  int turned = -1;
  REQUIRE(ReadScannedPage(page.Image(), engine.get(), &words, &rules, &turned, &unreadable).ok());
  CHECK_FALSE(unreadable);
  CHECK(words.size() > 8);
  // Mirrored (printed through the back of the paper), no turn makes it text.
  Canvas mirrored = page;
  for (int y = 0; y < page.h; ++y)
    for (int x = 0; x < page.w; ++x)
      mirrored.px[static_cast<size_t>(y) * page.w + x] =
          page.px[static_cast<size_t>(y) * page.w + (page.w - 1 - x)];
  Status s = ReadScannedPage(mirrored.Image(), engine.get(), &words, &rules, &turned, &unreadable);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  CHECK(unreadable);
  CHECK(words.empty());
  CHECK(rules.empty());
  CHECK(turned == 0);
}

}  // namespace
}  // namespace ocr_page_test
}  // namespace redovis

namespace redovis {
namespace ocr_page_test {
namespace {

/// tests/data/scans/lone_seven.pgm (raw PGM): a piece of a generated 300 dpi
/// grey scan of sample 2023's page 4, a table cell's "12" with a lone "7"
/// under it, paper noise and all; an empty canvas when it cannot be read.
Canvas LoneSeven() {
  std::ifstream f(std::string(redovis::testing::SourceDir()) + "/tests/data/scans/lone_seven.pgm",
                  std::ios::binary);
  std::string magic;
  int w = 0, h = 0, max = 0;
  if (!(f >> magic >> w >> h >> max) || magic != "P5" || w <= 0 || h <= 0 || max != 255)
    return Canvas(0, 0, 300);
  f.get();
  Canvas c(w, h, 300);
  f.read(reinterpret_cast<char*>(c.px.data()), static_cast<std::streamsize>(c.px.size()));
  return f ? c : Canvas(0, 0, 300);
}

TEST_CASE("ocr page: a lone digit on scanned grey that the page's reading misses is read") {
  std::unique_ptr<OcrEngine> engine;
  Status created = OcrEngine::Create("swe", &engine);
  REQUIRE_MESSAGE(created.ok(), created.ToString());
  Canvas piece = LoneSeven();
  REQUIRE_MESSAGE(piece.w > 0, "missing tests/data/scans/lone_seven.pgm");
  std::vector<PositionedWord> words;
  std::vector<RuleSegment> rules;
  REQUIRE(ReadScannedPage(piece.Image(), engine.get(), &words, &rules).ok());
  std::string read;
  for (const PositionedWord& w : words) read += "[" + w.text + "]";
  // Tesseract reads the "7" as "Zé" on the grey and as "7" in black and white.
  CHECK_MESSAGE(read.find("[7]") != std::string::npos, read);
  CHECK_MESSAGE(read.find("[12]") != std::string::npos, read);
}

}  // namespace
}  // namespace ocr_page_test
}  // namespace redovis
