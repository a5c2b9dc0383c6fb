// Tables drawn in plain text, read row by row for the text layout
// (text_layout.h):
//   - a grid table (`+---+---+` borders, `|` between cells, pandoc's grid
//     tables) gives one Line per grid row, the text of a cell wrapped over
//     several text lines joined (a blank line inside a cell is a paragraph
//     break, "\n"; a word that pandoc broke because it was longer than its
//     column, its head on a line of its own and then pieces that fill the
//     cell's width exactly and do not start with a capital, is joined
//     without a space, unless the text within 1000 lines of it spells the
//     two as words of their own and never as one ("med" / "funktionsn":
//     two words; spelt both ways: undecided, below); where the wrap does
//     not tell a piece from a word of its own and no label's or column
//     header's cut is at stake (a head
//     opening a paragraph after a blank line; a piece after one ending in a
//     hyphen; capitals after capitals: "VÄ" / "ST"; where the text spells
//     neither, a digit meeting a letter: "3-4" / "månader"), the lines are joined
//     with kUndecidedCut between them (redovis/document.h));
//     a merged cell gives its text to its first column;
//   - a pipe table (`| a | b |` with a `|---|---|` separator) gives one Line
//     per row, `\|` a `|` in the text; an empty header row (pandoc writes one
//     for a table without a header) is no row; such a headerless table right
//     under another pipe table (blank lines between), every row with as many
//     cells as the last row above, takes that row's column extents: pandoc's
//     gfm pads each table to its own cells, and a Word table cut in two
//     would otherwise place its counts under the wrong header;
//   - an AsciiDoc (`|===`), MediaWiki (`{|`), XWiki (`|=`) or org/Jira/DokuWiki pipe table
//     without a separator rule gives one Line per row (markup_tables.h);
//   - HTML table markup inside the text (`<table>`, `<tr>`, `<td>`: pandoc's
//     gfm, CommonMark and Textile, a web page's source) gives one Line per
//     row, and HTML paragraphs one Line each (html_markup.h);
//   - a table framed by dashed rules (`----  -----`, pandoc's simple and
//     multiline tables) gives one Line per row (rows of several text lines,
//     separated by blank lines, joined per column); a page break inside it
//     (a page's header or footer standing in the gaps between its columns,
//     as `pr` paginates it) is passed over when its closing rule follows;
//   - a table framed by dashed rules that a reflow broke over lines is found
//     (FindReflowedTables) and not read: its cells left their columns; so
//     is a grid table whose rows' lines a reflow refilled
//     (FindRefilledGrids).
// A cell's x0/x1 is its column's extent in character columns (markup tables:
// its share of the table's width). Cells are made by MakeCell (text_cells.h):
// emphasis around a whole cell is dropped.
//
// Decides by what the text shows; knows nothing about forms. Never fails.
#ifndef REDOVIS_READ_TEXT_DRAWN_TABLES_H_
#define REDOVIS_READ_TEXT_DRAWN_TABLES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "read/text/text_cells.h"
#include "redovis/document.h"

namespace redovis {

/// False when no table of these kinds can start at a line of text `t`: it
/// holds no `|`, and its first character after spaces and tabs is none of
/// `+` (a grid's border), `-` (a dashed rule), `[` (an AsciiDoc attribute
/// line), `{` (MediaWiki), `<` (HTML markup) or `^` (a Jira header row). A
/// test of a few bytes, made before the readers each look at the line.
bool MayStartDrawnTable(std::string_view t);

/// Reads the drawn table that starts at lines[i], appending its rows to
/// `out`. Returns the index of the first line after the table, or `i` (and
/// `out` unchanged) when no table of these kinds starts there
/// (at once when MayStartDrawnTable is false for it).
size_t ReadDrawnTable(const std::vector<TextLine>& lines, size_t i, std::vector<Line>* out);

/// Lines [first, last] of a text, both included (indices into the lines).
struct LineSpan {
  size_t first = 0;
  size_t last = 0;
};

/// The tables framed by dashed rules that a reflow (`fmt`, a mail program's
/// "rewrap", `fold`) has refilled: a rule followed at once, at the same
/// indent or at the line's start, by a line that begins with more groups of dashes (the rule broken
/// in two; the two pieces 30 columns or more). Each span runs from that rule to the table's closing
/// rule: the first line after it that ends with a group of dashes (with the
/// rule's broken tail on the next line, if any) and is followed by a blank
/// line or the end; without one, to the first blank line. In such a table a
/// row's cells no longer stand under their columns (a row longer than the
/// width is wrapped under its first column, a row's head is glued to the
/// rule), so nothing in it can be placed: the caller leaves it unread. In
/// order, never overlapping; empty for text without one. Never fails.
std::vector<LineSpan> FindReflowedTables(const std::vector<TextLine>& lines);

/// The grid tables (`+---+` borders, `|` between cells: pandoc's) that a
/// reflow (`fmt`, a mail program's rewrap) has refilled: between two of a
/// table's borders (at the same column, no blank line between) a line holds
/// a bar but is no row of the grid (it does not start with a bar at the
/// border's column, or does not end with one): a row's cells run on to the
/// next line at column 0, a cell's tail and the next row's bars on one line
/// ("i ledningsgruppen?   | |    |"). Each span runs from the table's first
/// border to its last; nothing in it can be placed, and a label's wrapped
/// tail would be read as its answer: the caller leaves it unread. In order,
/// never overlapping; empty for text without one. Never fails.
std::vector<LineSpan> FindRefilledGrids(const std::vector<TextLine>& lines);

/// The reader note saying that lines `first`-`last` (their numbers) hold a
/// table FindReflowedTables found (`grid` false) or one FindRefilledGrids
/// found (`grid` true), left unread.
std::string UnreadTableNote(bool grid, int first, int last);

/// True when `warning` is a note UnreadTableNote wrote: the reader left a
/// table unread, so a question with no answer may be the tool's loss.
bool IsUnreadTableNote(std::string_view warning);

}  // namespace redovis

#endif  // REDOVIS_READ_TEXT_DRAWN_TABLES_H_
