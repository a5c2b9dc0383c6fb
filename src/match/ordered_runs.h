// Runs of check boxes in reading-order text (pdftotext without -layout):
// whether a table's columns, each a run of one box a row, line up with its
// rows, and which run written away from its table is whose.
//
// In: runs of ticks (true for a ticked box), one entry a row, in the rows'
// order. Out: yes or no, or the one pairing of tables and runs that lines
// up. Knows no wording and no document: the reading-order code in
// reading_order_marks.cc gathers the runs. Never fails.
#ifndef REDOVIS_MATCH_ORDERED_RUNS_H_
#define REDOVIS_MATCH_ORDERED_RUNS_H_

#include <cstddef>
#include <vector>

namespace redovis {

/// A column of a table's boxes as the order wrote it, top to bottom: true
/// for a ticked box.
using TickRun = std::vector<bool>;

/// True when `columns` (of one length, two or more) line up with the rows of
/// one table: no row has two boxes ticked, and one row at least has one (a
/// row with none was left blank by its writer).
bool RunsLineUp(const std::vector<TickRun>& columns);

/// Tables that each show one column of boxes beside their rows (`found`),
/// and as many runs of boxes, of another column word, that the order wrote
/// elsewhere on the page (`runs`), all of one length. Returns, for each
/// table, the index of its run, where exactly one way of giving each table
/// one run makes every table's two columns line up (RunsLineUp); empty
/// where none does or several do, where the counts differ, or where there
/// are more than four tables (the ways are tried one by one).
std::vector<size_t> PairRunsWrittenApart(const std::vector<TickRun>& found,
                                         const std::vector<TickRun>& runs);

}  // namespace redovis

#endif  // REDOVIS_MATCH_ORDERED_RUNS_H_
