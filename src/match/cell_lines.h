// Tables written one cell per line, as LibreOffice's "Save as text" writes a
// Word or OpenDocument form: each cell of a row on a line of its own, an empty
// cell an empty line, the rows in order. Rebuilt here into Lines of Cells, as
// the Word reader gives a table, where the form's column words make the order
// certain; internal to the matching stage (the text reader knows no column
// words).
//
// Three shapes: a cell a line (the 2020 and 2021 forms); each cell followed
// by an empty line with one more at each row's end (the 2023 form, whose
// cells hold a form field and an empty paragraph), where every one of those
// empty lines must stand where the shape puts it; and cells parted by any
// number of empty lines (the 2023 form's tables whose cells are nested
// tables), where each empty cell must be an empty Word form field (a line the
// text reader marks with kEmptyFormFieldOrigin, read/text/text_reader.h).
//
// In: a normalised, folded plain-text Document (format "text") and the lines
// [begin, end) of one report. A table of the first two shapes is rebuilt only
// when all of these hold:
//   - its header is two or more consecutive one-cell lines, each a column word
//     of common.rules (`column`: Ja, Nej, Kvinnor, Män, Kommentar, ...), at
//     least two of them read (not `ignore`);
//   - each row is a label line (one cell, no column word, no number, no mark)
//     followed by exactly as many lines as the header has columns, each empty
//     or a value its column can hold (a mark, a check-box glyph or a number;
//     any one line of text under a `names` or `ignore` column), and then by an
//     empty line, a label or the report's end, never by another value; a
//     label the text reader joined from lines a wrap broke, with a blank line
//     as its first cell, is none (a PDF's text without form feeds: the blank
//     line ends the paragraph);
//   - the text has no pages (no form feeds: `pdftotext` ends every page with
//     one, and its reading order drops empty cells and puts blank lines
//     anywhere);
//   - the document shows it writes empty cells as empty lines: somewhere a
//     header is followed at once by a row of the same shape whose mark and
//     number columns are all filled (reading-order text such as raw `pdftotext` puts blank lines
//     between cells and drops empty ones: there nothing is rebuilt);
//   - after a blank line the table goes on only with a row that holds a value;
//     rows of empty cells at a table's end are left as they were (they are
//     the paragraphs after the table as often as its rows);
//   - past a page's rule as a text browser draws pdftohtml's <hr> ("━━━━",
//     IsPageRule in reading_order.h), which stays where it is, the table goes
//     on only with a row whose mark and number cells are all filled.
// The third shape (field tables) only in a report that has an empty form
// field (in text with pages, only there: MuPDF's text writes every cell a
// paragraph, an empty one its field's five spaces, and a table goes on past
// a page's turn; pdftotext's order writes no field), or, in a report without one (`lynx -dump` of a
// form's HTML: each cell a paragraph of its own, an empty cell no line at all), only where every
// cell of every row is a check box (never an empty cell: a typed mark, a number or a name beside an
// empty cell would stand in no told column), and not in reading-order text (IsReadingOrderText:
// pdftohtml's runs dumped by a text browser, whose boxes the matcher reads by their order); and
// only where all of these hold:
//   - its header is two or more column words (at least two read), each on a
//     line of its own after one or more empty lines; a column word's cell may
//     go on over the lines right after it ("Ja" / "(Om fler kommuner ...)");
//   - each row is a label line (cells cut at runs of spaces, none a value or
//     column word, are one label) and then, each after one or more empty lines,
//     exactly one line per column: a value its column can hold (any text
//     under a `names` or `ignore` column that ends in no '.', '?' or ':') or
//     an empty form field; then no further value or empty form field;
//   - no label after the rows is followed by a value or an empty form field
//     (a row with a cell missing): else the whole table is left as it was,
//     for the matcher to find its marks' columns ambiguous; a label followed
//     by one empty form field and then by no value or empty form field (a
//     question and its empty answer, which a text browser parts by empty
//     lines) ends the rows, its lines left as they were (they give no value).
//   Where such a header gives no rows, a packed one is tried (html2text's
//   dump: the column words on consecutive lines, each row's label and then
//   one line per column right after one another, an empty cell an empty
//   form field; header and rows parted by empty lines; a label followed at
//   once by a value, or by two cells or more that are no row, leaves the
//   table as it was; a question with one empty form field after it ends
//   the rows). Where neither gives rows, a text browser's (w3m's) is tried,
//   each paragraph of a cell after empty lines: a column word whose first
//   word stands in a paragraph of its own ("Antal" / "kvinnor", the two the
//   column the second is alone), and a column's cell going on after empty
//   lines with one paragraph that the next column word follows, or, for the
//   last column, where every column before it went on so ("Ja" / "(Om fler
//   kommuner ...)" / "Nej" / "(Om fler ...)").
// In a report that passes the fourth test, a run of two or more check-box
// glyph lines ("☒"), each followed at once by its option's text, between
// blank lines, is a table of [box | option] rows, and each pair becomes one
// row; a run whose first box follows text is not taken (an [option | box]
// table would be paired one line off).
// Out: the header's first line becomes [empty, column words...], each row's
// label line [label, values...], with no positions (x0 = x1 = -1, as Word);
// the lines whose cells moved become empty lines of origin kMovedCellsOrigin
// (an empty form field's line keeps its own origin, an empty cell either way),
// so line numbers and the report's line range stay (and such a line is told
// from a blank line the text has). Anything else is left as it was: an uncertain
// table is not rebuilt and its values stay unread (precision first).
//
// Never fails, never reads a file, keeps no reference to its arguments.
#ifndef REDOVIS_MATCH_CELL_LINES_H_
#define REDOVIS_MATCH_CELL_LINES_H_

#include <cstddef>

#include "match/value_parser.h"
#include "redovis/document.h"

namespace redovis {

/// The origin of a line whose cells RebuildCellLines moved to a row above it.
inline constexpr char kMovedCellsOrigin[] = "cells moved to a row above";

/// Rebuilds the one-cell-per-line tables of lines [begin, end) of `doc` (see
/// above) in place. Returns how many rows were rebuilt (headers not counted,
/// each box and option pair counted);
/// 0 when `doc` is not plain text or shows no such table.
size_t RebuildCellLines(const ValueParser& parser, size_t begin, size_t end, Document* doc);

}  // namespace redovis

#endif  // REDOVIS_MATCH_CELL_LINES_H_
