// Reading-order text (pdftotext without -layout): the document's judgement,
// and MatchRun's methods that read a value wrapped in its cell or refuse one
// the order cannot place. See reading_order.h and match_run.h.
#include "match/reading_order.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "base/text_util.h"
#include "base/utf8.h"
#include "match/cell_lines.h"
#include "match/match_run.h"
#include "match/wrap_evidence.h"
#include "patterns/regex.h"
#include "read/text/wrapped_lines.h"

namespace redovis {

namespace {

// Without pages: a whole form's printed wording at least, and a PDF's wrap.
constexpr size_t kMinUnpagedLines = 100;
constexpr size_t kTypedWidth = 80;         // characters: where typed text and pandoc wrap
constexpr size_t kLongLine = 120;          // characters: wider than a page's line
constexpr size_t kMinPageWidthLines = 5;   // lines as wide as a page's, each a line of its own
constexpr size_t kMaxLongLines = 2;        // a table row the order ran together
constexpr size_t kContinuationShare = 16;  // one line in this many at least

// A line that goes on with the sentence of the one before: it starts with
// a lower-case letter and the one before has not ended its sentence, nor a
// bracket.
bool GoesOn(const std::string& before, const std::string& line) {
  if (before.empty() || before.back() == ')') return false;
  return !EndsSentence(before) && StartsLowerCase(line);
}

}  // namespace

std::set<std::string> ColumnsOf(const Rule& r) {
  std::set<std::string> out;
  for (const auto& [col, key] : r.column_keys) out.insert(col);
  return out;
}

bool IsCountRow(const Rule& r) {
  return r.kind == RuleKind::kRow && r.choice_key.empty() && !r.column_keys.empty();
}

bool AsksCounts(const Rule& r) {
  if (r.kind != RuleKind::kRow) return false;
  for (const auto& [col, key] : r.column_keys)
    if (col != kNamesColumn) return true;
  return false;
}

bool IsPageRule(const Line& line) {
  constexpr size_t kMinPageRule = 60;
  if (FilledCells(line) != 1) return false;
  std::string_view t;
  for (const Cell& c : line.cells)
    if (!c.text.empty()) t = c.text;
  if (CodePointCount(t) < kMinPageRule) return false;
  size_t i = 0;
  const UChar32 first = NextCodePoint(t, &i);
  if (first != '-' && first != '=' && first != '_' && first != 0x2500 && first != 0x2501 &&
      first != 0x2550)
    return false;
  while (i < t.size())
    if (NextCodePoint(t, &i) != first) return false;
  return true;
}

bool IsReadingOrderText(const Document& doc, size_t begin, size_t end) {
  if (doc.format != "text" || end > doc.lines.size()) return false;
  size_t filled = 0, several = 0, indented = 0, unplaced = 0;
  bool paged = false, rebuilt = false;
  for (size_t i = begin; i < end; ++i) {
    const Line& l = doc.lines[i];
    paged = paged || l.page > 0;
    rebuilt = rebuilt || l.origin == kMovedCellsOrigin;
    // A cell with no position is a tab-separated cell (text with tabs has
    // columns) or a row that match/cell_lines rebuilt from a table written
    // a cell a line (in text with pages, only its field tables: MuPDF's
    // text): that line is left aside, and such lines must not be most of
    // the text.
    bool placed = true;
    for (const Cell& c : l.cells) placed = placed && (c.text.empty() || c.x0 >= 0);
    if (!placed) {
      ++unplaced;
      continue;
    }
    // Cells count apart only where a gap of two columns or more parts them:
    // a check box glued to its text ("☐RSMH") is split by the layout into
    // two cells that stand together, as in a one-cell line.
    // An empty cell with an extent is a drawn table's (a pipe, grid or
    // markup table's row, its boxes dropped by the converter: pandoc's org
    // writes a Word table's check-box cells so): a row of columns however few
    // of its cells hold text. Layout by spaces gives no empty cell.
    size_t n = 0;
    double last_x1 = -1;
    bool drawn = false;
    for (const Cell& c : l.cells) {
      if (c.text.empty() && c.checkbox == CheckboxState::kNone) {
        drawn = drawn || (l.cells.size() > 1 && c.x1 > c.x0);
        continue;
      }
      if (n == 0 || c.x0 - last_x1 >= 2) ++n;
      last_x1 = c.x1;
    }
    if (n == 0) continue;
    ++filled;
    if (n > 1 || drawn) ++several;
    for (const Cell& c : l.cells)
      if (!c.text.empty() || c.checkbox != CheckboxState::kNone) {
        if (c.x0 > 0) ++indented;
        break;
      }
  }
  // A line of several cells here and there (two spaces typed in an answer,
  // two no-break spaces where pdftohtml parted a row's runs: 4 lines in 170
  // of w3m's dump) is no layout; a table laid out in columns gives many.
  if (filled == 0 || several * 25 > filled || indented * 4 > filled) return false;
  if (unplaced > 0 && ((paged && !rebuilt) || unplaced * 2 > filled)) return false;
  // Without form feeds (a PDF viewer's text copied, `pdftotext -nopgbrk`):
  // the text shows a PDF's wrap, where a typed text or a word processor's
  // export writes a paragraph a line.
  if (paged) return true;
  // The text reader joined the lines of a paragraph wrapped over several
  // (wrapped_lines.h): the lines it removed show in the numbers. A line of
  // its own (one line of the text) over kLongLine is a paragraph a line;
  // one of 81 to 120 characters is as wide as a page's line, wider than
  // typed text or pandoc wraps (72 columns).
  size_t source_lines = 0, long_lines = 0, wide_lines = 0, goes_on = 0;
  std::string before;  // the last line with text, unless two blank lines followed it
  size_t blanks = 0;   // blank lines since it
  for (size_t i = begin; i < end; ++i) {
    const Line& l = doc.lines[i];
    int next = i + 1 < doc.lines.size() ? doc.lines[i + 1].number : l.number + 1;
    size_t span = next > l.number ? static_cast<size_t>(next - l.number) : 1;
    std::string text = Trim(l.Text());
    if (!text.empty()) {
      source_lines += span;
      goes_on += span - 1;
    }
    // A line without a letter (a rule a text browser draws for a page's
    // `<hr>`, as wide as its columns) tells no paragraph's width.
    // A paragraph the reader joined is as wide as a page's lines where its
    // lines average more than typed text's ("-nopgbrk" of a form whose free
    // answers are short shows few page-wide lines of their own).
    size_t width = LetterCount(text, 1) > 0 ? CodePointCount(text) : 0;
    if (span == 1 && width > kLongLine && ++long_lines > kMaxLongLines) return false;
    if (span == 1 ? width > kTypedWidth && width <= kLongLine : width > kTypedWidth * span)
      ++wide_lines;
    if (span == 1 && GoesOn(before, text)) ++goes_on;
    // One blank line does not end the sentence: a PDF's lines written as
    // paragraphs of their own (pdftohtml's runs, a text browser's dump of
    // them) go on after it; two blank lines do.
    if (!text.empty()) {
      before = std::move(text);
      blanks = 0;
    } else if (++blanks > 1) {
      before.clear();
    }
  }
  return source_lines >= kMinUnpagedLines && wide_lines >= kMinPageWidthLines &&
         goes_on * kContinuationShare >= source_lines;
}

std::set<int> WordALinePages(const Document& doc, size_t begin, size_t end) {
  // Per page: the text's own lines its filled lines cover (the layout may
  // have joined a run of single words into one line, which keeps the first
  // one's number) and the words on them.
  std::map<int, std::pair<size_t, size_t>> counts;  // per page: lines, words
  end = std::min(end, doc.lines.size());
  for (size_t i = begin; i < end; ++i) {
    const Line& l = doc.lines[i];
    if (l.page <= 0) continue;
    std::string t = Trim(l.Text());
    if (t.empty()) continue;
    auto& [lines, words] = counts[l.page];
    int covers = 1;
    if (i + 1 < doc.lines.size() && doc.lines[i + 1].page == l.page)
      covers = std::max(1, doc.lines[i + 1].number - l.number);
    lines += static_cast<size_t>(covers);
    bool in_word = false;
    for (char c : t) {
      bool space = c == ' ' || c == '\t';
      if (!space && !in_word) ++words;
      in_word = !space;
    }
  }
  std::set<int> pages;
  for (const auto& [page, c] : counts)
    if (c.first >= 20 && c.second * 10 <= c.first * 11) pages.insert(page);
  return pages;
}

std::string DigitsJoinedOverHyphen(const std::string& value) {
  auto joins = [&](char c) {
    return IsAsciiDigit(c) || c == '-' || c == '.' || c == ',' || c == ':' || c == '/';
  };
  for (size_t i = 0; i < value.size();) {
    if (!IsAsciiDigit(value[i])) {
      ++i;
      continue;
    }
    size_t e = i;
    while (e < value.size() && IsAsciiDigit(value[e])) ++e;
    // Beside it, past one space: no other digits (a phone's groups, "08- 5782 94").
    size_t before = i > 0 && value[i - 1] == ' ' ? i - 1 : i;
    size_t after = e < value.size() && value[e] == ' ' ? e + 1 : e;
    bool alone = (before == 0 || !joins(value[before - 1])) &&
                 (after >= value.size() || !joins(value[after]));
    if (alone && e - i == 4) {
      int first = (value[i] - '0') * 10 + (value[i + 1] - '0');
      int last = (value[i + 2] - '0') * 10 + (value[i + 3] - '0');
      int whole = first * 100 + last;
      if (first < last && (whole < 1900 || whole > 2099)) return value.substr(i, 4);
    }
    i = e;
  }
  return "";
}

bool MatchRun::OrphanAfter(size_t from, std::string* seen) const {
  auto blank = [&](size_t k) { return k >= seg_.end || View(k).first < 0; };
  // One blank line does not prove the cell ended: the order may write a
  // cell's wrapped line as a paragraph of its own (pdftohtml's runs dumped
  // as text). The line after it on the same page, when nothing claims it
  // (no label, heading, table's cell or note), may be the value's; so may a
  // bare label's wording there in lower case ("Tyresö" / "kommun"): no
  // label opens so; and a line with words taken for running text (a page
  // count, "6/6", has none): whether it ends the value cannot be told.
  if (blank(from)) {
    size_t k = from + 1;
    if (blank(k) || consumed_.count(k) || IsOrderedTableCell(k)) return false;
    const LineView& n = View(k);
    if (n.line->role == LineRole::kFootnote || MatchHeading(n) ||
        n.line->page != View(from - 1).line->page || IsPageRule(*n.line))
      return false;
    const std::string& t = n.line->cells[static_cast<size_t>(n.first)].text;
    if (n.line->role == LineRole::kFurniture) {
      if (LetterCount(t, 1) == 0) return false;
      *seen = t;
      return true;
    }
    if (IsStructuralLine(k) && !(IsBareLabel(t) && StartsLowerCase(t))) return false;
    // A question's wording wrapped over lines, this its first: a label too.
    size_t next = 0;
    int32_t after = 0;
    if (TextLabelAcrossWrap(k, &next, &after)) return false;
    *seen = t;
    return true;
  }
  for (size_t k = from; !blank(k); ++k) {
    const LineView& n = View(k);
    if (MatchHeading(n)) return false;
    // (A page's rule is no text: the block goes on past it, as past a form feed.)
    if (consumed_.count(k) || n.line->role == LineRole::kFootnote || IsPageRule(*n.line)) continue;
    const std::string& t = n.line->cells[static_cast<size_t>(n.first)].text;
    // Another label with its own answer on its line ends nothing of ours.
    if (IsStructuralLine(k) && !IsBareLabel(t)) continue;
    if (IsOrderedTableCell(k)) continue;
    // Continued by the line above it, left incomplete.
    if (k > from && LeftIncomplete(Trim(View(k - 1).line->Text()), Trim(t))) continue;
    *seen = t;
    return true;
  }
  return false;
}

bool MatchRun::TextGoesOnPastCells(size_t last, std::string* seen) const {
  size_t k = last + 1;
  bool cells = false;
  for (; k < seg_.end; ++k) {
    if (View(k).first < 0) continue;
    if (!IsOrderedTableCell(k)) break;
    cells = true;
  }
  if (!cells || k >= seg_.end || consumed_.count(k)) return false;
  const LineView& n = View(k);
  if (n.line->role == LineRole::kFootnote || MatchHeading(n)) return false;
  const std::string t = Trim(n.line->cells[static_cast<size_t>(n.first)].text);
  icu::UnicodeString u = U(t);
  if (u.isEmpty()) return false;
  UChar32 c = u.char32At(0);
  if (c == '(' && u.length() > 1)
    c = u.char32At(1);
  else if (!u_islower(c))
    return false;
  if (u_isupper(c) || IsBareLabel(t) || IsStructuralLine(k)) return false;
  *seen = t;
  return true;
}

bool MatchRun::TextGoesOnPastNote(size_t last, const std::string& value, std::string* seen) const {
  if (!reading_order_) return false;
  std::string t = Trim(value);
  if (t.empty() || std::string(".!?)\"'").find(t.back()) != std::string::npos) return false;
  // A closing quote or a full stop in UTF-8 ("”", "…") ends a sentence too.
  if (t.size() >= 3 &&
      (t.compare(t.size() - 3, 3, "\u201d") == 0 || t.compare(t.size() - 3, 3, "\u2026") == 0))
    return false;
  size_t k = last + 1;
  while (k < seg_.end && View(k).first < 0) ++k;
  if (k >= seg_.end || consumed_.count(k)) return false;
  const LineView& n = View(k);
  if (n.line->role != LineRole::kFootnote || MatchHeading(n)) return false;
  *seen = Trim(n.line->Text());
  return true;
}

std::string MatchRun::JoinWrappedValue(size_t idx, size_t cell, const std::string& value,
                                       bool typed, bool takes_address, std::string* undecided) {
  const LineView& v = View(idx);
  if (typed || value.empty()) return value;
  if (v.line->cells.size() != 1 || cell != 0) {
    // Reading order: the last cell of a line of several (a row's cells the
    // order wrote on one line), its words going on on a line below that
    // nothing claims ("Kontaktperson ... 021-39  Avdelning/Enhet Personligt"
    // / "20 82 susanne...@vasteras.se" / "Ombud Västmanland"): that line may
    // be this cell's wrap or another's; undecided.
    size_t last = v.line->cells.size();
    while (last > 0 && Trim(v.line->cells[last - 1].text).empty()) --last;
    if (std::string after; reading_order_ && cell + 1 == last && LetterCount(value, 1) > 0 &&
                           OrphanAfter(idx + 1, &after) && !IsBareLabel(after))
      *undecided = after;
    return value;
  }
  auto blank = [&](size_t k) { return k >= seg_.end || View(k).first < 0; };
  auto candidate = [&](size_t k) {
    if (k >= seg_.end || consumed_.count(k)) return false;
    const LineView& n = View(k);
    if (n.first < 0 || n.line->cells.size() != 1 || n.line->role == LineRole::kFootnote ||
        n.line->cells[0].checkbox != CheckboxState::kNone)
      return false;
    const std::string& t = n.line->cells[0].text;
    return !parser_.IsMark(t) && parser_.ColumnOf(t).empty() && !MatchHeading(n) &&
           !IsStructuralLine(k);
  };
  bool block_start = idx == seg_.begin || blank(idx - 1) || MatchHeading(View(idx - 1));
  std::vector<std::string> lines{value};
  auto bare_label = [&](size_t k) {
    if (k >= seg_.end || consumed_.count(k)) return false;
    const LineView& n = View(k);
    return n.first >= 0 && n.line->cells.size() == 1 && n.line->role != LineRole::kFootnote &&
           IsBareLabel(n.line->cells[0].text);
  };
  // A value without a letter (a postcode, a number) takes no words from a
  // line of its block; digits broken over lines are joined below.
  bool letters = LetterCount(value, 1) > 0;
  for (size_t k = idx + 1; k < idx + 4 && (candidate(k) || bare_label(k)); ++k) {
    const std::string& prev = lines.back();
    const std::string& t = View(k).line->cells[0].text;
    icu::UnicodeString u = U(t);
    bool incomplete = LeftIncomplete(prev, t);
    // An e-mail address alone is in lower case as every address is: no sign
    // that a value without one goes on ("socialnämnden" / "tedt@tyreso.se",
    // the rest of an address the order broke on a line above), unless the
    // value may hold one ("Per Ekström 021-39 20 82" / "per.ekstrom@...").
    bool lower = u_islower(u.char32At(0)) &&
                 !(AddressAlone(t) && !takes_address && prev.find('@') == std::string::npos);
    size_t words = std::count(t.begin(), t.end(), ' ') + 1;
    bool one_cell = block_start && blank(k + 1) && words <= 4 && t.find(':') == std::string::npos &&
                    std::none_of(t.begin(), t.end(), IsAsciiDigit);
    if (!incomplete && !lower && !one_cell) {
      // A layout text whose margin was stripped moved every cell's wrapped
      // line to column 0: a line there that is no label, heading, header or
      // mark may go on the value ("Psykiatriboende" / "Öster"), or be a row
      // of its own (a word taken for a running line, "Kommun" on a page
      // ending as another does, too): undecided. A value without a letter
      // (a phone number) takes no words.
      if (letters && MarginStripped() && candidate(k) && View(k).line->cells[0].x0 == 0 &&
          v.line->cells[0].x0 >= 0) {
        *undecided = t;
        return value;
      }
      break;
    }
    if (!candidate(k) || (View(k).line->role != LineRole::kContent && !NumberNotPageNumber(k))) {
      // A bare label where the cell's wrapped last line would stand
      // ("Tjänsteställe Socialtjänsten Timrå" / "Kommun"), or a line taken
      // for a running header or page number (it repeats on other pages, or
      // looks like one): whether it ends the value cannot be told.
      *undecided = t;
      return value;
    }
    // A line a mail may have broken off the row above (wrapped_lines.h's
    // MayBeBrokenOff): what it would take may be any of that row's cells'.
    if (MarginStripped() &&
        MayBeBrokenOff(doc_.lines, idx, WrapWidth(doc_.lines, seg_.begin, seg_.end))) {
      *undecided = t;
      return value;
    }
    lines.push_back(t);
    consumed_.insert(k);
  }
  if (reading_order_ && letters && OrphanAfter(idx + lines.size(), undecided)) return value;
  // A value without a letter (a phone number, a postcode) takes no words,
  // but a line of digits alone that nothing claims further down its block
  // may be its rest, the order having written the row's other cells between
  // ("08- 5782 94" / "E-postadress anna-lena.engs-" / "och socialnämnden" /
  // "91"): undecided.
  if (std::string seen; reading_order_ && !letters && OrphanAfter(idx + lines.size(), &seen) &&
                        LetterCount(seen, 1) == 0 &&
                        std::any_of(seen.begin(), seen.end(), IsAsciiDigit)) {
    *undecided = seen;
    return value;
  }
  // A value left incomplete for the line after one blank line ("08- 5782 94"
  // / "" / "91"): a dump of pdftohtml's runs parts a cell's lines so.
  if (size_t k = idx + lines.size() + 1;
      reading_order_ && blank(k - 1) && candidate(k) &&
      LeftIncomplete(lines.back(), View(k).line->cells[0].text)) {
    *undecided = View(k).line->cells[0].text;
    return value;
  }
  if (reading_order_ && EndsSuspended(lines.back(), ps_.vocabulary().keep_hyphen, undecided)) {
    // The finding names the line that may go on the value, where one follows.
    for (size_t k = idx + lines.size(); k < seg_.end; ++k)
      if (View(k).first >= 0) {
        *undecided = Trim(View(k).line->Text());
        break;
      }
    return value;
  }
  // Another question's label with its answer inside the first line: cells
  // run together, so where this value ends cannot be told.
  if (reading_order_) {
    if (std::string inside = LabelInside(lines.front()); !inside.empty()) {
      *undecided = inside;
      return value;
    }
  }
  if (lines.size() == 1) return value;
  // One cell's lines: one value, its words joined by spaces, a word broken at
  // its line-end hyphen joined as the normaliser joins it.
  std::string joined;
  for (const std::string& l : lines) joined += (joined.empty() ? "" : " ") + Trim(l);
  return Trim(norm_.JoinHyphenated(joined));
}

namespace {

// A number written as a whole one ("804 246:-", "4 045 300", "402 638 kr"),
// or as one with one or two decimals ("2,0", "10,00"): the text's own form,
// whatever it parses to.
bool HasDecimals(const std::string& t) {
  for (size_t i = 1; i + 1 < t.size(); ++i) {
    if ((t[i] != ',' && t[i] != '.') || !IsAsciiDigit(t[i - 1]) || !IsAsciiDigit(t[i + 1]))
      continue;
    size_t e = i + 1;
    while (e < t.size() && IsAsciiDigit(t[e])) ++e;
    return e - i - 1 <= 2;
  }
  return false;
}

bool HasSeparatorInDigits(const std::string& t) {
  for (size_t i = 1; i + 1 < t.size(); ++i)
    if ((t[i] == ',' || t[i] == '.') && IsAsciiDigit(t[i - 1]) && IsAsciiDigit(t[i + 1]))
      return true;
  return false;
}

}  // namespace

const Rule* MatchRun::OrderedNumberLabel(size_t k, FieldType* type, size_t* rest) const {
  const LineView& v = View(k);
  if (v.first != 0 || FilledCells(*v.line) != 1) return nullptr;
  if (rest) *rest = k;
  for (const Rule* r : rules_) {
    RegexMatch m;
    if (r->kind != RuleKind::kField || r->keys.empty() ||
        !RegexFind(r->regex, v.cells[0], &m, &cache_) || m.start != 0)
      continue;
    if (m.groups.size() > 1 && !Trim(m.groups[1]).empty()) {
      // The label's wording may go on over the whole next line, past the
      // page's turn ("... Anges med två" / "\f" / "decimaler, t.ex. två
      // halvtider = 1,00"): with it, the rule's answer is empty.
      const size_t next = WordingGoesOnAt(k + 1);
      if (next >= seg_.end || next == k + 1 || !rest) return nullptr;
      const LineView& n = View(next);
      if (n.first < 0 || FilledCells(*n.line) != 1 || n.line->role != LineRole::kContent)
        return nullptr;
      icu::UnicodeString joined = v.cells[0];
      joined.append(u' ')
          .append(n.cells[static_cast<size_t>(n.first)])
          .append(icu::UnicodeString(u" \uFFFC"));
      RegexMatch whole;
      if (!RegexFind(r->regex, joined, &whole, &cache_) || whole.start != 0 ||
          whole.groups.size() < 2 || Trim(whole.groups[1]) != "\uFFFC")
        return nullptr;
      *rest = next;
    }
    const FieldSpec* spec = ps_.catalogue().Find(Interpolate(r->keys[0]));
    if (!spec || (spec->type != FieldType::kInt && spec->type != FieldType::kDecimal))
      return nullptr;
    *type = spec->type;
    return r;
  }
  return nullptr;
}

bool MatchRun::OrderedPairValue(size_t idx, std::string* out, const Line** from) {
  // Reading-order text, or any plain text whose two labels stand a line
  // each, one cell (odt2txt: a table's cells a paragraph each).
  if (!reading_order_ && doc_.format != "text") return false;
  FieldType own;
  size_t own_rest = idx;
  const Rule* rule = OrderedNumberLabel(idx, &own, &own_rest);
  if (!rule) return false;
  int page = View(idx).line->page;
  // The next and the previous line that is not blank, on this page.
  auto step = [&](size_t k, int dir) -> size_t {
    for (size_t j = k; dir > 0 ? j + 1 < seg_.end : j > seg_.begin;) {
      j = dir > 0 ? j + 1 : j - 1;
      if (View(j).first < 0) continue;
      return View(j).line->page == page ? j : seg_.end;
    }
    return seg_.end;
  };
  FieldType other;
  size_t a = idx, b = idx;
  size_t next = step(idx, 1), prev = step(idx, -1);
  size_t next_rest = next, prev_rest = prev;
  // The first label's wording ends on its line: only the second's may go on
  // past the page's turn, before the numbers.
  bool after = own_rest == idx && next < seg_.end && OrderedNumberLabel(next, &other, &next_rest);
  bool before = prev < seg_.end && OrderedNumberLabel(prev, &other, &prev_rest);
  if (before && prev_rest != prev) before = false;
  if (after == before) return false;  // no pair, or three labels in a row
  (after ? b : a) = after ? next : prev;
  const size_t b_rest = after ? next_rest : own_rest;
  // Exactly two labels: none just before the first or after the second.
  FieldType t;
  size_t outer = step(a, -1);
  if (outer < seg_.end && OrderedNumberLabel(outer, &t)) return false;
  outer = step(b, 1);
  if (outer < seg_.end && OrderedNumberLabel(outer, &t)) return false;
  if (own == other) return false;  // their form cannot tell the numbers apart
  // After the second label (past the form's notes under it, and a page
  // break: the row of values may stand on the next page, under its running
  // lines): the numbers, each alone on its line on one page, up to the first
  // other line.
  std::vector<size_t> numbers;
  int values_page = page;
  for (size_t k = b + 1; k < seg_.end; ++k) {
    const LineView& v = View(k);
    if (v.first < 0) continue;
    if (numbers.empty()) {
      if (IsNoteLine(k) || (k == b_rest && b_rest != b)) continue;
      if (v.line->role == LineRole::kFurniture && !NumberNotPageNumber(k)) continue;
      values_page = v.line->page;
      if (values_page != page && values_page != page + 1) break;
    }
    double n;
    if (v.line->page != values_page || FilledCells(*v.line) != 1 || IsStructuralLine(k) ||
        (v.line->role != LineRole::kContent && !NumberNotPageNumber(k)) ||
        !parser_.ParseNumber(v.line->cells[static_cast<size_t>(v.first)].text, &n))
      break;
    numbers.push_back(k);
  }
  if (numbers.size() != 2) return false;
  auto text = [&](size_t j) {
    return Trim(View(j).line->cells[static_cast<size_t>(View(j).first)].text);
  };
  FieldType first = idx == a ? own : other, second = idx == a ? other : own;
  auto fits = [&](FieldType type, const std::string& t) {
    return type == FieldType::kDecimal ? HasDecimals(t) : !HasSeparatorInDigits(t);
  };
  size_t mine = numbers[idx == a ? 0 : 1];
  if (fits(first, text(numbers[0])) && fits(second, text(numbers[1]))) {
    consumed_.insert(mine);
    *out = text(mine);
    if (from) *from = View(mine).line;
    return true;
  }
  // The order and the numbers' form disagree: whose number is whose is not proven.
  std::vector<std::string> keys;
  for (const std::string& key : rule->keys)
    if (std::string named = Interpolate(key); !named.empty()) keys.push_back(named);
  assigner_.AddFinding("warning", "ambiguous_column", keys, "reading_order_values",
                       {{"raw", text(numbers[0]) + ", " + text(numbers[1])}, {"label", text(idx)}},
                       *View(idx).line);
  out->clear();
  return true;
}

bool MatchRun::OrderedPairOnLine(const Rule& r, size_t idx, const std::string& rest) {
  // Also a text's line of one cell: a text browser's dump of a table laid
  // out one space apart (lynx: the labels' row wrapped and joined).
  // In a laid-out text the first label may stand alone on its line, the
  // second's wording on the lines below it and the two numbers in two cells
  // (`pdftotext -layout -fixed 8`: the labels' row squeezed onto two lines).
  const bool one_cell = doc_.format == "text" && FilledCells(*View(idx).line) == 1;
  if (!(reading_order_ || one_cell) || (rest.empty() && reading_order_) || r.keys.empty())
    return false;
  auto number_type = [&](const Rule& q, FieldType* type) {
    const FieldSpec* spec = ps_.catalogue().Find(Interpolate(q.keys[0]));
    if (!spec || (spec->type != FieldType::kInt && spec->type != FieldType::kDecimal)) return false;
    *type = spec->type;
    return true;
  };
  FieldType own;
  if (!number_type(r, &own)) return false;
  // The lines after the labels' line, up to the first one opening with a
  // digit (the row of values), on its page or, past a page break and the
  // next page's running lines, on the next: the second label's wrapped words.
  const int page = View(idx).line->page;
  std::string wording = rest;
  std::vector<size_t> between;
  size_t values = seg_.end;
  for (size_t k = idx + 1; k < seg_.end && between.size() <= 2; ++k) {
    const LineView& v = View(k);
    if (v.first < 0) continue;
    if (v.line->page != page) {
      if (v.line->page != page + 1) return false;
      if (v.line->role == LineRole::kFurniture && !NumberNotPageNumber(k)) continue;
    }
    const size_t filled = FilledCells(*v.line);
    const std::string t = Trim(v.line->cells[static_cast<size_t>(v.first)].text);
    if (filled == 2 && !rest.empty()) return false;
    if (filled <= 2 && !t.empty() && IsAsciiDigit(t[0])) {
      values = k;
      break;
    }
    if (filled != 1) return false;
    // The label alone on its line: the first line below is the other label.
    if (IsStructuralLine(k) && !IsNoteLine(k) && !(rest.empty() && between.empty())) return false;
    wording += (wording.empty() ? "" : " ") + t;
    between.push_back(k);
  }
  // The label alone: only the laid-out shape, the numbers in two cells (a
  // one-cell-a-line export writes them a line each: cell_lines.h).
  if (values == seg_.end || IsStructuralLine(values) || Trim(wording).empty() ||
      (rest.empty() && FilledCells(*View(values).line) != 2))
    return false;
  if (rest.empty()) {
    // Where each label stands its number stands: the first label over the
    // first cell, the other's wording over the second (a row folded at its
    // tab, both labels at the margin, tells neither).
    std::vector<double> at;
    for (const Cell& c : View(values).line->cells)
      if (!Trim(c.text).empty()) at.push_back(c.x0);
    const double label_x = View(idx).line->cells[static_cast<size_t>(View(idx).first)].x0;
    if (at.size() != 2 || at[0] < 0 || std::abs(label_x - at[0]) > 1) return false;
    for (size_t k : between) {
      const double x = View(k).line->cells[static_cast<size_t>(View(k).first)].x0;
      if (std::abs(x - at[1]) > 1) return false;
    }
  }
  // The other label: a number field of the other type whose label opens the
  // rest of the line and whose wording ends where the values begin.
  const Rule* other = nullptr;
  const icu::UnicodeString u = U(wording);
  for (const Rule* q : rules_) {
    RegexMatch m;
    FieldType t;
    if (q == &r || q->kind != RuleKind::kField || q->keys.empty() || !number_type(*q, &t) ||
        t == own || !RegexFind(q->regex, u, &m, &cache_) || m.start != 0 ||
        (m.groups.size() > 1 && !Trim(m.groups[1]).empty()))
      continue;
    if (other) return false;  // two labels read so: whose wording is it
    other = q;
  }
  if (!other) return false;
  // The values: the whole number's words and the decimal count's one word,
  // in the labels' order.
  const LineView& v = View(values);
  std::string line, first, second;
  if (FilledCells(*v.line) == 2) {
    // Two cells: one number each, in the labels' order.
    for (const Cell& c : v.line->cells)
      if (!Trim(c.text).empty()) (first.empty() ? first : second) = Trim(c.text);
    line = first + " " + second;
  } else {
    line = Trim(v.line->cells[static_cast<size_t>(v.first)].text);
    const size_t cut = own == FieldType::kDecimal ? line.find(' ') : line.rfind(' ');
    first = cut == std::string::npos ? line : Trim(line.substr(0, cut));
    second = cut == std::string::npos ? "" : Trim(line.substr(cut + 1));
  }
  const std::string& whole = own == FieldType::kDecimal ? second : first;
  const std::string& count = own == FieldType::kDecimal ? first : second;
  double n;
  const bool fits = !whole.empty() && !count.empty() && HasDecimals(count) &&
                    count.find_first_not_of("0123456789,.") == std::string::npos &&
                    parser_.ParseNumber(count, &n) && !HasSeparatorInDigits(whole) &&
                    parser_.ParseNumber(whole, &n);
  for (size_t k : between) consumed_.insert(k);
  consumed_.insert(values);
  std::vector<std::string> keys;
  for (const Rule* q : {&r, other})
    for (const std::string& key : q->keys)
      if (std::string named = Interpolate(key); !named.empty()) keys.push_back(named);
  if (!fits) {
    // The numbers' form does not tell which is whose.
    assigner_.AddFinding("warning", "ambiguous_column", keys, "reading_order_values",
                         {{"raw", line}, {"label", Trim(View(idx).line->Text())}}, *View(idx).line);
    return true;
  }
  const std::pair<const Rule*, const std::string*> read[] = {{&r, &first}, {other, &second}};
  for (const auto& [q, value] : read)
    if (std::string key = Interpolate(q->keys[0]); !key.empty())
      assigner_.Assign(key, *value, *q, *View(idx).line, 0, v.line);
  return true;
}

bool MatchRun::RefuseJoinedDigits(const std::vector<std::string>& keys, const std::string& value,
                                  const Line& line) {
  if (!reading_order_) return false;
  std::string digits = DigitsJoinedOverHyphen(value);
  if (digits.empty()) return false;
  std::vector<std::string> named;
  for (const std::string& k : keys)
    if (!k.empty()) named.push_back(k);
  assigner_.AddFinding("warning", "lost_hyphen", named, "lost_hyphen_digits",
                       {{"raw", value}, {"word", digits}}, line);
  return true;
}

void MatchRun::RefuseWordALinePages() {
  if (!reading_order_) return;
  const std::set<int> pages = WordALinePages(doc_, seg_.begin, seg_.end);
  if (pages.empty()) return;
  std::vector<std::pair<std::string, Provenance>> taken;
  for (const auto& [key, p] : assigner_.record().provenance)
    if (pages.count(p.page)) taken.emplace_back(key, p);
  for (const auto& [key, p] : taken) {
    const std::string raw = assigner_.Withdraw(key);
    const Line* at = View(seg_.begin).line;
    for (size_t i = seg_.begin; i < seg_.end; ++i)
      if (doc_.lines[i].page == p.page && doc_.lines[i].number == p.line) {
        at = &doc_.lines[i];
        break;
      }
    assigner_.AddFinding("warning", "word_a_line", {key}, "word_a_line",
                         {{"raw", raw}, {"page", std::to_string(p.page)}}, *at);
  }
}

bool MatchRun::RestoreLostHyphens(std::string* value, std::string* seen) {
  if (doc_.format != "text") return true;
  if (!hyphenated_built_) {
    hyphenated_built_ = true;
    for (size_t i = seg_.begin; i < seg_.end; ++i)
      for (const Cell& c : doc_.lines[i].cells) {
        const std::string& t = c.text;
        for (size_t h = t.find('-'); h != std::string::npos; h = t.find('-', h + 1)) {
          size_t a = LetterRunStart(t, h);
          size_t b = h + 1;
          if (b < t.size() && t[b] == ' ') ++b;
          size_t e = LetterRunEnd(t, b);
          if (h - a < 2 || e - b < 2) continue;
          hyphenated_.emplace(Fold(t.substr(a, h - a) + t.substr(b, e - b)), t.substr(a, e - a));
        }
      }
  }
  if (hyphenated_.empty()) return true;
  std::string out;
  size_t i = 0;
  while (i < value->size()) {
    size_t e = LetterRunEnd(*value, i);
    if (e == i) {
      out += (*value)[i++];
      continue;
    }
    std::string word = value->substr(i, e - i);
    auto it = hyphenated_.find(Fold(word));
    if (it != hyphenated_.end()) {
      bool address = value->find('@') != std::string::npos;
      if (address) {
        *seen = word + " / " + it->second;
        return false;
      }
      // The whole word only: not a part of a longer token.
      bool whole = (i == 0 || (*value)[i - 1] == ' ') &&
                   (e == value->size() || !std::isalnum(static_cast<unsigned char>((*value)[e])));
      word = whole ? it->second : word;
    }
    out += word;
    i = e;
  }
  *value = out;
  return true;
}

}  // namespace redovis
