#include "read/text/field_marks.h"

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/text_util.h"
#include "base/utf8.h"
#include "read/glyphs.h"

namespace redovis {
namespace {

// The code of Word's text form field, which `catdoc` writes before the
// field's result ("Kontaktperson   FORMTEXT  Inga-Lill Nilsson").
constexpr std::string_view kFormTextCode = "FORMTEXT";

// Where the field code stands in `text` from `from` on as a word of its own,
// or npos.
size_t FindFormTextCode(std::string_view text, size_t from) {
  for (size_t at = text.find(kFormTextCode, from); at != std::string_view::npos;
       at = text.find(kFormTextCode, at + 1)) {
    size_t end = at + kFormTextCode.size();
    if ((at == 0 || text[at - 1] == ' ') && (end == text.size() || text[end] == ' ')) return at;
  }
  return std::string_view::npos;
}

// The first and past-the-end index of `text` within [b, e) without the
// ASCII spaces at its ends (a field's EN SPACEs stay); b == e when blank.
void TrimSpaces(std::string_view text, size_t* b, size_t* e) {
  while (*b < *e && text[*b] == ' ') ++*b;
  while (*e > *b && text[*e - 1] == ' ') --*e;
}

// The number of code points in `text`.
double CodePoints(std::string_view text) {
  return static_cast<double>(CodePointCount(text));
}

// Where the one run of `mark` in `text` starts, when `text` holds exactly
// one run of it (taking any one of its marks off gives one text); npos when
// it holds none or several.
size_t OneRunOf(std::string_view text, char mark) {
  size_t at = text.find(mark);
  if (at == std::string_view::npos) return at;
  size_t end = text.find_first_not_of(mark, at);
  if (end != std::string_view::npos && text.find(mark, end) != std::string_view::npos)
    return std::string_view::npos;
  return at;
}

// catdoc's result of a field that ends its cell's text with no space after
// it: the field's end, written as a space, stands inside it; taken off when
// the result's spaces are one run, so that which space it was does not
// matter. A result over lines is left alone.
void TakeOffFieldEnd(std::string* result) {
  if (result->find('\n') != std::string::npos) return;
  if (size_t at = OneRunOf(*result, ' '); at != std::string::npos) result->erase(at, 1);
}

// Whether `at` is where a word starts in a cell's text: its start, or after a
// space or a line break.
bool WordStart(std::string_view text, size_t at) {
  return at == 0 || text[at - 1] == ' ' || text[at - 1] == '\n';
}

// Where links' field start ("..", no dot before nor after, at a word's
// start) stands in `text` from `from` on, or npos.
size_t FindFieldDots(std::string_view text, size_t from) {
  for (size_t at = text.find("..", from); at != std::string_view::npos;
       at = text.find("..", at + 1)) {
    if (WordStart(text, at) && at + 2 < text.size() && text[at + 2] != '.') return at;
  }
  return std::string_view::npos;
}

// Whether `word` is one field alone as links writes it: its start, a result without dots nor
// spaces, its end ("..X.", "..2.").
bool IsFieldAlone(std::string_view word) {
  return word.size() >= 4 && FindFieldDots(word, 0) == 0 && word.back() == '.' &&
         word.find('.', 2) == word.size() - 1;
}

// The dot right after a check-box glyph, before a space or the line's end
// ("☒.  Verksamheten"), in `text` from `from` on; npos when none.
size_t FindBoxDot(std::string_view text, size_t from) {
  for (FoundBoxGlyph g = FindBoxGlyph(text, from); g.offset != std::string_view::npos;
       g = FindBoxGlyph(text, g.offset + g.length)) {
    size_t dot = g.offset + g.length;
    if (dot < text.size() && text[dot] == '.' && (dot + 1 == text.size() || text[dot + 1] == ' '))
      return dot;
  }
  return std::string_view::npos;
}

// Whether `text` ends in w3m's field end: one space after a character
// that is no space nor a box glyph (w3m pads a box with a space).
bool EndsInFieldEnd(std::string_view text) {
  size_t n = text.size();
  if (n < 2 || text[n - 1] != ' ' || text[n - 2] == ' ' || text[n - 2] == '\t') return false;
  for (FoundBoxGlyph g = FindBoxGlyph(text, 0); g.offset != std::string_view::npos;
       g = FindBoxGlyph(text, g.offset + g.length))
    if (g.offset + g.length == n - 1) return false;
  return true;
}

// A text's raw lines by their numbers, for the laid-out lines' look back at
// what the layout trimmed (a field's end) and at blank lines.
class RawByNumber {
 public:
  explicit RawByNumber(const std::vector<TextLine>& raw) {
    for (const TextLine& l : raw) {
      if (l.number < 1) continue;
      if (static_cast<size_t>(l.number) >= text_.size()) text_.resize(l.number + 1);
      text_[l.number] = l.text;
    }
  }
  std::string_view Text(int number) const {
    return number >= 1 && static_cast<size_t>(number) < text_.size() ? text_[number]
                                                                     : std::string_view();
  }
  bool Blank(int number) const { return TrimBlanks(Text(number)).empty(); }
  bool Ends(int number) const { return EndsInFieldEnd(Text(number)); }
  // The columns of spaces that open line `number`.
  size_t Indent(int number) const {
    std::string_view t = Text(number);
    return std::min(t.find_first_not_of(' '), t.size());
  }

 private:
  std::vector<std::string_view> text_;
};

// The indexes of `l`'s cells that hold text.
std::vector<size_t> TextCells(const Line& l) {
  std::vector<size_t> out;
  for (size_t c = 0; c < l.cells.size(); ++c)
    if (!TrimBlanks(l.cells[c].text).empty()) out.push_back(c);
  return out;
}

// The gap in columns between two cells of a line, the one after `a`.
double Gap(const Cell& a, const Cell& b) {
  return b.x0 - a.x1;
}

// A field's tail: `tail`, one cell ending in the field's end at the column
// of `para`'s first cell, right under it, each a paragraph's edge; the
// result's start is `para`'s second cell, a space and the start's two marks
// after its first, no third cell as near; or `para` is one cell, the
// result alone, two columns right of the tail (the start's two marks before
// it, the wrap at the field's column). The tail's text goes on that cell;
// true when it did.
bool JoinFieldTail(const RawByNumber& raw, Line* para, const Line& tail) {
  if (tail.number != para->number + 1 || !raw.Ends(tail.number) || raw.Ends(para->number) ||
      !raw.Blank(para->number - 1) || !raw.Blank(tail.number + 1))
    return false;
  std::vector<size_t> cells = TextCells(*para), tails = TextCells(tail);
  if (cells.size() == 1 && tails.size() == 1) {
    // A field alone in its cell, its result opening two columns in (the
    // start's two marks) and wrapped at the field's own column ("  Vi ser
    // ... neuropsykiatriska" / "diagnoser, som tar kontakt. "): one result.
    Cell& result = para->cells[cells[0]];
    const Cell& wrap = tail.cells[tails[0]];
    if (result.x0 < 0 || wrap.x0 < 0 || result.x0 != wrap.x0 + 2) return false;
    result.text += " ";
    result.text += TrimBlanks(wrap.text);
    result.x1 = std::max(result.x1, wrap.x1);
    return true;
  }
  if (cells.size() < 2 || tails.size() != 1) return false;
  const Cell& first = para->cells[cells[0]];
  Cell& result = para->cells[cells[1]];
  const Cell& wrap = tail.cells[tails[0]];
  if (first.x0 < 0 || wrap.x0 != first.x0 || Gap(first, result) != 3) return false;
  if (cells.size() > 2 && Gap(result, para->cells[cells[2]]) <= 3) return false;
  result.text += " ";
  result.text += TrimBlanks(wrap.text);
  return true;
}

// A one-line field result whose end stands in its one space, after a word
// with a digit ("30 dagar", Word's "30dagar"): the space taken off; true
// when it was.
bool TakeOffInnerFieldEnd(const RawByNumber& raw, Line* l) {
  const int n = l->number;
  if (raw.Ends(n) || !raw.Blank(n - 1) || raw.Blank(n - 2) || raw.Ends(n - 2) || !raw.Blank(n + 1))
    return false;
  std::vector<size_t> cells = TextCells(*l);
  if (cells.size() != 1) return false;
  Cell& c = l->cells[cells[0]];
  if (c.x0 < 0 || c.x0 != static_cast<double>(raw.Indent(n - 2) + 2)) return false;
  std::string_view t = TrimBlanks(c.text);
  size_t space = t.find(' ');
  if (space == std::string_view::npos || t.find(' ', space + 1) != std::string_view::npos ||
      std::none_of(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(space), IsAsciiDigit))
    return false;
  std::string joined(t.substr(0, space));
  joined += t.substr(space + 1);
  c.text.assign(joined);
  if (c.x1 >= 0) c.x1 -= 1;
  return true;
}

}  // namespace

void SplitFormTextFields(std::vector<Line>* lines) {
  for (Line& l : *lines) {
    for (size_t c = 0; c < l.cells.size(); ++c) {
      size_t at = FindFormTextCode(l.cells[c].text, 0);
      if (at == std::string::npos) continue;
      const Cell cell = l.cells[c];
      const std::string_view text = cell.text;
      // The pieces between the codes: the label before the first (left out
      // when blank), each field's result after its code (the last one kept
      // when blank: a field left empty).
      std::vector<Cell> pieces;
      for (size_t b = 0, e = at;; e = FindFormTextCode(text, b)) {
        bool last = e == std::string_view::npos;
        if (last) e = text.size();
        size_t tb = b, te = e;
        TrimSpaces(text, &tb, &te);
        if (tb < te || last) {
          Cell piece = cell;
          piece.text.assign(text.substr(tb, te - tb));
          if (cell.x0 >= 0) {
            piece.x0 = cell.x0 + (b == 0 ? 0 : CodePoints(text.substr(0, tb)));
            if (!last) piece.x1 = cell.x0 + CodePoints(text.substr(0, te));
          } else if (last && b > 0 && te == text.size()) {
            TakeOffFieldEnd(&piece.text);
          }
          pieces.push_back(std::move(piece));
        }
        if (last) break;
        b = e + kFormTextCode.size();
      }
      l.cells.erase(l.cells.begin() + static_cast<std::ptrdiff_t>(c));
      l.cells.insert(l.cells.begin() + static_cast<std::ptrdiff_t>(c), pieces.begin(),
                     pieces.end());
      c += pieces.size() - 1;
    }
  }
}

bool ShowsFieldDots(const std::vector<TextLine>& lines) {
  int alone = 0;
  for (const TextLine& l : lines) {
    std::string_view t = l.text;
    for (size_t b = t.find_first_not_of(' '); b != std::string_view::npos;) {
      size_t e = std::min(t.find(' ', b), t.size());
      if (IsFieldAlone(t.substr(b, e - b)) && ++alone >= 3) return true;
      b = t.find_first_not_of(' ', e);
    }
  }
  return false;
}

size_t BoxDotsAsSpaces(std::vector<TextLine>* lines, std::vector<std::string>* storage) {
  // Three boxes or more, each with its dot.
  size_t boxes = 0, count = 0;
  for (const TextLine& l : *lines) {
    size_t dotted = 0;
    for (FoundBoxGlyph g = FindBoxGlyph(l.text, 0); g.offset != std::string_view::npos;
         g = FindBoxGlyph(l.text, g.offset + g.length))
      ++boxes;
    for (size_t dot = FindBoxDot(l.text, 0); dot != std::string_view::npos;
         dot = FindBoxDot(l.text, dot + 1))
      ++dotted;
    count += dotted > 0;
    boxes -= dotted;
  }
  if (boxes > 0 || count < 3) return 0;
  storage->reserve(storage->size() + count);  // views into it must hold
  for (TextLine& l : *lines) {
    size_t dot = FindBoxDot(l.text, 0);
    if (dot == std::string_view::npos) continue;
    std::string t(l.text);
    for (; dot != std::string::npos; dot = FindBoxDot(t, dot + 1)) t[dot] = ' ';
    storage->push_back(std::move(t));
    l.text = storage->back();
  }
  return count;
}

int TakeOffFieldDots(std::vector<Line>* lines) {
  int changed = 0;
  for (Line& l : *lines) {
    for (Cell& c : l.cells) {
      std::string& t = c.text;
      bool any = false;
      for (size_t at = FindFieldDots(t, 0); at != std::string::npos;) {
        size_t next = FindFieldDots(t, at + 2);
        std::string_view result = std::string_view(t).substr(
            at + 2, (next == std::string::npos ? t.size() : next) - (at + 2));
        size_t end = OneRunOf(result, '.');
        if (end == std::string_view::npos) {
          at = next;
          continue;
        }
        // A cell's columns lose the dots taken off its ends.
        if (c.x0 >= 0 && at == 0) c.x0 += 2;
        if (c.x1 >= 0 && at + 2 + end == t.size() - 1) c.x1 -= 1;
        t.erase(at + 2 + end, 1);
        t.erase(at, 2);
        any = true;
        at = FindFieldDots(t, at);
      }
      changed += any;
    }
  }
  return changed;
}

bool ShowsFieldEnds(const std::vector<TextLine>& lines) {
  int ends = 0;
  for (const TextLine& l : lines)
    if (EndsInFieldEnd(l.text) && ++ends >= 3) return true;
  return false;
}

int W3mFieldMarks(const std::vector<TextLine>& raw, std::vector<Line>* lines) {
  const RawByNumber by_number(raw);
  int changed = 0;
  for (size_t i = 0; i < lines->size(); ++i) {
    Line& l = (*lines)[i];
    if (i + 1 < lines->size() && JoinFieldTail(by_number, &l, (*lines)[i + 1])) {
      lines->erase(lines->begin() + static_cast<std::ptrdiff_t>(i) + 1);
      ++changed;
    } else if (TakeOffInnerFieldEnd(by_number, &l)) {
      ++changed;
    }
  }
  return changed;
}

int InputBoxes(std::vector<Line>* lines) {
  constexpr std::string_view kEmpty = "[ ]";
  // w3m's ticked box, lynx's.
  auto ticked = [](std::string_view t) { return t == "[*]" || t == "[X]"; };
  auto holds_ticked = [&](const Line& l) {
    return std::any_of(l.cells.begin(), l.cells.end(),
                       [&](const Cell& c) { return ticked(TrimBlanks(c.text)); });
  };
  if (std::none_of(lines->begin(), lines->end(), holds_ticked)) return 0;
  int boxes = 0;
  for (Line& l : *lines) {
    for (size_t i = 0; i < l.cells.size(); ++i) {
      Cell& c = l.cells[i];
      if (c.checkbox != CheckboxState::kNone) continue;
      // A box glued to the next column's text after the row's label
      // ("[ ]RSMH"): the box a cell of its own, as SplitAtGaps makes "☐RSMH".
      const size_t w = kEmpty.size();
      if (i > 0 && c.text.size() > w && c.text.find_first_of(" \t", w) != w &&
          (c.text.compare(0, w, kEmpty) == 0 || ticked(std::string_view(c.text).substr(0, w)))) {
        Cell rest = c;
        rest.text = c.text.substr(w);
        rest.fold.clear();
        if (c.x0 >= 0) rest.x0 = c.x0 + static_cast<double>(w);
        c.text.resize(w);
        c.fold.clear();
        if (c.x0 >= 0) c.x1 = c.x0 + static_cast<double>(w);
        l.cells.insert(l.cells.begin() + static_cast<std::ptrdiff_t>(i) + 1, std::move(rest));
      }
      Cell& box = l.cells[i];  // (the insert may have moved `c`)
      const std::string_view t = TrimBlanks(box.text);
      if (t != kEmpty && !ticked(t)) continue;
      box.checkbox = t == kEmpty ? CheckboxState::kUnchecked : CheckboxState::kChecked;
      ++boxes;
    }
  }
  return boxes;
}

size_t Html2textBoxAt(std::string_view t, size_t at) {
  if (at >= t.size()) return 0;
  if (t.substr(at, kHtml2textEmptyBox.size()) == kHtml2textEmptyBox)
    return kHtml2textEmptyBox.size();
  return t[at] == '*' ? 1 : 0;
}

size_t Html2textBoxBefore(std::string_view t, size_t end) {
  if (end > t.size() || end == 0) return 0;
  if (end >= kHtml2textEmptyBox.size() &&
      t.substr(end - kHtml2textEmptyBox.size(), kHtml2textEmptyBox.size()) == kHtml2textEmptyBox)
    return kHtml2textEmptyBox.size();
  return t[end - 1] == '*' ? 1 : 0;
}

namespace {

// The boxes of `t` when it is html2text's boxes alone, one after another
// ("⁰", "*", "⁰*"): each box's state; else none.
std::vector<CheckboxState> Html2textBoxes(std::string_view t) {
  std::vector<CheckboxState> boxes;
  for (size_t at = 0; at < t.size();) {
    const size_t n = Html2textBoxAt(t, at);
    if (n == 0) return {};
    boxes.push_back(n == 1 ? CheckboxState::kChecked : CheckboxState::kUnchecked);
    at += n;
  }
  return boxes;
}

// The cells of `c` with html2text's boxes parted from its text: a run of
// boxes ending the cell one space after its label, two boxes or more or one
// before a cell of boxes (`next_boxes`: "Patientorganisationer ⁰*",
// "hanteras i *" before "⁰"), and, in a cell after the line's first, a run
// opening the cell one space before its text ("⁰ RSMH"). A box is a column.
// Only where the cell has its columns; else `c` alone.
std::vector<Cell> PartedBoxRun(const Cell& c, bool first, bool next_boxes) {
  const std::string_view t = TrimBlanks(c.text);
  if (c.checkbox != CheckboxState::kNone || c.x0 < 0 || t.size() != c.text.size()) return {c};
  auto part = [&](std::string_view left, std::string_view right, double x) {
    Cell a = c, b = c;
    a.text = std::string(left);
    a.x1 = x - 1;
    b.text = std::string(right);
    b.x0 = x;
    return std::vector<Cell>{a, b};
  };
  // A run ending the cell.
  size_t from = t.size();
  size_t n = 0;
  for (size_t b; (b = Html2textBoxBefore(t, from)) > 0; ++n) from -= b;
  if (n > 0 && (n > 1 || next_boxes) && from >= 2 && t[from - 1] == ' ' && t[from - 2] != ' ' &&
      (n == 1 || t.substr(from).find(kHtml2textEmptyBox) != std::string_view::npos))
    return part(t.substr(0, from - 1), t.substr(from), c.x1 - static_cast<double>(n));
  // A run opening a cell after the line's first.
  if (first) return {c};
  size_t to = 0;
  n = 0;
  for (size_t b; (b = Html2textBoxAt(t, to)) > 0; ++n) to += b;
  if (n > 0 && to + 1 < t.size() && t[to] == ' ' && t[to + 1] != ' ')
    return part(t.substr(0, to), t.substr(to + 1), c.x0 + static_cast<double>(n) + 1);
  return {c};
}

}  // namespace

int Html2textInputBoxes(std::vector<Line>* lines) {
  // The text holds html2text's empty box: two cells or more holding one.
  int empty = 0;
  for (const Line& l : *lines)
    for (const Cell& c : l.cells) {
      std::vector<CheckboxState> b = Html2textBoxes(TrimBlanks(c.text));
      empty += std::count(b.begin(), b.end(), CheckboxState::kUnchecked) > 0;
    }
  if (empty < 2) return 0;
  int boxes = 0;
  for (Line& l : *lines) {
    std::vector<Cell> parted;
    for (size_t i = 0; i < l.cells.size(); ++i) {
      const bool next_boxes =
          i + 1 < l.cells.size() && !Html2textBoxes(TrimBlanks(l.cells[i + 1].text)).empty();
      for (Cell& p : PartedBoxRun(l.cells[i], i == 0, next_boxes)) parted.push_back(std::move(p));
    }
    l.cells = std::move(parted);
    std::vector<Cell> cells;
    for (Cell& c : l.cells) {
      std::string_view t = TrimBlanks(c.text);
      std::vector<CheckboxState> b =
          c.checkbox == CheckboxState::kNone ? Html2textBoxes(t) : std::vector<CheckboxState>();
      // Boxes glued one to the next, each a column: a cell each, one after
      // the other; only where the cell has its columns.
      if (b.empty() ||
          (b.size() > 1 && (c.x0 < 0 || c.x1 - c.x0 != static_cast<double>(b.size())))) {
        cells.push_back(std::move(c));
        continue;
      }
      for (size_t i = 0; i < b.size(); ++i) {
        Cell box = c;
        box.text = b[i] == CheckboxState::kUnchecked ? std::string(kHtml2textEmptyBox) : "*";
        box.checkbox = b[i];
        if (b.size() > 1) {
          box.x0 = c.x0 + static_cast<double>(i);
          box.x1 = box.x0 + 1;
        }
        cells.push_back(std::move(box));
        ++boxes;
      }
    }
    l.cells = std::move(cells);
  }
  return boxes;
}

}  // namespace redovis
