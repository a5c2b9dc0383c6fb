// Reading-order text (pdftotext without -layout), its tables of counts:
// MatchRun's methods that read a table of counts (Kvinnor / Män) where the
// order the table was written in keeps one shape, and refuse it otherwise.
// Split from reading_order.cc by concept; see reading_order.h and
// match_run.h.
#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "base/text_util.h"
#include "match/column_runs.h"
#include "match/match_run.h"
#include "match/reading_order.h"
#include "match/sum_placement.h"
#include "patterns/regex.h"

namespace redovis {

std::vector<const Rule*> MatchRun::OrderedLabels(const Rule& r, size_t idx) const {
  std::vector<const Rule*> out;
  const LineView& v = View(idx);
  if (!IsCountRow(r) || v.first < 0 || FilledCells(*v.line) != 1) return out;
  const icu::UnicodeString& cell = v.cells[static_cast<size_t>(v.first)];
  RegexMatch m;
  if (!FindLabelInFirst(r, v, &m) || m.start != 0) return out;
  // A number after the label is the row written inline ("... klienter 49 32").
  std::string t = Trim(v.line->cells[static_cast<size_t>(v.first)].text);
  size_t sp = t.rfind(' ');
  double n;
  if (parser_.ParseNumber(sp == std::string::npos ? t : t.substr(sp + 1), &n)) return out;
  out.push_back(&r);
  const std::set<std::string> columns = ColumnsOf(r);
  // The labels the reader joined into this paragraph, each at a word's start.
  for (int32_t i = m.end; i < cell.length(); ++i) {
    if (cell.charAt(i - 1) != u' ' || cell.charAt(i) == u' ') continue;
    icu::UnicodeString rest = cell.tempSubString(i);
    for (const Rule* q : rules_) {
      RegexMatch qm;
      if (!IsCountRow(*q) || ColumnsOf(*q) != columns || !RegexFind(q->regex, rest, &qm, &cache_) ||
          qm.start != 0)
        continue;
      out.push_back(q);
      i += std::max<int32_t>(qm.end, 1) - 1;
      break;
    }
  }
  return out;
}

bool MatchRun::OrderedHeader(size_t idx, const std::set<std::string>& columns,
                             std::vector<std::string>* names, size_t* span) const {
  if (idx >= seg_.end) return false;
  const LineView& v = View(idx);
  if (v.first < 0 || FilledCells(*v.line) != 1) return false;
  std::string t = Trim(v.line->cells[static_cast<size_t>(v.first)].text);
  std::string whole = parser_.ColumnOf(t);
  if (columns.count(whole)) {
    names->push_back(whole);
    *span = 1;
    return true;
  }
  // A header word broken in its narrow cell, joined by the reader ("Kvinn or").
  if (t.size() <= 9 && t.find(' ') != std::string::npos) {
    std::string joined;
    for (char ch : t)
      if (ch != ' ') joined += ch;
    std::string name = parser_.ColumnOf(joined);
    if (columns.count(name)) {
      names->push_back(name);
      *span = 1;
      return true;
    }
  }
  // Each word a column word ("Kvinnor Män").
  std::vector<std::string> words;
  for (size_t a = 0; a < t.size();) {
    size_t b = t.find(' ', a);
    if (b == std::string::npos) b = t.size();
    std::string name = parser_.ColumnOf(t.substr(a, b - a));
    if (!columns.count(name)) {
      words.clear();
      break;
    }
    words.push_back(name);
    a = b + 1;
  }
  if (words.size() >= 2) {
    names->insert(names->end(), words.begin(), words.end());
    *span = 1;
    return true;
  }
  // The same on two lines: "Kvinn" / "or".
  if (t.size() > 8 || t.find(' ') != std::string::npos || idx + 1 >= seg_.end) return false;
  const LineView& n = View(idx + 1);
  if (n.first < 0 || FilledCells(*n.line) != 1) return false;
  std::string joined = parser_.ColumnOf(t + Trim(n.line->cells[static_cast<size_t>(n.first)].text));
  if (!columns.count(joined)) return false;
  names->push_back(joined);
  *span = 2;
  return true;
}

bool MatchRun::NumberNotPageNumber(size_t k) const {
  const LineView& v = View(k);
  double n;
  if (v.line->role != LineRole::kFurniture || v.first < 0 || FilledCells(*v.line) != 1 ||
      !parser_.ParseNumber(v.line->cells[static_cast<size_t>(v.first)].text, &n))
    return false;
  if (n != v.line->page) return true;
  // A page's edge: the line before or after it, past blank lines, is on
  // another page.
  int page = v.line->page;
  size_t a = k, b = k;
  while (a > seg_.begin && View(a - 1).first < 0) --a;
  while (b + 1 < seg_.end && View(b + 1).first < 0) ++b;
  return !((a > seg_.begin && View(a - 1).line->page != page) ||
           (b + 1 < seg_.end && View(b + 1).line->page != page));
}

void MatchRun::ReadOrderedTable(const Rule& r, size_t idx) {
  const std::set<std::string> columns = ColumnsOf(r);
  auto number = [&](size_t k) {
    const LineView& v = View(k);
    double n;
    return v.first >= 0 && FilledCells(*v.line) == 1 &&
           parser_.ParseNumber(v.line->cells[static_cast<size_t>(v.first)].text, &n);
  };
  // Furniture and footnotes are passed over, but not a number that is no
  // page number.
  auto skipped = [&](size_t k) {
    LineRole role = View(k).line->role;
    if (role == LineRole::kFootnote) return true;
    return role == LineRole::kFurniture && !NumberNotPageNumber(k);
  };
  // A line of another question of the section that takes no number: the
  // form's note or a question whose answer is text ("Om annan orsak, ange
  // vilken."). It ends nothing, and holds no value of the table.
  auto neutral = [&](size_t k) {
    const LineView& v = View(k);
    if (v.first < 0) return false;
    for (const Rule* q : rules_) {
      RegexMatch m;
      if ((q->kind == RuleKind::kText || q->kind == RuleKind::kIgnore) &&
          RegexFind(q->regex, v.cells[static_cast<size_t>(v.first)], &m, &cache_) && m.start == 0)
        return true;
    }
    return false;
  };
  // The count row of these columns whose label opens line `v`'s first
  // cell; null for none.
  auto count_label = [&](const LineView& v) -> const Rule* {
    for (const Rule* q : rules_) {
      RegexMatch m;
      if (IsCountRow(*q) && ColumnsOf(*q) == columns && FindLabelInFirst(*q, v, &m) && m.start == 0)
        return q;
    }
    return nullptr;
  };
  // A row that RebuildCellLines made of the table's first lines (cells
  // without positions: the label of a count row of these columns, then one
  // number or empty cell a column), and its header ([empty, column words]).
  auto rebuilt_row = [&](size_t k) {
    const LineView& v = View(k);
    const Line& line = *v.line;
    if (v.first != 0 || line.cells.size() != columns.size() + 1) return false;
    for (const Cell& c : line.cells)
      if (c.x0 >= 0) return false;
    for (size_t c = 1; c < line.cells.size(); ++c) {
      double n;
      if (!Trim(line.cells[c].text).empty() && !parser_.ParseNumber(line.cells[c].text, &n))
        return false;
    }
    return count_label(v) != nullptr;
  };
  auto rebuilt_header = [&](size_t k, std::vector<std::string>* names) {
    const Line& line = *View(k).line;
    if (line.cells.size() != columns.size() + 1 || !Trim(line.cells[0].text).empty()) return false;
    for (size_t c = 1; c < line.cells.size(); ++c) {
      std::string name = parser_.ColumnOf(Trim(line.cells[c].text));
      if (line.cells[c].x0 >= 0 || !columns.count(name) ||
          std::find(names->begin(), names->end(), name) != names->end())
        return false;
      names->push_back(name);
    }
    return true;
  };
  std::vector<std::string> order;    // the columns as their header words come
  std::vector<std::string> before;   // numbers before the first label
  std::vector<size_t> before_lines;  // their lines
  bool refuse = false;
  // The table's rows RebuildCellLines made right above the first label: a
  // text that writes a cell a line writes no line for an empty cell, so the
  // rebuilt rows stop at the first row with one, and the rest is the
  // order's. Under their header, they prove the order goes along the rows.
  size_t rebuilt_rows = 0;
  std::vector<size_t> rebuilt_lines;  // their lines, last first
  // Before the first label: header words, blank lines, and no number (a
  // number there is a row's whose label comes later: the rows are shifted).
  for (size_t k = idx; k-- > seg_.begin;) {
    // A page's rule (a text browser's <hr>: the header at one page's foot,
    // the rows on the next) is passed as a form feed is.
    if (View(k).first < 0 || IsPageRule(*View(k).line)) continue;
    if (order.empty() && before.empty() && rebuilt_row(k)) {
      ++rebuilt_rows;
      rebuilt_lines.push_back(k);
      continue;
    }
    if (rebuilt_rows > 0) {
      std::vector<std::string> names;
      if (rebuilt_header(k, &names))
        order = names;
      else
        rebuilt_rows = 0, rebuilt_lines.clear();
      break;
    }
    // (A column's word repeated on several pages may be taken for furniture.)
    std::vector<std::string> names;
    size_t span = 0;
    if (k > seg_.begin && OrderedHeader(k - 1, columns, &names, &span) && span == 2) {
      order.insert(order.begin(), names.begin(), names.end());
      --k;
      continue;
    }
    names.clear();
    if (OrderedHeader(k, columns, &names, &span) && span == 1) {
      order.insert(order.begin(), names.begin(), names.end());
      continue;
    }
    if (skipped(k)) continue;
    if (number(k)) {
      before.insert(before.begin(), View(k).line->cells[static_cast<size_t>(View(k).first)].text);
      before_lines.insert(before_lines.begin(), k);
      continue;
    }
    break;
  }
  // The groups: a block of labels, then its numbers in runs (a blank line,
  // a header word or a note ends a run). The walk ends at a line no shape
  // takes; one that may be the next table's title (a capital first, after
  // the numbers, the next line with text a label of these columns or a
  // number: "Klienter med hemmavarande" / "Antal klienter som ...", or / ""
  // / "33" / "18", a column's rest the order wrote first) is passed over
  // where `past_title` (the blocks' second try, below); returns that line, or
  // seg_.end.
  using Group = OrderedGroup;
  const std::vector<std::string> order_before = order;
  auto walk = [&](bool past_title, std::vector<Group>& groups, std::vector<size_t>& label_lines,
                  std::vector<std::string>& order) {
    bool run_open = false, after_label = false;
    std::string last_word;                  // a header word alone, past blank lines only
    std::map<std::string, int> word_times;  // how often each column word stood so far
    for (const std::string& c : order) ++word_times[c];
    bool after_number = false;  // the line before, past blank lines, a run's number
    int page = View(idx).line->page;
    for (size_t k = idx; k < seg_.end; ++k) {
      const LineView& v = View(k);
      // A page break ends a run: a column goes on after the page's other cells.
      if (v.line->page != page) run_open = false;
      page = v.line->page;
      if (v.first < 0 || IsPageRule(*v.line)) {
        run_open = false;
        continue;
      }
      if (consumed_.count(k)) break;
      std::vector<std::string> names;
      size_t span = 0;
      if (OrderedHeader(k, columns, &names, &span)) {
        order.insert(order.end(), names.begin(), names.end());
        for (const std::string& c : names) ++word_times[c];
        k += span - 1;
        run_open = false;
        last_word = names.size() == 1 ? names[0] : "";
        if (after_number) {
          groups.back().word_after.back() = true;
          groups.back().header_after.back() = span == 1 && names.size() == columns.size();
        }
        after_number = false;
        continue;
      }
      std::string word_above;
      word_above.swap(last_word);
      after_number = false;
      std::vector<const Rule*> labels;
      if (const Rule* first = count_label(v)) labels = OrderedLabels(*first, k);
      if (!labels.empty()) {
        if (groups.empty() || !groups.back().runs.empty()) groups.emplace_back();
        for (size_t i = 0; i < labels.size(); ++i) groups.back().labels.emplace_back(k, i);
        groups.back().unread_last = false;
        groups.back().rules.insert(groups.back().rules.end(), labels.begin(), labels.end());
        label_lines.push_back(k);
        run_open = false;
        after_label = true;
        continue;
      }
      // (A label repeated down the page may be taken for furniture too.)
      if (skipped(k)) {
        run_open = false;
        continue;
      }
      if (number(k)) {
        if (groups.empty()) break;
        if (!run_open) {
          groups.back().runs.emplace_back();
          groups.back().run_words.push_back(word_above);
          groups.back().word_after.push_back(false);
          groups.back().header_after.push_back(false);
          groups.back().word_again.push_back(!word_above.empty() && word_times[word_above] > 1);
        }
        groups.back().runs.back().push_back(k);
        after_number = true;
        run_open = true;
        after_label = false;
        continue;
      }
      if (neutral(k)) {
        run_open = false;
        after_label = false;
        continue;
      }
      // A label's own words wrapped onto the next line, before any number.
      // One that opens with a capital may be a row whose label no rule read
      // ("Existentiella frågor file:///...", a running footer joined to it):
      // where no label follows it before its group's numbers, which rows
      // those are is not told (below).
      if (after_label && !IsStructuralLine(k) && !MatchHeading(v) && !IsOrderedTableCell(k)) {
        if (!StartsLowerCase(Trim(v.line->cells[static_cast<size_t>(v.first)].text)))
          groups.back().unread_last = true;
        continue;
      }
      if (!groups.empty() && !groups.back().runs.empty() && !IsStructuralLine(k) &&
          !MatchHeading(v) && !IsOrderedTableCell(k) &&
          !StartsLowerCase(Trim(v.line->cells[static_cast<size_t>(v.first)].text))) {
        size_t next = k + 1;
        while (next < seg_.end && View(next).first < 0) ++next;
        if (next < seg_.end && (count_label(View(next)) != nullptr || number(next))) {
          if (!past_title) return k;
          continue;
        }
      }
      break;
    }
    return static_cast<size_t>(seg_.end);
  };
  std::vector<Group> groups;
  std::vector<size_t> label_lines;
  const size_t title = walk(false, groups, label_lines, order);
  for (const Group& g : groups)
    if (g.unread_last && !g.runs.empty()) refuse = true;
  // The columns, left to right, as the header's words come.
  std::vector<std::string> cols;
  for (const std::string& c : order)
    if (std::find(cols.begin(), cols.end(), c) == cols.end()) cols.push_back(c);
  if (cols.size() != columns.size()) {
    refuse = true;
  }
  // (What refuses the table before its groups' shapes are judged. Numbers
  // before the first label refuse the shapes, but blocks under their column
  // words may still be placed by the table's sums, below.)
  const bool refused_as_written = refuse || rebuilt_rows > 0;
  if (!before.empty()) refuse = true;
  // Each group of labels and the numbers after them has one of the shapes
  // reading_order.h lists (its one description): row, columns, total (and
  // banded total: OrderedTotalFirst, TotalInBands), tail, empty, short (a row
  // with a cell left empty; the table's sums may still place its numbers:
  // sum_placement.h, below), words, part columns (column_runs.h); bad: none.
  enum Shape { kRow, kColumns, kTotal, kTail, kEmpty, kWords, kShort, kBad, kPartColumns };
  // A run that is a block of its own: its column word right above it, a blank
  // line above the word, and a blank line after the run (pdftotext's order
  // parts blocks so; a text without blank lines runs blocks together, and a
  // count of numbers under a word then proves no column).
  // (A line outside the report is as blank as one with no text.)
  auto blank = [&](size_t k) { return k < seg_.begin || k >= seg_.end || View(k).first < 0; };
  auto opens_block = [&](const std::vector<size_t>& run) {
    const size_t first = run.front();
    if (first < seg_.begin + 2 || blank(first - 1)) return false;
    std::vector<std::string> names;
    size_t span = 0;
    if (OrderedHeader(first - 1, columns, &names, &span) && span == 1) return blank(first - 2);
    names.clear();
    return first >= seg_.begin + 3 && OrderedHeader(first - 2, columns, &names, &span) &&
           span == 2 && blank(first - 3);
  };
  auto is_block = [&](const std::vector<size_t>& run) {
    return opens_block(run) && blank(run.back() + 1);
  };
  // A column read whole is a block and holds its sum where a `sum` check
  // covers the group; a total is read only at the top of its word's block.
  auto part_columns = [&](Group& g) {
    std::vector<size_t> sizes;
    for (const auto& run : g.runs) sizes.push_back(run.size());
    if (!ColumnsUnderWords(g.labels.size(), cols, sizes, g.run_words, &g.run_column, &g.whole))
      return false;
    for (size_t& w : g.whole)
      if (w != kNoRun && !is_block(g.runs[w])) w = kNoRun;
    if (std::all_of(g.whole.begin(), g.whole.end(), [](size_t w) { return w == kNoRun; }))
      return false;
    g.total.assign(cols.size(), kNoRun);
    for (size_t c = 0; c < cols.size(); ++c) {
      if (!SummedColumn(g.rules, cols[c], vars_, ps_.checks(), &InterpolateIn)) continue;
      std::vector<double> numbers;
      std::vector<size_t> lines;
      for (size_t r = 0; r < g.runs.size(); ++r)
        for (size_t line : g.runs[r])
          if (g.run_column[r] == c) lines.push_back(line), numbers.push_back(OrderedNumber(line));
      if (!FirstIsSum(numbers)) {
        if (g.whole[c] != kNoRun) return false;
      } else if (g.whole[c] == kNoRun && numbers.size() >= 2 && numbers[0] != 0) {
        for (size_t r = 0; r < g.runs.size(); ++r)
          if (g.run_column[r] == c && g.runs[r].front() == lines[0] && opens_block(g.runs[r]))
            g.total[c] = lines[0];
      }
    }
    return true;
  };
  std::vector<Shape> shapes;
  size_t row_groups = 0, column_groups = 0, loose_groups = 0;
  for (Group& g : groups) {
    std::vector<size_t> values;
    for (const auto& run : g.runs) values.insert(values.end(), run.begin(), run.end());
    const size_t n = g.labels.size(), k = cols.size();
    Shape shape = kBad;
    // A header word between a row's numbers, right above a run, names the
    // column of the run's first number; the row read along must agree ("3"
    // / "Kvinn" / "or" / "7" / "Män": the 7 is the women's, the 3 the page's
    // number where the order put it; "0" / "Män" / "1" agrees). (The word
    // above the first run is the last of the header's words before them.)
    bool words_agree = true;
    for (size_t r = 1, at = g.runs.empty() ? 0 : g.runs[0].size(); r < g.runs.size();
         at += g.runs[r].size(), ++r)
      if (!g.run_words[r].empty() && at < cols.size() && g.run_words[r] != cols[at])
        words_agree = false;
    // (Numbers right before a line of every column's word stood above the
    // table's header, not in its row: another table's column's rest.)
    const bool before_header =
        std::find(g.header_after.begin(), g.header_after.end(), true) != g.header_after.end();
    if (n == 1 && values.size() == k && words_agree && !before_header)
      shape = kRow;
    else if (n > 1 && part_columns(g))
      shape = kPartColumns;
    else if (n > 1 && g.runs.size() == k &&
             std::all_of(g.runs.begin(), g.runs.end(),
                         [&](const std::vector<size_t>& run) { return run.size() == n; }))
      shape = kColumns;
    else if (n > 2 && OrderedTotalFirst(g.rules, cols, g.runs))
      shape = kTotal;
    else if (n > 2 && TotalInBands(g.rules, cols, &g.runs))
      shape = kTotal;
    else if (n > 1 && values.size() == k)
      shape = kTail;
    else if (values.empty())
      shape = kEmpty;
    else if (n == 1 && values.size() < k && values.size() == g.runs.size() &&
             std::none_of(g.run_words.begin(), g.run_words.end(),
                          [](const std::string& w) { return w.empty(); }) &&
             std::all_of(g.word_after.begin(), g.word_after.end(), [](bool w) { return w; }) &&
             std::set<std::string>(g.run_words.begin(), g.run_words.end()).size() ==
                 g.run_words.size())
      shape = kWords;
    else if (values.size() < k)
      shape = kShort;
    shapes.push_back(shape);
    row_groups += shape == kRow;
    column_groups += shape == kColumns || shape == kTotal || shape == kPartColumns;
    loose_groups += shape == kTail || shape == kEmpty || shape == kShort;
  }
  // A row with a cell left empty shows that the order may write a row's
  // numbers after a later row's label ("Bryta isolering" / "Relationsfrågor"
  // / "3" / "13": pdftotext's raw order, each row one number short): then
  // the labels before a tail's last may hold its numbers as much as the
  // last does, and a tail is read as short rows are.
  if (std::find(shapes.begin(), shapes.end(), kShort) != shapes.end())
    for (Shape& shape : shapes)
      if (shape == kTail) shape = kShort;
  // So may a row right after a short one hold a number of the short row's
  // ("Stöd i kontakten med myndighet" / "0" / "Stöd i kontakten med
  // sjukvården" / "6" / "5", the 6 the first row's): it is read as short.
  // Not where each of the two rows is a block of its own: a blank line
  // before its label and after its last number, the numbers on the lines
  // right under the label (MuPDF's text writes a row so, its cells on one
  // baseline; pdftotext's order sets a blank line between a label's block
  // and a number's, a dump of pdftohtml's runs none between rows): each
  // row's numbers are then its own. The short row may follow empty rows'
  // labels, right above its own or a blank line apart (MuPDF sets an empty
  // row's label in the block of the row under it or in one of its own:
  // "Sysselsättning" / "Struktur i vardagen" / "8"): its numbers, whichever
  // row's, are still its block's.
  auto own_lines = [&](const Group& g) {
    if (g.labels.empty() || g.runs.size() != 1) return false;
    for (size_t i = 1; i < g.labels.size(); ++i) {
      const size_t from = g.labels[i - 1].first, to = g.labels[i].first;
      if (to > from + 2 || (to == from + 2 && !blank(from + 1))) return false;
    }
    const size_t first = g.labels.front().first, label = g.labels.back().first;
    return first > seg_.begin && blank(first - 1) && g.runs[0].front() == label + 1 &&
           g.runs[0].back() == label + g.runs[0].size() && blank(g.runs[0].back() + 1);
  };
  for (size_t gi = shapes.size(); gi-- > 1;)
    if (shapes[gi] == kRow && shapes[gi - 1] == kShort &&
        !(own_lines(groups[gi]) && own_lines(groups[gi - 1])))
      shapes[gi] = kShort;
  // A column read whole under its own word shows the order went down the
  // columns: where nothing shows it went along rows (rebuilt rows, a tail, a
  // short row, a row's words; a one-row group reads alike in both orders),
  // groups no shape explains (and empty ones, whose numbers may stand among
  // them) leave the part-columns groups read and every other group set aside.
  auto has = [&](Shape a) { return std::find(shapes.begin(), shapes.end(), a) != shapes.end(); };
  std::vector<bool> aside(groups.size(), false);
  if (has(kPartColumns) && !refuse && rebuilt_rows == 0 && !has(kTail) && !has(kShort) &&
      !has(kWords)) {
    for (size_t gi = 0; gi < groups.size(); ++gi)
      aside[gi] = (has(kBad) || has(kEmpty)) && shapes[gi] != kPartColumns;
  } else {
    // The rebuilt rows above count as rows; the two orders in one table do not go.
    if (rebuilt_rows > 0 && column_groups > 0) refuse = true;
    if (loose_groups > 0 && (column_groups > 0 || row_groups + rebuilt_rows < 2)) refuse = true;
    if (has(kBad)) refuse = true;
  }
  std::map<size_t, std::vector<std::vector<std::pair<std::string, size_t>>>> rows;
  for (size_t gi = 0; gi < groups.size() && !refuse; ++gi) {
    const Group& g = groups[gi];
    if (aside[gi]) continue;
    std::vector<size_t> values;
    for (const auto& run : g.runs) values.insert(values.end(), run.begin(), run.end());
    const size_t n = g.labels.size(), k = cols.size();
    for (size_t i = 0; i < n; ++i) {
      // An empty row keeps no cells: its keys get a finding, not a value.
      std::vector<std::pair<std::string, size_t>> cells;
      if (shapes[gi] == kColumns)
        for (size_t c = 0; c < k; ++c) cells.emplace_back(cols[c], g.runs[c][i]);
      else if (shapes[gi] == kTotal && i == 0)
        for (size_t c = 0; c < k; ++c) cells.emplace_back(cols[c], g.runs[c][0]);
      else if ((shapes[gi] == kRow || shapes[gi] == kTail) && i == n - 1)
        for (size_t c = 0; c < k; ++c) cells.emplace_back(cols[c], values[c]);
      else if (shapes[gi] == kWords)
        for (size_t c = 0; c < values.size(); ++c) cells.emplace_back(g.run_words[c], values[c]);
      else if (shapes[gi] == kPartColumns)
        for (size_t c = 0; c < k; ++c)
          cells.emplace_back(cols[c], g.whole[c] != kNoRun             ? g.runs[g.whole[c]][i]
                                      : i == 0 && g.total[c] != kNoRun ? g.total[c]
                                                                       : kUndecidedCell);
      auto& at = rows[g.labels[i].first];
      at.resize(std::max(at.size(), g.labels[i].second + 1));
      at[g.labels[i].second] = cells;
    }
  }
  // The numbers of the table as they came, the document's own text.
  auto seen_in = [&](const std::vector<Group>& groups) {
    std::string seen;
    for (const std::string& t : before) seen += (seen.empty() ? "" : ", ") + t;
    for (const Group& g : groups)
      for (const auto& run : g.runs)
        for (size_t line : run) {
          const LineView& v = View(line);
          seen += (seen.empty() ? "" : ", ") + v.line->cells[static_cast<size_t>(v.first)].text;
        }
    return seen;
  };
  const std::string seen_all = seen_in(groups);
  // Where groups stay unread, the table's sums may place its blocks
  // (reading_order_blocks.cc); where they do not, and the walk ended at a
  // title, the table and the next one together may be placed (a column's
  // rest after an empty cell written past the next table's title).
  const bool unread = refuse || std::find(aside.begin(), aside.end(), true) != aside.end();
  if (unread && !refused_as_written) {
    if (ReadOrderedBlocks(groups, cols, before_lines, refuse ? nullptr : &rows, seen_all)) return;
    std::vector<Group> more;
    std::vector<size_t> more_lines;
    std::vector<std::string> more_order = order_before;
    if (title < seg_.end) {
      walk(true, more, more_lines, more_order);
      std::vector<std::string> more_cols;
      for (const std::string& c : more_order)
        if (std::find(more_cols.begin(), more_cols.end(), c) == more_cols.end())
          more_cols.push_back(c);
      const bool unread_row = std::any_of(more.begin(), more.end(), [](const Group& g) {
        return g.unread_last && !g.runs.empty();
      });
      if (more_cols == cols && !unread_row &&
          ReadOrderedBlocks(more, cols, before_lines, refuse ? nullptr : &rows, seen_in(more)))
        return;
    }
  }
  // Where a row's cell was left empty (a short group, or numbers no shape
  // explains), the order shows no place for the numbers; the table's sums
  // may (sum_placement.h): a row every placement that holds fills alike is
  // read, unless a row the shapes read says otherwise (then the order is not
  // the one PlaceBySums takes, and nothing of it is used).
  const bool loose =
      std::any_of(shapes.begin(), shapes.end(), [](Shape s) { return s == kShort || s == kBad; }) ||
      (loose_groups > 0 && row_groups < 2);
  bool by_sums = false;
  if (loose && !groups.empty() && column_groups == 0 && before.empty() &&
      cols.size() == columns.size()) {
    std::vector<std::vector<std::pair<std::string, size_t>>> summed;
    // The rows, their keys as the walk sets its variables, and the numbers;
    // first the rows rebuilt above the first label, with their own cells.
    OrderedCounts table;
    std::map<std::string, std::string> vars = vars_;
    // Each row's key a column, its rule's variables set as the walk sets them.
    auto add_keys = [&](const Rule& q) { table.keys.push_back(RowKeysIn(q, cols, &vars)); };
    for (auto it = rebuilt_lines.rbegin(); it != rebuilt_lines.rend(); ++it) {
      const LineView& v = View(*it);
      add_keys(*count_label(v));
      table.label_at.push_back(*it);
      std::vector<double> shown;
      for (size_t c = 0; c < cols.size(); ++c) {
        double x = std::nan("");
        if (!Trim(v.line->cells[c + 1].text).empty())
          parser_.ParseNumber(v.line->cells[c + 1].text, &x);
        shown.push_back(x);
      }
      table.shown.push_back(shown);
    }
    for (const Group& g : groups) {
      for (const Rule* q : g.rules) add_keys(*q);
      for (const auto& label : g.labels) table.label_at.push_back(label.first);
    }
    std::vector<size_t> lines;
    for (const Group& g : groups)
      for (const auto& run : g.runs) lines.insert(lines.end(), run.begin(), run.end());
    std::sort(lines.begin(), lines.end());
    for (size_t line : lines) {
      table.numbers.push_back(OrderedNumber(line));
      table.number_at.push_back(line);
    }
    std::vector<std::vector<int>> placed;
    by_sums = PlaceBySums(table, ps_.checks(), &placed);
    // A row is read where each of its cells is decided and one holds a number.
    for (size_t f = rebuilt_lines.size(); by_sums && f < placed.size(); ++f) {
      std::vector<std::pair<std::string, size_t>> cells;
      bool decided = true;
      for (size_t c = 0; c < cols.size(); ++c) {
        if (placed[f][c] == kCellUndecided) decided = false;
        if (placed[f][c] >= 0)
          cells.emplace_back(cols[c], table.number_at[static_cast<size_t>(placed[f][c])]);
      }
      summed.push_back(decided ? cells : std::vector<std::pair<std::string, size_t>>{});
    }
    size_t f = 0;
    for (size_t gi = 0; gi < groups.size() && by_sums; ++gi)
      for (size_t i = 0; i < groups[gi].labels.size() && by_sums; ++i, ++f) {
        auto at = rows.find(groups[gi].labels[i].first);
        const size_t slot = groups[gi].labels[i].second;
        if (summed[f].empty() || at == rows.end() || slot >= at->second.size() ||
            at->second[slot].empty())
          continue;
        auto a = summed[f], b = at->second[slot];
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        if (a != b) by_sums = false;
      }
    if (by_sums) {
      f = 0;
      for (size_t gi = 0; gi < groups.size(); ++gi)
        for (size_t i = 0; i < groups[gi].labels.size(); ++i, ++f) {
          auto& at = rows[groups[gi].labels[i].first];
          at.resize(std::max(at.size(), groups[gi].labels[i].second + 1));
          if (at[groups[gi].labels[i].second].empty()) at[groups[gi].labels[i].second] = summed[f];
        }
      // The table's numbers are all its cells'; a row left undecided gets
      // them as seen.
      if (refuse)
        for (size_t line : label_lines) ordered_refused_[line] = seen_all;
      for (const Group& g : groups)
        for (const auto& run : g.runs) consumed_.insert(run.begin(), run.end());
      refuse = false;
    }
  }
  if (groups.empty() || refuse) {
    for (size_t line : label_lines) ordered_refused_[line] = seen_all;
    if (label_lines.empty()) ordered_refused_[idx] = seen_all;
    return;
  }
  for (auto& [line, labels] : rows) {
    for (const auto& cells : labels)
      for (const auto& [col, value] : cells)
        if (value != kUndecidedCell) consumed_.insert(value);
    ordered_rows_[line] = labels;
  }
  // A part-columns group's numbers are the table's; its undecided cells, and
  // the rows of a group set aside beside it, get the finding with the
  // table's numbers as they came.
  for (size_t gi = 0; gi < groups.size(); ++gi) {
    if (shapes[gi] != kPartColumns && !aside[gi]) continue;
    if (shapes[gi] == kPartColumns)
      for (const auto& run : groups[gi].runs) consumed_.insert(run.begin(), run.end());
    for (const auto& label : groups[gi].labels) ordered_refused_[label.first] = seen_all;
  }
  // A total's parts, and a short group's rows: their numbers are the table's,
  // in rows or columns the order does not show; each row's keys get the
  // finding with the numbers as they came.
  for (size_t gi = 0; gi < groups.size(); ++gi) {
    if (shapes[gi] != kShort && shapes[gi] != kTotal) continue;
    std::string seen;
    for (const auto& run : groups[gi].runs)
      for (size_t line : run) {
        consumed_.insert(line);
        const LineView& v = View(line);
        seen += (seen.empty() ? "" : ", ") + v.line->cells[static_cast<size_t>(v.first)].text;
      }
    // (A total's first label is read; every label of a short group is not.)
    for (size_t i = shapes[gi] == kTotal ? 1 : 0; i < groups[gi].labels.size(); ++i)
      ordered_refused_[groups[gi].labels[i].first] = seen;
  }
}

double MatchRun::OrderedNumber(size_t k) const {
  double x = 0;
  parser_.ParseNumber(View(k).line->cells[static_cast<size_t>(View(k).first)].text, &x);
  return x;
}

bool MatchRun::ReadOrderedCounts(const Rule& r, size_t idx) {
  if (!reading_order_) return false;
  if (ReadTrailingCells(r, idx)) return true;
  std::vector<const Rule*> labels = OrderedLabels(r, idx);
  if (labels.empty()) return false;
  if (!ordered_rows_.count(idx) && !ordered_refused_.count(idx)) ReadOrderedTable(r, idx);
  const Line& line = *View(idx).line;
  auto rows = ordered_rows_.find(idx);
  for (size_t i = 0; i < labels.size(); ++i) {
    const Rule& q = *labels[i];
    // The labels after the first on a joined line: their own variables and places.
    if (i > 0) {
      for (const auto& [var, value] : q.sets) vars_[var] = value, vars_page_ = line.page;
      for (const std::string& key : HitKeys(q)) assigner_.NotePlace(key, q.label, line);
    }
    // (A row of the words shape holds only its filled columns' cells.)
    bool decided = rows != ordered_rows_.end() && i < rows->second.size() &&
                   !rows->second[i].empty() && rows->second[i].size() <= q.column_keys.size();
    if (!decided) {
      // A row label whose keys take a variable the walk has not set yet (a
      // "därav" row before its group's label) names no key: nothing to say.
      if (HitKeys(q).empty()) continue;
      auto refused = ordered_refused_.find(idx);
      // An empty row, or a table whose order held no number: nothing to show.
      std::string seen = refused != ordered_refused_.end() ? refused->second : "";
      if (seen.empty())
        assigner_.AddFinding("warning", "ambiguous_column", HitKeys(q), "reading_order_no_counts",
                             {}, line);
      else
        assigner_.AddFinding("warning", "ambiguous_column", HitKeys(q), "reading_order_counts",
                             {{"raw", "'" + seen + "'"}}, line);
      continue;
    }
    for (const auto& [col, value] : rows->second[i]) {
      auto ck = q.column_keys.find(col);
      std::string key = ck == q.column_keys.end() ? "" : Interpolate(ck->second);
      if (key.empty()) continue;
      // A cell of a column the order wrote with a cell left empty.
      if (value == kUndecidedCell) {
        auto refused = ordered_refused_.find(idx);
        assigner_.AddFinding(
            "warning", "ambiguous_column", {key}, "reading_order_counts",
            {{"raw", "'" + (refused != ordered_refused_.end() ? refused->second : "") + "'"}},
            line);
        continue;
      }
      const LineView& v = View(value);
      assigner_.Assign(key, v.line->cells[static_cast<size_t>(v.first)].text, q, line);
    }
  }
  return true;
}

}  // namespace redovis
