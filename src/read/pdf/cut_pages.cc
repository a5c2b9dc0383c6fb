#include "read/pdf/cut_pages.h"

#include <cstdlib>

namespace redovis {
namespace {

const std::string kCutPageMarker = "page_cut: page ";
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

std::string CutPageNote(int page) {
  return kCutPageMarker + std::to_string(page) +
         ": its text runs past the page's edge (laid out for a larger sheet), so its words were "
         "left out";
}

bool IsCutPageNote(const std::string& warning, int* page) {
  if (warning.compare(0, kCutPageMarker.size(), kCutPageMarker) != 0) return false;
  *page = std::atoi(warning.c_str() + kCutPageMarker.size());
  return true;
}

}  // namespace redovis
