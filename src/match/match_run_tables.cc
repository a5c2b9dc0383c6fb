// One walk over a report's lines, its tables: section headings, the cells of a row and where
// they stand, and rows answered in columns (column headers: line_structure_headers.cc). See
// match_run.h.
#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <deque>
#include <functional>
#include <set>

#include "base/running_lines.h"
#include "base/text_util.h"
#include "base/utf8.h"
#include "match/cell_lines.h"
#include "match/column_placement.h"
#include "match/label_match.h"
#include "match/match_run.h"
#include "match/value_assigner.h"
#include "match/value_parser.h"
#include "match/wrap_evidence.h"
#include "normalise/normaliser.h"
#include "patterns/regex.h"
#include "read/text/cut_lines.h"
#include "read/text/tab_stops.h"
#include "read/text/text_cells.h"
#include "read/text/text_reader.h"
#include "read/text/wrapped_lines.h"

namespace redovis {

namespace {

/// A value as a finding names it: its text quoted ("'13'"), or the message
/// table's words for a ticked box without text ("@doubt.checked_box").
std::string Seen(const Cell& c) {
  return c.text.empty() && c.checkbox == CheckboxState::kChecked ? "@doubt.checked_box"
                                                                 : "'" + c.text + "'";
}

/// The line among lines [`from`, `to`) (`line_at(k)`: line k) whose cells
/// hold `cell`, else nullptr (a cell RowCells split in two): the line a
/// value read by OCR is as sure as (a count stacked on the line under its
/// label, a vertical row, is as sure as its own line, not its label's).
template <class LineAt>
const Line* LineHolding(const Cell* cell, size_t from, size_t to, LineAt line_at) {
  const std::less<const Cell*> before;
  for (size_t k = from; k < to; ++k) {
    const std::vector<Cell>& cells = line_at(k)->cells;
    if (!cells.empty() && !before(cell, &cells.front()) && !before(&cells.back(), cell))
      return line_at(k);
  }
  return nullptr;
}

}  // namespace

std::vector<std::pair<std::string, const Cell*>> MatchRun::RowCells(
    size_t idx, const Rule& r, std::vector<MessagePart>* doubts) {
  std::vector<std::pair<std::string, const Cell*>> out;
  const LineView& v = View(idx);
  if (MessagePart seen; NumberOverLabel(v, r, &seen)) {
    doubts->push_back(std::move(seen));
    return out;
  }
  bool has_values = false;
  for (size_t j = static_cast<size_t>(v.first) + 1; j < v.line->cells.size(); ++j)
    if (!v.line->cells[j].text.empty() || v.line->cells[j].checkbox != CheckboxState::kNone)
      has_values = true;
  // Text: a row's first count on its label's line and the rest a count a
  // line right under it (pdftohtml's boxes by their tops: "... vilka är
  // kända  10" / "8" / "för verksamheten."): the counts fill the columns in
  // order, where there is one a column, no more lone count or mark follows,
  // and every column is one the row can hold. Taken under a stacked header,
  // and under column words one space apart where their places tell nothing.
  std::vector<std::pair<std::string, const Cell*>> counts_down;
  std::vector<size_t> counts_below;
  if (has_values && doc_.format == "text") {
    const size_t want = header_.names.size();
    bool counts = std::none_of(header_.names.begin(), header_.names.end(), [](const auto& n) {
      return n.empty() || n == kIgnoredColumn || n == kNamesColumn;
    });
    double num;
    auto is_count = [&](const Cell& c) {
      return c.checkbox == CheckboxState::kNone && parser_.ParseNumber(c.text, &num);
    };
    for (size_t j = static_cast<size_t>(v.first) + 1; j < v.line->cells.size() && counts; ++j) {
      const Cell& c = v.line->cells[j];
      if (c.text.empty() && c.checkbox == CheckboxState::kNone) continue;
      counts = is_count(c) && counts_down.size() < want;
      if (counts) counts_down.emplace_back(header_.names[counts_down.size()], &c);
    }
    size_t k = idx + 1;
    for (; counts && k < seg_.end && counts_down.size() < want; ++k) {
      const LineView& n = View(k);
      if (n.first < 0 || !IsLoneCell(n) || n.line->page != v.line->page ||
          !is_count(n.line->cells[LoneAt(n)]))
        break;
      counts_down.emplace_back(header_.names[counts_down.size()], &n.line->cells[LoneAt(n)]);
      counts_below.push_back(k);
    }
    // The line after them holding a box, or a lone count or mark: more values.
    bool more = false;
    if (k < seg_.end) {
      const LineView& n = View(k);
      for (const Cell& c : n.line->cells) more = more || c.checkbox != CheckboxState::kNone;
      more =
          more ||
          (n.first >= 0 && IsLoneCell(n) &&
           (is_count(n.line->cells[LoneAt(n)]) || parser_.IsMark(n.line->cells[LoneAt(n)].text)));
    }
    if (!counts || counts_below.empty() || counts_down.size() != want || more) counts_down.clear();
  }
  if (header_.vertical && !counts_down.empty()) {
    consumed_.insert(counts_below.begin(), counts_below.end());
    return counts_down;
  }
  if (!header_.vertical || has_values) {
    // A long label on a line of its own, its values on the very next line
    // under the header's columns (a table typed with spaces): that line's
    // cells are the row's, when it holds only numbers or marks, and not one
    // alone where the label starts (a reading order's line, "Stiftelse" /
    // "X": every line starts there; a margin-stripped layout's "16 10" under
    // "Kvinnor Män" fills its columns).
    const LineView* row = &v;
    size_t from = static_cast<size_t>(v.first) + 1, below = idx + 1, row_at = idx;
    auto lone_at_label = [&](const Line& l) {
      return FilledCells(l) == 1 && l.cells[0].x0 <= v.line->cells[static_cast<size_t>(v.first)].x0;
    };
    if (!has_values && below < seg_.end && ValuesBelow(idx, &below) && below == idx + 1 &&
        View(below).line->page == v.line->page && View(below).line->cells[0].x0 >= 0 &&
        !lone_at_label(*View(below).line)) {
      row = &View(below), row_at = below, from = 0;
      consumed_.insert(below);
    }
    std::vector<const Line*> beside;  // the lines right above and below the row, on its page
    for (size_t k : {row_at - 1, row_at + 1})
      if (k >= seg_.begin && k < seg_.end && View(k).line->page == row->line->page)
        beside.push_back(View(k).line);
    std::vector<std::string> named;
    for (const std::string& n : header_.names)
      if (!n.empty()) named.push_back(n);
    if (PlaceUnderSpacedWords(header_, row->line->cells, from, beside, parser_.MostOf(named),
                              &synthetic_, &out, doubts)) {
      // A count placed where its column's word does not start: the table
      // is laid out at its own widths (ColumnHeader::own_widths).
      for (const auto& [name, c] : out)
        for (size_t j = 0; j < header_.names.size(); ++j)
          if (header_.names[j] == name && c->x0 >= 0 && c->x0 != header_.x0[j])
            header_.own_widths = true;
      if (out.empty() && !doubts->empty() && row == &v && !counts_down.empty()) {
        doubts->clear();
        consumed_.insert(counts_below.begin(), counts_below.end());
        return counts_down;
      }
      return out;
    }
    std::vector<size_t> cells;
    std::vector<Placement> placed;
    for (size_t j = from; j < row->line->cells.size(); ++j) {
      cells.push_back(j);
      placed.push_back(ColumnAt(*row, j));
    }
    std::vector<Placement> by_position = placed;
    OrderPlacements(*row, r, cells, &placed);
    if (doc_.format == "text" && !r.choice_key.empty())
      UndecideMarksInGaps(*row, r, cells, &placed);
    std::vector<bool> filled;
    for (size_t k : cells)
      filled.push_back(!row->line->cells[k].text.empty() ||
                       row->line->cells[k].checkbox == CheckboxState::kChecked);
    MarkShared(filled, &placed);
    // (Which cells hold a value is asked only of a row with a filled cell past
    // its header: most rows have none.)
    bool past = false;
    for (size_t k = 0; k < cells.size(); ++k) past = past || (filled[k] && placed[k].past_header);
    if (past) {
      std::vector<bool> value;
      for (size_t k : cells) {
        const Cell& c = row->line->cells[k];
        double n;
        value.push_back(
            c.checkbox == CheckboxState::kChecked ||
            (!c.text.empty() && (parser_.ParseNumber(c.text, &n) || parser_.IsMark(c.text))));
      }
      MarkPastHeader(value, &placed);
    }
    if (header_.positional && from < row->line->cells.size() && row->line->cells[from].x0 >= 0 &&
        ColumnsOutOfLine()) {
      // Columns that do not line up with their headers: by order alone.
      std::vector<const Cell*> values;
      std::vector<bool> number;
      for (size_t k : cells) {
        double n;
        values.push_back(&row->line->cells[k]);
        number.push_back(parser_.ParseNumber(row->line->cells[k].text, &n));
      }
      std::set<std::string> value_columns;
      for (const auto& [col, key] : r.column_keys) value_columns.insert(col);
      placed = ColumnsInOrder(header_, value_columns, values, filled, number);
      by_position = placed;
    }
    bool over_label = row == &v && MarginStripped() &&
                      HeaderOverLabel(v.line->cells[static_cast<size_t>(v.first)]);
    for (size_t k = 0; k < cells.size(); ++k) {
      const Cell& c = row->line->cells[cells[k]];
      if (over_label) {
        // A named column of the header stands over the row's label (a layout
        // text whose margin was stripped moves the header to the label's
        // column): no value's column can be told from where it stands.
        if (!c.text.empty() || c.checkbox == CheckboxState::kChecked)
          doubts->push_back({"doubt.header_over_label", {{"raw", Seen(c)}}});
        continue;
      }
      // (A text's box cell keeps its glyph or its typed box as its text: "☒", "[X]".)
      bool glyph_only = U(c.text).countChar32() == 1 || written_.IsBoxCell(c.text);
      if (c.checkbox != CheckboxState::kNone && !c.text.empty() && !glyph_only &&
          !placed[k].ambiguous && !by_position[k].ambiguous &&
          placed[k].column != by_position[k].column) {
        // A box flush against the rule, joined to the next column's text
        // ("[ ] RSMH"): the box in its column by order, the text by position.
        Cell& box = synthetic_.emplace_back(c);
        box.text.clear(), box.fold.clear();
        Cell& text = synthetic_.emplace_back(c);
        text.checkbox = CheckboxState::kNone;
        if (!placed[k].column.empty()) out.emplace_back(placed[k].column, &box);
        if (!by_position[k].column.empty()) out.emplace_back(by_position[k].column, &text);
        continue;
      }
      if (placed[k].ambiguous) {
        if (!c.text.empty() || c.checkbox == CheckboxState::kChecked) {
          MessagePart doubt = placed[k].doubt;
          doubt.args["raw"] = Seen(c);
          doubts->push_back(std::move(doubt));
        }
        continue;
      }
      if (!placed[k].column.empty() && GroupsMayBeColumns(c, beside)) {
        doubts->push_back({"doubt.digit_groups", {{"raw", Seen(c)}}});
        continue;
      }
      if (double n; !placed[k].column.empty() && parser_.ParseNumber(c.text, &n) &&
                    GroupsPastMost(c.text, n, parser_.MostOf({placed[k].column}))) {
        doubts->push_back({"doubt.groups_past_most", {{"raw", Seen(c)}}});
        continue;
      }
      if (!placed[k].column.empty()) out.emplace_back(placed[k].column, &c);
    }
    return out;
  }
  // A vertical row: the values are the next lone cells, one per column.
  // But not where the label's cell ends in a count past the label (a reader
  // joined the row's first value to its label's line: "... vilka är 10" /
  // "8"): the values below then start past the first column.
  if (RegexMatch m; doc_.format == "text" && FindRowLabel(r, v, &m)) {
    const std::string rest =
        Trim(Utf8(U(v.line->cells[static_cast<size_t>(v.first)].text).tempSubString(m.end)));
    const size_t sp = rest.rfind(' ');
    double num;
    if (!rest.empty() &&
        parser_.ParseNumber(sp == std::string::npos ? rest : rest.substr(sp + 1), &num)) {
      doubts->push_back({"doubt.after_label_above_stack", {{"raw", "'" + rest + "'"}}});
      return out;
    }
  }
  size_t want = header_.names.size();
  bool positional = false;
  std::vector<size_t> value_lines;  // the line of each value in `out`
  // Words below where the next column takes none, when a later column does
  // (a row's names after its empty Nej): its row may still tell its column.
  size_t words_at = seg_.end;
  for (size_t k = idx + 1; k < seg_.end && out.size() < want; ++k) {
    const LineView& n = View(k);
    // A page's running header or footer of more than one cell between two
    // values of the stack (a page break inside it) is passed over, as is a
    // page's marker ("=== Sida 4 av 13 ===", PageMarker). (A lone cell taken
    // for furniture, a mark repeated down the form, a label repeated on other
    // pages, is a value or ends the stack.)
    if (n.line->role == LineRole::kFurniture && n.first >= 0 && (!IsLoneCell(n) || PageMarker(k)))
      continue;
    // An empty row of a padded sheet saved as CSV is an empty cell or a
    // blank line between rows (read/text/text_reader.h): a value after it
    // stands in one of two columns; none after it, the stack ends there.
    if (n.line->origin == kEmptySheetRowOrigin) {
      size_t at = seg_.end;
      if (ValuesBelow(k, &at)) {
        doubts->push_back(
            {"doubt.below_empty_sheet_row", {{"raw", "'" + View(at).line->Text() + "'"}}});
        out.clear();
        return out;
      }
      break;
    }
    if (n.first < 0 && !IsLoneCell(n)) continue;
    if (!IsLoneCell(n)) break;
    size_t at = LoneAt(n);
    const Cell& c = n.line->cells[at];
    if (IsStructuralCell(n.cells[at], n.Fold(at))) break;
    // A positioned cell alone on its line (a PDF; text split at runs of
    // spaces) comes from a format where an empty cell leaves no line. A cell
    // after its row's empty lead cell (a drawn table in text) is a table row
    // whose empty cells are kept, as in Word: an empty one is a value too.
    bool drops_empty = c.x0 >= 0 && n.line->cells.size() == 1;
    positional = positional || drops_empty;
    // Where empty cells leave no line, only marks and numbers are values.
    double num;
    if (drops_empty && !parser_.IsMark(c.text) && !parser_.ParseNumber(c.text, &num) &&
        header_.names[out.size()] != kNamesColumn) {
      if (std::find(header_.names.begin() + out.size(), header_.names.end(), kNamesColumn) !=
          header_.names.end())
        words_at = k;
      break;
    }
    out.emplace_back(header_.names[out.size()], &c);
    value_lines.push_back(k);
    consumed_.insert(k);
  }
  // One more lone number or mark right under the stack's last value, on its
  // page, than the header has columns (a page's bare number among the row's
  // counts that no reader told for one: "4" / "10" / "6"): which of them are
  // the row's is not told.
  if (out.size() == want && !value_lines.empty() && value_lines.back() + 1 < seg_.end) {
    const size_t k = value_lines.back() + 1;
    const LineView& n = View(k);
    double num;
    if (n.first >= 0 && IsLoneCell(n) && !consumed_.count(k) && !PageMarker(k) &&
        n.line->page == View(value_lines.back()).line->page) {
      const Cell& c = n.line->cells[LoneAt(n)];
      if (c.checkbox == CheckboxState::kNone &&
          (parser_.IsMark(c.text) || parser_.ParseNumber(c.text, &num))) {
        std::string seen;
        for (const auto& [col, cell] : out) seen += Seen(*cell) + ", ";
        doubts->push_back(
            {"doubt.stacked_extra", {{"raw", seen + Seen(c)}, {"count", std::to_string(want)}}});
        out.clear();
        return out;
      }
    }
  }
  // A header whose column words a refill joined over its lines: the values'
  // columns cannot be told from their order.
  if (header_.words_joined) {
    std::string seen;
    for (const auto& [col, cell] : out)
      if (!cell->text.empty() || cell->checkbox == CheckboxState::kChecked)
        seen += (seen.empty() ? "" : ", ") + Seen(*cell);
    if (!seen.empty()) {
      doubts->push_back({"doubt.stacked_joined_header", {{"raw", seen}}});
      out.clear();
      return out;
    }
  }
  // Words where a number or a mark is wanted, with values after them: the
  // lines under the label are not one value a column (a paragraph of the
  // label's own cell wrapped apart from it), so no value's column is proven.
  for (size_t i = 0; i + 1 < out.size(); ++i) {
    const auto& [col, cell] = out[i];
    double num;
    if (col.empty() || col == kNamesColumn || cell->checkbox != CheckboxState::kNone ||
        Trim(cell->text).find(' ') == std::string::npos || parser_.IsMark(cell->text) ||
        parser_.ParseNumber(cell->text, &num))
      continue;
    doubts->push_back({"doubt.words_in_stack", {{"raw", "'" + cell->text + "'"}}});
    out.clear();
    return out;
  }
  if (positional && !out.empty() && out.size() < want &&
      StackedRows(idx, value_lines, words_at, &out)) {
    if (words_at < seg_.end && out.size() > value_lines.size()) consumed_.insert(words_at);
    return out;
  }
  if (positional && !out.empty() && out.size() < want) {
    // The format dropped the empty cells: which column each value stood in
    // cannot be told.
    std::string seen;
    for (const auto& [col, cell] : out) seen += (seen.empty() ? "" : ", ") + Seen(*cell);
    doubts->push_back({"doubt.stacked_dropped", {{"raw", seen}, {"count", std::to_string(want)}}});
    out.clear();
  }
  return out;
}

bool MatchRun::StackedRows(size_t idx, const std::vector<size_t>& at, size_t words_at,
                           std::vector<std::pair<std::string, const Cell*>>* out) const {
  // Text, or lines with vertical places under a header with a step: the
  // gaps count the rows (StackedGap).
  if (doc_.format != "text" && header_.step <= 0) return false;
  // A text with no blank line between two lines of a page had its blank
  // lines stripped (a page of laid-out text always has some; a page break
  // may leave an empty line at a page's end): an empty row then left no
  // line, so a value right under its label may stand in any row. (A line
  // emptied by a rebuilt table's row, by the normaliser or by the reader was
  // no blank line.)
  bool blank_seen = doc_.format != "text";
  for (size_t j = seg_.begin + 1; j + 1 < seg_.end && !blank_seen; ++j) {
    const Line& l = *View(j).line;
    blank_seen = FilledCells(l) == 0 && l.origin != kMovedCellsOrigin &&
                 l.origin != kNoteBodyOrigin && l.origin != kUnreadLineOrigin &&
                 View(j - 1).line->page == l.page && View(j + 1).line->page == l.page;
  }
  if (!blank_seen) return false;
  std::vector<size_t> lines = at;
  if (words_at < seg_.end) lines.push_back(words_at);
  std::vector<StackedCell> values;
  size_t above = idx;
  for (size_t k : lines) {
    StackedCell sv;
    sv.blank_lines = StackedGap(above, k, header_.step);
    sv.exact = doc_.format != "text";
    const Cell& c = View(k).line->cells[LoneAt(View(k))];
    double num;
    sv.text = !parser_.IsMark(c.text) && !parser_.ParseNumber(c.text, &num);
    values.push_back(sv);
    above = k;
  }
  std::vector<bool> text_columns;
  for (const std::string& name : header_.names) text_columns.push_back(name == kNamesColumn);
  std::vector<size_t> columns = PlaceStackedValues(text_columns, header_.rows_follow, values);
  if (columns.empty()) return false;
  if (doc_.format == "text" && values[0].blank_lines == 0 && columns[0] == 0 && RowLostALine(idx))
    return false;
  out->clear();
  for (size_t i = 0; i < lines.size(); ++i)
    out->emplace_back(header_.names[columns[i]],
                      &View(lines[i]).line->cells[LoneAt(View(lines[i]))]);
  return true;
}

bool MatchRun::RowLostALine(size_t idx) const {
  // A row's label: a line of one cell of words (no mark, no number) on the
  // row's page; values and blank lines stand between two labels.
  const int page = View(idx).line->page;
  auto label = [&](size_t k) {
    const LineView& v = View(k);
    if (FilledCells(*v.line) == 0) return false;
    double num;
    const std::string& t = v.line->cells[LoneAt(v)].text;
    return IsLoneCell(v) && !parser_.IsMark(t) && !parser_.ParseNumber(t, &num);
  };
  auto on_page = [&](size_t k) { return View(k).line->page == page; };
  // The labels before and after `from`, skipping one run of values.
  auto next = [&](size_t from) -> size_t {
    for (size_t k = from + 1; k < seg_.end && on_page(k); ++k)
      if (FilledCells(*View(k).line) > 0 && (label(k) || !IsLoneCell(View(k))))
        return label(k) ? k : seg_.end;
    return seg_.end;
  };
  auto previous = [&](size_t from) -> size_t {
    for (size_t k = from; k-- > seg_.begin && on_page(k);)
      if (FilledCells(*View(k).line) > 0 && (label(k) || !IsLoneCell(View(k))))
        return label(k) ? k : seg_.end;
    return seg_.end;
  };
  const size_t before = previous(idx), after = next(idx);
  if (before == seg_.end || after == seg_.end) return false;
  const size_t after2 = next(after);
  if (after2 == seg_.end) return false;
  // Each of the neighbours must hold a value between its label and the next.
  return after - idx < idx - before && after - idx < after2 - after && before + 1 < idx &&
         after + 1 < after2;
}

Placement MatchRun::ColumnAt(const LineView& v, size_t cell) const {
  if (!has_header_) return Placement();
  // Without positions a cell's column is its index. A row whose first text
  // (its label) stands after blank cells, under a column the header names,
  // where the header's first cell, over the labels, is blank (`catdoc`
  // writes a tab before some rows' labels), or with more cells than its
  // header, is counted from its first text, so that its cells stand under
  // the header as the other rows' do.
  const std::vector<Cell>& cells = v.line->cells;
  size_t index = cell;
  size_t first = v.first > 0 ? static_cast<size_t>(v.first) : 0;
  if (cells[cell].x0 < 0 && first > 0 && !header_.names.empty() && header_.names[0].empty() &&
      std::all_of(cells.begin(), cells.begin() + static_cast<std::ptrdiff_t>(first),
                  [](const Cell& c) { return c.checkbox == CheckboxState::kNone; }) &&
      (cells.size() > header_.names.size() ||
       (first < header_.names.size() && !header_.names[first].empty())) &&
      index >= first)
    index -= first;
  // A header whose first column stands over the row's label or before it (a
  // header line whose leading tab was stripped, "Kvinnor\tMän" over
  // "Totalt antal klienter\t267\t181"; a header typed without the labels'
  // cell): a label stands in no column, so the header's first column is the
  // cell's after the label (MarkPastHeader undecides a row still wider).
  if (!(header_.positional && cells[cell].x0 >= 0) && v.first >= 0 && cell > first &&
      !header_.vertical) {
    size_t column = 0;
    while (column < header_.names.size() && header_.names[column].empty() &&
           !(column < header_.ignored.size() && header_.ignored[column]))
      ++column;
    if (column < header_.names.size() && column + (cell - index) <= first)
      index = cell - first - 1 + column;
  }
  // A row of a text that keeps no empty cell (a laid-out page's gaps
  // squeezed to one tab each: kSqueezedRowOrigin) with fewer cells than its
  // header (so counted) cannot say which column each of its values stands
  // in: an empty one left no tab anywhere. Ambiguous, never placed by index.
  if (v.line->origin == kSqueezedRowOrigin && cells[cell].x0 < 0 &&
      cells.size() - (cell - index) < header_.names.size()) {
    Placement p;
    p.ambiguous = true;
    p.doubt = {"doubt.header_wider", {}};
    return p;
  }
  return PlaceCell(header_, cells[cell], index);
}

void MatchRun::OrderPlacements(const LineView& v, const Rule& r, const std::vector<size_t>& cells,
                               std::vector<Placement>* placed) const {
  if (r.choice_key.empty()) return;
  std::vector<const Cell*> row;
  for (size_t k : cells) row.push_back(&v.line->cells[k]);
  std::set<std::string> value_columns;
  for (const auto& [col, key] : r.column_keys) value_columns.insert(col);
  PlaceBoxesInOrder(header_, value_columns, row, placed);
}

bool MatchRun::ValuesBelow(size_t idx, size_t* at, bool separators) const {
  for (size_t k = idx + 1; k < seg_.end; ++k) {
    const LineView& n = View(k);
    if (n.first < 0) continue;
    if (consumed_.count(k) || IsStructuralLine(k) || MatchHeading(n)) return false;
    double num;
    bool value = false;
    for (const Cell& c : n.line->cells) {
      if (c.text.empty()) continue;
      if (parser_.IsMark(c.text) || parser_.ParseNumber(c.text, &num)) {
        value = true;
        continue;
      }
      if (!separators) return false;
      size_t b = c.text.find_first_not_of(" \t|"), e = c.text.find_last_not_of(" \t|");
      if (b == std::string::npos) continue;
      std::string text = c.text.substr(b, e - b + 1);
      if (!parser_.IsMark(text) && !parser_.ParseNumber(text, &num)) return false;
      value = true;
    }
    if (separators && !value) return false;
    if (at) *at = k;
    return true;
  }
  return false;
}

void MatchRun::ApplyRow(const Rule& r, size_t idx) {
  const LineView& v = View(idx);
  if (!has_header_) {
    ApplyInlineRow(r, idx);
    return;
  }
  if (LoneAt(v) == 0 && v.line->cells.size() == 1 && !header_.vertical && ApplyInlineRow(r, idx))
    return;
  if (NamesItsColumns(r, v)) {
    // "Ekonomi, män<TAB>113" under a header: the written column word
    // decides, not where the count stands.
    ApplyInlineRow(r, idx);
    return;
  }
  std::set<std::string> marked;
  std::vector<MessagePart> doubts;
  auto cells = RowCells(idx, r, &doubts);
  bool any_value = false;
  for (const auto& [col, cell] : cells) {
    const Cell& c = *cell;
    if (!c.text.empty() || c.checkbox == CheckboxState::kChecked) any_value = true;
    auto ck = r.column_keys.find(col);
    if (ck != r.column_keys.end()) {
      std::string key = Interpolate(ck->second);
      double count;
      if (!r.choice_key.empty() &&
          (c.checkbox == CheckboxState::kChecked ||
           (parser_.IsMark(c.text) && !parser_.ParseNumber(c.text, &count)))) {
        // A mark where a number is asked (the 2023 queue: one municipality
        // writes X under Ja): the column is chosen, the count is not given.
        marked.insert(col);
        continue;
      }
      if (c.checkbox != CheckboxState::kNone || written_.IsBoxCell(c.text)) {
        // A cell that is only a check-box glyph or box is never a written answer:
        // a header shifted off its columns (a layout text whose margin was
        // stripped) stands the Nej box under the names column.
        if (doubts.empty())
          doubts.push_back(
              {"doubt.box_in_text_column", {{"raw", Seen(c)}, {"first", ColumnRef(col)}}});
        continue;
      }
      if (!c.text.empty() && !key.empty()) {
        // Read by OCR, a value is as sure as its own cell, wherever it
        // stands: a stacked value's line, not its label's.
        assigner_.Assign(
            key, c.text, r, *v.line, 0,
            v.line->ocr ? LineHolding(&c, idx, seg_.end, [&](size_t k) { return View(k).line; })
                        : nullptr);
        if (!r.choice_key.empty() && parser_.CountChooses(c.text)) marked.insert(col);
      }
      continue;
    }
    if (r.choice_key.empty()) continue;
    if (IsMarked(c)) {
      marked.insert(col);
    } else if (!c.text.empty() && c.checkbox == CheckboxState::kNone) {
      assigner_.AddFinding("warning", "unreadable_mark", {Interpolate(r.choice_key)},
                           "unreadable_mark_column", {{"raw", c.text}, {"column", col}}, *v.line);
    }
  }
  std::vector<std::string> keys;
  if (!r.choice_key.empty()) keys.push_back(Interpolate(r.choice_key));
  for (const auto& [col, key] : r.column_keys) keys.push_back(Interpolate(key));
  if (!doubts.empty()) {
    // Precision first: a value whose column cannot be told leaves the row's
    // keys unread.
    assigner_.AddFinding("warning", "ambiguous_column", keys, "ambiguous_row_columns", {}, *v.line,
                         std::move(doubts));
    return;
  }
  if (!any_value && ApplyInlineRow(r, idx)) return;
  NameCutColumns(r, *v.line, cells);
  if (r.choice_key.empty()) return;
  std::string key = Interpolate(r.choice_key);
  if (key.empty()) return;
  assigner_.AssignChoice(key, std::vector<std::string>(marked.begin(), marked.end()), r, *v.line);
}

void MatchRun::NameCutColumns(const Rule& r, const Line& line,
                              const std::vector<std::pair<std::string, const Cell*>>& cells) {
  // A row with a choice (Ja/Nej columns) is left to the later passes, which
  // name its choice and counts together.
  if (!r.choice_key.empty()) return;
  // A row under a header whose column word the cut cut short: a key whose
  // column the header does not name may be that one's, a value under it or
  // a blank (the row need not reach the cut); a column it names keeps its
  // blank.
  const bool line_cut = line.Text().find(kCutLine) != std::string::npos;
  const bool header_cut = has_header_ && header_.cut_word;
  if (!line_cut && !header_cut) return;
  std::string seen = line.Text();
  EraseCutMarks(&seen);
  for (const auto& [col, key] : r.column_keys) {
    auto has = [&](const auto& cell) { return cell.first == col; };
    if (std::any_of(cells.begin(), cells.end(), has)) continue;
    const bool named =
        std::find(header_.names.begin(), header_.names.end(), col) != header_.names.end();
    if (!line_cut && named) continue;
    std::string k = Interpolate(key);
    if (!k.empty())
      assigner_.AddFinding("warning", "value_unreadable", {k}, line_cut ? "cut_line" : "cut_header",
                           {{"raw", Trim(seen)}}, line);
  }
}

std::string MatchRun::LabelInside(const std::string& value, bool short_value, bool spaced) const {
  if ((doc_.format != "text" && !spaced) || value.find('\n') != std::string::npos) return "";
  // Free text may name one of the form's words; more than a dozen words are
  // cells run together only where two other questions' labels stand in them,
  // unless the value is one short thing (a name, a phone), which names none.
  const bool prose = !short_value && std::count(value.begin(), value.end(), ' ') > 12;
  std::string first;
  const Rule* first_rule = nullptr;
  icu::UnicodeString u = U(value);
  // From the value's start too: a value that opens with another question's
  // label and its answer is that row run into it ("Postnummer 13581 Tyresö
  // kommun": a narrow browser dump's next labels under an address's label).
  for (int32_t i = 0; i < u.length(); ++i) {
    const UChar32 before = i > 0 ? u.char32At(i - 1) : u' ';
    const bool glued = before != u' ';  // "TyresöPostnummer": columns squeezed
    // "Socialnämnd;Telefon ...", "Stadshuset,Postnummer ...": cells joined
    // by a separator no reader took for one (not in prose, where
    // "Bostad;Ekonomi" may be a list; a comma of prose has a space after it).
    const bool joined = !prose && (before == u';' || before == u'|' || before == u',');
    if ((glued && !u_islower(before) && !joined) || !u_isupper(u.char32At(i))) continue;
    icu::UnicodeString rest = u.tempSubString(i);
    const std::string folded = Fold(Utf8(rest));  // for the prefilter
    // A label glued on, or with its answer (one alone ends a value: "Timrå Kommun").
    RegexMatch m;
    for (const Rule* r : all_rules_) {
      if (r->kind == RuleKind::kOption || !MayMatch(r->regex, folded) ||
          !RegexFind(r->regex, rest, &m, &cache_) || m.start != 0)
        continue;
      bool answer = m.groups.size() > 1 ? !Trim(m.groups[1]).empty()
                                        : !Trim(Utf8(rest.tempSubString(m.end))).empty();
      // In a spaced paragraph a label alone ends another cell's text.
      if (!answer && !glued && !spaced) continue;
      if (!prose || glued) return Utf8(rest);
      if (!first_rule) {
        first = Utf8(rest);
        first_rule = r;
      } else if (r != first_rule) {
        return first;
      }
    }
  }
  return "";
}

}  // namespace redovis
