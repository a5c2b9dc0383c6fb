// A reading-order table's group of rows written column after column, each
// column under its own header word: which runs of numbers are whose column,
// and which columns the order shows whole. Internal to the form matcher
// (reading_order_counts.cc, ReadOrderedTable; the shapes: reading_order.h).
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
#ifndef REDOVIS_MATCH_COLUMN_RUNS_H_
#define REDOVIS_MATCH_COLUMN_RUNS_H_

#include <cstddef>
#include <string>
#include <vector>

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

}  // namespace redovis

#endif  // REDOVIS_MATCH_COLUMN_RUNS_H_
