// The rows of a pipe table drawn without padding, its bars lined up, as
// antiword draws a Word table (`|Kommun Västerås   |Postnummer|`), that are
// one row of the table wrapped over lines: antiword writes a Word table whose
// cells run over lines with no rule between its rows.
//
// A line continues the row above when both are one line each with their
// bars at the same columns, and in every column where the line holds text,
// the line above holds text too and the first word below would not have
// fitted after it within the column's width: the writer broke the line
// there. Never in a run of rows whose every column is as wide as its longest
// text (a table sized to its text, as pandoc writes DokuWiki's). A
// continued cell's pieces are joined with a space, but for a word that
// filled its column's line whole, cut there (an address longer than the
// column); any other line is a row of its own.
//
// In: each row's source line and its cells' texts (markup_tables.h splits
// them). Knows nothing about forms; never fails.
#ifndef REDOVIS_READ_TEXT_UNPADDED_ROWS_H_
#define REDOVIS_READ_TEXT_UNPADDED_ROWS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace redovis {

/// The character columns (code points from the line's start) of the bars of
/// a bare pipe-table line drawn without padding: every cell that holds text
/// starts right after its bar. Empty for any other line (a padded org or
/// pandoc row, Jira's "||", an escaped bar).
std::vector<size_t> UnpaddedBars(std::string_view line);

/// The rows of a bare pipe table with its wrapped rows joined (above).
/// `lines[r]` is row r's source line, empty when the row ran over several
/// lines (it is then never joined); `texts[r]` its cells' texts. Returns the
/// joined rows' texts, and sets `*first[i]` to the row the i-th joined row
/// starts at (its cells' other properties are that row's).
std::vector<std::vector<std::string>> JoinWrappedRows(const std::vector<std::string_view>& lines,
                                                      std::vector<std::vector<std::string>> texts,
                                                      std::vector<size_t>* first);

}  // namespace redovis

#endif  // REDOVIS_READ_TEXT_UNPADDED_ROWS_H_
