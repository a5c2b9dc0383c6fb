// Layout recognition for plain text that draws its tables with spaces, rules
// and pipes instead of tabs: `pdftotext -layout` pages, pandoc's markdown,
// plain, rst, AsciiDoc, org, MediaWiki, DokuWiki and Jira output, LibreOffice
// "Save as text", raw reading-order text.
//
// In: the decoded lines of a file (UTF-8, no tabs decided on by the caller),
// each with its page and line number. Out: Lines of Cells, where
//   - a grid table (`+---+---+` borders, `|` between cells) gives one Line per
//     grid row, the text of a cell wrapped over several text lines joined
//     (a blank line inside a cell is a paragraph break, "\n"; a word that
//     pandoc broke because it was longer than its column, its head on a line
//     of its own and then pieces that fill the cell's width exactly and do not
//     start with a capital, is joined without a space);
//   - a pipe table (`| a | b |` with a `|---|---|` separator) gives one Line
//     per row;
//   - an AsciiDoc (`|===`), MediaWiki (`{|`) or org/Jira/DokuWiki pipe table
//     without a separator rule gives one Line per row (markup_tables.h);
//   - a cell's whole text wrapped in emphasis (`*x*`, `_x_`, `'''x'''`) or
//     markdown's `**x**` loses the markers;
//   - a table framed by dashed rules (`----  -----`, pandoc's simple and
//     multiline tables) gives one Line per row (rows of several text lines,
//     separated by blank lines, joined per column);
//   - any other line is cut into cells at runs of two or more spaces, except
//     two spaces after a sentence's full stop before a capitalised word;
//   - consecutive one-cell lines that are one wrapped paragraph (the line
//     ends where the next word would not have fitted in the block's width,
//     both start in the same column) are joined into one cell; never a
//     sentence's end and a capitalised line after it, nor a short
//     "Label: value" line and the lower-case line after it (entries typed one
//     per line, without wrapping), nor a number or check-box glyph alone on
//     its line and the line after it (a table written one cell per line:
//     "17" then "därav mellan 18 och 29 år" is a count and the next row's
//     label; match/cell_lines.h rebuilds such rows);
//     a section's number alone on its line
//     ("4.") is joined with the capitalised title on the next line, and a
//     long line not ending a sentence with the next one when it starts with
//     a number followed by words ("... under" / "2020? I så fall ...");
// Every cell's x0/x1 is its extent in character columns (code points from
// the start of the text line, x1 exclusive): for a table with drawn columns
// the column's extent, otherwise the cell text's own. Blank lines are kept
// as empty one-cell Lines, so line numbers stay those of the file.
//
// Decides by what the text shows, never by a file name; knows nothing about
// reports or forms. Internal to the text reader; never fails.
#ifndef REDOVIS_READ_TEXT_TEXT_LAYOUT_H_
#define REDOVIS_READ_TEXT_TEXT_LAYOUT_H_

#include <string>
#include <string_view>
#include <vector>

#include "redovis/document.h"

namespace redovis {

/// One line of decoded text, without its line break: a view into the
/// caller's text, which must outlive LayOutText's call (cells copy their text).
struct TextLine {
  std::string_view text;
  int page = 0;    ///< 1-based page (form feeds), 0 when the file has none
  int number = 0;  ///< 1-based line number in the file
};

/// The lines with their layout recognised (see above). Never fails.
std::vector<Line> LayOutText(const std::vector<TextLine>& lines);

/// Marks the running header and footer lines of a text with pages (form
/// feeds) as LineRole::kFurniture: the first or last non-blank line of a
/// page whose text, with its digits masked ("2/7", "3/7"), stands at the same
/// edge of at least three pages and of half the pages or more, and has six
/// letters or more or is a page number "n/m" (a count ending three pages is
/// no footer), as a browser
/// prints its date, title, address and page number on every page. Lines
/// without a page (0) are left as they are. Never fails.
void MarkPageEdges(std::vector<Line>* lines);

/// One line cut at runs of two or more spaces into cells with their
/// character-column extents; leading and trailing spaces dropped. A check-box
/// glyph glued to the text after it ("☐RSMH") is a cell of its own. A line of
/// spaces only gives no cells.
std::vector<Cell> SplitAtGaps(std::string_view line);

}  // namespace redovis

#endif  // REDOVIS_READ_TEXT_TEXT_LAYOUT_H_
