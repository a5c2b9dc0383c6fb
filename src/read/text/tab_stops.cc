#include "read/text/tab_stops.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <set>
#include <utility>

#include "base/text_util.h"
#include "base/utf8.h"
#include "read/glyphs.h"
#include "read/text/field_marks.h"
#include "read/text/folded_lines.h"
#include "read/text/text_cells.h"

namespace redovis {
namespace {

// The lines of `t`, split as the text reader splits them (\n, \r\n, \r, \f).
std::vector<std::string_view> SplitAll(std::string_view t) {
  std::vector<std::string_view> lines;
  size_t i = 0;
  while (true) {
    size_t end = FindAnyOf(t, "\r\n\f", i);
    if (end == std::string_view::npos) {
      lines.push_back(t.substr(i));
      return lines;
    }
    lines.push_back(t.substr(i, end - i));
    i = end + 1;
    if (t[end] == '\r' && i < t.size() && t[i] == '\n') ++i;
  }
}

// How many cell edges of the lines line up with an edge of a non-blank line
// near them (kWindow non-blank lines before or after); an edge of a line that
// had tabs counts once more when a line without tabs near it (a rule, a
// paragraph: the same in every reading) has it too. `tabbed`: per line.
// `starts`: the cells' starts alone (a text cut at a width in bytes, `cut
// -b`, ends its lines in the same byte, whatever its cells' starts).
size_t AlignedEdges(const std::vector<std::string_view>& lines, const std::vector<bool>& tabbed,
                    bool starts = false) {
  constexpr size_t kWindow = 6;
  struct Edges {
    std::vector<int> at;  // starts as +x, ends as -x-1
    bool tabbed = false;
  };
  std::vector<Edges> edges;  // per non-blank line
  for (size_t k = 0; k < lines.size(); ++k) {
    std::vector<GapSpan> cells = GapSpans(lines[k]);
    if (cells.empty()) continue;
    Edges e;
    e.tabbed = k < tabbed.size() && tabbed[k];
    for (const GapSpan& c : cells) {
      e.at.push_back(static_cast<int>(c.x0));
      if (!starts) e.at.push_back(-static_cast<int>(c.x1) - 1);
    }
    edges.push_back(std::move(e));
  }
  size_t score = 0;
  for (size_t k = 0; k < edges.size(); ++k) {
    std::set<int> near, anchors;
    for (size_t j = k > kWindow ? k - kWindow : 0; j < std::min(edges.size(), k + kWindow + 1);
         ++j) {
      if (j == k) continue;
      near.insert(edges[j].at.begin(), edges[j].at.end());
      if (!edges[j].tabbed) anchors.insert(edges[j].at.begin(), edges[j].at.end());
    }
    for (int e : edges[k].at) score += near.count(e) + (edges[k].tabbed ? anchors.count(e) : 0);
  }
  return score;
}

// Whether `best` counts clearly more than `other`: by 3, and by 1% of its count.
bool ClearlyMore(size_t best, size_t other) {
  return best >= other + std::max<size_t>(3, best / 100);
}

}  // namespace

bool TabsAreSpacing(std::string_view t) {
  size_t runs = 0, spaced = 0, wide = 0;
  for (size_t k = 0; k < t.size(); ++k) {
    if (t[k] != '\t' || (k > 0 && t[k - 1] == '\t')) continue;
    size_t e = k;
    while (e < t.size() && t[e] == '\t') ++e;
    ++runs;
    const bool space = e < t.size() && t[e] == ' ';
    spaced += space;
    wide += space && e - k >= 3;
  }
  return runs >= 4 && (2 * spaced >= runs || (wide >= 4 && 4 * wide >= runs));
}

bool TabsAreWordSpaces(std::string_view t) {
  int tabbed = 0, wordy = 0;
  for (size_t b = 0; b < t.size();) {
    size_t e = FindAnyOf(t, "\r\n\f", b);
    if (e == std::string_view::npos) e = t.size();
    const std::string_view l = t.substr(b, e - b);
    b = e + 1;
    if (l.find('\t') == std::string_view::npos) continue;
    ++tabbed;
    int cells = 0, words = 0;
    for (size_t c = 0; c <= l.size();) {
      size_t end = l.find('\t', c);
      if (end == std::string_view::npos) end = l.size();
      const std::string cell(TrimSpaces(std::string(l.substr(c, end - c))));
      c = end + 1;
      if (cell.empty()) continue;
      ++cells;
      size_t letters = 0;
      for (size_t i = 0; i < cell.size();) {
        const UChar32 ch = NextCodePoint(cell, &i);
        letters += u_isalpha(ch) ? 1 : 0;
      }
      words +=
          cell.find(' ') == std::string_view::npos && letters > 0 &&
          std::none_of(cell.begin(), cell.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
    }
    wordy += cells >= 6 && words * 5 >= cells * 4;
  }
  return wordy >= kWordCellLines && wordy * 5 >= tabbed;
}

bool TabsAreSqueezedGaps(std::string_view t) {
  if (t.find("\t\t") != std::string_view::npos) return false;
  const bool paged = t.find('\f') != std::string_view::npos;
  int indented = 0, rows = 0, open_ends = 0;
  for (size_t b = 0; b < t.size();) {
    size_t e = FindAnyOf(t, "\r\n\f", b);
    if (e == std::string_view::npos) e = t.size();
    std::string_view l = t.substr(b, e - b);
    b = e + 1;
    // A line holding a tab alone is a table row's end (catdoc's); a laid-out
    // page writes no line of spaces only.
    if (l == "\t") return false;
    indented += l.size() > 1 && l[0] == '\t' && l.find_first_not_of(" \t") == 1;
    rows += std::count(l.begin(), l.end(), '\t') >= 2;
    open_ends += l.size() > 1 && l.back() == '\t';
  }
  // Without pages: a tabbed text's empty cells squeezed out (`tr -s '\t'`,
  // a spreadsheet's "treat consecutive delimiters as one"): rows of three
  // cells or more (a one-cell-a-line text has one tab a line at most), and
  // rows whose empty last cells left one tab at their end (an HTML table's
  // text with no empty cell anywhere, tabs between its cells, ends none so),
  // its lines' leading tabs there or stripped.
  if (!paged) return rows >= kSqueezedRows && open_ends >= kSqueezedRows;
  return indented >= 5;
}

namespace {

// Whether `c` holds a number (digits, with spaces, points, commas, dashes,
// a colon or a per cent sign), a check-box glyph, one character alone (a
// typed mark, "X") or a box typed in brackets ("[X]"): nothing a layout
// wraps.
bool NumberOrBox(const Cell& c) {
  const std::string t(TrimSpaces(c.text));
  if (GlyphBox(t) != CheckboxState::kNone) return true;
  if (size_t at = 0; !t.empty() && (NextCodePoint(t, &at), at == t.size())) return true;
  // A box typed in brackets ("[X]", "[ ]", "(x)").
  if (t.size() >= 2 && t.size() <= 3 && (t[0] == '[' || t[0] == '(') &&
      (t.back() == ']' || t.back() == ')'))
    return true;
  bool digit = false;
  for (char ch : c.text) {
    if (ch >= '0' && ch <= '9')
      digit = true;
    else if (std::string_view(" ,.-:%").find(ch) == std::string_view::npos)
      return false;
  }
  return digit;
}

// True when the one-cell line `lines[n]` under the row `lines[k]`, at column
// 0 (no indent), goes on with the row's first cell, as the text proves: the
// cell's last word and the line's text ("Inga-Lill" / "Nilsson") stand
// whole, a space apart, on another line of the text ("Namnförtydligande
// Inga-Lill Nilsson"; folded_lines.h' WritesWord).
bool ProvenFirstCellWrap(const std::vector<Line>& lines, size_t k, size_t n) {
  const Line& next = lines[n];
  if (next.cells.size() != 1 || IsBlank(next.cells[0].text) || NumberOrBox(next.cells[0]))
    return false;
  const std::string cell = TrimSpaces(lines[k].cells[0].text);
  const size_t blank = cell.rfind(' ');
  if (blank == std::string_view::npos) return false;
  std::string words = cell.substr(blank + 1);
  words.append(" ").append(TrimSpaces(next.cells[0].text));
  for (size_t j = 0; j < lines.size(); ++j)
    if (j != k && j != n && WritesWord(lines[j].SpacedText(), words)) return true;
  return false;
}

}  // namespace

void ReadSqueezedGapRows(std::vector<Line>* lines, const LabelAt& label_at) {
  std::vector<bool> indented(lines->size(), false);
  for (size_t k = 0; k < lines->size(); ++k) {
    Line& l = (*lines)[k];
    indented[k] = l.cells.size() > 1 && l.cells[0].text.empty();
    for (Cell& c : l.cells) c.checkbox = GlyphBox(TrimSpaces(c.text));
    if (l.cells.size() == 2 && l.cells[0].text.empty() && !l.cells[1].text.empty())
      l.cells.erase(l.cells.begin());
    if (l.cells.size() > 1) l.origin = kSqueezedRowOrigin;
  }
  auto content = [](const Line& l) { return l.role == LineRole::kContent && !l.Blank(); };
  // A cell opening with a capital and a label of the form, or a number or a
  // box: a row's own, not one of the line above going on.
  auto own = [&](const Cell& c) {
    if (IsBlank(c.text) || NumberOrBox(c)) return true;
    size_t at = 0;
    return label_at && u_isupper(NextCodePoint(c.text, &at)) && label_at(c.text) != 0;
  };
  std::vector<bool> joined(lines->size(), false);
  for (size_t k = 0; k < lines->size(); ++k) {
    Line& l = (*lines)[k];
    if (joined[k] || l.cells.size() < 2 || IsBlank(l.cells[0].text) || !content(l)) continue;
    // The next line of text: right under it, or past a page's break (its
    // running lines, blank lines).
    const Line* next = nullptr;
    size_t n = 0;
    for (size_t j = k + 1; j < lines->size() && !next; ++j) {
      const Line& m = (*lines)[j];
      if (content(m)) {
        next = &m;
        n = j;
      } else if (m.role == LineRole::kContent && m.page == l.page &&
                 (j + 1 == lines->size() || (*lines)[j + 1].page == l.page))
        break;  // a blank line within the page
    }
    if (!next) continue;
    // A row of values; a column header over one; a row over a row of its own.
    if (std::all_of(l.cells.begin() + 1, l.cells.end(), NumberOrBox)) continue;
    if (next->cells.size() == l.cells.size() && !IsBlank(next->cells[0].text) &&
        std::all_of(next->cells.begin() + 1, next->cells.end(), NumberOrBox))
      continue;
    if (!indented[n] && !IsBlank(next->cells[0].text) &&
        std::all_of(next->cells.begin(), next->cells.end(), own))
      continue;
    // The line under at column 0 is the first cell's rest, the text proves:
    // joined, and the row's other cells are whole (their column holds
    // nothing on it).
    if (!indented[n] && ProvenFirstCellWrap(*lines, k, n)) {
      l.cells[0].text = std::string(TrimSpaces(l.cells[0].text)) + " " +
                        std::string(TrimSpaces((*lines)[n].cells[0].text));
      joined[n] = true;
      continue;
    }
    for (Cell& c : l.cells)
      if (!IsBlank(c.text) && !NumberOrBox(c)) c.text += kUndecidedWrap;
  }
  // Each line joined to the row above it is gone as a line of its own.
  size_t kept = 0;
  for (size_t k = 0; k < lines->size(); ++k) {
    if (joined[k]) continue;
    if (kept != k) (*lines)[kept] = std::move((*lines)[k]);
    ++kept;
  }
  lines->resize(kept);
}

std::string ExpandTabs(std::string_view t, TabReading reading) {
  std::string out;
  out.reserve(t.size() * 2);
  size_t col = 0;
  for (size_t k = 0; k < t.size();) {
    char c = t[k];
    if (c == '\t') {
      size_t n = reading.stop - col % reading.stop;
      out.append(n, ' ');
      col += n;
      ++k;
      continue;
    }
    size_t from = k;
    UChar32 cp = NextCodePoint(t, &k);
    out.append(t.substr(from, k - from));
    // A column as the text layout counts it (Columns), or a byte.
    size_t width = reading.bytes ? k - from : ZeroWidth(cp) ? 0 : 1;
    // A form feed opens its page's first line and takes a column of it, as
    // coreutils' `expand` and `unexpand` count it.
    col = c == '\n' || c == '\r' ? 0 : c == '\f' ? 1 : col + width;
  }
  return out;
}

ExpandedTabs ExpandTabStops(std::string_view t) {
  std::vector<std::string_view> raw = SplitAll(t);
  std::vector<bool> tabbed;
  for (std::string_view l : raw) tabbed.push_back(l.find('\t') != std::string_view::npos);
  struct Candidate {
    TabReading reading;
    std::string text;
    size_t score = 0;
  };
  // The readings at 8 columns (in code points, in bytes), then at 4.
  std::vector<Candidate> c;
  for (size_t stop : {8, 4})
    for (bool bytes : {false, true}) {
      Candidate x{{stop, bytes}, ExpandTabs(t, {stop, bytes}), 0};
      x.score = AlignedEdges(SplitAll(x.text), tabbed);
      c.push_back(std::move(x));
    }
  ExpandedTabs out;
  // At each width, bytes only where they line up clearly better; where the
  // two place some line differently and neither is clearly better, that
  // line is undecided.
  auto at_width = [&](size_t a, size_t b, std::vector<size_t>* unsure) {
    if (c[a].text == c[b].text || ClearlyMore(c[a].score, c[b].score)) return a;
    if (ClearlyMore(c[b].score, c[a].score)) return b;
    std::vector<std::string_view> x = SplitAll(c[a].text), y = SplitAll(c[b].text);
    for (size_t k = 0; k < x.size() && k < y.size(); ++k)
      if (x[k] != y[k]) unsure->push_back(k);
    return a;
  };
  std::vector<size_t> unsure8, unsure4;
  size_t eight = at_width(0, 1, &unsure8), four = at_width(2, 3, &unsure4);
  // A tab is 8 columns unless 4 line the columns up clearly better.
  bool by_four = c[four].text != c[eight].text && ClearlyMore(c[four].score, c[eight].score);
  size_t chosen = by_four ? four : eight;
  out.reading = c[chosen].reading;
  out.undecided = by_four ? std::move(unsure4) : std::move(unsure8);
  out.text = std::move(c[chosen].text);
  return out;
}

namespace {

// Whether the word at t[k] is followed by a gap of three spaces or more,
// then more of its line, that can give one to the gap before it. (A count
// ending its line is left as it stands: the matcher reads a number ending
// its label's cell, and moved a column right it would no longer start where
// its column's header word does: "ombud 1,0" under "Antal kvinnor Antal män".)
bool BorrowsSpace(std::string_view t, size_t k) {
  size_t j = k;
  while (j < t.size() && t[j] != ' ' && t[j] != '\n' && t[j] != '\r' && t[j] != '\f') ++j;
  size_t e = j;
  while (e < t.size() && t[e] == ' ') ++e;
  return e - j >= 3 && e < t.size() && t[e] != '\n' && t[e] != '\r' && t[e] != '\f';
}

// `t` with each gap of two spaces or more inside a line widened by the
// bytes over a column each of the characters before it since the line's
// start or the last gap widened, into `*out` (when given); returns whether
// any gap was widened. Without `out`, stops at the first. With `splits`
// (offsets into `t`, ascending: cells run together, RunTogetherCells), each
// is widened too where that leaves two columns or more before it.
bool WidenGaps(std::string_view t, std::string* out, const std::vector<size_t>* splits = nullptr,
               const std::vector<size_t>* box_splits = nullptr) {
  bool widened = false;
  size_t over = 0;    // bytes over a column each since the line's start or the last gap widened
  bool owed = false;  // a space the next gap gives back (BorrowsSpace)
  size_t next_split = 0;
  for (size_t k = 0; k < t.size();) {
    if (splits) {
      while (next_split < splits->size() && (*splits)[next_split] < k) ++next_split;
      // A box is set in its byte's column whatever gap that leaves (the
      // cell reader parts a run of boxes one space after its label).
      const bool box = box_splits && std::binary_search(box_splits->begin(), box_splits->end(), k);
      if (next_split < splits->size() && (*splits)[next_split] == k && k > 0) {
        if (box ? over > 0 : (t[k - 1] == ' ' ? 1 : 0) + over >= 2) {
          if (out) out->append(over, ' ');
          over = 0;
          widened = true;
        } else if (!box && over == 0 && t[k - 1] == ' ' && BorrowsSpace(t, k)) {
          // One space after a cell that fills its column: the gap made two
          // with a space of the gap after the count, the columns after it
          // kept where they were.
          if (out) *out += ' ';
          owed = true;
          widened = true;
        }
      }
    }
    const char c = t[k];
    if (c == '\n' || c == '\r' || c == '\f') {
      over = 0;
      owed = false;
      if (out) *out += c;
      ++k;
      continue;
    }
    if (c == ' ') {
      size_t e = k;
      while (e < t.size() && t[e] == ' ') ++e;
      const bool inside = e < t.size() && t[e] != '\n' && t[e] != '\r' && t[e] != '\f';
      if (out) out->append(e - k - (owed && inside ? 1 : 0), ' ');
      owed = false;
      if (e - k >= 2 && over > 0 && inside) {
        if (!out) return true;
        out->append(over, ' ');
        over = 0;
        widened = true;
      }
      k = e;
      continue;
    }
    // A word's run of bytes up to a space, a line break or the next split
    // (a count glued to the word, widened at the loop's top), appended at
    // once: an ASCII byte is a column, a code point's bytes over one count.
    const size_t from = k;
    size_t stop = t.size();
    if (splits) {
      auto after = std::upper_bound(splits->begin() + static_cast<std::ptrdiff_t>(next_split),
                                    splits->end(), from);
      if (after != splits->end()) stop = *after;
    }
    while (k < t.size() && k != stop && t[k] != ' ' && t[k] != '\n' && t[k] != '\r' &&
           t[k] != '\f') {
      if (static_cast<unsigned char>(t[k]) < 0x80) {
        ++k;
        continue;
      }
      const size_t at = k;
      NextCodePoint(t, &k);
      over += k - at - 1;
    }
    if (out) out->append(t.substr(from, k - from));
  }
  return widened;
}

// In a text padded in bytes, the offsets of the counts run together with the
// text before them: html2text cuts a cell to its column's width in bytes, so
// that a label with two letters of two bytes loses its last one and the
// count after it follows with no space ("därav mellan 18 och 29 å14"), and
// sets a cell one space after a cell that fills its width ("Stöd i
// kontakten med myndighet 16"). A number (digits, a decimal part) ending
// at a space or the line's end, glued to a letter or one space after a
// character, is a cell of its own where its byte column is one at which two
// lines or more near it (six non-blank lines each way) start a cell after a
// gap of two spaces or more, or the line right above it does (no blank line
// between: its column's header, "Kvinnor Män" over "... barn under 10      8");
// a count so set apart starts a cell for the lines after it ("å11 2" over
// "å7  3", the table's other rows too far). So is a run of check boxes (glyphs; html2text's
// "⁰" and "*" in a text holding a "⁰") ending at a space or the line's end,
// glued to a letter or one space after a word ("(uppdragsgivare) som*",
// "Anhörigorganisationer☒☐ ISF", "hanteras i *"), where one line near it
// starts a cell at its byte column (its column's header word); and, of
// such a run or one opening a cell after a gap, each later box and the text
// one space after the run, each in its byte's column (html2text gives a box its bytes' columns).
// These offsets are also put in `*boxes`.
std::vector<size_t> RunTogetherCells(std::string_view t, std::vector<size_t>* boxes) {
  constexpr size_t kWindow = 6;
  constexpr int kAnchors = 2;
  // Each line's [start, end) offsets in `t`.
  std::vector<std::pair<size_t, size_t>> spans;
  for (std::string_view l : SplitAll(t)) {
    const size_t b = static_cast<size_t>(l.data() - t.data());
    spans.emplace_back(b, b + l.size());
  }
  std::vector<size_t> filled;             // the non-blank lines
  std::vector<std::vector<size_t>> gaps;  // each filled line's cell starts after a gap, in bytes
  for (size_t k = 0; k < spans.size(); ++k) {
    auto [b, e] = spans[k];
    std::vector<size_t> starts;
    bool text = false;
    for (size_t i = b; i < e; ++i) {
      if (t[i] == ' ') continue;
      text = true;
      if (i > b && t[i - 1] == ' ' && (i - 1 == b || t[i - 2] == ' ')) starts.push_back(i - b);
    }
    if (!text) continue;
    filled.push_back(k);
    gaps.push_back(std::move(starts));
  }
  auto is_digit = [&](size_t i) { return t[i] >= '0' && t[i] <= '9'; };
  const bool html2text_boxes = t.find(kHtml2textEmptyBox) != std::string_view::npos;
  // The end of the run of boxes at i (i: none) within [i, e); each box's
  // first byte into `*starts`.
  auto box_run = [&](size_t i, size_t e, std::vector<size_t>* starts) {
    size_t j = i;
    while (j < e) {
      starts->push_back(j);
      if (const size_t box = html2text_boxes ? Html2textBoxAt(t.substr(0, e), j) : 0; box > 0) {
        j += box;
      } else if (static_cast<unsigned char>(t[j]) >= 0x80) {
        FoundBoxGlyph g = FindBoxGlyph(t.substr(j, std::min<size_t>(4, e - j)), 0);
        if (g.offset != 0) break;
        j += g.length;
      } else {
        starts->pop_back();
        break;
      }
    }
    return j;
  };
  auto anchored = [&](size_t n, size_t column, int wanted) {
    int anchors = 0;
    for (size_t m = n > kWindow ? n - kWindow : 0; m < std::min(filled.size(), n + kWindow + 1);
         ++m)
      if (m != n && std::find(gaps[m].begin(), gaps[m].end(), column) != gaps[m].end()) ++anchors;
    return anchors >= wanted;
  };
  // The line right above line n (no blank line between: a row of the same
  // table) starts a cell at `column` after a gap: its column's header.
  auto under_header = [&](size_t n, size_t column) {
    return n > 0 && filled[n - 1] + 1 == filled[n] &&
           std::find(gaps[n - 1].begin(), gaps[n - 1].end(), column) != gaps[n - 1].end();
  };
  // The line right below line n (no blank line between) starts a cell at
  // `column` after a gap.
  auto over_row = [&](size_t n, size_t column) {
    return n + 1 < filled.size() && filled[n] + 1 == filled[n + 1] &&
           std::find(gaps[n + 1].begin(), gaps[n + 1].end(), column) != gaps[n + 1].end();
  };
  std::vector<size_t> splits;
  for (size_t n = 0; n < filled.size(); ++n) {
    auto [b, e] = spans[filled[n]];
    for (size_t i = b + 1; i < e; ++i) {
      std::vector<size_t> starts;
      if (const size_t j = box_run(i, e, &starts); j > i) {
        // Glued to a letter, or one space after a word's letter or mark.
        size_t before = t[i - 1] == ' ' ? i - 1 : i;
        bool fits = before > b && t[before - 1] != ' ' && (j == e || t[j] == ' ');
        if (fits) {
          size_t at = CodePointStart(t, before - 1);
          const UChar32 cp = NextCodePoint(t, &at);
          fits = u_isalpha(cp) ||
                 (before < i && cp < 0x80 &&
                  std::string_view(".,:;)?").find(static_cast<char>(cp)) != std::string_view::npos);
        }
        const bool parted = fits && anchored(n, i - b, 1);
        if (parted) {
          splits.push_back(i);
          boxes->push_back(i);
        }
        // Of a run so parted or starting a cell after a gap: each later box
        // and the text one space after the run, in its byte's column too
        // (html2text gives a box its bytes' columns: "☒☐ RSMH" under "Ja
        // Nej Om ja, ...").
        if (!parted && !(i >= b + 2 && t[i - 1] == ' ' && t[i - 2] == ' ')) {
          i = j;
          continue;
        }
        for (size_t k = 1; k < starts.size(); ++k) {
          splits.push_back(starts[k]);
          boxes->push_back(starts[k]);
        }
        if (j + 1 < e && t[j] == ' ' && t[j + 1] != ' ') {
          splits.push_back(j + 1);
          boxes->push_back(j + 1);
        }
        i = j;
        continue;
      }
      // A word one space after a cell that fills its column, at a byte
      // column where the row above or below it starts a cell after a gap
      // and another line near it does too: a header cell's next line
      // ("Förbrukat statsbidrag, Årsanställningar ..." over "kr   decimaler").
      if (t[i - 1] == ' ' && i >= b + 2 && t[i - 2] != ' ' && !is_digit(i)) {
        size_t at = i;
        if (u_isalpha(NextCodePoint(t, &at)) && (under_header(n, i - b) || over_row(n, i - b)) &&
            anchored(n, i - b, kAnchors)) {
          splits.push_back(i);
          gaps[n].push_back(i - b);
        }
        continue;
      }
      if (!is_digit(i) || is_digit(i - 1)) continue;
      // Glued to a letter, or one space after a character.
      if (t[i - 1] == ' ') {
        if (i - 1 == b || t[i - 2] == ' ') continue;
      } else {
        size_t at = CodePointStart(t, i - 1);
        if (!u_isalpha(NextCodePoint(t, &at))) continue;
      }
      size_t j = i;
      while (j < e && is_digit(j)) ++j;
      if (j + 1 < e && (t[j] == ',' || t[j] == '.') && is_digit(j + 1))
        for (++j; j < e && is_digit(j);) ++j;
      if (j < e && t[j] != ' ') continue;
      if (anchored(n, i - b, kAnchors) || under_header(n, i - b)) {
        splits.push_back(i);
        gaps[n].push_back(i - b);  // a cell start for the lines after it
      }
    }
  }
  return splits;
}

}  // namespace

std::string GapsPaddedInBytes(std::string_view t) {
  if (t.find('\t') != std::string_view::npos ||
      std::all_of(t.begin(), t.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return "";
  // No copy of a text none of whose gaps would widen (prose, a large file).
  if (!WidenGaps(t, nullptr)) return "";
  std::string out;
  out.reserve(t.size() + t.size() / 8);
  WidenGaps(t, &out);
  // Each cell a widened gap moved, where it starts in bytes and where in
  // characters, against the starts of the lines near it that no gap moved
  // (the same in both readings: a header or a row of ASCII).
  std::vector<std::string_view> a = SplitAll(out), b = SplitAll(t);
  if (a.size() != b.size()) return "";
  constexpr size_t kWindow = 6;
  std::vector<std::vector<GapSpan>> wide(a.size()), narrow(a.size());
  std::vector<size_t> filled;  // the non-blank lines
  for (size_t k = 0; k < a.size(); ++k) {
    wide[k] = GapSpans(a[k]);
    if (wide[k].empty()) continue;
    filled.push_back(k);
    if (a[k] != b[k]) narrow[k] = GapSpans(b[k]);
  }
  size_t in_bytes = 0, in_characters = 0;
  for (size_t n = 0; n < filled.size(); ++n) {
    const size_t k = filled[n];
    if (a[k] == b[k] || narrow[k].size() != wide[k].size()) continue;
    std::set<size_t> anchors;
    for (size_t m = n > kWindow ? n - kWindow : 0; m < std::min(filled.size(), n + kWindow + 1);
         ++m)
      if (a[filled[m]] == b[filled[m]])
        for (const GapSpan& c : wide[filled[m]]) anchors.insert(c.x0);
    for (size_t i = 0; i < wide[k].size(); ++i) {
      if (wide[k][i].x0 == narrow[k][i].x0) continue;
      in_bytes += anchors.count(wide[k][i].x0);
      in_characters += anchors.count(narrow[k][i].x0);
    }
  }
  // Twelve at least and twice as many in bytes; and the starts of all the
  // lines line up clearly better so (AlignedEdges, a moved line's once more
  // against the lines left as they were).
  if (in_bytes < 12 || in_bytes < 2 * in_characters) return "";
  std::vector<bool> moved(a.size(), false);
  for (size_t k = 0; k < a.size(); ++k) moved[k] = a[k] != b[k];
  if (!ClearlyMore(AlignedEdges(a, moved, true), AlignedEdges(b, moved, true))) return "";
  // Counts run together with the cell before them, set apart at their bytes' columns.
  std::vector<size_t> boxes;
  if (std::vector<size_t> splits = RunTogetherCells(t, &boxes); !splits.empty()) {
    out.clear();
    WidenGaps(t, &out, &splits, &boxes);
  }
  return out;
}

}  // namespace redovis
