// Paragraphs and page breaks joined. See paragraphs.h.
#include "read/pdf/paragraphs.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>

#include "base/text_util.h"
#include "read/pdf/word_text.h"
#include "read/text/wrapped_lines.h"

namespace redovis {

namespace {

/// True when `text` opens with a list marker: a bullet, a dash, or a number
/// followed by '.' or ')' and a space.
bool StartsWithListMarker(const std::string& text) {
  if (text.empty()) return false;
  size_t i = 0;
  UChar32 c = NextCodePoint(text, &i);
  if (c == 0x2022 || c == 0x25CF || c == 0x25AA || c == 0x2013 || c == '-' || c == '*' ||
      c == 0x25E6 || c == 0xF0B7)
    return true;
  size_t k = 0;
  while (k < text.size() && text[k] >= '0' && text[k] <= '9') ++k;
  return k > 0 && k < 4 && k + 1 < text.size() && (text[k] == '.' || text[k] == ')') &&
         text[k + 1] == ' ';
}

/// The width of the first word of a one-cell line, estimated from its share
/// of the characters.
double FirstWordWidth(const Cell& c) {
  size_t all = Chars(c.text);
  if (all == 0) return 0;
  size_t space = c.text.find(' ');
  size_t first = Chars(space == std::string::npos ? c.text : c.text.substr(0, space));
  return (c.x1 - c.x0) * static_cast<double>(first) / static_cast<double>(all);
}

bool IsPlainLine(const LaidOutLine& l) {
  return l.line.cells.size() == 1 && l.line.cells[0].checkbox == CheckboxState::kNone &&
         !l.line.cells[0].text.empty() && !l.in_table && l.y1 > l.y0 &&
         l.line.role != LineRole::kFurniture;
}

/// The right edge of the text block `a` belongs to: the widest plain line
/// of `lines` starting at its left edge.
double RightEdge(const std::vector<LaidOutLine>& lines, const LaidOutLine& a) {
  double edge = a.line.cells[0].x1;
  for (const LaidOutLine& l : lines)
    if (IsPlainLine(l) && std::fabs(l.line.cells[0].x0 - a.line.cells[0].x0) <= 2)
      edge = std::max(edge, l.line.cells[0].x1);
  return edge;
}

/// True for a ruled row that holds no text and no check box: a row of its
/// own, kept by AddEmptyTableRows.
bool IsEmptyRow(const LaidOutLine& l) {
  if (!l.in_table || l.y1 <= l.y0 || l.line.role != LineRole::kContent) return false;
  for (const Cell& c : l.line.cells)
    if (!c.text.empty() || c.checkbox != CheckboxState::kNone) return false;
  return true;
}

/// True when an empty ruled row stands between `line` and the page break in
/// `lines`: after it (`after`, the page's foot) or before it (the next
/// page's head).
bool EmptyRowBetween(const std::vector<LaidOutLine>& lines, const LaidOutLine& line, bool after) {
  const LaidOutLine* at = &line;
  const LaidOutLine* begin = lines.data();
  const LaidOutLine* end = lines.data() + lines.size();
  if (after) {
    for (const LaidOutLine* l = at + 1; l < end; ++l)
      if (IsEmptyRow(*l)) return true;
  } else {
    for (const LaidOutLine* l = begin; l < at; ++l)
      if (IsEmptyRow(*l)) return true;
  }
  return false;
}

/// How much wider than a paragraph's own step between lines, in its font
/// size, the step to a line must be to part it: the space after a paragraph
/// (3 points at 10: 1.5 against 1.2).
constexpr double kParagraphStep = 0.2;

/// Keeps `step` in `steps` as its type's (a size within half a point) when
/// it is the least of that type's tops.
void KeepLeast(const WrapStep& step, std::vector<WrapStep>* steps) {
  for (WrapStep& w : *steps)
    if (std::fabs(w.font_size - step.font_size) <= 0.5) {
      if (step.top < w.top) w = {w.font_size, step.top, step.foot};
      return;
    }
  steps->push_back(step);
}

}  // namespace

namespace {

/// A line that may be a row of a table without rules, or its wrap: text
/// outside ruled tables, not read by OCR (whose boxes wobble), without a
/// check box, with a height.
bool IsBorderlessRow(const LaidOutLine& l) {
  if (l.in_table || l.line.ocr || l.y1 <= l.y0 || l.line.role != LineRole::kContent ||
      l.line.Blank())
    return false;
  for (const Cell& c : l.line.cells)
    if (c.checkbox != CheckboxState::kNone) return false;
  return true;
}

/// The page's width of a character column: the median of its borderless
/// lines' cells' widths per character (cells of four characters or more);
/// 0 when there is none.
double ColumnWidth(const std::vector<LaidOutLine>& lines) {
  std::vector<double> widths;
  for (const LaidOutLine& l : lines) {
    if (!IsBorderlessRow(l)) continue;
    for (const Cell& c : l.line.cells) {
      size_t n = Chars(c.text);
      if (n >= 4 && c.x1 > c.x0) widths.push_back((c.x1 - c.x0) / static_cast<double>(n));
    }
  }
  if (widths.empty()) return 0;
  std::nth_element(widths.begin(), widths.begin() + static_cast<long>(widths.size() / 2),
                   widths.end());
  return widths[widths.size() / 2];
}

/// How far below the line above, in its type's size, a line stands that is
/// the next line of the text (no blank line between): a blank line's step
/// is twice the size.
constexpr double kNextLineStep = 1.6;

}  // namespace

void JoinWrappedCells(LaidOutPage* page) {
  std::vector<LaidOutLine>& lines = page->lines;
  if (lines.size() < 2) return;
  const double column = ColumnWidth(lines);
  if (column <= 0) return;
  // The page's lines as a laid-out text's (text_cells.h): extents in
  // character columns, numbered so that a line is the one after the line
  // above only when it stands at the next line's distance, in the same type;
  // `plain` for those that may join. Each line's number names its place in
  // `lines`.
  std::vector<Line> text;
  std::vector<bool> plain;
  std::unordered_map<int, size_t> place;
  text.reserve(lines.size());
  plain.reserve(lines.size());
  int number = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    const LaidOutLine& l = lines[i];
    bool next = i > 0 && std::fabs(l.font_size - lines[i - 1].font_size) <= 0.5 &&
                l.y0 - lines[i - 1].y0 > 0 &&
                l.y0 - lines[i - 1].y0 <= kNextLineStep * std::max(l.font_size, 1.0);
    number += next ? 1 : 2;
    Line t;
    t.page = page->number;
    t.number = number;
    for (const Cell& c : l.line.cells) {
      Cell k = c;
      k.x0 = c.x0 / column;
      k.x1 = c.x1 / column;
      t.cells.push_back(std::move(k));
    }
    text.push_back(std::move(t));
    plain.push_back(IsBorderlessRow(l));
    place[number] = i;
  }
  JoinContinuations(&text, &plain);
  // The lines kept, in order: each takes its cells back in points and the
  // height of the lines joined into it (those up to the next line kept; a
  // line that gave some of its cells keeps the others, a line of its own).
  std::vector<LaidOutLine> out;
  out.reserve(text.size());
  for (size_t k = 0; k < text.size(); ++k) {
    size_t from = place[text[k].number];
    size_t to = k + 1 < text.size() ? place[text[k + 1].number] : lines.size();
    LaidOutLine kept = std::move(lines[from]);
    // Unchanged lines keep their extents as they were (no round trip).
    bool changed = to > from + 1 || text[k].cells.size() != kept.line.cells.size();
    for (size_t c = 0; !changed && c < kept.line.cells.size(); ++c)
      changed = text[k].cells[c].text != kept.line.cells[c].text;
    if (changed) {
      for (Cell& c : text[k].cells) {
        c.x0 *= column;
        c.x1 *= column;
      }
      kept.line.cells = std::move(text[k].cells);
      for (size_t j = from + 1; j < to; ++j) kept.y1 = std::max(kept.y1, lines[j].y1);
    }
    out.push_back(std::move(kept));
  }
  lines = std::move(out);
}

std::vector<WrapStep> WrapSteps(const LaidOutPage& page) {
  const std::vector<LaidOutLine>& lines = page.lines;
  std::vector<WrapStep> steps;
  for (size_t k = 0; k + 1 < lines.size(); ++k) {
    const LaidOutLine& a = lines[k];
    const LaidOutLine& b = lines[k + 1];
    if (!IsPlainLine(a) || !IsPlainLine(b) || a.line.role != b.line.role || a.line.ocr ||
        b.line.ocr || std::fabs(a.font_size - b.font_size) > 0.5 ||
        std::fabs(a.line.cells[0].x0 - b.line.cells[0].x0) > 2)
      continue;
    double fs = a.font_size;
    double t = b.y0 - a.y0, f = b.y1 - a.y1;
    if (t < 0.8 * fs || t > 1.5 * fs || std::fabs(t - f) > kParagraphStep * fs ||
        !StartsLowerCase(b.line.cells[0].text) ||
        a.line.cells[0].x1 + 0.25 * fs + FirstWordWidth(b.line.cells[0]) < RightEdge(lines, a) - 1)
      continue;
    KeepLeast({fs, t, f}, &steps);
  }
  return steps;
}

std::vector<WrapStep> WrapSteps(const std::vector<LaidOutPage>& pages) {
  std::vector<WrapStep> steps;
  for (const LaidOutPage& page : pages)
    for (const WrapStep& w : WrapSteps(page)) KeepLeast(w, &steps);
  return steps;
}

void JoinWrappedLines(LaidOutPage* page, const std::vector<WrapStep>& document_steps) {
  std::vector<LaidOutLine>& lines = page->lines;
  if (lines.size() < 2) return;
  // The right edge of the text block a line belongs to: the widest line
  // starting at the same left edge.
  auto right_edge = [&](const LaidOutLine& a) { return RightEdge(lines, a); };
  std::vector<WrapStep> steps = WrapSteps(*page);
  for (const WrapStep& w : document_steps) KeepLeast(w, &steps);
  auto least_step = [&](double font_size) -> const WrapStep* {
    for (const WrapStep& w : steps)
      if (std::fabs(w.font_size - font_size) <= 0.5) return &w;
    return nullptr;
  };
  std::vector<LaidOutLine> out;
  out.reserve(lines.size());
  size_t i = 0;
  while (i < lines.size()) {
    LaidOutLine para = std::move(lines[i]);
    ++i;
    if (!IsPlainLine(para)) {
      out.push_back(std::move(para));
      continue;
    }
    double edge = right_edge(para);
    double last_y0 = para.y0, last_y1 = para.y1, last_x0 = para.line.cells[0].x0,
           last_x1 = para.line.cells[0].x1;
    bool first = true;
    double step0 = 0, step1 = 0;  // the paragraph's own pitch, tops' and feet's, once joined
    while (i < lines.size()) {
      const LaidOutLine& next = lines[i];
      if (!IsPlainLine(next) || next.line.role != para.line.role) break;
      const Cell& a = para.line.cells[0];
      const Cell& b = next.line.cells[0];
      double fs = para.font_size;
      if (std::fabs(next.font_size - fs) > 0.5) break;
      double pitch = next.y0 - last_y0;
      if (pitch < 0.8 * fs || pitch > 1.5 * fs) break;
      // A wider step than the paragraph's own, of its tops and of its feet
      // (a taller word widens its line's box: a step wider at the tops is
      // narrower at the feet, or the other way round): the space a paragraph
      // leaves after it, a new paragraph. Not by OCR, whose lines' boxes are
      // their letters'.
      if (!first && !next.line.ocr && pitch > step0 + kParagraphStep * fs &&
          next.y1 - last_y1 > step1 + kParagraphStep * fs)
        break;
      // A one-line paragraph has no step of its own yet: its type's least
      // wrap step, on the page or in the document, stands for it (a table
      // without rules whose cells stand one under another, "Totalt antal
      // klienter" / "40" / "22", each a paragraph with its space after).
      const WrapStep* least = first && !next.line.ocr ? least_step(fs) : nullptr;
      if (least && pitch > least->top + kParagraphStep * fs &&
          next.y1 - last_y1 > least->foot + kParagraphStep * fs)
        break;
      // Continuation lines start at the paragraph's left edge (the first
      // line may be indented).
      bool aligned =
          std::fabs(b.x0 - last_x0) <= 2 || (first && b.x0 < last_x0 && last_x0 - b.x0 <= 40);
      if (!aligned || StartsWithListMarker(b.text)) break;
      // The line above was full: the next line's first word did not fit on it.
      if (last_x1 + 0.25 * fs + FirstWordWidth(b) < edge - 1) break;
      Cell& c = para.line.cells[0];
      AppendLinePiece(&c.text, b.text);
      JoinOcrConfidence(&c, b);
      c.x0 = std::min(a.x0, b.x0);
      c.x1 = std::max(a.x1, b.x1);
      para.y1 = std::max(para.y1, next.y1);
      if (first) {
        step0 = pitch;
        step1 = next.y1 - last_y1;
      }
      last_y0 = next.y0;
      last_y1 = next.y1;
      last_x0 = b.x0;
      last_x1 = b.x1;
      first = false;
      ++i;
    }
    out.push_back(std::move(para));
  }
  lines = std::move(out);
}

void JoinRowsAcrossPages(std::vector<LaidOutPage>* pages) {
  auto content = [](const LaidOutLine& l) {
    return l.line.role == LineRole::kContent && l.y1 > l.y0 && !l.line.Blank();
  };
  for (size_t p = 0; p + 1 < pages->size(); ++p) {
    LaidOutPage& a = (*pages)[p];
    LaidOutPage& b = (*pages)[p + 1];
    if (a.number + 1 != b.number) continue;
    LaidOutLine* last = nullptr;
    for (auto it = a.lines.rbegin(); it != a.lines.rend(); ++it)
      if (content(*it)) {
        last = &*it;
        break;
      }
    size_t first = b.lines.size();
    for (size_t k = 0; k < b.lines.size(); ++k)
      if (content(b.lines[k])) {
        first = k;
        break;
      }
    if (!last || first == b.lines.size()) continue;
    LaidOutLine& next = b.lines[first];
    // An empty ruled row between the two (AddEmptyTableRows) is a row of its
    // own: the row above it ended on its page, the row below it is new.
    if (EmptyRowBetween(a.lines, *last, true) || EmptyRowBetween(b.lines, next, false)) continue;
    // A paragraph that runs on: the page's last line is full, the next page
    // goes on in the same type at the same left edge, in lower case.
    if (IsPlainLine(*last) && IsPlainLine(next) &&
        std::fabs(last->font_size - next.font_size) <= 0.5 &&
        std::fabs(last->line.cells[0].x0 - next.line.cells[0].x0) <= 2 &&
        ContinuesText(next.line.cells[0].text) && !StartsWithListMarker(next.line.cells[0].text)) {
      double edge = last->line.cells[0].x1;
      for (const LaidOutLine& l : a.lines)
        if (IsPlainLine(l) && std::fabs(l.line.cells[0].x0 - last->line.cells[0].x0) <= 2)
          edge = std::max(edge, l.line.cells[0].x1);
      if (last->line.cells[0].x1 + 0.25 * last->font_size + FirstWordWidth(next.line.cells[0]) >=
          edge - 1) {
        Cell& c = last->line.cells[0];
        AppendLinePiece(&c.text, next.line.cells[0].text);
        JoinOcrConfidence(&c, next.line.cells[0]);
        c.x1 = std::max(c.x1, next.line.cells[0].x1);
        b.lines.erase(b.lines.begin() + static_cast<long>(first));
        continue;
      }
    }
    if (!last->in_table || !next.in_table || last->cuts.size() < 2 ||
        last->cuts.size() != next.cuts.size())
      continue;
    bool same = true;
    for (size_t k = 0; k < last->cuts.size(); ++k)
      if (std::fabs(last->cuts[k] - next.cuts[k]) > 1.5) same = false;
    if (!same || last->y1 < 0.6 * a.height || next.y0 > 0.4 * b.height) continue;
    const std::vector<double>& cuts = last->cuts;
    auto column_of = [&](const Cell& c) {
      double mid = (c.x0 + c.x1) / 2;
      return std::upper_bound(cuts.begin(), cuts.end(), mid) - cuts.begin();
    };
    // The row goes on when the next page's piece leaves the first column
    // (where a new row would put its label) empty, or when it is one piece
    // going on, in lower case, with the text of the row's last cell, which
    // reaches its column's right edge.
    if (next.line.cells.empty() || last->line.cells.empty()) continue;
    auto first_col = column_of(last->line.cells.front());
    const Cell& tail = last->line.cells.back();
    auto tail_col = column_of(tail);
    bool runs_on = next.line.cells.size() == 1 && column_of(next.line.cells[0]) == tail_col &&
                   ContinuesText(next.line.cells[0].text) &&
                   tail_col < static_cast<long>(cuts.size()) &&
                   tail.x1 + 0.25 * last->font_size + FirstWordWidth(next.line.cells[0]) >=
                       cuts[tail_col] - (tail_col > 0 ? tail.x0 - cuts[tail_col - 1] : 6) - 1;
    if (column_of(next.line.cells.front()) <= first_col && !runs_on) continue;
    bool boxes = false;
    for (const Cell& c : next.line.cells) boxes |= c.checkbox != CheckboxState::kNone;
    if (boxes) continue;
    for (const Cell& c : next.line.cells) {
      auto col = column_of(c);
      Cell* into = nullptr;
      for (Cell& t : last->line.cells)
        if (column_of(t) == col) into = &t;
      if (into) {
        // A word too long for its column, broken at the column's edge by the
        // page break as by a line's end (table_rows.h): joined without a space.
        double right = col < static_cast<long>(cuts.size()) ? cuts[col] : 1e18;
        double pad = col > 0 ? std::max(0.0, into->x0 - cuts[col - 1]) : 0;
        size_t space = into->text.rfind(' ');
        bool broken = space == std::string::npos && !into->text.empty() &&
                      into->x1 >= right - pad - 0.6 * last->font_size && ContinuesWord(c.text);
        if (broken)
          into->text += c.text;
        else
          AppendLinePiece(&into->text, c.text);
        JoinOcrConfidence(into, c);
        into->x0 = std::min(into->x0, c.x0);
        into->x1 = std::max(into->x1, c.x1);
      } else {
        auto pos = std::find_if(last->line.cells.begin(), last->line.cells.end(),
                                [&](const Cell& t) { return column_of(t) > col; });
        last->line.cells.insert(pos, c);
      }
    }
    b.lines.erase(b.lines.begin() + static_cast<long>(first));
  }
}

}  // namespace redovis
