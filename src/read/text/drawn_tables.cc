#include "read/text/drawn_tables.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <utility>

#include "read/text/html_markup.h"
#include "read/text/markup_tables.h"

namespace redovis {
namespace {

// A grid table border: "+---+===+" (after an indent). Returns the columns of
// its '+' signs, or nothing.
std::vector<size_t> GridBorder(const Columns& c) {
  std::vector<size_t> plus;
  size_t k = 0;
  while (c.Space(k)) ++k;
  if (c.at(k) != '+') return {};
  size_t last = k;
  for (; k < c.size(); ++k) {
    UChar32 ch = c.at(k);
    if (ch == '+') {
      plus.push_back(k);
      last = k;
    } else if (ch != '-' && ch != '=' && ch != ':' && ch != ' ') {
      return {};
    }
  }
  for (size_t j = last + 1; j < c.size(); ++j)
    if (!c.Space(j)) return {};
  if (plus.size() < 2) return {};
  return plus;
}

bool GridBody(const Columns& c, size_t first_col) {
  if (c.at(first_col) != '|') return false;
  for (size_t k = 0; k < first_col; ++k)
    if (!c.Space(k)) return false;
  size_t e = c.size();
  while (e > 0 && c.Space(e - 1)) --e;
  return e > first_col + 1 && c.at(e - 1) == '|';
}

// Joins the text lines of one cell: a blank line is a paragraph break.
void AppendCellLine(std::string* cell, char* pending_break, const std::string& text) {
  if (text.empty()) {
    if (!cell->empty()) *pending_break = 1;
    return;
  }
  if (!cell->empty()) *cell += *pending_break ? "\n" : " ";
  *pending_break = 0;
  *cell += text;
}

// A word broken over a grid cell's lines, as pandoc breaks a word longer than
// its column: the word's head on a line of its own ("susan", "K", "Pat"), then
// pieces that fill the cell's width exactly ("ne.aspling.bjorksten@vasteras.se",
// "vin", "ientorganisationer"). `above` is the cell's previous text line,
// `below` the next one, `after_blank`: a blank line stood before `above`
// inside the cell, `width` the cell's width inside its padding, in code
// points; `above_piece`: `above` was itself taken as a piece of a word. A
// line of one word that fills the width after a one-word line is a cut
// word's piece or a word of its own, which the wrap does not tell:
//   - a capital after a word that ends in one ("VÄ" over "ST": an
//     all-capitals word or its cut): undecided;
//   - a capital after any other word ("Anna" over "Svensson"): a new word;
//   - a lower-case line after a piece that ends in a hyphen, where a word
//     may end ("a.engs-" over "tedt@ty": the writer's "engs- tedt"), or
//     after a word that opens a paragraph after a blank line ("Extern" over
//     "processhandledning"): undecided;
//   - any other lower-case line: the word going on, as pandoc cuts a label
//     or a column header ("K" / "vin" / "nor"), unless the text near the
//     table (Spelling) writes the two as words of their own and never as
//     one ("med funktionsnedsättning", "Tyresö kommun": a new word), or
//     writes both (undecided). Where it writes neither the join is not
//     proven, but undecided there would lose the labels and columns of
//     narrow tables (measured: 21 values of the committed rst renderings
//     lost, steering-group marks and counts among them); except where a
//     digit meets a letter at the cut ("3-4" over "månader", "rkstén" over
//     "021-39"): a count and its unit, a name and a phone number, as often
//     as a word's pieces; and where, letters only over letters only, the
//     head is a lower-case word the text near writes followed by another
//     word ("en" over "prioriteringslista", "en person" written): a word
//     the wrap put alone as often as a cut word's head: undecided.
// `cell` is the cell's text so far; its last word is the one the piece
// would go on.
enum class Cut { kNewWord, kSameWord, kUndecided };

// How far from the table the text is searched for a word's spelling: a
// report's whole text from any of its tables (a narrow rst rendering of one
// runs to 900 lines: "Tyresö kommun" is written 495 lines past its cell).
constexpr size_t kSpellingReach = 1000;

// Whether a line within kSpellingReach lines of lines[at] holds `phrase`
// starting a word (at the line's start or after an ASCII character that is
// no letter or digit); with `then_letter`, only where a letter (an ASCII
// one or any non-ASCII byte) follows it: a word of a sentence, not a cell's
// padding.
bool WrittenNear(const std::vector<TextLine>& lines, size_t at, const std::string& phrase,
                 bool then_letter = false) {
  size_t from = at > kSpellingReach ? at - kSpellingReach : 0;
  size_t to = std::min(lines.size(), at + kSpellingReach);
  for (size_t k = from; k < to; ++k) {
    std::string_view t = lines[k].text;
    for (size_t p = t.find(phrase); p != std::string_view::npos; p = t.find(phrase, p + 1)) {
      unsigned char before = p == 0 ? ' ' : static_cast<unsigned char>(t[p - 1]);
      if (before >= 0x80 || std::isalnum(before)) continue;
      size_t next = p + phrase.size();
      unsigned char after = next < t.size() ? static_cast<unsigned char>(t[next]) : ' ';
      if (!then_letter || after >= 0x80 || std::isalpha(after)) return true;
    }
  }
  return false;
}

// A lower-case piece after a one-word line, by the spelling of the text
// near lines[at]: two words where only "word below" is written, one where
// only "wordbelow" is (`word`: the last of `cell`), undecided where both
// are, `fallback` where neither.
Cut Spelling(const std::vector<TextLine>& lines, size_t at, const std::string& cell,
             const std::string& below, Cut fallback) {
  size_t space = cell.find_last_of(" \n");
  std::string word = space == std::string::npos ? cell : cell.substr(space + 1);
  if (word.empty()) return fallback;
  bool apart = WrittenNear(lines, at, word + " " + below);
  bool whole = WrittenNear(lines, at, word + below);
  if (apart != whole) return apart ? Cut::kNewWord : Cut::kSameWord;
  return apart ? Cut::kUndecided : fallback;
}

Cut BrokenWord(bool after_blank, const std::string& above, const std::string& below, size_t width,
               bool above_piece, const std::vector<TextLine>& lines, size_t at,
               const std::string& cell) {
  if (above.empty() || below.empty() || above.find(' ') != std::string::npos ||
      below.find(' ') != std::string::npos)
    return Cut::kNewWord;
  Columns a(above), b(below);
  if (b.size() != width || a.size() > width) return Cut::kNewWord;
  if (u_isupper(b.at(0))) return u_isupper(a.at(a.size() - 1)) ? Cut::kUndecided : Cut::kNewWord;
  if (above_piece && above.back() == '-') return Cut::kUndecided;
  if (!above_piece && after_blank) return Cut::kUndecided;
  bool digit_meets_letter = (u_isdigit(a.at(a.size() - 1)) && u_isalpha(b.at(0))) ||
                            (u_isalpha(a.at(a.size() - 1)) && u_isdigit(b.at(0)));
  // Letters only over letters only, the head a lower-case word the text
  // near writes as one of a sentence's ("en" over "prioriteringslista",
  // "en person" written): a word the wrap put alone as often as a cut
  // word's head (an address's or a number's pieces are no words, and a
  // capital's head, "För" over "valtningschef", opens a name or a label).
  auto letters = [](const Columns& c) {
    for (size_t i = 0; i < c.size(); ++i)
      if (!u_isalpha(c.at(i))) return false;
    return true;
  };
  bool head_is_word = !above_piece && u_islower(a.at(0)) && letters(a) && letters(b) &&
                      WrittenNear(lines, at, above + " ", true);
  return Spelling(lines, at, cell, below,
                  digit_meets_letter || head_is_word ? Cut::kUndecided : Cut::kSameWord);
}

// Reads a grid table starting at lines[i] (a border). Returns the index after it.
size_t ReadGrid(const std::vector<TextLine>& lines, size_t i, std::vector<Line>* out) {
  std::vector<size_t> bounds = GridBorder(Columns(lines[i].text));
  size_t k = i + 1;
  while (k < lines.size()) {
    Columns row0(lines[k].text);
    if (!GridBody(row0, bounds.front())) break;
    size_t ncol = bounds.size() - 1;
    std::vector<std::string> texts(ncol);
    std::vector<std::string> last(ncol);  // each cell's previous text line
    std::vector<char> breaks(ncol, 0);
    std::vector<char> piece(ncol, 0);  // the previous text line was a word's piece
    std::vector<char> blank(ncol, 0);  // a blank line stood before the previous one
    size_t first = k;
    for (; k < lines.size(); ++k) {
      Columns c(lines[k].text);
      if (!GridBody(c, bounds.front())) break;
      // A cell spans to the next '|' that stands on a column boundary.
      size_t j = 0;
      while (j < ncol) {
        size_t end = j + 1;
        while (end < ncol && c.at(bounds[end]) != '|') ++end;
        std::string text = TrimSpaces(c.Sub(bounds[j] + 1, bounds[end]));
        size_t inner = bounds[end] - bounds[j] - 1;  // "| text |": one space each side
        Cut cut = !breaks[j] && inner > 2
                      ? BrokenWord(blank[j], last[j], text, inner - 2, piece[j], lines, k, texts[j])
                      : Cut::kNewWord;
        if (cut == Cut::kSameWord)
          texts[j] += text;
        else if (cut == Cut::kUndecided)
          texts[j] += kUndecidedCut + text;
        else
          AppendCellLine(&texts[j], &breaks[j], text);
        piece[j] = cut != Cut::kNewWord;
        blank[j] = last[j].empty() && !texts[j].empty() && texts[j] != text;
        last[j] = std::move(text);
        j = end;
      }
    }
    std::vector<Cell> cells;
    for (size_t j = 0; j < ncol; ++j)
      cells.push_back(MakeCell(texts[j], static_cast<double>(bounds[j] + 1),
                               static_cast<double>(bounds[j + 1])));
    out->push_back(MakeLine(lines[first], std::move(cells)));
    if (k >= lines.size()) break;
    std::vector<size_t> next = GridBorder(Columns(lines[k].text));
    if (next.empty() || next.front() != bounds.front()) break;
    bounds = std::move(next);
    ++k;
  }
  return k;
}

// A pipe table line: "| a | b |" (after an indent).
bool PipeLine(std::string_view s) {
  size_t b = s.find_first_not_of(' ');
  size_t e = s.find_last_not_of(' ');
  return b != std::string_view::npos && e > b && s[b] == '|' && s[e] == '|';
}

bool PipeSeparator(std::string_view s) {
  if (!PipeLine(s)) return false;
  bool dash = false;
  for (char ch : s) {
    if (ch == '-') dash = true;
    if (ch != '|' && ch != '-' && ch != ':' && ch != ' ' && ch != '+') return false;
  }
  return dash;
}

void TakeColumnsAbove(const std::vector<TextLine>& lines, size_t i, const std::vector<Line>& above,
                      std::vector<Line>* rows);

// Reads a pipe table: lines i.. that are pipe lines; the separator is skipped.
size_t ReadPipes(const std::vector<TextLine>& lines, size_t i, std::vector<Line>* out) {
  size_t k = i;
  std::vector<Line> rows;
  bool headerless = false;
  for (; k < lines.size() && PipeLine(lines[k].text); ++k) {
    if (PipeSeparator(lines[k].text)) continue;
    // Zim's tables (pandoc -t zimwiki) repeat a table's first row after the
    // separator when it has no header: the row right after the separator
    // that is the header row's text again is that row, not a second one.
    if (k >= i + 2 && PipeSeparator(lines[k - 1].text) &&
        TrimSpaces(std::string(lines[k].text)) == TrimSpaces(std::string(lines[k - 2].text))) {
      headerless = k == i + 2;  // no header of its own, as pandoc's empty one
      continue;
    }
    Columns c(lines[k].text);
    std::vector<Cell> cells;
    size_t open = 0;
    while (c.at(open) != '|') ++open;
    std::string text;
    for (size_t j = open + 1; j < c.size(); ++j) {
      if (c.at(j) == '\\' && c.at(j + 1) == '|') {
        text += '|';
        ++j;
        continue;
      }
      if (c.at(j) == '|') {
        cells.push_back(
            MakeCell(TrimSpaces(text), static_cast<double>(open + 1), static_cast<double>(j)));
        text.clear();
        open = j;
        continue;
      }
      text += c.Sub(j, j + 1);
    }
    // An empty header row (pandoc writes one for a table without a header)
    // is no row: kept, it would stand as an empty first value of a stack.
    bool empty =
        std::all_of(cells.begin(), cells.end(), [](const Cell& x) { return x.text.empty(); });
    if (empty && k + 1 < lines.size() && PipeSeparator(lines[k + 1].text)) {
      headerless = k == i;
      continue;
    }
    rows.push_back(MakeLine(lines[k], std::move(cells)));
  }
  if (headerless) TakeColumnsAbove(lines, i, *out, &rows);
  for (Line& row : rows) out->push_back(std::move(row));
  return k;
}

// A dashed rule: groups of three or more '-' separated by spaces, nothing else.
// Returns the groups' [start, end) columns.
std::vector<std::pair<size_t, size_t>> DashRule(const Columns& c) {
  std::vector<std::pair<size_t, size_t>> groups;
  size_t k = 0;
  while (k < c.size()) {
    if (c.Space(k)) {
      ++k;
      continue;
    }
    if (c.at(k) != '-') return {};
    size_t s = k;
    while (k < c.size() && c.at(k) == '-') ++k;
    if (k - s < 3) return {};
    groups.emplace_back(s, k);
  }
  return groups;
}

// True when some text stands between two columns' extents. A no-break space
// there is white: a text whose spaces between words were made no-break ones
// (a word processor's "keep together") has them where a cell's last word
// ends one column before the next column, as a space would be.
bool InGap(const Columns& c, const std::vector<std::pair<size_t, size_t>>& groups) {
  for (size_t j = 0; j + 1 < groups.size(); ++j)
    for (size_t k = groups[j].second; k < groups[j + 1].first && k < c.size(); ++k)
      if (!c.White(k)) return true;
  return false;
}

// One row of a table with dashed rules: the text lines [a, b) cut at the
// groups' starts, joined per column.
Line DashRow(const std::vector<TextLine>& lines, size_t a, size_t b,
             const std::vector<std::pair<size_t, size_t>>& groups) {
  std::vector<std::string> texts(groups.size());
  std::vector<char> breaks(groups.size(), 0);
  for (size_t k = a; k < b; ++k) {
    Columns c(lines[k].text);
    for (size_t j = 0; j < groups.size(); ++j) {
      size_t from = j == 0 ? 0 : groups[j].first;
      size_t to = j + 1 < groups.size() ? groups[j + 1].first : c.size();
      AppendCellLine(&texts[j], &breaks[j], TrimSpaces(c.Sub(from, to)));
    }
  }
  std::vector<Cell> cells;
  for (size_t j = 0; j < groups.size(); ++j)
    cells.push_back(MakeCell(texts[j], static_cast<double>(groups[j].first),
                             static_cast<double>(groups[j].second)));
  return MakeLine(lines[a], std::move(cells));
}

// Reads a table framed by dashed rules. `i` is the rule giving the columns
// (two or more groups); `head` the first header line above it, or i when it
// has none. Returns the index after the table, or i when it is not one.
// A table without a header of its own (a pipe table under pandoc's empty
// header row, a dashed table that opens with its column rule) right under
// another drawn table (its last row's line, or its closing rule, above only
// blank lines), with as many columns in every row as the last row above:
// one Word table the converter cut in two, each part padded to its own
// cells' widths (pandoc's gfm and plain), so its columns are the ones above,
// by order. Gives `rows` that row's extents; they keep their own when
// anything else shows.
void TakeColumnsAbove(const std::vector<TextLine>& lines, size_t i, const std::vector<Line>& above,
                      std::vector<Line>* rows) {
  size_t k = i;
  while (k > 0 && IsBlank(lines[k - 1].text)) --k;
  if (k == 0) return;
  std::string_view edge = lines[k - 1].text;
  bool pipe_row = PipeLine(edge) && !PipeSeparator(edge);
  if (!pipe_row && DashRule(Columns(edge)).empty()) return;
  size_t a = above.size();
  while (a > 0 && above[a - 1].Blank() && above[a - 1].number > lines[k - 1].number) --a;
  if (a == 0 || above[a - 1].number > lines[k - 1].number) return;
  // The row touches the edge: no blank line between its first line and it.
  for (size_t t = k - 1; lines[t].number > above[a - 1].number; --t)
    if (t == 0 || IsBlank(lines[t - 1].text)) return;
  const std::vector<Cell>& columns = above[a - 1].cells;
  for (const Line& row : *rows)
    if (row.cells.size() != columns.size()) return;
  for (Line& row : *rows)
    for (size_t c = 0; c < columns.size(); ++c) {
      row.cells[c].x0 = columns[c].x0;
      row.cells[c].x1 = columns[c].x1;
    }
}

size_t ReadDashTable(const std::vector<TextLine>& lines, size_t head, size_t i,
                     std::vector<Line>* out) {
  std::vector<std::pair<size_t, size_t>> groups = DashRule(Columns(lines[i].text));
  // The closing rule: the same rule again, or one spanning all the columns.
  // The table has ended without one at a drawn table of another kind, at a
  // rule of other columns, or at text standing in the gap between columns,
  // unless that text is a page's running header or footer (the first or
  // last line of its page, at a page break inside the table: `pr`'s pages):
  // such a line, and the blank lines of the break around it, are passed
  // over, neither a row nor a blank line between rows.
  size_t close = lines.size();
  bool any_blank = false;
  std::vector<bool> skip;  // per line after the rule: a page break's line
  auto next_filled = [&](size_t k) {
    while (k < lines.size() && IsBlank(lines[k].text)) ++k;
    return k;
  };
  int page = lines[i].page;
  for (size_t k = i + 1; k < lines.size() && k < i + 400; ++k) {
    skip.resize(k - i, false);
    if (IsBlank(lines[k].text)) {
      size_t f = next_filled(k);
      bool at_break = page > 0 && f < lines.size() && lines[f].page != page;
      if (at_break) skip.back() = true;
      any_blank = any_blank || !at_break;
      continue;
    }
    Columns c(lines[k].text);
    std::vector<std::pair<size_t, size_t>> rule = DashRule(c);
    if (!rule.empty()) {
      bool spans = rule.size() == 1 && rule[0].first <= groups.front().first &&
                   rule[0].second >= groups.back().second;
      if (rule == groups || spans) close = k;
      break;
    }
    if (!GridBorder(c).empty() || PipeLine(lines[k].text)) break;
    if (InGap(c, groups)) {
      size_t f = next_filled(k + 1);
      bool first_of_page = page > 0 && lines[k].page != page;
      bool last_of_page = page > 0 && f < lines.size() && lines[f].page != lines[k].page;
      if (!first_of_page && !last_of_page) break;
      skip.back() = true;
      // The blank lines after a page's header are the break's too.
      for (size_t b = k + 1; first_of_page && b < f; ++b) skip.push_back(true), ++k;
    }
    page = lines[k].page;
  }
  skip.resize(lines.size() - i, false);
  auto skipped = [&](size_t k) { return skip[k - i - 1]; };
  size_t end = close;
  if (close == lines.size()) {  // a simple table: rows up to the first blank line
    // Without its closing rule, a page's first line in the gaps is no header
    // the table went on under: nothing is passed over.
    std::fill(skip.begin(), skip.end(), false);
    any_blank = false;
    end = i + 1;
    while (end < lines.size() && !IsBlank(lines[end].text)) ++end;
    if (end == i + 1) return i;
  }
  std::vector<Line> rows;
  if (head < i) rows.push_back(DashRow(lines, head, i, groups));
  size_t k = i + 1;
  while (k < end) {
    if (IsBlank(lines[k].text) || skipped(k)) {
      ++k;
      continue;
    }
    size_t b = k + 1;
    if (any_blank)
      while (b < end && !IsBlank(lines[b].text) && !skipped(b)) ++b;
    rows.push_back(DashRow(lines, k, b, groups));
    k = b;
  }
  if (head == i) TakeColumnsAbove(lines, i, *out, &rows);
  for (Line& row : rows) out->push_back(std::move(row));
  return close == lines.size() ? end : close + 1;
}

// The rows of a markup table (markup_tables.h) as Lines.
void AddMarkupRows(const std::vector<TextLine>& lines, std::vector<MarkupRow>* rows,
                   std::vector<Line>* out) {
  for (MarkupRow& r : *rows) {
    std::vector<Cell> cells;
    for (MarkupCell& c : r.cells) cells.push_back(MakeCell(std::move(c.text), c.x0, c.x1));
    out->push_back(MakeLine(lines[r.line], std::move(cells)));
  }
  rows->clear();
}

// The column of a line's first non-space code point (its size when blank).
size_t Indent(const Columns& c) {
  size_t k = 0;
  while (c.Space(k)) ++k;
  return k;
}

// Whether the line's last word is a group of three or more dashes.
bool EndsWithDashes(const Columns& c) {
  size_t end = c.size();
  while (end > 0 && c.Space(end - 1)) --end;
  size_t k = end;
  while (k > 0 && c.at(k - 1) == '-') --k;
  return end - k >= 3 && (k == 0 || c.Space(k - 1));
}

// When line `k` continues a rule broken before it (at `indent`, or at the
// line's start as `fold` leaves it, it begins with a group of three or more
// dashes; text may follow), the columns its leading groups of dashes span;
// else 0.
size_t RuleTail(const std::vector<TextLine>& lines, size_t k, size_t indent) {
  if (k >= lines.size()) return 0;
  Columns c(lines[k].text);
  indent = Indent(c) == 0 ? 0 : indent;
  if (Indent(c) != indent) return 0;
  size_t e = indent, end = indent;
  while (true) {
    size_t g = e;
    while (c.at(g) == '-') ++g;
    if (g - e < 3 || (g < c.size() && !c.Space(g))) break;
    end = g;
    e = g + 1;
  }
  return end - indent;
}

}  // namespace

std::vector<LineSpan> FindReflowedTables(const std::vector<TextLine>& lines) {
  constexpr size_t kMinRule = 30;   // a table's rule, not a short divider
  constexpr size_t kMaxRows = 400;  // lines a table may run over
  std::vector<LineSpan> spans;
  size_t i = 0;
  while (i + 1 < lines.size()) {
    // A line without a dash is no dashed rule: no columns built for it.
    if (lines[i].text.find('-') == std::string_view::npos) {
      ++i;
      continue;
    }
    Columns c(lines[i].text);
    std::vector<std::pair<size_t, size_t>> rule = DashRule(c);
    size_t tail = rule.empty() ? 0 : RuleTail(lines, i + 1, rule.front().first);
    if (tail == 0 || rule.back().second - rule.front().first + 1 + tail < kMinRule) {
      ++i;
      continue;
    }
    size_t last = i + 1;
    while (last + 1 < lines.size() && !IsBlank(lines[last + 1].text)) ++last;  // no closing rule
    for (size_t k = i + 2; k < lines.size() && k < i + kMaxRows; ++k) {
      Columns row(lines[k].text);
      if (!EndsWithDashes(row)) continue;
      size_t end = k;
      if (RuleTail(lines, k + 1, Indent(row)) > 0 && !DashRule(Columns(lines[k + 1].text)).empty())
        ++end;
      if (end + 1 == lines.size() || IsBlank(lines[end + 1].text)) {
        last = end;
        break;
      }
    }
    spans.push_back(LineSpan{i, last});
    i = last + 1;
  }
  return spans;
}

std::vector<LineSpan> FindRefilledGrids(const std::vector<TextLine>& lines) {
  std::vector<LineSpan> spans;
  size_t i = 0;
  while (i < lines.size()) {
    // A line without a '+' is no grid's border: no columns built for it.
    std::vector<size_t> bounds;
    if (lines[i].text.find('+') != std::string_view::npos)
      bounds = GridBorder(Columns(lines[i].text));
    if (bounds.empty()) {
      ++i;
      continue;
    }
    // The table's lines: up to the first blank line; its last border.
    size_t last = i;
    bool refilled = false, piece = false;
    size_t k = i + 1;
    for (; k < lines.size() && !IsBlank(lines[k].text); ++k) {
      Columns c(lines[k].text);
      std::vector<size_t> border = GridBorder(c);
      if (!border.empty() && border.front() == bounds.front()) {
        refilled = refilled || piece;
        last = k;
        continue;
      }
      // A row's piece out of its place: a line holding a bar that is no
      // row of the grid (its start at the border's column, its end a bar).
      piece = piece ||
              (!GridBody(c, bounds.front()) && lines[k].text.find('|') != std::string_view::npos);
    }
    if (refilled) spans.push_back(LineSpan{i, last});
    i = std::max(k, last + 1);
  }
  return spans;
}

bool MayStartDrawnTable(std::string_view t) {
  size_t b = t.find_first_not_of(" \t");
  if (b == std::string_view::npos) return false;
  switch (t[b]) {
    case '|':
    case '+':
    case '-':
    case '[':
    case '{':
    case '<':
    case '^':
      return true;
    default:
      // A row of separated cells has its bar anywhere.
      return t.find('|', b) != std::string_view::npos;
  }
}

size_t ReadDrawnTable(const std::vector<TextLine>& lines, size_t i, std::vector<Line>* out) {
  std::string_view t = lines[i].text;
  if (!MayStartDrawnTable(t)) return i;
  std::vector<MarkupRow> rows;
  size_t markup = ReadAsciiDocTable(lines, i, &rows);
  if (markup == i) markup = ReadMediaWikiTable(lines, i, &rows);
  if (markup == i) markup = ReadXWikiTable(lines, i, &rows);
  if (markup == i) markup = ReadHtmlMarkup(lines, i, &rows);
  if (markup != i) {
    AddMarkupRows(lines, &rows, out);
    return markup;
  }
  Columns c(t);
  if (!GridBorder(c).empty() && i + 1 < lines.size() &&
      GridBody(Columns(lines[i + 1].text), GridBorder(c).front()))
    return ReadGrid(lines, i, out);
  if (PipeLine(t)) {
    bool separator = false;
    for (size_t k = i; k < lines.size() && PipeLine(lines[k].text); ++k)
      separator |= PipeSeparator(lines[k].text);
    if (separator) return ReadPipes(lines, i, out);
  }
  // Before the bare pipe tables: a row may open with a bar for its empty first cell.
  if (size_t separated = ReadSeparatedRows(lines, i, &rows); separated != i) {
    AddMarkupRows(lines, &rows, out);
    return separated;
  }
  if (size_t bare = ReadBarePipeTable(lines, i, &rows); bare != i) {
    AddMarkupRows(lines, &rows, out);
    return bare;
  }
  std::vector<std::pair<size_t, size_t>> groups = DashRule(c);
  if (groups.size() == 1) {
    // A full rule above a header: the column rule follows within a few lines.
    for (size_t k = i + 1; k < lines.size() && k <= i + 6 && !IsBlank(lines[k].text); ++k) {
      if (DashRule(Columns(lines[k].text)).size() >= 2) {
        size_t next = ReadDashTable(lines, i + 1, k, out);
        if (next != k) return next;
        break;
      }
    }
  }
  if (groups.size() >= 2) return ReadDashTable(lines, i, i, out);
  return i;
}

namespace {

const char kReflowedTableNote[] =
    ": a table whose dashed rules are broken over two lines, as a reflow (fmt, a mail program's "
    "rewrap) leaves them; its cells no longer stand under their columns, so the table is not read";
const char kRefilledGridNote[] =
    ": a grid table whose rows' lines a reflow (fmt, a mail program's rewrap) refilled; its cells "
    "no longer stand between their bars, so the table is not read";

}  // namespace

std::string UnreadTableNote(bool grid, int first, int last) {
  return "lines " + std::to_string(first) + "-" + std::to_string(last) +
         (grid ? kRefilledGridNote : kReflowedTableNote);
}

bool IsUnreadTableNote(std::string_view warning) {
  if (warning.substr(0, 6) != "lines ") return false;
  size_t colon = warning.find(':');
  if (colon == std::string_view::npos) return false;
  std::string_view rest = warning.substr(colon);
  return rest == kReflowedTableNote || rest == kRefilledGridNote;
}

}  // namespace redovis
