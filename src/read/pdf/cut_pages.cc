#include "read/pdf/cut_pages.h"

namespace redovis {
namespace {

constexpr double kSlack = 1.0;  // points: a glyph's box may overhang by a hair

}  // namespace

bool RunsPastEdge(const PositionedPage& page) {
  if (page.width <= 0 || page.height <= 0) return false;
  for (const PositionedWord& w : page.words)
    if (w.x0 < -kSlack || w.y0 < -kSlack || w.x1 > page.width + kSlack ||
        w.y1 > page.height + kSlack)
      return true;
  return false;
}

}  // namespace redovis
