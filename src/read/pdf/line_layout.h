// Words to lines: a page's positioned words grouped into visual lines in
// reading order, each split into cells.
//
// In: one page's words (PositionedPage, layout_types.h), each with its box in
// points (top-left origin), its font size and whether a space follows it,
// and the rules drawn on the page. Out: the page's lines in reading order,
// each split into cells where the gap between words is clearly wider than a
// word space or a vertical rule runs between them, each cell with its
// horizontal extent in points. Check-box glyphs of the text become cells'
// check-box states here (the glyph table is in line_layout.cc).
//
// One page at a time: joining table rows (table_rows.h), paragraphs and what
// a page break cut (paragraphs.h), and the roles of lines (page_roles.h) come
// after. Pure geometry on words: this code knows nothing of PDF libraries,
// OCR engines, reports or languages. It never fails, never throws on its
// own, never prints, and never drops a word (except whitespace-only ones and
// words with impossible coordinates).
#ifndef REDOVIS_READ_PDF_LINE_LAYOUT_H_
#define REDOVIS_READ_PDF_LINE_LAYOUT_H_

#include "read/pdf/layout_types.h"

namespace redovis {

/// The lines of one page in reading order: words grouped into visual lines by
/// vertical overlap, ordered by x, split into cells at wide gaps; a clearly
/// two-column region yields its left column's lines before its right's; a
/// sheet of four pages two by two (sheet_grid.h) yields each page's lines in
/// turn, top left, top right, bottom left, bottom right; raised
/// small digits (a smaller font, or, for words that carry their line's font
/// size as OCR's do, a box under 0.6 of the line's words' height) become
/// superscript digits; a line that starts with a note's mark is flagged (LaidOutLine::note_mark:
/// a raised small digit, or on a page read by OCR any mark of one or two characters whose box
/// is small and raised); ligatures are expanded, and ASCII that a font's Unicode
/// map wrote with its bytes swapped (U+6600 U+6C00 for "fl") run into a Latin
/// word is read as ASCII; a check-box glyph (☒ ☑ ✓ ✔ ☐, or
/// its Wingdings private-use code) starts a cell and sets that cell's checkbox
/// state. Text set at an angle is read in its own frame: the angle most text
/// is set at gives the page's lines; lines at other angles follow them (with
/// no height, at the page's middle). Each line has its page number, OCR flag,
/// y extent and body font size; its role is kContent. Never fails; a page
/// without words gives no lines.
LaidOutPage LayOutPage(const PositionedPage& page, const LayoutOptions& options = LayoutOptions());

}  // namespace redovis

#endif  // REDOVIS_READ_PDF_LINE_LAYOUT_H_
