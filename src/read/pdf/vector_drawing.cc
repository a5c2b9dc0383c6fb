// Rules and check boxes from a page's painted paths. See vector_drawing.h.
#include "read/pdf/vector_drawing.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "read/pdf/drawing.h"

namespace redovis {

namespace {

// The sizes below are those drawing.h measures on a 100 dpi rendering, in
// points: a pixel there is 0.72 points, and its thresholds are whole pixels.
constexpr double kPixel = 72.0 / 100;
constexpr double kMinHorizontalRule = 20 * kPixel;  // 15 points, to the pixel
constexpr double kMinVerticalRule = 16 * kPixel;    // 12 points, to the pixel
constexpr double kMaxRuleWidth = 4 * kPixel;        // 3 points, to the pixel
constexpr double kMinBoxSide = 9 * kPixel;          // 7 points, to the pixel
constexpr double kMaxBoxSide = 28 * kPixel;         // 20 points, and one pixel
constexpr double kSlant = 0.5;                      // an axis-parallel piece may lean so far
// A strike: a line no thicker than a fifth of the word's height, its middle
// within these shares of the word's box from its top (an underline runs
// lower, under the baseline), over this share of the word's width.
constexpr double kStrikeWidth = 0.2;
constexpr double kStrikeTop = 0.3;
constexpr double kStrikeBottom = 0.68;
constexpr double kStrikeCover = 0.8;

/// A straight, axis-parallel piece of dark paint.
struct Edge {
  bool horizontal = true;
  double pos = 0;           ///< y of a horizontal edge, x of a vertical one (its middle line)
  double from = 0, to = 0;  ///< its extent along the other axis
  double width = 0;         ///< its thickness
  int path = -1;            ///< the index of the path it was painted by
};

/// An axis-parallel rectangle.
struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double w() const { return x1 - x0; }
  double h() const { return y1 - y0; }
};

/// The subpath as a rectangle when it is one: four straight sides, each
/// parallel to an axis.
bool AsRectangle(const Subpath& s, Box* out) {
  const std::vector<PathPoint>& p = s.points;
  size_t n = p.size();
  if (n > 4 && std::fabs(p[n - 1].x - p[0].x) < 1e-6 && std::fabs(p[n - 1].y - p[0].y) < 1e-6) --n;
  if (n != 4) return false;
  for (size_t i = 0; i < 4; ++i) {
    const PathPoint &a = p[i], &b = p[(i + 1) % 4];
    if (a.control || b.control) return false;
    if (std::fabs(a.x - b.x) > kSlant && std::fabs(a.y - b.y) > kSlant) return false;
  }
  Box b{p[0].x, p[0].y, p[0].x, p[0].y};
  for (size_t i = 1; i < 4; ++i) {
    b.x0 = std::min(b.x0, p[i].x), b.x1 = std::max(b.x1, p[i].x);
    b.y0 = std::min(b.y0, p[i].y), b.y1 = std::max(b.y1, p[i].y);
  }
  *out = b;
  return true;
}

/// Adds the edges of a thin filled rectangle (one edge along its length).
void EdgeOfThinFill(const Box& r, int path, std::vector<Edge>* out) {
  if (r.h() <= r.w())
    out->push_back(Edge{true, (r.y0 + r.y1) / 2, r.x0, r.x1, r.h(), path});
  else
    out->push_back(Edge{false, (r.x0 + r.x1) / 2, r.y0, r.y1, r.w(), path});
}

/// The edges painted by `path` (its index `i`), added to `out`.
void EdgesOfPath(const PaintedPath& path, int i, std::vector<Edge>* out) {
  if (!path.dark) return;
  if (path.stroked) {
    if (path.dashed) return;
    const double width = std::max(path.line_width, kPixel);  // a thin line shows as one pixel
    for (const Subpath& s : path.subpaths) {
      for (size_t j = 1; j < s.points.size(); ++j) {
        const PathPoint &a = s.points[j - 1], &b = s.points[j];
        if (a.control || b.control) continue;
        double dx = std::fabs(a.x - b.x), dy = std::fabs(a.y - b.y);
        if (dy <= kSlant && dx > dy)
          out->push_back(
              Edge{true, (a.y + b.y) / 2, std::min(a.x, b.x), std::max(a.x, b.x), width, i});
        else if (dx <= kSlant && dy > dx)
          out->push_back(
              Edge{false, (a.x + b.x) / 2, std::min(a.y, b.y), std::max(a.y, b.y), width, i});
      }
    }
    return;
  }
  // Filled: thin rectangles are edges; a rectangle inside another of the same
  // path is the hole of a ring, whose four sides are edges.
  std::vector<Box> rects;
  for (const Subpath& s : path.subpaths) {
    Box r;
    if (AsRectangle(s, &r)) rects.push_back(r);
  }
  for (size_t a = 0; a < rects.size(); ++a) {
    const Box& o = rects[a];
    if (std::min(o.w(), o.h()) <= kMaxRuleWidth) {
      EdgeOfThinFill(o, i, out);
      continue;
    }
    for (size_t b = 0; b < rects.size(); ++b) {
      const Box& h = rects[b];
      if (b == a || h.x0 <= o.x0 || h.x1 >= o.x1 || h.y0 <= o.y0 || h.y1 >= o.y1) continue;
      EdgeOfThinFill(Box{o.x0, o.y0, o.x1, h.y0}, i, out);
      EdgeOfThinFill(Box{o.x0, h.y1, o.x1, o.y1}, i, out);
      EdgeOfThinFill(Box{o.x0, o.y0, h.x0, o.y1}, i, out);
      EdgeOfThinFill(Box{h.x1, o.y0, o.x1, o.y1}, i, out);
    }
  }
}

std::vector<Edge> EdgesOf(const PagePaths& page) {
  std::vector<Edge> edges;
  for (size_t i = 0; i < page.paths.size(); ++i)
    EdgesOfPath(page.paths[i], static_cast<int>(i), &edges);
  return edges;
}

/// The bounding box of a path's points.
Box BoundsOf(const PaintedPath& path) {
  Box b{1e300, 1e300, -1e300, -1e300};
  for (const Subpath& s : path.subpaths)
    for (const PathPoint& p : s.points) {
      b.x0 = std::min(b.x0, p.x), b.x1 = std::max(b.x1, p.x);
      b.y0 = std::min(b.y0, p.y), b.y1 = std::max(b.y1, p.y);
    }
  if (path.stroked) {
    double half = std::max(path.line_width, kPixel) / 2;
    b.x0 -= half, b.y0 -= half, b.x1 += half, b.y1 += half;
  }
  return b;
}

/// The area where `a` and `b` overlap (0 when they do not).
double Overlap(const Box& a, const Box& b) {
  double ox = std::min(a.x1, b.x1) - std::max(a.x0, b.x0);
  double oy = std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
  return ox > 0 && oy > 0 ? ox * oy : 0;
}

/// The share of [from, to] that `edges` of one orientation cover, those on
/// the line `pos` (within `tol`) only.
double Coverage(const std::vector<const Edge*>& edges, double pos, double tol, double from,
                double to) {
  std::vector<std::pair<double, double>> spans;
  for (const Edge* e : edges)
    if (std::fabs(e->pos - pos) <= tol && e->to > from && e->from < to)
      spans.emplace_back(std::max(e->from, from), std::min(e->to, to));
  std::sort(spans.begin(), spans.end());
  double covered = 0, end = from;
  for (const auto& [a, b] : spans) {
    if (b <= end) continue;
    covered += b - std::max(a, end);
    end = b;
  }
  return to > from ? covered / (to - from) : 0;
}

/// The edge on the line `pos` (within `tol`) that reaches furthest over
/// [from, to], or nullptr.
const Edge* EdgeAlong(const std::vector<const Edge*>& edges, double pos, double tol, double from,
                      double to) {
  const Edge* best = nullptr;
  double best_overlap = 0;
  for (const Edge* e : edges) {
    if (std::fabs(e->pos - pos) > tol) continue;
    double o = std::min(e->to, to) - std::max(e->from, from);
    if (o > best_overlap) best_overlap = o, best = e;
  }
  return best;
}

}  // namespace

std::vector<RuleSegment> RulesOfPaths(const PagePaths& page) {
  std::vector<Edge> edges = EdgesOf(page);
  std::sort(edges.begin(), edges.end(), [](const Edge& a, const Edge& b) {
    if (a.horizontal != b.horizontal) return a.horizontal;
    if (a.pos != b.pos) return a.pos < b.pos;
    return a.from < b.from;
  });
  // Edges on one line (across: two pixels apart at most) that overlap or
  // nearly touch along it (a point apart at most) are one stroke, as the
  // rendering's runs are joined.
  struct Stroke {
    bool horizontal;
    double lo, hi;    // across: the outer sides
    double from, to;  // along
    double sum = 0, weight = 0;
    bool dead = false;
  };
  std::vector<Stroke> strokes;
  for (const Edge& e : edges) {
    const double lo = e.pos - e.width / 2, hi = e.pos + e.width / 2;
    Stroke* into = nullptr;
    for (Stroke& s : strokes) {
      if (s.dead || s.horizontal != e.horizontal || lo > s.hi + 2 * kPixel ||
          hi < s.lo - 2 * kPixel || e.from > s.to + 1 || e.to < s.from - 1)
        continue;
      if (!into) {
        into = &s;
        continue;
      }
      into->lo = std::min(into->lo, s.lo), into->hi = std::max(into->hi, s.hi);
      into->from = std::min(into->from, s.from), into->to = std::max(into->to, s.to);
      into->sum += s.sum, into->weight += s.weight;
      s.dead = true;
    }
    const double len = e.to - e.from;
    if (into) {
      into->lo = std::min(into->lo, lo), into->hi = std::max(into->hi, hi);
      into->from = std::min(into->from, e.from), into->to = std::max(into->to, e.to);
      into->sum += e.pos * len, into->weight += len;
    } else {
      strokes.push_back(Stroke{e.horizontal, lo, hi, e.from, e.to, e.pos * len, len, false});
    }
  }
  std::vector<RuleSegment> out;
  for (const Stroke& s : strokes) {
    const double len = s.to - s.from;
    if (s.dead || len < (s.horizontal ? kMinHorizontalRule : kMinVerticalRule) ||
        s.hi - s.lo > kMaxRuleWidth || s.weight < 0.6 * len)
      continue;
    RuleSegment r;
    r.horizontal = s.horizontal;
    r.pos = s.weight > 0 ? s.sum / s.weight : (s.lo + s.hi) / 2;
    r.from = s.from;
    r.to = s.to;
    r.width = s.hi - s.lo;
    out.push_back(r);
  }
  std::stable_sort(out.begin(), out.end(), [](const RuleSegment& a, const RuleSegment& b) {
    if (a.horizontal != b.horizontal) return a.horizontal;
    return a.pos < b.pos;
  });
  return out;
}

std::vector<PositionedWord> CheckboxesOfPaths(const PagePaths& page,
                                              const std::vector<PositionedWord>& text) {
  std::vector<PositionedWord> out;
  const std::vector<Edge> edges = EdgesOf(page);
  std::vector<const Edge*> horizontal, vertical;
  for (const Edge& e : edges) (e.horizontal ? horizontal : vertical).push_back(&e);
  std::vector<Box> bounds;
  bounds.reserve(page.paths.size());
  for (const PaintedPath& p : page.paths) bounds.push_back(BoundsOf(p));

  std::vector<Box> found;
  std::vector<bool> checked;
  for (const Edge* left : vertical) {
    const double len = left->to - left->from;
    if (len < kMinBoxSide - 2 * kPixel || len > kMaxBoxSide) continue;
    const double tol = std::max(3 * kPixel, 0.15 * len);
    for (const Edge* right : vertical) {
      if (right == left || right->pos <= left->pos) continue;
      if (std::fabs(right->from - left->from) > tol || std::fabs(right->to - left->to) > tol)
        continue;
      const double top_y = std::min(left->from, right->from);
      const double bottom_y = std::max(left->to, right->to);
      const Edge* top = EdgeAlong(horizontal, top_y, tol, left->pos, right->pos);
      const Edge* bottom = EdgeAlong(horizontal, bottom_y, tol, left->pos, right->pos);
      if (!top || !bottom || top == bottom) continue;
      Box b{left->pos - left->width / 2, top->pos - top->width / 2, right->pos + right->width / 2,
            bottom->pos + bottom->width / 2};
      const double w = b.w(), h = b.h();
      if (w < kMinBoxSide || h < kMinBoxSide || w > kMaxBoxSide || h > kMaxBoxSide ||
          w * 4 < h * 3 || h * 4 < w * 3)
        continue;
      bool seen = false;
      for (const Box& f : found)
        if (Overlap(b, f) > 0) seen = true;
      if (seen) continue;
      // Top and bottom painted along 85% of the width; the sides reach the
      // corners (a rounded frame's straight sides stop short of them).
      const double band = std::max(2 * kPixel, 0.1 * std::min(w, h));
      if (Coverage(horizontal, top->pos, tol, b.x0, b.x1) < 0.85 ||
          Coverage(horizontal, bottom->pos, tol, b.x0, b.x1) < 0.85)
        continue;
      if (left->from > top->pos + band || right->from > top->pos + band ||
          left->to < bottom->pos - band || right->to < bottom->pos - band)
        continue;
      // A cell of a ruled table: its top and bottom lines go on past one of
      // its sides, as far again as its width, to the next cells (a box's
      // lines stop at its corners). Empty, it is no box (a table's narrow
      // first column, scaled down by a 2-up print); crossed, it is the
      // answer's cell of a table drawn so.
      auto goes_on = [&](double from, double to) {
        return Coverage(horizontal, top->pos, tol, from, to) >= 0.85 &&
               Coverage(horizontal, bottom->pos, tol, from, to) >= 0.85;
      };
      const bool grid_cell =
          goes_on(b.x1 + 2 * kPixel, b.x1 + w) || goes_on(b.x0 - w, b.x0 - 2 * kPixel);
      // Thin sides (a bold letter's strokes are thick for its size).
      const double most = std::max(3 * kPixel, 0.15 * w);
      if (left->width > most || right->width > most) continue;
      // The inside: empty, or crossed or ticked (some paint, not a solid fill).
      const Box inside{b.x0 + band + kPixel, b.y0 + band + kPixel, b.x1 - band - kPixel,
                       b.y1 - band - kPixel};
      if (inside.w() <= 0 || inside.h() <= 0) continue;
      double ink = 0;
      bool solid = false;
      for (size_t i = 0; i < page.paths.size(); ++i) {
        const PaintedPath& p = page.paths[i];
        const Box& pb = bounds[i];
        if (!p.dark || static_cast<int>(i) == left->path || static_cast<int>(i) == right->path ||
            static_cast<int>(i) == top->path || static_cast<int>(i) == bottom->path)
          continue;
        if (pb.x0 < b.x0 - 1 || pb.x1 > b.x1 + 1 || pb.y0 < b.y0 - 1 || pb.y1 > b.y1 + 1) continue;
        double over = Overlap(pb, inside);
        if (over <= 0) continue;
        if (p.stroked) {
          double length = 0;
          for (const Subpath& s : p.subpaths)
            for (size_t j = 1; j < s.points.size(); ++j)
              length +=
                  std::hypot(s.points[j].x - s.points[j - 1].x, s.points[j].y - s.points[j - 1].y);
          ink += length * std::max(p.line_width, kPixel);
        } else {
          ink += over;
          if (over >= 0.65 * inside.w() * inside.h()) solid = true;
        }
      }
      // A small word inside (a letter X typed into the frame): a rendering
      // shows its glyph's ink, about a third of its box.
      for (const PositionedWord& t : text)
        ink += 0.3 * Overlap(Box{t.x0, t.y0, t.x1, t.y1}, inside);
      ink = std::min(ink, inside.w() * inside.h());
      const double ratio = ink / (inside.w() * inside.h());
      if (solid || (ratio >= 0.02 && ratio < 0.05) || ratio >= 0.65 || (grid_cell && ratio < 0.02))
        continue;
      found.push_back(b);
      checked.push_back(ratio >= 0.05);
      break;
    }
  }
  for (size_t i = 0; i < found.size(); ++i) {
    const Box& b = found[i];
    PositionedWord word;
    word.x0 = b.x0;
    word.y0 = b.y0;
    word.x1 = b.x1;
    word.y1 = b.y1;
    if (FrameAroundText(word, text)) continue;
    word.text = checked[i] ? "\u2612" : "\u2610";
    word.font_size = word.y1 - word.y0;
    out.push_back(std::move(word));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const PositionedWord& a, const PositionedWord& b) { return a.x0 < b.x0; });
  return out;
}

namespace {

/// True when `p` (a picture's box) covers a quarter of the page or more.
bool IsBackdrop(const PositionedWord& p, double page_width, double page_height) {
  const double w = p.x1 - p.x0, h = p.y1 - p.y0;
  return w > 0 && h > 0 && w * h * 4 >= page_width * page_height;
}

}  // namespace

std::vector<size_t> StruckWords(const PagePaths& page, const std::vector<PositionedWord>& words,
                                std::vector<RuleSegment>* strikes) {
  std::vector<size_t> struck;
  if (strikes) strikes->clear();
  for (const Edge& e : EdgesOf(page)) {
    if (!e.horizontal) continue;
    // The upright words whose middle band the edge runs through, and how
    // much of each it covers.
    std::vector<size_t> covered;
    double lo = 1e300, hi = -1e300;
    bool partly = false;
    for (size_t i = 0; i < words.size(); ++i) {
      const PositionedWord& w = words[i];
      const double h = w.y1 - w.y0, wide = w.x1 - w.x0;
      if (w.rotation != 0 || h <= 0 || wide <= 0 || e.width > kStrikeWidth * h) continue;
      if (e.pos < w.y0 + kStrikeTop * h || e.pos > w.y0 + kStrikeBottom * h) continue;
      const double over = std::min(e.to, w.x1) - std::max(e.from, w.x0);
      if (over <= 0) continue;
      if (over >= kStrikeCover * wide) {
        covered.push_back(i);
        lo = std::min(lo, w.x0 - h), hi = std::max(hi, w.x1 + h);
      } else if (over > (1 - kStrikeCover) * wide) {
        partly = true;  // through part of a word: which of it is struck is unsure
      }
    }
    // A line running on well past the words it crosses is a rule, not a strike.
    if (covered.empty() || partly || e.from < lo || e.to > hi) continue;
    struck.insert(struck.end(), covered.begin(), covered.end());
    if (strikes) strikes->push_back(RuleSegment{true, e.pos, e.from, e.to, e.width});
  }
  std::sort(struck.begin(), struck.end());
  struck.erase(std::unique(struck.begin(), struck.end()), struck.end());
  return struck;
}

bool PicturesMayHoldDrawing(const PagePaths& page, double page_width, double page_height) {
  if (page.unmapped_glyphs > 0) return true;
  for (const PositionedWord& p : page.pictures) {
    const double w = p.x1 - p.x0, h = p.y1 - p.y0;
    if (w <= 0 || h <= 0) continue;
    const bool box = w >= kMinBoxSide - 2 * kPixel && h >= kMinBoxSide - 2 * kPixel &&
                     w <= kMaxBoxSide + 4 && h <= kMaxBoxSide + 4;
    const bool rule = (std::min(w, h) <= kMaxRuleWidth + 1 && std::max(w, h) >= kMinVerticalRule);
    if (box || rule || IsBackdrop(p, page_width, page_height)) return true;
  }
  return false;
}

bool HiddenTextOverScan(const PagePaths& page, double page_width, double page_height) {
  if (page.glyphs <= 0 || page.invisible_glyphs * 20 < page.glyphs * 19) return false;
  return std::any_of(page.pictures.begin(), page.pictures.end(), [&](const PositionedWord& p) {
    return IsBackdrop(p, page_width, page_height);
  });
}

}  // namespace redovis
