// A sheet of four pages, two by two. See sheet_grid.h.
#include "read/pdf/sheet_grid.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace redovis {

namespace {

constexpr size_t kMinWords = 20;
/// Words a quarter needs to count as holding a page.
constexpr size_t kMinQuarterWords = 3;
/// How far the pages' text may begin apart, as a share of the sheet's side.
constexpr double kSameMargin = 0.04;
/// The least share of its quarter's width a page's text spans.
constexpr double kPageSpan = 0.15;
/// Gutters as wide as two pages' margins make them, as a share of the
/// sheet's width (the vertical one) and height (the horizontal one).
constexpr double kWideColumnGutter = 0.06, kWideRowGutter = 0.04;
/// The greatest median word height, as a share of the sheet's height, of
/// text shrunk onto a sheet of four pages (10-point text at half size is
/// 5 points high, 0.6% of an A4 sheet; a page's own text is 1% or more).
constexpr double kShrunkText = 0.0085;
/// Wider gutters than these are a page's blank space, not margins.
constexpr double kMaxColumnGutter = 0.25, kMaxRowGutter = 0.2;

/// A run of empty points [from, to) along one axis.
struct Gap {
  double from = 0, to = 0;
};

/// The run of unoccupied whole points of `occupied` (index 0 at `origin`)
/// that holds the point `at`, if it is at least `min_size` long; else none.
std::optional<Gap> GapAt(const std::vector<bool>& occupied, double origin, double at,
                         double min_size) {
  const double offset = std::floor(at - origin);
  if (offset < 0 || offset >= static_cast<double>(occupied.size())) return std::nullopt;
  size_t i = static_cast<size_t>(offset), j = i;
  if (occupied[i]) return std::nullopt;
  while (i > 0 && !occupied[i - 1]) --i;
  while (j < occupied.size() && !occupied[j]) ++j;
  Gap g{origin + static_cast<double>(i), origin + static_cast<double>(j)};
  if (g.to - g.from < min_size) return std::nullopt;
  return g;
}

/// Marks the points of [from, to) (relative to `origin`) as occupied.
void Occupy(std::vector<bool>* occupied, double origin, double from, double to) {
  if (!(to > from) || occupied->empty()) return;
  const double n = static_cast<double>(occupied->size());
  const double a = std::clamp(std::floor(from - origin), 0.0, n);
  const double b = std::clamp(std::ceil(to - origin), 0.0, n);
  for (size_t k = static_cast<size_t>(a); k < static_cast<size_t>(b); ++k) (*occupied)[k] = true;
}

struct Quarter {
  SheetBox part;
  size_t words = 0;
  double min_x = 1e300, min_y = 1e300, max_x = -1e300;
};

}  // namespace

std::vector<SheetBox> FindPageGrid(const std::vector<SheetBox>& words,
                                   const std::vector<RuleSegment>& rules, double left, double top,
                                   double width, double height) {
  if (words.size() < kMinWords || !(width > 1) || !(height > 1) || width > 1e5 || height > 1e5)
    return {};
  std::vector<bool> by_x(static_cast<size_t>(std::ceil(width)), false);
  std::vector<bool> by_y(static_cast<size_t>(std::ceil(height)), false);
  for (const SheetBox& w : words) {
    Occupy(&by_x, left, w.x0, w.x1);
    Occupy(&by_y, top, w.y0, w.y1);
  }
  for (const RuleSegment& r : rules) {
    const double half = std::max(r.width / 2, 0.5);
    if (r.horizontal) {
      Occupy(&by_x, left, r.from, r.to);
      Occupy(&by_y, top, r.pos - half, r.pos + half);
    } else {
      Occupy(&by_y, top, r.from, r.to);
      Occupy(&by_x, left, r.pos - half, r.pos + half);
    }
  }
  // Pages are placed by the sheet's halves: the gutters hold its middle lines.
  const double half_x = left + width / 2, half_y = top + height / 2;
  std::optional<Gap> column = GapAt(by_x, left, half_x, 0.02 * width);
  if (!column || column->to - column->from > kMaxColumnGutter * width) return {};
  std::optional<Gap> row = GapAt(by_y, top, half_y, 0.01 * height);
  const double mx = half_x, my = half_y;
  Quarter q[4];
  q[0].part = {left, top, mx, my};
  q[1].part = {mx, top, left + width, my};
  q[2].part = {left, my, mx, top + height};
  q[3].part = {mx, my, left + width, top + height};
  std::vector<double> heights;
  heights.reserve(words.size());
  for (const SheetBox& w : words) {
    const int k = ((w.x0 + w.x1) / 2 < mx ? 0 : 1) + ((w.y0 + w.y1) / 2 < my ? 0 : 2);
    ++q[k].words;
    q[k].min_x = std::min(q[k].min_x, w.x0);
    q[k].min_y = std::min(q[k].min_y, w.y0);
    q[k].max_x = std::max(q[k].max_x, w.x1);
    heights.push_back(w.y1 - w.y0);
  }
  // A page's lines run across its quarter; a column of answers does not.
  auto spans = [&](const Quarter& x) {
    return x.max_x - x.min_x >= kPageSpan * (x.part.x1 - x.part.x0);
  };
  // Each page's text begins as far into its half of the sheet as the first
  // page's into its own.
  auto same_left = [&](const Quarter& a, const Quarter& right) {
    return std::fabs((right.min_x - half_x) - (a.min_x - left)) <= kSameMargin * width;
  };
  auto same_top = [&](const Quarter& a, const Quarter& below) {
    return std::fabs((below.min_y - half_y) - (a.min_y - top)) <= kSameMargin * height;
  };
  const bool wide_column = column->to - column->from >= kWideColumnGutter * width;
  if (q[0].words < kMinQuarterWords || q[1].words < kMinQuarterWords || !spans(q[0]) ||
      !spans(q[1]))
    return {};
  // The last sheet of a print may hold its two pages in the top row only:
  // the bottom half empty, the text shrunk as a 4-up print shrinks it.
  if (q[2].words == 0 && q[3].words == 0) {
    std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
    if (heights[heights.size() / 2] > kShrunkText * height) return {};
    if (!wide_column && !same_left(q[0], q[1])) return {};
    return {SheetBox{left, top, mx, top + height}, SheetBox{mx, top, left + width, top + height}};
  }
  if (!row || row->to - row->from > kMaxRowGutter * height) return {};
  if (q[2].words < kMinQuarterWords || !spans(q[2])) return {};
  const bool fourth = q[3].words >= kMinQuarterWords;
  if (!fourth && q[3].words > 0) return {};  // a few words alone there: not a page
  if (fourth && !spans(q[3])) return {};
  if (!wide_column || row->to - row->from < kWideRowGutter * height) {
    if (!same_left(q[0], q[1]) || !same_top(q[0], q[2])) return {};
    if (fourth && (!same_left(q[2], q[3]) || !same_top(q[1], q[3]))) return {};
  }
  std::vector<SheetBox> out = {q[0].part, q[1].part, q[2].part};
  if (fourth) out.push_back(q[3].part);
  return out;
}

}  // namespace redovis
