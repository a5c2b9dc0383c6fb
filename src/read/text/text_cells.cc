#include "read/text/text_cells.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <set>
#include <utility>

#include "base/text_util.h"
#include "base/utf8.h"
#include "read/glyphs.h"
#include "read/text/cut_lines.h"

namespace redovis {
namespace {

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
std::string Unmark(std::string in) {
  std::string s = Unwrap(std::move(in));
  if (FindAnyOf(s, "*_\\") == std::string::npos) return s;
  // Markers with nothing between them mark nothing: a rule ("_____", lynx's
  // page rule) stays.
  if (s.find_first_not_of("*_ ") == std::string::npos) return s;
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

// Two spaces after a sentence's end before a capitalised word ("slut.  Nästa")
// are typing, not a column boundary.
bool SentenceSpace(const Columns& c, size_t run_start, size_t run_len) {
  if (run_len != 2 || run_start == 0) return false;
  UChar32 before = c.at(run_start - 1);
  if (before != '.' && before != '!' && before != '?') return false;
  return u_isupper(c.at(run_start + 2)) && u_islower(c.at(run_start + 3));
}

// The columns a run of leader dots starting at column k takes, with the
// spaces after it: five full stops or more, or two ellipses ("…", three
// dots each) or more, in any mix, one space or none between two of them
// ("Kommun ........ Timrå", "Kommun . . . . . Timrå": a typed form's label
// led to its answer). 0 where no such run starts at k, or one goes on
// before k (the run's start is where it is counted).
size_t LeaderAt(const Columns& c, size_t k) {
  constexpr UChar32 kEllipsis = 0x2026;
  auto dot = [&](size_t j) { return c.at(j) == '.' || c.at(j) == kEllipsis; };
  if (!dot(k) || (k > 0 && dot(k - 1)) || (k > 1 && c.Space(k - 1) && dot(k - 2))) return 0;
  size_t j = k, dots = 0;
  while (dot(j)) {
    dots += c.at(j) == kEllipsis ? 3 : 1;
    ++j;
    if (c.Space(j) && dot(j + 1)) ++j;
  }
  if (dots < 5) return 0;
  while (c.Space(j)) ++j;
  return j - k;
}

}  // namespace

bool ZeroWidth(UChar32 c) {
  if (c < 0x300) return c == 0x00AD;  // the soft hyphen; ASCII and Latin-1 letters take a column
  // cut_lines.h's kFoldBreak, a reader's mark after kCutLine: no column of
  // its own, so that a line's cells stand where they stood without it.
  static const UChar32 fold_break = [] {
    size_t at = 0;
    return NextCodePoint(kFoldBreak, &at);
  }();
  if (c == fold_break) return true;
  int8_t type = u_charType(c);
  return type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR;
}

namespace {

// Whether code point `c` (not ASCII) opens a column of its own, `cols`
// columns having opened before it: a zero-width one goes in the column
// before, unless there is none.
bool OpensColumn(UChar32 c, size_t cols) {
  return cols == 0 || !ZeroWidth(c);
}

}  // namespace

Columns::Columns(std::string_view s) : s_(s) {
  size_t ascii = 0;  // the leading bytes that are ASCII: a column a byte
  while (ascii < s.size() && static_cast<unsigned char>(s[ascii]) < 0x80) ++ascii;
  if (ascii == s.size()) {
    n_ = s.size();
    return;
  }
  // Sized for a column a byte and left uninitialised: no growth step while
  // a line is read, no filling (the layout reads every line several times).
  off_.reset(new size_t[s.size() + 1]);
  cp_.reset(new UChar32[s.size()]);
  size_t cols = 0;
  for (; cols < ascii; ++cols) {
    off_[cols] = cols;
    cp_[cols] = static_cast<unsigned char>(s[cols]);
  }
  int32_t i = static_cast<int32_t>(ascii), n = static_cast<int32_t>(s.size());
  while (i < n) {
    int32_t at = i;
    UChar32 c = static_cast<unsigned char>(s[static_cast<size_t>(i)]);
    if (c < 0x80) {
      ++i;  // ASCII: one byte, one column (never ZeroWidth)
    } else {
      U8_NEXT(s.data(), i, n, c);
      if (!OpensColumn(c, cols)) continue;  // in the column before
    }
    off_[cols] = static_cast<size_t>(at);
    cp_[cols] = c;
    ++cols;
  }
  off_[cols] = s.size();
  n_ = cols;
  // A no-break space beside another white column is a space: a run of them
  // is a gap as wide as it shows (an HTML editor's "&nbsp; &nbsp;" for a
  // run of spaces), where a lone one between two words keeps them together.
  auto no_break = [](UChar32 c) { return c == 0x00A0 || c == 0x2007 || c == 0x202F; };
  for (size_t k = 0; k < n_; ++k)
    if (no_break(cp_[k]) && ((k > 0 && White(k - 1)) || White(k + 1))) cp_[k] = ' ';
}

size_t ColumnCount(std::string_view s) {
  size_t cols = 0;
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c = static_cast<unsigned char>(s[static_cast<size_t>(i)]);
    if (c < 0x80) {
      ++i, ++cols;  // ASCII: one byte, one column
      continue;
    }
    U8_NEXT(s.data(), i, n, c);
    cols += OpensColumn(c, cols);
  }
  return cols;
}

std::string Columns::Sub(size_t a, size_t b) const {
  a = std::min(a, n_);
  b = std::min(std::max(a, b), n_);
  if (!off_) return std::string(s_.substr(a, b - a));
  return std::string(s_.substr(off_[a], off_[b] - off_[a]));
}

std::string TrimSpaces(std::string s) {
  // The no-break spaces Columns::White counts, in UTF-8.
  static constexpr std::string_view kWhite[] = {" ", "\xC2\xA0", "\xE2\x80\x87", "\xE2\x80\xAF"};
  std::string_view v = s;
  for (bool cut = true; cut;) {
    cut = false;
    for (std::string_view w : kWhite) {
      if (v.size() >= w.size() && v.substr(0, w.size()) == w) v.remove_prefix(w.size()), cut = true;
      if (v.size() >= w.size() && v.substr(v.size() - w.size()) == w)
        v.remove_suffix(w.size()), cut = true;
    }
  }
  return std::string(v);
}

bool IsBlank(std::string_view s) {
  return s.find_first_not_of(' ') == std::string_view::npos;
}

bool IsWordRest(std::string_view s) {
  const std::string trimmed = TrimSpaces(std::string(s));  // Columns views it
  Columns c(trimmed);
  if (c.size() < 2 || c.size() > 3) return false;
  bool differ = false;
  for (size_t k = 0; k < c.size(); ++k) {
    if (!u_islower(c.at(k))) return false;
    differ = differ || c.at(k) != c.at(0);
  }
  return differ;
}

// The state a cell holding only a check-box glyph stands for, by the glyph
// table the Word and PDF readers read (glyphs.h); the glyph is kept as text.
CheckboxState GlyphBox(const std::string& text) {
  // One character: two to four bytes, the first past ASCII (no glyph is ASCII).
  if (text.size() < 2 || text.size() > 4 || static_cast<unsigned char>(text[0]) < 0x80)
    return CheckboxState::kNone;
  FoundBoxGlyph g = FindBoxGlyph(text, 0);
  if (g.offset != 0 || g.length != text.size()) return CheckboxState::kNone;
  return g.state;
}

// True when a column in [from, to) holds a check-box glyph.
bool HasGlyphBox(const Columns& c, size_t from, size_t to) {
  for (size_t k = from; k < to; ++k)
    if (GlyphBox(c.Sub(k, k + 1)) != CheckboxState::kNone) return true;
  return false;
}

Cell MakeCell(std::string text, double x0, double x1) {
  Cell c;
  c.text = Unmark(std::move(text));
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

namespace {

// The state of column k's text as a cell of its own (GlyphBox): no glyph is
// ASCII, so a column whose first code point is ASCII (most of them) is no
// box without its text being copied out.
CheckboxState BoxAt(const Columns& c, size_t k) {
  return c.at(k) < 0x80 ? CheckboxState::kNone : GlyphBox(c.Sub(k, k + 1));
}

// SplitAtGaps' cells' extents in `c`, in order.
std::vector<GapSpan> SpansOf(const Columns& c) {
  std::vector<GapSpan> spans;
  size_t k = 0;
  while (c.Space(k)) ++k;
  while (k < c.size()) {
    size_t start = k, end = k;
    while (k < c.size()) {
      // Leader dots after the cell's text part it from the next cell as a
      // gap does; at the line's end they are dropped.
      if (const size_t leader = end > start ? LeaderAt(c, k) : 0; leader > 0) {
        k += leader;
        break;
      }
      if (!c.Space(k)) {
        end = ++k;
        continue;
      }
      size_t run = k;
      while (c.Space(k)) ++k;
      if (k == c.size()) break;
      if (k - run >= 2 && !SentenceSpace(c, run, k - run)) break;
    }
    // A run of two boxes or more glued one to the next, a column each
    // (html2text's "☐☒" under "Ja Nej"), opening the cell or after its
    // row's label, one space after it or glued to it, and ending the cell or
    // one space before its text ("Patientorganisationer ☐☒",
    // "Anhörigorganisationer☒☐ ISF", "☒☐ RSMH"): each box a cell of its
    // own, and so the label and the text after the run.
    for (size_t r0 = start; r0 + 1 < end; ++r0) {
      if (BoxAt(c, r0) == CheckboxState::kNone || BoxAt(c, r0 + 1) == CheckboxState::kNone)
        continue;
      size_t r1 = r0 + 2;
      while (r1 < end && BoxAt(c, r1) != CheckboxState::kNone) ++r1;
      const size_t label_end = r0 > start && c.Space(r0 - 1) ? r0 - 1 : r0;
      const bool label_fits = r0 == start || (label_end > start && !c.Space(label_end - 1) &&
                                              !HasGlyphBox(c, start, label_end));
      const bool rest_fits = r1 == end || (c.Space(r1) && r1 + 1 < end && !c.Space(r1 + 1));
      if (label_fits && rest_fits) {
        if (r0 > start) spans.push_back({start, label_end});
        for (size_t b = r0; b < r1; ++b) spans.push_back({b, b + 1});
        start = r1 == end ? end : r1 + 1;
      }
      break;
    }
    if (start == end) continue;
    // A check box glued to the next column's text ("☐RSMH", a box flush
    // against its cell's edge): the box is a cell of its own.
    if (end - start > 1 && BoxAt(c, start) != CheckboxState::kNone && !c.Space(start + 1)) {
      spans.push_back({start, start + 1});
      ++start;
    }
    // A check box one space after its row's label, or glued to it, other
    // boxes following ("Patientorganisationer ☐  ☒": a label column only as
    // wide as its longest label, as text browsers lay tables out;
    // "personer☐   ☒": the label's words squeezed into the first box's
    // column, `pdftotext -layout -fixed 5`): the box is a cell of its own,
    // so that it stands under its column as the next one does.
    size_t last = end - 1;
    bool glued = !c.Space(last - 1);
    size_t label_end = glued ? last : last - 1;
    if (end - start > 2 && (glued || !c.Space(last - 2)) &&
        BoxAt(c, last) != CheckboxState::kNone && k < c.size() &&
        BoxAt(c, k) != CheckboxState::kNone && !HasGlyphBox(c, start, last)) {
      spans.push_back({start, label_end});
      start = last;
    }
    spans.push_back({start, end});
  }
  return spans;
}

}  // namespace

std::vector<GapSpan> GapSpans(std::string_view line) {
  return SpansOf(Columns(line));
}

std::vector<std::string> PartedAtLeaders(std::string_view text) {
  // Five dots need two side by side (or one space apart), or an ellipsis:
  // a cell without either is not decoded.
  if (text.find("..") == std::string_view::npos && text.find(". .") == std::string_view::npos &&
      text.find("\xE2\x80\xA6") == std::string_view::npos)
    return {std::string(text)};
  Columns c(text);
  std::vector<std::string> pieces;
  size_t start = 0, end = 0;  // the piece's columns, its text's end
  for (size_t k = 0; k < c.size();) {
    if (const size_t leader = end > start ? LeaderAt(c, k) : 0; leader > 0) {
      pieces.push_back(c.Sub(start, end));
      k += leader;
      start = end = k;
      continue;
    }
    if (!c.Space(k)) end = k + 1;
    ++k;
  }
  if (pieces.empty()) return {std::string(text)};
  if (end > start) pieces.push_back(c.Sub(start, end));
  return pieces;
}

std::vector<Cell> SplitAtGaps(std::string_view line) {
  Columns c(line);
  std::vector<GapSpan> spans = SpansOf(c);
  std::vector<Cell> cells;
  cells.reserve(spans.size());
  for (const GapSpan& s : spans)
    cells.push_back(
        MakeCell(c.Sub(s.x0, s.x1), static_cast<double>(s.x0), static_cast<double>(s.x1)));
  return cells;
}

namespace {

// Whether `l` holds a cell starting at column `s` and none over the column
// before it (a gap, or a cell's end, at s - 1).
bool StartsColumnAt(const Line& l, double s) {
  bool starts = false;
  for (const Cell& c : l.cells) {
    if (c.text.empty()) continue;
    if (c.x0 == s) starts = true;
    if (c.x0 <= s - 1 && c.x1 > s - 1) return false;
  }
  return starts;
}

bool HasCellAt(const Line& l, double x0) {
  return std::any_of(l.cells.begin(), l.cells.end(),
                     [x0](const Cell& c) { return !c.text.empty() && c.x0 == x0; });
}

// Whether a line of two cells or more under `lines[k]` starts a cell inside
// `cell` (past its first column, before its end) anywhere but at column `s`:
// rows set on another grid, another table that the cut cell's columns would
// be laid over (a text browser lays each table out at its own widths:
// "Kvinnor Män" over "29      5", then, a blank line lower, "230 148" and
// "50  42"). Looked for in the cell's own rows and in each block of rows
// after a blank line that opens with a row (two cells or more), up to a
// block that opens otherwise (a heading, a question: another part).
bool OtherGridBelow(const std::vector<Line>& lines, size_t k, const Cell& cell, double s) {
  bool after_blank = false;
  for (size_t i = k + 1; i < lines.size() && i <= k + 60; ++i) {
    const Line& l = lines[i];
    if (l.Blank()) {
      after_blank = true;
      continue;
    }
    int filled = 0;
    bool inside = false;
    for (const Cell& c : l.cells) {
      if (c.text.empty()) continue;
      ++filled;
      inside = inside || (c.x0 > cell.x0 + 1 && c.x0 < cell.x1 && c.x0 != s);
    }
    if (after_blank && filled < 2) return false;
    after_blank = false;
    if (filled >= 2 && inside) return true;
  }
  return false;
}

// Whether `lines[k]` is the last line of its block: the line after it is
// blank, on another page, or there is none.
bool EndsBlock(const std::vector<Line>& lines, size_t k) {
  return k + 1 >= lines.size() || lines[k + 1].page != lines[k].page || lines[k + 1].Blank();
}

// The column where `cell` of `lines[k]` is cut in two, else 0: a word (its
// first character a letter) one space after another, where each of the two lines after it (`k + 1`,
// `k + 2`, on its page, cut at gaps) starts a cell with nothing over the
// column before, and one of them starts a cell where `cell` starts too; or,
// where the line after it (`k + 1`) ends its block, that one line starts a
// cell in the word's column and one where `cell` starts, the word opening
// with a capital.
size_t ColumnBelow(const std::vector<Line>& lines, const std::vector<bool>& plain, size_t k,
                   const Cell& cell) {
  if (k + 1 >= lines.size() || !plain[k + 1]) return 0;
  const Line &a = lines[k], &b = lines[k + 1];
  if (b.page != a.page || b.number != a.number + 1 || cell.x0 < 0 || cell.x0 != std::floor(cell.x0))
    return 0;
  // The row's last line: the one line under the cell shows both columns.
  const bool one_line = EndsBlock(lines, k + 1);
  if (!one_line && !plain[k + 2]) return 0;
  const Line& c = one_line ? b : lines[k + 2];
  if (!one_line && (c.page != a.page || c.number != b.number + 1)) return 0;
  // No cell under it starting inside it: nothing to cut (the common case,
  // told without decoding the cell's text).
  if (std::none_of(b.cells.begin(), b.cells.end(), [&cell](const Cell& e) {
        return !e.text.empty() && e.x0 > cell.x0 + 1 && e.x0 < cell.x1;
      }))
    return 0;
  Columns t(cell.text);
  if (static_cast<double>(t.size()) != cell.x1 - cell.x0) return 0;  // as shown
  for (size_t j = 2; j + 1 < t.size(); ++j) {
    // A word, never a number's group ("5782 94"): a label starts there.
    if (!t.Space(j - 1) || t.Space(j - 2) || !u_isalpha(t.at(j))) continue;
    // One line shows a column only where a capital opens it (a label: "vi"
    // of a typed "handledning: Ja, vi har det." over "Om ja, ...:  Extern"
    // is no column's).
    if (one_line && !u_isupper(t.at(j))) continue;
    double s = cell.x0 + static_cast<double>(j);
    if (StartsColumnAt(b, s) && StartsColumnAt(c, s) &&
        (HasCellAt(b, cell.x0) || HasCellAt(c, cell.x0)))
      return OtherGridBelow(lines, k, cell, s) ? 0 : j;
  }
  return 0;
}

}  // namespace

void SplitAtColumnsBelow(std::vector<Line>* lines, const std::vector<bool>& plain) {
  std::vector<Line>& ls = *lines;
  for (size_t k = 0; k < ls.size() && k < plain.size(); ++k) {
    if (!plain[k]) continue;
    std::vector<Cell>& cells = ls[k].cells;
    for (size_t i = 0; i < cells.size(); ++i) {
      size_t j = ColumnBelow(ls, plain, k, cells[i]);
      if (j == 0) continue;
      Columns t(cells[i].text);
      double x0 = cells[i].x0, x1 = cells[i].x1;
      Cell right = MakeCell(t.Sub(j, t.size()), x0 + static_cast<double>(j), x1);
      cells[i] = MakeCell(t.Sub(0, j - 1), x0, x0 + static_cast<double>(j - 1));
      cells.insert(cells.begin() + static_cast<std::ptrdiff_t>(i) + 1, std::move(right));
    }
  }
}

bool CellsOnTabStops(const std::vector<TextLine>& lines) {
  size_t cells = 0, on_chars = 0, on_bytes = 0;
  std::set<size_t> char_stops, byte_stops;  // the stops the cells start on
  for (const TextLine& l : lines) {
    const std::string_view t = l.text;
    size_t column = 0, spaces = 0;
    bool text_before = false;
    for (size_t b = 0; b < t.size(); ++b) {
      const unsigned char c = static_cast<unsigned char>(t[b]);
      if ((c & 0xC0) == 0x80) continue;  // a code point's later byte
      if (c == ' ') {
        ++spaces;
      } else {
        if (spaces >= 2 && text_before) {
          ++cells;
          if (column % 4 == 0) ++on_chars, char_stops.insert(column);
          if (b % 4 == 0) ++on_bytes, byte_stops.insert(b);
        }
        spaces = 0;
        text_before = true;
      }
      ++column;
    }
  }
  const double least = kOnTabStopsShare * static_cast<double>(cells);
  return cells >= kOnTabStops &&
         ((static_cast<double>(on_chars) >= least && char_stops.size() >= kTabStopsUsed) ||
          (static_cast<double>(on_bytes) >= least && byte_stops.size() >= kTabStopsUsed));
}

bool MarginStripped(const std::vector<Line>& lines) {
  // A line's first words the reader gave to the line above (a wrap
  // joined) leave it starting past column 0, as does a page's first line,
  // whose spaces after the form feed a line-by-line strip does not reach:
  // a stripped text has a few such lines, a layout text many.
  size_t filled_lines = 0, indented = 0, columns = 0;
  for (const Line& l : lines) {
    size_t filled = 0;
    for (const Cell& c : l.cells) {
      if (c.text.empty() || c.x0 < 0) continue;
      // (An HTML table's cells stand at fractions of its width: no
      // character columns, no margin.)
      if (c.x0 != std::floor(c.x0)) return false;
      // (A header AlignHeadersOverRows moved back over its row stood at 0.)
      if (filled++ == 0 && c.x0 > 0 && l.origin != kRealignedHeaderOrigin) ++indented;
    }
    if (filled > 0) ++filled_lines;
    if (filled > 1) ++columns;
  }
  return columns >= 8 && indented * 20 <= filled_lines;
}

void AlignPageStarts(std::vector<Line>* lines, const std::vector<bool>& plain) {
  std::vector<Line>& ls = *lines;
  if (!MarginStripped(ls)) return;
  for (size_t k = 1; k < ls.size() && k < plain.size(); ++k) {
    if (!plain[k] || ls[k].page == ls[k - 1].page) continue;
    double margin = -1;
    for (const Cell& c : ls[k].cells)
      if (!c.text.empty() && c.x0 >= 0) {
        margin = c.x0;
        break;
      }
    if (margin <= 0) continue;
    for (Cell& c : ls[k].cells) {
      if (c.x0 < 0) continue;
      c.x0 -= margin;
      c.x1 -= margin;
    }
  }
}

namespace {

// The cells of `l` with text, in order.
std::vector<const Cell*> Filled(const Line& l) {
  std::vector<const Cell*> out;
  for (const Cell& c : l.cells)
    if (!c.text.empty() && c.x0 >= 0) out.push_back(&c);
  return out;
}

// A column header's cell: words, no digit, no box, four words at most.
bool HeaderWords(const Cell& c) {
  if (c.checkbox != CheckboxState::kNone || c.text.find_first_of("0123456789") != std::string::npos)
    return false;
  size_t words = 1;
  for (char ch : c.text) words += ch == ' ';
  return words <= 4 && LetterCount(c.text) > 0;
}

// A row's value cell: a check box, or a count (digits, with spaces,
// commas, points or a minus among them).
bool ValueCell(const Cell& c) {
  if (c.checkbox != CheckboxState::kNone) return true;
  return c.text.find_first_of("0123456789") != std::string::npos &&
         c.text.find_first_not_of("0123456789 ,.-") == std::string::npos;
}

// A header cell that stands over a value of its row, whatever its words:
// a capital first ("Delvis (t.ex. om det är kö i 3 av 12", "N"), no box.
bool CapitalisedWords(const Cell& c) {
  size_t at = 0;
  return c.checkbox == CheckboxState::kNone && !c.text.empty() &&
         u_isupper(NextCodePoint(c.text, &at));
}

// A line of a header's words' wraps ("kommuner)   ej"): words, no digit, no
// box, at most as many cells as the header's.
bool HeaderWraps(const std::vector<const Cell*>& wrap, size_t head_cells) {
  return !wrap.empty() && wrap.size() <= head_cells && wrap[0]->x0 == 0 &&
         std::all_of(wrap.begin(), wrap.end(), [](const Cell* c) { return HeaderWords(*c); });
}

// The one shift that puts the start of each of `wrap`'s cells within a
// column of the start of a cell of `head` (moved by `head_shift`), each a
// later one; -1 where none or more than one does.
double WrapShift(const std::vector<const Cell*>& head, double head_shift,
                 const std::vector<const Cell*>& wrap) {
  double found = -1;
  for (const Cell* anchor : head) {
    const double shift = anchor->x0 + head_shift - wrap[0]->x0;
    if (shift <= 0) continue;
    size_t h = 0;
    bool fits = true;
    for (const Cell* w : wrap) {
      while (h < head.size() && head[h]->x0 + head_shift < w->x0 + shift - 1) ++h;
      fits = fits && h < head.size() && std::fabs(head[h]->x0 + head_shift - w->x0 - shift) <= 1;
      ++h;
    }
    if (!fits) continue;
    if (found >= 0) return -1;
    found = shift;
  }
  return found;
}

void Shift(Line* line, double shift) {
  for (Cell& c : line->cells) {
    if (c.x0 < 0) continue;
    c.x0 += shift;
    c.x1 += shift;
  }
  line->origin = kRealignedHeaderOrigin;
}

}  // namespace

void AlignHeadersOverRows(std::vector<Line>* lines, const std::vector<bool>& plain) {
  std::vector<Line>& ls = *lines;
  if (!MarginStripped(ls)) return;
  for (size_t k = 0; k + 1 < ls.size() && k + 1 < plain.size(); ++k) {
    if (!plain[k] || !plain[k + 1] || ls[k].page != ls[k + 1].page) continue;
    const std::vector<const Cell*> head = Filled(ls[k]);
    if (head.size() < 2 || head.size() > 4 || head[0]->x0 != 0) continue;
    // The row right under the header, or under one line of its words' wraps,
    // moved to column 0 too ("Ja   Delvis (t.ex. ... 3 av 12     N" /
    // "kommuner)       ej").
    size_t r = k + 1;
    std::vector<const Cell*> wrap;
    if (std::vector<const Cell*> below = Filled(ls[r]);
        HeaderWraps(below, head.size()) && r + 1 < ls.size() && r + 1 < plain.size() &&
        plain[r + 1] && ls[r + 1].page == ls[k].page) {
      wrap = below;
      ++r;
    }
    const std::vector<const Cell*> row = Filled(ls[r]);
    if (row.size() < 3 || row[0]->x0 != 0) continue;
    // The row's values: its last cells, up to one a header cell. Fewer than
    // the header's stand under its first cells, a column on the right left
    // empty ("Ja  Nej  Om ja, ange vilken/vilka:" over "☐  ☒").
    size_t values = 0;
    while (values < head.size() && values + 1 < row.size() &&
           ValueCell(*row[row.size() - 1 - values]))
      ++values;
    if (values < 2) continue;
    // Header words, or, where each of three cells or more stands over a
    // value, any words with a capital first (a column's note in its word's
    // cell: "Delvis (t.ex. om det är kö i 3 av 12").
    const bool words =
        std::all_of(head.begin(), head.end(), [](const Cell* c) { return HeaderWords(*c); });
    if (!words && !(values == head.size() && values >= 3 &&
                    std::all_of(head.begin(), head.end(),
                                [](const Cell* c) { return CapitalisedWords(*c); })))
      continue;
    const size_t first = row.size() - values;
    const double shift = row[first]->x0 - head[0]->x0;
    if (shift <= 0) continue;
    bool fits = true;
    for (size_t i = 0; i < values && fits; ++i)
      fits = std::fabs(head[i]->x0 + shift - row[first + i]->x0) <= 1;
    if (!fits) continue;
    const double wrap_shift = wrap.empty() ? 0 : WrapShift(head, shift, wrap);
    if (wrap_shift < 0) continue;
    Shift(&ls[k], shift);
    if (!wrap.empty()) Shift(&ls[k + 1], wrap_shift);
  }
}

}  // namespace redovis
