#include "read/text/folded_lines.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdlib>
#include <set>
#include <utility>

#include "base/text_util.h"
#include "base/utf8.h"
#include "read/text/fold_rests.h"
#include "redovis/document.h"

namespace redovis {
namespace {

bool AllBlank(std::string_view line) {
  return std::all_of(line.begin(), line.end(), IsBlank);
}

// The column after byte `c` at column `col`, as `fold` counts it.
int Advance(int col, char c) {
  return c == '\t' ? (col / 8 + 1) * 8 : col + 1;
}

int Width(std::string_view line) {
  int col = 0;
  for (char c : line) col = Advance(col, c);
  return col;
}

bool HasWordCharacter(std::string_view line) {
  for (char c : line) {
    auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (u >= '0' && u <= '9') || ((u | 0x20) >= 'a' && (u | 0x20) <= 'z'))
      return true;
  }
  return false;
}

// True when `line` ends in a small letter, or in a comma, a full stop, a
// colon or a semicolon, and `next` starts with a capital: a word (and its
// punctuation) that ended where `next`'s began, as no word holds a capital
// after a small letter or a comma ("tyreso.se" / "Detta",
// "intresseföreningar," / "Region").
bool EndedBeforeCapital(std::string_view line, std::string_view next) {
  if (line.empty()) return false;
  size_t first = 0;
  if (!u_isupper(NextCodePoint(next, &first))) return false;
  if (std::string_view(",.:;").find(line.back()) != std::string_view::npos) return true;
  size_t last = CodePointStart(line, line.size() - 1);
  return u_islower(NextCodePoint(line, &last));
}

// True when `line` ended where `next`'s first word began, so that no hard
// fold cut a word there: `next` opens with a capital and a small letter, and
// `line` ends as EndedBeforeCapital tells or in a digit (a row's last count,
// the next row's label: "4" / "Sysselsättning"), as no word holds a capital
// after a small letter and no number runs into a word. A row's header at the
// width ("Kvinnor  Män" / "Totalt antal klienter  29  5") is whole; "So" /
// "L och LSS" is not told (a capital alone may end a word: "SoL").
bool EndedBeforeWord(std::string_view line, std::string_view next) {
  size_t i = 0;
  if (!u_isupper(NextCodePoint(next, &i)) || !u_islower(NextCodePoint(next, &i))) return false;
  return EndedBeforeCapital(line, next) ||
         (!line.empty() && line.back() >= '0' && line.back() <= '9');
}

// True when `next` goes on with the rest of a run of spaces `fold` broke
// inside: it starts with a space, and after its spaces comes a word (no tab:
// a tabbed text's, where a row's end and its cells cannot be told apart,
// below) or nothing (a row's padding past the width).
bool GoesOnInRun(std::string_view next) {
  size_t word = next.find_first_not_of(' ');
  return !next.empty() && next[0] == ' ' && (word == std::string_view::npos || next[word] != '\t');
}

// True when `fold -s` at `width` broke `line` before `next` (see the header).
// True when `next`'s first word, and the blank after it, would have run
// past `width` after `line`: `fold -s` would have broken the two at the
// blank `line` ends in.
bool NextWordWouldNotFit(std::string_view line, std::string_view next, int width) {
  int col = Width(line);
  for (char c : next) {
    col = Advance(col, c);
    if (col > width) return true;
    if (IsBlank(c)) return false;
  }
  return false;
}

// True when `c` draws a table's rule or border (pandoc's dashed rules, a
// grid's "+---+" and "+===+").
bool RuleCharacter(char c) {
  return c == '-' || c == '=' || c == '+';
}

bool ProvenBroken(std::string_view line, std::string_view next, int width) {
  // A page's first line (a form feed before it) began a line of its own:
  // `fold` breaks no line before it.
  if (next.empty() || line.empty() || next[0] == '\f') return false;
  // A rule longer than the width, cut where the line ends: nothing but a
  // rule's characters as wide as the width, the next line going on with one
  // (or with the blank between two of its groups, alone on its line when
  // the next group would not have fitted after it).
  if (std::all_of(line.begin(), line.end(), RuleCharacter))
    return Width(line) == width &&
           (RuleCharacter(next[0]) ||
            (next[0] == ' ' && (next.size() == 1 || RuleCharacter(next[1]))));
  if (std::any_of(line.begin(), line.end(), IsBlank) || !HasWordCharacter(line)) {
    if (!IsBlank(next[0])) return line.back() == ' ' && NextWordWouldNotFit(line, next, width);
    // A break inside a run of spaces (a laid-out text's gap between
    // columns, a table's row padded to its width): the line runs to the
    // width and ends in a space, the next line goes on with the run.
    return line.back() == ' ' && Width(line) == width && GoesOnInRun(next);
  }
  // A word that filled the line, cut before the blank that would not have
  // fitted ("Socialförvaltningen" / " Lindesberg"): the next line goes on
  // with the blanks after it (a gap, a grid cell's padding).
  if (next[0] == ' ') return Width(line) == width && GoesOnInRun(next);
  if (IsBlank(next[0])) return false;
  if (EndedBeforeCapital(line, next)) return false;
  return Advance(Width(line), next[0]) > width;
}

// True when `line` holds nothing but blanks and a rule's characters.
bool RuleLine(std::string_view line) {
  return std::all_of(line.begin(), line.end(),
                     [](char c) { return IsBlank(c) || RuleCharacter(c); });
}

// The lines `fold` made of one line are joined; a table's rule stands on
// a line of its own, so where a run of lines proven broken would join text
// and then a rule (a row padded to the width, or its padding's last blanks,
// before the rule's indent: "  Om nej, ange varför.   " / "  " / "-----"),
// the rule is a line of its own again: it starts at the blanks alone on a
// line narrower than the width right before its first dashes (its indent,
// cut off because the dashes would not have fitted), else at those dashes'
// line. A rule is blanks and rule characters, 3 dashes or more in a row.
void SplitRulesFromText(const std::vector<std::string_view>& lines, int width,
                        std::vector<bool>* broken) {
  for (size_t k = 0; k < lines.size();) {
    size_t m = k;
    while (m + 1 < lines.size() && (*broken)[m]) ++m;  // lines[k..m] make one line
    size_t f = m + 1;  // the first line of the rule that ends the run
    while (f > k && RuleLine(lines[f - 1])) --f;
    while (f <= m && AllBlank(lines[f])) ++f;
    bool text = false;
    for (size_t j = k; j < f && !text; ++j) text = !RuleLine(lines[j]);
    bool dashes = false;
    for (size_t j = f; j <= m && !dashes; ++j)
      dashes = lines[j].find("---") != std::string_view::npos;
    if (f > k && f <= m && text && dashes) {
      if (f - 1 > k && AllBlank(lines[f - 1]) && Width(lines[f - 1]) < width) --f;
      (*broken)[f - 1] = false;
    }
    k = m + 1;
  }
}

// The characters of a line (code points, a tab one): its width as a
// table pads it, whatever the bytes of its letters.
size_t Characters(std::string_view line) {
  return static_cast<size_t>(std::count_if(line.begin(), line.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

// In a text of tables with rules whose lines end in padding (2 rules or
// more; 8 or more lines narrower than the width, blanks alone among them,
// end in a blank before an empty line or the end: a table's rows padded to
// their columns, pandoc's), a line as wide as the width that ends
// in a blank may be a row whose padding ended at the width, and the next
// line's blanks the indent of the next row, as well as a row broken inside
// a gap: a join into a run of blanks is not proven there. Such joins are
// undone where they would make a line wider than every line the text
// makes without one (its rules, its paragraphs: no table's row is wider
// than its rules), in characters, from the run's first line on.
void BoundJoinsIntoRuns(const std::vector<std::string_view>& lines, int width,
                        std::vector<bool>* broken) {
  const size_t n = lines.size();
  int padded = 0;
  for (size_t k = 0; k < n; ++k) {
    std::string_view l = lines[k];
    if (!l.empty() && l.back() == ' ' && Width(l) < width && (k + 1 == n || lines[k + 1].empty()))
      ++padded;
  }
  if (padded < 8) return;
  int rules = 0;  // tables' rules: lines of dashes and blanks, dashes joined
  for (size_t k = 0; k < n;) {
    size_t m = k;
    bool rule = true, dashes = false;
    for (;; ++m) {
      rule = rule && RuleLine(lines[m]);
      dashes = dashes || lines[m].find("---") != std::string_view::npos;
      if (m + 1 >= n || !(*broken)[m]) break;
    }
    if (rule && dashes) ++rules;
    k = m + 1;
  }
  if (rules < 2) return;
  auto into_run = [&](size_t k) {
    return (*broken)[k] && Width(lines[k]) == width && GoesOnInRun(lines[k + 1]);
  };
  size_t widest = 0;
  for (size_t k = 0; k < n;) {
    size_t m = k, chars = Characters(lines[k]);
    bool run = false;
    for (; m + 1 < n && (*broken)[m]; ++m) {
      run = run || into_run(m);
      chars += Characters(lines[m + 1]);
    }
    if (!run) widest = std::max(widest, chars);
    k = m + 1;
  }
  for (size_t k = 0; k < n;) {
    size_t m = k, chars = Characters(lines[k]);
    for (; m + 1 < n && (*broken)[m]; ++m) {
      if (into_run(m)) {
        size_t j = m + 1, piece = Characters(lines[j]);
        for (; j + 1 < n && (*broken)[j] && !into_run(j); ++j) piece += Characters(lines[j + 1]);
        if (chars + piece > widest) {
          (*broken)[m] = false;
          chars = 0;
        }
      }
      chars += Characters(lines[m + 1]);
    }
    k = m + 1;
  }
}

}  // namespace

std::vector<std::string_view> SplitAtLineFeeds(std::string_view bytes) {
  std::vector<std::string_view> lines;
  for (size_t b = 0;;) {
    size_t e = bytes.find('\n', b);
    lines.push_back(bytes.substr(b, e == std::string_view::npos ? e : e - b));
    if (e == std::string_view::npos) break;
    b = e + 1;
  }
  return lines;
}

namespace {

// True when some line of `lines` holds a gap of two blanks or more between
// two characters that are no blank: a laid-out text's columns. Raw
// `pdftotext` (its pages at form feeds too) writes one space between words.
bool HasInnerGap(const std::vector<std::string_view>& lines) {
  for (std::string_view l : lines) {
    for (size_t at = l.find("  "); at != std::string_view::npos; at = l.find("  ", at + 2)) {
      size_t after = l.find_first_not_of(" \t", at);
      if (after != std::string_view::npos && l.find_first_not_of(" \t\f") < at) return true;
    }
  }
  return false;
}

}  // namespace

// The widest line a text wrapped narrow may have (RefilledTabbedText).
constexpr int kRefilledWidest = 100;

int UnfoldedText::FoldedNumber(int number) const {
  if (number < 1 || static_cast<size_t>(number) > numbers.size()) return number;
  return numbers[static_cast<size_t>(number) - 1];
}

bool UnfoldLines(std::string_view bytes, UnfoldedText* out) {
  if (FindAnyOf(bytes, std::string_view("\r\0", 2)) != std::string_view::npos) return false;
  std::vector<std::string_view> lines = SplitAtLineFeeds(bytes);
  int width = 0;
  for (std::string_view l : lines) width = std::max(width, Width(l));
  std::vector<bool> broken(lines.size(), false);
  int proven = 0, unproven = 0, in_gaps = 0;
  for (size_t k = 0; k + 1 < lines.size(); ++k) {
    broken[k] = ProvenBroken(lines[k], lines[k + 1], width);
    std::string_view l = lines[k], next = lines[k + 1];
    // A row broken inside a gap before a word (not before its padding alone).
    if (broken[k] && !next.empty() && next[0] == ' ' && !AllBlank(next)) ++in_gaps;
    if (l.empty() || l.back() != ' ' || AllBlank(l)) continue;
    // A line as wide as the fold may be a cut anywhere (`fold` without -s):
    // only a narrower one proves the breaks at blanks.
    if (broken[k] && Width(l) < width) {
      ++proven;
    } else if (!broken[k] && !AllBlank(next)) {
      ++unproven;
    }
  }
  SplitRulesFromText(lines, width, &broken);
  BoundJoinsIntoRuns(lines, width, &broken);
  if (proven < 8 || proven < unproven) return false;
  // A laid-out text (its pages at form feeds, a gap between two columns on
  // a line) shows the fold in its rows too: 4 or more broken inside a gap
  // between columns. A laid-out text cut at a column in characters
  // (cut_lines.h) ends many lines in a space short of its widest in bytes,
  // but reaches that width on few. Raw `pdftotext`'s pages have no gap.
  // Fewer rows so broken prove the fold where every line that ends in a
  // space short of the width was broken there (16 or more, none where the
  // next word would have fitted): a form whose tables are narrower than the
  // width breaks few rows (`fold -s -w 90` of the 2023 print: 3), while a
  // cut leaves the next word's fit to chance.
  const bool all_proven = unproven == 0 && proven >= 16 && in_gaps > 0;
  if (bytes.find('\f') != std::string_view::npos && in_gaps < 4 && !all_proven &&
      HasInnerGap(lines))
    return false;
  UnfoldedText u;
  u.width = width;
  u.text.reserve(bytes.size());
  bool joining = false;
  for (size_t k = 0; k < lines.size(); ++k) {
    if (!joining) {
      if (k > 0) u.text += '\n';
      u.numbers.push_back(static_cast<int>(k) + 1);
    }
    u.text.append(lines[k]);
    joining = broken[k];
    // A row may have been broken after a tab, or may have ended there: the
    // next line's first word would not have fitted either way.
    std::string_view l = lines[k];
    if (!joining && k + 1 < lines.size() && !l.empty() && l.back() == '\t' &&
        !lines[k + 1].empty() && !IsBlank(lines[k + 1][0]) &&
        NextWordWouldNotFit(l, lines[k + 1], width))
      u.undecided.push_back(static_cast<int>(u.numbers.size()));
  }
  *out = std::move(u);
  return true;
}

std::vector<int> UnprovenGapFolds(std::string_view bytes, int* width) {
  std::vector<int> numbers;
  if (bytes.find('\f') == std::string_view::npos) return numbers;
  if (FindAnyOf(bytes, std::string_view("\r\0", 2)) != std::string_view::npos) return numbers;
  std::vector<std::string_view> lines = SplitAtLineFeeds(bytes);
  int widest = 0;
  for (std::string_view l : lines) widest = std::max(widest, Width(l));
  for (size_t k = 0; k + 1 < lines.size(); ++k) {
    std::string_view l = lines[k], next = lines[k + 1];
    if (l.size() < 2 || l.back() != ' ' || !ProvenBroken(l, next, widest)) continue;
    if (IsBlank(l[l.size() - 2]) || IsBlank(next[0])) numbers.push_back(static_cast<int>(k) + 1);
  }
  *width = widest;
  return numbers;
}

namespace {

constexpr int kHardNarrowest = 20;    // no hard fold is narrower
constexpr size_t kHardFewest = 6;     // lines at the width
constexpr size_t kLongestChain = 4;   // lines at the width in a row before a rest
constexpr size_t kSpelledFewest = 2;  // words proven by their spelling, without a split letter

// True when `line` ends inside a letter's UTF-8 bytes (its lead byte and
// fewer continuation bytes than it promises) that `next` completes: it
// opens with the bytes missing, and the two make one well-formed letter.
// The bytes the letter open at `line`'s end still wants (0 when its last
// letter is whole, or no UTF-8 letter's start is there); `lead` its start.
size_t MissingBytes(std::string_view line, size_t* lead) {
  if (line.empty()) return 0;
  const size_t at = CodePointStart(line, line.size() - 1);
  const auto b = static_cast<uint8_t>(line[at]);
  const size_t want = U8_IS_LEAD(b) ? U8_COUNT_TRAIL_BYTES_UNSAFE(b) + 1 : 0;
  const size_t have = line.size() - at;
  *lead = at;
  return want > have ? want - have : 0;
}

bool SplitLetter(std::string_view line, std::string_view next) {
  size_t lead = 0;
  const size_t missing = MissingBytes(line, &lead);
  if (missing == 0) return false;
  if (next.size() < missing ||
      (next.size() > missing && U8_IS_TRAIL(static_cast<uint8_t>(next[missing]))))
    return false;
  std::string letter(line.substr(lead));
  letter.append(next.substr(0, missing));
  return IsValidUtf8(letter);
}

// The pieces of a word `line` (at `width`) may end inside: its last run of
// letters, which must not open the line (the word may have begun on the
// line above), and `next`'s first, which must not reach the end of a line at
// the width (it may go on below). False when there are none.
bool CutPieces(std::string_view line, std::string_view next, int width, std::string_view* a,
               std::string_view* b) {
  const size_t head = LetterRunStart(line, line.size());
  const size_t tail = LetterRunEnd(next, 0);
  if (head == 0 || head == line.size() || tail == 0) return false;
  if (tail == next.size() && Width(next) >= width) return false;
  *a = line.substr(head), *b = next.substr(0, tail);
  return true;
}

// True when `line` (at `width`) ends in a run of letters that `next`'s
// first run of letters goes on with (CutPieces), the two spelling a word
// `known` knows, neither piece being one, or a word of the language's list
// `language`, one piece at least being none of its words (a compound's two
// words, "tjänst" / "ledighet", may have ended a line and begun the next).
bool SpelledJoin(std::string_view line, std::string_view next, int width, const KnownWord& known,
                 const KnownWord& language) {
  std::string_view a, b;
  if ((!known && !language) || !CutPieces(line, next, width, &a, &b)) return false;
  std::string word(a);
  word.append(b);
  if (known && known(word) && !known(a) && !known(b)) return true;
  return language && language(word) && (!language(a) || !language(b));
}

}  // namespace

bool WritesWord(std::string_view text, std::string_view word) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (size_t p = text.find(word); p != std::string_view::npos; p = text.find(word, p + 1)) {
    const size_t end = p + word.size();
    if (LetterRunStart(text, p) != p || (p > 0 && digit(text[p - 1]))) continue;
    if (LetterRunEnd(text, end) != end || (end < text.size() && digit(text[end]))) continue;
    return true;
  }
  return false;
}

namespace {

// True when the pieces of a word `line` (at `width`) ends inside (CutPieces)
// spell a word that `text`, the folded text, writes whole on a line of its
// own ("om" / "bud" where "ombud" stands elsewhere, "s" / "om" where "som"
// does: pieces that are words themselves, which SpelledJoin leaves), and
// never as the two words ("om bud"): the document's own spelling.
bool OwnSpelling(std::string_view text, std::string_view line, std::string_view next, int width) {
  std::string_view a, b;
  if (!CutPieces(line, next, width, &a, &b)) return false;
  std::string word(a);
  word.append(b);
  std::string apart(a);
  apart.append(" ").append(b);
  return WritesWord(text, word) && text.find(apart) == std::string_view::npos;
}

// True when a chain of lines at `width` from `lines[k + 1]` on (fewer than
// kLongestChain) ends in a line narrower than it with no blank at its end:
// the rest of the row whose first bytes `lines[k]` holds.
bool EndsInRest(const std::vector<std::string_view>& lines, size_t k, int width) {
  for (size_t j = k + 1; j < lines.size() && j <= k + kLongestChain; ++j) {
    std::string_view l = lines[j];
    if (l.empty() || l[0] == '\f') return false;
    if (Width(l) < width) return !IsBlank(l.back());
  }
  return false;
}

// The blanks `line` starts with.
size_t Indent(std::string_view line) {
  size_t f = line.find_first_not_of(" \t");
  return f == std::string_view::npos ? line.size() : f;
}

// How far from a line at the width a proven rest is looked for, in lines.
constexpr size_t kRestReach = 8;

// True when `lines[k]`, at `width` and ending in no blank, is followed by a
// line that starts with blanks and then a word, narrower than the width and
// ending in no blank, at the indent of the rest of a line at the width
// within kRestReach lines above or below, whose break `broken` holds
// proven: a row's last cell ("0" of "3 / 0", "Män" of a column header
// "Kvinnor / Män") cut off before the gap to it, standing in the column the
// rows' rests around it stand in. A line that ended at the width by itself
// is rare (the fold made every longer line as wide), and one followed by a
// row indented just as a rest, rarer.
bool RestInColumn(const std::vector<std::string_view>& lines, size_t k, int width,
                  const std::vector<bool>& broken) {
  std::string_view next = lines[k + 1];
  const size_t indent = Indent(next);
  if (IsBlank(lines[k].back()) || indent == 0 || indent == next.size() || Width(next) >= width ||
      IsBlank(next.back()))
    return false;
  const size_t from = k > kRestReach ? k - kRestReach : 0;
  for (size_t j = from; j + 1 < lines.size() && j <= k + kRestReach; ++j) {
    if (j != k && broken[j] && Width(lines[j]) == width && Indent(lines[j + 1]) == indent)
      return true;
  }
  return false;
}

}  // namespace

bool UnfoldHardLines(std::string_view bytes, UnfoldedText* out, std::vector<int>* unproven,
                     const KnownWord& known, const KnownWord& language) {
  if (FindAnyOf(bytes, std::string_view("\r\0\t", 3)) != std::string_view::npos) return false;
  std::vector<std::string_view> lines = SplitAtLineFeeds(bytes);
  int width = 0;
  for (std::string_view l : lines) width = std::max(width, Width(l));
  if (width < kHardNarrowest) return false;
  // Too few lines at the width to show a fold: no word's spelling is asked
  // (the patterns' vocabulary is built on the first question).
  if (static_cast<size_t>(std::count_if(lines.begin(), lines.end() - 1, [&](std::string_view l) {
        return Width(l) == width;
      })) < kHardFewest)
    return false;
  // A line narrower than the width that ends in a blank: the text's writer
  // leaves blanks at lines' ends, and one at the width proves no break.
  const bool blank_ends = std::any_of(lines.begin(), lines.end(), [&](std::string_view l) {
    return !l.empty() && IsBlank(l.back()) && Width(l) < width;
  });
  std::vector<bool> broken(lines.size(), false), doubted(lines.size(), false);
  size_t at_width = 0, split = 0, spelled = 0;
  for (size_t k = 0; k + 1 < lines.size(); ++k) {
    std::string_view l = lines[k], next = lines[k + 1];
    if (Width(l) != width) continue;
    ++at_width;
    // A row's rest is never empty, nor a page's first line.
    if (next.empty() || next[0] == '\f') continue;
    size_t lead = 0;
    if (SplitLetter(l, next)) {
      broken[k] = true, ++split;
    } else if (MissingBytes(l, &lead) > 0) {
      // A letter whose rest is gone, not on the next line: the text was cut
      // there (`cut -b`), not folded. Its lines' ends are cut_lines' to read.
      return false;
    } else if (SpelledJoin(l, next, width, known, language)) {
      broken[k] = true, ++spelled;
    } else if (!blank_ends && l.back() == ' ' && EndsInRest(lines, k, width)) {
      broken[k] = true;
    } else if (EndedBeforeWord(l, next)) {
      // A line of its own, as `fold` cut no word there: neither joined nor named.
    } else {
      doubted[k] = true;
    }
  }
  // Only a letter split over two lines, or words proven by their spelling,
  // prove a fold: a line at the width ending in a blank, its rest below, is
  // as well a cut line and the next row (`cut -b`: the next row joined to it
  // gave wrong values).
  if (at_width < kHardFewest || (split == 0 && spelled < kSpelledFewest)) return false;
  // The fold proven, a word cut where it is spelt whole elsewhere is joined,
  // and a rest opened as no line of the text opens (fold_rests.h).
  const std::vector<bool> opening_rests = OpeningRests(lines, width);
  for (size_t k = 0; k + 1 < lines.size(); ++k) {
    if (doubted[k] && (OwnSpelling(bytes, lines[k], lines[k + 1], width) ||
                       (!blank_ends && RestInColumn(lines, k, width, broken)) || opening_rests[k]))
      broken[k] = true, doubted[k] = false;
  }
  UnfoldedText u;
  u.width = width;
  u.text.reserve(bytes.size());
  std::vector<int> doubts;
  for (size_t k = 0; k < lines.size(); ++k) {
    if (k == 0 || !broken[k - 1]) {
      if (k > 0) u.text += '\n';
      u.numbers.push_back(static_cast<int>(k) + 1);
    }
    u.text.append(lines[k]);
    if (doubted[k]) doubts.push_back(static_cast<int>(u.numbers.size()));
  }
  *out = std::move(u);
  *unproven = std::move(doubts);
  return true;
}

bool UnwrapParagraphs(std::string_view bytes, UnfoldedText* out) {
  if (FindAnyOf(bytes, std::string_view("\r\0", 2)) != std::string_view::npos) return false;
  std::vector<std::string_view> lines = SplitAtLineFeeds(bytes);
  size_t width = 0;
  for (std::string_view l : lines) width = std::max(width, l.size());
  // A blank line parts paragraphs; so does a page break's line.
  auto parting = [](std::string_view l) {
    return l.find_first_not_of(" \t\f") == std::string_view::npos;
  };
  std::vector<bool> broken(lines.size(), false);
  int proven = 0;  // breaks of lines narrower than the widest
  for (size_t k = 0; k + 1 < lines.size(); ++k) {
    std::string_view l = lines[k], next = lines[k + 1];
    if (parting(l) || parting(next)) continue;
    if (l.find('\f') != std::string_view::npos || next.find('\f') != std::string_view::npos)
      return false;
    // The break took one blank: the next line's own blanks and first word
    // would have followed it.
    size_t word = next.find_first_not_of(" \t");
    word = next.find_first_of(" \t", word);
    if (word == std::string_view::npos) word = next.size();
    if (l.size() + 1 + word <= width) return false;
    // A line as wide as the widest proves no width: rows of one length
    // (a table's, a repeated line) are each "broken" so.
    if (l.size() < width) ++proven;
    // Joined only where the blank taken stood alone between two words: in a
    // run of blanks (marks' and fields' cells, "FORMCHECKBOX   <TAB>") it may
    // have been the tab that parts two cells.
    broken[k] = !IsBlank(l.back()) && !IsBlank(next[0]);
  }
  if (proven < 8) return false;
  UnfoldedText u;
  u.width = static_cast<int>(width);
  u.text.reserve(bytes.size());
  bool joining = false;
  for (size_t k = 0; k < lines.size(); ++k) {
    if (joining) {
      u.text += ' ';
    } else {
      if (k > 0) u.text += '\n';
      u.numbers.push_back(static_cast<int>(k) + 1);
    }
    u.text.append(lines[k]);
    joining = broken[k];
  }
  *out = std::move(u);
  return true;
}

namespace {

// What a text shows of a refill (RefilledTabbedText, RefilledParagraphs):
// its widest line of two words or more, its lines holding a tab between
// words, and of the lines followed by a line that starts with a word, how
// many end where that word would not have fitted (`wrapped`, and how many
// different ones) and where it would have (`room`). `unindented_only`: only
// a line that starts with a word too is counted (fmt joins no lines indented
// differently: a tab-indented label over its answer at the line's start ended
// a paragraph there, not at the width).
struct RefillSigns {
  int widest = 0, tabbed = 0, pairs = 0, wrapped = 0, distinct = 0, room = 0;
};

// `unindented_only`: only lines that open with a word count as a pair's
// first. `code_points`: widths in code points, as a wrap that counts
// characters measures them, not in bytes, as `fmt` and `fold` do.
RefillSigns SignsOfRefill(const std::vector<std::string_view>& lines, bool unindented_only,
                          bool code_points = false) {
  auto width = [code_points](std::string_view t) {
    if (!code_points) return Width(t);
    int col = 0;
    for (size_t i = 0; i < t.size();) {
      const UChar32 c = NextCodePoint(t, &i);
      col = Advance(col, c == '\t' ? '\t' : ' ');
    }
    return col;
  };
  RefillSigns s;
  for (std::string_view l : lines) {
    size_t f = l.find_first_not_of(" \t"), e = l.find_last_not_of(" \t");
    if (f == std::string_view::npos) continue;
    std::string_view words = l.substr(f, e - f + 1);
    // A word longer than the width (an e-mail address) stands alone on a
    // line past it, as fmt and fold -s break no word: only a line of two
    // words or more shows the width the text was filled to.
    if (words.find_first_of(" \t") != std::string_view::npos)
      s.widest = std::max(s.widest, width(l));
    if (words.find('\t') != std::string_view::npos) ++s.tabbed;
  }
  std::set<std::string_view> wrapped;  // distinct: a line repeated is no paragraph refilled
  for (size_t k = 0; k + 1 < lines.size(); ++k) {
    std::string_view l = lines[k], next = lines[k + 1];
    size_t last = l.find_last_not_of(" \t");
    if (last == std::string_view::npos || next.empty() || IsBlank(next[0])) continue;
    if (unindented_only && IsBlank(l[0])) continue;
    ++s.pairs;
    size_t word = next.find_first_of(" \t");
    const int word_width =
        width(next.substr(0, word == std::string_view::npos ? next.size() : word));
    if (width(l.substr(0, last + 1)) + 1 + word_width > s.widest) {
      ++s.wrapped;
      wrapped.insert(l);
    } else {
      ++s.room;
    }
  }
  s.distinct = static_cast<int>(wrapped.size());
  return s;
}

const char kRefilledNoteHead[] = "paragraphs refilled at ";

}  // namespace

bool RefilledTabbedText(std::string_view bytes, int* width) {
  std::vector<std::string_view> lines = SplitAtLineFeeds(bytes);
  for (std::string_view& l : lines)
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
  const RefillSigns s = SignsOfRefill(lines, false);
  if (s.widest > kRefilledWidest || s.tabbed < 5) return false;
  if (s.distinct < 20 || 10 * s.distinct < 3 * s.pairs) return false;
  *width = s.widest;
  return true;
}

bool RefilledParagraphs(std::string_view bytes, RefilledText* out) {
  if (FindAnyOf(bytes, std::string_view("\r\f\0", 3)) != std::string_view::npos) return false;
  std::vector<std::string_view> lines = SplitAtLineFeeds(bytes);
  // Tabs only before a line's first word (a text a cell a line, its cells
  // indented by a tab: no cell stands beside another).
  for (std::string_view l : lines) {
    const size_t f = l.find_first_not_of(" \t");
    if (f != std::string_view::npos && l.find('\t', f) != std::string_view::npos) return false;
  }
  const RefillSigns s = SignsOfRefill(lines, true);
  if (s.widest > kRefilledWidest || s.distinct < 20 || 10 * s.wrapped < 6 * s.pairs ||
      10 * s.room < s.pairs)
    return false;
  // The room counted in characters too: a greedy wrap that counts
  // characters (odt2txt's) seems to leave room in bytes where a line's
  // letters take two ("å", "ä", "ö"), and leaves next to none in them.
  const RefillSigns c = SignsOfRefill(lines, true, true);
  if (10 * c.room < c.pairs) return false;
  // A text a cell a line starts each line with its cell's words; a laid-out
  // one (pandoc's tables, pdftotext -layout) indents many of its lines, a
  // drawn table's rows start with a '|' (antiword's).
  int worded = 0, indented = 0;
  for (std::string_view l : lines) {
    if (l.find_first_not_of(' ') == std::string_view::npos) continue;
    ++worded;
    indented += l[0] == ' ' || l[0] == '|';
  }
  if (10 * indented > worded) return false;
  out->text.clear();
  out->text.reserve(bytes.size() + lines.size() * (sizeof kRefilledBreak - 1));
  out->width = s.widest;
  out->breaks = 0;
  for (size_t k = 0; k < lines.size(); ++k) {
    std::string_view l = lines[k];
    size_t last = l.find_last_not_of(' ');
    out->text.append(l.substr(0, last == std::string_view::npos ? 0 : last + 1));
    // A line inside a paragraph (the next line not blank, as far indented):
    // fmt chose where it ends.
    if (last != std::string_view::npos && k + 1 < lines.size() &&
        lines[k + 1].find_first_not_of(' ') != std::string_view::npos &&
        Indent(lines[k + 1]) == Indent(l)) {
      out->text += kRefilledBreak;
      ++out->breaks;
    }
    out->text.append(l.substr(last == std::string_view::npos ? 0 : last + 1));
    if (k + 1 < lines.size()) out->text += '\n';
  }
  return true;
}

std::string RefilledParagraphsNote(int width, size_t breaks) {
  return kRefilledNoteHead + std::to_string(width) +
         " columns (as fmt refills them): " + std::to_string(breaks) +
         " lines end where the refill chose, not where a cell or a paragraph ended, so a "
         "value reaching such a line's end may be cut short or run on into the next label, "
         "and such values were left empty";
}

std::string RefilledLayoutNote(int width, size_t unread, size_t marked, size_t given_back) {
  std::string note = kRefilledNoteHead + std::to_string(width) +
                     " columns (as fmt refills them) in a laid-out page: a row's wrapped cells and "
                     "the rows under them were joined and broken again where the refill chose, so "
                     "no cell stands in its row or under its column any longer; " +
                     std::to_string(unread) + " lines were not read, and of " +
                     std::to_string(marked) +
                     " lines of words alone a value reaching a line's end was left empty";
  if (given_back > 0)
    note += "; " + std::to_string(given_back) +
            " rows (and column headers) whose label and values stood as they were, under a "
            "column header, were read as they stood";
  return note;
}

bool IsRefilledParagraphsNote(const std::string& warning, int* width) {
  const size_t head = sizeof kRefilledNoteHead - 1;
  if (warning.compare(0, head, kRefilledNoteHead) != 0) return false;
  char* end = nullptr;
  long n = std::strtol(warning.c_str() + head, &end, 10);
  if (end == warning.c_str() + head || n <= 0) return false;
  *width = static_cast<int>(n);
  return true;
}

}  // namespace redovis
