#include "read/text/text_layout.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <map>
#include <utility>

#include "read/text/html_markup.h"
#include "read/text/markup_tables.h"

namespace redovis {
namespace {

// A line indexed by code point: column k is the k-th code point.
class Columns {
 public:
  explicit Columns(std::string_view s) : s_(s) {
    int32_t i = 0, n = static_cast<int32_t>(s.size());
    while (i < n) {
      off_.push_back(static_cast<size_t>(i));
      UChar32 c;
      U8_NEXT(s.data(), i, n, c);
      cp_.push_back(c);
    }
    off_.push_back(s.size());
  }
  size_t size() const { return cp_.size(); }
  UChar32 at(size_t k) const { return k < cp_.size() ? cp_[k] : 0; }
  bool Space(size_t k) const { return k < cp_.size() && cp_[k] == ' '; }
  /// The text of columns [a, b), clamped to the line.
  std::string Sub(size_t a, size_t b) const {
    a = std::min(a, size());
    b = std::min(std::max(a, b), size());
    return std::string(s_.substr(off_[a], off_[b] - off_[a]));
  }

 private:
  std::string_view s_;
  std::vector<size_t> off_;
  std::vector<UChar32> cp_;
};

std::string TrimSpaces(std::string s) {
  size_t b = s.find_first_not_of(' ');
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(' ');
  return s.substr(b, e - b + 1);
}

bool IsBlank(std::string_view s) {
  return s.find_first_not_of(' ') == std::string_view::npos;
}

// The emphasis wrapped around a whole cell by the markups other than
// markdown: "*strong*" (AsciiDoc, org, Jira, Textile), "_emphasis_",
// "'''strong'''" and "''emphasis''" (MediaWiki); the marker on both ends,
// no space just inside it. Returns the text inside, or `s` as it is.
std::string Unwrap(std::string s) {
  for (std::string_view m : {"'''", "''", "*", "_"}) {
    size_t n = m.size();
    if (s.size() > 2 * n && s.compare(0, n, m) == 0 && s.compare(s.size() - n, n, m) == 0 &&
        s[n] != ' ' && s[s.size() - n - 1] != ' ' && s[n] != m[0] && s[s.size() - n - 1] != m[0])
      return s.substr(n, s.size() - 2 * n);
  }
  return s;
}

// Markdown's inline markup, which no form wording uses: "**strong**" and
// "__strong__" markers and backslash escapes of ASCII punctuation ("\["),
// and a whole cell's emphasis in the other markups (Unwrap).
std::string Unmark(const std::string& in) {
  std::string s = Unwrap(in);
  if (s.find_first_of("*_\\") == std::string::npos) return s;
  std::string out;
  out.reserve(s.size());
  for (size_t k = 0; k < s.size(); ++k) {
    char ch = s[k];
    if (ch == '\\' && k + 1 < s.size() && std::ispunct(static_cast<unsigned char>(s[k + 1]))) {
      out += s[++k];
    } else if ((ch == '*' || ch == '_') && k + 1 < s.size() && s[k + 1] == ch) {
      ++k;
    } else {
      out += ch;
    }
  }
  return out;
}

// The state a cell holding only a check-box glyph stands for (☒ ☑ ✓ ✔, ☐),
// as the Word and PDF readers read the same glyphs; the glyph is kept as text.
CheckboxState GlyphBox(const std::string& text) {
  if (text == "\u2612" || text == "\u2611" || text == "\u2713" || text == "\u2714")
    return CheckboxState::kChecked;
  if (text == "\u2610") return CheckboxState::kUnchecked;
  return CheckboxState::kNone;
}

Cell MakeCell(std::string text, double x0, double x1) {
  Cell c;
  c.text = Unmark(text);
  c.checkbox = GlyphBox(c.text);
  c.x0 = x0;
  c.x1 = x1;
  return c;
}

Line MakeLine(const TextLine& t, std::vector<Cell> cells) {
  Line l;
  l.page = t.page;
  l.number = t.number;
  l.cells = std::move(cells);
  if (l.cells.empty()) l.cells.emplace_back();
  return l;
}

// Two spaces after a sentence's end before a capitalised word ("slut.  Nästa")
// are typing, not a column boundary.
bool SentenceSpace(const Columns& c, size_t run_start, size_t run_len) {
  if (run_len != 2 || run_start == 0) return false;
  UChar32 before = c.at(run_start - 1);
  if (before != '.' && before != '!' && before != '?') return false;
  return u_isupper(c.at(run_start + 2)) && u_islower(c.at(run_start + 3));
}

// ---- drawn tables ---------------------------------------------------------

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
// `below` the next one, `width` the cell's width inside its padding, in code
// points. A line that only happens to fill the width after a one-word line is
// told apart by its first letter: a capital starts a new word ("Anna" over
// "Svensson"); a lower-case line of one word of exactly the width after a
// one-word line is taken as the word going on.
bool BrokenWord(const std::string& above, const std::string& below, size_t width) {
  if (above.empty() || below.empty() || above.find(' ') != std::string::npos ||
      below.find(' ') != std::string::npos)
    return false;
  Columns b(below);
  return b.size() == width && !u_isupper(b.at(0)) && Columns(above).size() <= width;
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
        if (!breaks[j] && inner > 2 && BrokenWord(last[j], text, inner - 2))
          texts[j] += text;
        else
          AppendCellLine(&texts[j], &breaks[j], text);
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

// Reads a pipe table: lines i.. that are pipe lines; the separator is skipped.
size_t ReadPipes(const std::vector<TextLine>& lines, size_t i, std::vector<Line>* out) {
  size_t k = i;
  for (; k < lines.size() && PipeLine(lines[k].text); ++k) {
    if (PipeSeparator(lines[k].text)) continue;
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
    if (empty && k + 1 < lines.size() && PipeSeparator(lines[k + 1].text)) continue;
    out->push_back(MakeLine(lines[k], std::move(cells)));
  }
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

// True when some text stands between two columns' extents.
bool InGap(const Columns& c, const std::vector<std::pair<size_t, size_t>>& groups) {
  for (size_t j = 0; j + 1 < groups.size(); ++j)
    for (size_t k = groups[j].second; k < groups[j + 1].first && k < c.size(); ++k)
      if (!c.Space(k)) return true;
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
size_t ReadDashTable(const std::vector<TextLine>& lines, size_t head, size_t i,
                     std::vector<Line>* out) {
  std::vector<std::pair<size_t, size_t>> groups = DashRule(Columns(lines[i].text));
  // The closing rule: the same rule again, or one spanning all the columns.
  // The table has ended without one at a drawn table of another kind, at a
  // rule of other columns, or at text standing in the gap between columns.
  size_t close = lines.size();
  bool any_blank = false;
  for (size_t k = i + 1; k < lines.size() && k < i + 400; ++k) {
    if (IsBlank(lines[k].text)) {
      any_blank = true;
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
    if (!GridBorder(c).empty() || PipeLine(lines[k].text) || InGap(c, groups)) break;
  }
  size_t end = close;
  if (close == lines.size()) {  // a simple table: rows up to the first blank line
    any_blank = false;
    end = i + 1;
    while (end < lines.size() && !IsBlank(lines[end].text)) ++end;
    if (end == i + 1) return i;
  }
  if (head < i) out->push_back(DashRow(lines, head, i, groups));
  size_t k = i + 1;
  while (k < end) {
    if (IsBlank(lines[k].text)) {
      ++k;
      continue;
    }
    size_t b = k + 1;
    if (any_blank)
      while (b < end && !IsBlank(lines[b].text)) ++b;
    out->push_back(DashRow(lines, k, b, groups));
    k = b;
  }
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

// ---- paragraphs -------------------------------------------------------------

size_t FirstWordLength(const std::string& text) {
  Columns c(text);
  size_t k = 0;
  while (k < c.size() && !c.Space(k)) ++k;
  return k;
}

bool StartsLower(const std::string& s) {
  Columns c(s);
  return c.size() > 0 && u_islower(c.at(0));
}

bool AllLower(const std::string& s) {
  Columns c(s);
  for (size_t k = 0; k < c.size(); ++k)
    if (!u_islower(c.at(k))) return false;
  return c.size() > 0;
}

// A number as a cell holds it: digits, spaces and , . : - only.
bool IsNumber(const std::string& s) {
  bool digit = false;
  for (char ch : s) {
    if (ch >= '0' && ch <= '9')
      digit = true;
    else if (ch != ' ' && ch != ',' && ch != '.' && ch != ':' && ch != '-')
      return false;
  }
  return digit;
}

// A cell too short to be text that wraps: a mark, a count, a column word.
bool IsShort(const std::string& s) {
  return Columns(s).size() <= 3;
}

bool EndsSentence(const std::string& s) {
  return !s.empty() && std::string_view(".:?!;").find(s.back()) != std::string_view::npos;
}

// A label and its answer on one line: a colon after a word, text after it
// ("Kommun: Tyresö", "därav 65 år och över: kvinnor 0, män 1"); a
// renderer's bracketed marker ("[bookmark: _Hlk4968]") is none.
bool IsEntry(const std::string& s) {
  if (s.find_first_of("[]") != std::string::npos) return false;
  size_t colon = s.find(": ");
  return colon != std::string::npos && colon > 0 && s[colon - 1] != ' ' &&
         s.find_first_not_of(' ', colon + 1) != std::string::npos;
}

bool AllLetters(const std::string& s) {
  Columns c(s);
  for (size_t k = 0; k < c.size(); ++k)
    if (!u_isalpha(c.at(k))) return false;
  return c.size() > 0;
}

// The end of a word broken over two lines in a narrow column ("N" over "ej",
// "Kvinn" over "or"): a short lower-case fragment of two or more letters,
// not one letter repeated (a mark such as "xx"), under a cell of letters.
bool IsWordEnd(const std::string& above, const std::string& below) {
  Columns b(below);
  if (b.size() < 2 || !IsShort(below) || !AllLower(below) || !AllLetters(above)) return false;
  for (size_t k = 1; k < b.size(); ++k)
    if (b.at(k) != b.at(0)) return true;
  return false;
}

// Cells wrapped onto the next line, as `pdftotext -layout` prints a table row
// whose cells hold more than one line ("Nämnd Nämnden för personer med" over
// "funktionsnedsättning"): the next line is a continuation when each of its
// cells starts in the column where a cell of this line starts, it does not
// only continue the first cell, and no cell involved is a number or a mark
// (rows of a table of counts or marks line up the same way), and the text
// shows that it goes on (see below). A lower-case
// fragment under a word ("Kvinn" over "or") continues the word.
constexpr size_t kNotJoined = static_cast<size_t>(-1);

bool Continues(const Line& a, const Line& b, std::vector<size_t>* into) {
  if (a.cells.size() < 2 || a.page != b.page || b.number != a.number + 1 || b.Blank()) return false;
  into->clear();
  // Besides the columns, the text must show that it goes on: a cell ending in
  // a hyphen, comma or slash, a fragment starting in lower case, digits going
  // on, or a single fragment under a cell that is not the first.
  bool evidence = false;
  for (const Cell& c2 : b.cells) {
    size_t j = 0;
    while (j < a.cells.size() && a.cells[j].x0 != c2.x0) ++j;
    if (j == a.cells.size()) return false;
    const std::string& t1 = a.cells[j].text;
    if (IsWordEnd(t1, c2.text)) {
      into->push_back(j);
      evidence = true;
      continue;
    }
    if (IsShort(t1) || IsNumber(t1)) return false;
    // An address broken at a hyphen ("inga-" over "lill.nilsson@timra.se"):
    // whether the hyphen is the address's own or the line's is not written
    // anywhere, so the pieces stay apart (kNotJoined; the piece stays on a
    // line of its own).
    if (!t1.empty() && t1.back() == '-' &&
        c2.text.substr(0, c2.text.find(' ')).find('@') != std::string::npos) {
      into->push_back(kNotJoined);
      evidence = true;
      continue;
    }
    bool ends_digit_or_hyphen =
        !t1.empty() && ((t1.back() >= '0' && t1.back() <= '9') || t1.back() == '-');
    if (IsNumber(c2.text) ? !ends_digit_or_hyphen : (IsShort(c2.text) && !AllLower(c2.text)))
      return false;
    into->push_back(j);
    char last = t1.empty() ? ' ' : t1.back();
    if (last == '-' || last == ',' || last == '/' || StartsLower(c2.text) ||
        (last >= '0' && last <= '9' && IsNumber(c2.text.substr(0, 1))))
      evidence = true;
  }
  // Only the first cell going on: a new row of the table, unless it goes on
  // in lower case after a cell that does not end a sentence.
  if (b.cells.size() == 1)
    return (*into)[0] != 0 || (StartsLower(b.cells[0].text) && !EndsSentence(a.cells[0].text));
  return evidence;
}

// In place: the lines kept are moved down over those joined into them.
void JoinContinuations(std::vector<Line>* lines, std::vector<bool>* plain) {
  std::vector<Line>& ls = *lines;
  std::vector<bool>& ps = *plain;
  size_t w = 0;  // lines kept so far: [0, w)
  std::vector<size_t> into;
  bool joined_last = false;
  for (size_t k = 0; k < ls.size(); ++k) {
    Line& l = ls[k];
    if (w > 0 && !joined_last && ps[w - 1] && ps[k] && Continues(ls[w - 1], l, &into)) {
      std::vector<Cell> rest;
      for (size_t m = 0; m < into.size(); ++m) {
        if (into[m] == kNotJoined) {
          rest.push_back(std::move(l.cells[m]));
          continue;
        }
        Cell& c1 = ls[w - 1].cells[into[m]];
        const Cell& c2 = l.cells[m];
        bool word =
            IsWordEnd(c1.text, c2.text) || (AllLower(c2.text) && IsShort(c2.text) &&
                                            StartsLower(c1.text.substr(c1.text.size() - 1)));
        c1.text += (word ? "" : " ") + c2.text;
        c1.x1 = std::max(c1.x1, c2.x1);
      }
      joined_last = true;
      if (!rest.empty()) {  // w <= k: each line gives at most one
        l.cells = std::move(rest);
        if (w != k) ls[w] = std::move(l);
        ps[w] = false;
        ++w;
      }
      continue;
    }
    joined_last = false;
    if (w != k) ls[w] = std::move(l);
    ps[w] = ps[k];
    ++w;
  }
  ls.resize(w);
  ps.resize(w);
}

// A section's number alone: "4." or "12.", after a renderer's bracketed
// marker if any ("[bookmark: _Hlk49]4.").
bool SectionNumber(const std::string& text) {
  std::string_view t = text;
  if (!t.empty() && t[0] == '[') {
    size_t close = t.find(']');
    if (close == std::string_view::npos) return false;
    t.remove_prefix(close + 1);
  }
  size_t digits = 0;
  while (digits < t.size() && t[digits] >= '0' && t[digits] <= '9') ++digits;
  return digits >= 1 && digits <= 2 && t.size() == digits + 1 && t.back() == '.';
}

// Joins one-cell lines that are one wrapped paragraph: the first ends where
// the next line's first word would not have fitted in the widest one-cell line.
void JoinWrapped(std::vector<Line>* lines, const std::vector<bool>& plain) {
  double width = 0;
  for (size_t k = 0; k < lines->size(); ++k)
    if (plain[k] && (*lines)[k].cells.size() == 1) width = std::max(width, (*lines)[k].cells[0].x1);
  // Lines narrower than this are not taken for a wrapped paragraph's width.
  constexpr double kMinWrapWidth = 40;
  if (width < kMinWrapWidth) return;
  // In place: the lines kept are moved down over those joined into them.
  std::vector<Line>& ls = *lines;
  size_t w = 0;                // lines kept so far: [0, w)
  bool last_joinable = false;  // whether ls[w - 1] is a one-cell plain line
  double last_end = 0;         // where the last physical line of ls[w - 1] ends
  for (size_t k = 0; k < ls.size(); ++k) {
    Line& l = ls[k];
    bool one = plain[k] && l.cells.size() == 1 && !l.cells[0].text.empty();
    if (one && w > 0 && last_joinable) {
      Line& prev = ls[w - 1];
      Cell& p = prev.cells[0];
      const Cell& c = l.cells[0];
      // A question or a label ends its line ('?', ':'): what follows is its
      // answer, never the rest of its words, unless it goes on in lower case.
      bool asks = !p.text.empty() && (p.text.back() == '?' || p.text.back() == ':');
      // A sentence ended and the next line starts a capitalised one: a new
      // sentence, paragraph or label, whatever the width (text typed without
      // wrapping has one widest line, followed by the next paragraph).
      bool new_sentence = EndsSentence(p.text) && !StartsLower(c.text);
      bool wrapped = !asks && !new_sentence &&
                     last_end + 1 + static_cast<double>(FirstWordLength(c.text)) > width;
      // A line followed by one that goes on in lower case, when it is long
      // ("... och söker" + "stöd av ...": the width of proportional text varies
      // from line to line) or does not end a sentence ("4. Tillgång" + "till
      // personligt ombud").
      // A short line holding a label and its answer ("Totalt antal klienter:
      // kvinnor 30, män 17") is an entry of its own: the next line in lower
      // case ("därav ...: kvinnor 9") is the next entry, not its rest.
      // A number or a check-box glyph alone on its line is a cell of its own
      // (a table written one cell per line), never a paragraph's start.
      bool lone_value = IsNumber(p.text) || GlyphBox(p.text) != CheckboxState::kNone;
      bool goes_on = !lone_value && StartsLower(c.text) &&
                     (last_end >= 0.6 * width || (!EndsSentence(p.text) && !IsEntry(p.text)));
      // A section's number alone on its line, its title on the next ("4." /
      // "Tillgång till personligt ombud"): one heading.
      // A long line that does not end a sentence and one starting with a
      // year or a number in words going on ("... under" / "2020? I så fall"):
      // the question's words wrapped.
      bool digit_goes_on = last_end >= 0.6 * width && !EndsSentence(p.text) &&
                           u_isdigit(Columns(c.text).at(0)) && !IsNumber(c.text) &&
                           c.text.find(' ') != std::string::npos;
      goes_on = goes_on || digit_goes_on;
      bool number_alone =
          SectionNumber(p.text) && l.number == prev.number + 1 && u_isupper(Columns(c.text).at(0));
      if (prev.page == l.page && p.x0 == c.x0 && (wrapped || goes_on || number_alone)) {
        p.text += " " + c.text;
        p.x1 = std::max(p.x1, c.x1);
        last_end = c.x1;
        continue;
      }
    }
    last_end = one ? l.cells[0].x1 : 0;
    if (w != k) ls[w] = std::move(l);
    ++w;
    last_joinable = one;
  }
  ls.resize(w);
}

}  // namespace

// Text with words in it, or a page's number "n/m": a count or a value ("1,0")
// ending three pages is no running footer.
static bool Wordy(const std::string& s) {
  Columns c(s);
  size_t letters = 0;
  for (size_t k = 0; k < c.size(); ++k) letters += u_isalpha(c.at(k)) ? 1 : 0;
  // A page number "n/m" alone, as a browser prints it in a corner.
  size_t slash = s.find('/');
  bool page_of = slash != std::string::npos && slash > 0 && slash + 1 < s.size() &&
                 s.find_first_not_of('#', slash + 1) == std::string::npos &&
                 s.find_first_not_of('#') == slash;
  return letters >= 6 || page_of;
}

void MarkPageEdges(std::vector<Line>* lines) {
  // Each page's first and last non-blank line, by page.
  std::map<int, std::pair<size_t, size_t>> edges;
  for (size_t k = 0; k < lines->size(); ++k) {
    const Line& l = (*lines)[k];
    if (l.page <= 0 || l.Blank()) continue;
    auto [it, fresh] = edges.try_emplace(l.page, k, k);
    if (!fresh) it->second.second = k;
  }
  if (edges.size() < 3) return;
  auto masked = [&](size_t k) {
    std::string key;
    for (const Cell& c : (*lines)[k].cells) {
      if (c.text.empty()) continue;
      if (!key.empty()) key += '\t';
      for (char ch : c.text) key += (ch >= '0' && ch <= '9') ? '#' : ch;
    }
    return key;
  };
  for (int edge = 0; edge < 2; ++edge) {
    std::map<std::string, std::vector<size_t>> seen;
    for (const auto& [page, ends] : edges) {
      size_t k = edge == 0 ? ends.first : ends.second;
      seen[masked(k)].push_back(k);
    }
    for (const auto& [key, at] : seen)
      if (at.size() >= 3 && 2 * at.size() >= edges.size() && Wordy(key))
        for (size_t k : at) (*lines)[k].role = LineRole::kFurniture;
  }
}

std::vector<Cell> SplitAtGaps(std::string_view line) {
  Columns c(line);
  std::vector<Cell> cells;
  size_t k = 0;
  while (c.Space(k)) ++k;
  while (k < c.size()) {
    size_t start = k, end = k;
    while (k < c.size()) {
      if (!c.Space(k)) {
        end = ++k;
        continue;
      }
      size_t run = k;
      while (c.Space(k)) ++k;
      if (k == c.size()) break;
      if (k - run >= 2 && !SentenceSpace(c, run, k - run)) break;
    }
    // A check box glued to the next column's text ("☐RSMH", a box flush
    // against its cell's edge): the box is a cell of its own.
    if (end - start > 1 && GlyphBox(c.Sub(start, start + 1)) != CheckboxState::kNone &&
        !c.Space(start + 1)) {
      cells.push_back(MakeCell(c.Sub(start, start + 1), static_cast<double>(start),
                               static_cast<double>(start + 1)));
      ++start;
    }
    cells.push_back(
        MakeCell(c.Sub(start, end), static_cast<double>(start), static_cast<double>(end)));
  }
  return cells;
}

std::vector<Line> LayOutText(const std::vector<TextLine>& lines) {
  std::vector<Line> out;
  out.reserve(lines.size());  // never more lines than the text has
  std::vector<bool> plain;    // per out line: cut at gaps (not a drawn table)
  auto mark = [&](bool p) { plain.resize(out.size(), p); };
  std::vector<MarkupRow> rows;
  size_t i = 0;
  while (i < lines.size()) {
    std::string_view t = lines[i].text;
    size_t markup = ReadAsciiDocTable(lines, i, &rows);
    if (markup == i) markup = ReadMediaWikiTable(lines, i, &rows);
    if (markup == i) markup = ReadHtmlMarkup(lines, i, &rows);
    if (markup != i) {
      AddMarkupRows(lines, &rows, &out);
      mark(false);
      i = markup;
      continue;
    }
    Columns c(t);
    if (!GridBorder(c).empty() && i + 1 < lines.size() &&
        GridBody(Columns(lines[i + 1].text), GridBorder(c).front())) {
      i = ReadGrid(lines, i, &out);
      mark(false);
      continue;
    }
    if (PipeLine(t)) {
      size_t k = i;
      bool separator = false;
      for (; k < lines.size() && PipeLine(lines[k].text); ++k)
        separator |= PipeSeparator(lines[k].text);
      if (separator) {
        i = ReadPipes(lines, i, &out);
        mark(false);
        continue;
      }
    }
    if (size_t bare = ReadBarePipeTable(lines, i, &rows); bare != i) {
      AddMarkupRows(lines, &rows, &out);
      mark(false);
      i = bare;
      continue;
    }
    std::vector<std::pair<size_t, size_t>> groups = DashRule(c);
    if (groups.size() == 1) {
      // A full rule above a header: the column rule follows within a few lines.
      size_t next = i;
      for (size_t k = i + 1; k < lines.size() && k <= i + 6 && !IsBlank(lines[k].text); ++k) {
        if (DashRule(Columns(lines[k].text)).size() >= 2) {
          next = ReadDashTable(lines, i + 1, k, &out);
          if (next == k) next = i;
          break;
        }
      }
      if (next != i) {
        mark(false);
        i = next;
        continue;
      }
    }
    if (groups.size() >= 2) {
      size_t next = ReadDashTable(lines, i, i, &out);
      if (next != i) {
        mark(false);
        i = next;
        continue;
      }
    }
    out.push_back(MakeLine(lines[i], SplitAtGaps(t)));
    mark(true);
    ++i;
  }
  JoinContinuations(&out, &plain);
  JoinWrapped(&out, plain);
  return out;
}

}  // namespace redovis
