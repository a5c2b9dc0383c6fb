// Rules and check boxes drawn on a page. See drawing.h.
#include "read/pdf/drawing.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <utility>

#include "base/utf8.h"
#include "read/glyphs.h"

namespace redovis {

namespace {

/// Runs [first, last] of ink along each line (a row or a column) of an
/// image, in order along the line; all lines' runs in one array.
struct RunTable {
  std::vector<int> start;                 ///< line i's runs: [start[i], start[i + 1])
  std::vector<std::pair<int, int>> runs;  ///< [first, last] along the line
  int lines() const { return static_cast<int>(start.size()) - 1; }
  const std::pair<int, int>* begin(int line) const { return runs.data() + start[line]; }
  const std::pair<int, int>* end(int line) const { return runs.data() + start[line + 1]; }
};

/// A run found while scanning rows, of the column `line`.
struct FoundRun {
  int line, first, last;
};

/// The table of `found` by column (`lines` columns), each column's runs in
/// the order they were found.
RunTable ByColumn(const std::vector<FoundRun>& found, int lines) {
  RunTable t;
  t.start.assign(lines + 1, 0);
  for (const FoundRun& r : found) ++t.start[r.line + 1];
  for (int i = 0; i < lines; ++i) t.start[i + 1] += t.start[i];
  std::vector<int> at(t.start.begin(), t.start.end() - 1);
  t.runs.resize(found.size());
  for (const FoundRun& r : found) t.runs[at[r.line]++] = {r.first, r.last};
  return t;
}

}  // namespace

// ---------------------------------------------------------------- drawn boxes

std::vector<PositionedWord> FindDrawnCheckboxes(const GreyImage& image,
                                                const std::vector<PositionedWord>& text) {
  return FindDrawnCheckboxes(InkOfGrey(image), text);
}

std::vector<PositionedWord> FindDrawnCheckboxes(const InkBitmap& image,
                                                const std::vector<PositionedWord>& text) {
  std::vector<PositionedWord> out;
  const int width = image.width, height = image.height, n = image.words_per_row;
  if (!WellFormed(image)) return out;
  const double scale = image.dpi / 72.0;  // pixels per point
  auto dark = [&](int x, int y) { return image.dark(x, y); };
  // A form check box is 5 to 20 points wide and about square (a box glyph of
  // a condensed font prints at 6.5). Its frame may touch a table rule, so it
  // is found by its two sides: vertical strokes as long as they are far
  // apart, with a top and a bottom edge between them.
  const int min_side = std::max(5, static_cast<int>(5 * scale));
  // Under 7 points a frame may be a bigger box's outer side paired with the
  // inner edge of its other side (a thick, noisy side on a fax): its inside
  // then holds a strip of that side, so only clear ink is a mark there.
  const int full_side = std::max(5, static_cast<int>(7 * scale));
  const int max_side = static_cast<int>(20 * scale) + 1;
  // Pixels of long horizontal strokes (table rules) do not count towards
  // vertical strokes: a box touching a rule keeps sides of its own length.
  auto is_rule = [&](int x, int y) {
    if (!dark(x, y)) return false;
    int a = x, b = x;
    while (a > 0 && dark(a - 1, y) && b - a <= max_side + 2) --a;
    while (b + 1 < width && dark(b + 1, y) && b - a <= max_side + 2) ++b;
    return b - a + 1 > max_side + 2;
  };
  // The side pixels of each row: ink that is not a rule; and as a side may
  // step one pixel sideways (a scan turned a little), a pixel counts when it
  // or its right neighbour is such ink.
  std::vector<uint64_t> sides(n);
  auto side_row = [&](int y) {
    const uint64_t* row = image.row(y);
    std::copy(row, row + n, sides.begin());
    ForEachRun(row, n, [&](int a, int b) {
      if (b - a + 1 > max_side + 2) ClearBits(sides.data(), a, b);
    });
    for (int k = 0; k < n; ++k) sides[k] |= (sides[k] >> 1) | (k + 1 < n ? sides[k + 1] << 63 : 0);
    return sides.data();
  };
  // Vertical runs of side pixels; a run may skip one light pixel (a scan's
  // speckle).
  std::vector<FoundRun> found_runs;
  std::vector<int> open(width, -1), last(width, -1);
  auto close = [&](int x) {
    int len = last[x] - open[x] + 1;
    if (len >= min_side - 2 && len <= max_side) found_runs.push_back(FoundRun{x, open[x], last[x]});
    open[x] = -1;
  };
  FollowColumns(
      n, height, side_row,
      [&](int x, int y) {
        if (open[x] >= 0 && y - last[x] > 2) close(x);
        if (open[x] < 0) open[x] = y;
      },
      [&](int x, int y) { last[x] = y - 1; });
  for (int x = 0; x < width; ++x)
    if (open[x] >= 0) close(x);
  const RunTable runs = ByColumn(found_runs, width);
  struct Run {
    int y0, y1;
  };
  struct Box {
    int x0, y0, x1, y1;
    CheckboxState state;
  };
  std::vector<Box> found;
  for (int x = 0; x < width; ++x) {
    for (const auto* it = runs.begin(x); it != runs.end(x); ++it) {
      const Run left{it->first, it->second};
      int len = left.y1 - left.y0 + 1;
      int tol = std::max(3, static_cast<int>(0.15 * len));
      bool done = false;
      // The right side is about `len` to the right: in columns xa..xb.
      const int xa = std::max(x + len - tol, x + min_side / 2 + 1);
      const int xb = std::min(x + len + tol, width - 1);
      if (xa > xb) continue;
      // A quick refusal first (most sides are a letter's strokes): a box's
      // top and bottom edges are ink along 85% of its width; the columns up
      // to the nearest right side must have ink near where they may lie,
      // enough that the widest box could make up the rest.
      const int m = xa - x, spare = xb - xa + 1;
      const int band_max = std::max(2, static_cast<int>(std::lround(0.1 * (xb - x + 1))));
      auto may_edge = [&](int r0, int r1) {
        return InkColumns(image, x, xa - 1, r0, r1) * 100 >= 85 * m - 15 * spare;
      };
      if (!may_edge(left.y0 - tol - 1, left.y0 + band_max - 1) ||
          !may_edge(left.y1 - band_max + 1, left.y1 + tol + 1))
        continue;
      for (int x2 = xa; x2 <= xb && !done; ++x2) {
        // A column's runs are in order of y0 (closed row by row): only those
        // starting within `tol` of the left side's top can pair with it.
        auto first =
            std::lower_bound(runs.begin(x2), runs.end(x2), left.y0 - tol,
                             [](const std::pair<int, int>& r, int y) { return r.first < y; });
        for (auto r = first; r != runs.end(x2) && r->first <= left.y0 + tol; ++r) {
          const Run right{r->first, r->second};
          if (std::abs(right.y1 - left.y1) > tol) continue;
          // Sides cut short by a rule: the frame reaches into the rule's row.
          int top = std::min(left.y0, right.y0), bottom = std::max(left.y1, right.y1);
          if (top > 0 && is_rule(x, top - 1)) --top;
          if (bottom + 1 < height && is_rule(x, bottom + 1)) ++bottom;
          Box b{x, top, x2, bottom, CheckboxState::kNone};
          bool seen = false;
          for (const Box& f : found)
            if (b.x0 <= f.x1 && f.x0 <= b.x1 && b.y0 <= f.y1 && f.y0 <= b.y1) seen = true;
          if (seen) continue;
          // Top and bottom edges dark along 85% of their length, within a band.
          int w = b.x1 - b.x0 + 1, h = b.y1 - b.y0 + 1;
          if (w < min_side || h < min_side || w * 4 < h * 3 || h * 4 < w * 3) continue;
          int band = std::max(2, static_cast<int>(std::lround(0.1 * std::min(w, h))));
          auto edge = [&](int from, int to) {
            return InkColumns(image, b.x0, b.x1, from, to) * 100 >= w * 85;
          };
          if (!edge(b.y0, b.y0 + band - 1) || !edge(b.y1 - band + 1, b.y1)) continue;
          // Thin sides (a bold letter's strokes are thick for its size).
          auto thickness = [&](int y, int x) {
            int n = 0;
            for (int cx = x; cx >= 0 && dark(cx, y); --cx) ++n;
            for (int cx = x + 1; cx < width && dark(cx, y); ++cx) ++n;
            return n;
          };
          int mid = (b.y0 + b.y1) / 2, most = std::max(3, static_cast<int>(0.15 * w));
          if (thickness(mid, b.x0) > most || thickness(mid, b.x1) > most) continue;
          // Square corners (an 'o' or a '0' has round ones).
          auto corner = [&](int cx0, int cy0) {
            return InkPixels(image, cx0, cx0 + band - 1, cy0, cy0 + band - 1) * 4 >= band * band;
          };
          if (!corner(b.x0, b.y0) || !corner(b.x1 - band + 1, b.y0) ||
              !corner(b.x0, b.y1 - band + 1) || !corner(b.x1 - band + 1, b.y1 - band + 1))
            continue;
          // The inside: empty, or crossed/ticked (some ink but not a solid fill).
          int ix0 = b.x0 + band + 1, ix1 = b.x1 - band - 1;
          int iy0 = b.y0 + band + 1, iy1 = b.y1 - band - 1;
          if (ix1 - ix0 < 1 || iy1 - iy0 < 1) continue;
          int ink = InkPixels(image, ix0, ix1, iy0, iy1), area = (ix1 - ix0 + 1) * (iy1 - iy0 + 1);
          double ratio = static_cast<double>(ink) / area;
          const double speck = w < full_side ? 0.15 : 0.05;
          b.state = ratio < 0.02    ? CheckboxState::kUnchecked
                    : ratio < speck ? CheckboxState::kNone  // a speck: cannot tell
                    : ratio < 0.65  ? CheckboxState::kChecked
                                    : CheckboxState::kNone;  // a solid square
          if (b.state == CheckboxState::kNone) continue;
          found.push_back(b);
          done = true;
          break;
        }
      }
    }
  }
  for (const Box& b : found) {
    PositionedWord word;
    word.x0 = b.x0 / scale;
    word.x1 = (b.x1 + 1) / scale;
    word.y0 = b.y0 / scale;
    word.y1 = (b.y1 + 1) / scale;
    if (FrameAroundText(word, text)) continue;
    word.text = b.state == CheckboxState::kChecked ? "\u2612" : "\u2610";
    word.font_size = word.y1 - word.y0;
    out.push_back(std::move(word));
  }
  return out;
}

bool FrameAroundText(const PositionedWord& frame, const std::vector<PositionedWord>& text) {
  const double area = (frame.x1 - frame.x0) * (frame.y1 - frame.y0);
  for (const PositionedWord& t : text) {
    double ox = std::min(t.x1, frame.x1) - std::max(t.x0, frame.x0);
    double oy = std::min(t.y1, frame.y1) - std::max(t.y0, frame.y0);
    if (ox > 0 && oy > 0 && ox * oy > 0.3 * area) return true;
    if (t.text.empty()) continue;
    size_t at = 0;
    const double cx = (t.x0 + t.x1) / 2, cy = (t.y0 + t.y1) / 2;
    if (TextBoxState(NextCodePoint(t.text, &at)) != CheckboxState::kNone && cx > frame.x0 &&
        cx < frame.x1 && cy > frame.y0 && cy < frame.y1)
      return true;
  }
  return false;
}

// ---------------------------------------------------------------- rules

namespace {

/// The runs of ink of at least `min_len` pixels along the rows (horizontal)
/// or the columns of `image`, found in one pass over its rows.
RunTable InkRuns(const InkBitmap& image, bool horizontal, int min_len) {
  const int width = image.width, height = image.height, n = image.words_per_row;
  if (horizontal) {
    RunTable t;
    t.start.reserve(height + 1);
    t.start.push_back(0);
    for (int y = 0; y < height; ++y) {
      ForEachRun(image.row(y), n, [&](int a, int b) {
        if (b - a + 1 >= min_len) t.runs.emplace_back(a, b);
      });
      t.start.push_back(static_cast<int>(t.runs.size()));
    }
    return t;
  }
  std::vector<FoundRun> found;
  std::vector<int> open(width, -1);
  FollowColumns(
      n, height, [&](int y) { return image.row(y); }, [&](int x, int y) { open[x] = y; },
      [&](int x, int y) {
        if (y - open[x] >= min_len) found.push_back(FoundRun{x, open[x], y - 1});
      });
  return ByColumn(found, width);
}

/// Joins runs into straight strokes: runs in rows (columns) at most 2 apart
/// that overlap or nearly touch along the axis belong to one stroke (a thin
/// rule on a scan is a staircase of short runs). A stroke is kept when it is
/// `min_len` long, at most `max_thickness` thick and mostly ink.
std::vector<RuleSegment> JoinStrokes(bool horizontal, const RunTable& runs, int min_len,
                                     int max_thickness, double scale) {
  const int gap = std::max(2, static_cast<int>(scale + 0.5));  // one point along the stroke
  struct Active {
    int first, last;  // across
    int from, to;     // along
    double sum;       // of the across positions, weighted by length
    long weight;      // ink along the stroke
    bool dead;
  };
  std::vector<RuleSegment> out;
  std::vector<Active> active, next;
  auto emit = [&](const Active& a) {
    int len = a.to - a.from + 1;
    if (len < min_len || a.last - a.first + 1 > max_thickness || a.weight * 10 < len * 6) return;
    RuleSegment r;
    r.horizontal = horizontal;
    r.pos = (a.sum / a.weight + 0.5) / scale;
    r.from = a.from / scale;
    r.to = (a.to + 1) / scale;
    r.width = (a.last - a.first + 1) / scale;
    out.push_back(r);
  };
  for (int c = 0; c < runs.lines(); ++c) {
    for (const auto* run = runs.begin(c); run != runs.end(c); ++run) {
      const auto [start, end] = *run;
      Active* into = nullptr;
      for (Active& s : active) {
        if (s.dead || s.last < c - 2 || s.to < start - gap || s.from > end + gap) continue;
        if (!into) {
          into = &s;
          continue;
        }
        // The run bridges two strokes: they are one.
        into->first = std::min(into->first, s.first);
        into->last = std::max(into->last, s.last);
        into->from = std::min(into->from, s.from);
        into->to = std::max(into->to, s.to);
        into->sum += s.sum;
        into->weight += s.weight;
        s.dead = true;
      }
      double len = end - start + 1;
      if (into) {
        into->last = c;
        into->from = std::min(into->from, start);
        into->to = std::max(into->to, end);
        into->sum += c * len;
        into->weight += static_cast<long>(len);
      } else {
        active.push_back(Active{c, c, start, end, c * len, static_cast<long>(len), false});
      }
    }
    next.clear();
    for (const Active& s : active) {
      if (s.dead) continue;
      if (s.last >= c - 2)
        next.push_back(s);
      else
        emit(s);
    }
    active.swap(next);
  }
  for (const Active& s : active)
    if (!s.dead) emit(s);
  return out;
}

}  // namespace

std::vector<RuleSegment> FindRules(const GreyImage& image) {
  return FindRules(InkOfGrey(image));
}

std::vector<RuleSegment> FindRules(const InkBitmap& image) {
  std::vector<RuleSegment> out;
  if (!WellFormed(image)) return out;
  const double scale = image.dpi / 72.0;
  int thick = std::max(3, static_cast<int>(3 * scale));  // a rule is at most 3 points thick
  int piece = std::max(3, static_cast<int>(4 * scale));  // pieces of a rule seen on a scan
  out = JoinStrokes(true, InkRuns(image, true, piece), static_cast<int>(15 * scale), thick, scale);
  std::vector<RuleSegment> v =
      JoinStrokes(false, InkRuns(image, false, piece), static_cast<int>(12 * scale), thick, scale);
  out.insert(out.end(), v.begin(), v.end());
  return out;
}

// ---------------------------------------------------------------- erasing

void EraseDrawing(const std::vector<RuleSegment>& rules, const std::vector<PositionedWord>& boxes,
                  int width, int height, double dpi, std::vector<unsigned char>* pixels) {
  if (width <= 0 || height <= 0 || dpi <= 0 || pixels->size() < static_cast<size_t>(width) * height)
    return;
  const double scale = dpi / 72.0;
  auto fill = [&](double x0, double y0, double x1, double y1) {
    int px0 = std::max(0, static_cast<int>(std::floor(x0 * scale)));
    int py0 = std::max(0, static_cast<int>(std::floor(y0 * scale)));
    int px1 = std::min(width - 1, static_cast<int>(std::ceil(x1 * scale)));
    int py1 = std::min(height - 1, static_cast<int>(std::ceil(y1 * scale)));
    for (int y = py0; y <= py1; ++y)
      std::fill(pixels->begin() + static_cast<size_t>(y) * width + px0,
                pixels->begin() + static_cast<size_t>(y) * width + px1 + 1, 255);
  };
  const double pad = 2.5 / scale;  // two pixels and a half around each stroke
  for (const RuleSegment& r : rules) {
    double half = r.width / 2 + pad;
    if (r.horizontal)
      fill(r.from, r.pos - half, r.to, r.pos + half);
    else
      fill(r.pos - half, r.from, r.pos + half, r.to);
  }
  for (const PositionedWord& b : boxes) fill(b.x0 - pad, b.y0 - pad, b.x1 + pad, b.y1 + pad);
}

}  // namespace redovis
