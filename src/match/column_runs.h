// A reading-order table's group of rows written column after column, each
// column under its own header word: which runs of numbers are whose column,
// and which columns the order shows whole; and a whole table so written,
// its blocks placed by its sums. Internal to the form matcher
// (reading_order_counts.cc, ReadOrderedTable; reading_order_blocks.cc,
// ReadOrderedBlocks; the shapes: reading_order.h).
//
// pdftotext's reading order writes each column of a table as blocks of
// cells one under the other, a blank line between two blocks; an empty cell
// ends a block. A column word ("Kvinnor") set in the column's first cell is
// the first line of its column's first block ("Kvinnor" / "62" / "2" / "" /
// "60" / "" / "Män" / "131" / "10" / "53" / "60" / "8"). A column whose word
// heads one block of exactly as many numbers as the group has rows has no
// empty cell: it is read whole, its numbers the rows' in order. A column
// with fewer numbers had a cell left empty, and the order does not show
// which: its cells stay undecided (the caller may still prove its total by
// the table's sums). The count alone proves a column only where each run is
// a block (the caller checks the blank lines around it: a text without them
// runs a column's block into the next column's).
//
// In: the group's number of rows, the table's columns (left to right), and
// the group's runs of numbers as the walk gathered them (a run ends at a
// blank line, a header word, a note or a page break): each run's length and
// the header word right above it ("" for none). Out: each run's column, and
// for each column the index of the run read whole, or kNoRun. Never fails,
// never throws; knows no wording (the column names are the patterns').
//
// A whole table so written (PlaceColumnRuns) may hold its runs where no one
// group shows them: pdftotext's order writes a column's block after its
// group's labels, but a block after an empty cell, or a column's block with
// its word, may come only after a later group's labels, or the table's last
// ("Totalt antal klienter" ... / "Kvinnor" / "14" / "1" / "7" / "1" / "5" /
// "Antal nya klienter" ... / "20" / "6" / "7" / "2" / "5" / "" / "4" / "2" /
// "Antal avslutade klienter" ... / "11" ... / "19" ... / "Män" / "17" / "2"
// / "5" / "8" / "2" / "" / "0" / "2": the Män column of the first group, the
// Nya klienter's men after their empty cell). A placement puts each run in
// one group's column, its numbers top to bottom in that column's rows (a
// block may pass over an empty cell: gaps allowed), where:
//   - the run stands after its group's labels (the group is the run's own
//     or an earlier one), or it stands under its column word before every
//     group's labels and is any group's (the order may write a group's labels
//     after its numbers: "Kvinnor" / "173" / "51" / "2" / "120" / "Män" /
//     "195" / "Antal nya klienter" ... / "Totalt antal klienter" ... / "3" /
//     "69" / "123");
//   - a run under a column word is that word's column; the word's first
//     time in the table is the first group's header, a later time the
//     header of the group whose labels it follows (a table's second header:
//     "Klienter med hemmavarande" / "Kvinn" / "or" / "2");
//   - a column's runs fill its rows in the order written;
//   - a run without a word opens its column only before any column right of
//     it in its group is opened (the order writes a row of blocks left to
//     right), and only in its own group: a run after a later group's labels
//     goes on with a column its own group opened (the rest of a column after
//     an empty cell), or is that later group's;
//   - every number is placed, the cells no number fills are the empty ones;
//   - in each group and column a `sum` check covers (the caller says which),
//     the first row is the sum of the others (an empty cell 0).
// A cell is decided where every placement that holds puts the same number
// there, or leaves it empty in each. A sum proves much: a table no check
// covers is not placed, nor one with a group of rows no check covers whole;
// a one-row group beside summed ones has its cells decided only where no
// other place is left for its runs.
#ifndef REDOVIS_MATCH_COLUMN_RUNS_H_
#define REDOVIS_MATCH_COLUMN_RUNS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "match/sum_placement.h"

namespace redovis {

/// A column none of whose runs is read whole.
constexpr size_t kNoRun = static_cast<size_t>(-1);

/// True when the runs are the group's columns each under its own word: the
/// first run has a word, each run with a word opens that word's column and
/// each run without one goes on with the column before, every column of
/// `cols` is opened exactly once, no column holds more numbers than `rows`,
/// and one column at least is one run of `rows` numbers (read whole; every
/// column may be). `*column` gets each run's column (an index into `cols`),
/// `*whole` for each column its run read whole or kNoRun. False, both
/// untouched, for any other shape, and where `rows` is under 2.
bool ColumnsUnderWords(size_t rows, const std::vector<std::string>& cols,
                       const std::vector<size_t>& run_sizes,
                       const std::vector<std::string>& run_words, std::vector<size_t>* column,
                       std::vector<size_t>* whole);

/// A group of a table written column after column: its rows, and for each
/// column whether a `sum` check makes its first row the sum of the rest.
struct ColumnGroup {
  size_t rows = 0;
  std::vector<bool> summed;  ///< one a column
};

/// A run of numbers as the order wrote it (a block of one column's cells).
struct ColumnRun {
  std::vector<double> numbers;  ///< top to bottom
  size_t last_group = 0;        ///< the last group whose labels stand before it
  size_t column = kNoRun;       ///< the column its header word names, or kNoRun
  size_t group = kNoRun;        ///< the group that word heads, or kNoRun (any)
  /// Written before every group's labels, under its column's word: any
  /// group's (the order may write a group's labels after its numbers);
  /// last_group is then not read.
  bool before_labels = false;
};

/// Places `runs` (in the order written) in the cells of `groups`, each with
/// `columns` columns, as column_runs.h says. `*cells` gets for each group,
/// row and column the index of the number every placement that holds puts
/// there (the runs' numbers counted in order from 0), kCellEmpty where each
/// leaves it empty, or kCellUndecided. False (and `*cells` untouched) where
/// no group's column is summed (nothing proves a place), where a group of
/// two rows or more is not summed in every column (the order's groups of
/// labels are then not the sums': two groups' labels run together where the
/// first's numbers came after the second's labels), where a group of two
/// rows or more shows fewer runs than columns (after its labels, or under a
/// word heading it: a column of it may stand whole after a later group's
/// labels, passing for that group's), where no placement holds, where the numbers are more than the
/// cells, where a run names a group or column the table has not, or where the placements are too
/// many to try (the search gives up past `max_steps` steps).
bool PlaceColumnRuns(const std::vector<ColumnGroup>& groups, size_t columns,
                     const std::vector<ColumnRun>& runs,
                     std::vector<std::vector<std::vector<int>>>* cells, size_t max_steps = 200000);

}  // namespace redovis

#endif  // REDOVIS_MATCH_COLUMN_RUNS_H_
