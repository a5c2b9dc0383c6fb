// Helpers shared by the tests of the layout passes (src/read/pdf/): pages
// of words set in Helvetica-like widths, synthetic page images to draw boxes
// and rules on, ruled grids.
#ifndef REDOVIS_TESTS_LAYOUT_TEST_SUPPORT_H_
#define REDOVIS_TESTS_LAYOUT_TEST_SUPPORT_H_

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "line_texts_test_support.h"
#include "read/pdf/layout_types.h"
#include "test_paths.h"

namespace redovis::testing {

/// Appends the words of `text` to `page`, set in Helvetica-like widths at
/// `size` points from x = `x`, baseline box from `top`.
inline void AddText(PositionedPage* page, double x, double top, double size,
                    const std::string& text) {
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    std::string word = text.substr(start, end - start);
    if (!word.empty()) {
      PositionedWord w;
      w.text = word;
      w.x0 = x;
      w.x1 = x + 0.5 * size * static_cast<double>(word.size());
      w.y0 = top;
      w.y1 = top + 1.2 * size;
      w.font_size = size;
      page->words.push_back(w);
      x = w.x1 + 0.28 * size;
    }
    start = end + 1;
  }
}

/// A report's page shrunk to half size and set on an A4 sheet with its
/// top-left corner at (`x`, `y`), as a 4-up print places each page: a
/// heading "Sida `name`" and 30 lines of text across the page's width, each
/// ending in `name`, from the page's margins.
inline void AddQuarterPage(PositionedPage* sheet, double x, double y, const std::string& name) {
  AddText(sheet, x + 28, y + 30, 6, "Sida " + name);
  for (int i = 0; i < 30; ++i)
    AddText(sheet, x + 28, y + 45 + 10 * i, 5,
            "Totalt antal klienter under året och därav nya klienter med stöd " + name);
}

inline PositionedPage Page(int number = 1) {
  PositionedPage p;
  p.number = number;
  p.width = 595;
  p.height = 842;
  return p;
}

/// True when the two cells' x ranges overlap.
inline bool Overlap(const Cell& a, const Cell& b) {
  return a.x0 < b.x1 && b.x0 < a.x1;
}

/// A white image of `w` x `h` pixels at `dpi`.
struct Canvas {
  int w, h;
  double dpi;
  std::vector<unsigned char> px;
  Canvas(int width, int height, double d) : w(width), h(height), dpi(d), px(width * height, 255) {}
  void Dot(int x, int y) {
    if (x >= 0 && y >= 0 && x < w && y < h) px[static_cast<size_t>(y) * w + x] = 0;
  }
  void Rect(int x0, int y0, int x1, int y1) {  // filled
    for (int y = y0; y <= y1; ++y)
      for (int x = x0; x <= x1; ++x) Dot(x, y);
  }
  void Frame(int x0, int y0, int side, int t) {
    Rect(x0, y0, x0 + side, y0 + t - 1);
    Rect(x0, y0 + side - t + 1, x0 + side, y0 + side);
    Rect(x0, y0, x0 + t - 1, y0 + side);
    Rect(x0 + side - t + 1, y0, x0 + side, y0 + side);
  }
  void Cross(int x0, int y0, int side) {
    for (int i = 0; i <= side; ++i) {
      Dot(x0 + i, y0 + i);
      Dot(x0 + i + 1, y0 + i);
      Dot(x0 + side - i, y0 + i);
      Dot(x0 + side - i - 1, y0 + i);
    }
  }
  void Ring(int cx, int cy, int r, int t) {
    for (int y = cy - r; y <= cy + r; ++y)
      for (int x = cx - r; x <= cx + r; ++x) {
        int d2 = (x - cx) * (x - cx) + (y - cy) * (y - cy);
        if (d2 <= r * r && d2 >= (r - t) * (r - t)) Dot(x, y);
      }
  }
  GreyImage Image() const {
    GreyImage g;
    g.pixels = px.data();
    g.width = w;
    g.height = h;
    g.stride = w;
    g.dpi = dpi;
    return g;
  }
};

/// A ruled grid: rows at `ys` (rule positions), columns at `xs`.
inline std::vector<RuleSegment> Grid(const std::vector<double>& xs, const std::vector<double>& ys) {
  std::vector<RuleSegment> rules;
  for (double y : ys) rules.push_back(RuleSegment{true, y, xs.front(), xs.back(), 0.5});
  for (double x : xs) rules.push_back(RuleSegment{false, x, ys.front(), ys.back(), 0.5});
  return rules;
}

}  // namespace redovis::testing

namespace redovis::testing {

/// A page image of real print: tests/data/scans/text_block.pbm (the top of
/// sample 000's first page at 150 dpi, one bit a pixel, raw PBM) as a Canvas
/// of grey pixels (0 or 255) at 150 dpi; an empty canvas (0 x 0) when the
/// file is missing or not a raw PBM.
inline Canvas TextBlock() {
  std::ifstream f(std::string(redovis::testing::SourceDir()) + "/tests/data/scans/text_block.pbm",
                  std::ios::binary);
  std::string magic;
  int w = 0, h = 0;
  if (!(f >> magic >> w >> h) || magic != "P4" || w <= 0 || h <= 0) return Canvas(0, 0, 150);
  f.get();  // the one white-space byte before the bits
  std::vector<char> bits((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  const int row = (w + 7) / 8;
  if (bits.size() < static_cast<size_t>(row) * h) return Canvas(0, 0, 150);
  Canvas c(w, h, 150);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x)
      if (static_cast<unsigned char>(bits[static_cast<size_t>(y) * row + x / 8]) &
          (0x80 >> (x % 8)))
        c.Dot(x, y);
  return c;
}

}  // namespace redovis::testing

#endif  // REDOVIS_TESTS_LAYOUT_TEST_SUPPORT_H_
