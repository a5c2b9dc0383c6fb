// Reading-order text, its tables' marks (pdftotext without -layout):
// MatchRun's methods that decide where the order proves a check box's
// column (a Ja/Nej table written row after row with one box a column in
// every row, or column after column) and refuse the rest. Split from
// reading_order.cc by concept (option lists in reading_order_options.cc, a
// question's own one-row table in reading_order_question_boxes.cc); see
// reading_order.h and match_run.h.
#include <unicode/uchar.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "base/text_util.h"
#include "base/utf8.h"
#include "match/cell_lines.h"
#include "match/match_run.h"
#include "match/ordered_runs.h"
#include "match/reading_order.h"
#include "patterns/regex.h"
#include "read/text/text_reader.h"

namespace redovis {

namespace {

// The text after a row's label (`rest`, trimmed) without the label's own
// closing marks, `:`, `?` and `.` ("Ombuden har erbjudits utbildning.").
std::string PastLabelMarks(std::string rest) {
  while (!rest.empty() && (rest[0] == ':' || rest[0] == '?' || rest[0] == '.'))
    rest = Trim(rest.substr(1));
  return rest;
}

// The runs' ticks, a run a column (ordered_runs.h).
std::vector<TickRun> Ticks(const std::vector<std::vector<const Cell*>>& columns) {
  std::vector<TickRun> ticks;
  for (const auto& column : columns) {
    TickRun run;
    for (const Cell* c : column) run.push_back(c->checkbox == CheckboxState::kChecked);
    ticks.push_back(run);
  }
  return ticks;
}

// Whether `text` (trimmed) may be the names a row's Ja asks for, written as
// a cell of its own: a capital or a digit first, no column word in it.
bool MayBeNames(const WrittenAnswers& written, const std::string& text) {
  const icu::UnicodeString u = U(text);
  return !u.isEmpty() && (u_isupper(u.char32At(0)) || u_isdigit(u.char32At(0))) &&
         !written.HoldsColumnWord(" " + text);
}

}  // namespace

bool MatchRun::IsOrderedTableCell(size_t idx) const {
  if (!reading_order_) return false;
  const LineView& v = View(idx);
  if (v.first < 0 || FilledCells(*v.line) != 1) return false;
  const Cell& c = v.line->cells[static_cast<size_t>(v.first)];
  if (c.checkbox != CheckboxState::kNone || parser_.IsMark(c.text)) return true;
  std::string t = Trim(c.text);
  if (!written_.BrokenColumnWord(t).empty()) return true;
  if (parser_.ColumnOf(t).empty()) return false;
  // The column's word alone, or with the form's note in brackets after it
  // ("Delvis (t.ex. ...)"); a sentence that starts with the word is an answer.
  size_t sp = t.find(' ');
  if (sp == std::string::npos) return true;
  if (Trim(t.substr(sp + 1))[0] == '(') return true;
  size_t words = std::count(t.begin(), t.end(), ' ') + 1;
  return words <= 3 && t.find_first_of(".,:;") == std::string::npos;
}

bool MatchRun::RefuseOrderedChoice(const Rule& r, size_t idx) {
  if (!reading_order_ || r.kind != RuleKind::kRow || r.choice_key.empty()) return false;
  if (ReadTrailingCells(r, idx)) return true;
  const LineView& v = View(idx);
  // A row RebuildCellLines made of the label's line and the lines after it,
  // one a column (cell_lines.h: the lines it moved up follow the row), each
  // of those cells a box: a box is never left out as an empty cell is, so
  // the boxes stand in their columns' order, as OrderedQuestionBoxes reads
  // a question's "Ja" / "Nej" / question / "☒" / "☐". Read as a table's row.
  // The same for a row whose cells are typed marks ("X") and empty cells,
  // where each empty cell is an empty form field the text shows (the 2023
  // form through pdftohtml and w3m: "Kommun" / "X" / "     "): none is left
  // out either. Where the row asks counts under its columns (the 2023 queue,
  // MuPDF's text: "Har ni haft kö ..." / "2" / "1"), a count is such a cell.
  auto rebuilt_box_row = [&] {
    if (v.first < 0 || idx + 1 >= seg_.end) return false;
    // The row's own lines: the cells moved up and its empty form fields,
    // blank lines between them (MuPDF's text parts each cell so).
    size_t moved = 0, fields = 0;
    for (size_t k = idx + 1; k < seg_.end; ++k) {
      const LineView& u = View(k);
      if (u.first >= 0) break;  // the next row (its label's line, cells moved to it)
      if (u.line->origin == kEmptyFormFieldOrigin)
        ++fields;
      else if (u.line->origin == kMovedCellsOrigin)
        ++moved;
      else if (!u.line->Blank() || !u.line->origin.empty())
        break;
    }
    if (moved == 0) return false;
    size_t boxes = 0, marks = 0, empty = 0;
    for (size_t c = static_cast<size_t>(v.first) + 1; c < v.line->cells.size(); ++c) {
      const Cell& cell = v.line->cells[c];
      if (cell.checkbox != CheckboxState::kNone)
        ++boxes;
      else if (Trim(cell.text).empty())
        ++empty;
      else if (parser_.IsMark(cell.text))
        ++marks;
      else if (double n = 0; AsksCounts(r) && parser_.ParseNumber(cell.text, &n))
        ++marks;  // a count where the row asks counts (the 2023 queue's "2" / "1")
      else
        return false;
    }
    if (marks + empty == 0) return boxes >= 2 && View(idx + 1).line->origin == kMovedCellsOrigin;
    return boxes == 0 && marks > 0 && marks + empty >= 2 && fields == empty;
  };
  if (rebuilt_box_row()) return false;
  RegexMatch m;
  if (v.first >= 0 && FindLabelInFirst(r, v, &m)) {
    // The choice as a word after the label on its own line is one cell's text.
    std::string rest =
        PastLabelMarks(Trim(Utf8(v.cells[static_cast<size_t>(v.first)].tempSubString(m.end))));
    if (!rest.empty() && !parser_.ColumnOf(rest).empty()) return false;
  }
  std::vector<std::string> keys = HitKeys(r);
  if (keys.empty()) return false;
  // Row `idx` answered Ja in a table OrderedRowBoxes or OrderedColumnBoxes
  // proved: the names the Ja asks for, where the order wrote the table's
  // names column after the table, its word ("Om ja, ange vilken/vilka:") and
  // exactly one line, and only this row of the table, every row answered,
  // said Ja (reading_order.h): the line is consumed and the names left null
  // with a finding, as whose row wrote them is not shown.
  auto column_names = [&](bool by_rows) {
    std::string names_key = NamesKey(r);
    if (names_key.empty()) return;
    auto blank = [&](size_t k) { return View(k).first < 0; };
    // The table's rows: a block of labels (columns), or labels each with its
    // boxes after it (rows).
    std::vector<size_t> rows;
    size_t a = idx, b = idx;
    if (!by_rows && !OrderedLabelBlock(idx, &a, &b)) return;
    for (size_t k = a; by_rows && k > seg_.begin &&
                       (blank(k - 1) || OrderedBoxLine(k - 1) || OrderedChoiceLabel(k - 1));)
      if (OrderedChoiceLabel(--k)) a = k;
    for (size_t k = a;
         k < seg_.end &&
         (k <= b || (by_rows && (blank(k) || OrderedBoxLine(k) || OrderedChoiceLabel(k))));
         ++k)
      if (OrderedChoiceLabel(k)) rows.push_back(k);
    if (rows.empty()) return;
    b = rows.back();
    for (size_t k : rows) {
      std::vector<std::string> row;
      if (!(by_rows ? OrderedRowBoxes(k, &row) : OrderedColumnBoxes(k, &row)) || row.size() != 1 ||
          ((row[0] == "yes") != (k == idx)))
        return;
    }
    // Past the rest of the table on its page: boxes, column words, blank
    // lines and the lines a table's cells may stand around.
    const int page = View(idx).line->page;
    auto here = [&](size_t k) { return k < seg_.end && View(k).line->page == page; };
    auto names_word = [&](size_t k) {
      auto column = r.column_keys.find(OrderedColumnWord(k));
      return column != r.column_keys.end() && Interpolate(column->second) == names_key;
    };
    size_t k = b + 1;
    while (here(k) && !names_word(k) &&
           (blank(k) || OrderedBoxLine(k) || OrderedLineAroundTable(k) ||
            !OrderedColumnWord(k).empty()))
      ++k;
    if (!here(k) || !names_word(k)) return;
    size_t at = k + 1;
    std::string seen;
    if (!here(at) || blank(at) || consumed_.count(at) || IsOrderedTableCell(at) ||
        IsStructuralLine(at) || MatchHeading(View(at)) || !OrderedLoneCell(at) ||
        (at + 1 < seg_.end && !blank(at + 1)) || OrphanAfter(at + 1, &seen))
      return;
    std::string names = Trim(OrderedLoneCell(at)->text);
    if (!MayBeNames(written_, names)) return;
    // Whose row wrote them the order does not show: a row that said Nej may
    // name organisations too (measured: on the corpus and seven seeds of
    // other answers the Ja row's names 13 times, a Nej row's 7). Not taken.
    consumed_.insert(at);
    assigner_.AddFinding("warning", "ambiguous_column", {names_key}, "reading_order_names",
                         {{"raw", names}}, *View(at).line);
  };
  std::vector<std::string> marked;
  // A row that asks for counts under its columns, its choice told by them
  // (the 2023 queue: municipalities with and without one), whose one-row
  // table the order wrote as OrderedQuestionBoxes reads boxes: the column
  // words (a note in brackets under each), the question, a count a line.
  std::vector<size_t> count_lines;
  if (AsksCounts(r) && OrderedQuestionBoxes(idx, &marked, &count_lines)) {
    std::vector<std::string> chosen;
    for (size_t i = 0; i < marked.size(); ++i) {
      const auto ck = r.column_keys.find(marked[i]);
      const Line& at = *View(count_lines[i]).line;
      const std::string count = Trim(OrderedLoneCell(count_lines[i])->text);
      consumed_.insert(count_lines[i]);
      if (ck != r.column_keys.end() && !Interpolate(ck->second).empty())
        assigner_.Assign(Interpolate(ck->second), count, r, at);
      if (parser_.CountChooses(count)) chosen.push_back(marked[i]);
    }
    const std::string key = Interpolate(r.choice_key);
    if (!key.empty()) assigner_.AssignChoice(key, chosen, r, *v.line);
    return true;
  }
  marked.clear();
  bool by_rows = false, by_columns = false;
  size_t names_line = seg_.end;
  if ((by_rows = OrderedRowBoxes(idx, &marked, &names_line)) ||
      (by_columns = OrderedColumnBoxes(idx, &marked)) || OrderedRunsAfterWords(idx, &marked) ||
      OrderedQuestionBoxes(idx, &marked)) {
    std::string key = Interpolate(r.choice_key);
    if (!key.empty()) assigner_.AssignChoice(key, marked, r, *v.line);
    // The names the row wrote after its boxes (a Ja, OrderedRowBoxes proved).
    if (names_line != seg_.end) {
      consumed_.insert(names_line);
      const std::string names_key = NamesKey(r);
      if (!names_key.empty())
        assigner_.Assign(names_key, Trim(OrderedLoneCell(names_line)->text), r,
                         *View(names_line).line);
      return true;
    }
    if ((by_rows || by_columns) && marked == std::vector<std::string>{"yes"}) column_names(by_rows);
    return true;
  }
  assigner_.AddFinding("warning", "ambiguous_column", keys, "reading_order_mark", {}, *v.line);
  return true;
}

bool MatchRun::OrderedRowBoxes(size_t idx, std::vector<std::string>* marked, size_t* names) {
  auto one = [&](size_t k) { return OrderedLoneCell(k); };
  auto blank = [&](size_t k) { return View(k).first < 0; };
  auto box = [&](size_t k) { return OrderedBoxLine(k); };
  auto label = [&](size_t k) { return OrderedChoiceLabel(k); };
  // A row's names after its boxes, inside the table: one line, a capital or
  // a digit first, no table's cell or column word, a box right above it
  // (past blank lines) and a row's label right after it.
  auto names_line = [&](size_t k) {
    const Cell* c = one(k);
    if (!c || c->checkbox != CheckboxState::kNone || label(k) || IsOrderedTableCell(k) ||
        IsStructuralLine(k) || !MayBeNames(written_, Trim(c->text)))
      return false;
    size_t up = k, down = k + 1;
    while (up > seg_.begin && blank(up - 1)) --up;
    while (down < seg_.end && blank(down)) ++down;
    return up > seg_.begin && box(up - 1) && down < seg_.end && label(down);
  };
  // The line a row's label's wording goes on at, whole (LabelGoesOn: "Har
  // ni under 2020 haft kö eller väntetid för personer" / "(uppdragsgivare)
  // som söker kontakt med personliga ombud?"), before its boxes; seg_.end
  // for none.
  auto label_rest = [&](size_t k) {
    if (!label(k)) return seg_.end;
    for (const Rule* q : rules_) {
      RegexMatch m;
      size_t rest = seg_.end;
      if (q->kind == RuleKind::kRow && !q->choice_key.empty() &&
          FindLabelInFirst(*q, View(k), &m) && m.start == 0 &&
          LabelGoesOn(*q, k, static_cast<size_t>(View(k).first), &rest) && rest < seg_.end &&
          !label(rest) && !box(rest))
        return rest;
    }
    return seg_.end;
  };
  // The table's first label: up over its rows (labels and their wording's
  // rest, boxes, blank lines, a row's names).
  size_t first = idx;
  for (size_t k = idx; k > seg_.begin;) {
    --k;
    if (blank(k) || box(k) || names_line(k)) continue;
    size_t above = k;
    while (above > seg_.begin && blank(above - 1)) --above;
    if (!label(k) && above > seg_.begin && label_rest(above - 1) == k) continue;
    if (!label(k)) break;
    first = k;
  }
  // The header: column words on the lines just above it, left to right.
  std::vector<std::string> header;
  for (size_t k = first; k > seg_.begin;) {
    --k;
    if (blank(k)) continue;
    const Cell* c = one(k);
    std::string name = c ? parser_.ColumnOf(Trim(c->text)) : "";
    if (name.empty() || name == kIgnoredColumn || parser_.IsMark(c->text)) break;
    header.insert(header.begin(), name);
  }
  // A names column last ("Om ja, ange vilken/vilka:") takes no box: its
  // empty cell the order left out. A row whose names it wrote ("RSMH" after
  // the boxes, before the next row's label) is a row answered Ja alone:
  // any other makes the names no row's proven, and the table is not read.
  const bool named = !header.empty() && header.back() == kNamesColumn;
  if (named) header.pop_back();
  if (header.size() < 2) return false;
  // Every row: its label, then exactly one box a column before the next
  // label (the last row: before the first line that is neither).
  std::map<size_t, std::vector<const Cell*>> rows;
  std::map<size_t, size_t> names_at;
  size_t row = 0, rest = seg_.end;
  size_t k = first;
  for (; k < seg_.end; ++k) {
    if (blank(k)) continue;
    if (label(k)) {
      row = k;
      rows[row];
      rest = label_rest(k);
    } else if (k == rest && rows.count(row) && rows[row].empty()) {
      continue;
    } else if (box(k)) {
      rows[row].push_back(one(k));
    } else if (named && rows.count(row) && !names_at.count(row) && names_line(k)) {
      names_at[row] = k;
    } else {
      break;
    }
  }
  for (const auto& [line, boxes] : rows)
    if (boxes.size() != header.size()) return false;
  // A table of one row (a question's own) with column words right after its
  // boxes that no choice row's label follows: the words may be its own,
  // written after its boxes, as OrderedQuestionBoxes refuses them.
  if (rows.size() == 1) {
    size_t j = k;
    bool words = false;
    auto choice_word = [&](size_t at) {
      const std::string w = OrderedColumnWord(at);
      return !w.empty() && w != kNamesColumn;
    };
    for (; j < seg_.end && (blank(j) || choice_word(j)); ++j) words = words || !blank(j);
    if (words && !(j < seg_.end && label(j))) return false;
  }
  for (const auto& [line, at] : names_at) {
    size_t ticked = 0;
    for (size_t c = 0; c < header.size(); ++c)
      ticked += rows[line][c]->checkbox == CheckboxState::kChecked;
    if (ticked != 1 || rows[line][0]->checkbox != CheckboxState::kChecked || header[0] != "yes")
      return false;
  }
  auto it = rows.find(idx);
  if (it == rows.end()) return false;
  for (size_t c = 0; c < header.size(); ++c)
    if (it->second[c]->checkbox == CheckboxState::kChecked) marked->push_back(header[c]);
  if (names) *names = names_at.count(idx) ? names_at[idx] : seg_.end;
  return true;
}

bool MatchRun::OrderedChoiceLabel(size_t k) const {
  const Cell* c = OrderedLoneCell(k);
  if (!c || c->checkbox != CheckboxState::kNone) return false;
  const icu::UnicodeString& cell = View(k).cells[static_cast<size_t>(View(k).first)];
  for (const Rule* q : rules_) {
    RegexMatch m;
    if (q->kind != RuleKind::kRow || q->choice_key.empty() || !FindLabelInFirst(*q, View(k), &m) ||
        m.start != 0)
      continue;
    // The label's own full stop, colon or question mark may end the line.
    if (PastLabelMarks(Trim(Utf8(cell.tempSubString(m.end)))).empty()) return true;
  }
  return false;
}

std::string MatchRun::OrderedColumnWord(size_t k) const {
  const Cell* c = OrderedLoneCell(k);
  if (!c || c->checkbox != CheckboxState::kNone || parser_.IsMark(c->text)) return "";
  std::string name = parser_.ColumnOf(Trim(c->text));
  return name == kIgnoredColumn ? "" : name;
}

bool MatchRun::OrderedColumnBoxes(size_t idx, std::vector<std::string>* marked) const {
  auto blank = [&](size_t k) { return View(k).first < 0; };
  auto box = [&](size_t k) { return OrderedBoxLine(k); };
  auto header = [&](size_t k) { return !OrderedColumnWord(k).empty(); };
  // The labels: one block of label lines, nothing between them.
  size_t a, b;
  if (!OrderedLabelBlock(idx, &a, &b)) return false;
  const size_t n = b - a + 1;
  const int page = View(idx).line->page;
  auto here = [&](size_t k) {
    return k >= seg_.begin && k < seg_.end && View(k).line->page == page;
  };
  // A line the table's cells may stand around: a running header or footer
  // (not a column word or a box), or a text question of the table's own ("Om annan utförare ...,
  // ange organisationens namn"), which holds no box and names no column.
  auto passed = [&](size_t k) { return OrderedLineAroundTable(k); };
  // Around the block [x, y], on its page, past blank lines: columns, each
  // its word and then a run of exactly one box a row; the first other line
  // ends the table (a box with no word of its own refuses it). `used` gets
  // the lines of the columns found.
  auto beside = [&](size_t x, size_t y, std::vector<std::string>* names,
                    std::vector<std::vector<const Cell*>>* columns, std::set<size_t>* used) {
    const size_t rows = y - x + 1;
    // Before the labels, upwards: a run of boxes, and its word above it.
    for (size_t k = x; k > seg_.begin;) {
      while (k > seg_.begin && here(k - 1) && blank(k - 1)) --k;
      std::vector<const Cell*> run;
      while (k > seg_.begin && here(k - 1) && box(k - 1)) {
        run.insert(run.begin(), OrderedLoneCell(--k));
        used->insert(k);
      }
      // A column word with no run of its own (the order wrote the boxes
      // elsewhere, under another word): no run is proven to be its word's.
      if (run.empty()) {
        if (k > seg_.begin && here(k - 1) && header(k - 1)) return false;
        break;
      }
      if (!(k > seg_.begin && here(k - 1) && header(k - 1)) || run.size() != rows) return false;
      used->insert(k - 1);
      names->insert(names->begin(), OrderedColumnWord(--k));
      columns->insert(columns->begin(), run);
    }
    // After the labels, downwards: a word, and its run of boxes below it.
    bool after = false;  // a column found after the labels
    for (size_t k = y + 1; k < seg_.end;) {
      while (here(k) && (blank(k) || passed(k))) ++k;
      if (here(k) && box(k)) return false;
      if (!here(k) || !header(k)) break;
      // A column word with no run right after the labels refuses the table;
      // after a column, another question's word ("Om ja, ange vilken") ends it.
      if (!here(k + 1) || !box(k + 1)) {
        if (!after) return false;
        break;
      }
      after = true;
      used->insert(k);
      std::string name = OrderedColumnWord(k++);
      std::vector<const Cell*> run;
      while (here(k) && box(k)) {
        used->insert(k);
        run.push_back(OrderedLoneCell(k++));
      }
      if (run.size() != rows) return false;
      names->push_back(name);
      columns->push_back(run);
    }
    return true;
  };
  std::vector<std::string> names;
  std::vector<std::vector<const Cell*>> columns;
  std::set<size_t> used;
  if (!beside(a, b, &names, &columns, &used)) return false;
  // One column beside the rows: the other may stand elsewhere on the page
  // (the order wrote two tables' "Ja" columns beside their rows and both
  // "Nej" columns after them). The page's tables of this length that show
  // one column, the same word's, and the runs of this length under another
  // word that no table stands beside, as many, are paired where exactly one
  // pairing lines every table up (ordered_runs.h), each run past another
  // table's rows from each table it may go to; a table of this length whose
  // columns are not shown, or a run of this length without a word of its
  // own or next to a table's rows with no other table's between, refuses.
  if (columns.size() == 1) {
    size_t p0 = a, p1 = b + 1;
    while (p0 > seg_.begin && here(p0 - 1)) --p0;
    while (here(p1)) ++p1;
    std::vector<TickRun> found;
    std::vector<std::pair<size_t, size_t>> blocks, tables;
    size_t mine = SIZE_MAX;
    for (size_t k = p0; k < p1; ++k) {
      size_t x, y;
      if (!OrderedLabelBlock(k, &x, &y)) continue;
      std::vector<std::string> words;
      std::vector<std::vector<const Cell*>> runs;
      bool shown = x >= p0 && y < p1 && beside(x, y, &words, &runs, &used);
      k = y;
      blocks.emplace_back(x, y);
      if (y - x + 1 != n) continue;
      if (!shown || runs.empty()) return false;
      if (runs.size() > 1) continue;
      if (words[0] != names[0]) return false;
      if (x == a) mine = found.size();
      found.push_back(Ticks(runs)[0]);
      tables.emplace_back(x, y);
    }
    std::set<std::string> keyed;
    for (const Rule* q : rules_)
      for (const auto& [col, key] : q->column_keys) keyed.insert(col);
    std::string other;
    std::vector<std::vector<const Cell*>> apart;
    for (size_t k = p0; k < p1; ++k) {
      if (!box(k) || used.count(k)) continue;
      std::vector<const Cell*> run;
      size_t e = k;
      for (; e < p1 && box(e) && !used.count(e); ++e) run.push_back(OrderedLoneCell(e));
      if (run.size() == n) {
        std::string w = k > p0 && !used.count(k - 1) ? OrderedColumnWord(k - 1) : "";
        if (w.empty() || w == names[0] || keyed.count(w) || (!other.empty() && w != other))
          return false;
        // Another table's rows stand between the run and each table it may
        // go to: a run after a table's own rows, past other lines, is not
        // shown to be its column.
        for (const auto& [x, y] : tables)
          if (std::none_of(blocks.begin(), blocks.end(), [&](const auto& o) {
                return (o.first > y && o.second < k) || (o.first > k && o.second < x);
              }))
            return false;
        other = w;
        apart.push_back(run);
      }
      k = e - 1;
    }
    std::vector<size_t> pairing = PairRunsWrittenApart(found, Ticks(apart));
    if (pairing.empty() || mine >= found.size()) return false;
    names.push_back(other);
    columns.push_back(apart[pairing[mine]]);
  }
  if (columns.size() < 2) return false;
  return OrderedRunsChoose(names, columns, idx - a, marked);
}

bool MatchRun::OrderedRunsAfterWords(size_t idx, std::vector<std::string>* marked) const {
  auto blank = [&](size_t k) { return View(k).first < 0; };
  auto box = [&](size_t k) { return OrderedBoxLine(k); };
  size_t a, b;
  if (!OrderedLabelBlock(idx, &a, &b)) return false;
  const size_t n = b - a + 1;
  const int page = View(idx).line->page;
  auto here = [&](size_t k) {
    return k >= seg_.begin && k < seg_.end && View(k).line->page == page;
  };
  // A column that holds a key of a row (the names a Ja asks for) has no box:
  // its word is passed over. Every other column word names a choice.
  std::set<std::string> keyed;
  for (const Rule* q : rules_)
    for (const auto& [col, key] : q->column_keys) keyed.insert(col);
  auto choice = [&](size_t k) {
    std::string w = OrderedColumnWord(k);
    return !w.empty() && !keyed.count(w);
  };
  auto other_word = [&](size_t k) {
    std::string w = OrderedColumnWord(k);
    return !w.empty() && keyed.count(w);
  };
  std::vector<std::string> names;
  // Above the labels, past blank lines: the choices' words, and no box.
  size_t k = a;
  while (k > seg_.begin && here(k - 1) && (blank(k - 1) || choice(k - 1))) {
    --k;
    if (!blank(k)) names.insert(names.begin(), OrderedColumnWord(k));
  }
  if (k > seg_.begin && here(k - 1) && (box(k - 1) || IsOrderedTableCell(k - 1))) return false;
  // After them: more of the words, then the runs, one a word, each of one
  // box a row, past blank lines, running lines, the table's text question
  // and the word of a column without boxes; before the first run, past a
  // note the form prints too (the next table's instruction, which the order
  // may write before this table's last word: "Ange vilka myndigheter ...").
  std::vector<std::vector<const Cell*>> columns;
  auto passed = [&](size_t j) {
    return blank(j) || other_word(j) || OrderedLineAroundTable(j) ||
           (columns.empty() && IsNoteLine(j));
  };
  // A word right over a block of row labels (past blank lines) is the next
  // table's first column.
  auto over_labels = [&](size_t j) {
    ++j;
    while (here(j) && blank(j)) ++j;
    return here(j) && OrderedChoiceLabel(j);
  };
  for (k = b + 1; here(k);) {
    if (passed(k)) {
      ++k;
      continue;
    }
    if (choice(k)) {
      // A word after a run: whose run is whose is not shown, unless every
      // word has its run and this one opens the next table.
      if (!columns.empty()) {
        if (columns.size() == names.size() && over_labels(k)) break;
        return false;
      }
      names.push_back(OrderedColumnWord(k++));
      continue;
    }
    if (!box(k)) break;
    std::vector<const Cell*> run;
    while (here(k) && box(k)) run.push_back(OrderedLoneCell(k++));
    if (run.size() != n) return false;
    columns.push_back(run);
  }
  if (columns.size() < 2 || columns.size() != names.size()) return false;
  return OrderedRunsChoose(names, columns, idx - a, marked);
}

bool MatchRun::OrderedLabelBlock(size_t idx, size_t* a, size_t* b) const {
  if (!OrderedChoiceLabel(idx)) return false;
  size_t first = idx, last = idx;
  while (first > seg_.begin && OrderedChoiceLabel(first - 1)) --first;
  while (last + 1 < seg_.end && OrderedChoiceLabel(last + 1)) ++last;
  if (last - first + 1 < 2) return false;
  *a = first;
  *b = last;
  return true;
}

bool MatchRun::OrderedLineAroundTable(size_t k) const {
  // (A column word or a box repeated down the pages may be taken for a
  // running line: it is the table's own.)
  if (!OrderedLoneCell(k) || IsOrderedTableCell(k)) return false;
  if (View(k).line->role == LineRole::kFurniture) return true;
  for (const Rule* q : rules_) {
    RegexMatch m;
    if (q->kind == RuleKind::kText &&
        RegexFind(q->regex, View(k).cells[static_cast<size_t>(View(k).first)], &m, &cache_) &&
        m.start == 0)
      return true;
  }
  return false;
}

bool MatchRun::OrderedRunsChoose(const std::vector<std::string>& names,
                                 const std::vector<std::vector<const Cell*>>& columns, size_t row,
                                 std::vector<std::string>* marked) const {
  for (size_t i = 0; i < names.size(); ++i)
    for (size_t j = i + 1; j < names.size(); ++j)
      if (names[i] == names[j]) return false;
  // No row has two boxes ticked: the runs line up with the rows. A row with
  // none was left blank by its writer (its keys stay null), as long as
  // another row shows a tick.
  if (!RunsLineUp(Ticks(columns))) return false;
  for (size_t c = 0; c < columns.size(); ++c)
    if (columns[c][row]->checkbox == CheckboxState::kChecked) marked->push_back(names[c]);
  return true;
}

const Cell* MatchRun::OrderedLoneCell(size_t k) const {
  if (k < seg_.begin || k >= seg_.end) return nullptr;
  const LineView& v = View(k);
  if (v.first < 0 || FilledCells(*v.line) != 1) return nullptr;
  return &v.line->cells[static_cast<size_t>(v.first)];
}

bool MatchRun::OrderedBoxLine(size_t k) const {
  const Cell* c = OrderedLoneCell(k);
  return c && c->checkbox != CheckboxState::kNone;
}

}  // namespace redovis
