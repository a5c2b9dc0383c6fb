// Tables in the plain-text markups that converters other than pandoc's
// markdown write (`pandoc -t asciidoc`, `-t mediawiki`, `-t org`), read row
// by row for the text layout (text_layout.h), which makes the rows Lines.
//
//   - AsciiDoc: a table fenced by `|===` lines, perhaps after an attribute
//     line (`[width="100%",cols="50%,31%,19%",]`, consumed). A cell opens at
//     a `|` at the start of a line or after a space, perhaps with a cell
//     specifier glued before it (`a|`, `2+|`, `.2+^.^s|`, `3*|`); it runs,
//     over following lines if need be, up to the next cell's opening. Rows
//     are counted by the number of columns (`cols`, else the cells on the
//     first line of the body), not by lines: a column span fills as many
//     columns, a row span keeps its columns filled in the rows below, a
//     duplication (`3*|`) repeats the cell. `\|` is a `|` in the text.
//   - MediaWiki: `{|` ... `|}`; `|-` starts a row, `|` and `!` a cell, `||`
//     and `!!` further cells on the same line, `|+` a caption; a cell's
//     attributes (`width="49%"|`, `colspan="2"|`) are dropped, a colspan
//     fills its columns; text lines that open nothing continue the cell.
//   - XWiki: a `|=` header row, rows opened by `|` without a closing bar,
//     a cell's paragraphs grouped in `(((` ... `)))` over lines, `~` an
//     escape (ReadXWikiTable).
//   - Pipe tables without a separator rule, as org-mode, DokuWiki and Jira
//     write them (`| a | b |` line after line, `|---+---|` rules skipped,
//     Jira's and DokuWiki's `||`/`^` header cells (a line with three bars
//     or more in a run is no Jira header: `||Ja ||||` is DokuWiki's row of
//     an empty cell, "Ja" and three empty cells), DokuWiki's `\\ ` line
//     breaks): lines that start and end with `|` (or `^`), each of two or
//     more cells; a row whose cell runs over lines (Jira) ends at the line
//     that ends with its bar. A table drawn without padding, its bars lined
//     up (antiword's Word table: `|Kommun Västerås   |Postnummer|`), may
//     wrap a row over lines with no rule between rows: a line is the row
//     above continued where in each column it holds text, the line above
//     holds text too and the first word below would not have fitted after
//     it within the column's width (never in a table whose every column is
//     as wide as its longest text: sized to it, not wrapped; unpadded_rows.h).
//   - Rows flattened from HTML as a mail program shows an HTML mail (`a | b
//     | c`, no bar at either end, `|` with a space or the line's edge on
//     each side): a run of two lines or more with the same number of such
//     bars, one of them with two cells of text or more (ReadSeparatedRows);
//     one such line alone stays text.
//
// A cell's text: its lines joined with a space, a blank line inside it a
// paragraph break ("\n"), an AsciiDoc hard break (" +" at a line's end)
// dropped, spaces trimmed. Its extent is its columns' share of the table's
// width on a scale of 0 to 100 (AsciiDoc's `cols` widths when given, else
// equal columns), so that every row of one table places its cells alike and
// a mark lands under the header it stands under. A bare pipe table whose
// rows hold different numbers of cells (a header typed without the labels'
// cell, "| Ja | Nej |" over "| Kommun | X | |") shows no column a short
// row's cells stand in: its cells get no extent (-1), read by their order as
// a tabbed text's are; so does a bare pipe table of one row.
//
// Decides by what the text shows; knows nothing about forms. Never fails:
// text that does not make a table of its kind is left to the caller.
#ifndef REDOVIS_READ_TEXT_MARKUP_TABLES_H_
#define REDOVIS_READ_TEXT_MARKUP_TABLES_H_

#include <cstddef>
#include <string>
#include <vector>

#include "read/text/text_layout.h"

namespace redovis {

/// One cell of a markup table: its text and its columns' extent (0..100;
/// -1 for none).
struct MarkupCell {
  std::string text;
  double x0 = 0;
  double x1 = 0;
};

/// One row: the index (into the caller's lines) of the line its first cell
/// opens on, and its cells in order.
struct MarkupRow {
  size_t line = 0;
  std::vector<MarkupCell> cells;
};

/// Column edges on a 0..100 scale for columns of the given widths (weighed
/// against each other; equal columns when they sum to nothing): element j is
/// column j's left edge, the last is 100. Never fails.
std::vector<double> ColumnBounds(const std::vector<double>& widths);

/// Reads an AsciiDoc table whose attribute line or opening fence is
/// lines[i], appending its rows. Returns the index after the closing fence,
/// or i (nothing appended) when no table starts there or it is never closed.
size_t ReadAsciiDocTable(const std::vector<TextLine>& lines, size_t i,
                         std::vector<MarkupRow>* rows);

/// Reads a MediaWiki table opening (`{|`) at lines[i], appending its rows.
/// Returns the index after its `|}`, or i when there is none.
size_t ReadMediaWikiTable(const std::vector<TextLine>& lines, size_t i,
                          std::vector<MarkupRow>* rows);

/// Reads an XWiki table (`pandoc -t xwiki`) whose header row (`|=`, no
/// closing bar) is lines[i], appending its rows: a line opening with `|`
/// starts a row, `|` (or `|=` for a header cell) a cell, `(((` ... `)))` a
/// cell's group of paragraphs running over lines, `~` escapes the character
/// after it; an empty header row is no row. Returns the index after the
/// table, or i when no such header starts there.
size_t ReadXWikiTable(const std::vector<TextLine>& lines, size_t i, std::vector<MarkupRow>* rows);

/// Reads a pipe table without a separator rule starting at lines[i]
/// (see above), appending its rows. Returns the index after it, or i when
/// no row of two or more cells starts there.
size_t ReadBarePipeTable(const std::vector<TextLine>& lines, size_t i,
                         std::vector<MarkupRow>* rows);

/// Reads the rows, starting at lines[i], of a table whose cells a mail
/// program joined with ` | ` (see above; a line that opens and closes with a
/// bar is left to ReadBarePipeTable), appending them. Returns the index after
/// the run, or i when no such row starts there.
size_t ReadSeparatedRows(const std::vector<TextLine>& lines, size_t i,
                         std::vector<MarkupRow>* rows);

}  // namespace redovis

#endif  // REDOVIS_READ_TEXT_MARKUP_TABLES_H_
