// Line and cell reconstruction for positioned text (PDF text layers and OCR).
//
// In: the words of each page, each with its bounding box in points (origin at
// the top left, y growing downwards), its font size and whether a space
// follows it. Out: the page's lines in reading order, each split into cells
// where the gap between words is clearly wider than a word space, each cell
// with its horizontal extent in points; running headers and footers, page
// numbers and footnote bodies get their LineRole.
//
// Pure geometry: this code knows nothing of PDF libraries, OCR engines,
// reports or languages. It never fails, never throws on its own, never
// prints, and never drops a word (except whitespace-only ones).
#ifndef REDOVIS_PDF_LAYOUT_H_
#define REDOVIS_PDF_LAYOUT_H_

#include <string>
#include <vector>

#include "redovis/document.h"

namespace redovis {

/// One word on a page, as a PDF library or an OCR engine reports it.
struct PositionedWord {
  std::string text;                       ///< UTF-8
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  ///< bounding box in points, top-left origin
  double font_size = 0;                   ///< points; 0 when unknown (the box height is used)
  bool space_after = true;                ///< the source put a space after the word
  int rotation = 0;  ///< quarter turns clockwise the text is set at (0 upright, 1 top-down, ...)
};

/// One page's words and size.
struct PositionedPage {
  int number = 0;                     ///< 1-based page number
  double width = 0, height = 0;       ///< points
  bool ocr = false;                   ///< the words came from OCR
  std::vector<PositionedWord> words;  ///< in any order
};

/// One rebuilt line with the geometry the page-level passes need.
struct LaidOutLine {
  Line line;              ///< cells with x0/x1, page, ocr, role (number/origin unset)
  double y0 = 0, y1 = 0;  ///< vertical extent in points
  double font_size = 0;   ///< the line's body font size in points
};

/// One page's rebuilt lines.
struct LaidOutPage {
  int number = 0;                  ///< 1-based page number
  double width = 0, height = 0;    ///< points
  std::vector<LaidOutLine> lines;  ///< reading order
};

/// Tuning of the reconstruction; the defaults suit office documents.
struct LayoutOptions {
  double cell_gap_em = 0.8;      ///< a gap wider than this many font sizes splits cells
  double cell_gap_spaces = 2.5;  ///< ... and wider than this many typical word spaces
  double margin_band = 0.12;     ///< top/bottom share of the page where furniture may sit
  int min_column_lines = 5;      ///< prose lines needed on each side of a column gutter
};

/// The lines of one page in reading order: words grouped into visual lines by
/// vertical overlap, ordered by x, split into cells at wide gaps; a clearly
/// two-column region yields its left column's lines before its right's; raised
/// small digits become superscript digits; a check-box glyph (☒ ☑ ✓ ✔ ☐, or
/// its Wingdings private-use code) starts a cell and sets that cell's checkbox
/// state. Text set at an angle is read in its own frame: the angle most text
/// is set at gives the page's lines; lines at other angles follow them. Never
/// fails; a page without words gives no lines.
LaidOutPage LayOutPage(const PositionedPage& page, const LayoutOptions& options = LayoutOptions());

/// Sets LineRole::kFurniture on running headers and footers (text repeated in
/// the margin band of most pages) and page numbers, and LineRole::kFootnote on
/// footnote bodies (small type at a page's foot starting with a note number).
/// Never fails; lines already given a role keep it.
void MarkPageRoles(std::vector<LaidOutPage>* pages, const LayoutOptions& options = LayoutOptions());

}  // namespace redovis

#endif  // REDOVIS_PDF_LAYOUT_H_
