// See page_pixels.h.
#include "read/ocr/page_pixels.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <vector>

namespace redovis {

namespace {

/// The chroma (spread of a pixel's colours, 0-255) that scanner noise and
/// JPEG's colour bleeding give black print and white paper; beyond it a
/// pixel is coloured ink.
constexpr int kChromaSlack = 40;

}  // namespace

std::vector<unsigned char> BlackPrintOf(const unsigned char* pixels, int width, int height,
                                        int stride, double dpi, GreyImage* out) {
  *out = GreyImage();
  std::vector<unsigned char> grey;
  if (pixels == nullptr || width <= 0 || height <= 0 || stride < 4 * width) return grey;
  grey.resize(static_cast<size_t>(width) * height);
  for (int y = 0; y < height; ++y) {
    const unsigned char* p = pixels + static_cast<size_t>(y) * stride;
    unsigned char* g = grey.data() + static_cast<size_t>(y) * width;
    for (int x = 0; x < width; ++x, p += 4) {
      int lo = std::min({p[0], p[1], p[2]}), hi = std::max({p[0], p[1], p[2]});
      int v = (p[0] + p[1] + p[2] + 1) / 3 + 2 * std::max(0, hi - lo - kChromaSlack);
      g[x] = static_cast<unsigned char>(std::min(255, v));
    }
  }
  out->pixels = grey.data();
  out->width = width;
  out->height = height;
  out->stride = width;
  out->dpi = dpi;
  return grey;
}

std::vector<unsigned char> Turned(const GreyImage& image, int degrees, GreyImage* out) {
  *out = GreyImage();
  std::vector<unsigned char> pixels;
  if (image.pixels == nullptr || image.width <= 0 || image.height <= 0 ||
      image.stride < image.width)
    return pixels;
  const int w = image.width, h = image.height;
  const bool sideways = degrees == 90 || degrees == 270;
  const int ow = sideways ? h : w, oh = sideways ? w : h;
  pixels.resize(static_cast<size_t>(w) * h);
  for (int y = 0; y < h; ++y) {
    const unsigned char* row = image.pixels + static_cast<size_t>(y) * image.stride;
    for (int x = 0; x < w; ++x) {
      // Where (x, y) lands when the page turns clockwise about its centre.
      int nx = x, ny = y;
      if (degrees == 90) nx = h - 1 - y, ny = x;
      if (degrees == 180) nx = w - 1 - x, ny = h - 1 - y;
      if (degrees == 270) nx = y, ny = w - 1 - x;
      pixels[static_cast<size_t>(ny) * ow + nx] = row[x];
    }
  }
  out->pixels = pixels.data();
  out->width = ow;
  out->height = oh;
  out->stride = ow;
  out->dpi = image.dpi;
  return pixels;
}

std::vector<InkMark> InkMarks(const GreyImage& image, unsigned char below,
                              std::vector<uint8_t> seen) {
  std::vector<InkMark> marks;
  const int w = image.width, h = image.height;
  if (image.pixels == nullptr || w <= 0 || h <= 0 || image.stride < w) return marks;
  seen.resize(static_cast<size_t>(w) * h, 0);
  auto dark = [&](int x, int y) {
    return image.pixels[static_cast<size_t>(y) * image.stride + x] < below;
  };
  std::vector<int> stack;
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      const size_t at = static_cast<size_t>(y) * w + x;
      if (seen[at] || !dark(x, y)) continue;
      InkMark m{x, y, x, y, 0};
      seen[at] = 1;
      stack.assign(1, static_cast<int>(at));
      while (!stack.empty()) {
        const int p = stack.back();
        stack.pop_back();
        ++m.pixels;
        const int px = p % w, py = p / w;
        m.x0 = std::min(m.x0, px), m.x1 = std::max(m.x1, px);
        m.y0 = std::min(m.y0, py), m.y1 = std::max(m.y1, py);
        for (int dy = -1; dy <= 1; ++dy)
          for (int dx = -1; dx <= 1; ++dx) {
            const int nx = px + dx, ny = py + dy;
            if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
            const size_t n = static_cast<size_t>(ny) * w + nx;
            if (seen[n] || !dark(nx, ny)) continue;
            seen[n] = 1;
            stack.push_back(static_cast<int>(n));
          }
      }
      marks.push_back(m);
    }
  return marks;
}

namespace {

/// The marks of `image` (dark under 128) of a letter's size.
std::vector<InkMark> LetterMarks(const GreyImage& image) {
  std::vector<InkMark> marks = InkMarks(image, 128);
  const double pt = image.dpi / 72.0;
  marks.erase(std::remove_if(marks.begin(), marks.end(),
                             [&](const InkMark& m) {
                               const double mw = (m.x1 - m.x0 + 1) / pt,
                                            mh = (m.y1 - m.y0 + 1) / pt;
                               return mw < 1.5 || mh < 1.5 || mw > 15 || mh > 15;
                             }),
              marks.end());
  return marks;
}

/// Whether `b` is close after `a` along one axis (a gap under a third of
/// the larger extent of either, a letter's height however narrow it is)
/// and overlaps half of the smaller across it.
bool CloseAfter(int a_lo, int a_hi, int b_lo, int b_hi, int a_across_lo, int a_across_hi,
                int b_across_lo, int b_across_hi) {
  const int gap = b_lo - a_hi - 1;
  const int size =
      std::max({a_hi - a_lo, b_hi - b_lo, a_across_hi - a_across_lo, b_across_hi - b_across_lo}) +
      1;
  if (gap < 0 || 3 * gap >= size) return false;
  const int overlap = std::min(a_across_hi, b_across_hi) - std::max(a_across_lo, b_across_lo) + 1;
  const int across = std::min(a_across_hi - a_across_lo, b_across_hi - b_across_lo) + 1;
  return 2 * overlap >= across;
}

/// How many of `marks` have a mark close after them (CloseAfter) along the
/// page (`down`) or across it, looked for among the marks that start within
/// their own extent after their end (`marks` sorted so).
long WithCloseNeighbour(std::vector<InkMark>* marks, bool down) {
  auto lo = [down](const InkMark& m) { return down ? m.y0 : m.x0; };
  auto hi = [down](const InkMark& m) { return down ? m.y1 : m.x1; };
  auto across_lo = [down](const InkMark& m) { return down ? m.x0 : m.y0; };
  auto across_hi = [down](const InkMark& m) { return down ? m.x1 : m.y1; };
  std::sort(marks->begin(), marks->end(),
            [&](const InkMark& a, const InkMark& b) { return lo(a) < lo(b); });
  const std::vector<InkMark>& m = *marks;
  long count = 0;
  for (size_t i = 0; i < m.size(); ++i)
    for (size_t j = i + 1; j < m.size() && lo(m[j]) <= hi(m[i]) + (hi(m[i]) - lo(m[i])); ++j)
      if (CloseAfter(lo(m[i]), hi(m[i]), lo(m[j]), hi(m[j]), across_lo(m[i]), across_hi(m[i]),
                     across_lo(m[j]), across_hi(m[j]))) {
        ++count;
        break;
      }
  return count;
}

/// The letter marks of `image` at 150 dpi or the nearest above it (the
/// darkest of each block of pixels): letters are told at 150 dpi as well,
/// and a page at half its resolution costs a quarter as much to look at.
/// None for an empty, malformed or huge image.
std::vector<InkMark> SmallLetterMarks(const GreyImage& image) {
  if (image.pixels == nullptr || image.width <= 0 || image.height <= 0 ||
      image.stride < image.width || image.dpi <= 0 ||
      static_cast<double>(image.width) * image.height > 80e6)
    return {};
  const int f = std::max(1, static_cast<int>(image.dpi / 150));
  GreyImage small;
  small.width = image.width / f, small.height = image.height / f;
  small.stride = small.width, small.dpi = image.dpi / f;
  if (small.width <= 0 || small.height <= 0) return {};
  std::vector<unsigned char> pixels(static_cast<size_t>(small.width) * small.height, 255);
  for (int y = 0; y < small.height * f; ++y) {
    const unsigned char* row = image.pixels + static_cast<size_t>(y) * image.stride;
    unsigned char* out = pixels.data() + static_cast<size_t>(y / f) * small.width;
    for (int x = 0; x < small.width * f; ++x) out[x / f] = std::min(out[x / f], row[x]);
  }
  small.pixels = pixels.data();
  return LetterMarks(small);
}

/// Of `marks`, the pairs of neighbours close beside each other (a mark
/// close after another across the page, overlapping half the smaller's
/// height) where one is taller than the other on the same foot (`*same_foot`)
/// or at the same head (`*same_head`).
void TallerNeighbours(std::vector<InkMark>* marks, long* same_foot, long* same_head) {
  std::sort(marks->begin(), marks->end(),
            [](const InkMark& a, const InkMark& b) { return a.x0 < b.x0; });
  const std::vector<InkMark>& m = *marks;
  *same_foot = *same_head = 0;
  for (size_t i = 0; i < m.size(); ++i) {
    const InkMark& a = m[i];
    for (size_t j = i + 1; j < m.size() && m[j].x0 <= a.x1 + (a.x1 - a.x0); ++j) {
      const InkMark& b = m[j];
      if (!CloseAfter(a.x0, a.x1, b.x0, b.x1, a.y0, a.y1, b.y0, b.y1)) continue;
      // Level within a sixth of the shorter's height; taller by half of it.
      const int slack = std::max(1, (std::min(a.y1 - a.y0, b.y1 - b.y0) + 1) / 6);
      const int head = std::abs(a.y0 - b.y0), foot = std::abs(a.y1 - b.y1);
      if (foot <= slack && head >= 3 * slack) ++*same_foot;
      if (head <= slack && foot >= 3 * slack) ++*same_head;
      break;
    }
  }
}

}  // namespace

PrintLie LieOfPrint(const GreyImage& image) {
  std::vector<InkMark> marks = SmallLetterMarks(image);
  const long across = WithCloseNeighbour(&marks, false), along = WithCloseNeighbour(&marks, true);
  if (along >= 100 && along >= 2 * across) return PrintLie::kSideways;
  long same_foot = 0, same_head = 0;
  TallerNeighbours(&marks, &same_foot, &same_head);
  if (same_head >= 10 && same_head >= 2 * same_foot) return PrintLie::kUpsideDown;
  return PrintLie::kUpright;
}

}  // namespace redovis
