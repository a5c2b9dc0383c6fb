// Ruled table rows joined. See table_rows.h.
#include "read/pdf/table_rows.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <utility>

#include "base/text_util.h"
#include "read/pdf/word_text.h"

namespace redovis {

namespace {

/// Where a line sits in a ruled table: the rules above and below its grid cell.
struct RowKey {
  bool ruled = false;
  double top = 0, bottom = 0;
};

/// Rules that lie on one line (within a point) and meet or nearly meet
/// (within three points) joined into one: a scanned rule comes in pieces.
std::vector<RuleSegment> ConsolidateRules(std::vector<RuleSegment> rules) {
  std::sort(rules.begin(), rules.end(), [](const RuleSegment& a, const RuleSegment& b) {
    if (a.horizontal != b.horizontal) return a.horizontal;
    return a.pos < b.pos;
  });
  std::vector<RuleSegment> out;
  size_t i = 0;
  while (i < rules.size()) {
    // One cluster: same direction, positions chained within a point.
    size_t j = i + 1;
    while (j < rules.size() && rules[j].horizontal == rules[i].horizontal &&
           rules[j].pos - rules[j - 1].pos <= 1.0)
      ++j;
    std::vector<RuleSegment> cluster(rules.begin() + static_cast<long>(i),
                                     rules.begin() + static_cast<long>(j));
    std::sort(cluster.begin(), cluster.end(),
              [](const RuleSegment& a, const RuleSegment& b) { return a.from < b.from; });
    RuleSegment cur = cluster[0];
    double weight = cur.to - cur.from, sum = cur.pos * weight;
    auto flush = [&] {
      if (weight > 0) cur.pos = sum / weight;
      out.push_back(cur);
    };
    for (size_t k = 1; k < cluster.size(); ++k) {
      const RuleSegment& r = cluster[k];
      if (r.from <= cur.to + 3) {
        cur.to = std::max(cur.to, r.to);
        cur.width = std::max(cur.width, r.width);
        weight += r.to - r.from;
        sum += r.pos * (r.to - r.from);
      } else {
        flush();
        cur = r;
        weight = r.to - r.from;
        sum = r.pos * weight;
      }
    }
    flush();
    i = j;
  }
  return out;
}

}  // namespace

void MergeTableRows(const std::vector<RuleSegment>& raw_rules, LaidOutPage* page) {
  if (raw_rules.empty() || page->lines.size() < 2) return;
  std::vector<RuleSegment> rules = ConsolidateRules(raw_rules);
  std::vector<const RuleSegment*> hs, vs;
  for (const RuleSegment& r : rules) (r.horizontal ? hs : vs).push_back(&r);
  if (hs.empty() || vs.empty()) return;
  const double kTol = 1.5;
  // The vertical rules left and right of x that run over [y0, y1].
  auto borders = [&](double x0, double x1, double y0, double y1, double* left, double* right) {
    *left = -1e18;
    *right = 1e18;
    for (const RuleSegment* v : vs) {
      if (v->from > y0 + kTol || v->to < y1 - kTol) continue;
      if (v->pos <= x0 + 0.5) *left = std::max(*left, v->pos);
      if (v->pos >= x1 - 0.5) *right = std::min(*right, v->pos);
    }
    return *left > -1e17 && *right < 1e17;
  };
  std::vector<RowKey> keys(page->lines.size());
  for (size_t i = 0; i < page->lines.size(); ++i) {
    const LaidOutLine& l = page->lines[i];
    if (l.line.cells.empty() || l.y1 <= l.y0) continue;
    const Cell& c = l.line.cells.front();
    double left, right;
    if (!borders(c.x0, c.x1, l.y0 + 1, l.y1 - 1, &left, &right)) continue;
    // The rules above and below that span the grid cell (an underline does not).
    double top = -1e18, bottom = 1e18;
    for (const RuleSegment* h : hs) {
      if (h->from > left + kTol + 1 || h->to < right - kTol - 1) continue;
      if (h->pos <= l.y0 + kTol) top = std::max(top, h->pos);
      if (h->pos >= l.y1 - kTol) bottom = std::min(bottom, h->pos);
    }
    if (top < -1e17 || bottom > 1e17) continue;
    keys[i] = RowKey{true, top, bottom};
  }
  // The grid columns of a row: vertical rules that run over most of it.
  auto cuts_of = [&](double top, double bottom) {
    std::vector<double> cuts;
    for (const RuleSegment* v : vs) {
      double ov = std::min(v->to, bottom) - std::max(v->from, top);
      if (ov >= 0.5 * (bottom - top)) cuts.push_back(v->pos);
    }
    std::sort(cuts.begin(), cuts.end());
    return cuts;
  };
  std::vector<LaidOutLine> out;
  out.reserve(page->lines.size());
  for (size_t i = 0; i < page->lines.size();) {
    size_t j = i + 1;
    if (keys[i].ruled) {
      while (j < page->lines.size() && keys[j].ruled &&
             std::fabs(keys[j].top - keys[i].top) < 0.5 &&
             std::fabs(keys[j].bottom - keys[i].bottom) < 0.5 &&
             page->lines[j].line.role == page->lines[i].line.role)
        ++j;
    }
    if (j - i < 2) {
      if (keys[i].ruled) {
        page->lines[i].in_table = true;
        page->lines[i].cuts = cuts_of(keys[i].top, keys[i].bottom);
      }
      out.push_back(std::move(page->lines[i]));
      i = j;
      continue;
    }
    std::vector<double> cuts = cuts_of(keys[i].top, keys[i].bottom);
    auto column_of = [&](const Cell& c) {
      double mid = (c.x0 + c.x1) / 2;
      return static_cast<int>(std::upper_bound(cuts.begin(), cuts.end(), mid) - cuts.begin());
    };
    // Two pieces of one visual line in one grid column: the columns are not
    // all ruled; leave the lines alone. But a piece that goes on the
    // sentence of the piece before it in its column (that one not ended,
    // this one in lower case) is no column of its own: a gap where OCR
    // dropped words ("Delvis (t.ex. om det är" ... "av 12").
    bool clear = true;
    for (size_t k = i; k < j && clear; ++k) {
      std::vector<int> seen;
      const std::vector<Cell>& cells = page->lines[k].line.cells;
      for (size_t n = 0; n < cells.size(); ++n) {
        int col = column_of(cells[n]);
        bool goes_on = n > 0 && col == column_of(cells[n - 1]) &&
                       !EndsSentence(cells[n - 1].text) && StartsLowerCase(cells[n].text);
        if (!goes_on && std::find(seen.begin(), seen.end(), col) != seen.end()) clear = false;
        seen.push_back(col);
      }
    }
    if (!clear) {
      for (size_t k = i; k < j; ++k) {
        page->lines[k].in_table = true;
        out.push_back(std::move(page->lines[k]));
      }
      i = j;
      continue;
    }
    struct Column {
      Cell cell;
      bool open = false;
      const Cell* last = nullptr;  // the piece last added
      double left_pad = 0;
      double font_size = 0;
    };
    std::map<int, std::vector<Column>> columns;
    LaidOutLine merged = page->lines[i];
    merged.line.cells.clear();
    for (size_t k = i; k < j; ++k) {
      const LaidOutLine& l = page->lines[k];
      merged.y0 = std::min(merged.y0, l.y0);
      merged.y1 = std::max(merged.y1, l.y1);
      for (const Cell& c : l.line.cells) {
        int col = column_of(c);
        std::vector<Column>& list = columns[col];
        bool box = c.checkbox != CheckboxState::kNone;
        // A second check box in one grid cell starts a cell of its own.
        if (list.empty() || (box && list.back().cell.checkbox != CheckboxState::kNone)) {
          Column fresh;
          fresh.cell = c;
          fresh.last = &c;
          double left = col > 0 && col - 1 < static_cast<int>(cuts.size()) ? cuts[col - 1] : c.x0;
          fresh.left_pad = std::max(0.0, c.x0 - left);
          fresh.font_size = l.font_size;
          list.push_back(fresh);
          continue;
        }
        Column& target = list.back();
        Cell& t = target.cell;
        // A word longer than its column was broken at the column's edge:
        // it fills its line to within a letter's width.
        double right = col < static_cast<int>(cuts.size()) ? cuts[col] : 1e18;
        // So was a name in capitals after the cell's label ("Postort
        // SKINNSKATTEBER" / "G"): its last one or two letters alone.
        const bool fills = target.last->x1 >= right - target.left_pad - 0.6 * target.font_size;
        bool broken =
            fills && ((target.last->text.find(' ') == std::string::npos && ContinuesWord(c.text)) ||
                      EndsCapitalsWord(target.last->text, c.text));
        if (broken)
          t.text += c.text;
        else
          AppendLinePiece(&t.text, c.text);
        if (box) t.checkbox = c.checkbox;
        JoinOcrConfidence(&t, c);
        t.x0 = std::min(t.x0, c.x0);
        t.x1 = std::max(t.x1, c.x1);
        target.last = &c;
      }
    }
    for (auto& [col, list] : columns)
      for (Column& c : list) merged.line.cells.push_back(std::move(c.cell));
    merged.in_table = true;
    merged.cuts = cuts;
    out.push_back(std::move(merged));
    i = j;
  }
  page->lines = std::move(out);
}

void AddEmptyTableRows(const std::vector<RuleSegment>& raw_rules, LaidOutPage* page) {
  if (raw_rules.empty() || page->lines.empty()) return;
  std::vector<RuleSegment> rules = ConsolidateRules(raw_rules);
  std::vector<const RuleSegment*> hs, vs;
  for (const RuleSegment& r : rules) (r.horizontal ? hs : vs).push_back(&r);
  if (hs.size() < 2 || vs.size() < 2) return;
  const double kTol = 2.0, kMinHeight = 4, kMaxHeight = 80;
  auto same_extent = [&](const RuleSegment* a, const RuleSegment* b) {
    return std::fabs(a->from - b->from) <= kTol && std::fabs(a->to - b->to) <= kTol;
  };
  // hs are sorted by position (ConsolidateRules sorts them).
  std::vector<LaidOutLine> rows;
  for (size_t i = 0; i < hs.size(); ++i) {
    const RuleSegment* top = hs[i];
    const RuleSegment* bottom = nullptr;
    for (size_t j = i + 1; j < hs.size() && !bottom; ++j)
      if (same_extent(top, hs[j]) && hs[j]->pos > top->pos + 0.5) bottom = hs[j];
    if (!bottom) continue;
    double y0 = top->pos, y1 = bottom->pos;
    if (y1 - y0 < kMinHeight || y1 - y0 > kMaxHeight) continue;
    double x0 = std::max(top->from, bottom->from), x1 = std::min(top->to, bottom->to);
    // The vertical rules that run over the row: its borders and its cuts.
    std::vector<double> cuts;
    for (const RuleSegment* v : vs)
      if (v->from <= y0 + kTol && v->to >= y1 - kTol && v->pos >= x0 - kTol && v->pos <= x1 + kTol)
        cuts.push_back(v->pos);
    std::sort(cuts.begin(), cuts.end());
    if (cuts.size() < 2 || cuts.front() > x0 + kTol || cuts.back() < x1 - kTol) continue;
    // No line stands in it.
    bool empty = true;
    for (const LaidOutLine& l : page->lines) {
      if (l.y1 <= y0 + 1 || l.y0 >= y1 - 1) continue;
      for (const Cell& c : l.line.cells)
        if (c.x0 < x1 && c.x1 > x0) empty = false;
      if (!empty) break;
    }
    if (!empty) continue;
    LaidOutLine row;
    row.y0 = y0;
    row.y1 = y1;
    row.in_table = true;
    row.cuts = cuts;
    row.line.page = page->number;
    for (size_t k = 0; k + 1 < cuts.size(); ++k) {
      if (cuts[k + 1] - cuts[k] < 1) continue;
      Cell c;
      c.x0 = cuts[k];
      c.x1 = cuts[k + 1];
      row.line.cells.push_back(c);
    }
    if (row.line.cells.empty()) continue;
    rows.push_back(std::move(row));
  }
  if (rows.empty()) return;
  // In reading order: before the first line that starts below the row's top
  // and stands over the row's width (in a column or a page of a sheet of
  // pages, not beside it); else after the last such line above it; else
  // before the first line below it.
  for (LaidOutLine& row : rows) {
    const double x0 = row.cuts.front(), x1 = row.cuts.back();
    auto over = [&](const LaidOutLine& l) {
      for (const Cell& c : l.line.cells)
        if (c.x0 < x1 && c.x1 > x0) return true;
      return false;
    };
    auto below = [&](const LaidOutLine& l) { return l.y1 > l.y0 && l.y0 >= row.y1 - 1; };
    auto at = std::find_if(page->lines.begin(), page->lines.end(),
                           [&](const LaidOutLine& l) { return below(l) && over(l); });
    if (at == page->lines.end()) {
      auto above = std::find_if(
          page->lines.rbegin(), page->lines.rend(),
          [&](const LaidOutLine& l) { return l.y1 > l.y0 && l.y1 <= row.y0 + 1 && over(l); });
      at = above != page->lines.rend()
               ? above.base()
               : std::find_if(page->lines.begin(), page->lines.end(), below);
    }
    const LaidOutLine& like = at != page->lines.end() ? *at : page->lines.back();
    row.font_size = like.font_size;
    row.line.ocr = like.line.ocr;
    page->lines.insert(at, std::move(row));
  }
}

}  // namespace redovis
