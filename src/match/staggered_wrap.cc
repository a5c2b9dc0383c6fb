#include "match/staggered_wrap.h"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "base/text_util.h"
#include "base/utf8.h"

namespace redovis {

namespace {

// Whether every piece of `next` starts right of `value_x0` (one at least).
bool Beside(const Line& next, double value_x0) {
  bool any = false;
  for (const Cell& b : next.cells) {
    if (b.text.empty()) continue;
    if (b.x0 < 0 || b.x0 <= value_x0) return false;
    any = true;
  }
  return any;
}

}  // namespace

const Cell* WrapPastLinesBeside(const Line& line, const Cell& cell, double value_x0,
                                std::span<const Line* const> below, size_t* index) {
  if (cell.x0 < 0) return nullptr;
  const Line* prev = &line;
  size_t k = 0;
  for (; k < below.size(); ++k) {
    const Line& l = *below[k];
    if (l.Blank() || l.page != line.page || l.number != prev->number + 1) return nullptr;
    if (!Beside(l, value_x0)) break;
    prev = &l;
  }
  if (k == 0 || k == below.size()) return nullptr;
  for (const Cell& a : below[k]->cells) {
    if (a.text.empty() || a.x0 < 0 || a.x0 < cell.x0 - 1 || a.x0 > value_x0 + 1) continue;
    *index = k;
    return &a;
  }
  return nullptr;
}

const Cell* NumberRestUnder(const Line& line, const Cell& cell,
                            std::span<const Line* const> below) {
  if (cell.x0 < 0) return nullptr;
  const Line* prev = &line;
  for (size_t k = 0; k < below.size() && k < 3; ++k) {
    const Line& l = *below[k];
    if (l.Blank() || l.page != line.page || l.number != prev->number + 1) return nullptr;
    prev = &l;
    for (const Cell& a : l.cells) {
      if (a.text.empty() || a.x0 < 0) continue;
      const std::string_view t = a.text;
      size_t d = t.size();
      while (d > 0 && IsAsciiDigit(t[d - 1])) --d;
      if (d == t.size()) continue;
      if (d == 0) {  // digits alone: where the cell's wrap starts
        if (std::abs(a.x0 - cell.x0) <= 1) return &a;
        continue;
      }
      // The last character before the digits: a letter.
      const size_t before = CodePointStart(t, d - 1);
      if (LetterCount(t.substr(before, d - before)) == 0) continue;
      const double at = a.x0 + static_cast<double>(CodePointCount(t.substr(0, d)));
      if (at >= cell.x0 && at < cell.x1) return &a;
    }
  }
  return nullptr;
}

}  // namespace redovis
