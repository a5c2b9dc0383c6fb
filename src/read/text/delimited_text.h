// A text that is a spreadsheet saved as delimited values (a form pasted into
// Excel or LibreOffice Calc and saved as CSV: ';' in a Swedish Excel, ','
// elsewhere), told from prose that merely has commas and semicolons, and its
// rows as lines of cells for the text reader. Read as it stands, such a text
// gives wrong values: a cell's text runs on into the next cells
// ("Socialnämnd;Telefon ...;E-postadress ..."), and an empty row's `;;` is
// taken for an answer.
//
//   - The fields: RFC 4180 as spreadsheets write it. A field that holds the
//     separator, a quote or a line break is quoted, a quote inside it
//     doubled ("Ja, vi har det"; "sa ""ja"""); a quoted field may run over
//     several lines; a quote inside a field that does not open with one is
//     the field's own character (a script that quotes nothing: 'i
//     "arbetsför" ålder'), as spreadsheets read it; text after a closing
//     quote, or a quote never closed, makes the text no such file.
//   - Told from prose: the text has no tab (a tab-separated export is the
//     text reader's own tabbed text), parses as above for ';' or ',', and
//     has at least 5 rows that are not empty, and at most a quarter of its
//     separators (outside quotes) are followed by a space (prose's commas
//     almost always are; a spreadsheet's fields never open with one); and
//     either nine rows in ten have one number of fields, 2 or more (the
//     rows padded to the sheet's width, as Excel and Calc write them), or
//     five rows at least, and one in ten of those not empty, have an empty
//     field before their last (`;Ja;Nej`, `Kommun;;Timrå`: a sheet whose rows
//     are not padded, which prose never writes). ';' is tried first.
//   - A field that opens with a space and a small letter (unquoted), after
//     a field that ends in a letter, is the field before it going on, the
//     separator its text's: spreadsheets never open a field so, prose does
//     ("exempelvis; ifyllnad").
//   - The rows: a line per row, numbered by the text line it starts on, on
//     page 0 (no pages); a cell per field, the empty ones too, except a
//     padded row's trailing empty fields, which are the sheet's width: those
//     go down to two cells (an empty cell beside another, as a tab between
//     them writes it); an empty row of a padded sheet is one empty cell, a
//     blank line, with the origin kEmptySheetRowOrigin (an empty table row
//     or a blank line, which such a sheet cannot tell apart); a field's line breaks kept in
//     its cell's text as '\n' (its paragraphs); no positions (x0/x1 -1, as
//     with tabs).
//   - A sheet of one column (a text pasted a line a cell, then saved): no
//     separator outside quotes, so no row has two fields, and at least one
//     row is a field a writer must quote (holding the separator, a quote or
//     a line break, or empty: a script's `""` for an empty row), ';' tried
//     first. Its rows are no table: they are the lines of the text that was
//     pasted, read by the text reader as text again (OneColumnSheet).
//
// In: decoded UTF-8 text, line ends as the file has them. Knows nothing
// about reports or forms; reads nothing but its argument; never fails.
// Memory: one copy of the text's fields.
#ifndef REDOVIS_READ_TEXT_DELIMITED_TEXT_H_
#define REDOVIS_READ_TEXT_DELIMITED_TEXT_H_

#include <string_view>
#include <vector>

#include "redovis/document.h"

namespace redovis {

/// When `text` is delimited values (see above), sets `*rows` to its rows as
/// lines of cells and returns true; otherwise returns false and leaves
/// `*rows` untouched.
bool DelimitedRows(std::string_view text, std::vector<Line>* rows);

/// When `text` is a sheet of one column (see above), sets `*lines` to its
/// fields' text, a row a line ('\n' line ends; a quoted field unquoted, its
/// doubled quotes single, its own line breaks kept, so each row stays on the
/// text line it started on) and returns true; otherwise returns false and
/// leaves `*lines` untouched. Tried after DelimitedRows.
bool OneColumnSheet(std::string_view text, std::string* lines);

}  // namespace redovis

#endif  // REDOVIS_READ_TEXT_DELIMITED_TEXT_H_
