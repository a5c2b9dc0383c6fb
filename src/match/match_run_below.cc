// The walk's values on the lines below a label (MatchRun's methods, match_run.h): a
// value on the next line under its label, in the label's column where the row has
// positions (NextLineValue), labels stacked over values stacked in the same order
// (StackedValue), a Ja or Nej typed as a word alone under its question (YesNoWordBelow),
// and what says a value below may go on, or stand under a note the form prints.
#include <unicode/uchar.h>

#include <algorithm>
#include <string>

#include "base/text_util.h"
#include "base/utf8.h"
#include "match/match_run.h"
#include "match/reading_order.h"
#include "match/value_parser.h"
#include "match/wrap_evidence.h"
#include "read/glyphs.h"

namespace redovis {

// Labels stacked one per line with their values stacked after them in the
// same order, as a table row exported one cell per line gives them
// ("Beviljat statsbidrag, kr" / "Årsanställningar, ..." / "804 246:-" /
// "2,0"): the k-th label gets the k-th value. Only when exactly as many
// one-cell lines follow the stack as it has labels, up to a blank or
// structural line; a label with its own answer on its line is no part of the
// stack. Returns false when NextLineValue's own way applies.
bool MatchRun::StackedValue(size_t idx, std::string* out, const Line** from) {
  auto stacked = [&](size_t k) {
    const LineView& v = View(k);
    // A note the form prints (an ignore rule's line) waits for no value of its
    // own, nor does a section's heading: the labels of a row start after it.
    return v.first >= 0 && v.line->cells.size() == 1 && IsStructuralLine(k) && !IsNoteLine(k) &&
           !MatchHeading(v);
  };
  // A label with its own answer on its line ("Kommun: Tyresö") waits for no
  // value below: it is no label of the stack.
  // So is a field's label with a number after it, no letter in it ("Postnummer
  // 721 87" over "Postort" / "SKINNSKATTEBER" / "G": MuPDF's text broke the
  // place's name, and the stack's second value was read as Postort's).
  // Words after a label may be its own ("Beviljat statsbidrag, kr"): they
  // answer nothing.
  auto answered = [&](size_t k) {
    const std::string& t = View(k).line->cells[0].text;
    size_t colon = t.find(": ");
    if (colon != std::string::npos && !Trim(t.substr(colon + 2)).empty() && !IsBareLabel(t))
      return true;
    for (const Rule* r : rules_) {
      RegexMatch m;
      if (r->kind != RuleKind::kField || !RegexFind(r->regex, View(k).cells[0], &m, &cache_) ||
          m.start != 0 || m.groups.size() < 2)
        continue;
      const std::string value = Trim(m.groups[1]);
      return !value.empty() && LetterCount(value, 1) == 0 &&
             value.find_first_of("0123456789") != std::string::npos;
    }
    return false;
  };
  auto label = [&](size_t k) { return stacked(k) && !answered(k); };
  if (!label(idx)) return false;
  size_t a = idx, b = idx;
  while (a > seg_.begin && label(a - 1)) --a;
  while (b + 1 < seg_.end && label(b + 1)) ++b;
  if (a == b) return false;
  // Next to labels answered on their own lines the text was typed without
  // tables: stacked bare labels there are no table row exported one cell a
  // line, and their values are not taken in order.
  bool typed = (a > seg_.begin && stacked(a - 1)) || (b + 1 < seg_.end && stacked(b + 1));
  size_t n = b - a + 1, k = b + 1;
  for (; k < seg_.end && k <= b + n; ++k) {
    const LineView& v = View(k);
    if (v.first < 0 || v.line->cells.size() != 1 || IsStructuralLine(k)) break;
  }
  out->clear();
  // Not as many values as labels: the last label (a heading or a label with
  // no answer of its own above it) takes the next line as before; the others
  // take nothing.
  bool exact =
      !typed && k == b + 1 + n && !(k < seg_.end && View(k).first >= 0 && !IsStructuralLine(k));
  if (!exact) return idx != b;
  size_t value = b + 1 + (idx - a);
  consumed_.insert(value);
  *out = View(value).line->cells[0].text;
  if (from) *from = View(value).line;
  return true;
}

bool MatchRun::AfterBareLabel(size_t idx) const {
  // Labels stacked on lines of their own, then their values ("Beviljat
  // statsbidrag, kr" / "Årsanställningar ..." / "804 246:-" / "2,00"): which
  // value is whose cannot be told once the table's columns are gone.
  if (View(idx).line->cells.size() != 1) return false;
  for (size_t k = idx; k-- > seg_.begin;) {
    const LineView& p = View(k);
    if (p.first < 0) continue;
    if (p.line->cells.size() != 1) return false;
    for (const Rule* r : rules_) {
      if (r->kind != RuleKind::kField) continue;
      RegexMatch m;
      if (!RegexFind(r->regex, p.cells[0], &m, &cache_)) continue;
      // A bare label: nothing after it on its line.
      return m.groups.size() < 2 || Trim(m.groups[1]).empty();
    }
    return false;
  }
  return false;
}

bool MatchRun::IsNoteLine(size_t idx) const {
  const LineView& v = View(idx);
  if (v.first < 0 || FilledCells(*v.line) != 1) return false;
  bool ignored = false;
  for (const Rule* r : rules_) {
    if (!MayMatch(r->regex, v.Fold(static_cast<size_t>(v.first))) ||
        !RegexFind(r->regex, v.cells[v.first], nullptr, &cache_))
      continue;
    if (r->kind != RuleKind::kIgnore) return false;
    ignored = true;
  }
  return ignored;
}

namespace {

// The one filled cell of `line` whose extent overlaps `label`'s; nullptr for
// none, two, or cells without positions.
const Cell* OneCellUnder(const Line& line, const Cell& label) {
  const Cell* under = nullptr;
  for (const Cell& c : line.cells) {
    if (c.text.empty() || c.x0 < 0 || std::min(c.x1, label.x1) <= std::max(c.x0, label.x0))
      continue;
    if (under) return nullptr;
    under = &c;
  }
  return under;
}

}  // namespace

std::string MatchRun::NextLineValue(size_t idx, size_t cell, bool want_number, const Line** from) {
  // In reading order, two labels of numbers of two types then their two
  // numbers are read by the numbers' form (OrderedPairValue), blank lines
  // between or not, before the stack's own way. Stacked labels with exactly
  // as many stacked values take them in order; otherwise a bare label under
  // another bare label takes nothing.
  std::string stacked;
  if (OrderedPairValue(idx, &stacked, from)) return stacked;
  if (StackedValue(idx, &stacked, from)) return stacked;
  if (AfterBareLabel(idx)) return "";
  const Cell& label = View(idx).line->cells[cell];
  // A label left open by '=' ("... Anges med två decimaler, t.ex. två
  // halvtider ="): its wording goes on below with its example ("1,00"), which
  // cannot be told from an answer there.
  if (const std::string own = Trim(label.text); !own.empty() && own.back() == '=') {
    for (size_t k = idx + 1; k < seg_.end && k <= idx + 2; ++k)
      if (View(k).first >= 0) {
        open_label_below_ = {own, View(k).line->SpacedText()};
        return "";
      }
  }
  size_t looked = 0;
  for (size_t k = idx + 1; k < seg_.end && looked < 6; ++k, ++looked) {
    const LineView& v = View(k);
    // Furniture found by repetition may still be the value ("Socialnämnden"),
    // but not a running header or footer at a page's edge (a browser's
    // address and page number).
    // Nor is a page's rule as a text browser draws it ("━━━…"): the page
    // breaks there, the value may stand past it.
    if (v.first < 0 || v.line->role == LineRole::kFootnote || AtPageEdge(k) || IsPageRule(*v.line))
      continue;
    if (PageLeftOutBetween(idx, k)) return "";
    // A note the form prints under a label that asks for a number ("Anges
    // med två decimaler ..."): the label's own second line, its answer after it.
    if (want_number && IsNoteLine(k)) continue;
    if (IsStructuralLine(k) || IsOrderedTableCell(k) || MatchHeading(v)) return "";
    // Where a number is asked, a table's column word alone ("Antal
    // kvinnor", "Ja") is no answer but the header of the table below: the
    // label's answer was left empty (odt2txt: a cell a paragraph).
    if (want_number && FilledCells(*v.line) == 1 &&
        !parser_.WholeColumnOf(v.line->cells[static_cast<size_t>(v.first)].text).empty())
      return "";
    if (label.x0 >= 0 && v.line->cells[0].x0 >= 0 && FilledCells(*View(idx).line) > 1) {
      // With positions, in a row of several labels: the value stands under
      // its label (a drawn table's empty cells are no labels). A line with
      // nothing under the label holds another column's text (its label's
      // second line); words where a number is asked are this label's own
      // second line. Either way the value is on a later line.
      const Cell* under = nullptr;
      for (const Cell& c : v.line->cells)
        if (!c.text.empty() && std::min(c.x1, label.x1) > std::max(c.x0, label.x0)) {
          if (under) return "";  // two cells under one label: not a value
          under = &c;
        }
      double n;
      if (!under ||
          (want_number && !parser_.ParseNumber(under->text, &n) && !IsAsciiDigit(under->text[0])))
        continue;
      // The one cell under the label stands under another label of its row
      // too (a text browser's dump, two values one gap too narrow apart):
      // whose words are whose is not told.
      for (const Cell& o : View(idx).line->cells)
        if (&o != &label && !o.text.empty() &&
            std::min(under->x1, o.x1) > std::max(under->x0, o.x0) && IsBareLabel(o.text)) {
          spanning_below_ = under->text;
          return "";
        }
      // Text under the label on the next line too, no label of the form: the
      // value's cell wrapped in its column, or a cell of the next row whose
      // label stands elsewhere (a text browser's table has no rules between
      // rows); which cannot be told, and the first line alone may be a piece.
      // In a text whose margin was stripped every cell's wrapped line starts
      // at column 0: a piece there that no label, heading, header or mark
      // spells may be this value's rest ("SKINNSKATTEBER" / "G") as well as
      // another cell's; not a value of digits alone (a phone number) with
      // words that hold none ("e", an address's rest, under "021-39 00 00").
      if (!want_number) {
        std::string more = TextUnder(k + 1, label);
        if (more.empty() && MarginStripped() && k + 1 < seg_.end) {
          const LineView& n = View(k + 1);
          ColumnHeader h;
          if (n.first >= 0 && FilledCells(*n.line) == 1) {
            const Cell& piece = n.line->cells[static_cast<size_t>(n.first)];
            if (piece.x0 == 0 && piece.checkbox == CheckboxState::kNone &&
                !(DigitsAlone(under->text) && !HoldsDigit(piece.text)) &&
                !parser_.IsMark(piece.text) && !IsStructuralLine(k + 1) && !MatchHeading(n) &&
                !ParseHeader(n, &h) && !IsBareLabel(piece.text) &&
                LabelInside("- " + piece.text).empty())
              more = piece.text;
          }
        }
        if (!more.empty()) {
          undecided_below_ = {under->text, more};
          return "";
        }
      }
      consumed_.insert(k);
      if (from) *from = v.line;
      return under->text;
    }
    consumed_.insert(k);
    if (from) *from = v.line;
    if (v.line->cells.size() == 1) return v.line->cells[0].text;
    // With positions, a label alone on its line over a row of several cells
    // (columns staggered half a line: "Postort" over "Stadshuset  VÄSTERÅS"):
    // the one cell under the label is its value, whatever its index.
    if (const Cell* under = label.x0 >= 0 ? OneCellUnder(*v.line, label) : nullptr)
      return under->text;
    if (cell < v.line->cells.size() && !v.line->cells[cell].text.empty())
      return v.line->cells[cell].text;
    return "";
  }
  return "";
}

std::string MatchRun::TextUnder(size_t k, const Cell& label) const {
  if (k >= seg_.end) return "";
  const LineView& v = View(k);
  if (v.first < 0 || v.line->cells[0].x0 < 0) return "";
  for (const Cell& c : v.line->cells)
    if (!c.text.empty() && std::min(c.x1, label.x1) > std::max(c.x0, label.x0))
      return IsBareLabel(c.text) || !LabelInside("- " + c.text).empty() ? "" : c.text;
  return "";
}

std::string MatchRun::YesNoWordBelow(size_t idx, const Line** from) {
  size_t k = idx + 1;
  if (k < seg_.end && View(k).first < 0) ++k;
  if (k >= seg_.end || consumed_.count(k) || PageLeftOutBetween(idx, k)) return "";
  const LineView& n = View(k);
  // Furniture found by repetition may still be the answer ("JA" on many lines).
  if (n.first < 0 || FilledCells(*n.line) != 1 || n.line->role == LineRole::kFootnote ||
      AtPageEdge(k) || IsStructuralLine(k) || MatchHeading(n))
    return "";
  const Cell& c = n.line->cells[static_cast<size_t>(n.first)];
  if (c.checkbox != CheckboxState::kNone || parser_.IsMark(c.text)) return "";
  std::string word = Trim(c.text);
  while (!word.empty() && (word.back() == '.' || word.back() == '!')) word.pop_back();
  if (word.empty() || word.find_first_of(" \t,") != std::string::npos) return "";
  std::string col = parser_.ColumnOf(word);
  if (col != "yes" && col != "no") return "";
  // "Ja" / "Nej" one a line: a table's header, no answer.
  for (size_t j = k + 1; j < seg_.end && j <= k + 2; ++j) {
    const LineView& after = View(j);
    if (after.first < 0) continue;
    if (!parser_.ColumnOf(after.line->cells[static_cast<size_t>(after.first)].text).empty())
      return "";
    break;
  }
  consumed_.insert(k);
  if (from) *from = n.line;
  return word;
}

}  // namespace redovis
