// A PDF that is a text file printed (`enscript`, `a2ps`, a text editor's
// print in a fixed-width font, then `ps2pdf`): every word of every page
// stands on one grid of character columns and lines. Its layout is the
// text file's, not a free page's: columns are character positions and a
// row's cells sit on one line, so it is read as that text, rebuilt here,
// by the text reader's layout (text_layout.h), and not by the PDF layout
// passes, which read its unruled tables by the words' gaps and cut or run
// on what the text's columns hold ("Inga-Lill" over "Nilsson" alone, a
// browser print's footer URL mid-page taken into an answer).
//
// The grid is proven, never assumed: thirty words or more, all upright, of
// one font size; each word as wide as its characters at one advance (the
// median's, within 3%, 0.45 to 0.75 of the size: a fixed-width font); each
// word's left edge on that advance's columns from the leftmost word's, and
// its top on one line pitch's rows from the highest word's (within a tenth
// of the advance and of the pitch; the pitch, the smallest step between two
// rows of a page, at least 0.9 of the size); no page read by OCR, left
// unread or with a rule drawn (a ruled table is the PDF layout's to read).
// One word off the grid, or two words over each other, and the PDF is read
// as a PDF.
//
// Decides and writes from word boxes alone; never fails, never throws.
#ifndef REDOVIS_READ_PDF_PRINTED_TEXT_H_
#define REDOVIS_READ_PDF_PRINTED_TEXT_H_

#include <string>
#include <vector>

#include "read/pdf/layout_types.h"

namespace redovis {

/// When every word of `pages` (in the order they are read) stands on one
/// fixed-width grid (above), sets `*text` to the text they print: a line for
/// each row of the grid from the highest word's down to the page's lowest
/// (blank rows blank lines), each word at its column, each page ended by a form feed (a page
/// without words one form feed), as `pdftotext -layout` writes such a
/// page; else returns false and leaves `*text` alone.
bool PrintedText(const std::vector<PositionedPage>& pages, std::string* text);

/// The reader note saying the PDF was read as the text it prints: the
/// extractor keeps its record's format "pdf" (the Document's is "text").
std::string PrintedTextNote();

/// True when `warning` is the note PrintedTextNote writes.
bool IsPrintedTextNote(const std::string& warning);

}  // namespace redovis

#endif  // REDOVIS_READ_PDF_PRINTED_TEXT_H_
