// A page's positioned runs laid out as lines of text. See positioned_runs.h.
#include "read/text/positioned_runs.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <string>
#include <vector>

#include "base/text_util.h"
#include "base/utf8.h"

namespace redovis {
namespace {

constexpr double kColumnPerSize = 0.4;    // a column's width, in font sizes
constexpr double kSameLinePerSize = 0.3;  // tops this close: one line
constexpr double kLinePerSize = 1.45;     // a line's height, for blank lines
constexpr int kMaxBlankLines = 3;
constexpr long kMaxColumn = 1000;  // wider than any page's line at any size

// A number the markup wrote that is not finite (NaN, an overflow) as 0.
double Finite(double v) {
  return std::isfinite(v) ? v : 0;
}

}  // namespace

void LayOutPage(std::vector<PositionedRun> runs, std::string* out) {
  runs.erase(std::remove_if(runs.begin(), runs.end(),
                            [](const PositionedRun& r) { return Trim(r.text).empty(); }),
             runs.end());
  if (runs.empty()) return;
  for (PositionedRun& r : runs) {
    r.top = Finite(r.top);
    r.left = Finite(r.left);
    r.size = Finite(r.size);
  }
  std::vector<double> sizes;
  sizes.reserve(runs.size());
  for (const PositionedRun& r : runs)
    if (r.size > 0) sizes.push_back(r.size);
  std::stable_sort(runs.begin(), runs.end(), [](const PositionedRun& a, const PositionedRun& b) {
    return a.top != b.top ? a.top < b.top : a.left < b.left;
  });
  if (sizes.empty()) {  // no size to measure columns by: a run a line
    for (const PositionedRun& r : runs) *out += Trim(r.text) + "\n";
    out->push_back('\f');
    return;
  }
  std::nth_element(sizes.begin(), sizes.begin() + static_cast<std::ptrdiff_t>(sizes.size() / 2),
                   sizes.end());
  const double size = sizes[sizes.size() / 2];
  const double column = size * kColumnPerSize;
  size_t i = 0;
  double last_top = 0;
  bool first = true;
  while (i < runs.size()) {
    double top = runs[i].top;
    size_t end = i + 1;
    while (end < runs.size() && runs[end].top - top <= size * kSameLinePerSize) ++end;
    std::stable_sort(
        runs.begin() + static_cast<std::ptrdiff_t>(i),
        runs.begin() + static_cast<std::ptrdiff_t>(end),
        [](const PositionedRun& a, const PositionedRun& b) { return a.left < b.left; });
    if (!first) {
      double lines = std::fmin((top - last_top) / (size * kLinePerSize), kMaxBlankLines + 1.0);
      out->append(static_cast<size_t>(std::max(0L, std::lround(lines) - 1)), '\n');
    }
    first = false;
    last_top = top;
    size_t width = 0;  // the line's columns so far, a code point each
    for (; i < end; ++i) {
      std::string text = Trim(runs[i].text);
      // fmax and fmin take a NaN (a size too small to divide by) for 0.
      double at = std::fmin(std::fmax(0.0, runs[i].left / column), static_cast<double>(kMaxColumn));
      size_t col = static_cast<size_t>(std::lround(at));
      if (width > 0 && col < width + 2) col = width + 2;
      out->append(col - width, ' ');
      out->append(text);
      width = col + CodePointCount(text);
    }
    out->push_back('\n');
  }
  out->push_back('\f');
}

}  // namespace redovis
