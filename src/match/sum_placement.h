// Where a table of counts' numbers stand, in reading-order text that wrote
// nothing for an empty cell, proved by the table's sums. Internal to the
// form matcher (reading_order_counts.cc, ReadOrderedTable).
//
// pdftotext's raw order and MuPDF's text write a table row after row, each
// row's label and then its numbers, a number a filled cell, left to right;
// an empty cell leaves no line. Where a row has an empty cell, the order no
// longer shows which row and column each number is ("Antal nya klienter" /
// "32" / "41" / "därav mellan 18 och 29 år" / "15": the 15 the women's or the
// men's). The patterns' `sum` checks say a group's total is the sum of its
// parts (checks.rules: clients.new.women = the four age groups' women); a
// placement of the numbers that makes every such sum hold, where no other
// placement does, is the table's.
//
// In: the table's rows (their keys a column each; a row the text shows whole,
// rebuilt above the order's rows, with its values), its numbers in the order
// written (each number's line) and the `sum` checks. Out: a cell's number,
// "left empty" or "undecided" for each row and column. A placement takes the
// numbers in order into the filled cells, row after row and left to right,
// wherever the rows' labels stand among them (pdftotext's raw order may
// write a row's numbers before its label, or after the next row's, but a
// row's numbers stand after the label of the row before it and before the
// label two rows on; labels on adjacent lines are one block of the order's,
// and a row of it may have its numbers anywhere after the label before the
// block, as an empty row between wrote nothing: a text that wrote the labels apart from the
// numbers, the whole table column after column (pdfminer's `pdf2txt`: every label, then the Kvinnor
// column, then the Män column), fits no placement); where no two numbers stand on adjacent lines
// (pdftotext's reading order writes each cell as a block of its own, between blank lines), also
// with one band of two rows or more taken column after column: that order may write the cell above
// an empty one after the next row's ("55" / "138" / "76", the 76 the first row's, as often the
// second's): where both hold the sums, those cells are undecided. A text writing a row's numbers on
// adjacent lines (MuPDF's) writes them row by row. Every number is placed; in each group of rows a
// `sum` check covers whole (its total's row, then its parts' rows right after it, in any order, in
// every column), the total is the sum of the parts (an empty cell 0). A cell is decided where every
// placement that holds puts the same number there, or leaves it empty in each. Rows no check covers
// are placed freely; their cells are seldom decided. Never fails, never throws; knows no wording
// (the keys and checks are the patterns').
#ifndef REDOVIS_MATCH_SUM_PLACEMENT_H_
#define REDOVIS_MATCH_SUM_PLACEMENT_H_

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "redovis/patterns.h"

namespace redovis {

/// A table of counts as the order wrote it.
struct OrderedCounts {
  std::vector<std::vector<std::string>> keys;  ///< row -> column -> the cell's key
  /// Rows the text shows whole (a row RebuildCellLines made of a table
  /// written a cell a line): row -> each column's value, NaN for an empty
  /// cell; an empty vector (or none) for a row whose numbers are to place.
  /// They take no number of `numbers` and count in their group's sums.
  std::vector<std::vector<double>> shown;
  std::vector<double> numbers;    ///< the numbers, in the order written
  std::vector<size_t> number_at;  ///< each number's line
  /// Each row's label's line (a shown row's too); empty: the numbers may
  /// stand anywhere among the labels.
  std::vector<size_t> label_at;
};

/// A cell of PlaceBySums's answer: a number's index, or one of these.
constexpr int kCellEmpty = -1;
constexpr int kCellUndecided = -2;
constexpr int kCellShown = -3;  ///< a cell of a row the text shows whole

/// How a key's variables are filled in (the walk's MatchRun::InterpolateIn).
using KeyFiller = std::string (*)(const std::string&, const std::map<std::string, std::string>&);

/// True when the keys of `labels` (a table's rows, in order) in column `col`,
/// each label's variables set in turn from `vars` as the walk sets them and
/// filled in by `fill`, are a `sum` check's of `checks`: the first label's key
/// its total, every other label's among its parts (with `every_part`, each of
/// its parts once: the labels are the whole sum, none left out). False where a
/// label has no key in `col` or its key does not fill.
bool SummedColumn(const std::vector<const Rule*>& labels, const std::string& col,
                  std::map<std::string, std::string> vars, const std::vector<CheckRule>& checks,
                  KeyFiller fill, bool every_part = false);

/// True when the first of `numbers` is the sum of the rest (one number: when
/// it is 0); false for none.
bool FirstIsSum(const std::vector<double>& numbers);

/// Places `table`'s numbers in its cells by the `sum` checks of `checks`:
/// `*cells` gets, for each row and column, the index of the number every
/// placement that holds puts there, kCellEmpty where each leaves it empty,
/// kCellUndecided, or kCellShown for each cell of a shown row. False (and `*cells` unchanged) where
/// no placement holds, where a row's key is empty, where no row is in a group a check covers, or
/// where a group is too large to try each placement (more than 16 cells).
bool PlaceBySums(const OrderedCounts& table, const std::vector<CheckRule>& checks,
                 std::vector<std::vector<int>>* cells);

/// True when a `sum` check of `checks` names a key `key` may become: `key` as
/// a rule writes it, read by patterns/rule_keys.h's TemplateFits
/// ("clients.{grp}.age_18_29.men" and a check on "clients.new.age_18_29.men").
bool InSomeSum(const std::string& key, const std::vector<CheckRule>& checks);

/// A table whose rows each stand on a line of their own, a row's numbers
/// after its label in its columns' order, where a row with a cell left empty
/// writes fewer numbers than columns and does not show which columns they
/// are ("därav mellan 30 och 49 år 53" under "Kvinnor Män"). `keys`: row ->
/// column -> the cell's key; `numbers`: row -> its numbers, left to right.
/// `*cells` gets, for each row and column, the index in its row of the number
/// every placement that holds puts there, kCellEmpty where each leaves it
/// empty, or kCellUndecided. A placement keeps each row's numbers in their
/// order; it holds where every `sum` check of `checks` whose keys are all
/// the table's adds up (an empty cell 0). False (and `*cells` unchanged)
/// where no such check covers a row with fewer numbers than columns (one it
/// does not cover stays undecided), where a
/// row has more numbers than columns or a key is empty, where no placement
/// holds, or where the placements are more than `max_placements`.
bool PlaceRowNumbers(const std::vector<std::vector<std::string>>& keys,
                     const std::vector<std::vector<double>>& numbers,
                     const std::vector<CheckRule>& checks, std::vector<std::vector<int>>* cells,
                     size_t max_placements = 4096);

}  // namespace redovis

#endif  // REDOVIS_MATCH_SUM_PLACEMENT_H_
