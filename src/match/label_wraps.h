// Where a label's wording ends when it wraps over lines, for one walk of a
// report's lines (MatchRun, match_run.h, is the walk's steps): a question
// whose wording goes on over the next line or lines (past a blank line, or
// the blank lines where the page turns), a row's label wrapped onto the line
// of its counts or marks, whether a page was left out between two lines
// (no answer runs on across it), and whether a cell is ticked (a box checked
// or a typed mark: what tells a row's line from its label's wrap).
// Internal to the match stage: only match_run.h includes it.
//
// In: the walk's state (match_run_state.h: the document, its segment and
// lines, the rules in force, the lines already consumed), read only but for
// the matcher cache; the structure reading of LineStructure
// (line_structure.h), which it inherits. Out: answers (the line a label
// ends on, where in it, which rule); it changes no state and assigns no
// value: the walk's text and row steps (match_run_text.cc) start the
// answers after it. Its methods are defined in label_wraps.cc. Never shared
// between threads.
#ifndef REDOVIS_MATCH_LABEL_WRAPS_H_
#define REDOVIS_MATCH_LABEL_WRAPS_H_

#include <cstddef>
#include <cstdint>

#include "match/line_structure.h"
#include "redovis/document.h"
#include "redovis/patterns.h"

namespace redovis {

/// The label-wrap reading of one walk, on the state it keeps and the
/// structure reading it inherits; MatchRun inherits it privately.
class LabelWraps : protected LineStructure {
 protected:
  using LineStructure::LineStructure;

  /// True when a page between the lines `a` and `b` (a before b) gave no
  /// line: a page left out (cut at its edge, unreadable by OCR), so no answer
  /// runs on across it.
  bool PageLeftOutBetween(size_t a, size_t b) const;

  /// True when `cell` is ticked: a check box checked, or a typed mark (the parser's).
  bool IsMarked(const Cell& cell) const;

  /// True when the question `r` matched in `cell` of line `idx` (the label ending its cell) goes
  /// on, in the rule's own wording, over the whole of the next line (a question wrapped over two
  /// lines: "... under 2021?" / "I så fall, på vilket sätt?"): that line is the label's, not the
  /// answer's first; blank lines may stand between them (WordingGoesOnAt). Sets `*rest` to that
  /// line. False when the next line is no lone cell or the rule's wording does not end at its end.
  bool LabelGoesOn(const Rule& r, size_t idx, size_t cell, size_t* rest) const;
  /// The line a question's wording may go on at after the blank line `k`: the next line after
  /// one blank line (OCR's text), or after up to ten where the page turns there (`pdftotext
  /// -raw`: "... de brister som har" / "" / "\fidentifierats under året."; pdfminer's empty
  /// fields at the page's foot), past the page's running lines and number there (AtPageEdge:
  /// "... som har" / "11" / "identifierats ..."; then `k` need not be blank); `k` itself
  /// otherwise. The rule's wording decides the rest.
  size_t WordingGoesOnAt(size_t k) const;

  /// The one text rule (or `ignore` rule without a choice: a note the form
  /// prints) whose wording, matched by its regex, begins with line
  /// `idx` (one cell, which no rule matched) and ends on the next line (one
  /// cell, or up to kLabelLinesMore lines; or the first cell of a line of more,
  /// the answer in the cells after it), where its answer may start after it (a question wrapped
  /// narrow: "Om ja, ange orsak/orsaker ... kontakt med" / "PO-verksamheten: Ombuden har ...");
  /// null when none, or more than one. Sets `*next` to that line and `*after` to where its wording
  /// ends in it.
  const Rule* TextLabelAcrossWrap(size_t idx, size_t* next, int32_t* after) const;
  /// The row rule whose label, matched by its regex from its start, begins with line `idx` (one
  /// cell, which no rule matched) and goes on, past its end, over the first cells of the lines
  /// after it (up to kLabelLinesMore, each opening in lower case or with a bracket, one cell each)
  /// to the first line with counts or marks after its first cell (then perhaps a comment's words):
  /// that line, set in `*row`, is the row's (w3m at 60 columns centres a row's values on its
  /// label's lines: "Har ni under 2021 haft kö" / "eller väntetid för personer" /
  /// "(uppdragsgivare) som söker  ☐  ☒  ☐"; "Antal klienter som, helt eller delvis, har" /
  /// "hemmavarande barn under 18 år ² vilka är kända  10  8"). Null when none, or more than one.
  const Rule* RowLabelAcrossWrap(size_t idx, size_t* row) const;
  /// How many lines after its first a label wrapped narrow may run over.
  static constexpr size_t kLabelLinesMore = 4;

  /// True when text (or choiceless `ignore`) rule `r`'s regex, over cell `cell` of line `idx` (its
  /// line's one cell) and the lines after it (one cell each, up to
  /// kLabelLinesMore; one blank line between two of them is passed over:
  /// OCR's text, a dump of pdftohtml's runs) joined, ends on one of those lines by its own wording
  /// (not by the text's end); sets `*next` to that line (the lines between
  /// are the label's) and `*after` to where the wording ends in it. A match
  /// that ends with its line and goes on, in the rule's wording, over the
  /// whole of the line after it (punctuation aside) ends on that line; one
  /// that ends inside its line ends on the next one instead when, with it,
  /// it goes on into that line ("i er kommun (tre" / "första)"). A line
  /// of two cells or more (`w3m`'s dump of a table: the question's cell
  /// wrapped, the answer's cell beside its last line) ends the label only
  /// when the wording ends with its first cell (punctuation aside); `*after`
  /// is then that cell's end, and the cells after it are the answer's.
  bool LabelEndsOnNextLine(const Rule& r, size_t idx, size_t cell, size_t* next,
                           int32_t* after) const;
  /// True when the lines between `idx` and `next` are blank and line
  /// `next`'s first cell, up to `after` (LabelEndsOnNextLine), ends a
  /// sentence: a label that ended a sentence on line `idx` goes on with a
  /// question of its own there ("I så fall, på vilket sätt?").
  bool LastQuestionOnNextLine(size_t idx, size_t next, int32_t after) const;
};

}  // namespace redovis

#endif  // REDOVIS_MATCH_LABEL_WRAPS_H_
