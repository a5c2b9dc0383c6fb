// Which column of a table a cell stands in: by the header's cell index, or,
// for formats with positions (PDF; text with layout), by the header words'
// horizontal extents; under a header stacked one word a line in text whose
// empty cells leave no line, by the rows the values stand in; in a text whose
// columns its known tables prove out of line with their headers (tabs
// re-expanded at another width: ColumnsOutOfLine), by order alone where a
// row fills every column, else in none. Internal to the form matcher.
//
// In: the active header (column names and extents, from the header line) and
// a row's cells. Out: a Placement per cell: a column name, none, or
// `ambiguous` with the two columns it stands between. It never guesses: a
// cell between two headers is ambiguous, never given to the nearer one by a
// hair. It knows column names only as strings from common.rules, no wording.
#ifndef REDOVIS_MATCH_COLUMN_PLACEMENT_H_
#define REDOVIS_MATCH_COLUMN_PLACEMENT_H_

#include <climits>
#include <deque>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "redovis/document.h"
#include "redovis/messages.h"

namespace redovis {

/// The column name common.rules gives a header word that is never read (a
/// comment column, a sum column).
inline constexpr const char* kIgnoredColumn = "ignore";
/// The column name common.rules gives a row's names cell ("Om ja, ange
/// vilken/vilka"): text, never a mark or a count.
inline constexpr const char* kNamesColumn = "names";

/// Where a cell stands under a header.
struct Placement {
  std::string column;      ///< the column's name; "" for none
  bool ambiguous = false;  ///< it stands between two columns
  /// Why, for the finding: a "doubt.*" message of patterns/messages.tsv with
  /// the columns concerned as {first} and {second} (ColumnRef); the row adds
  /// the value as {raw}.
  MessagePart doubt;
  /// Placed by nearness: the cell overlaps no header, the column's is the
  /// nearest (for the finding: "nearest" rather than "under").
  bool by_nearness = false;
  /// Without positions: the cell's index is past the header's last cell, or
  /// under a blank cell of it (a row with more cells than its header).
  bool past_header = false;
};

/// A column as a finding names it: "@column.<name>", the message table's
/// word for it (Ja, Kvinnor), "@column.ignore" for a column never read,
/// "@column.unread" for a header word naming no known column (`name` "").
std::string ColumnRef(const std::string& name, bool ignored = false);

/// Cells of one row (`placed`, one per cell; `filled`: whether the cell holds
/// something) that two or more stand in one column (a row whose values are
/// out of line with its header, as text whose tab stops were re-expanded at
/// another width leaves it, ps2ascii's columns, each row shifted from its
/// header by its own amount, or a table padded to its own cells under a
/// header of wider columns, pandoc's gfm): every such cell of that column
/// becomes ambiguous, one under the header too, since which of them is the
/// column's cannot be told. So does a cell placed by nearness only in a row
/// where another filled cell stands between two columns (tab stops
/// re-expanded narrower: "3" nearest "Män", the "0" after it between "Män"
/// and "Kvinnor"): the row is out of line with its header. Never fails.
void MarkShared(const std::vector<bool>& filled, std::vector<Placement>* placed);

/// A row without positions (`value`, one per cell: whether it holds a
/// number, a mark or a ticked box) one of whose values stands past its
/// header's cells (Placement::past_header: "Totalt antal klienter\t7\t267\t181"
/// under "\tKvinnor\tMän", a previous year's count or a sum set in without
/// a header word): which of its values are the header's columns' cannot be
/// told by index, so every value of the row becomes ambiguous
/// (`doubt.row_wider`), the one past the header too. Never fails.
void MarkPastHeader(const std::vector<bool>& value, std::vector<Placement>* placed);

/// True when `cell`, of a text with layout (positions in character
/// columns), is a number written in
/// digit groups one space apart ("230 148") and a cell of one of `beside`
/// (the lines above and below it) starts where one of its later groups does:
/// the space may be the gap between two columns (w3m sets a table's
/// columns one space apart) as much as a thousands space, so the cell's
/// column and its value cannot be told. Never fails.
bool GroupsMayBeColumns(const Cell& cell, const std::vector<const Line*>& beside);

/// A count as a table's cell writes it: digits, and one or two decimals
/// after a comma or a point ("29", "1,5"). Never a phone's piece with a
/// hyphen ("060-"), a date or a range ("18-29").
bool IsCountCell(const std::string& t);

/// Whether `next`, a count written one space after the count `prev`, may be
/// a thousands group of it rather than a number of its own ("1 234": one to
/// three digits, then exactly three), the number they make together being
/// at most `most`, the largest count the cells' columns may hold
/// (ValueParser::MostOf: "267 181" under Kvinnor and Män is two counts).
bool MayBeDigitGroup(const std::string& prev, const std::string& next,
                     unsigned long long most = ULLONG_MAX);

/// True when `cell` is written in digit groups ("181 448", "4.045") and the
/// number they make, `value`, is more than `most`, the largest count its
/// column may hold (ValueParser::MostOf): the space or point may part two
/// numbers (a row's count and another beside it with no tab between) as
/// much as thousands. Never fails.
bool GroupsPastMost(const std::string& cell, double value, unsigned long long most);

/// The active column header of a table; one entry per cell of the header line.
struct ColumnHeader {
  std::vector<std::string> names;  ///< column name per cell index ("" for none or ignored)
  std::vector<double> x0, x1;      ///< extent per cell index, -1 when unknown
  std::vector<bool> ignored;       ///< a known column that is never read (comment, sum)
  std::vector<bool> unread;        ///< a header word that names no known column
  bool positional = false;         ///< some named header cell has an extent
  /// The header stood one cell per line ("\tJa" / "\tNej"): rows stand so too.
  bool vertical = false;
  /// A vertical header whose lines are not one column word each: a line
  /// names two columns, or a column is named twice ("Ja Nej Om" / "ja,
  /// ange" / "vilken/vilka:", `fmt` of a one-cell-a-line table). Which
  /// column a value stacked under a row stands in cannot be told.
  bool words_joined = false;
  /// Text with layout: the header was one cell of column words one space
  /// apart, alone on its line (a text browser's dump laying a table out at
  /// its words' widths: html2text's "Kvinnor Män" over "29      5", the
  /// next tables, a blank line lower, at their own widths, "9 4" and "22
  /// 6"): its words' places are where its columns start, and no more
  /// (PlaceUnderSpacedWords).
  bool spaced_words = false;
  /// Under a spaced_words header, a row already placed had a count where no
  /// column's word starts (a table below laid out at its own widths, "0 24"
  /// under "Kvinnor Män"): a text browser laying a table out so writes
  /// nothing for an empty cell, so a row of fewer counts than columns is
  /// placed by no count's place from then on (PlaceUnderSpacedWords).
  bool own_widths = false;
  /// A stacked header in text with layout, where some row under it has its
  /// first value on the line right under its label: its rows stand line by
  /// line (PlaceStackedValues).
  bool rows_follow = false;
  /// A stacked header read from lines with vertical places (Line::foot: a
  /// PDF's text layer, OCR): the distance in points between the feet of its
  /// consecutive column words' lines, the same for each pair (within a
  /// tenth): a table's row under it stands its cells that far apart, one a
  /// step. 0 otherwise.
  double step = 0;
  /// A text cut at one column (read/text/cut_lines.h) whose cut left the
  /// header's last column word whole ("Kvinnor " and kCutLine): where the
  /// cut stood on the header's line, the start of the unread column after
  /// that word (ParseHeader). A row's cell that is the cut alone, wherever
  /// it stands (a cut in bytes ends a row of å and ä columns earlier), is
  /// that column's, no value of the word's. -1 otherwise.
  double cut_x0 = -1;
  /// A text cut at one column whose cut cut a column word short ("Mä" and
  /// kCutLine, cut_lines.h): an unread column of the header's (ParseHeader).
  /// A row's column key the header names no column for may stand there: the
  /// tool's loss, never a blank (MatchRun::NameCutColumns).
  bool cut_word = false;
  /// A header of some of a table's columns, a word alone over a row
  /// (LineStructure::NarrowedHeader): the names of the table's columns, as
  /// its full header named them. Empty for a full header.
  std::vector<std::string> table_columns;
};

/// How far `cell` (with a position) stands from the nearest header cell
/// that names a column (read, ignored or unread), in the document's units:
/// 0 when it overlaps one (it stands under the header); -1 without
/// positions. Never fails.
double HeaderDistance(const ColumnHeader& header, const Cell& cell);

/// The most character columns a count of a `-layout` text stands off its
/// header word: a form's cell wider than its word, its numbers set in the
/// middle or at the right (the 33 never-seen PDFs: 4 at most).
inline constexpr double kOffHeader = 4;

/// What a text's known tables show of its columns: the rows of counts
/// under a header with extents that stand in line (`in_line`), and those
/// that do not (`out_of_line`).
struct LineUpTally {
  int in_line = 0;
  int out_of_line = 0;
};

/// Adds to `*tally` the rows of counts of one table (`rows`: each row's
/// number cells, in order, with character columns) under `header`: a row
/// stands in line when each of its values stands within kOffHeader columns
/// of one of the header's words (HeaderDistance). Never fails.
void TallyRows(const ColumnHeader& header, const std::vector<std::vector<const Cell*>>& rows,
               LineUpTally* tally);

/// The least rows out of line, and their least share of all rows tallied,
/// that prove a text's columns do not line up with their headers.
inline constexpr int kOutOfLineRows = 4;
inline constexpr double kOutOfLineShare = 0.25;

/// True when `tally` proves that the document's columns do not line up
/// with their headers (tabs re-expanded at another width than they were
/// made at: each gap shrank by its own amount, so rows slid off their
/// headers): kOutOfLineRows rows or more out of line, and at least
/// kOutOfLineShare of the rows tallied (the 33 never-seen PDFs' `-layout`
/// text: none out of line, its folds at most 1 of 13; through `expand -t 2`
/// or `-t 4`: 11 to 19 of 21-27 rows, but one file's 2 of 23). In such a text a
/// value's column is told by no position: a row's values go to columns only
/// where they fill every column in order (ColumnsInOrder), and a wrapped
/// cell is joined by no column.
bool ColumnsOutOfLine(const LineUpTally& tally);

/// In a text whose columns do not line up (ColumnsOutOfLine): the
/// placements of `row` (a row's value cells, in order; `filled`: whether
/// each holds something; `number`: whether it is a number) by order alone,
/// the row's order the header's (a text's line keeps its words' order
/// however its gaps shrank): when its filled cells are all numbers, one for
/// each column the header names (with extents); or all boxes (drawn, one
/// in each choice column whichever is ticked: PlaceBoxesInOrder), one for
/// each choice column (the named columns not in `value_columns`). Else
/// every filled cell is ambiguous: a value alone or beside an empty column,
/// or words, are told by nothing. Never fails.
std::vector<Placement> ColumnsInOrder(const ColumnHeader& header,
                                      const std::set<std::string>& value_columns,
                                      const std::vector<const Cell*>& row,
                                      const std::vector<bool>& filled,
                                      const std::vector<bool>& number);

/// The column of `cell`, the `index`-th cell of its line. Without positions:
/// the header's name at that index (Placement::past_header where the index
/// is past the header's cells or under a blank one); under a header stacked one column word
/// a line (`vertical`, no extents), a cell with a position (set beside its
/// row's label in text with layout: `fmt` joined a stacked row's mark to
/// its label's line) is ambiguous, its index proving no column. With positions: the header the cell
/// overlaps most (ambiguous when a second overlaps more than half as much);
/// else the nearest within 40 points, ambiguous when the next nearest is
/// nearly as near. A cell under an ignored or unread header gets no column;
/// one overlapping a column's header and an ignored one's too (a name run
/// together with the comment beside it) is ambiguous.
Placement PlaceCell(const ColumnHeader& header, const Cell& cell, size_t index);

/// Whether `cell` (with a position) overlaps no word of `header` and stands
/// in the gap between the words of two choice columns next to each other
/// (named, read, not in `value_columns`; "Ja" ... "Nej"): in text with
/// layout, which draws no cell's edges, a mark there may be at the right
/// edge of the left column's cell as well as at the left edge of the right
/// one's (a form's marks set right in their cells: the mark in the "Ja"
/// cell stands nearer "Nej"). Sets `*left` and `*right` to the two words'
/// indices in `header`. False for a cell between other words, outside them,
/// or under one.
bool StandsInGap(const ColumnHeader& header, const std::set<std::string>& value_columns,
                 const Cell& cell, size_t* left, size_t* right);

/// Marks this near (character columns) to the next in order stand in one
/// column (pdftotext moves a glyph a column or two off its row's others).
inline constexpr double kMarkGroupSlack = 3;
/// Two groups of marks are two columns' when they stand at least this
/// share of the distance between the columns' words apart.
inline constexpr double kMarkGroupsApart = 0.75;

/// The typed marks of one table's rows, one a row (`marks`: each one's
/// first character column), proving the column of the mark at `x0`, which
/// stands in the gap between two choice columns' words (StandsInGap; the
/// left word at `left_x0`-`left_x1`, the right one starting at `right_x0`):
/// when the marks stand in exactly two groups (kMarkGroupSlack), the left
/// group left of the right word, the right group right of the left word,
/// the groups kMarkGroupsApart apart, the left group is the left column's
/// and the right group the right column's (a form's marks set at one edge
/// of their cells, as a table's rows ticked both ways show them). Returns
/// 0 (left) or 1 (right), or -1 when not proven (one group: every row
/// ticked one way; three groups; groups too near).
int MarkGroupColumn(std::vector<double> marks, double x0, double left_x0, double left_x1,
                    double right_x0);

/// Drawn check boxes stand one in each choice column (the named columns not
/// in `value_columns`), in the columns' order, whichever is ticked. When
/// `row` (a row's value cells, in order) holds exactly that many boxes, each
/// in its plausible range, their placements are set in that order, even
/// where a box stands nearer the neighbouring header (boxes right-aligned
/// under left-aligned headers). Boxes glued one to the next (each starting
/// where the one before ends: `html2text`'s "☐☒" under "Ja Nej", both
/// under "Ja" by position) are the columns' boxes in order too, when the
/// run overlaps the choice columns' span. Without positions (a header and a
/// row read at tabs), a row holding exactly as many boxes as choice columns
/// has them set in that order too (a laid-out page's gaps squeezed to one
/// tab each: the empty comment cell after them left no tab). Otherwise
/// `placed` is left as it is.
void PlaceBoxesInOrder(const ColumnHeader& header, const std::set<std::string>& value_columns,
                       const std::vector<const Cell*>& row, std::vector<Placement>* placed);

/// A value found below a row's label under a header stacked one column word
/// a line ("Ja" / "Nej"), in text whose empty cells leave no line
/// (`pdftotext -layout` of the 2023 form; the form's PDF without table
/// borders, its lines placed: Line::foot): each column is a row under the
/// label, in the header's order, and only the rows that hold something show.
struct StackedCell {
  /// Blank lines between the value and the line above it (the label's last
  /// line, or the value before); -1 when a page break or anything else
  /// stands between them.
  int blank_lines = 0;
  bool text = false;  ///< words, not a mark or a number: only a text column takes it
  /// `blank_lines` counted exactly from the lines' vertical places (whole
  /// steps of the header's, ColumnHeader::step), not rounded as a layout
  /// text rounds a gap: the value stands in the row that many rows past the
  /// next, and in no other.
  bool exact = false;
};

/// The most blank lines a skipped (empty) row of a stacked table leaves
/// above the value after it (one text line and its padding, rounded the way
/// `pdftotext -layout` rounds a gap to lines).
inline constexpr int kSkippedRowBlankLines = 3;

/// The most a stacked value's distance below the line above it may stand
/// off a whole number of its header's steps (ColumnHeader::step), in steps:
/// a word's foot in another type, OCR's box a few points off. Further off,
/// the rows between are not counted (not proven).
inline constexpr double kStackedStepSlack = 0.25;

/// The column (an index into `text_columns`, one entry per stacked column,
/// true for a column that takes words, such as "names") of each of
/// `values`, in order, by the row it stands in. A value with no blank line
/// above it stands in the next row: nothing can stand between (an empty row
/// is a line high at least). A value with blank lines above it (at most
/// kSkippedRowBlankLines) stands in a later row only when `rows_follow`: the
/// document shows that a row of this table stands on the line right under
/// the one above it; it is then in the one later column that takes its kind
/// (a mark or number in a column that takes none of words, words in one that
/// does), or, counted `exact`ly, in that row alone where it takes its kind. Returns an empty vector
/// when any value's column is not proven that way: two columns possible, a page break, no evidence,
/// past the last column.
std::vector<size_t> PlaceStackedValues(const std::vector<bool>& text_columns, bool rows_follow,
                                       const std::vector<StackedCell>& values);

/// A count row's value cells (`cells` from index `from`) under a header of
/// column words one space apart (ColumnHeader::spaced_words), whose places
/// prove only where its columns start: every filled cell one word starting
/// exactly where a column's word starts is that column's ("29" at
/// "Kvinnor", "5" at "Män"); else the cells' words one space apart (a table
/// below laid out at its own widths, "9 4", "22 6") are the columns in
/// order where they are all counts (IsCountCell), exactly one a named
/// column, none maybe a thousands group of the word before it
/// (MayBeDigitGroup: "1 234", a number no larger than `most`, the largest
/// count the header's columns may hold), unless a line of `beside` (the lines right
/// above and below) starts a cell where it starts (GroupsMayBeColumns: "50
/// 42" under it, a cell at "148"'s column: a laid-out table's cell never
/// runs over the next column's start); else no cell is placed and `*doubts` names what was
/// seen (a "doubt.*" message a cell). First of all, a label ending in counts one space apart, the
/// first of them where the first column's word starts ("... år 3 0", "... år 50  42" at "Kvinnor"):
/// those counts and the other cells' one a column in order, as many as the columns, when each later
/// one starts where its column's word or a word of a line of `beside` starts ("0" under "4" of "9
/// 4": the table laid out alone) and the first is no thousands group of the label's word before it.
/// Under a header whose table showed itself laid out at its own widths (ColumnHeader::own_widths,
/// set by the caller), a row of fewer counts than columns is placed by no count's place: `*doubts`
/// names them. A word placed
/// so is a cell of its own in `*pieces` (stable addresses); `*out` gets each placed cell with its
/// column's name. Returns false, touching nothing, for any other header and for a row holding a
/// check box (a choice row's boxes are placed as before). Never fails.
bool PlaceUnderSpacedWords(const ColumnHeader& header, const std::vector<Cell>& cells, size_t from,
                           const std::vector<const Line*>& beside, unsigned long long most,
                           std::deque<Cell>* pieces,
                           std::vector<std::pair<std::string, const Cell*>>* out,
                           std::vector<MessagePart>* doubts);

}  // namespace redovis

#endif  // REDOVIS_MATCH_COLUMN_PLACEMENT_H_
