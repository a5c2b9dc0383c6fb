// A page rendering reduced to its ink: one bit per pixel, searched 64
// pixels at a time.
//
// In: a grey page image (GreyImage, layout_types.h). Out: an InkBitmap, and the primitives the
// searches for drawn boxes and rules (drawing.h) and for unread ink (ocr_page.h) read it with: runs
// of ink along a row, ink counted in a rectangle with popcount, columns followed down the rows
// where they change.
//
// Pure arithmetic on bits: this code knows nothing of PDF libraries, OCR,
// forms or languages. Nothing here fails, throws or prints; a bitmap owns its
// bits, the functions keep nothing.
#ifndef REDOVIS_READ_PDF_INK_BITMAP_H_
#define REDOVIS_READ_PDF_INK_BITMAP_H_

#include <algorithm>
#include <bit>
#include <cstdint>
#include <vector>

#include "read/pdf/layout_types.h"

namespace redovis {

/// Grey values below this are ink.
constexpr unsigned char kInkBelow = 150;

/// One page image reduced to its ink: a bit per pixel, set where the pixel is
/// dark (grey below kInkBelow). Each row is `words_per_row` 64-bit words, its
/// leftmost pixel in the lowest bit of the first; bits past `width` are clear.
/// The searches for drawn boxes and rules read it a row of 64 pixels at a time.
struct InkBitmap {
  int width = 0, height = 0, words_per_row = 0;
  double dpi = 300;            ///< resolution the page was rendered at
  std::vector<uint64_t> bits;  ///< `height` rows of `words_per_row` words
  /// The words of row `y` (0 <= y < height).
  const uint64_t* row(int y) const { return bits.data() + static_cast<size_t>(y) * words_per_row; }
  /// True when the pixel (x, y), inside the image, is ink.
  bool dark(int x, int y) const { return (row(y)[x >> 6] >> (x & 63)) & 1; }
};

/// The ink of a grey image. An empty bitmap (width 0) when the image is
/// empty, malformed or larger than 80 million pixels.
InkBitmap InkOfGrey(const GreyImage& image);

/// True when `image` has pixels and its words are laid out as InkBitmap says.
/// The searches below assume it; a bitmap from InkOfGrey is
/// well formed unless it is empty.
bool WellFormed(const InkBitmap& image);

/// The first pixel at or after `from` of a row of `n` words that is ink
/// (`ink` true) or background, or n * 64 when there is none.
template <bool ink>
int NextPixel(const uint64_t* row, int n, int from) {
  int k = from >> 6;
  if (k >= n) return n * 64;
  uint64_t w = (ink ? row[k] : ~row[k]) & (~uint64_t{0} << (from & 63));
  while (w == 0) {
    if (++k == n) return n * 64;
    w = ink ? row[k] : ~row[k];
  }
  return k * 64 + __builtin_ctzll(w);
}

/// Calls `f(first, last)` for each run of ink along a row of `n` words, left
/// to right. The bits past the image's width must be clear.
template <typename F>
void ForEachRun(const uint64_t* row, int n, F f) {
  for (int x = NextPixel<true>(row, n, 0); x < n * 64;) {
    int end = NextPixel<false>(row, n, x);
    f(x, end - 1);
    x = NextPixel<true>(row, n, end);
  }
}

/// Calls `f(x)` for each set bit of `w`, the word that holds pixels
/// `base` to `base + 63`, left to right.
template <typename F>
void ForEachBit(uint64_t w, int base, F f) {
  while (w != 0) {
    f(base + __builtin_ctzll(w));
    w &= w - 1;
  }
}

/// The bits of word `k` of a row that hold pixels `x0` to `x1`.
inline uint64_t SpanMask(int k, int x0, int x1) {
  int lo = std::max(x0 - k * 64, 0), hi = std::min(x1 - k * 64, 63);
  if (lo > hi) return 0;
  uint64_t mask = ~uint64_t{0} << lo;
  if (hi < 63) mask &= (uint64_t{1} << (hi + 1)) - 1;
  return mask;
}

/// Clears the bits `first` to `last` of a row.
inline void ClearBits(uint64_t* row, int first, int last) {
  for (int k = first >> 6; k <= last >> 6; ++k) row[k] &= ~SpanMask(k, first, last);
}

/// The number of columns from `x0` to `x1` with ink in any of the rows `y0`
/// to `y1`; both ranges are cut to the image (0 when nothing is left).
inline int InkColumns(const InkBitmap& image, int x0, int x1, int y0, int y1) {
  x0 = std::max(x0, 0), x1 = std::min(x1, image.width - 1);
  y0 = std::max(y0, 0), y1 = std::min(y1, image.height - 1);
  if (x0 > x1 || y0 > y1) return 0;
  int count = 0;
  for (int k = x0 >> 6; k <= x1 >> 6; ++k) {
    uint64_t any = 0;
    for (int y = y0; y <= y1; ++y) any |= image.row(y)[k];
    count += std::popcount(any & SpanMask(k, x0, x1));
  }
  return count;
}

/// The number of ink pixels in the rectangle `x0`..`x1` by `y0`..`y1`, cut
/// to the image (0 when nothing is left).
inline int InkPixels(const InkBitmap& image, int x0, int x1, int y0, int y1) {
  x0 = std::max(x0, 0), x1 = std::min(x1, image.width - 1);
  y0 = std::max(y0, 0), y1 = std::min(y1, image.height - 1);
  int count = 0;
  for (int y = y0; y <= y1 && x0 <= x1; ++y)
    for (int k = x0 >> 6; k <= x1 >> 6; ++k)
      count += std::popcount(image.row(y)[k] & SpanMask(k, x0, x1));
  return count;
}

/// Follows vertical runs down the columns of an image whose rows `row(y)`
/// gives (words of bits), calling `begin(x, y)` where a column's run starts
/// at row y and `end(x, y)` where one ended at row y - 1 (y == height for
/// runs that reach the bottom). Only the rows' changes are visited.
template <typename Row, typename Begin, typename End>
void FollowColumns(int n, int height, Row row, Begin begin, End end) {
  std::vector<uint64_t> prev(n, 0);
  bool prev_any = false;
  for (int y = 0; y <= height; ++y) {
    const uint64_t* cur = y < height ? row(y) : nullptr;
    bool any = false;
    if (cur)
      for (int k = 0; k < n; ++k) any |= cur[k] != 0;
    if (!any && !prev_any) continue;
    for (int k = 0; k < n; ++k) {
      uint64_t now = any ? cur[k] : 0;
      ForEachBit(prev[k] & ~now, k * 64, [&](int x) { end(x, y); });
      ForEachBit(now & ~prev[k], k * 64, [&](int x) { begin(x, y); });
      prev[k] = now;
    }
    prev_any = any;
  }
}

}  // namespace redovis

#endif  // REDOVIS_READ_PDF_INK_BITMAP_H_
