// Reading-order text: what `pdftotext` without -layout writes, each cell's
// lines together and a table's cells one after another, with nothing to say
// which column a cell stood in. What can still be decided from the order
// alone, and where the order decides nothing.
//
// `IsReadingOrderText` judges a report's lines; MatchRun's methods declared
// in match_run.h and defined in reading_order.cc (JoinWrappedValue,
// RestoreLostHyphens, ...; the marks' methods, RefuseOrderedChoice,
// OrderedRowBoxes, OrderedQuestionBoxes, OrderedOptionMark, in
// reading_order_marks.cc; the tables of counts', ReadOrderedCounts,
// ReadOrderedTable, in reading_order_counts.cc, a total proven by its sums,
// OrderedTotalFirst, TotalInBands, in reading_order_totals.cc, blocks placed
// by the table's sums, ReadOrderedBlocks, in reading_order_blocks.cc, a table
// with an empty cell placed by its sums in sum_placement.h, a column under its
// own word and a table's blocks in column_runs.h; a row's cells on its label's line,
// CutTrailingCells, ReadTrailingCells, TrailingHeader, in
// reading_order_rows.cc) use the document's own evidence to
// join a value wrapped in its cell, restore a hyphen lost at a line break, and refuse a mark or a
// value whose place the order cannot prove (null and a finding, never a guess). Internal to the
// match stage; never throws, never prints.
//
// One blank line ends no cell for certain: a dump of pdftohtml's runs (`pdftohtml -s -noframes`
// then `w3m -dump` or `lynx -dump`) writes each run as a paragraph of its own, so a cell's
// wrapped line, a note's next line and a heading's words stand after one. A value whose next
// line after one blank line nothing claims (no label of the section, heading, table's cell or
// note, nor the first line of a question's wording wrapped over lines, TextLabelAcrossWrap; a
// label's wording in lower case, "kommun", or a running line with words counts as unclaimed), or
// which it left incomplete ("08- 5782 94" / "91"), is null with `wrapped_value` (a page's rule,
// IsPageRule, is no such line: the block goes on past it; after one blank line it ends the page)
// (OrphanAfter, JoinWrappedValue); a line going on with a note's unended sentence after one blank
// line is the note's (the walk in match_run.cc); a heading's number and its words may stand apart
// so (SplitHeading).
//
// Lists of options with a box each (OrderedOptionMark): the order writes the
// boxes' column as one run of box-only lines, then the options' column; the
// i-th box is the i-th option's only where the two runs are equally long and
// nothing but blank lines stands between them (a run may hold one blank line
// between its lines where the options' run does: pdfminer's `pdf2txt` writes
// a blank line after every line); or, a line each, each option
// right after its own box ("☐" / "Ja" / "☐" / "Nej" / "☒" / "Kan inte
// bedöma"), where the list opens with a box after a line that is no option or
// box and ends with an option before a line that is no box (so no box can be
// the option's before it); those boxes are read, no stray mark of the list
// (ResolveOptions). A number alone on a line
// that the normaliser took for a page number is a value unless it is its
// page's number at its page's edge (NumberNotPageNumber): digits a phone
// wrapped ("08- 5782 94" / "91") end the phone. A Ja/Nej table's marks
// (OrderedRowBoxes) are read only where every row of the table is its label
// alone on a line and then exactly one box-only line a column (the column
// words just above its first label): the boxes then come in column order;
// any other shape leaves every mark of the table null. A row match/cell_lines
// rebuilt (a text that writes a cell a line) is read as a table's row where
// its cells after the label are all boxes, or typed marks and empty cells
// each of which an empty form field's line shows: no cell was left out. A Ja/Nej table
// written column after column (OrderedColumnBoxes: the rows' labels as one
// block, and around it, on its page, each column's word then exactly one box
// a row; a running line or the table's own text question, "Om annan
// utförare ...", may stand between the rows and a column) is read only where
// no row then has two boxes ticked and one row at least has one (a row with
// none was left blank: its keys stay null). The same where the order wrote
// the column words first (one above the rows' labels, the other after them)
// and then the columns' runs, in the words' order (OrderedRunsAfterWords).
// A table of the first shape that shows one column beside its rows (the
// order wrote two tables' "Ja" columns beside their rows and both "Nej"
// columns further down the page: "Ja" / rows / "Ja" / rows / "Nej" / "Nej")
// takes a run written apart: the page's tables of its length that show one
// column, the same word's, and the runs of that length under one other word
// that no table stands beside, as many, are paired where exactly one
// pairing lines every table up (no row ticked twice, one row at least
// ticked: ordered_runs.h), each run standing past another table's rows
// from every table it may go to. Two pairings that line up, a table of that
// length whose columns are not shown, a run of that length without a word
// of its own, or one after a table's rows with no other table's rows
// between (other text may be what parts them): nothing is read.
// A table read so (by rows or by columns) whose names column ("Om ja, ange
// vilken/vilka:") the order wrote after it, past its boxes, column words and
// blank lines, with one line there (a capital or a digit first, no column
// word, then a blank line and nothing OrphanAfter would join), where every
// row is answered and one alone says Ja (RefuseOrderedChoice), leaves that
// row's names null with an `ambiguous_column` finding showing the line: the
// order does not show whose row wrote it (a Nej row may name organisations
// too); two rows of Ja, two lines, a blank row or no word leave the names
// null too. Read by rows, a row may write its names on one line
// right after its boxes, before the next row's label ("Brukarorganisationer"
// / "☒" / "☐" / "RSMH" / "Anhörigorganisationer"): they are its own where
// the row ticks Ja alone (Ja the first column); names after any other row
// leave the whole table unread; a line after the last row's boxes is not
// taken so.
// A question with a one-row
// Ja/Nej table of its own (OrderedQuestionBoxes) is read where the order
// wrote, after the question and its text only, each column word then its
// box, or the words then the boxes, exactly one ticked, and no other cell of
// a table just before the label or after the run; the first word may stand
// alone right above the question ("Ja" / question / "☒" / "Nej" / "☐"), and
// the next question's first word, or its column words alone, right above it
// after the run. The words
// and boxes before the question may also be a run right under its section's
// heading, on its page ("Handledning" / "Ja" / "☒" / question / "Nej" /
// "☐"; "Utbildning" / "Ja" / "Nej" / question / "☐" / "☒"), the whole in
// one of those two shapes; or the column words alone (no box) right above
// the question after a line that is no table's cell or row, the boxes all
// after it and no row's label after them ("Ja" / "Nej" / question / "☒" /
// "☐": the header row, then the table's only row). The section's heading
// may end the page before, where the pages are in their order. A row that
// asks for counts under its columns and tells its choice by them (the 2023
// queue: "Ja" / "(Om fler kommuner ... med kö/väntetider)" / "Nej" / "(...)"
// / question / "2" / "1") is read in the same shapes with a count alone on
// its line in each box's place (a column word's note in brackets on the
// lines under it, closed within three, is the word's): each count its
// word's column's, the columns with a count above 0 chosen; a count
// missing, or a box among them: nothing read.
//
// Two labels of numbers written one after the other and then their two
// numbers (OrderedPairValue; in any plain text too where each stands alone
// on its line, odt2txt's paragraphs: a table's row of labels over its row of values,
// "Beviljat statsbidrag, kr" / "Årsanställningar ..." / "804 246:-" /
// "2,0") are read in order only where the keys' types differ, whole kronor
// and a decimal count, and each number's form is its own label's (no
// decimal separator; one or two decimals); a form against the order leaves
// both null with `ambiguous_column` (reading_order_values). Blank lines
// between the labels or not (mutool's text writes none): this is tried
// before the stack's own way (StackedValue). A number with its unit under
// its bare label ("402 638 kr") is whole: the line after it is no rest. The same two
// labels on one line, the first's answer opening with the second's label
// (OrderedPairOnLine: `tr -s ' '` of a laid-out page, `pdftotext -raw`:
// "Beviljat statsbidrag, kr Årsanställningar, ... Anges med två" /
// "decimaler, t.ex. två halvtider = 1,00" / "804 246:- 2,0"): the lines up
// to the next one opening with a digit (on the page, or past a page break
// on the next) must complete the second label's wording, its answer empty;
// that line is the two numbers in the labels' order, the decimal count one
// word with one or two decimals and the kronor the other words without a
// decimal separator; any other form of it leaves both null with
// `ambiguous_column` (reading_order_values). So is a text's labels' line
// of one cell in any text (lynx's dump of HTML: a table's cells one space
// apart, the labels' row wrapped and joined), and in a laid-out text the
// first label alone on its line with the second's wording on the lines
// below and the two numbers in two cells (`pdftotext -layout -fixed 8`:
// the labels' row squeezed; numbers a line each are not this shape). The section's
// only mark (OrderedSectionMark: the signature's "JA", wherever the order
// wrote it) is its only mark-taking question's answer.
//
// Tables of counts (rows with columns and no choice: Kvinnor / Män), read by
// ReadOrderedCounts when the walk meets a table's first label. The table is
// the run of lines from there: the rows' labels (a line the reader joined
// may hold several), numbers, header words (a column word, several on one
// line, or one broken in its cell: "Kvinn or"), blank lines, notes and
// text questions of the section ("Om annan orsak, ange vilken."), and a
// label's wrapped words before its numbers; header words and blank lines
// before the first label belong to it too. Each group of labels with the
// numbers after it must have one shape:
//   - a row: one label, one number a column (not numbers right before a line of every column's
//     word: they stood above the table's header, another table's column's rest);
//   - columns: N labels, then exactly one run of N numbers a column (a run
//     ends at a blank line, a header word, a note or a page break, a form
//     feed or a page's rule, IsPageRule, which the table goes on past), the
//     columns left to right;
//   - a total: N labels, then one run of N-1 numbers a column, where a
//     `sum` check makes the first label's row the total of the others' and
//     each run's first number is the sum of the rest: the first is the
//     total's; the parts keep their finding (the empty cell is among them);
//     the same written in bands of rows ("29 14 | 5 2 | 9 6 | 3 0": rows 1-2
//     of each column, then rows 3-4), where the sum holds for the columns
//     gathered band by band and not for the numbers taken column after
//     column;
//   - a tail: N labels then one number a column, the last label's, the
//     others empty rows; or labels with no number: empty rows; or labels
//     and fewer numbers than columns (a row with a cell left empty, its
//     numbers its own, their columns not shown: its keys null with
//     `ambiguous_column` and those numbers; in a table with such a row, a
//     tail is read so too, and so is a row right after such a row: it may
//     hold the short row's number, the order having written it after the
//     next label; not where each of the two is a block of its own, a blank
//     line before its label and after its numbers, the numbers on the lines
//     right under the label: MuPDF's text writes each row so; the short
//     row's block may follow empty rows' labels, right above its own or a
//     blank line apart). Only where
//     two groups or more
//     are rows and none columns (the order went along each row and wrote
//     nothing for an empty cell);
//   - part columns: N labels, then each column's runs under its own header
//     word (a run without a word goes on with the column before), every
//     column opened once, none holding more than N numbers: a column whose
//     word heads one run of N numbers, a block of its own (a blank line
//     above the word and after the run: pdftotext's block; a text without
//     blank lines runs blocks together), is read whole, where a `sum` check
//     covering the group holds for it; a column of fewer numbers had a cell
//     left empty, its cells undecided (`ambiguous_column` with the table's
//     numbers) but for its total, the first number of its word's block,
//     where it is the sum of the rest (column_runs.h); a group every column
//     of which is so read whole is this shape, not the columns one.
//     Where a group no shape explains, or an empty one, stands in the same
//     table, these groups are read and every other group is not (its rows
//     get the finding), unless a rebuilt row, a tail, a short row or a
//     words row shows the order went along rows;
//   - words: one label, then fewer numbers than columns, each alone
//     between a header word of its own right above it and another header
//     word right after it ("Antal kvinnor" / "1,0" / "Antal män"): the
//     order went down each column (a row written along gives its numbers
//     after all its words: "Antal kvinnor" / "Antal män" / "1,0" is not
//     read), so each number is its word's column; the others are empty.
// The columns are named by the header words in the order they come, or, for
// a table whose first rows match/cell_lines rebuilt right above its first
// label (a text that writes a cell a line writes no line for an empty cell,
// so the rebuilding stops at the first row with one), by the rebuilt header;
// those rows then count as rows, and a group of the columns shape refuses
// the table. A
// number before the first label (rows shifted), another group, a header not
// naming every column, or columns and tails in one table: nothing in the
// table is read, and each row's keys get `ambiguous_column` with the
// table's numbers as they came (the document's text). An empty row's keys get it too: its numbers
// may stand where the order cannot show. A row whose keys take a variable not yet set (a "därav"
// row before its group's label) names no key and gets no finding. A number the normaliser took for
// a page number is a value unless it is its page's number at its page's edge.
//
// Blocks placed by sums (ReadOrderedBlocks, reading_order_blocks.cc): where groups stay unread
// (a group no shape explains refuses the table, or is set aside), a table the order wrote down
// its columns in blocks (a group of three rows or more whose first run is as many numbers; a
// blank line after every run, and before each but one right under its column word; the header's
// words, where they came, in the forms' order: the vocabulary's) is placed by its sums
// (column_runs.h, PlaceColumnRuns): pdftotext's order may write a column's block after a later
// group's labels (its rest after an empty cell; the first group's column under its word after
// the table), and each cell every placement that holds fills alike is read, the others
// undecided with `ambiguous_column` and the table's numbers; rows the shapes read stay as read,
// and a placement that contradicts one places nothing. Only where each group of rows is a `sum`
// check's total and every part in each column (labels the order parted, or two groups' run
// together, hold no sum of their own) and shows a block a column after its labels or under a
// word heading it; a column word past a blank line heads no block (the header's own line). It
// takes each group's runs in the order written, the first of a column left of the next; a group
// whose right column's block came before its left one's (not seen in pdftotext's order) would be
// read with its columns swapped, as the columns shape reads it. Numbers before the table's first
// label (the order wrote a group's labels after its columns: "Kvinnor" / "173" / ... / "Män" /
// "195" / "Antal nya klienter" ... / "Totalt antal klienter" ...) are placed so too where they
// are one block a column, each under its own word and a blank line after it: any group's (the
// search decides); a column word first seen after a group's labels then refuses. A group of
// labels the order ran together (the Totalt rows, then "Antal klienter som ... hemmavarande
// barn": the first group's numbers came before them) is taken as the sums' groups, a check's
// total and every part, and rows of their own; a total's label alone with its numbers, then its
// parts' labels ("Totalt antal klienter" / "Kvinnor" / "165" / "Män" / "43" / "därav ..."), is
// one such group (not a later row's label parted from the rest: its number would break the order
// top to bottom). A block right under a line of every column's word ("Kvinnor Män" / "1") counts
// as a block; its column is not shown. Where the placement fails and the table ended at
// a line that may be the next table's title (a capital first, after the numbers, the next line
// a label of these columns: "Klienter med hemmavarande"), the two tables are placed together
// (a column's rest after an empty cell written past that title); failing that, each is read as
// before.
//
// A row whose cells follow its label on its own line one space apart
// (`tr -s ' '` of a laid-out page, `pdftotext -raw`: "Totalt antal klienter
// 29 5" under "Kvinnor Män", "Kommun ☒ ☐" under "Ja Nej"), in
// reading_order_rows.cc: the run of numbers (of boxes) that ends a line
// opening with a count row's (a choice row's) label (or a row's whose
// counts tell its choice, the 2023 queue's: the columns with a count above
// 0 are chosen) is cut off the label
// (CutTrailingCells; the line may open with empty rows' labels of the kind
// and nothing else before it, "Relationsfrågor Existentiella frågor Stöd i
// kontakten med myndighet 16 11", where the line before, past blank lines,
// is a row of the kind read so: those labels are dropped), and read one a column in the order of
// the header above the table (TrailingHeader: past blank lines, running lines and the table's other
// rows; a first column's word before the column words, "Kontaktorsak", and a names column after
// them, which takes no box; column words glued, "JaNej" over "Kommun ☒☐" as pypdf writes a table,
// each piece a column's word, are the words apart, and so are boxes glued one to the next right
// after the label, "☒☐RSMH" too) only where the cells are exactly as many as its columns, or, for
// a row of counts with fewer (a cell left empty), where the table's `sum` checks, over its rows on
// the lines around it each so written, leave its numbers one placement (TrailingRowBySums,
// sum_placement.h's PlaceRowNumbers: "därav mellan 30 och 49 år 53" under "Kvinnor Män" is the
// men's where 62 = 2 + 60 holds only without it; two placements: null, as before); the names
// a Ja asks for may end the line after the boxes ("... ☒ ☐ RSMH"), and so may the label's own last
// words after two boxes or two counts or more, in lower case to its full stop ("... till ☒ ☐
// personligt ombud.", "... kända 10 8 för verksamheten."). A column word its narrow cell broke, its
// rest alone on the line under the header ("Klienter med hemmavarande Kvinn Män" / "or"), is joined
// to the one header word it completes ("Kvinnor"; none or two: no header); so are a last column
// word's two pieces on its line, the next column's words alone on the line under it, after the
// first column's own words ("Klienter med hemmavarande Kvinn or" / "Män"), or after two column
// words or more alone, the last column's word whole or in the pieces its cell broke it into ("Ja
// Delvis (t.ex. ...)" / "Nej"; "N ej"); a column word's note in brackets after it, closed on its
// line ("Delvis (t.ex. om det är kö i 3 av 12 kommuner)"), is the word's. A number the label's
// regex needs ("därav mellan 18 och 29 5"), a year first ("2023 5"), three digits after
// one to three ("1 234": one number's groups), another count, or no header:
// null and `ambiguous_column` naming what was seen. A line of nothing but a
// row's boxes or counts right under a label's line whose label ran over
// lines of its own (MuPDF's XHTML through html2text: "... (vid" / "kö till
// PO) för tillgång till personligt ombud." / "☒ ☐"; through w3m, one blank
// line between) is that line's run, under the same tests, in reading-order
// text and in other plain text alike, where the header above proves it, one
// a column (TrailingColumns); else, as where boxes were written before their
// labels (the line above the label is no row), both lines stay as they were.
// So are the run's cells where the label's wording ran over two or three
// lines the reader did not join ("Har ni under 2020 haft kö eller väntetid
// för personer" / "(uppdragsgivare) som söker kontakt med personliga
// ombud?" / "☒ ☐ ☐"): the lines after the label's one cell each, with no
// box or count, only the last ending the question ("?" or "."); those lines
// are then the label's. The question may end on the run's own line, before
// the run ("(uppdragsgivare) som söker kontakt med kommunens verksamhet" /
// "för personliga ombud under 2023? 2 1"): the label then runs over three
// lines at most, the run's among them.
#ifndef REDOVIS_MATCH_READING_ORDER_H_
#define REDOVIS_MATCH_READING_ORDER_H_

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "redovis/document.h"
#include "redovis/patterns.h"

namespace redovis {

/// True when lines [begin, end) of `doc` are a PDF's text in reading order:
/// a plain-text file whose lines are each one cell (no run of spaces laid
/// out columns; one line in 25 of two cells or more is allowed: a dump of
/// pdftohtml's lines parts cells by two no-break spaces here and there; a drawn table's row, an
/// empty cell among its cells, counts as several however few hold text) and mostly start at the
/// margin (three in four at least: `pdftotext -layout` indents a cell to its column even where it
/// prints one cell a line), and that is paginated by form feeds (what pdftotext writes) or, without
/// them (a PDF viewer's text copied, `pdftotext -nopgbrk`), shows a PDF's wrap over a whole form:
/// 100 lines with text or more, at most two longer than 120 characters (a line without a letter, a
/// rule, not counted), five at least of 81 to 120 (a page's width: typed text and pandoc wrap at 72
/// columns), and one line in 16 at least going on with the sentence of the line just before it, or
/// of the one before a single blank line (pdftohtml's runs dumped by w3m or lynx: each a paragraph
/// of its own) (it starts in lower case; that one ends with no `.`, `:`, `?`, `!` or `)`); the
/// lines the text reader joined into a paragraph count as going on, and for width a line standing
/// alone or such a paragraph whose lines average more than 80 characters (a form whose free
/// answers are short shows few page-wide lines of their own). A typed text or a word processor's
/// export (LibreOffice's "Save as text") writes a paragraph a line: long lines, few that go on.
/// Rows that match/cell_lines rebuilt (cells without positions; in text with pages, its field
/// tables) are left aside, and must be fewer than the other lines. Returns false for every other
/// format and for text with layout columns, indented cells or tabs.
bool IsReadingOrderText(const Document& doc, size_t begin, size_t end);

/// A group of a reading-order table of counts (ReadOrderedTable): a block of
/// row labels and the runs of numbers after them, up to the next labels.
struct OrderedGroup {
  std::vector<std::pair<size_t, size_t>> labels;  ///< (line, label on it)
  std::vector<const Rule*> rules;                 ///< each label's rule
  std::vector<std::vector<size_t>> runs;          ///< each run's lines
  std::vector<std::string> run_words;             ///< each run's header word right above it, or ""
  std::vector<bool> word_after;                   ///< each run: a header word right after it
  std::vector<bool> header_after;  ///< each run: a line of every column's word right after it
  std::vector<bool> word_again;    ///< each run: its word stood earlier in the table
  bool unread_last = false;        ///< a capitalised line no rule read after its last label
  /// The part-columns shape (column_runs.h): each run's column; each
  /// column's run read whole, and the total's line of a column that is not
  /// (its first number the sum of the rest), or kNoRun.
  std::vector<size_t> run_column, whole, total;
};

/// A reading-order table's rows decided: per label line, per label on it,
/// the (column, value line) pairs (MatchRun::kUndecidedCell for a cell whose
/// number the order does not show).
using OrderedRows = std::map<size_t, std::vector<std::vector<std::pair<std::string, size_t>>>>;

/// True when `r` is a row of counts: columns, no choice (Kvinnor / Män).
bool IsCountRow(const Rule& r);

/// The names of `r`'s columns (its column keys').
std::set<std::string> ColumnsOf(const Rule& r);

/// True when `r` is a row that asks for counts under its columns: a count
/// row, or one whose choice its counts tell (the 2023 queue: municipalities
/// with and without one under Ja and Nej). A names column asks for none.
bool AsksCounts(const Rule& r);

/// True when `line` is a page's rule as a text browser draws pdftohtml's
/// `<hr/>` between pages (w3m "━━━…", html2text "===…"): one cell, no space,
/// 60 columns or more of one rule character. A page break where the text has
/// no form feeds.
bool IsPageRule(const Line& line);

/// The pages of lines [begin, end) of a reading-order text that the order
/// wrote one word a line (`pdftotext -raw` of a page turned by /Rotate):
/// its filled lines, counted as the text's own lines they cover (the text
/// layout may have joined a run of words into one line), twenty or more,
/// with at most eleven words to ten of those lines. On such
/// a page a line is no cell's line: where an answer begins and where it ends
/// cannot be told (MatchRun::RefuseWordALinePages). Empty for text that is
/// not on pages.
std::set<int> WordALinePages(const Document& doc, size_t begin, size_t end);

/// The first run of four digits in `value` that may be two numbers whose
/// hyphen `pdftotext` dropped when it joined a line ending in one to the
/// next ("unga (18-" / "25 år)" becomes "(1825 år)"): exactly four digits,
/// no digit, hyphen, full stop, comma, colon or slash beside them (nor one
/// space away: a phone's groups, "08- 5782 94"), the first two less than the
/// last two (a range: "18-25", "08-12"), and no year
/// 1900-2099 ("2021" stays a year). Returns "" when there is none. The
/// joined number cannot be told from a number written so; a caller leaves
/// such a value empty.
std::string DigitsJoinedOverHyphen(const std::string& value);

}  // namespace redovis

#endif  // REDOVIS_MATCH_READING_ORDER_H_
