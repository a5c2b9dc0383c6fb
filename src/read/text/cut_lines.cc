// A text whose lines were cut at one column. See cut_lines.h.
#include "read/text/cut_lines.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdlib>
#include <set>
#include <string_view>

#include "base/utf8.h"
#include "redovis/document.h"

namespace redovis {
namespace {

constexpr size_t kNarrowest = 40;  // no cut text is narrower
constexpr size_t kFewest = 6;      // lines that stop at the cut
constexpr size_t kSpaces = 1;      // of them ending in a space (cut between columns)
constexpr size_t kWords = 2;       // of them ending in a letter or a digit (cut in a word)
constexpr size_t kEndings = 4;     // different last characters among them

const char kNoteHead[] = "lines cut at column ";
const char kFoldedNote[] = ", each line's rest put on the next line (a fold";

// The last code point of `t` (not empty).
UChar32 LastCodePoint(std::string_view t) {
  size_t i = CodePointStart(t, t.size() - 1);  // the last code point's first byte
  return NextCodePoint(t, &i);
}

// Sets `cut->rests` when its lines were folded at the column rather than
// cut there (see the header): each one's rest is the next line.
void FindRests(const std::vector<TextLine>& lines, LineCut* cut) {
  std::vector<bool> at_cut(lines.size(), false);
  for (size_t k : cut->lines) at_cut[k] = true;
  size_t pairs = 0, filled = 0, again = 0, in_word = 0, word_rests = 0;
  for (size_t k : cut->lines) {
    if (k + 1 >= lines.size()) continue;
    ++pairs;
    std::string_view t = lines[k].text, next = lines[k + 1].text;
    filled += next.find_first_not_of(' ') != std::string_view::npos;
    again += at_cut[k + 1];
    if (!u_isalnum(LastCodePoint(t))) continue;
    ++in_word;
    size_t first = 0;
    UChar32 c = next.empty() ? 0 : NextCodePoint(next, &first);
    word_rests += u_islower(c) || u_isdigit(c);
  }
  if (pairs == 0 || 20 * filled < 19 * pairs || 20 * again > pairs || 2 * word_rests < in_word)
    return;
  for (size_t k : cut->lines)
    if (k + 1 < lines.size()) cut->rests.push_back(k + 1);
}

// The cut of `lines` measured by `width` (a line's columns or bytes), or
// none.
template <typename Width>
LineCut CutBy(const std::vector<TextLine>& lines, Width width, bool bytes) {
  LineCut none;
  std::vector<size_t> widths(lines.size(), 0);
  size_t widest = 0;
  for (size_t k = 0; k < lines.size(); ++k) {
    if (lines[k].text.find_first_not_of(' ') == std::string_view::npos) continue;
    // A page's first line opened with a form feed, which `cut` counts.
    widths[k] = width(lines[k].text) + (k > 0 && lines[k].page != lines[k - 1].page);
    widest = std::max(widest, widths[k]);
  }
  if (widest < kNarrowest) return none;
  size_t below[4] = {0, 0, 0, 0};  // lines 0..3 short of the widest
  LineCut cut;
  size_t spaces = 0, words = 0;
  std::set<UChar32> endings;
  for (size_t k = 0; k < lines.size(); ++k) {
    if (widths[k] == 0 || widest - widths[k] > 3) continue;
    ++below[widest - widths[k]];
    if (widths[k] != widest) continue;
    cut.lines.push_back(k);
    UChar32 last = LastCodePoint(lines[k].text);
    endings.insert(last);
    spaces += last == ' ';
    words += u_isalnum(last) != 0;
  }
  // A line of nothing but spaces as wide as the widest was cut between
  // columns too: a laid-out page writes spaces only before a later cell
  // (pdftotext -layout), and a refilled text (fmt, w3m) writes no such line.
  for (size_t k = 0; k < lines.size(); ++k)
    if (widths[k] == 0 && !lines[k].text.empty() &&
        width(lines[k].text) + (k > 0 && lines[k].page != lines[k - 1].page) == widest)
      ++spaces;
  size_t near = std::max({below[1], below[2], below[3]});
  if (below[0] < kFewest || below[0] < 2 * near || spaces < kSpaces || words < kWords ||
      endings.size() < kEndings)
    return none;
  cut.column = widest;
  cut.bytes = bytes;
  FindRests(lines, &cut);
  return cut;
}

}  // namespace

LineCut CutColumn(const std::vector<TextLine>& lines) {
  // Where both measures see a cut, the one more lines reach is how it was
  // cut: a cut in bytes leaves its lines of ASCII alone at the column too.
  LineCut columns = CutBy(
      lines, [](std::string_view t) { return ColumnCount(t); }, false);
  LineCut bytes = CutBy(
      lines, [](std::string_view t) { return t.size(); }, true);
  return bytes.lines.size() > columns.lines.size() ? bytes : columns;
}

LineCut UnprovenFoldCut(const std::vector<TextLine>& lines, const std::vector<int>& numbers,
                        int width) {
  LineCut cut;
  for (size_t k = 0; k + 1 < lines.size(); ++k)
    // A line opening with a form feed is two lines of one number: the
    // empty one ending the page before holds nothing cut.
    if (!lines[k].text.empty() &&
        std::binary_search(numbers.begin(), numbers.end(), lines[k].number)) {
      cut.lines.push_back(k);
      cut.rests.push_back(k + 1);
    }
  if (!cut.lines.empty()) cut.column = static_cast<size_t>(width), cut.bytes = true;
  return cut;
}

size_t MarkCutLines(const LineCut& cut, std::vector<TextLine>* lines,
                    std::vector<std::string>* storage) {
  if (cut.column == 0) return 0;
  // Views into `*storage` must hold.
  storage->reserve(storage->size() + cut.lines.size() + cut.rests.size());
  // A fold's rest too: a row's last cells, which would be read as the row below's.
  for (const std::vector<size_t>* marked : {&cut.lines, &cut.rests})
    for (size_t k : *marked) {
      std::string text((*lines)[k].text);
      // A folded line that ends in a letter or a digit: the break may be
      // inside a word.
      bool word_end = false;
      if (marked == &cut.lines && !cut.rests.empty() && !text.empty()) {
        size_t last = CodePointStart(text, text.size() - 1);
        word_end = u_isalnum(NextCodePoint(text, &last));
      }
      storage->push_back(text + kCutLine + (word_end ? kFoldBreak : ""));
      (*lines)[k].text = storage->back();
    }
  return cut.column;
}

size_t MarkCutRows(const LineCut& cut, const std::vector<TextLine>& raw, std::vector<Line>* lines) {
  std::vector<int> numbers, last_only;
  for (const std::vector<size_t>* marked : {&cut.lines, &cut.rests})
    for (size_t k : *marked)
      if (k < raw.size()) numbers.push_back(raw[k].number);
  // A line whose rest ends its block (a blank line, a page's end or the
  // text's end after it): no cell of it goes on below the rest, so only its
  // last cell may be cut.
  auto blank = [&](size_t k) {
    return k >= raw.size() || raw[k].text.find_first_not_of(" \t\f") == std::string_view::npos;
  };
  for (size_t i = 0; i < cut.lines.size() && i < cut.rests.size(); ++i) {
    const size_t rest = cut.rests[i];
    if (rest == cut.lines[i] + 1 && rest < raw.size() && blank(rest + 1) &&
        !std::binary_search(cut.lines.begin(), cut.lines.end(), rest))
      last_only.push_back(raw[cut.lines[i]].number);
  }
  std::sort(numbers.begin(), numbers.end());
  std::sort(last_only.begin(), last_only.end());
  size_t marked = 0;
  for (Line& l : *lines) {
    if (!std::binary_search(numbers.begin(), numbers.end(), l.number)) continue;
    const bool last = std::binary_search(last_only.begin(), last_only.end(), l.number);
    auto filled = std::find_if(l.cells.rbegin(), l.cells.rend(),
                               [](const Cell& c) { return !c.text.empty(); });
    for (auto c = l.cells.begin(); c != l.cells.end(); ++c) {
      if (c->text.empty() || (last && filled != l.cells.rend() && &*c != &*filled)) continue;
      c->checkbox = CheckboxState::kNone;
      if (c->text.find(kCutLine) == std::string::npos) c->text += kCutLine;
      ++marked;
    }
  }
  return marked;
}

size_t WholeBeforeCut(std::string_view s) {
  const std::string_view mark = kCutLine;
  const size_t at = s.find(mark);
  if (at == std::string_view::npos || at + mark.size() != s.size() || at < 2 || s[at - 1] != ' ' ||
      s[at - 2] == ' ')
    return std::string_view::npos;
  return at - 1;
}

void EraseCutMarks(std::string* s) {
  for (const char* mark : {kCutLine, kFoldBreak})
    for (size_t at = s->find(mark); at != std::string::npos; at = s->find(mark, at))
      s->erase(at, 3);
}

std::string CutLinesNote(const LineCut& cut) {
  std::string note = kNoteHead + std::to_string(cut.column) + (cut.bytes ? " (in bytes)" : "");
  if (!cut.rests.empty())
    return note + kFoldedNote + "): " + std::to_string(cut.lines.size()) +
           " lines stop there; where the rows ended cannot be told, so the values of those lines "
           "were left empty (a free-text answer is read with each line joined to its rest) and "
           "their rests were not read as rows";
  return note + ": " + std::to_string(cut.lines.size()) +
         " lines stop there, words cut at it: what stood right of it is gone, and a value "
         "reaching it may be cut short, so such values were left empty";
}

bool IsCutLinesNote(const std::string& warning, size_t* column, bool* folded) {
  const size_t head = sizeof kNoteHead - 1;
  if (warning.compare(0, head, kNoteHead) != 0) return false;
  char* end = nullptr;
  unsigned long n = std::strtoul(warning.c_str() + head, &end, 10);
  if (end == warning.c_str() + head || n == 0) return false;
  *column = n;
  *folded = warning.find(kFoldedNote) != std::string::npos;
  return true;
}

}  // namespace redovis
