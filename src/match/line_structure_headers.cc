// One walk over a report's lines, its column headers: a line of column words
// (by cells, or by words one space apart in laid-out text), a header stacked
// one word a line, a header over the rows' labels, and what a header cell
// names. See line_structure.h.
#include <unicode/uchar.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "base/utf8.h"
#include "match/column_placement.h"
#include "match/line_structure.h"
#include "match/reading_order.h"
#include "match/value_parser.h"
#include "read/text/cut_lines.h"

namespace redovis {

bool LineStructure::NamesTwoColumns(const std::string& text, const std::string& name) const {
  for (size_t sp = text.find(' '); sp != std::string::npos; sp = text.find(' ', sp + 1)) {
    size_t at = sp + 1;
    if (at >= text.size() || !u_isupper(NextCodePoint(text, &at))) continue;  // a header's word
    std::string next = parser_.ColumnOf(text.substr(sp + 1));
    if (!next.empty() && next != kIgnoredColumn && next != name) return true;
  }
  return false;
}

bool LineStructure::ParseHeader(const LineView& v, ColumnHeader* out) const {
  ColumnHeader h;
  int named = 0, other = 0;
  size_t cut_whole = v.line->cells.size();  // the cell whose word the cut left whole
  for (size_t i = 0; i < v.line->cells.size(); ++i) {
    const Cell& c = v.line->cells[i];
    std::string name = c.text.empty() ? "" : parser_.ColumnOf(c.text, c.fold);
    // A column named with a year ("Kvinnor 2021" beside "Kvinnor 2020"): the
    // report's year's is the column; another year's is known and never
    // read; with the report's year not read, which is the year's is not
    // told, and the cell names none.
    bool other_year = false;
    if (name.empty() && !c.text.empty()) {
      int year = 0;
      name = parser_.DatedColumnOf(c.text, &year);
      const Value& report_year = assigner_.record().Get(ps_.catalogue().KeyWithRole("year"));
      if (!name.empty() && !report_year.is_int()) name.clear();
      other_year = !name.empty() && year != report_year.as_int();
    }
    const bool ignored = name == kIgnoredColumn || other_year;
    // A cell whose words name two columns ("Ja Delvis (t.ex. ...": a layout
    // that set two header words one space apart) is neither's: what stands
    // under it cannot be told to be the first's.
    const bool two = !name.empty() && !ignored && NamesTwoColumns(c.text, name);
    if (ignored)
      name.clear();  // a comment or sum column: known, never read
    else if (two)
      name.clear();
    else if (!name.empty())
      ++named;
    else if (!c.text.empty() && static_cast<int>(i) != v.first)
      ++other;
    if (two) ++other;
    if (!c.text.empty() && (parser_.IsMark(c.text) || c.checkbox != CheckboxState::kNone))
      return false;
    if (!name.empty() && written_.EndsInBox(c.text)) return false;  // "Ja [X]": an answer
    h.ignored.push_back(ignored);
    h.names.push_back(name);
    h.unread.push_back(false);
    h.x0.push_back(c.x0);
    h.x1.push_back(c.x1);
    if (!name.empty() && c.x0 >= 0) h.positional = true;
    // A column word whole before the cut of a text cut at one column
    // ("Kvinnor " and kCutLine, cut_lines.h: ValueParser reads its words):
    // the word's column ends at its last letter, and what stood past the cut
    // is a column unread, so nothing there goes to the word's column.
    if (!name.empty() && i + 1 == v.line->cells.size() && c.x0 >= 0 && c.x1 >= c.x0 + 3 &&
        WholeBeforeCut(c.text) != std::string_view::npos) {
      h.x1.back() = c.x1 - 2;  // the blank and the mark, a column each
      h.names.push_back("");
      h.ignored.push_back(false);
      h.unread.push_back(true);
      h.x0.push_back(c.x1 - 1);
      h.x1.push_back(c.x1);
      h.cut_x0 = c.x1 - 1;
      cut_whole = i;
      ++other;
    }
  }
  if (named >= 2 && other == 0) {
    *out = h;
    return true;
  }
  if (SplitHeaderWords(v, out)) return true;
  // With positions, a header one of whose words did not read ("Kvinn" / "or"
  // wrapped in its cell): a new table all the same, its unread columns known
  // by their extent so that nothing under them goes to a neighbour.
  if (named < 1 || other < 1 || !h.positional || named + other < 2) return false;
  if (IsStructuralCell(v.cells[v.first], v.Fold(static_cast<size_t>(v.first)))) return false;
  double n;
  for (size_t i = static_cast<size_t>(v.first) + 1; i < v.line->cells.size(); ++i) {
    const Cell& c = v.line->cells[i];
    if (c.text.empty()) continue;
    if (parser_.ParseNumber(c.text, &n) ||
        (c.text.find(' ') != std::string::npos && i != cut_whole))
      return false;
    if (h.names[i].empty() && !h.ignored[i]) {
      h.unread[i] = true;
      // A column word the text's cut cut short ("Mä" of "Män"): its column
      // is there, which one is not known.
      if (c.text.find(kCutLine) != std::string::npos) h.cut_word = true;
    }
  }
  *out = h;
  return true;
}

bool LineStructure::OpensWithColumnWords(const LineView& v) const {
  if (v.first < 0) return false;
  const std::string& text = v.line->cells[static_cast<size_t>(v.first)].text;
  const size_t one = text.find(' ');
  if (one == std::string::npos) return false;
  const size_t two = text.find(' ', one + 1);
  if (two == std::string::npos || two + 1 >= text.size()) return false;
  const std::string first = parser_.ColumnOf(text.substr(0, one));
  const std::string second = parser_.ColumnOf(text.substr(one + 1, two - one - 1));
  return !first.empty() && !second.empty() && first != kIgnoredColumn && second != kIgnoredColumn &&
         first != second;
}

bool LineStructure::NarrowedHeader(size_t idx, const ColumnHeader& current,
                                   ColumnHeader* out) const {
  // No header in force: the table's columns are the count row's under the word.
  const bool none = current.names.empty() && current.table_columns.empty();
  if (!none && (!current.positional || current.vertical)) return false;
  // The table's columns: the full header's, or those a narrowed one keeps.
  std::vector<std::string> columns = current.table_columns;
  if (columns.empty())
    for (size_t j = 0; j < current.names.size(); ++j)
      if (!current.names[j].empty() && !current.ignored[j] && !current.unread[j])
        columns.push_back(current.names[j]);
  if (!none && columns.size() < 2) return false;
  const LineView& v = View(idx);
  if (v.first < 0 || FilledCells(*v.line) != 1) return false;
  const Cell& word = v.line->cells[static_cast<size_t>(v.first)];
  if (word.x0 < 0 || word.checkbox != CheckboxState::kNone || parser_.IsMark(word.text))
    return false;
  const std::string name = parser_.WholeColumnOf(word.text);
  if (name.empty() || name == kIgnoredColumn || name == kNamesColumn) return false;
  if (!none && std::find(columns.begin(), columns.end(), name) == columns.end()) return false;
  // The row it stands over: a label left of it and one count under it, on
  // the label's line or, where the label runs on past the word, alone on
  // the line right under it.
  size_t k = idx + 1;
  while (k < seg_.end && FilledCells(*View(k).line) == 0) ++k;
  if (k >= seg_.end || View(k).line->page != v.line->page) return false;
  auto filled_of = [](const Line& l) {
    std::vector<const Cell*> filled;
    for (const Cell& c : l.cells)
      if (!c.text.empty() || c.checkbox != CheckboxState::kNone) filled.push_back(&c);
    return filled;
  };
  auto under_word = [&](const Cell& count) {
    return IsCountCell(count.text) && count.x0 >= 0 && count.x1 > word.x0 && count.x0 < word.x1;
  };
  const std::vector<const Cell*> filled = filled_of(*View(k).line);
  if (filled.empty() || filled[0]->x0 < 0 || filled[0]->x0 >= word.x0) return false;
  if (none) {
    // Only a label and its count on one line, the label a count row's of
    // two columns or more, the word's among them.
    if (filled.size() != 2) return false;
    const LineView& row = View(k);
    for (const Rule* q : rules_) {
      RegexMatch m;
      if (!IsCountRow(*q) || q->column_keys.size() < 2 || !q->column_keys.count(name) ||
          !RegexFind(q->regex, row.cells[static_cast<size_t>(row.first)], &m, &cache_) ||
          m.start != 0)
        continue;
      for (const auto& [col, key] : q->column_keys) columns.push_back(col);
      break;
    }
    if (columns.empty()) return false;
  }
  if (filled.size() == 2) {
    if (filled[0]->x1 > word.x0 || !under_word(*filled[1])) return false;
  } else if (filled.size() == 1) {
    if (k + 1 >= seg_.end || View(k + 1).line->page != v.line->page) return false;
    const std::vector<const Cell*> below = filled_of(*View(k + 1).line);
    if (below.size() != 1 || !under_word(*below[0])) return false;
  } else {
    return false;
  }
  ColumnHeader h;
  h.names = {name};
  h.x0 = {word.x0};
  h.x1 = {word.x1};
  h.ignored = {false};
  h.unread = {false};
  h.positional = true;
  h.table_columns = columns;
  *out = h;
  return true;
}

bool LineStructure::EndsHeader(size_t idx, const ColumnHeader& current) const {
  const LineView& v = View(idx);
  if (v.first < 0) return false;
  const Line& line = *v.line;
  const size_t filled = FilledCells(line);
  if (!current.table_columns.empty() && filled == 1)
    return !parser_.WholeColumnOf(line.cells[static_cast<size_t>(v.first)].text).empty();
  if (!current.positional || filled != 2) return false;
  const Cell* word = nullptr;
  for (size_t i = static_cast<size_t>(v.first) + 1; i < line.cells.size(); ++i)
    if (!line.cells[i].text.empty() || line.cells[i].checkbox != CheckboxState::kNone)
      word = &line.cells[i];
  if (!word || word->x0 < 0 || word->checkbox != CheckboxState::kNone || parser_.IsMark(word->text))
    return false;
  // The header's column the word stands over, if any.
  size_t over = current.names.size();
  for (size_t j = 0; j < current.names.size() && over == current.names.size(); ++j)
    if (!current.names[j].empty() && current.names[j] != kNamesColumn && !current.ignored[j] &&
        current.x0[j] >= 0 && word->x0 < current.x1[j] && word->x1 > current.x0[j])
      over = j;
  if (over == current.names.size()) return false;
  // A column word over another column of the header than its own
  // ("Klienter med hemmavarande  Kvinnor" over the clients' table's Män
  // column: a new table's header, its "Män" cut off at 100 columns).
  const std::string column = parser_.ColumnOf(word->text);
  if (!column.empty()) return current.names[over] != column;
  // Else a word of letters (one a cut or a wrap left unread; the cut text
  // reader's mark, kCutLine, is no letter of it).
  std::string text = word->text;
  EraseCutMarks(&text);
  const std::vector<UChar32> letters = DecodeUtf8(text);
  return letters.size() >= 2 &&
         std::all_of(letters.begin(), letters.end(), [](UChar32 c) { return u_isalpha(c); });
}

bool LineStructure::IsLoneCell(const LineView& v) {
  // One empty lead cell (no check box in it), one cell of text, and nothing
  // after but padding: empty cells without check boxes. A format with
  // positions drops empty cells: there, one positioned cell alone.
  const auto& cells = v.line->cells;
  if (cells.size() == 1 && cells[0].x0 >= 0 && cells[0].checkbox == CheckboxState::kNone)
    return true;
  if (cells.size() < 2 || !cells[0].text.empty() || cells[0].checkbox != CheckboxState::kNone)
    return false;
  for (size_t j = 2; j < cells.size(); ++j)
    if (!cells[j].text.empty() || cells[j].checkbox != CheckboxState::kNone) return false;
  return true;
}

namespace {

// The longest column word broken in two inside its cell that a vertical
// header reads whole (the form's column words are short: "Kvinnor", "Delvis").
constexpr size_t kBrokenHeaderBytes = 12;

std::string Unspaced(const std::string& s) {
  std::string out;
  for (char ch : s)
    if (ch != ' ') out += ch;
  return out;
}

}  // namespace

bool LineStructure::JoinStrippedColumnWord(size_t idx, ColumnHeader* h) const {
  if (!h->positional || h->vertical || idx + 1 >= seg_.end) return false;
  const LineView& v = View(idx);
  const LineView& n = View(idx + 1);
  if (n.first < 0 || FilledCells(*n.line) != 1 || n.line->page != v.line->page) return false;
  const Cell& rest = n.line->cells[static_cast<size_t>(n.first)];
  size_t at = 0;
  if (rest.x0 != 0 || rest.text.size() > kBrokenHeaderBytes ||
      rest.text.find(' ') != std::string::npos || !u_islower(NextCodePoint(rest.text, &at)))
    return false;
  // The one unread word it completes, into a column no cell names yet.
  size_t word = h->unread.size();
  std::string name;
  for (size_t i = 0; i < h->unread.size() && i < v.line->cells.size(); ++i) {
    if (!h->unread[i]) continue;
    const std::string joined = parser_.ColumnOf(v.line->cells[i].text + rest.text);
    if (joined.empty() || joined == kIgnoredColumn ||
        std::find(h->names.begin(), h->names.end(), joined) != h->names.end())
      continue;
    if (word != h->unread.size()) return false;  // two words it may complete
    word = i, name = joined;
  }
  if (word == h->unread.size()) return false;
  h->names[word] = name;
  h->unread[word] = false;
  return true;
}

bool LineStructure::ParseVerticalHeader(size_t idx, ColumnHeader* out, size_t* last) const {
  // Two or more lines, each one tab-prefixed cell holding a column word; the
  // first may be a bare cell where a later one has its tab.
  ColumnHeader h;
  h.vertical = true;
  size_t k = idx;
  const Cell* word = nullptr;  // the last column word's cell
  bool bare = false, tabbed = false;
  std::vector<const Line*> word_lines;  // each column word's (last) line
  for (; k < seg_.end; ++k) {
    const LineView& v = View(k);
    if (v.first < 0) continue;
    if (!IsLoneCell(v) && !(h.names.empty() && !bare && IsBareCell(v))) break;
    if (h.names.empty() && IsBareCell(v)) bare = true;
    if (v.line->cells.size() > 1) tabbed = true;
    const Cell& c = v.line->cells[LoneAt(v)];
    // The form's note under a column word, in brackets, set in the word's
    // own cell ("Ja" / "(Om fler kommuner ingår ...)"): part of its column.
    if (word && *last + 1 == k && IsColumnNote(*word, c)) {
      *last = k;
      continue;
    }
    std::string name = parser_.ColumnOf(c.text, c.fold);
    // A column word broken in its narrow cell, its pieces on lines of their
    // own that the text layout joined with a space ("Kvinn or"): the
    // letters together, when they are a column word and nothing else.
    if (name.empty() && c.text.size() <= kBrokenHeaderBytes &&
        std::count(c.text.begin(), c.text.end(), ' ') == 1)
      name = parser_.ColumnOf(Unspaced(c.text));
    // A column's words a line each in its cell, on lines with vertical
    // places ("Antal" / "kvinnor": a PDF's cell set a word a line): the first
    // line naming no column, the next one lone cell right under it (their
    // extents overlapping) and the two together naming one.
    const Line* word_line = v.line;
    if (name.empty() && v.line->foot >= 0 && k + 1 < seg_.end && IsLoneCell(View(k + 1))) {
      const LineView& n = View(k + 1);
      const Cell& below = n.line->cells[LoneAt(n)];
      if (n.line->page == v.line->page && below.x0 < c.x1 && c.x0 < below.x1) {
        name = parser_.ColumnOf(c.text + " " + below.text);
        if (!name.empty()) word_line = n.line, ++k;
      }
    }
    // A column word broken in its narrow cell with the next column's word
    // read between its pieces, in a text without places (pdftohtml's boxes
    // by their tops: "Kvinn" / "Män" / "or", or "Kvinn" / "Män or" where the
    // reader joined the last two): both columns, in that order, where
    // neither piece names one, the word between names another, and the
    // pieces together name the first.
    if (name.empty() && v.line->foot < 0 && c.text.size() <= kBrokenHeaderBytes &&
        k + 1 < seg_.end && View(k + 1).first >= 0 && IsLoneCell(View(k + 1))) {
      const std::string next = View(k + 1).line->cells[LoneAt(View(k + 1))].text;
      std::string mid, rest;
      size_t end = k + 1;
      if (const size_t sp = next.rfind(' '); sp != std::string::npos) {
        mid = next.substr(0, sp), rest = next.substr(sp + 1);
      } else if (k + 2 < seg_.end && View(k + 2).first >= 0 && IsLoneCell(View(k + 2))) {
        mid = next, rest = View(k + 2).line->cells[LoneAt(View(k + 2))].text, end = k + 2;
      }
      const std::string other = mid.empty() ? "" : parser_.ColumnOf(mid);
      const std::string joined = rest.empty() ? "" : parser_.ColumnOf(c.text + rest);
      if (rest.size() <= kBrokenHeaderBytes && !other.empty() && other != kIgnoredColumn &&
          !joined.empty() && joined != kIgnoredColumn && joined != other &&
          parser_.ColumnOf(rest).empty() &&
          std::find(h.names.begin(), h.names.end(), joined) == h.names.end() &&
          std::find(h.names.begin(), h.names.end(), other) == h.names.end()) {
        h.names.insert(h.names.end(), {joined, other});
        word_lines.insert(word_lines.end(), {v.line, View(k + 1).line});
        word = &View(k + 1).line->cells[LoneAt(View(k + 1))];
        k = end;
        *last = k;
        continue;
      }
    }
    if (name.empty() || name == kIgnoredColumn) break;
    // A line naming two columns ("Ja Nej Om": a refill joined the column
    // words' lines), or a column named twice ("Ja Nej Om" / "ja, ange"): the
    // lines are no longer one column word each.
    if (NamesTwoColumns(c.text, name) ||
        std::find(h.names.begin(), h.names.end(), name) != h.names.end())
      h.words_joined = true;
    h.names.push_back(name);
    word_lines.push_back(word_line);
    word = &c;
    *last = k;
  }
  if (h.names.size() < 2 || (bare && !tabbed)) return false;
  // Lines with vertical places: the step between the column words' lines,
  // where each pair's is the same (within a tenth), on one page.
  double least = 0, most = 0;
  for (size_t i = 1; i < word_lines.size(); ++i) {
    const Line& a = *word_lines[i - 1];
    const Line& b = *word_lines[i];
    double d = a.foot >= 0 && b.foot >= 0 && a.page == b.page ? b.foot - a.foot : 0;
    least = i == 1 ? d : std::min(least, d);
    most = std::max(most, d);
  }
  if (least > 0 && most - least <= least / 10)
    h.step = (word_lines.back()->foot - word_lines.front()->foot) /
             static_cast<double>(word_lines.size() - 1);
  h.rows_follow = RowsFollow(*last + 1, h.step);
  *out = h;
  return true;
}

bool LineStructure::IsBareCell(const LineView& v) {
  const auto& cells = v.line->cells;
  return cells.size() == 1 && cells[0].x0 < 0 && cells[0].checkbox == CheckboxState::kNone &&
         !cells[0].text.empty();
}

bool LineStructure::IsColumnNote(const Cell& word, const Cell& note) const {
  if (doc_.format != "text" || word.x0 < 0 || note.x0 != word.x0) return false;
  std::string t = Trim(note.text);
  return t.size() > 2 && t.front() == '(' && t.back() == ')';
}

bool LineStructure::RowsFollow(size_t from, double step) const {
  if (doc_.format != "text" && step <= 0) return false;
  for (size_t k = from; k < seg_.end; ++k) {
    const LineView& v = View(k);
    if (v.first < 0) continue;
    if (MatchHeading(v) || !IsLoneCell(v)) return false;
    const Cell& c = v.line->cells[LoneAt(v)];
    if (c.x0 < 0) return false;
    double num;
    if (!parser_.IsMark(c.text) && !parser_.ParseNumber(c.text, &num)) {
      // The next table's header: the rows of this one have ended.
      if (!parser_.ColumnOf(c.text, c.fold).empty()) return false;
      continue;
    }
    // A value on the line right under a row's label, on its page.
    const LineView& above = View(k - 1);
    if (k > from && above.first >= 0 && above.line->page == v.line->page &&
        above.line->role == LineRole::kContent && IsLoneCell(above) &&
        IsStructuralCell(above.cells[LoneAt(above)], above.Fold(LoneAt(above))) &&
        StackedGap(k - 1, k, step) == 0)
      return true;
  }
  return false;
}

int LineStructure::StackedGap(size_t above, size_t k, double step) const {
  const Line& a = *View(above).line;
  const Line& b = *View(k).line;
  if (a.page != b.page) return -1;
  int blank = 0;
  for (size_t j = above + 1; j < k; ++j, ++blank)
    if (View(j).first >= 0) return -1;
  if (doc_.format == "text") return blank;
  if (step <= 0 || a.foot < 0 || b.foot < 0) return -1;
  double rows = (b.foot - a.foot) / step;
  double whole = std::round(rows);
  if (whole < 1 || std::abs(rows - whole) > kStackedStepSlack) return -1;
  return static_cast<int>(whole) - 1;
}

bool LineStructure::HeaderOverLabel(const Cell& label) const {
  if (header_.vertical && doc_.format == "text" && label.x0 == 0) return true;
  if (!header_.positional || label.x0 < 0 || label.x1 <= label.x0) return false;
  for (size_t i = 0; i < header_.names.size(); ++i) {
    if (header_.names[i].empty() || header_.ignored[i] || header_.x0[i] < 0) continue;
    if (header_.x0[i] <= label.x0 && header_.x1[i] > label.x0) return true;
  }
  return false;
}

bool LineStructure::SplitHeaderWords(const LineView& v, ColumnHeader* out) const {
  if (doc_.format != "text") return false;
  // A cell's words, each column's word or two ("Antal kvinnor") with its
  // character columns; false when a word names no column. The words are
  // taken one at a time: most cells fail at their first word, so a long
  // cell's other words are never cut out or counted.
  auto split = [&](const Cell& c, ColumnHeader* h) {
    const std::string& t = c.text;
    // A first word no column can start with, alone or with the word after
    // it: no header's cell (most lines fail here, their words not cut out).
    if (h->names.empty() && parser_.StartsNoColumn(t)) return false;
    // The next word from byte `*at` on (at character column `*col`), past
    // empty ones (a space each); false at the cell's end.
    auto next = [&t](size_t* at, double* col, std::string* w, double* x0) {
      while (*at < t.size()) {
        size_t b = t.find(' ', *at);
        if (b == std::string::npos) b = t.size();
        const std::string_view piece(t.data() + *at, b - *at);
        const double start = *col;
        *col += static_cast<double>(CodePointCount(piece)) + 1;
        *at = b + 1;
        if (!piece.empty()) {
          w->assign(piece);
          *x0 = start;
          return true;
        }
      }
      return false;
    };
    size_t at = 0;
    double col = c.x0, x0 = 0;
    std::string w;
    bool have = next(&at, &col, &w, &x0);
    while (have) {
      std::string name = parser_.ColumnOf(w);
      // The word after it, for a column of two words, and the next round's.
      size_t after_at = at;
      double after_col = col, after_x0 = 0;
      std::string after;
      bool more = next(&after_at, &after_col, &after, &after_x0);
      bool two_words = false;
      if (name.empty() && !parser_.IsMark(w) && more) {
        const std::string two = w + " " + after;
        if (std::string n = parser_.ColumnOf(two); !n.empty()) name = n, w = two, two_words = true;
      }
      // After a column's word: the cell's rest naming a column ("Ja Nej Om
      // ja, ange vilken/vilka:"), or a note in brackets, part of the column
      // before it, up to the word closing it or the next column's word of
      // the cell ("Ja Delvis (t.ex. om det är kö i 3 av 12 Nej").
      if (name.empty() && !h->names.empty() && !parser_.IsMark(w)) {
        // This word and the cell's words after it, each with the place
        // after it (read out here only, where a header's cell goes on past
        // its column words).
        struct Word {
          std::string text;
          double x0;
          size_t at;
          double col;
        };
        std::vector<Word> words = {{w, x0, at, col}};
        {
          size_t a = at;
          double cl = col, wx = 0;
          std::string ww;
          while (next(&a, &cl, &ww, &wx)) words.push_back({ww, wx, a, cl});
        }
        // The rest up to a word of its own naming the ignored column
        // ("... vilken/vilka: Kommentar").
        size_t end = 1;
        while (end < words.size() && parser_.ColumnOf(words[end].text) != kIgnoredColumn) ++end;
        std::string rest = w;
        for (size_t m = 1; m < end; ++m) rest += " " + words[m].text;
        if (std::string n = parser_.ColumnOf(rest); !n.empty() && n != kIgnoredColumn) {
          // Taken whole: the next round reads on after its last word.
          name = n, w = rest, two_words = true;
          after_at = words[end - 1].at, after_col = words[end - 1].col;
        } else if (w.front() == '(') {
          size_t m = 0;
          while (m + 1 < words.size() && words[m].text.back() != ')' &&
                 parser_.ColumnOf(words[m + 1].text).empty())
            ++m;
          // Only a note between two column words of the cell: one ending
          // the cell leaves where its column ends untold (w3m's "Ja Delvis
          // (t.ex. om det är" before "Nej" in a cell of its own).
          if (m + 1 >= words.size()) return false;
          h->x1.back() = words[m].x0 + static_cast<double>(CodePointCount(words[m].text));
          w = words[m + 1].text, x0 = words[m + 1].x0;
          at = words[m + 1].at, col = words[m + 1].col;
          continue;
        }
      }
      // An ignored column's word (a comment column) only after two columns.
      const bool ignored = name == kIgnoredColumn && h->names.size() >= 2;
      if (name.empty() || (name == kIgnoredColumn && !ignored) || parser_.IsMark(w)) return false;
      h->names.push_back(ignored ? "" : name);
      h->x0.push_back(x0);
      h->x1.push_back(x0 + static_cast<double>(CodePointCount(w)));
      h->ignored.push_back(ignored);
      h->unread.push_back(false);
      at = after_at, col = after_col;
      if (two_words) {
        have = next(&at, &col, &w, &x0);
      } else {
        w = std::move(after), x0 = after_x0;
        have = more;
      }
    }
    return true;
  };
  ColumnHeader h;
  for (size_t i = 0; i < v.line->cells.size(); ++i) {
    const Cell& c = v.line->cells[i];
    if (c.text.empty() || c.x0 < 0) continue;
    // The table's own heading before its columns, unless its words are
    // column words one space apart alone on the line ("Kvinnor Män").
    ColumnHeader alone;
    if (static_cast<int>(i) == v.first && parser_.ColumnOf(c.text, c.fold).empty()) {
      if (FilledCells(*v.line) != 1 || !split(c, &alone) || alone.names.size() < 2) continue;
      alone.spaced_words = true;
      alone.positional = true;
      *out = alone;
      return true;
    }
    if (!split(c, &h)) return false;
  }
  if (h.names.size() < 2) return false;
  h.positional = true;
  *out = h;
  return true;
}

}  // namespace redovis
