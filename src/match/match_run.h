// One walk of a report's lines under its edition's rules: the state the form
// matcher keeps while it reads one report (the section it is in, the table
// header in force, a free-text answer running over lines, the options seen)
// and the steps it takes on each line. Internal to the match stage: only
// form_matcher.cc and the files that define MatchRun's methods include it.
//
// In: the shared PatternSet, the normaliser, the document and one segment of
// it with its edition; out: values, provenance and findings in the Record,
// through the ValueAssigner. A MatchRun lives for one call of
// FormMatcher::Match and is never shared; it never throws and never prints.
// What the walk keeps between lines is match_run_state.h; its steps are
// declared here; what a line is in the form (headings, labels, column headers) is
// line_structure.h, where a label's wording ends over wrapped lines label_wraps.h. Its methods are
// defined in match_run.cc (the walk and the rules tried on a line), match_run_tables.cc (sections,
// row cells and columns), match_run_columns.cc (how the text's columns line up, and a cell's wrap
// below it), match_run_answers.cc (fields, options), match_run_below.cc (a value on the lines below
// its label), match_run_options.cc (the lists once read), match_run_text.cc (free text),
// match_run_page_edges.cc (values at the edges of pages out of order),
// inline_rows.cc (rows answered without a table), unshown_marks.cc (choices whose marks the
// document does not show) and reading_order.cc (what reading-order text lets the walk decide:
// reading_order.h). What a line's text writes out as answers (pairs of column words and numbers,
// typed boxes) is read by written_answers.h, which knows nothing of the walk.
#ifndef REDOVIS_MATCH_MATCH_RUN_H_
#define REDOVIS_MATCH_MATCH_RUN_H_

#include <unicode/unistr.h>

#include <deque>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "match/column_placement.h"
#include "match/form_matcher.h"
#include "match/label_wraps.h"
#include "match/line_view.h"
#include "match/match_observer.h"
#include "match/match_run_state.h"
#include "match/reading_order.h"
#include "match/value_assigner.h"
#include "match/value_parser.h"
#include "match/written_answers.h"
#include "patterns/regex.h"
#include "redovis/document.h"
#include "redovis/patterns.h"
#include "redovis/record.h"

namespace redovis {

/// The steps of one walk over one report's lines, on the state it keeps
/// (MatchRunState, match_run_state.h), with what a line is in the form's
/// structure read by LineStructure (line_structure.h) and where a label's
/// wording ends over wrapped lines by LabelWraps (label_wraps.h).
class MatchRun : private LabelWraps {
 public:
  /// `observer` (told what each line is taken for), `words` (the language's) may be null.
  MatchRun(const PatternSet& ps, const Normaliser& norm, const Document& doc, const Segment& seg,
           Record* rec, MatchObserver* observer = nullptr, const KnownWord* words = nullptr)
      : LabelWraps(ps, norm, doc, seg, rec, observer, words) {}

  /// Walks the report's lines, section by section (the last one closed by its heading seen
  /// again in other words after its answers: a cover letter's sign-off), into the record.
  void Run();
  /// After Run: where the report shows no mark of any kind and reads no
  /// choice, each table of choices found with nothing read beside their
  /// labels named `value_unreadable` (`choice_marks_not_shown`), one
  /// finding a table; with choices read from typed marks and no box shown,
  /// each table with no row read (`choice_marks_not_shown_typed`)
  /// (unshown_marks.h).
  void NameUnshownMarks();
  /// After Run: each key not read whose label stands on the last line with
  /// text before lines the text reader left out (kUnreadLineOrigin) gets its
  /// place marked unplaced: the checker names it unreadable, not blank
  /// (unread_answers.h).
  void NameUnreadAnswers();

 private:
  /// Text with layout, or lines with vertical places (a PDF's text layer,
  /// OCR) under a header with a step, under a stacked header whose empty
  /// cells left no line (fewer values than columns): the values on lines
  /// `at` (and the words on line `words_at`, when below `seg_.end`) below
  /// the label on line `idx`, each placed in its column by the row it stands
  /// in, its gap counted by StackedGap (exactly, from places)
  /// (PlaceStackedValues). Sets `*out` and returns true when every one is
  /// proven; false, `*out` untouched, otherwise.
  bool StackedRows(size_t idx, const std::vector<size_t>& at, size_t words_at,
                   std::vector<std::pair<std::string, const Cell*>>* out) const;
  /// In a text's table stacked one column word a line: whether the row
  /// whose label is line `idx` spans fewer lines (its label to the next
  /// row's) than the rows right before and after it each do: a line of it
  /// was lost (a page break that `pdftotext -nopgbrk` left no trace of), so
  /// a value right under its label may have stood in a later row.
  bool RowLostALine(size_t idx) const;
  /// Row `idx`'s value cells (rule `r`) with their columns' names; empty where a value's
  /// column cannot be told, `*doubts` then naming why (messages.tsv's doubt.*, value as {raw}).
  std::vector<std::pair<std::string, const Cell*>> RowCells(size_t idx, const Rule& r,
                                                            std::vector<MessagePart>* doubts);
  void OrderPlacements(const LineView& v, const Rule& r, const std::vector<size_t>& cells,
                       std::vector<Placement>* placed) const;
  /// A text's typed mark ("X", no box) that `placed` puts in a column by
  /// nearness alone, standing in the gap between two choice columns' words
  /// (StandsInGap), is ambiguous: where in its cell it was set is not told,
  /// unless the table's marks prove its column (TableMarks, MarkGroupColumn;
  /// marks_in_gaps.cc).
  void UndecideMarksInGaps(const LineView& v, const Rule& r, const std::vector<size_t>& cells,
                           std::vector<Placement>* placed) const;
  /// The first character column of each typed mark that stands alone among
  /// a row's values (one a row) in the rows under the active header, up to
  /// the next header or section heading (MarkGroupColumn's evidence).
  std::vector<double> TableMarks() const;
  /// The text a row's label and pairs are read from on `v`: its first
  /// cell, followed by the later cells where each of them is one number
  /// ("Ekonomi, kvinnor<TAB>139": one count a row, its column written
  /// before it).
  std::string RowText(const LineView& v) const;
  /// Fold(Trim(RowText(v))), `*pairs` its BytePairs: the first cell's fold when no cell
  /// after it holds anything and it starts with no space, else made in `*made`.
  const std::string& RowFold(const LineView& v, std::string* made, BytePairs* made_pairs,
                             const BytePairs** pairs) const;
  /// `r`'s label in `v`'s first cell (FindLabel), or in what stands before
  /// the pairs that end its RowText (a label the rule ends with a look-ahead
  /// for a colon or the end).
  bool FindRowLabel(const Rule& r, const LineView& v, RegexMatch* m) const;
  /// True when `v`'s first cell holds `r`'s label and after it a column
  /// word, and the later cells hold its numbers ("Ekonomi, män<TAB>113"):
  /// the words name the count's column, whatever column it stands under.
  bool NamesItsColumns(const Rule& r, const LineView& v) const;
  /// Row `r` written as a sentence on line `idx`: its pairs after the
  /// label ("Totalt antal klienter: kvinnor 12, män 7"), on the next line,
  /// or in brackets that end the line after the rest of the label ("därav
  /// mellan 18 och 29 år (K: 10 M: 6)"); else its choice (InlineChoice).
  /// A label's cell with one more cell after it ("Question<TAB>Ja"): the
  /// question ends with its cell, as at a colon, and that cell answers.
  /// A choice's boxes complete (in the label's cell, in cells of their own,
  /// or alone in the one cell after the label) then one cell, or words after
  /// the last option's wording in one cell ("☒ Ja ☐ Nej RSMH"): the names
  /// the Ja asks for. True when the row was read.
  bool ApplyInlineRow(const Rule& r, size_t idx);
  /// The choice written after a question: in `rest` (what follows the
  /// question's label on line `idx`; after the rest of the question, past
  /// its "?", "." or ":") or alone on one of the next two lines, as a column
  /// word ("Nej, det har vi inte", "Delvis: X"; on the next line also a
  /// column word alone with one mark in the cell after it, "Ja   X") or
  /// options with their boxes ("[x] Ja [ ] Nej"). True, `*out` filled, when
  /// every column chosen is `allowed`; false otherwise (two choices in one
  /// answer, a line that is a label or heading, nothing written).
  /// `out->line` is the line read, also when a boxed line was refused (its
  /// caller consumes it). Consumes and assigns nothing. A line that is one of option list `list`'s
  /// own options alone ("Delvis") is an answer, not a label, when `list` is given.
  bool ReadChoice(const std::string& rest, size_t idx,
                  const std::function<bool(const std::string&)>& allowed, WrittenChoice* out,
                  const std::string& list = "");
  /// True when line `k` is one cell that only options of the list `list`
  /// match (no other rule, no heading).
  bool IsOptionLine(size_t k, const std::string& list) const;
  /// The choice of row `r` written after its label on line `idx` (`rest`:
  /// the line's text after the label): ReadChoice's answer assigned. After
  /// a Ja written as a word, InlineNames; after boxes with only Ja's marked
  /// ("[x] Ja [ ] Nej"), `names` (the text of a cell of its own after the
  /// boxes, "RSMH", "" for none; the boxes in the label's cell, or each
  /// box with its option's whole wording in a cell of its own, "☒ Ja" /
  /// "☐ Nej", WrittenAnswers::BoxThenOption) goes to the row's one text column when it
  /// starts with a capital or a digit and holds no column word.
  bool InlineChoice(const Rule& r, const std::string& rest, size_t idx,
                    const std::string& names = "");
  /// A question whose options are a list (an `ignore` rule with
  /// `choice=KEY`: "Har Coronapandemin påverkat ...?"), answered by a
  /// column word or boxes after it or on the next line (ReadChoice) that
  /// names options of KEY's list: the options chosen are kept as answered
  /// hits of the list (OptionHit::answered). True when an answer was read.
  bool AnswerOptionQuestion(const Rule& r, size_t idx, size_t cell, const RegexMatch& m);
  /// After a Ja written as a word (`said`, on line `said_at`: "Ja, RSMH";
  /// "Ja: X RSMH", its colon and a mark that is no digit passed over),
  /// the words that follow go to the row's one text column (the names the
  /// Ja asks for), when they start with a capital or a digit; after a Ja
  /// alone on its line, the next line does when it is one cell that no rule
  /// in force, column word, heading or header claims (that line is then
  /// consumed). Nothing when the row has no text column or two.
  void InlineNames(const Rule& r, std::string said, size_t said_at, const Line& where);
  /// The key of row `r`'s one text column (the names a Ja asks for); ""
  /// when it has none or two.
  std::string NamesKey(const Rule& r) const;
  /// Leaves a question's number ("3.2 ") out of `v`'s first cell (see
  /// LineView), when the vocabulary's `question_number` matches at its start
  /// and text follows; a content line's only. Never fails.
  void LeaveOutQuestionNumber(LineView* v) const;
  /// The column of `v`'s cell `cell` under the active header; a row
  /// without positions with more cells than the header, blank before its
  /// first text, counted from its first text (catdoc's tab before a label);
  /// a row of a text that keeps no empty cell (kSqueezedRowOrigin) with
  /// fewer cells than the header, so counted: ambiguous.
  Placement ColumnAt(const LineView& v, size_t cell) const;
  std::string Interpolate(const std::string& key) const;
  /// `key` with each {VAR} replaced from `vars`; "" when one is not set.
  static std::string InterpolateIn(const std::string& key,
                                   const std::map<std::string, std::string>& vars);
  /// Row rule `q`'s keys in columns `cols`, in order, after its `set=`
  /// variables are set in `*vars` as the walk sets them (InterpolateIn); ""
  /// for a column the row has no key in, or one whose variable is not set.
  static std::vector<std::string> RowKeysIn(const Rule& q, const std::vector<std::string>& cols,
                                            std::map<std::string, std::string>* vars);
  std::string RightValue(const LineView& v, size_t cell) const;
  bool AfterBareLabel(size_t idx) const;
  /// True when `r` is a table row whose only answer is a Ja/Nej choice.
  bool IsYesNoRow(const Rule& r) const;
  /// True when line `idx` is one cell that only `ignore` rules match (a note the form prints).
  bool IsNoteLine(size_t idx) const;
  /// The value on a line below label cell `cell` of line `idx` ("" for
  /// none); `*from` (when given) gets the line it stands on. With positions,
  /// in a row of several labels, the one cell under the label; none when that
  /// cell stands under another label of the row too (spanning_below_). A pair of number labels
  /// then their numbers (OrderedPairValue) is tried first, then stacked labels (StackedValue);
  /// a page's rule (IsPageRule) is passed over.
  /// None under a label left open by '=' (its example may stand below:
  /// open_label_below_), nor, `want_number`, a table's column word alone.
  std::string NextLineValue(size_t idx, size_t cell, bool want_number, const Line** from = nullptr);
  /// The text of line `k`'s cell under `label` (their extents overlap), when
  /// both have positions and that text is no label of the form, bare or
  /// with its answer; else "".
  std::string TextUnder(size_t k, const Cell& label) const;
  /// A yes or no typed as a word alone on the line below line `idx` (one
  /// blank line between at most): the answer of a Ja/Nej field whose label
  /// stands alone ("Detta dokument har beslutats digitalt ..." / "JA").
  /// "" when that line is anything else: a box or a mark, two words, a
  /// heading or header, a line already read, or a column word stacked over
  /// another (a table's header written one word a line). The line is then
  /// consumed; `*from` (when given) gets it.
  std::string YesNoWordBelow(size_t idx, const Line** from = nullptr);
  /// Text with layout whose cells ran together on one line ("Susanne Berg
  /// Avdelning/Enhet Personligt"): the part of `value`, from a capitalised
  /// word (its first too: "Postnummer 13581 Tyresö kommun", a narrow dump's
  /// next labels under an address's label), that starts with another question's label and its
  /// answer (a field or question rule's regex matched at that word, text after
  /// the label), or with a label alone glued to a small letter ("TyresöPostnummer",
  /// squeezed columns; found in any value) or, outside prose, to a ';' or '|'
  /// ("Socialnämnd;Telefon", cells joined by a separator). Returns "" when there is none, for other
  /// formats (but a Word or OpenDocument paragraph that held a gap of
  /// spaces, `spaced`: Line::spaced, a laid-out line saved as a document
  /// (ApplyField asks with the paragraph's own text, before any line joined
  /// under it), in which a label alone, without its answer, is enough: "Nämnden för personer med
  /// Telefon (inkl. riktnummer)"), and for text of more than one line. Free text may name a form's
  /// words: in more than a dozen words one label is not enough, two other rules' labels with
  /// answers are (squeezed `-layout` text: "Nämnden för personer med Telefon (inkl. riktnummer)
  /// 021- E-postadress funktionsnedsättning 39 00 00 nf@vasteras.se", three cells' lines), unless
  /// `short_value`: a value of one short thing, a person's name, a phone number, an address, holds
  /// no label, however many words a flattened row ran into it (a text browser's table, "Inga-Lill
  /// Nilsson Avdelning/Enhet Socialförvaltningen Nämnd ..."), and one is enough. The one test for
  /// cells run together: `-layout` text's cells, reading-order text's first lines.
  std::string LabelInside(const std::string& value, bool short_value = false,
                          bool spaced = false) const;
  /// Text with character columns (`pdftotext -layout`): `value`, read from cell `from_cell` of line
  /// `idx`, with its cell's wrapped line below it joined and consumed. pdftotext prints a cell's
  /// second line from the cell's start, so the one piece of text on the next line that overlaps the
  /// cell's extent and starts between the cell's start and the value's goes on the value, when the
  /// value ends its cell and the line holds no label, heading, header or mark. Where text stands
  /// under the cell but the value is `typed`, does not end its cell, two pieces stand under it, the
  /// piece starts right of the value's start, or a page break stands between them (blank lines to
  /// the page's end, the next page's running lines), whether it goes on cannot be told:
  /// `*undecided` gets that text and `value` is returned. In a text whose margin was stripped
  /// (MarginStripped), text at column 0 below a row of two or more cells may be any cell's:
  /// undecided, unless it is a label of this section's (a capitalised one: a line in lower case is
  /// a wrap whatever it reads as), a heading, a header, a mark or a box, or holds no digit under a
  /// typed value or one of digits alone (a phone number); so is such text below a line of one cell
  /// there (its wrap, or a mail's re-wrap broke that line off a row whose wrap it is), on the same
  /// page or the next, and a line of one cell is never joined to what stands below it. Over a row
  /// of its own, a value ending in a joining mark or a suspended compound is undecided, and so is a
  /// row's over a line of one cell whose wrap may be the row's (read/text/wrapped_lines.h's
  /// MayHaveBroken). A piece below standing in the gap left of the cell, under no cell of the row
  /// (the row slid off its lines), may be the cell's wrap: undecided. In a text whose columns do
  /// not line up (ColumnsOutOfLine), a cell right of column 0 is joined to nothing: text below it
  /// starting right of column 0 and left of its end, no row of its own, is undecided. Returns
  /// `value` unchanged for other formats, for a line of one cell elsewhere, and where nothing
  /// stands below it. In reading-order text it joins below a line of several cells only where
  /// the cell is left incomplete for it (LeftIncomplete) and no other cell of the line ends in a
  /// joining mark (else undecided): the order writes every cell's wrap at the margin.
  /// (match_run_columns.cc)
  std::string WrappedInColumns(size_t idx, size_t from_cell, const std::string& value, bool typed,
                               std::string* undecided);
  /// Text with layout, not OCR: true when row `r`'s label cell on `v` holds
  /// another cell's number written over its end (a table laid out narrower
  /// than its labels, html2text): a number glued to a word of the label
  /// right after a letter ("därav mellan 30 och 49 å9", "sjukvårde14";
  /// wrap_evidence.h's GluedNumber), within the rule's label or as its
  /// first word after it, numbers alone after that (matched within the
  /// tolerance: anywhere, numbers alone after it); or a count alone ending
  /// the label's first line (where the cell's extent ends, within the marks
  /// the normaliser took out) past the rule's label, a space after a word,
  /// standing under no header cell, while another cell of the row holds a
  /// count ("... kända för 10" left of "Kvinnor", "8" under it). `*seen`
  /// gets what was seen (doubt.number_glued_to_label). RowCells then places no value: which column
  /// each number stands in is not told. (match_run_columns.cc)
  bool NumberOverLabel(const LineView& v, const Rule& r, MessagePart* seen) const;
  /// True for a text with character columns (eight lines or more of two or
  /// more positioned cells at whole columns) of whose lines no more than one in
  /// twenty starts past column 0: a layout text whose left
  /// margin was stripped, where a cell's wrapped line stands at column 0
  /// whatever its cell (read/text/text_cells.h's MarginStripped over the
  /// document's lines, for a text). Computed once per run.
  bool MarginStripped();
  /// A text whose tables of counts prove its columns out of line with their headers
  /// (column_placement.h's ColumnsOutOfLine over LineUp's tally); never one whose margin was
  /// stripped (MarginStripped: its own rules). Computed once per run.
  bool ColumnsOutOfLine();
  /// Each row of counts (a label, then numbers) under a header with extents, up to a heading
  /// or kHeaderReach lines below it, tallied in or out of line (TallyRows).
  LineUpTally LineUp() const;
  /// `*from` (when given) gets the line the stacked value stands on.
  bool StackedValue(size_t idx, std::string* out, const Line** from = nullptr);
  /// The rules that line `idx` holds, applied. No regex hit: its first cell
  /// within the label tolerance. On a line OCR read, a cell after the hits
  /// that no regex took is tried within the tolerance too (a row of labels
  /// over a table's values: "ombudstjänster i i kommunen"), a field's or a
  /// text's rule not already hit, one wording alone. Hits all fields, another cell opening with
  /// another section's field (FieldOfAnotherSection: the text not in the form's order): nothing
  /// read, an `ambiguous_label` (`row_of_other_section`) on the hits' keys.
  bool ApplyRules(size_t idx);
  /// Tells listed_ what line `idx` was (`rows`: its `unlisted=no` question's,
  /// if any); what a list it ends left out is read `no` (listed_options.h).
  void FollowList(size_t idx, const ListedLine& seen, const std::vector<const Rule*>& rows);
  /// True when line `idx` starts with a list item's number ("1. ", the
  /// vocabulary's `list_number`) and text follows; `*end` gets where the
  /// item's text starts in its first cell.
  bool ListNumberEnd(size_t idx, int32_t* end) const;
  /// True when line `idx` is in a run of numbered lines (no blank line
  /// between) right under a list's instruction: a line only `ignore` rules
  /// match ("Ange vilka myndigheter som ingår i ledningsgruppen"). A
  /// numbered line anywhere else is a question, not a list item.
  bool InNumberedList(size_t idx) const;
  /// True when `v` is a label with a number after it or in it, no rule
  /// having matched it: a row of a table the rules do not know (a content
  /// line, not a running header or footer, whose first filled cell starts
  /// with a letter and some cell from there holds a digit).
  static bool IsUnknownRow(const LineView& v);
  /// The keys a rule's match asks for (fields, a row's columns and choice,
  /// an option's or a question's key), with the section's variables filled in.
  std::vector<std::string> HitKeys(const Rule& r) const;
  /// True when the rest of `cell` after the label (which ends at the UTF-16
  /// offset `label_end`) or the cells after it hold text (a printed blank
  /// answer such as "dagar" aside).
  bool HoldsMoreThanLabel(const LineView& v, int cell, int32_t label_end) const;
  /// True when the first line with text under line `idx` (blank lines
  /// passed over) holds only numbers or marks that nothing has taken and is
  /// no label: a row's values stacked under it whose columns were not told
  /// (match_run_tables.cc). `*at` (when given) gets that line. With
  /// `separators`, a cell's table separators (a `|` opening or closing it:
  /// a mail's flattened table, "| 40") are taken off before it is judged:
  /// such a line is an answer the tool could not read, never a blank one.
  bool ValuesBelow(size_t idx, size_t* at = nullptr, bool separators = false) const;
  /// `value` without a bare field label of this section at its end (two
  /// cells set on one line); for the first piece of `text`'s answer, also
  /// without another text question's bare label after a sentence or a bracket
  /// ("... per tillfälle. Om nej, ange varför.") or, of three words or more,
  /// after any word ("... olika ärenden Om nej, ange varför."). `value`
  /// itself when none ends it.
  /// `*cut_label` and `*cut_by` (when given) get the label cut off and the
  /// rule whose label it is.
  std::string CutTrailingLabel(const std::string& value, const Rule* text = nullptr,
                               std::string* cut_label = nullptr,
                               const Rule** cut_by = nullptr) const;
  /// The text of line `idx + 1` when `label`, a bare label of `rule` that
  /// CutTrailingLabel cut off the end of a value on line `idx`, goes on onto
  /// it: the rule's label read over both lines ends past `label`
  /// ("... Telefon" / "(inkl. riktnummer) ..."). The cells were set on one
  /// line and wrapped together: the value before the label may go on below
  /// too (a refilled text). Empty when the label is whole on its line.
  std::string CutLabelGoesOn(size_t idx, const std::string& label, const Rule& rule) const;
  /// `value`, read from the label's own unpositioned cell on line `idx`
  /// (reading-order text: "Kontaktperson Anna-Lena" / "Engstedt"), with the
  /// lines that continue it joined and consumed. A line continues the value
  /// when it is no label, heading, header or mark and the evidence says so:
  /// the value is left incomplete (ends in , / & + or -, a phone broken
  /// between digits) or the line starts in lower case (an e-mail address alone, lower case
  /// whatever it follows, only where the value holds one or `takes_address`, its rule taking one:
  /// "socialnämnden" / "tedt@tyreso.se" is another cell's rest); or the block has the shape of one
  /// wrapped cell (a blank line before the label and after the line, the line a few words with no
  /// colon and no digit). A `typed` value (a number, date or choice) is never joined. Returns
  /// `value` unchanged when nothing continues it. When a bare label of the form stands where the
  /// cell's last line would (the same shape), whether it is the value's last word or its own
  /// question cannot be told: `*undecided` gets that line. So it does, in a text whose margin was
  /// stripped (MarginStripped), for a line at column 0 after the value's lines that no evidence
  /// joins and that is no label, heading, header or mark (a running line too): it may go on the
  /// value or be a row of its own. So it does for a line after one blank line that the value left
  /// incomplete ("08- 5782 94" / "" / "91": a dump of pdftohtml's runs). In
  /// reading order, a value without a letter gets a line of digits alone
  /// that nothing claims further down its block (OrphanAfter: the order
  /// wrote the row's other cells between), and the last cell of a line of
  /// several gets a line below that nothing claims (the order's wrap of that
  /// cell or of another). Other lines of several cells are WrappedInColumns'.
  std::string JoinWrappedValue(size_t idx, size_t cell, const std::string& value, bool typed,
                               bool takes_address, std::string* undecided);
  /// The word ("" for none) that shows line `idx`'s label cell `label` held its value (cell
  /// `value`) and wrapped: capitalised, at the label's column of a next line going on the row
  /// ("Lindqvist").
  std::string LabelCellGoesOn(size_t idx, size_t label, size_t value) const;
  /// True when a rule of this edition matches at the start of `text` ("Telefon (inkl.
  /// riktnummer) 060-...": the next row), or `text` is a bare label (IsBareLabel).
  bool OpensWithLabel(const std::string& text) const;
  /// True when `text` is itself a label of this edition (any section's rule, by its regex or
  /// within the label tolerance, nothing after it but punctuation) or a heading: never a value.
  bool IsBareLabel(const std::string& text) const;
  /// IsBareLabel's answer among `rules` (IsBareLabel: every rule of the edition, kept per text).
  bool DecideBareLabel(const std::string& text, const std::vector<const Rule*>& rules) const;
  /// A plain-text document's `value` with each word that reading-order
  /// conversion joined over a line-end hyphen ("Arbetsmarknadsoch", where the
  /// document writes "Arbetsmarknads- och" elsewhere) written as the document
  /// writes it. In an e-mail address ("ingalill.nilsson@..." beside
  /// "Inga-Lill") whether the hyphen is the address's own cannot be told:
  /// returns false and sets `*seen` to the word.
  bool RestoreLostHyphens(std::string* value, std::string* seen);
  /// Reading-order text only: true, with a `lost_hyphen` finding on `keys`
  /// at `line`, when the text `value` holds a number that may be two joined
  /// over a hyphen pdftotext dropped (DigitsJoinedOverHyphen: "(1825 år)");
  /// the caller then leaves the value empty. False otherwise.
  bool RefuseJoinedDigits(const std::vector<std::string>& keys, const std::string& value,
                          const Line& line);
  /// Reading-order text only, once the walk is done: every value read from
  /// a page the order wrote one word a line (WordALinePages) taken back,
  /// each with a `word_a_line` finding naming what was read: such a page
  /// proves no answer's beginning nor its end.
  void RefuseWordALinePages();
  /// Pages out of order only, once the walk is done: each value touching a
  /// page's edge taken back with a `pages_out_of_order` finding naming it
  /// (`unordered_page_edge`): a text or list running to its page's last
  /// line, unless the next page opens the section after it (an address,
  /// phone or postcode is never cut so); a value under no heading of its
  /// page on a line another section reads too (ReadByAnotherSection); a
  /// `{grp}` row whose group was set on another page. A count or a mark on
  /// its label's line at a page's foot is whole, and kept.
  void DistrustPageEdges();
  /// True when line `idx` opens the section that follows `section` in the
  /// edition's order (its heading): the form goes on there.
  bool NextSectionOpens(const std::string& section, size_t idx) const;
  /// DistrustPageEdges' test of a value read by `rule` whose lines are
  /// [`first`, `last`], `value` as read: true when they touch a page's edge
  /// as it describes.
  bool TouchesPageEdge(const Rule* rule, const Value& value, size_t first, size_t last) const;
  /// Reading-order text, or plain text's one-cell lines (reading_order.h): true when `idx` is one
  /// cell of a table that the order wrote on a line of its own, a check box,
  /// a mark or a column's header word ("Nej", "N ej", "Delvis (...)"); such a
  /// line ends a running answer and is never a value.
  bool IsOrderedTableCell(size_t idx) const;
  /// Reading-order text only: when `r` is a row whose answer is a marked
  /// column, and the label's own line does not write the choice as a word,
  /// assigns the choice where OrderedRowBoxes, OrderedColumnBoxes or OrderedQuestionBoxes proves
  /// the columns (and a row's names where the table's names column after it shows them:
  /// reading_order.h), and otherwise adds a finding that the column cannot be proven (its
  /// keys stay null); returns true either way. Returns false, doing nothing,
  /// otherwise.
  bool RefuseOrderedChoice(const Rule& r, size_t idx);
  /// Reading-order text: true when row label `idx` stands in a table whose
  /// rows the order wrote one after another, each its label alone on a line
  /// and then exactly as many box-only lines as the column words just above
  /// the table's first label (two or more); the boxes then come in column
  /// order, and `*marked` gets the columns of this row's ticked boxes. Any
  /// row with another count, or any other line among the rows: false. Under
  /// a names column, a row answered Ja may write its names on one line
  /// after its boxes (their line in `*names`, else seg_.end).
  bool OrderedRowBoxes(size_t idx, std::vector<std::string>* marked, size_t* names = nullptr);
  /// Reading-order text: true when row label `idx` stands in a block of two
  /// or more row labels, each alone on its line, and the lines around the
  /// block on its page, up to the first other line, are only blank lines and
  /// two or more columns written one after another: a column word ("Ja",
  /// "Nej") and then exactly one box-only line a row of the block. The order
  /// wrote each column top to bottom, so the i-th box is the i-th row's; it
  /// is taken only where no row then has two boxes ticked and one row at
  /// least has one (the columns line up with the rows; a row with none was
  /// left blank). `*marked` gets this row's ticked column, none for a blank
  /// row. Any other line there, a run of another length, a column word
  /// with no run right under it (the order wrote its boxes elsewhere, so
  /// another word may stand over them), a word twice, a row with two ticks
  /// or no tick in the table: false (one column alone: a run written apart, reading_order.h).
  bool OrderedColumnBoxes(size_t idx, std::vector<std::string>* marked) const;
  /// Reading-order text: true when row label `idx` stands in a block of two
  /// or more row labels, each alone on its line, around which, on its page,
  /// the order wrote the table's choice words first (above the block, past
  /// blank lines, and after it: "Ja" / the labels / "Nej") and then, after
  /// the block, as many runs of box-only lines as there were words, each of
  /// exactly one box a row (blank lines, running lines, the table's text
  /// question and the word of a column that holds a key, the names a Ja asks
  /// for, may stand around them). The runs are the columns in the words'
  /// order, left to right, so the i-th box of a run is the i-th row's; taken
  /// only where no row then has two boxes ticked and one row at least has
  /// one. `*marked` gets this row's ticked column, none for a blank row. A
  /// box above the block, a choice word after a run, a word twice, a run of
  /// another length, a row with two ticks or no tick in the table: false.
  bool OrderedRunsAfterWords(size_t idx, std::vector<std::string>* marked) const;
  /// Reading-order text: true when choice label `idx` is a question with a
  /// table of its own (one row: "Ja"/"Nej" over a box each) that the order
  /// wrote after it, on its page, past the question's own text only: the
  /// column words and boxes as one run, each word then its box ("Ja ☒ Nej
  /// ☐") or the words and then the boxes in the same order ("Ja Nej ☒ ☐"),
  /// two words or more, none twice, exactly one box ticked; a word broken in
  /// its cell ("N ej") is its column's. The first word may stand alone right
  /// above the label, or the run's start right under the section's heading
  /// (reading_order.h has the shapes). `*marked` gets the ticked box's word.
  /// Any other box, column word or table cell just before the label or after
  /// the run (up to the next question), a page break, another question or
  /// any other shape: false. With `counts`, lone counts in place of boxes (a
  /// note in brackets under each word): `*marked` gets the words, `*counts`
  /// each one's count's line.
  bool OrderedQuestionBoxes(size_t idx, std::vector<std::string>* marked,
                            std::vector<size_t>* counts = nullptr) const;
  /// True when line `k` is a choice row's label alone on its line (a row
  /// rule with a choice, nothing after its label but its own `.`, `:`, `?`).
  bool OrderedChoiceLabel(size_t k) const;
  /// Reading-order text: true when choice label `idx` stands in a block of
  /// two or more such labels, nothing between them; `*a` and `*b` get the
  /// block's first and last line. False, setting nothing, otherwise.
  bool OrderedLabelBlock(size_t idx, size_t* a, size_t* b) const;
  /// Reading-order text: true when line `k`, one cell alone and no table
  /// cell, is a line a table's cells may stand around: a running line, or a
  /// text question of the section's own ("Om annan utförare ..., ange
  /// organisationens namn") at its start.
  bool OrderedLineAroundTable(size_t k) const;
  /// Reading-order text: true when `columns` (runs of one box a row, under
  /// their `names`, none twice) line up with the rows: no row has two boxes
  /// ticked, and one row at least has one (a row with none was left blank by
  /// its writer). `*marked` then gets row `row`'s ticked column's name, or
  /// nothing for a blank row. False, doing nothing, otherwise.
  bool OrderedRunsChoose(const std::vector<std::string>& names,
                         const std::vector<std::vector<const Cell*>>& columns, size_t row,
                         std::vector<std::string>* marked) const;
  /// The column line `k` names, alone on its line ("Ja", "Nej"), or "" when
  /// it names none (or the ignored column, or a mark).
  std::string OrderedColumnWord(size_t k) const;
  /// The one filled cell of line `k`, or nullptr when the line is outside
  /// the report, blank or holds several cells.
  const Cell* OrderedLoneCell(size_t k) const;
  /// True when line `k` is one check-box glyph alone (OrderedLoneCell with a box).
  bool OrderedBoxLine(size_t k) const;
  /// Reading-order text only: true when `r` is a field whose answer is a mark (a bool key), no
  /// other rule of the section in force takes a mark (no other such field, no row with a choice,
  /// no option), and the lines of its section (from its heading to the next) hold, besides the
  /// label's, exactly one line with a mark, a check box or a yes or no column word, and that
  /// line is it alone, ticked or written, and no page left out stands between: wherever the
  /// order wrote it ("Detta dokument har beslutats digitalt ..." / ... / "JA"), it can only be
  /// this question's answer. `*out` gets its text ("x" for a ticked box), the line is consumed
  /// and `*from` (when given) set. False, doing nothing, otherwise.
  bool OrderedSectionMark(const Rule& r, size_t idx, std::string* out, const Line** from);
  /// Reading-order text only: true when option line `idx` (rule `r`) is
  /// ticked by a box the order ties to it. The order writes a list's boxes as
  /// one run of box-only lines and then, past blank lines only, its options
  /// as one run (an option's wrapped lowercase lines kept with it; a list a
  /// page breaks is two such pairs, the second opening with the wrapped end
  /// of the option before it): where the two runs have as many lines as each
  /// other, the i-th box is the i-th option's; or each option right after its
  /// box (reading_order.h). Any other shape ties no box (false).
  bool OrderedOptionMark(const Rule& r, size_t idx);
  /// Reading-order text only: true when line `idx` is an option whose list's
  /// boxes OrderedOptionMark ties to it (the walk then reads it as an
  /// option, never as a column header). False otherwise.
  bool OrderedOptionTied(size_t idx);
  /// Reading-order text, and other plain text where TrailingColumns fit (a
  /// header above proves the run: html2text's dump wrapped narrow, a typed
  /// "Totalt antal klienter 29 5" under "Kvinnor Män"; reading_order_rows.cc): where `v`'s one cell
  /// opens with a count row's (a choice row's) label of the edition and ends
  /// in a run of numbers (of boxes) one space apart, nothing else after the
  /// label but its own words (no digit right before the run, no column word,
  /// no box), cuts the run off `v->cells[first]` into `v->trailing`
  /// (line_view.h), so that the label is matched alone. After a run of
  /// boxes, words without a box, the first a capital or a digit, are the
  /// names a row's Ja asks for (`v->trailing_names`: "... ☒ ☐ RSMH"), for a
  /// row that has a names column; after two boxes or more, words in lower
  /// case to a full stop or a question mark, without a digit, are the label's
  /// own last words the reader joined ("... till ☒ ☐ personligt ombud.").
  /// A `v` of nothing but such a run under a label's line (one blank line may
  /// part them) is cut so onto it (`v` left blank) where TrailingColumns fit.
  /// Reading-order boxes glued right after the label (pypdf's "Kommun ☒☐", cut a cell a box by
  /// the reader; "☒☐RSMH") are such a run, their cells then blank in `v`.
  void CutTrailingCells(LineView* v) const;
  /// Reading-order text only: row `r`'s answer from line `idx`'s trailing cells, one a column in
  /// the order of the header above its table (TrailingHeader): numbers to a count row's columns,
  /// boxes to a choice row's choice (a header's names column takes no box; the names after the
  /// boxes go to it where the header has it and the Ja alone is ticked, else `ambiguous_column`; a
  /// next line that is no row, label or heading may be their wrap: `wrapped_value`). Counts fewer
  /// than the columns are placed by the table's sums (TrailingRowBySums); where that fails, the
  /// cells are not as many as the columns, no header is found or the cells are doubtful, the row's
  /// keys get `ambiguous_column` naming what was seen. True when the line had trailing cells of
  /// `r`'s kind; false, doing nothing, otherwise.
  bool ReadTrailingCells(const Rule& r, size_t idx);
  /// Row `r` on line `idx`, its counts fewer than `cols`: assigns them where the table's sums
  /// (its rows on the lines around, sum_placement.h) leave one placement; false otherwise.
  bool TrailingRowBySums(const Rule& r, size_t idx, const std::vector<std::string>& cols);
  /// TrailingHeader's header over line `idx` (empty when none) and its
  /// columns that take `v`'s trailing cells (a box no names or ignored
  /// column); true when those are exactly as many as the cells, the cells
  /// are not doubtful and names after boxes have a names column.
  bool TrailingColumns(const LineView& v, size_t idx, std::vector<std::string>* header,
                       std::vector<std::string>* cols) const;
  /// The columns, in order, of the header over the table whose row is line
  /// `idx`: the nearest line above, past blank lines, running lines and the
  /// table's other rows (a label of a row rule of the section in force, of
  /// `boxes`' kind, at the line's start, or a line of nothing but two such
  /// rows' labels or more: empty rows a wrap joined), that is one cell ending in two
  /// column words or more ("Kvinnor Män", "Antal kvinnor Antal män",
  /// "Kontaktorsak Kvinnor Män", "Ja Nej Om ja, ange vilken/vilka:"), the
  /// words before them naming no column (glued ones, pypdf's "JaNej", apart where each piece but
  /// the last is a column's word). False when another line comes first.
  bool TrailingHeader(size_t idx, bool boxes, std::vector<std::string>* cols) const;
  /// Reading-order text only: when `r` is a row of counts whose label ends line `idx` with
  /// nothing after it, reads the table the order wrote around it (ReadOrderedTable) and assigns
  /// this line's rows the numbers the shape decides, else an `ambiguous_column` finding for their
  /// keys; returns true. Returns false, doing nothing, for other rules, text and lines.
  bool ReadOrderedCounts(const Rule& r, size_t idx);
  /// Reading-order text only: the rows of counts labelled on line `idx`, in
  /// order (a paragraph the reader joined may hold several labels: "Totalt
  /// antal klienter därav mellan 18 och 29 år ..."), each a rule of the
  /// section in force with the same columns as `r`, the first at the line's
  /// start. Empty when the line is no such label line.
  std::vector<const Rule*> OrderedLabels(const Rule& r, size_t idx) const;
  /// Reading-order text only: the column words on line `idx` (one or more
  /// words, each a column of `columns`; or the line and the next joined
  /// without a space, a header word broken in its narrow cell: "Kvinn" /
  /// "or"), appended to `*names`; `*span` gets how many lines it takes.
  /// False when the line is no such header.
  bool OrderedHeader(size_t idx, const std::set<std::string>& columns,
                     std::vector<std::string>* names, size_t* span) const;
  /// Decides the table of counts whose first label the walk met on line
  /// `idx` (reading_order.h has the shapes) and stores each label line's
  /// numbers in ordered_rows_ or its refusal in ordered_refused_.
  void ReadOrderedTable(const Rule& r, size_t idx);
  /// The number on line `k`, a table's cell in reading-order text (0 where it reads none).
  double OrderedNumber(size_t k) const;
  /// Where a table's `groups` (columns `cols`) stay unread in part, places their runs and the
  /// numbers on lines `before` (above the first label) by its sums if the order wrote it down the
  /// columns in blocks (reading_order.h; `read`: rows the shapes read, not to be contradicted;
  /// null: none). True, rows in ordered_rows_ and `seen` in ordered_refused_, when placed.
  bool ReadOrderedBlocks(const std::vector<OrderedGroup>& groups,
                         const std::vector<std::string>& cols, const std::vector<size_t>& before,
                         const OrderedRows* read, const std::string& seen);
  /// Reading-order text: true when a group of `labels` (their rules) with one run of numbers a
  /// column (`runs`, columns `cols`) is reading_order.h's total: each run one number short, the
  /// first label's key a `sum` check's total over the others' in every column, each run's first
  /// number the sum of the rest (not every total 0). Where the empty cell is stays unknown.
  bool OrderedTotalFirst(const std::vector<const Rule*>& labels,
                         const std::vector<std::string>& cols,
                         const std::vector<std::vector<size_t>>& runs) const;
  /// Reading-order text: true when `*runs` are that total written in bands of rows
  /// (reading_order.h: "29 14 | 5 2 | 9 6 | 3 0") and not column after column; `*runs` then
  /// becomes the columns gathered band by band. False, `*runs` untouched, otherwise.
  bool TotalInBands(const std::vector<const Rule*>& labels, const std::vector<std::string>& cols,
                    std::vector<std::vector<size_t>>* runs) const;
  /// Reading-order text only: the field rule whose label is the whole of line `k` (one cell,
  /// nothing after the label; with `rest`, or the label and the whole line its wording goes on at,
  /// WordingGoesOnAt: `*rest` that line, else `k`) with a number as its answer (an int or a
  /// decimal key); `*type` gets the key's type. nullptr otherwise.
  const Rule* OrderedNumberLabel(size_t k, FieldType* type, size_t* rest = nullptr) const;
  /// Reading-order text, or plain text's one-cell lines (reading_order.h): true when `idx` is one
  /// of two labels of numbers of different types written one after the
  /// other and then their two numbers alone on their lines; `*out` gets
  /// this label's (its line consumed, `*from` set), or is empty with an
  /// `ambiguous_column` finding where the numbers' form contradicts the
  /// order. False, doing nothing, for any other shape.
  bool OrderedPairValue(size_t idx, std::string* out, const Line** from);
  /// Reading-order text, or a text line of one cell (reading_order.h): true
  /// when the answer `rest` after rule `r`'s number label on line `idx` is
  /// the other label of the pair, and the next line opening with a digit
  /// their two numbers ("Beviljat statsbidrag, kr Årsanställningar ..." /
  /// "804 246:- 2,0"); in a laid-out text also when the label stands alone
  /// (`rest` empty), the other label's wording on the lines below it and the
  /// numbers in two cells: both keys assigned, or both null with
  /// `ambiguous_column`. False, doing nothing, for any other shape.
  bool OrderedPairOnLine(const Rule& r, size_t idx, const std::string& rest);
  /// True when line `k` is one number the normaliser took for running text
  /// (a page number) that is not its page's number at its page's edge
  /// ("91" after "08- 5782 94" on page 1): a value, not furniture. False for
  /// every other line.
  bool NumberNotPageNumber(size_t k) const;
  /// Reading-order text only: true when a line from `from` to the end of its
  /// block (the next blank line or heading) may be the last line of a wrapped
  /// value above it: neither a label with its own answer, nor a table's cell,
  /// nor continued by the line above it (a trailing , / & + or -); `*seen`
  /// gets that line. Such a line may be the value's, or a neighbour cell's,
  /// interleaved by the order: the value above it is not decided. When
  /// `from` is one blank line, the one line after it on the same page,
  /// where nothing claims it (no label of the section in force, heading, table's cell, note or
  /// first line of a question's wording wrapped over lines; a label's wording in lower case and
  /// a running line with words are no claim): a dump of pdftohtml's runs.
  bool OrphanAfter(size_t from, std::string* seen) const;
  /// Reading-order text only: true when the running answer that ended at
  /// line `last` was cut by a table's cells (IsOrderedTableCell lines, blank
  /// lines between) and the first line after them reads on from it: it
  /// starts in lower case, or with "(" and no capital ("(18-25 år)"), and is
  /// no label. `*seen` gets that line. The answer may go on there, past the
  /// neighbour column's cells the order wrote in between: it is not decided.
  bool TextGoesOnPastCells(size_t last, std::string* seen) const;
  /// Reading-order text only: true when the running answer that ended at
  /// line `last` breaks off mid-sentence (its last character no full stop,
  /// "!", "?", ")" or quote) and the next line that is not blank is a
  /// footnote: the order wrote the page's note inside the answer
  /// (`pdftotext -raw`), and the answer's next lines may have been read as
  /// the note's. `*seen` gets the note's text. Not decided.
  bool TextGoesOnPastNote(size_t last, const std::string& value, std::string* seen) const;
  void ApplyField(const Rule& r, size_t idx, size_t cell, const RegexMatch& m);
  void ApplyRow(const Rule& r, size_t idx);
  /// A row on a line the text reader marked cut (kCutLine: cut_lines.h, a
  /// text cut at a column or a hard fold's row it could not prove): each of
  /// the rule's columns that no cell of `cells` stands in (its cell past the
  /// cut, or on the fold's rest) gets value_unreadable (cut_line), so that
  /// its key is never read as a blank the municipality left. Under a
  /// header whose column word the cut cut short (ColumnHeader::cut_word),
  /// a row's key whose column the header does not name gets
  /// value_unreadable (cut_header), whether or not its line reaches the
  /// cut. A row with a choice key is left as it was.
  void NameCutColumns(const Rule& r, const Line& line,
                      const std::vector<std::pair<std::string, const Cell*>>& cells);
  /// Notes option rule `r`'s hit on line `idx`, its wording matched in cell
  /// `cell` from UTF-16 offset `start`: marked by a leading mark, its cell's
  /// box, an ordered mark or another cell's mark; where a box glyph stands
  /// in the cell before the wording ("... hjälp ☐Verksamheten ... ökat
  /// utbud": two options on one line), by the last such glyph alone.
  void ApplyOption(const Rule& r, size_t idx, size_t cell, int32_t start, bool leading_mark);
  /// A text rule's answer starts after its label (another text question's label there takes
  /// what follows it); a label matched within the tolerance whose regex is met only with the next
  /// line (LabelGoesOn) has no answer on either line: the words after the match are the label's.
  /// So they are when the regex is met across the wrap ending inside a later line
  /// (LabelEndsOnNextLine): the answer starts after the wording there; and so are the words after
  /// a regex's match on its own line when the regex, over the wrap, takes them and goes on into
  /// the very next line ("... i er kommun (tre" / "första)").
  void StartText(const Rule& r, size_t idx, size_t cell, const RegexMatch& m);
  /// The most words of an answer's line that may open another question's
  /// label the wrap broke (ReadTextLine).
  static constexpr size_t kWrappedLabelWords = 12;
  /// Starts rule `r`'s answer after its wording on line `next` (TextLabelAcrossWrap), the
  /// line's later cells (no mark, no structure) joined to it.
  void StartTextAfterWrap(const Rule& r, size_t idx, size_t next, int32_t after);
  /// `first` with the text of `v`'s cells after `cell` joined to it, a
  /// space apart: empty cells, marks and labels or headings passed over.
  std::string WithLaterCells(const LineView& v, size_t cell, std::string first) const;
  /// Starts the running text answer of text rule `r` matched on line `idx`,
  /// its lines read up to `last`, with `first` (its words on those lines;
  /// none when empty) as its first line.
  void BeginText(const Rule& r, size_t idx, size_t last, const std::string& first);
  /// Reads line `idx`, a content line, into the running answer: its cells'
  /// words joined; another question's bare label at its end, or begun at
  /// the end of the answer's line before it, ends the answer
  /// (EndTextAtLabel).
  void ReadTextLine(size_t idx);
  /// True when line `idx`, met by the running answer, reads as a question
  /// (the vocabulary's `question`) that no rule of the edition knows in any
  /// section, or is a row of the table the answer stands in, a label and
  /// only numbers or marks, one under a column of the table's header (a row
  /// no rule knows: another edition's): the answer ends before it
  /// (EndTextBeforeHeading, `wrapped_into_question`), an info
  /// `question_not_in_form` names the line, and the walk reads none of the
  /// lines after it into the answer. False, nothing done, for any other line.
  bool EndAtUnknownQuestion(size_t idx);
  /// Ends the running answer before `next` (a question no edition asks, a
  /// table's header): where its last line, of its own, may be a heading
  /// (a capital first, after a section's number if any, eight words at
  /// most, no mark at its end),
  /// it may be the answer's or `next`'s, and the answer is left empty with a
  /// `wrapped_value` finding (`message`, messages.tsv), unless the answer
  /// stands on its label's line alone and a blank line parts the heading from
  /// it (then it ends before the heading); else it is finished as read.
  void EndTextBeforeHeading(const std::string& next, const std::string& message);
  /// Ends the running answer where `by`'s bare label (`label`, as written,
  /// CutTrailingLabel's cut) stands at the end of line `idx`: the answer
  /// goes on nowhere past it. A text question's label is noted found there
  /// and its answer starts on the lines after it.
  void EndTextAtLabel(const Rule& by, const std::string& label, size_t idx);
  /// Assigns the running text answer; null with wrapped_value where it goes
  /// on past cells or a note, over a page break on to a report's opening or
  /// into another section's questions (pages out of order), or where a later
  /// line opens with the end of a bracket nothing in it opened ("kommuner)":
  /// another text's).
  void FinishText();
  /// Each option list's marked options as its choice; a list with a box ticked on a line of
  /// it, or next to it, that no option matched, or with a line there cut short or left
  /// unread by the text reader, is left null, its place unplaced (it may lack that choice).
  void ResolveOptions();
  /// `r`'s label in `cell`: by its regex, else within the label tolerance.
  bool FindLabel(const Rule& r, const icu::UnicodeString& cell, RegexMatch* m) const;
  /// FindLabel in `v`'s first cell (v.first >= 0), its regex tried only
  /// where the literal prefilter passes the cell's fold (LineView::Fold).
  bool FindLabelInFirst(const Rule& r, const LineView& v, RegexMatch* m) const;
  void Observe(size_t idx, LineUse use) const {
    if (observer_) observer_->OnLine(idx, section_, use);
    if (!uses_.empty()) uses_[idx - seg_.begin] = {use, section_, vars_page_};
  }
};

}  // namespace redovis

#endif  // REDOVIS_MATCH_MATCH_RUN_H_
