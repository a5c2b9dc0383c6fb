#include "read/text/markup_tables.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <utility>

#include "base/text_util.h"
#include "base/utf8.h"
#include "read/text/cell_text.h"
#include "read/text/unpadded_rows.h"

namespace redovis {
namespace {

// Caps on what a cell specifier or attribute may ask for, so that a typing
// slip ("99999*|") cannot make a table of millions of cells.
constexpr int kMaxRepeat = 100;
constexpr int kMaxRowSpan = 1000;

// Reads the digits at s[*k...] as a number (capped); false when there are none.
bool ReadNumber(std::string_view s, size_t* k, int* out) {
  size_t b = *k;
  long v = 0;
  while (*k < s.size() && IsAsciiDigit(s[*k])) {
    v = std::min<long>(v * 10 + (s[*k] - '0'), 1000000);
    ++*k;
  }
  *out = static_cast<int>(v);
  return *k > b;
}

// A line's piece of a cell (CellText::AddLine: a blank piece is a paragraph
// break), AsciiDoc's hard break (" +" at the line's end, or "+" alone) dropped.
void AddLine(CellText* text, std::string_view piece) {
  piece = TrimBlanks(piece);
  if (piece.size() >= 2 && piece.substr(piece.size() - 2) == " +")
    piece = TrimBlanks(piece.substr(0, piece.size() - 1));
  else if (piece == "+")
    piece = {};
  text->AddLine(piece);
}

// A piece that ends a line's run of text: a blank piece here is nothing.
void AddPiece(CellText* text, std::string_view piece) {
  if (!TrimBlanks(piece).empty()) AddLine(text, piece);
}

// A cell before it is placed in the grid.
struct RawCell {
  std::string text;
  size_t line = 0;
  int colspan = 1;
  int rowspan = 1;
  int repeat = 1;
};

// Places cells in rows of `bounds.size() - 1` columns, as AsciiDoc counts
// them: a row is full when every column is filled, by a cell, a column span
// or a row span from above.
void PlaceInRows(std::vector<RawCell> cells, const std::vector<double>& bounds,
                 std::vector<MarkupRow>* rows) {
  size_t ncol = bounds.size() - 1;
  std::vector<int> carry(ncol, 0);  // rows below still covered, per column
  std::vector<bool> covered(ncol, false);
  MarkupRow row;
  size_t col = 0;
  auto skip = [&] {
    while (col < ncol && covered[col]) ++col;
  };
  auto start_row = [&] {
    for (size_t m = 0; m < ncol; ++m) {
      covered[m] = carry[m] > 0;
      if (carry[m] > 0) --carry[m];
    }
    col = 0;
    skip();
  };
  auto finish_row = [&] {
    if (!row.cells.empty()) rows->push_back(std::move(row));
    row = MarkupRow();
  };
  start_row();
  for (RawCell& c : cells) {
    for (int r = 0; r < c.repeat; ++r) {
      // A row covered whole by spans from above has no cell of its own.
      for (size_t guard = 0; col >= ncol && guard <= static_cast<size_t>(kMaxRowSpan); ++guard) {
        finish_row();
        start_row();
      }
      if (col >= ncol) return;
      size_t span = 1;
      while (span < static_cast<size_t>(c.colspan) && col + span < ncol && !covered[col + span])
        ++span;
      if (row.cells.empty()) row.line = c.line;
      row.cells.push_back(MarkupCell{c.text, bounds[col], bounds[col + span]});
      for (size_t m = col; m < col + span; ++m) carry[m] = std::max(carry[m], c.rowspan - 1);
      col += span;
      skip();
    }
  }
  finish_row();
}

// ---- AsciiDoc -----------------------------------------------------------------

// The delimiter of an AsciiDoc table: "|===" (more '=' allowed), alone on its line.
bool AsciiDocFence(std::string_view s) {
  s = TrimBlanks(s);
  return s.size() >= 4 && s[0] == '|' && s.find_first_not_of('=', 1) == std::string_view::npos;
}

// A block attribute line: "[...]".
bool AttributeLine(std::string_view s) {
  s = TrimBlanks(s);
  return s.size() >= 2 && s.front() == '[' && s.back() == ']';
}

// The `cols` attribute's value in an attribute line, or "".
std::string ColsOf(std::string_view attrs) {
  size_t k = attrs.find("cols=");
  if (k == std::string_view::npos) return "";
  k += 5;
  if (k < attrs.size() && (attrs[k] == '"' || attrs[k] == '\'')) {
    char q = attrs[k];
    size_t e = attrs.find(q, k + 1);
    if (e == std::string_view::npos) return "";
    return std::string(attrs.substr(k + 1, e - k - 1));
  }
  size_t e = attrs.find_first_of(",]", k);
  return std::string(attrs.substr(k, e == std::string_view::npos ? e : e - k));
}

// The columns' widths a `cols` value gives ("50%,31%,19%", "1,2", "3*",
// "2a,1m", "3"); empty when it gives none.
std::vector<double> ColWidths(const std::string& cols) {
  std::vector<double> widths;
  std::string_view v = TrimBlanks(cols);
  if (v.empty()) return widths;
  if (v.find_first_not_of("0123456789") == std::string_view::npos) {  // "3": three columns
    size_t k = 0;
    int n = 0;
    ReadNumber(v, &k, &n);
    widths.assign(static_cast<size_t>(std::clamp(n, 0, kMaxRepeat)), 1.0);
    return widths;
  }
  size_t b = 0;
  while (b <= v.size()) {
    size_t e = v.find_first_of(",;", b);
    if (e == std::string_view::npos) e = v.size();
    std::string_view entry = TrimBlanks(v.substr(b, e - b));
    b = e + 1;
    if (entry.empty()) continue;
    int times = 1;
    size_t star = entry.find('*');
    if (star != std::string_view::npos) {
      size_t k = 0;
      if (!ReadNumber(entry, &k, &times) || k != star) times = 1;
      entry = entry.substr(star + 1);
    }
    // The width: the digits after an alignment ("<", "^.>", ...), else 1.
    size_t k = entry.find_first_of("0123456789");
    int w = 1;
    if (k != std::string_view::npos) ReadNumber(entry, &k, &w);
    for (int t = 0; t < std::clamp(times, 1, kMaxRepeat); ++t) widths.push_back(std::max(w, 1));
  }
  return widths;
}

// An AsciiDoc cell specifier (the text glued before a cell's '|'):
// [N*][C][.R]+ or N*, then [<^>], [.<^>], one style letter. "" is one.
bool CellSpec(std::string_view s, RawCell* c) {
  size_t k = 0;
  size_t save = k;
  int n = 0;
  if (ReadNumber(s, &k, &n) && k < s.size() && s[k] == '*') {
    c->repeat = std::clamp(n, 1, kMaxRepeat);
    ++k;
  } else {
    k = save;
    int col = 1, rowspan = 1;
    bool any = ReadNumber(s, &k, &col);
    if (k < s.size() && s[k] == '.' && k + 1 < s.size() && IsAsciiDigit(s[k + 1])) {
      ++k;
      any = ReadNumber(s, &k, &rowspan) || any;
    }
    if (any && k < s.size() && s[k] == '+') {
      c->colspan = std::max(col, 1);
      c->rowspan = std::clamp(rowspan, 1, kMaxRowSpan);
      ++k;
    } else {
      k = save;
    }
  }
  auto align = [](char ch) { return ch == '<' || ch == '^' || ch == '>'; };
  if (k < s.size() && align(s[k])) ++k;
  if (k + 1 < s.size() && s[k] == '.' && align(s[k + 1])) k += 2;
  if (k < s.size() && std::string_view("adehlmsv").find(s[k]) != std::string_view::npos) ++k;
  return k == s.size();
}

bool SpecChar(char ch) {
  return IsAsciiDigit(ch) || std::string_view("*+.<^>adehlmsv").find(ch) != std::string_view::npos;
}

// The cells opened on one line of a table's body: their specifiers and where
// their text starts; `before` is the text ahead of the first opening (the
// previous cell going on), `pieces` each opened cell's text on this line.
struct LineCells {
  std::string before;
  std::vector<RawCell> opened;
  std::vector<std::string> pieces;
};

LineCells SplitAsciiDocLine(std::string_view s) {
  LineCells out;
  std::string text;  // the text since the last opening, unescaped
  bool open = false;
  for (size_t k = 0; k < s.size(); ++k) {
    if (s[k] == '\\' && k + 1 < s.size() && s[k + 1] == '|') {
      text += '|';
      ++k;
      continue;
    }
    if (s[k] != '|') {
      text += s[k];
      continue;
    }
    // A specifier is glued before the '|' and starts the line or follows a space.
    RawCell cell;
    size_t j = text.size();
    while (j > 0 && SpecChar(text[j - 1])) --j;
    bool spaced = j == 0 || text[j - 1] == ' ' || text[j - 1] == '\t';
    if (j < text.size() && spaced && CellSpec(std::string_view(text).substr(j), &cell))
      text.resize(j);
    if (open)
      out.pieces.push_back(std::move(text));
    else
      out.before = std::move(text);
    text.clear();
    out.opened.push_back(cell);
    open = true;
  }
  if (open)
    out.pieces.push_back(std::move(text));
  else
    out.before = std::move(text);
  return out;
}

// ---- MediaWiki and bare pipes -------------------------------------------------

// A cell's lines, each trimmed, blank ones dropped, joined with "\n".
std::string Paragraphs(std::string_view text) {
  std::string out;
  size_t b = 0;
  while (b <= text.size()) {
    size_t e = text.find('\n', b);
    if (e == std::string_view::npos) e = text.size();
    std::string_view line = TrimBlanks(text.substr(b, e - b));
    if (!line.empty()) {
      if (!out.empty()) out += '\n';
      out.append(line);
    }
    b = e + 1;
  }
  return out;
}

// Splits `s` at each occurrence of `sep`.
std::vector<std::string_view> SplitAt(std::string_view s, std::string_view sep) {
  std::vector<std::string_view> out;
  size_t b = 0;
  while (true) {
    size_t e = s.find(sep, b);
    if (e == std::string_view::npos) {
      out.push_back(s.substr(b));
      return out;
    }
    out.push_back(s.substr(b, e - b));
    b = e + sep.size();
  }
}

// A MediaWiki cell's attributes ('width="49%"', 'colspan="2" align="left"'):
// name="value" pairs only.
bool WikiAttributes(std::string_view s) {
  s = TrimBlanks(s);
  if (s.empty()) return false;
  size_t k = 0;
  while (k < s.size()) {
    size_t name = k;
    while (k < s.size() && (std::isalpha(static_cast<unsigned char>(s[k])) || s[k] == '-')) ++k;
    if (k == name || k + 1 >= s.size() || s[k] != '=' || s[k + 1] != '"') return false;
    size_t close = s.find('"', k + 2);
    if (close == std::string_view::npos) return false;
    k = close + 1;
    while (k < s.size() && s[k] == ' ') ++k;
  }
  return true;
}

// One MediaWiki cell's source: attributes dropped, colspan kept.
RawCell WikiCell(std::string_view src, size_t line) {
  RawCell c;
  c.line = line;
  size_t bar = src.find('|');
  if (bar != std::string_view::npos && WikiAttributes(src.substr(0, bar))) {
    std::string_view attrs = src.substr(0, bar);
    size_t span = attrs.find("colspan=\"");
    if (span != std::string_view::npos) {
      size_t k = span + 9;
      int n = 1;
      if (ReadNumber(attrs, &k, &n)) c.colspan = std::clamp(n, 1, kMaxRepeat);
    }
    src = src.substr(bar + 1);
  }
  c.text = std::string(src);
  return c;
}

// Equal columns for rows of cells with spans, then placed.
void PlaceWikiRows(const std::vector<std::vector<RawCell>>& table, std::vector<MarkupRow>* rows) {
  size_t ncol = 1;
  for (const auto& r : table) {
    size_t n = 0;
    for (const RawCell& c : r) n += static_cast<size_t>(c.colspan);
    ncol = std::max(ncol, n);
  }
  std::vector<double> bounds = ColumnBounds(std::vector<double>(ncol, 1.0));
  for (const auto& r : table) {
    if (r.empty()) continue;
    MarkupRow row;
    row.line = r.front().line;
    size_t col = 0;
    for (const RawCell& c : r) {
      size_t end = std::min(ncol, col + static_cast<size_t>(c.colspan));
      row.cells.push_back(MarkupCell{c.text, bounds[col], bounds[end]});
      col = end;
    }
    rows->push_back(std::move(row));
  }
}

// The cells of a bare pipe-table line ("| a | b |", "^ a ^ b ^", Jira's
// "||a||b||"), or nothing when it is not one.
std::vector<std::string> BarePipeCells(std::string_view s) {
  s = TrimBlanks(s);
  if (s.size() < 3) return {};
  char open = s.front(), close = s.back();
  if ((open != '|' && open != '^') || (close != '|' && close != '^') ||
      (open == '|' && close == '^'))
    return {};
  // Jira's header row separates its cells by "||" and writes an empty cell
  // with a space ("|| ||Ja||"); three bars or more in a run are empty cells
  // of a row opened by one bar (pandoc's DokuWiki: "||Ja ||||", an empty
  // first cell, "Ja", then three empty cells), never Jira's.
  bool jira = s.size() >= 4 && s.substr(0, 2) == "||" && s.substr(s.size() - 2) == "||" &&
              s.find("|||") == std::string_view::npos;
  bool doku = open == '^';  // a header row: '^' separates its cells
  std::vector<std::string> cells;
  std::string text;
  for (size_t k = jira ? 2 : 1; k < s.size(); ++k) {
    char ch = s[k];
    if (ch == '\\' && k + 1 < s.size() && s[k + 1] == '|') {
      text += '|';
      ++k;
      continue;
    }
    if (ch == '\\' && k + 1 < s.size() && s[k + 1] == '\\' &&
        (k + 2 == s.size() || s[k + 2] == ' ' || s[k + 2] == '|')) {  // DokuWiki's line break
      text += '\n';
      ++k;
      continue;
    }
    if (ch == '|' || (doku && ch == '^')) {
      if (jira && ch == '|' && k + 1 < s.size() && s[k + 1] == '|') ++k;
      cells.push_back(Paragraphs(text));
      text.clear();
      continue;
    }
    text += ch;
  }
  if (!TrimBlanks(text).empty()) return {};  // text after the last bar: not a row
  return cells;
}

// The source of one row of a bare pipe table starting at lines[k]: the line,
// or, when a cell runs over lines (Jira writes a cell's paragraphs so), the
// lines up to one that closes the row with a bar (none of them opening a row
// of its own), joined with "\n". Sets
// *next to the line after it; "" when no row starts there.
std::string BarePipeRow(const std::vector<TextLine>& lines, size_t k, size_t* next) {
  constexpr size_t kMaxRowLines = 50;
  std::string_view first = TrimBlanks(lines[k].text);
  *next = k + 1;
  if (first.empty() || (first[0] != '|' && first[0] != '^')) return "";
  std::string row(first);
  for (size_t m = k + 1; m < lines.size() && m < k + kMaxRowLines; ++m) {
    std::string_view t = TrimBlanks(row);
    if (t.size() >= 3 && (t.back() == '|' || t.back() == '^')) break;
    std::string_view more = TrimBlanks(lines[m].text);
    if (more.empty() || more[0] == '|' || more[0] == '^')
      return "";  // a new row, not a cell's rest
    row += "\n";
    row += more;
    *next = m + 1;
  }
  return row;
}

// An org-mode rule between rows: "|---+---|".
bool OrgRule(std::string_view s) {
  s = TrimBlanks(s);
  return s.size() >= 3 && s.front() == '|' && s.find('-') != std::string_view::npos &&
         s.find_first_not_of("|-+: ") == std::string_view::npos;
}

}  // namespace

size_t ReadAsciiDocTable(const std::vector<TextLine>& lines, size_t i,
                         std::vector<MarkupRow>* rows) {
  size_t fence = i;
  std::string cols;
  if (AttributeLine(lines[i].text)) {
    if (i + 1 >= lines.size() || !AsciiDocFence(lines[i + 1].text)) return i;
    cols = ColsOf(lines[i].text);
    fence = i + 1;
  } else if (!AsciiDocFence(lines[i].text)) {
    return i;
  }
  std::string_view delimiter = TrimBlanks(lines[fence].text);
  size_t close = fence + 1;
  while (close < lines.size() && TrimBlanks(lines[close].text) != delimiter) ++close;
  if (close >= lines.size()) return i;

  std::vector<RawCell> cells;
  CellText text;
  bool in_cell = false;
  size_t first_line_cells = 0;
  bool first_line_seen = false;
  for (size_t k = fence + 1; k < close; ++k) {
    LineCells lc = SplitAsciiDocLine(lines[k].text);
    if (in_cell) {
      if (lc.opened.empty())
        AddLine(&text, lc.before);  // the cell goes on, or a blank line inside it
      else
        AddPiece(&text, lc.before);
    }
    for (size_t m = 0; m < lc.opened.size(); ++m) {
      if (in_cell) cells.back().text = text.Take();
      text = CellText();
      RawCell c = lc.opened[m];
      c.line = k;
      cells.push_back(c);
      in_cell = true;
      AddPiece(&text, lc.pieces[m]);
      if (!first_line_seen) first_line_cells += static_cast<size_t>(c.colspan * c.repeat);
    }
    if (!lc.opened.empty()) first_line_seen = true;
  }
  if (in_cell) cells.back().text = text.Take();

  std::vector<double> widths = ColWidths(cols);
  if (widths.empty()) widths.assign(std::max<size_t>(first_line_cells, 1), 1.0);
  PlaceInRows(std::move(cells), ColumnBounds(widths), rows);
  return close + 1;
}

size_t ReadMediaWikiTable(const std::vector<TextLine>& lines, size_t i,
                          std::vector<MarkupRow>* rows) {
  if (TrimBlanks(lines[i].text).substr(0, 2) != "{|") return i;
  size_t close = i + 1;
  while (close < lines.size() && TrimBlanks(lines[close].text).substr(0, 2) != "|}") {
    if (TrimBlanks(lines[close].text).substr(0, 2) == "{|") return i;  // nested: not read
    ++close;
  }
  if (close >= lines.size()) return i;

  std::vector<std::vector<RawCell>> table(1);
  CellText text;
  bool in_cell = false;
  auto end_cell = [&] {
    if (in_cell) table.back().back().text = text.Take();
    text = CellText();
    in_cell = false;
  };
  for (size_t k = i + 1; k < close; ++k) {
    std::string_view t = TrimBlanks(lines[k].text);
    if (t.substr(0, 2) == "|-") {
      end_cell();
      table.emplace_back();
      continue;
    }
    if (t.substr(0, 2) == "|+") {  // a caption: a row of its own
      end_cell();
      table.push_back({WikiCell(t.substr(2), k)});
      table.back().back().text = std::string(TrimBlanks(table.back().back().text));
      table.emplace_back();
      continue;
    }
    if (!t.empty() && (t[0] == '|' || t[0] == '!')) {
      end_cell();
      std::vector<std::string_view> parts = SplitAt(t.substr(1), t[0] == '!' ? "!!" : "||");
      if (t[0] == '!' && parts.size() == 1) parts = SplitAt(t.substr(1), "||");
      for (std::string_view p : parts) {
        end_cell();
        RawCell c = WikiCell(p, k);
        std::string first = std::move(c.text);
        table.back().push_back(std::move(c));
        in_cell = true;
        AddPiece(&text, first);
      }
      continue;
    }
    if (in_cell) AddLine(&text, lines[k].text);
  }
  end_cell();
  PlaceWikiRows(table, rows);
  return close + 1;
}

size_t ReadBarePipeTable(const std::vector<TextLine>& lines, size_t i,
                         std::vector<MarkupRow>* rows) {
  std::vector<std::vector<RawCell>> table;
  std::vector<std::string_view> single;  // a row's line when it is one line, else empty
  size_t k = i;
  size_t rows_seen = 0;
  while (k < lines.size()) {
    if (OrgRule(lines[k].text)) {
      ++k;
      continue;
    }
    size_t next;
    std::vector<std::string> cells = BarePipeCells(BarePipeRow(lines, k, &next));
    if (cells.size() < 2) break;
    std::vector<RawCell> row;
    for (std::string& c : cells) {
      RawCell rc;
      rc.text = std::move(c);
      rc.line = k;
      row.push_back(std::move(rc));
    }
    table.push_back(std::move(row));
    single.push_back(next == k + 1 ? lines[k].text : std::string_view());
    ++rows_seen;
    k = next;
  }
  if (rows_seen == 0) return i;
  // Rows antiword wrapped over lines joined (unpadded_rows.h).
  std::vector<std::vector<std::string>> texts;
  for (const std::vector<RawCell>& row : table) {
    texts.emplace_back();
    for (const RawCell& c : row) texts.back().push_back(c.text);
  }
  std::vector<size_t> first;
  std::vector<std::vector<std::string>> joined = JoinWrappedRows(single, std::move(texts), &first);
  std::vector<std::vector<RawCell>> unwrapped;
  for (size_t i = 0; i < joined.size(); ++i) {
    unwrapped.push_back(std::move(table[first[i]]));
    for (size_t c = 0; c < joined[i].size(); ++c)
      unwrapped.back()[c].text = std::move(joined[i][c]);
  }
  // Rows of other numbers of cells: where a short row's cells stand is not
  // told by its bars (left-aligned, "| Ja | Nej |" stood over the label and
  // the Ja of "| Kommun | X | |"): no extents, read by their order. So for
  // a row alone (a header a blank line above its rows' table): its shares
  // of its own width say nothing of another table's columns.
  const bool ragged =
      unwrapped.size() == 1 || std::any_of(unwrapped.begin(), unwrapped.end(), [&](const auto& r) {
        return r.size() != unwrapped.front().size();
      });
  if (ragged) {
    for (const std::vector<RawCell>& r : unwrapped) {
      if (r.empty()) continue;
      MarkupRow row;
      row.line = r.front().line;
      for (const RawCell& c : r) row.cells.push_back(MarkupCell{c.text, -1, -1});
      rows->push_back(std::move(row));
    }
    return k;
  }
  PlaceWikiRows(unwrapped, rows);
  return k;
}

size_t ReadSeparatedRows(const std::vector<TextLine>& lines, size_t i,
                         std::vector<MarkupRow>* rows) {
  // The cells of a line at its separating bars (a `|` with a space or the
  // line's edge on both sides); none when it has no such bar, or when it
  // opens and closes with a bar (a bare pipe table's row).
  auto cells_of = [](std::string_view s) {
    std::vector<std::string> cells;
    while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
    std::string_view t = TrimBlanks(s);
    if (t.size() >= 2 && t.front() == '|' && t.back() == '|') return cells;
    size_t from = 0;
    for (size_t k = 0; k < s.size(); ++k) {
      if (s[k] != '|' || (k > 0 && s[k - 1] != ' ') || (k + 1 < s.size() && s[k + 1] != ' '))
        continue;
      cells.emplace_back(TrimBlanks(s.substr(from, k - from)));
      from = k + 1;
    }
    if (cells.empty()) return cells;
    cells.emplace_back(TrimBlanks(s.substr(from)));
    return cells;
  };
  std::vector<std::vector<std::string>> run;
  size_t k = i;
  for (; k < lines.size(); ++k) {
    std::vector<std::string> cells = cells_of(lines[k].text);
    if (cells.empty() || (!run.empty() && cells.size() != run.front().size())) break;
    run.push_back(std::move(cells));
  }
  if (run.size() < 2) return i;  // one line alone is text with a bar in it
  // Rows each of one piece of text behind a bar are nested blocks flattened,
  // not a table: their columns say nothing.
  if (std::none_of(run.begin(), run.end(), [](const std::vector<std::string>& r) {
        return std::count_if(r.begin(), r.end(), [](const std::string& c) { return !c.empty(); }) >=
               2;
      }))
    return i;
  std::vector<std::vector<RawCell>> table;
  for (size_t r = 0; r < run.size(); ++r) {
    table.emplace_back();
    for (std::string& c : run[r]) {
      RawCell rc;
      rc.text = std::move(c);
      rc.line = i + r;
      table.back().push_back(std::move(rc));
    }
  }
  PlaceWikiRows(table, rows);
  return k;
}

size_t ReadXWikiTable(const std::vector<TextLine>& lines, size_t i, std::vector<MarkupRow>* rows) {
  // The header row: every cell a header cell (`|=`, not AsciiDoc's `|===`),
  // no closing bar, and a row after it.
  std::string_view first = TrimBlanks(lines[i].text);
  if (first.substr(0, 2) != "|=" || first.back() == '|' || i + 1 >= lines.size() ||
      TrimBlanks(lines[i + 1].text).substr(0, 1) != "|")
    return i;
  for (size_t m = 0; m < first.size(); ++m) {
    if (first[m] == '~')
      ++m;
    else if (first[m] == '|' && (first.substr(m + 1, 1) != "=" || first.substr(m + 2, 1) == "="))
      return i;
  }
  std::vector<std::vector<RawCell>> table;
  CellText text;
  bool in_cell = false, group = false;
  auto end_cell = [&] {
    if (in_cell) table.back().back().text = text.Take();
    in_cell = false;
  };
  size_t k = i;
  for (; k < lines.size(); ++k) {
    std::string_view t = TrimBlanks(lines[k].text);
    if (!group) {
      if (t.empty() || t[0] != '|') break;  // a row opens with its first cell's bar
      end_cell();
      table.emplace_back();
    }
    std::string piece;  // the open cell's text on this line
    for (size_t m = 0; m < t.size(); ++m) {
      char ch = t[m];
      if (ch == '~' && m + 1 < t.size()) {  // an escaped character
        piece += t[++m];
        continue;
      }
      if (group) {
        if (t.compare(m, 3, ")))") == 0) {
          group = false;
          m += 2;
        } else {
          piece += ch;
        }
        continue;
      }
      if (t.compare(m, 3, "(((") == 0) {
        group = true;
        m += 2;
        continue;
      }
      if (ch == '|') {
        if (in_cell) AddLine(&text, piece);
        piece.clear();
        end_cell();
        RawCell c;
        c.line = k;
        table.back().push_back(std::move(c));
        in_cell = true;
        if (m + 1 < t.size() && t[m + 1] == '=') ++m;  // a header cell
        continue;
      }
      piece += ch;
    }
    if (in_cell) AddLine(&text, piece);  // in a group, a blank line is a paragraph break
  }
  end_cell();
  // The empty header row pandoc writes for a table without a header is no row.
  if (!table.empty() && std::all_of(table[0].begin(), table[0].end(),
                                    [](const RawCell& c) { return c.text.empty(); }))
    table.erase(table.begin());
  if (table.empty()) return k > i ? k : i;
  PlaceWikiRows(table, rows);
  return k;
}

std::vector<double> ColumnBounds(const std::vector<double>& widths) {
  double total = 0;
  for (double w : widths) total += w;
  std::vector<double> bounds{0};
  double at = 0;
  for (double w : widths) {
    at += total > 0 ? 100 * w / total : 100.0 / static_cast<double>(widths.size());
    bounds.push_back(at);
  }
  bounds.back() = 100;
  return bounds;
}

}  // namespace redovis
