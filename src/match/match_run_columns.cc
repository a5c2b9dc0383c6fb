// One walk over a report's lines, a row's cells in their columns: how the
// text's columns line up (a margin stripped, gaps shrunk each its own way)
// and what stands below a cell that may be its wrap (WrappedInColumns). See
// match_run.h.
#include <unicode/uchar.h>

#include <algorithm>
#include <string>
#include <vector>

#include "base/text_util.h"
#include "base/utf8.h"
#include "match/column_placement.h"
#include "match/match_run.h"
#include "match/value_parser.h"
#include "match/wrap_evidence.h"
#include "read/text/text_cells.h"
#include "read/text/wrapped_lines.h"

namespace redovis {

bool MatchRun::MarginStripped() {
  if (margin_stripped_ < 0)
    margin_stripped_ = doc_.format == "text" && redovis::MarginStripped(doc_.lines) ? 1 : 0;
  return margin_stripped_ == 1;
}

namespace {

/// The lines under a column header within which LineUp takes a row as the
/// header's (the form's longest table, a dozen rows and their blank lines).
constexpr size_t kHeaderReach = 30;

}  // namespace

LineUpTally MatchRun::LineUp() const {
  LineUpTally tally;
  ColumnHeader header;
  size_t header_at = seg_.end;
  std::vector<std::vector<const Cell*>> rows;
  for (size_t k = seg_.begin; k < seg_.end; ++k) {
    const LineView& v = View(k);
    if (v.first < 0 || v.line->role != LineRole::kContent) continue;
    ColumnHeader parsed;
    if (ParseHeader(v, &parsed)) {
      TallyRows(header, rows, &tally);
      rows.clear();
      header = parsed;
      header_at = parsed.positional ? k : seg_.end;
      continue;
    }
    if (header_at == seg_.end || k > header_at + kHeaderReach) continue;
    if (MatchHeading(v)) {  // a section's heading ends its tables
      header_at = seg_.end;
      continue;
    }
    // A row of counts: a label, then numbers only.
    const std::vector<Cell>& cells = v.line->cells;
    const auto first = static_cast<size_t>(v.first);
    if (cells[first].x0 < 0 || cells[first].checkbox != CheckboxState::kNone) continue;
    std::vector<const Cell*> values;
    bool other = false;
    for (size_t j = first + 1; j < cells.size() && !other; ++j) {
      const Cell& c = cells[j];
      if (c.text.empty() && c.checkbox == CheckboxState::kNone) continue;
      double number;
      other = c.checkbox != CheckboxState::kNone || !parser_.ParseNumber(c.text, &number);
      values.push_back(&c);
    }
    if (!other && !values.empty()) rows.push_back(std::move(values));
  }
  TallyRows(header, rows, &tally);
  return tally;
}

bool MatchRun::ColumnsOutOfLine() {
  if (out_of_line_ < 0) {
    out_of_line_ = 0;
    if (doc_.format == "text" && !reading_order_ && !MarginStripped()) {
      out_of_line_ = redovis::ColumnsOutOfLine(LineUp()) ? 1 : 0;
    }
  }
  return out_of_line_ == 1;
}

std::string MatchRun::WrappedInColumns(size_t idx, size_t from_cell, const std::string& value,
                                       bool typed, std::string* undecided) {
  const LineView& v = View(idx);
  // A line of one cell has no other cell for text below to go on, except in
  // a text whose margin was stripped, where text at column 0 below may be
  // its wrap or a row of its own (below).
  if (doc_.format != "text" || value.empty() || (v.line->cells.size() < 2 && !MarginStripped()))
    return value;
  const Cell& c = v.line->cells[from_cell];
  if (c.x0 < 0) return value;
  // Only the cell's last words can go on below it; a value followed by
  // other words in its cell (a label cut off its end) cannot be joined.
  size_t at = c.text.rfind(value);
  if (at == std::string::npos) return value;
  bool last = at + value.size() == c.text.size();
  size_t k = idx + 1;
  // The line below may already have given another cell its wrapped words:
  // only the text under this cell counts.
  // A page break inside the row (blank lines to the page's end, the
  // running lines of the next page): the text under the cell on the next
  // page may go on the value, but a page break is no evidence: undecided.
  // In a laid-out text whose margin was stripped a cell's wrap at column 0
  // may repeat a line elsewhere ("Kommun", the contact table's label, under
  // "Tjänsteställe Socialtjänsten Timrå") and be taken for furniture by that:
  // only a page's edge makes a running line there (not in reading-order
  // text, which stands at column 0 throughout).
  bool blank = false;
  auto furniture = [&](size_t j) {
    return View(j).line->role == LineRole::kFurniture &&
           (reading_order_ || !MarginStripped() || AtPageEdge(j));
  };
  while (k < seg_.end && (View(k).first < 0 || furniture(k))) {
    blank = blank || View(k).first < 0;
    ++k;
  }
  if (k >= seg_.end) return value;
  const LineView& n = View(k);
  bool page_break = n.line->page != v.line->page;
  // A blank line within the page ends the cell, unless the value ends in a
  // compound waiting for its last part ("Arbetsmarknads- och"): a page's
  // break may stand there as a blank line, its form feed made a line feed
  // (`tr '\f' '\n'`), the cell going on under it. Undecided.
  if ((blank && !page_break) || n.line->role == LineRole::kFootnote) {
    if (std::string suspended;
        blank && !typed && EndsSuspended(value, ps_.vocabulary().keep_hyphen, &suspended))
      *undecided = suspended;
    return value;
  }
  const bool one_cell = FilledCells(*v.line) < 2;
  if (!one_cell && c.x0 > 0 && ColumnsOutOfLine()) {
    // Each gap shrank by its own amount: a cell's wrapped line stands left
    // of where the cell now starts, anywhere right of column 0 (there only
    // the first cell's stands). Text there that is no row of its own may
    // be this cell's or another's: undecided; nothing is joined by column.
    ColumnHeader h;
    if (IsStructuralLine(k) || MatchHeading(n) || ParseHeader(n, &h)) return value;
    for (const Cell& b : n.line->cells)
      if (!b.text.empty() && b.x0 > 0 && b.x0 < c.x1 && !DecideBareLabel(b.text, rules_) &&
          !parser_.IsMark(b.text) && b.checkbox == CheckboxState::kNone) {
        *undecided = b.text;
        return value;
      }
    return value;
  }
  if (!one_cell && c.x0 > 0) {
    // `pdftotext -layout` prints a cell's wrapped line from the cell's
    // start: a piece below that stands in the gap left of this cell, under
    // no cell of the row, shows the row slid off its lines (tabs re-expanded
    // narrower, "08- 5782 94" / "91" left of "Telefon"). It may be this
    // cell's wrap: undecided, unless it is a row of its own.
    auto overlaps = [](const Cell& a, const Cell& b) {
      return std::min(a.x1, b.x1) > std::max(a.x0, b.x0);
    };
    // A value waiting for its rest ("Arbetsmarknads- och") beside its bare
    // label two spaces off: a piece under that label alone ("socialförvalt-
    // ningen", from left of the label) may be the label's wrap or the value's.
    const Cell* own_label = from_cell > 0 ? &v.line->cells[from_cell - 1] : nullptr;
    const bool waits =
        !typed && own_label &&
        (EndsInJoiningMark(Trim(value)) || EndsSuspended(value, ps_.vocabulary().keep_hyphen));
    for (const Cell& b : n.line->cells) {
      if (b.text.empty() || b.x0 <= 0 || b.x1 > c.x0) continue;
      bool placed = false;  // under a cell of the row, or with a cell between it and this one
      for (const Cell& o : v.line->cells)
        if (&o != &c && !o.text.empty() && o.x0 >= 0 &&
            (overlaps(o, b) || (o.x0 >= b.x1 && o.x0 < c.x0)) &&
            !(waits && &o == own_label && IsBareLabel(Trim(o.text))))
          placed = true;
      ColumnHeader h;
      if (!placed && !DecideBareLabel(b.text, rules_) && !parser_.IsMark(b.text) &&
          b.checkbox == CheckboxState::kNone && !IsStructuralLine(k) && !MatchHeading(n) &&
          !ParseHeader(n, &h)) {
        *undecided = b.text;
        return value;
      }
    }
  }
  const Cell* under = nullptr;
  for (const Cell& b : n.line->cells) {
    if (one_cell) break;  // (a stripped text's: below)
    if (b.text.empty() || b.x0 < 0) continue;
    if (std::min(b.x1, c.x1) <= std::max(b.x0, c.x0)) continue;
    if (under) {
      // Two pieces under one cell: a row of its own, whose first piece may
      // still be this cell's wrap; where that piece opens with a label of
      // the section, capitalised, the line is the next row (below), the
      // value ended ("Titel  Enhetschef" over "Tjänsteställe  Personligt
      // Ombud ..."). A label after it proves nothing of the first piece
      // ("(inkl. riktnummer) 021-  E-postadress"), nor does another
      // section's ("Kommun", a workplace's last word).
      if (!StartsLowerCase(under->text) && IsStructuralCell(U(under->text), Fold(under->text)))
        break;
      *undecided = under->text + " " + b.text;
      return value;
    }
    under = &b;
  }
  if (MarginStripped()) {
    // A layout text whose left margin was stripped moved every cell's
    // wrapped line to column 0: text starting there below a row of several
    // cells may be any cell's, unless it is a row of its own. Below a line
    // of one cell it may be that cell's wrap ("Kommun" under "Tjänsteställe
    // Socialtjänsten Timrå"), or, where a mail re-wrapped the text, the wrap
    // of a cell of the row that line was broken from: undecided too.
    const Cell* first = nullptr;
    for (const Cell& b : n.line->cells)
      if (!b.text.empty() && b.x0 >= 0) {
        first = &b;
        break;
      }
    // A label of another section's question ("Kommun") is no row here:
    // only the section's own labels end the row. A label, a heading or a
    // row is written capitalised: a line in lower case ("kommun" under
    // "Utdelningsadress Tyresö  Postnummer ...") is some cell's wrap.
    // A typed value (a Ja, a count, a date) or one of digits alone (a phone
    // number) never goes on with words that hold no digit
    // ("lill.nilsson@timra.se" under "Telefon 060-16 34 92  E-postadress
    // inga-"): the wrap is another cell's.
    size_t at0 = 0;
    const bool lower = first && u_islower(NextCodePoint(first->text, &at0));
    const bool digits_alone = DigitsAlone(value);
    const bool not_this = first && (typed || digits_alone) && !HoldsDigit(first->text);
    ColumnHeader h;
    if (first && first->x0 == 0 && !not_this &&
        (lower || (!IsStructuralLine(k) && !DecideBareLabel(first->text, rules_) &&
                   !MatchHeading(n) && !ParseHeader(n, &h))) &&
        !parser_.IsMark(first->text) && first->checkbox == CheckboxState::kNone &&
        LabelInside(first->text).empty()) {
      *undecided = first->text;
      return value;
    }
    // A row of its own below: a value ending in a joining mark went on past it, and a line of
    // one cell may be the tail a mail broke off this row, its wrap this row's (wrap_evidence.h).
    std::string tail, suspended;
    if (first && first->x0 == 0 && !one_cell && FilledCells(*n.line) == 1)
      WrappedInColumns(k, static_cast<size_t>(first - n.line->cells.data()), first->text, false,
                       &tail);
    if (!tail.empty() &&
        !MayHaveBroken(*v.line, first->text, tail, WrapWidth(doc_.lines, seg_.begin, seg_.end)))
      tail.clear();
    if (first && first->x0 == 0 &&
        ((!typed && (EndsInJoiningMark(value) ||
                     EndsSuspended(value, ps_.vocabulary().keep_hyphen, &suspended))) ||
         (!tail.empty() && (HoldsDigit(tail) || !(typed || digits_alone))))) {
      *undecided = tail.empty() ? first->text : tail;
      return value;
    }
  }
  // A line of one cell (a stripped text's) is never joined to what stands
  // below it: which cell that stood under is not told.
  if (!under || one_cell) return value;
  ColumnHeader header;
  // A label, heading or column header below: the next row, the value ended.
  if (IsStructuralLine(k) || IsBareLabel(under->text) || MatchHeading(n) ||
      ParseHeader(n, &header) || parser_.IsMark(under->text) ||
      under->checkbox != CheckboxState::kNone)
    return value;
  // Text under the value's cell: `pdftotext -layout` prints a cell's wrapped
  // lines from the cell's start, so text under a label and its value (one
  // cell here) goes on the value, which ends the cell. A typed value (a
  // phone, a number) broken so cannot be told from its neighbour's line.
  double value_x0 =
      c.x0 + static_cast<double>(CodePointCount(std::string_view(c.text).substr(0, at)));
  if (typed || !last || page_break || under->x0 > value_x0 + 1 || under->x0 < c.x0 - 1) {
    *undecided = under->text;
    return value;
  }
  const std::string joined = Trim(norm_.JoinHyphenated(value + " " + under->text));
  // Reading order: the order writes a row's wrapped lines at the margin
  // whichever cell they went on (w3m's dump of pdftohtml's lines: "Nämnd
  // Arbetsmarknads- och  Telefon ... E-postadress anna-lena.engs-" /
  // "socialnämnden" / "tedt@tyreso.se"), so a line of several cells tells no
  // column of the text below it. That text goes on this cell only where the
  // cell is left incomplete for it ("... 021-39" / "20 82 ...") and no other
  // cell of the line is (EndsInJoiningMark), the cell's words kept as they
  // stand; else undecided, and the line below stays unclaimed.
  if (reading_order_ && !one_cell) {
    bool other_open = false;
    for (size_t j = 0; j < v.line->cells.size(); ++j)
      other_open = other_open || (j != from_cell && EndsInJoiningMark(Trim(v.line->cells[j].text)));
    if (other_open || joined.compare(0, value.size(), value) != 0 ||
        !LeftIncomplete(Trim(value), Trim(under->text))) {
      *undecided = under->text;
      return value;
    }
  }
  consumed_.insert(k);
  return joined;
}

namespace {

/// The most code points the normaliser takes out of a label's line (a
/// footnote's mark and its space, "år ² vilka").
constexpr double kMarksOut = 3;

}  // namespace

bool MatchRun::NumberOverLabel(const LineView& v, const Rule& r, MessagePart* seen) const {
  if (doc_.format != "text" || v.line->ocr || v.first < 0) return false;
  const icu::UnicodeString& cell = v.cells[static_cast<size_t>(v.first)];
  const std::string label = Utf8(cell);
  RegexMatch m;
  const bool matched = RegexFind(r.regex, cell, &m, &cache_) && m.start == 0;
  // Where the rule's label ends in the cell, and its first word after.
  size_t end = matched ? Utf8(cell.tempSubString(0, m.end)).size() : 0;
  while (end < label.size() && label[end] == ' ') ++end;
  // A number glued to a word of the label, right after a letter ("därav
  // mellan 30 och 49 å9", "... å4 3", "Stöd i kontakten med sjukvårde14"):
  // within the rule's label or its first word after it, then numbers alone;
  // or, matched within the tolerance, anywhere with numbers alone after it.
  // (A glued word further past the label, in words a wrap joined to it, is
  // not the label's.)
  std::string glued;
  size_t at = 0;
  if (GluedNumber(label, &glued, &at)) {
    bool numbers_after = true;
    for (size_t b = label.find(' ', at); b != std::string::npos && numbers_after;
         b = label.find(' ', b + 1)) {
      const size_t e = std::min(label.find(' ', b + 1), label.size());
      double n;
      numbers_after = e == b + 1 || parser_.ParseNumber(label.substr(b + 1, e - b - 1), &n);
    }
    if (matched ? at < end || (at == end && numbers_after) : numbers_after) {
      *seen = {"doubt.number_glued_to_label", {{"raw", "'" + glued + "'"}}};
      return true;
    }
  }
  // A count alone at the end of the label's first line past the rule's
  // label, a space after a word, standing under no column of the header
  // ("... vilka är kända för 10" left of "Kvinnor", the label's wrapped
  // "verksamheten." joined after it), while another cell of the row holds a
  // count: the row's counts stand partly in its label's cell (a table laid
  // out narrower than its label, html2text), so which column each stands
  // in is not told either. (A count under a column's word is that
  // column's: "Ange antalet personliga ombud 7" under "Antal kvinnor".)
  const Cell& label_cell = v.line->cells[static_cast<size_t>(v.first)];
  if (!matched || label_cell.x0 < 0 || label_cell.x1 <= label_cell.x0) return false;
  // The label's first line ends where the cell's extent does, within the
  // few marks the normaliser took out of it ("år ² vilka").
  size_t space = std::string::npos, line_end = 0;
  for (size_t b = label.find(' ', end > 0 ? end - 1 : 0); b != std::string::npos;
       b = label.find(' ', b + 1)) {
    const size_t e = std::min(label.find(' ', b + 1), label.size());
    const double at = label_cell.x0 + static_cast<double>(CodePointCount(label.substr(0, e)));
    if (at <= label_cell.x1 && at >= label_cell.x1 - kMarksOut && b > 0 &&
        IsCountCell(label.substr(b + 1, e - b - 1)))
      space = b, line_end = e;
  }
  if (space == std::string::npos) return false;
  const size_t word = label.find_last_of(' ', space - 1);
  const size_t word_at = word == std::string::npos ? 0 : word + 1;
  if (LetterCount(std::string_view(label).substr(word_at, space - word_at), 1) == 0) return false;
  Cell count = label_cell;
  count.text = label.substr(space + 1, line_end - space - 1);
  count.x0 = label_cell.x1 - static_cast<double>(CodePointCount(count.text));
  count.x1 = label_cell.x1;
  if (HeaderDistance(header_, count) <= 0) return false;
  for (size_t j = static_cast<size_t>(v.first) + 1; j < v.line->cells.size(); ++j)
    if (IsCountCell(v.line->cells[j].text)) {
      *seen = {"doubt.count_ends_label",
               {{"raw", "'" + count.text + "'"}, {"second", "'" + v.line->cells[j].text + "'"}}};
      return true;
    }
  return false;
}

}  // namespace redovis
