// Layout recognition for plain text that draws its tables with spaces, rules
// and pipes instead of tabs: `pdftotext -layout` pages, pandoc's markdown,
// plain, rst, AsciiDoc, org, MediaWiki, DokuWiki and Jira output, LibreOffice
// "Save as text", raw reading-order text. The passes, in order:
//   - a drawn table (grid, pipe, dashed rules, the markups) gives one Line per
//     row (drawn_tables.h, markup_tables.h);
//   - any other line is cut into cells at runs of two or more spaces, except
//     two spaces after a sentence's full stop before a capitalised word
//     (SplitAtGaps, text_cells.h);
//   - in a dump of pdftohtml's runs, a wrapped run's next line that the dump
//     wrote after the row's other lines goes back to its cell (run_dumps.h);
//   - in a text whose left margin was stripped line by line, a page's first
//     line, which kept its margin behind the form feed, moved left as the
//     others were (AlignPageStarts, text_cells.h), and a table's header
//     line, which the strip moved to column 0, moves back over the row
//     right under it where the gaps between its words fit the row's counts
//     or boxes (AlignHeadersOverRows, text_cells.h);
//   - a cell whose words stand a space apart over two columns the two lines
//     under it show (or the one line that ends its block) is cut in two
//     (SplitAtColumnsBelow, text_cells.h: `pdftotext -layout -fixed 5`'s
//     squeezed labels, a phone number's first line one space before the
//     next label), except in a text whose cells all start on tab stops
//     (CellsOnTabStops: tabs expanded, where a space may be a tab);
//   - the running header and footer lines of a paged text are marked
//     (page_edges.h), so that the next pass never joins them;
//   - table cells wrapped onto the next line and one-cell lines that are one
//     wrapped paragraph are joined (wrapped_lines.h).
// The caller marks the page edges again on the joined lines.
//
// In: the decoded lines of a file (UTF-8, no tabs decided on by the caller),
// each with its page and line number. Out: Lines of Cells whose x0/x1 are
// their extents in character columns (code points from the start of the
// text line, x1 exclusive): for a table with drawn columns the column's
// extent, otherwise the cell text's own. Blank lines are kept as empty
// one-cell Lines, so line numbers stay those of the file.
//
// Decides by what the text shows, never by a file name; knows nothing about
// reports or forms. Internal to the text reader; never fails.
#ifndef REDOVIS_READ_TEXT_TEXT_LAYOUT_H_
#define REDOVIS_READ_TEXT_TEXT_LAYOUT_H_

#include <vector>

#include "read/text/text_cells.h"
#include "redovis/document.h"

namespace redovis {

/// The lines with their layout recognised (see above); `lines` views text
/// that must outlive the call. Never fails.
std::vector<Line> LayOutText(const std::vector<TextLine>& lines);

}  // namespace redovis

#endif  // REDOVIS_READ_TEXT_TEXT_LAYOUT_H_
