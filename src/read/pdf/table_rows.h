// Ruled table rows: the visual lines of one row of a ruled table joined
// into one line, a cell per grid column.
//
// In: a page's lines (line_layout.h) and the rules drawn on it (drawing.h),
// in points. Out: the same page, each ruled row's lines merged into one line
// whose cells are the grid's columns, each ruled line marked in_table with
// the x of its row's vertical rules (`cuts`), which the page-break join
// (paragraphs.h) and the column matching downstream rely on.
//
// AddEmptyTableRows keeps a ruled row that holds no word as a line of empty
// cells, so that the rows of a table stand in order as Word gives them.
//
// One page at a time, geometry only: no knowledge of forms or languages.
// Never fails, throws or prints; lines outside ruled tables keep their
// order and content.
#ifndef REDOVIS_READ_PDF_TABLE_ROWS_H_
#define REDOVIS_READ_PDF_TABLE_ROWS_H_

#include <vector>

#include "read/pdf/layout_types.h"

namespace redovis {

/// Joins the visual lines of each ruled table row of `page` into one line:
/// lines whose first cell sits in a grid cell with the same top and bottom
/// rules form a row; each grid column's pieces become one cell, the pieces
/// joined by a space (no space where a word too long for its column was
/// broken at the column's edge, or a name in capitals after the cell's
/// label left its last one or two capitals alone: EndsCapitalsWord); a second check box in one grid
/// cell starts a cell of its own. Lines outside ruled tables, and rows whose columns cannot be told
/// apart by vertical rules (two pieces of one line in one grid column), are left as they are (the
/// latter marked in_table); a piece in lower case after one in its grid column that has not ended
/// its sentence goes on that piece (OCR's gap where it dropped words) and is no column of its own.
/// Rules in pieces (a scan's) are joined first. Never fails; without rules, or with fewer than two
/// lines, nothing changes.
void MergeTableRows(const std::vector<RuleSegment>& rules, LaidOutPage* page);

/// Keeps each empty row of a ruled table as a line, as Word keeps it: a grid
/// row (two horizontal rules of the same extent, one above the other with no
/// rule of that extent between, closed left and right by vertical rules) in
/// which no line of `page` stands gives a line of one empty cell per grid
/// column (x extents from the row's vertical rules), in_table, with the
/// row's y extent, put in reading order before the first line below it
/// that stands over the row's width (else after the last such line above
/// it, else before the first line below it): on a sheet of pages, or in a
/// page's column, a row is read among its own page's or column's lines.
/// Without it a format that drops empty cells loses the order of a column of
/// stacked rows (which of two rows under a question holds its mark). Rows
/// lower than 4 points or higher than 80 are not rows. Never fails; a page
/// without lines, or without rules, is left as it is.
void AddEmptyTableRows(const std::vector<RuleSegment>& rules, LaidOutPage* page);

}  // namespace redovis

#endif  // REDOVIS_READ_PDF_TABLE_ROWS_H_
