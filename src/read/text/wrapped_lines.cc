#include "read/text/wrapped_lines.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>

#include "base/text_util.h"
#include "base/utf8.h"
#include "read/text/cut_lines.h"
#include "read/text/text_cells.h"

namespace redovis {
namespace {

// Whether `s` holds a letter or a digit: a line without one (a table's
// rule) is no paragraph's line.
// Read code point by code point, no columns built: a zero-width one, which
// Columns puts in the column before, is no letter or digit either.
bool Wordy(const std::string& s) {
  for (size_t k = 0; k < s.size();) {
    const unsigned char b = static_cast<unsigned char>(s[k]);
    if (b < 0x80) {
      if (std::isalnum(b)) return true;
      ++k;
    } else if (u_isalnum(NextCodePoint(s, &k))) {
      return true;
    }
  }
  return false;
}

// The columns of a line's first word: up to its first space or no-break
// space, or its end. A first word of ASCII is its bytes (no zero-width code
// point, no no-break space); else the columns are counted. A no-break space
// ends the word too: pdftohtml writes every space between words as one
// (`&#160;`), and the text browsers that dump its HTML keep them, so a
// line's words joined so are no one word too long for the line above.
size_t FirstWordLength(const std::string& text) {
  const size_t space = std::min(text.find(' '), text.size());
  if (std::all_of(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(space),
                  [](char ch) { return static_cast<unsigned char>(ch) < 0x80; }))
    return space;
  Columns c(text);
  size_t k = 0;
  while (k < c.size() && !c.White(k)) ++k;
  return k;
}

// Whether `s` is one address alone ("file:///C:/Users/.../redovisning.html",
// "https://..."): a scheme of letters, "://", and no space after it.
bool UrlAlone(const std::string& s) {
  const size_t colon = s.find("://");
  if (colon == std::string::npos || colon == 0 || s.find(' ') != std::string::npos) return false;
  return std::all_of(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(colon),
                     [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)) != 0; });
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
    if (IsAsciiDigit(ch))
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

// A label and its answer on one line: a colon after a word, text after it
// ("Kommun: Tyresö", "därav 65 år och över: kvinnor 0, män 1"); a
// renderer's bracketed marker ("[bookmark: _Hlk4968]") is none.
bool IsEntry(const std::string& s) {
  if (s.find_first_of("[]") != std::string::npos) return false;
  size_t colon = s.find(": ");
  return colon != std::string::npos && colon > 0 && s[colon - 1] != ' ' &&
         s.find_first_not_of(' ', colon + 1) != std::string::npos;
}

// A label and its answer on one line set off by a dash with a space on each
// side, the label of four words or fewer before it ("Totalt antal klienter -
// 29 kvinnor och 5 män"), text after it: a retyped form's colon.
bool IsDashEntry(const std::string& s) {
  for (const char* dash : {" - ", " \u2013 ", " \u2014 "}) {
    const size_t at = s.find(dash);
    if (at == std::string::npos || at == 0) continue;
    const std::string label = s.substr(0, at);
    if (label.find_first_of("[]") != std::string::npos ||
        std::count(label.begin(), label.end(), ' ') >= 4)
      return false;
    return s.find_first_not_of(' ', at + std::strlen(dash)) != std::string::npos;
  }
  return false;
}

// Words ending in a count ("Ekonomi kvinnor 11 män 6", "varav 18-29 år
// kvinnor 10 män 6"): the last word is digits only, after some text.
bool EndsInCount(const std::string& s) {
  size_t sp = s.rfind(' ');
  if (sp == std::string::npos || sp + 1 >= s.size()) return false;
  if (!AllAsciiDigits(std::string_view(s).substr(sp + 1))) return false;
  return !IsNumber(s.substr(0, sp));
}

// Words ending in two counts one space apart ("därav mellan 18 och 29 år
// 14 2": a row's cells after its label, `tr -s ' '` of a laid-out page).
bool EndsInTwoCounts(const std::string& s) {
  size_t sp = s.rfind(' ');
  return sp != std::string::npos && EndsInCount(s) && EndsInCount(s.substr(0, sp));
}

// Words ending in two counts, each before its column word ("Totalt antal
// klienter 267 kvinnor och 181 män", "därav mellan 18 och 29 år"): two of
// the last five words are numbers (digits, a comma or point after them), the
// last of them one of the last two words. A retyped form's row of counts
// without a colon after its label. `numbers_in_line` counts the line's
// numbers and ranges of numbers ("50-64"); `counts_apart`, whether the last
// two counts have a word between them.
bool EndsInCountPair(const std::string& s, int* numbers_in_line = nullptr,
                     bool* counts_apart = nullptr) {
  std::vector<std::string_view> words;
  for (size_t k = 0; k < s.size();) {
    const size_t end = std::min(s.find(' ', k), s.size());
    if (end > k) words.emplace_back(s.data() + k, end - k);
    k = end + 1;
  }
  const size_t from = words.size() > 5 ? words.size() - 5 : 0;
  int numbers = 0, in_tail = 0;
  size_t last = 0, before_last = 0;
  for (size_t k = 0; k < words.size(); ++k) {
    std::string_view w = words[k];
    while (w.size() > 1 && (w.back() == ',' || w.back() == '.')) w.remove_suffix(1);
    if (AllAsciiDigits(w)) {
      ++numbers;
      if (k >= from) ++in_tail;
      before_last = last;
      last = k;
    } else if (const size_t dash = w.find('-'); dash != std::string_view::npos &&
                                                AllAsciiDigits(w.substr(0, dash)) &&
                                                AllAsciiDigits(w.substr(dash + 1))) {
      ++numbers;  // a range ("50-64"): a number of the line, no count
    }
  }
  if (numbers_in_line) *numbers_in_line = numbers;
  if (counts_apart) *counts_apart = last >= before_last + 2;
  return in_tail >= 2 && last + 2 >= words.size() && words.size() > 2;
}

// A row's counts each with its column word ("14 kvinnor och 2 män",
// "Kvinnor: 9, Män: 3"): a pair of counts (EndsInCountPair) whose last two
// numbers have a word between them, which a phone number's groups ("060-16
// 34 92") never have.
bool CountsWithWords(const std::string& s) {
  bool apart = false;
  return EndsInCountPair(s, nullptr, &apart) && apart;
}

// A lower-case row of counts that follows one (EndsInCountPair): its label
// set off by a colon ("därav mellan 18 och 29 år: 55 kvinnor och 50 män"),
// or numbers in its label too ("därav mellan 18 och 29 år 55 kvinnor och 50
// män": four; "varav 50-64 år 3 kvinnor och 2 män": a range and two); a
// line of two counts alone ("kvinnor 14, män 2") is the rest of a label
// above it.
bool NextRowOfCounts(const std::string& s) {
  int numbers = 0;
  return EndsInCountPair(s, &numbers) && (IsEntry(s) || numbers >= 3);
}

// A numbered item's number as the first word ("3.2 Om ja, ...", "1.1."):
// digits with a dot between them, never a year ("2020?") or a count.
bool StartsNumbered(const std::string& s) {
  size_t e = s.find(' ');
  std::string_view w = std::string_view(s).substr(0, e == std::string::npos ? s.size() : e);
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  size_t dot = w.find('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 1 >= w.size()) return false;
  for (char ch : w)
    if (!IsAsciiDigit(ch) && ch != '.') return false;
  return true;
}

// A list item's box or number first, then its words: "[X] Kommun", "[ ]
// Förening", "☒ Kommun", "x Kommun" (a letter ticking the box, a capital
// after it), "1. Kommun/kommuner", "5. Organisation, ..." (one or
// two digits, a dot or a bracket, a capital), "b) Utdelningsadress", "2b)
// därav ..." (a letter before a bracket, after one or two digits or alone),
// "??Verksamheten" (html2text's box "⁰" in a column two bytes wide, cut to
// its first two bytes, glued to its item's capital: the decoder's '?' each
// byte, text_decoder.h).
// Such a line starts a line of its own, never the rest of a wrapped line above it.
bool StartsItem(const std::string& s) {
  if (s.size() > 2 && s[0] == '?' && s[1] == '?' && u_isupper(Columns(s.substr(2)).at(0)))
    return true;
  size_t rest;
  if (!s.empty() && s[0] == '[') {
    rest = s.find(']');
    if (rest == std::string::npos || rest > 4) return false;
    ++rest;
  } else {
    rest = s.find(' ');
    if (rest == std::string::npos) return false;
    std::string first = s.substr(0, rest);
    size_t digits = 0;
    while (digits < first.size() && first[digits] >= '0' && first[digits] <= '9') ++digits;
    bool numbered = digits >= 1 && digits <= 2 && first.size() == digits + 1 &&
                    (first.back() == '.' || first.back() == ')');
    // "a) Kommun: ...", "2b) därav ...": a letter, after the number if any,
    // before its bracket; any word after it.
    bool lettered = digits <= 2 && first.size() == digits + 2 && first.back() == ')' &&
                    std::isalpha(static_cast<unsigned char>(first[digits]));
    if (lettered) return s.find_first_not_of(' ', rest) != std::string::npos;
    // A box ticked with a typed letter: "x Vi har sett ...", "X Kommun".
    bool typed_mark = first == "x" || first == "X" || first == "xx" || first == "XX";
    if (!numbered && !typed_mark && GlyphBox(first) == CheckboxState::kNone) return false;
    if (numbered || typed_mark) {
      size_t at = s.find_first_not_of(' ', rest);
      if (at == std::string::npos || !u_isupper(Columns(s.substr(at)).at(0))) return false;
    }
  }
  return rest < s.size() && s[rest] == ' ' && s.find_first_not_of(' ', rest) != std::string::npos;
}

// A footnote's body: a superscript digit, a space and a capital ("²
// Inkluderar ..."); a reference mark going on in lower case is none.
bool FootnoteBody(const std::string& s) {
  size_t at = 0;
  if (!IsSuperscriptDigit(NextCodePoint(s, &at)) || at >= s.size() || s[at] != ' ') return false;
  ++at;
  return at < s.size() && u_isupper(NextCodePoint(s, &at));
}

bool AllLetters(const std::string& s) {
  Columns c(s);
  for (size_t k = 0; k < c.size(); ++k)
    if (!u_isalpha(c.at(k))) return false;
  return c.size() > 0;
}

// `s` without the blank and the cut text reader's mark at its end, where a
// word stands whole before them (cut_lines.h's WholeBeforeCut: a line cut
// between words); `s` itself otherwise.
std::string WithoutCutGap(const std::string& s) {
  const size_t before = WholeBeforeCut(s);
  return before == std::string_view::npos ? s : s.substr(0, before);
}

// The end of a word broken over two lines in a narrow column ("N" over "ej",
// "Kvinn" over "or"): a word's rest (text_cells.h's IsWordRest) under a cell
// of letters. (`above` may end in a space and the cut text reader's mark,
// kCutLine: a line cut between words, "Kvinn " cut at column 100 over "or";
// the word before the cut is whole, and the join puts the mark after the
// word's rest: WithoutCutGap.)
bool IsWordEnd(const std::string& above_text, const std::string& below) {
  return IsWordRest(below) && AllLetters(WithoutCutGap(above_text));
}

// Cells wrapped onto the next line, as `pdftotext -layout` prints a table row
// whose cells hold more than one line ("Nämnd Nämnden för personer med" over
// "funktionsnedsättning"): the next line is a continuation when each of its
// cells starts in the column where a cell of this line starts (one column
// off at most: a cell's first line may start with a space), it does not
// only continue the first cell, and no cell involved is a number or a mark
// (rows of a table of counts or marks line up the same way), and the text
// shows that it goes on (see below). A lower-case
// fragment under a word ("Kvinn" over "or") continues the word.
constexpr size_t kNotJoined = static_cast<size_t>(-1);

// Whether the text's letters outside ASCII were made '?' (iconv to ASCII
// under LC_ALL=C: "Tyres?", "f?r", "s?tt"): no byte past ASCII in any cell,
// and five '?' or more between two letters.
bool LettersLostToQuestionMarks(const std::vector<Line>& lines) {
  auto letter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
  int inside = 0;
  for (const Line& l : lines)
    for (const Cell& c : l.cells) {
      const std::string& t = c.text;
      for (size_t i = 0; i < t.size(); ++i) {
        if (static_cast<unsigned char>(t[i]) >= 0x80) return false;
        if (t[i] == '?' && i > 0 && i + 1 < t.size() && letter(t[i - 1]) && letter(t[i + 1]))
          ++inside;
      }
    }
  return inside >= 5;
}

// Whether `text` ends in a '?' right after a letter: in a text whose letters
// were lost to '?', a lost letter ("Utdelningsadress Tyres?", Tyresö) as
// often as a question's end; no sentence's end is shown.
bool EndsInLostLetter(const std::string& text) {
  return text.size() >= 2 && text.back() == '?' &&
         std::isalpha(static_cast<unsigned char>(text[text.size() - 2]));
}

// Whether `a` and `b` open with the same word of four letters or more
// (letters up to the first space, a no-break space too: pdftohtml's words
// through html2text).
bool SameFirstWord(const std::string& a, const std::string& b) {
  auto first_word = [](std::string_view s) {
    size_t at = 0, end = 0;
    while (at < s.size()) {
      const UChar32 c = NextCodePoint(s, &at);
      if (!u_isalpha(c)) break;
      end = at;
    }
    size_t next = end;
    const bool ends = end == s.size() || u_isspace(NextCodePoint(s, &next));
    return ends ? s.substr(0, end) : std::string_view();
  };
  const std::string_view wa = first_word(a);
  return !wa.empty() && wa == first_word(b) && CodePointCount(wa) >= 4;
}

bool Continues(const Line& a, const Line& b, bool stripped, std::vector<size_t>* into,
               int taken = 0, bool lost_letters = false) {
  if (a.cells.size() < 2 || a.page != b.page || b.number != a.number + 1 + taken || b.Blank())
    return false;
  into->clear();
  // A text whose left margin was stripped moved each line left by its own
  // margin: a line of one cell at column 0 may have stood under any cell
  // of the row (whose wrap it is is not told). A line of several cells
  // each in a column of the row was moved as the row was.
  if (stripped && b.cells.size() == 1 && b.cells[0].x0 == 0) return false;
  // Besides the columns, the text must show that it goes on: a cell ending in
  // a hyphen, comma or slash, a fragment starting in lower case, digits going
  // on, or a single fragment under a cell that is not the first.
  bool evidence = false;
  for (const Cell& c2 : b.cells) {
    size_t j = 0;
    while (j < a.cells.size() && std::abs(a.cells[j].x0 - c2.x0) > 1) ++j;
    if (j == a.cells.size()) return false;
    const std::string& t1 = a.cells[j].text;
    if (IsWordEnd(t1, c2.text)) {
      into->push_back(j);
      evidence = true;
      continue;
    }
    // A short word broken at its hyphen, its rest in lower case under it
    // ("E-" over "postadress": html2text at 60 columns) goes on.
    if (IsShort(t1) && t1.size() >= 2 && t1.back() == '-' && u_isalpha(Columns(t1).at(0)) &&
        StartsLowerCase(c2.text) && c2.text.find('@') == std::string::npos) {
      into->push_back(j);
      evidence = true;
      continue;
    }
    if (IsShort(t1) || IsNumber(t1)) return false;
    // A cell that repeats the one above it (the same first word, of four
    // letters or more: "varav 30-49 år" over "varav 50-64 år", "Kvinnor: 9,
    // Män: 3" over "Kvinnor: 6, Män: 0"; or a row of counts under a row of
    // counts, "14 kvinnor och 2 män" over "7 kvinnor och 3 män") is the next
    // row of a list, whatever its case.
    if (SameFirstWord(t1, c2.text) || (CountsWithWords(t1) && CountsWithWords(c2.text)))
      return false;
    // A piece at a cell's column reaching under the next cell, which ends
    // unfinished in a hyphen ("Nämnd  Arbetsmarknads-" over "och
    // socialnämnden", "E-postadress  inga-" over "lill.nilsson@timra.se": a
    // label and its answer two spaces apart in one table cell, whose wrap
    // starts at the cell's left): the rest of either, not told (kNotJoined;
    // the piece stays on a line of its own, under both).
    if (j + 1 < a.cells.size() && c2.x1 > a.cells[j + 1].x0 && !a.cells[j + 1].text.empty() &&
        a.cells[j + 1].text.back() == '-') {
      into->push_back(kNotJoined);
      evidence = true;
      continue;
    }
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
    if (last == '-' || last == ',' || last == '/' || StartsLowerCase(c2.text) ||
        (last >= '0' && last <= '9' && IsNumber(c2.text.substr(0, 1))))
      evidence = true;
  }
  // Only the first cell going on: a new row of the table, unless it goes on
  // in lower case after a cell that does not end a sentence (in a text whose
  // letters were lost to '?', a '?' after a letter ends none: "Tyres?" over
  // "kommun").
  // Nor where it opens with the cell's own first word, of four letters or
  // more: the next row of the table, its cells empty ("därav mellan 50 och
  // 64 år   6   0" over "därav 65 år och över").
  // A list item's text after its short first cell (a mark or a number:
  // "X  Verksamheten ...") is held to the same test as a first cell: a
  // capitalised line under it is the next item, whose empty box was typed
  // as a space.
  if (b.cells.size() == 1) {
    const size_t under = (*into)[0];
    const bool item = under == 1 && a.cells.size() == 2 && IsShort(a.cells[0].text);
    if (under != 0 && !item) return true;
    const std::string& first = a.cells[item ? 1 : 0].text;
    bool ends = EndsSentence(first) && !(lost_letters && EndsInLostLetter(first));
    return StartsLowerCase(b.cells[0].text) && !ends && !SameFirstWord(first, b.cells[0].text);
  }
  return evidence;
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

// A row's cells right of its last cell's start, set a line lower than the
// row's first line (`pdftotext -layout -fixed 5` squeezes the columns: a
// cell of fewer lines stands centred beside the others, "E-postadress" a
// line under "Nämnd Nämnden för personer med" and "Telefon ... 021-"; a
// header's words overflow the next column, whose word, "Nej" or "N" over
// "ej", is pushed onto the lines under them): `b`'s cells each start past
// the start of `a`'s last cell (no wrap of that cell starts there), and `c`,
// the line right after `b`, goes on with `a` and `b`'s cells as one row
// (Continues). Returns `a` with `b`'s cells after its own, its last cell's
// extent cut where the first of them starts; false for any other lines.
bool Beside(const Line& a, const Line& b, Line* out) {
  if (a.cells.empty() || a.Blank() || b.cells.empty() || b.Blank() || a.page != b.page ||
      b.number != a.number + 1)
    return false;
  const Cell& last = a.cells.back();
  for (const Cell& w : b.cells)
    if (w.text.empty() || w.x0 <= last.x0 + 1) return false;
  *out = a;
  out->cells.back().x1 = std::min(last.x1, b.cells.front().x0);
  out->cells.insert(out->cells.end(), b.cells.begin(), b.cells.end());
  return true;
}

bool WithCellsBeside(const Line& a, const Line& b, const Line& c, bool stripped, Line* out) {
  std::vector<size_t> into;
  return a.cells.size() >= 2 && Beside(a, b, out) && Continues(*out, c, stripped, &into, 1);
}

// Two columns whose rows each stand half a line apart (`pdftotext -layout
// -fixed 6` and wider: "Kontaktperson Susanne Aspling Björkstén 021-39",
// "Avdelning/Enhet Personligt" a line under it further right, then "20 82
// susanne...@vasteras.se", then "Ombud Västmanland"): `b` beside `a`
// (Beside), and either `c` goes on with them as one row, or `c` and `d`
// are one such pair, `d` starting in `b`'s column, that goes on with them
// (Continues). Returns the row `a` and `b` make, and in `*next` the row `c`
// and `d` make (`c` itself when `d` is not part of it), or false.
constexpr double kIndent = 5;  // columns: "10. " and less is an indent

// Whether `first` runs past the start of `beside`, the line under it, by as
// much as `beside` starts right of it: one paragraph's lines (a mail
// re-wrapped them: "Tendenser till förändring av vilka grupper ..." over
// "        Ser ni några tendenser ..."), not two columns, where the squeezed
// left one overruns the right one's start by a word at most.
bool Overruns(const Line& first, const Line& beside) {
  const double from = first.cells.front().x0, at = beside.cells.front().x0;
  return first.cells.back().x1 - at >= at - from;
}

bool StaggeredRows(const Line& a, const Line& b, const Line& c, const Line* d, bool stripped,
                   Line* out, Line* next, bool* took_d) {
  // `b` a column's width right of `a`, not an indent under a box, a number or
  // a bullet ("☐ Verksamheten ... till" over "  klienterna").
  if (a.cells.size() != 1 || b.cells.front().x0 < a.cells.front().x0 + kIndent || Overruns(a, b) ||
      !Beside(a, b, out))
    return false;
  std::vector<size_t> into;
  *took_d = false;
  // The wrap goes on with `a`'s cell and with one of `b`'s, or, alone under
  // `a`, in lower case and ending before `b`'s column ("Utdelningsadress
  // Tyresö" ... "kommun"; a line across both is a paragraph a mail re-wrapped):
  // a line under `b` alone is `b`'s own ("Kommun" over "Lindesberg" beside a
  // heading).
  auto both = [&](const Line& wrap) {
    return !into.empty() && into.front() == 0 &&
           (into.back() != 0 ||
            (wrap.cells.size() == 1 && StartsLowerCase(wrap.cells.front().text) &&
             wrap.cells.front().x1 <= b.cells.front().x0));
  };
  if (Continues(*out, c, stripped, &into, 1) && both(c)) {
    *next = c;
    return true;
  }
  if (d == nullptr || std::abs(d->cells.front().x0 - b.cells.front().x0) > 1 || Overruns(c, *d) ||
      !Beside(c, *d, next))
    return false;
  *took_d = true;
  return Continues(*out, *next, stripped, &into, 1) && both(*next);
}

}  // namespace

// In place: the lines kept are moved down over those joined into them.
void JoinContinuations(std::vector<Line>* lines, std::vector<bool>* plain) {
  std::vector<Line>& ls = *lines;
  std::vector<bool>& ps = *plain;
  size_t w = 0;  // lines kept so far: [0, w)
  std::vector<size_t> into;
  const bool stripped = MarginStripped(ls);
  const bool lost_letters = LettersLostToQuestionMarks(ls);
  bool joined_last = false;
  size_t rest_row = kNotJoined;  // the row a join just left a piece of its line under
  int rest_lines = 0;            // that row's fragments joined after the piece's line
  std::set<size_t> rest_into;    // the cells of that row the join went on
  int taken = 0;                 // lines after ls[w - 1] taken into it (WithCellsBeside)
  size_t drop = kNotJoined;      // a line taken into the one before it (StaggeredRows)
  for (size_t k = 0; k < ls.size(); ++k) {
    if (k == drop) continue;
    Line& l = ls[k];
    const size_t row = std::exchange(rest_row, kNotJoined);  // the line before left a piece
    // A row's cells set a line under its first line (WithCellsBeside):
    // cells of the row, so that the line after goes on with all of them.
    if (w > 0 && !joined_last && ps[w - 1] && ps[k] && k + 1 < ls.size() && ps[k + 1]) {
      Line with;
      if (WithCellsBeside(ls[w - 1], l, ls[k + 1], stripped, &with)) {
        ls[w - 1] = std::move(with);
        taken = 1;
        continue;
      }
      // Rows of two columns staggered half a line (StaggeredRows): the
      // line after, with its own line beside it, is the row's wrap.
      Line next;
      bool took_d = false;
      const Line* d = k + 2 < ls.size() && ps[k + 2] ? &ls[k + 2] : nullptr;
      if (StaggeredRows(ls[w - 1], l, ls[k + 1], d, stripped, &with, &next, &took_d)) {
        ls[w - 1] = std::move(with);
        ls[k + 1] = std::move(next);
        if (took_d) drop = k + 2;
        taken = 1;
        continue;
      }
    }
    const int skipped = std::exchange(taken, 0);
    // A row's cell going on past the piece a join left on a line of its own
    // (an address broken at a hyphen): one fragment under a cell of the row
    // that the join went on, clear of the piece ("Avdelning/Enhet" /
    // "Personligt Ombud" / "Västmanland" beside "ulla-" / "britt.backman@...",
    // html2text at 100 columns), is that cell's third line; and so is each
    // such fragment after it, the cell going on ("Personligt" / "Ombud" /
    // "Västmanland" under "Avdelning/" / "Enhet", html2text at 80).
    if (row != kNotJoined && row + 2 == w && l.cells.size() == 1 && ps[k] && ps[row] &&
        Continues(ls[row], l, stripped, &into, skipped + 1 + rest_lines, lost_letters) &&
        into[0] != 0 && into[0] != kNotJoined && rest_into.count(into[0]) &&
        std::none_of(ls[w - 1].cells.begin(), ls[w - 1].cells.end(),
                     [&](const Cell& c) { return c.x1 > l.cells[0].x0 && c.x0 < l.cells[0].x1; })) {
      Cell& c1 = ls[row].cells[into[0]];
      c1.text += " " + l.cells[0].text;
      c1.x1 = std::max(c1.x1, l.cells[0].x1);
      rest_row = row;
      ++rest_lines;
      continue;
    }
    if (w > 0 && !joined_last && ps[w - 1] && ps[k] &&
        Continues(ls[w - 1], l, stripped, &into, skipped, lost_letters)) {
      std::set<size_t> went_on;
      std::vector<Cell> rest;
      for (size_t m = 0; m < into.size(); ++m) {
        if (into[m] == kNotJoined) {
          rest.push_back(std::move(l.cells[m]));
          continue;
        }
        went_on.insert(into[m]);
        Cell& c1 = ls[w - 1].cells[into[m]];
        const Cell& c2 = l.cells[m];
        if (IsWordEnd(c1.text, c2.text)) {
          // The word's rest before the cut's mark, if any ("Kvinnor " and
          // the mark: a column word the header's reader knows).
          const std::string word = WithoutCutGap(c1.text);
          c1.text = word + c2.text + c1.text.substr(word.size());
        } else {
          const bool rest = AllLower(c2.text) && IsShort(c2.text) &&
                            StartsLowerCase(c1.text.substr(c1.text.size() - 1));
          c1.text += (rest ? "" : " ") + c2.text;
        }
        c1.x1 = std::max(c1.x1, c2.x1);
      }
      joined_last = true;
      if (!rest.empty()) {  // w <= k: each line gives at most one
        rest_row = w - 1;
        rest_lines = 0;
        rest_into = went_on;
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

// the next line's first word would not have fitted in the widest one-cell line
// that has a letter or a digit.
void JoinWrapped(std::vector<Line>* lines, const std::vector<bool>& plain) {
  // A line without a letter or a digit (a table's rule left over where a
  // page's header broke its table) is no paragraph's line (Wordy).
  auto wordy = [](const std::string& s) { return Wordy(s); };
  // The width paragraphs wrap at: the widest one-cell line's, and, per
  // column the lines start in, that column's own where it shows a wrap of
  // its own (a rendering wrapped at 30 columns, whose tables' one-cell lines,
  // indented under their rules, are wider). A line of one word shows no
  // column's own wrap: a word longer than the wrap (an e-mail address, a
  // long compound) stands alone on a line wider than the rest
  // ("vasternorrland@lansstyrelsen.se" in a text wrapped at 20 columns).
  double widest = 0;
  std::map<double, double>
      widths;  // column -> the widest one-cell line of two words or more starting there
  for (size_t k = 0; k < lines->size(); ++k) {
    const std::vector<Cell>& cells = (*lines)[k].cells;
    if (plain[k] && cells.size() == 1 && wordy(cells[0].text)) {
      double& w = widths[cells[0].x0];
      widest = std::max(widest, cells[0].x1);
      // Two words or more: parted by a space or a no-break space (pdftohtml's).
      if (cells[0].text.find(' ') != std::string::npos ||
          cells[0].text.find("\xC2\xA0") != std::string::npos)
        w = std::max(w, cells[0].x1);
    }
  }
  // Lines narrower than this are not taken for a wrapped paragraph's width...
  constexpr double kMinWrapWidth = 40;
  // ... unless the column shows a wrap at its own width, down to this: at
  // least kMinWrappedLines of its lines end near that width where the next
  // line's first word would not have fitted (a word: a count alone under its
  // label, a table written one cell a line, shows no wrap).
  constexpr double kMinNarrowWidth = 20;
  constexpr int kMinWrappedLines = 8;
  std::map<double, int> full;  // column -> its lines ending full
  for (size_t k = 0; k + 1 < lines->size(); ++k) {
    const std::vector<Cell>& cells = (*lines)[k].cells;
    const std::vector<Cell>& next = (*lines)[k + 1].cells;
    if (!plain[k] || !plain[k + 1] || cells.size() != 1 || next.size() != 1 ||
        cells[0].x0 != next[0].x0 || !wordy(cells[0].text) || IsNumber(next[0].text))
      continue;  // a number alone on the next line is a cell of its own, no wrap's evidence
    double own = widths[cells[0].x0];
    if (cells[0].x1 >= 0.8 * own &&
        cells[0].x1 + 1 + static_cast<double>(FirstWordLength(next[0].text)) > own)
      ++full[cells[0].x0];
  }
  for (auto& [x0, width] : widths) {
    bool own = width >= kMinNarrowWidth && full[x0] >= kMinWrappedLines;
    width = own ? width : widest >= kMinWrapWidth ? widest : 0;
  }
  if (std::all_of(widths.begin(), widths.end(), [](const auto& w) { return w.second == 0; }))
    return;
  // In place: the lines kept are moved down over those joined into them.
  std::vector<Line>& ls = *lines;
  size_t w = 0;                // lines kept so far: [0, w)
  bool last_joinable = false;  // whether ls[w - 1] is a one-cell plain line
  double last_end = 0;         // where the last physical line of ls[w - 1] ends
  bool prev_joined = false;    // whether ls[w - 1] is lines joined already
  // In a text whose margin was stripped, a line of one cell a mail may have
  // broken off the row above it (MayBeBrokenOff) is never joined to the
  // line below: that may go on any of the row's cells ("Postort Tyresö" /
  // "kommun" under "Utdelningsadress Tyresö  Postnummer 13581").
  const bool stripped = MarginStripped(ls);
  for (size_t k = 0; k < ls.size(); ++k) {
    Line& l = ls[k];
    // A line without a letter or a digit (a rule a text browser draws for a
    // page's `<hr>`, "━━━━" or "====") joins nothing and takes nothing.
    bool one = plain[k] && l.cells.size() == 1 && wordy(l.cells[0].text);
    // A column no paragraph wraps in (its width 0) joins nothing.
    double width = 0;
    if (one && w > 0 && last_joinable) {
      auto it = widths.find(ls[w - 1].cells[0].x0);
      width = it != widths.end() ? it->second : widest >= kMinWrapWidth ? widest : 0;
    }
    if (width > 0) {
      Line& prev = ls[w - 1];
      Cell& p = prev.cells[0];
      const Cell& c = l.cells[0];
      // A question or a label ends its line ('?', ':'): what follows is its
      // answer, never the rest of its words, unless it goes on in lower case.
      bool asks = !p.text.empty() && (p.text.back() == '?' || p.text.back() == ':');
      // A sentence ended and the next line starts a capitalised one: a new
      // sentence, paragraph or label, whatever the width (text typed without
      // wrapping has one widest line, followed by the next paragraph).
      bool new_sentence = EndsSentence(p.text) && !StartsLowerCase(c.text);
      // A capitalised "Label: value" line is an entry of its own ("Kommun:
      // Tyresö" after the widest line of the heading above it), never the
      // rest of the line before.
      bool entry = IsEntry(c.text) && u_isupper(Columns(c.text).at(0));
      bool item = StartsItem(c.text);
      // An address alone on its line (a browser's running footer,
      // "file:///C:/...") is one long word: that it would not have fitted
      // shows no wrap.
      bool wrapped = !asks && !new_sentence && !entry && !item && !UrlAlone(c.text) &&
                     last_end + 1 + static_cast<double>(FirstWordLength(c.text)) > width;
      // A line followed by one that goes on in lower case, when it is long
      // ("... och söker" + "stöd av ...": the width of proportional text varies
      // from line to line) or does not end a sentence ("4. Tillgång" + "till
      // personligt ombud").
      // A short line holding a label and its answer ("Totalt antal klienter:
      // kvinnor 30, män 17") is an entry of its own: the next line in lower
      // case ("därav ...: kvinnor 9") is the next entry, not its rest. So are
      // two short lines that each end in a count, without a colon ("Totalt
      // antal klienter kvinnor 40 män 22" / "varav 18-29 år kvinnor 10 män 6"),
      // and a line ending in two counts with their column words, without a
      // colon ("Totalt antal klienter 267 kvinnor och 181 män": a retyped
      // row), before the next row ending so ("därav mellan 18 och 29 år: 55
      // kvinnor och 50 män", or without its colon: NextRowOfCounts),
      // and a row's label joined to its counts on the line under it
      // ("Totalt antal klienter" / "kvinnor 29, män 5"): the next line is
      // the next row's label ("därav mellan 18 och 29 år"). So is a row's
      // label with two counts after it ("därav ... år 14 2" / "därav 65 år
      // och över": a row's cells one space apart, the next row empty).
      // A number or a check-box glyph alone on its line is a cell of its own
      // (a table written one cell per line), never a paragraph's start.
      bool lone_value = IsNumber(p.text) || GlyphBox(p.text) != CheckboxState::kNone;
      // Two lines opening with the same word of four letters or more are two
      // rows of a list ("därav mellan 50 och 64 år" / "därav 65 år och
      // över": a row left empty, its label alone), never a line and its rest.
      // An address alone on its line (a browser's running footer,
      // "file:///C:/..."), its scheme in lower case, goes on no line.
      // An e-mail address alone on its line goes on a label's line
      // ("E-postadress" / "sociala@timra.se") and a line broken at a hyphen
      // ("anna-" / "lena.engs-" / "tedt@tyreso.se"), but not another
      // paragraph already wrapped: its lower case is no sign of going on, and
      // in reading order it is another cell's ("Nämnd Arbetsmarknads- och" /
      // "socialnämnden" / "tedt@tyreso.se", the rest of an address broken on
      // a line above).
      bool other_cells = prev_joined && AddressAlone(c.text) && p.text.back() != '-';
      bool goes_on = !lone_value && !item && StartsLowerCase(c.text) && !UrlAlone(c.text) &&
                     !other_cells && !SameFirstWord(p.text, c.text) &&
                     (last_end >= 0.6 * width ||
                      (!EndsSentence(p.text) && !IsEntry(p.text) && !IsDashEntry(p.text) &&
                       !(EndsInCount(p.text) &&
                         (EndsInCount(c.text) || prev_joined || EndsInTwoCounts(p.text))) &&
                       !(EndsInCountPair(p.text) && NextRowOfCounts(c.text))));
      // A section's number alone on its line, its title on the next ("4." /
      // "Tillgång till personligt ombud"): one heading.
      // A long line that does not end a sentence and one starting with a
      // year or a number in words going on ("... under" / "2020? I så fall"):
      // the question's words wrapped.
      // A numbered question ("1.3 Om ja, ...") starts a line of its own.
      bool digit_goes_on = last_end >= 0.6 * width && !EndsSentence(p.text) && !item &&
                           u_isdigit(Columns(c.text).at(0)) && !IsNumber(c.text) &&
                           !StartsNumbered(c.text) && c.text.find(' ') != std::string::npos;
      // A wrapped paragraph whose line ends in a comma goes on at the next
      // line, whatever its case: a reflow at another width (`fold -s`) left
      // the tail of a list ("..., Surahammar," / "Norberg,") on a short
      // line of its own, and the list's next line ("Fagersta och ...")
      // starts with a name. So does a long line ending in a comma: `fmt`
      // fills its lines short of the width, and ended "..., Surahammar,"
      // where "Norberg," would have fitted.
      bool list_goes_on = (prev_joined || last_end >= 0.75 * width) && !lone_value &&
                          p.text.back() == ',' && !entry && !IsNumber(c.text) &&
                          GlyphBox(c.text) == CheckboxState::kNone;
      goes_on = goes_on || digit_goes_on || list_goes_on;
      bool number_alone =
          SectionNumber(p.text) && l.number == prev.number + 1 && u_isupper(Columns(c.text).at(0));
      // A footnote's body ("² Inkluderar ...": its mark, a space, a
      // capital) opens its own line, never the rest of the line above (a
      // wrapped label may go on with its reference mark: "² vilka är ...");
      // once it has ended its sentence it ends there: a line after it in
      // lower case is the page's text going on round the note (ps2ascii
      // prints a page's foot where it falls in the text, without a form
      // feed), never the note's.
      bool note = FootnoteBody(c.text) || (EndsSentence(p.text) && FootnoteBody(p.text));
      if (prev.page == l.page && p.x0 == c.x0 && !note && (wrapped || goes_on || number_alone) &&
          !(stripped && MayBeBrokenOff(ls, w - 1, widest))) {
        p.text += " " + c.text;
        p.x1 = std::max(p.x1, c.x1);
        last_end = c.x1;
        prev_joined = true;
        continue;
      }
    }
    prev_joined = false;
    last_end = one ? l.cells[0].x1 : 0;
    if (w != k) ls[w] = std::move(l);
    ++w;
    last_joinable = one;
  }
  ls.resize(w);
}

double WrapWidth(const std::vector<Line>& lines, size_t begin, size_t end) {
  double widest = 0;
  for (size_t k = begin; k < end && k < lines.size(); ++k) {
    const Line& l = lines[k];
    if (l.cells.size() == 1 && Wordy(l.cells[0].text)) widest = std::max(widest, l.cells[0].x1);
  }
  return widest;
}

bool MayBeBrokenOff(const std::vector<Line>& lines, size_t k, double width) {
  auto first = [](const Line& l, size_t* filled) {
    const Cell* f = nullptr;
    *filled = 0;
    for (const Cell& c : l.cells)
      if (!c.text.empty() && (*filled)++ == 0) f = &c;
    return f;
  };
  for (; k > 0 && k < lines.size(); --k) {
    size_t n = 0, above_n = 0;
    const Cell* c = first(lines[k], &n);
    const Cell* a = first(lines[k - 1], &above_n);
    if (n != 1 || c->x0 != 0 || above_n == 0 || lines[k - 1].page != lines[k].page) return false;
    if (above_n > 1) return true;
    // A line of one cell above: a tail broken again only where this line's
    // first word would not have fitted on it.
    if (a->x0 != 0 || a->x1 + 1 + static_cast<double>(FirstWordLength(c->text)) <= width)
      return false;
  }
  return false;
}

bool MayHaveBroken(const Line& row, const std::string& tail, const std::string& below,
                   double width) {
  if (below.empty() || row.cells.empty()) return false;
  // A word in lower case goes on a wrap ("kommun"); an address or a code
  // ("nf@vasteras.se") is a value of its own.
  if (StartsLowerCase(below) && AllLetters(below.substr(0, below.find(' ')))) return true;
  return row.cells.back().x1 + 2 + static_cast<double>(FirstWordLength(tail)) > width;
}

}  // namespace redovis
