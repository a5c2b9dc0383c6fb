// The tab-separated tables of patterns/ (catalogue.tsv, messages.tsv,
// municipalities.tsv, check_followup.tsv), read one way: the one reader of
// their lines, their header and their cells, so that each table's module says
// only what its columns mean.
//
// In: a file's path and the name of its first column. Out: its rows, in
// order, each with its cells and where it stands, handed to the caller,
// whose Status ends the reading. No state; reads only the file named; never
// throws.
#ifndef REDOVIS_PATTERNS_TSV_H_
#define REDOVIS_PATTERNS_TSV_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "redovis/status.h"

namespace redovis {

/// One line of a table.
struct TsvRow {
  std::vector<std::string> cells;  ///< SplitTsvLine of the line
  int line = 0;                    ///< its line number, from 1
  std::string where;               ///< "PATH:LINE", for a message
};

/// The cells of `line`: every tab separates two, so empty cells, a last
/// empty one after a tab included, are kept ("a\t\tb" gives "a", "", "b").
std::vector<std::string> SplitTsvLine(std::string_view line);

/// Reads the table at `path`, calling `row` with each of its rows in order:
/// a '\r' that ends a line (a file saved on Windows) is dropped; blank lines
/// and lines that start with '#' are not rows; nor is the first other line
/// when its first cell is `header` (the first column's name: "key", "id",
/// "code"), as the header names the columns. The first Status from `row`
/// that is not ok ends the reading and is returned; "pattern_error" (the
/// path, "cannot open") when the file cannot be opened.
Status ReadTsv(const std::string& path, std::string_view header,
               const std::function<Status(const TsvRow&)>& row);

}  // namespace redovis

#endif  // REDOVIS_PATTERNS_TSV_H_
