// A sideways PDF page turned upright. See page_turn.h.
#include "read/pdf/page_turn.h"

#include <algorithm>
#include <utility>

namespace redovis {

namespace {

/// `rotation` as 0-3.
int Quarter(int rotation) {
  return ((rotation % 4) + 4) % 4;
}

}  // namespace

int MainRotation(const std::vector<PositionedWord>& words) {
  size_t chars[4] = {0, 0, 0, 0};
  for (const PositionedWord& w : words) chars[Quarter(w.rotation)] += w.text.size() + 1;
  return static_cast<int>(std::max_element(chars, chars + 4) - chars);
}

void TurnBoxUpright(int rotation, double width, double height, double* x0, double* y0, double* x1,
                    double* y1) {
  const double a0 = *x0, a1 = *x1, b0 = *y0, b1 = *y1;
  switch (Quarter(rotation)) {
    case 1:  // top to bottom: turn the page a quarter counter-clockwise
      *x0 = b0, *x1 = b1, *y0 = width - a1, *y1 = width - a0;
      break;
    case 2:  // upside down
      *x0 = width - a1, *x1 = width - a0, *y0 = height - b1, *y1 = height - b0;
      break;
    case 3:  // bottom to top
      *x0 = height - b1, *x1 = height - b0, *y0 = a0, *y1 = a1;
      break;
    default:
      break;
  }
}

void TurnPageUpright(int rotation, PositionedPage* page, PagePaths* paths) {
  const int r = Quarter(rotation);
  if (r == 0) return;
  const double w = page->width, h = page->height;
  for (PositionedWord& word : page->words) {
    TurnBoxUpright(r, w, h, &word.x0, &word.y0, &word.x1, &word.y1);
    word.rotation = Quarter(word.rotation - r);
  }
  for (PositionedWord& p : paths->pictures) TurnBoxUpright(r, w, h, &p.x0, &p.y0, &p.x1, &p.y1);
  for (PaintedPath& path : paths->paths)
    for (Subpath& s : path.subpaths)
      for (PathPoint& pt : s.points) {
        // A point is a box of no size.
        double x0 = pt.x, y0 = pt.y, x1 = pt.x, y1 = pt.y;
        TurnBoxUpright(r, w, h, &x0, &y0, &x1, &y1);
        pt.x = x0, pt.y = y0;
      }
  if (r == 1 || r == 3) std::swap(page->width, page->height);
}

}  // namespace redovis
