// A scanned page read by OCR. See ocr_page.h.
#include "read/pdf/ocr_page.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <utility>

#include "read/ocr/page_pixels.h"
#include "read/ocr/second_reading.h"
#include "read/pdf/drawing.h"
#include "read/pdf/ink_bitmap.h"
#include "read/pdf/word_text.h"

namespace redovis {

namespace {

/// The resolution pages are rendered at for OCR: enough for small digits.
constexpr double kOcrDpi = 300;
/// The most pixels one rendered page may have (an A4 page at 300 dpi has 8.7M).
constexpr double kMaxOcrPixels = 16e6;

}  // namespace

Status OcrResolution(double width, double height, double* dpi) {
  *dpi = 0;
  if (width <= 0 || height <= 0) return Status::Error("ocr_failed", "the page has no size");
  double d = kOcrDpi;
  double pixels = (width / 72 * d) * (height / 72 * d);
  if (pixels > kMaxOcrPixels) d *= std::sqrt(kMaxOcrPixels / pixels);
  if (d < 20) return Status::Error("ocr_failed", "the page is too large to render for OCR");
  *dpi = d;
  return Status();
}

namespace {

/// The words of three characters or more a page reading needs before its
/// shape is judged: a page of a few words is taken as it reads.
constexpr int kJudgedWords = 8;
/// The confidence (0-100) under which a word of a reading counts as unsure:
/// an upright page of print reads under 5% of its words so, an upside-down
/// page over 80%.
constexpr float kUnsureWord = 60;
/// The share of a reading's words running up the page or read unsurely from
/// which the page is tried turned (Wrongness), and from which, when no turn
/// reads better, the page is unreadable.
constexpr double kWrongReading = 0.3;
constexpr double kUnreadableReading = 0.5;

/// What a reading of a page looks like (ReadingLooksWrong).
struct ReadingShape {
  int words = 0;   ///< words of three characters or more
  int tall = 0;    ///< of them, taller than wide: text running up or down the page
  int unsure = 0;  ///< of them, read with confidence under kUnsureWord
};

ReadingShape ShapeOf(const std::vector<PositionedWord>& words) {
  ReadingShape shape;
  for (const PositionedWord& w : words) {
    if (Chars(w.text) < 3 || w.text == "\u2612" || w.text == "\u2610") continue;
    ++shape.words;
    if (w.y1 - w.y0 > w.x1 - w.x0) ++shape.tall;
    if (w.confidence < kUnsureWord) ++shape.unsure;
  }
  return shape;
}

/// How far a reading is from upright text: the share of its words that run
/// up or down the page or were read unsurely (0 for a page too short to judge).
double Wrongness(const ReadingShape& shape) {
  if (shape.words < kJudgedWords) return 0;
  return static_cast<double>(std::max(shape.tall, shape.unsure)) / shape.words;
}

/// One reading of a page image taken as upright: straightened, rules and
/// drawn boxes painted out, read, unread ink looked at again, drawn boxes
/// put in place of what OCR made of them.
Status ReadAsUpright(const GreyImage& upright, OcrEngine* engine, std::vector<PositionedWord>* out,
                     std::vector<RuleSegment>* rules) {
  rules->clear();
  // A scan is seldom straight; table rules are found on a straight page.
  GreyImage g;
  std::vector<unsigned char> straight = Deskew(upright, &g);
  if (straight.empty()) return Status::Error("ocr_failed", "the page image is empty");
  const InkBitmap ink = InkOfGrey(g);
  *rules = FindRules(ink);
  std::vector<PositionedWord> boxes = FindDrawnCheckboxes(ink, {});
  // OCR reads table rules and check boxes as letters: it gets the page
  // without them.
  EraseDrawing(*rules, boxes, g.width, g.height, g.dpi, &straight);
  g.pixels = straight.data();
  Status s = engine->Recognize(g, out);
  if (!s.ok()) return s;
  // A second look at ink the page-wide pass left out (a lone digit in a
  // cell), on the page without what was read already.
  std::vector<PositionedWord> read = *out;
  read.insert(read.end(), boxes.begin(), boxes.end());
  std::vector<PositionedWord> regions = FindUnreadInk(g, read);
  if (!regions.empty()) {
    std::vector<unsigned char> rest = straight;
    EraseDrawing({}, read, g.width, g.height, g.dpi, &rest);
    GreyImage erased = g, left;
    erased.pixels = rest.data();
    // Small places are read black on white (second_reading.h).
    std::vector<unsigned char> bw = BlackOnWhite(erased, &left);
    engine->RecognizeRegions(left, regions, out);
  }
  SettleDrawnBoxes(std::move(boxes), out);
  return s;
}

}  // namespace

bool ReadingLooksWrong(const std::vector<PositionedWord>& words) {
  return Wrongness(ShapeOf(words)) >= kUnreadableReading;
}

Status ReadScannedPage(const GreyImage& rendered, OcrEngine* engine,
                       std::vector<PositionedWord>* out, std::vector<RuleSegment>* rules,
                       int* turned, bool* unreadable) {
  rules->clear();
  if (turned) *turned = 0;
  if (unreadable) *unreadable = false;
  // A page whose print does not stand upright (LieOfPrint: letters in
  // columns, or standing on their heads; a fraction of a reading) has its
  // way up asked first, and is read once, turned, rather than read as it
  // lies, judged wrong and read again. The engine must agree that the page
  // lies so (a quarter turn for a sideways page, half a turn for one upside
  // down); a reading turned that does not look upright is let go.
  const PrintLie lie = LieOfPrint(rendered);
  int asked = 0;
  if (lie != PrintLie::kUpright && engine->UprightTurn(rendered, &asked).ok() &&
      (lie == PrintLie::kSideways ? asked == 90 || asked == 270 : asked == 180)) {
    GreyImage upright;
    std::vector<unsigned char> pixels = Turned(rendered, asked, &upright);
    std::vector<PositionedWord> words;
    std::vector<RuleSegment> found;
    if (!pixels.empty() && ReadAsUpright(upright, engine, &words, &found).ok() &&
        Wrongness(ShapeOf(words)) < kWrongReading) {
      *out = std::move(words);
      *rules = std::move(found);
      if (turned) *turned = asked;
      return Status();
    }
  }
  // The page is read as it lies; only a reading that does not look like
  // upright text (words running up the page, or mostly unsure) asks which
  // way is up: most pages lie right, and finding the way up costs a fifth
  // of a reading.
  Status s = ReadAsUpright(rendered, engine, out, rules);
  if (!s.ok()) return s;
  double wrong = Wrongness(ShapeOf(*out));
  if (wrong < kWrongReading) return s;
  std::vector<int> turns;
  int degrees = 0;
  if (engine->UprightTurn(rendered, &degrees).ok() && degrees != 0) turns.push_back(degrees);
  // Orientation detection unsure or wrong: the other turns, sideways ones
  // first when the words run up or down the page.
  const ReadingShape shape = ShapeOf(*out);
  std::vector<int> others = shape.tall * 2 > shape.words ? std::vector<int>{90, 270, 180}
                                                         : std::vector<int>{180, 90, 270};
  for (int d : others)
    if (std::find(turns.begin(), turns.end(), d) == turns.end()) turns.push_back(d);
  for (int d : turns) {
    GreyImage upright;
    std::vector<unsigned char> pixels = Turned(rendered, d, &upright);
    if (pixels.empty()) return Status::Error("ocr_failed", "the page image is empty");
    std::vector<PositionedWord> words;
    std::vector<RuleSegment> found;
    if (!ReadAsUpright(upright, engine, &words, &found).ok()) continue;
    double w = Wrongness(ShapeOf(words));
    if (w < wrong) {
      wrong = w;
      *out = std::move(words);
      *rules = std::move(found);
      if (turned) *turned = d;
    }
    if (wrong < kWrongReading) return s;
  }
  if (wrong < kUnreadableReading) return s;
  // No way up reads as text: what OCR made of the page is noise, not answers.
  if (unreadable) *unreadable = true;
  if (turned) *turned = 0;
  out->clear();
  rules->clear();
  return s;
}

void SettleDrawnBoxes(std::vector<PositionedWord> boxes, std::vector<PositionedWord>* out) {
  // A "box" inside a word of several letters is one of its letters.
  boxes.erase(std::remove_if(boxes.begin(), boxes.end(),
                             [&](const PositionedWord& b) {
                               for (const PositionedWord& w : *out)
                                 if (w.text.size() >= 3 && b.x0 >= w.x0 - 1 && b.x1 <= w.x1 + 1 &&
                                     b.y0 >= w.y0 - 1 && b.y1 <= w.y1 + 1)
                                   return true;
                               return false;
                             }),
              boxes.end());
  if (boxes.empty()) return;
  // What OCR still read of a box ("X", "[]", "El") goes; the box takes its place.
  out->erase(std::remove_if(out->begin(), out->end(),
                            [&](const PositionedWord& w) {
                              double cx = (w.x0 + w.x1) / 2, cy = (w.y0 + w.y1) / 2;
                              for (const PositionedWord& b : boxes)
                                if (cx >= b.x0 && cx <= b.x1 && cy >= b.y0 && cy <= b.y1)
                                  return true;
                              return false;
                            }),
             out->end());
  for (PositionedWord& b : boxes) out->push_back(std::move(b));
}

std::vector<PositionedWord> FindUnreadInk(const GreyImage& image,
                                          const std::vector<PositionedWord>& read) {
  std::vector<PositionedWord> out;
  const int width = image.width, height = image.height;
  if (image.pixels == nullptr || width <= 0 || height <= 0 || image.stride < width ||
      image.dpi <= 0 || static_cast<double>(width) * height > 80e6)
    return out;
  const double scale = image.dpi / 72.0;
  // Ink already read: a mask of the words' boxes, a point wider each way.
  std::vector<uint8_t> seen(static_cast<size_t>(width) * height, 0);
  for (const PositionedWord& w : read) {
    int x0 = std::max(0, static_cast<int>((w.x0 - 1) * scale));
    int x1 = std::min(width - 1, static_cast<int>((w.x1 + 1) * scale));
    int y0 = std::max(0, static_cast<int>((w.y0 - 1) * scale));
    int y1 = std::min(height - 1, static_cast<int>((w.y1 + 1) * scale));
    for (int y = y0; y <= y1; ++y)
      std::fill(seen.begin() + static_cast<size_t>(y) * width + x0,
                seen.begin() + static_cast<size_t>(y) * width + x1 + 1, 1);
  }
  struct Blob {
    int x0, y0, x1, y1;
  };
  std::vector<Blob> blobs;
  for (const InkMark& b : InkMarks(image, kInkBelow, std::move(seen))) {
    double w = (b.x1 - b.x0 + 1) / scale, h = (b.y1 - b.y0 + 1) / scale;
    // A letter or digit: 3.5 to 24 points tall, not a hairline, some ink.
    if (h < 3.5 || h > 24 || w < 0.8 || w > 60 || h > 10 * w) continue;
    if (b.pixels < 2 * scale * scale) continue;
    blobs.push_back({b.x0, b.y0, b.x1, b.y1});
  }
  // Blobs side by side at one height are one cluster (the digits of a number).
  std::sort(blobs.begin(), blobs.end(), [](const Blob& a, const Blob& b) { return a.x0 < b.x0; });
  std::vector<bool> used(blobs.size(), false);
  for (size_t i = 0; i < blobs.size() && out.size() < 200; ++i) {
    if (used[i]) continue;
    Blob c = blobs[i];
    used[i] = true;
    for (size_t j = i + 1; j < blobs.size(); ++j) {
      if (used[j]) continue;
      const Blob& b = blobs[j];
      int h = std::max(c.y1 - c.y0, b.y1 - b.y0) + 1;
      int ov = std::min(c.y1, b.y1) - std::max(c.y0, b.y0) + 1;
      if (b.x0 - c.x1 > h) break;
      if (ov * 2 < std::min(c.y1 - c.y0, b.y1 - b.y0) + 1) continue;
      c.x0 = std::min(c.x0, b.x0), c.x1 = std::max(c.x1, b.x1);
      c.y0 = std::min(c.y0, b.y0), c.y1 = std::max(c.y1, b.y1);
      used[j] = true;
    }
    PositionedWord region;
    // A margin of white helps OCR read a small place.
    const double margin = 5;
    region.x0 = std::max(0.0, c.x0 / scale - margin);
    region.y0 = std::max(0.0, c.y0 / scale - margin);
    region.x1 = std::min(width / scale, (c.x1 + 1) / scale + margin);
    region.y1 = std::min(height / scale, (c.y1 + 1) / scale + margin);
    out.push_back(region);
  }
  return out;
}

}  // namespace redovis
