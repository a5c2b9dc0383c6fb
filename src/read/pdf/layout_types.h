// The vocabulary of page layout: what a page reader (a PDF text layer) or an
// OCR engine hands to the layout passes, and what those passes hand back.
//
// In: a page's words, each with its bounding box in points (origin at the
// top left, y growing downwards), its font size and whether a space follows
// it; the table rules drawn on the page; a rendering of the page as grey
// pixels. Out: the page's rebuilt lines, each with the geometry the
// page-level passes need.
//
// The passes, each in its own module beside this header:
//   pdf_page_pass.h  one pass over a PDF page: words and painted paths (Poppler)
//   vector_drawing.h rules and check boxes from the painted paths
//   ink_bitmap.h   a page rendering reduced to its ink, read 64 pixels at a time
//   drawing.h      rules and check boxes on a rendering; painting them out
//   line_layout.h  words to visual lines and cells, in reading order
//   table_rows.h   a ruled table row's visual lines joined into one
//   paragraphs.h   a wrapped paragraph's lines, and what a page break cut, joined
//   page_roles.h   running headers, page numbers and footnotes marked
//   pdf_layout.h   the passes in their order, for a document's pages
//   ocr_page.h     a scanned page read by OCR, rules and boxes apart
//
// Plain data: nothing here fails, allocates on its own or keeps state.
#ifndef REDOVIS_READ_PDF_LAYOUT_TYPES_H_
#define REDOVIS_READ_PDF_LAYOUT_TYPES_H_

#include <algorithm>
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
  float confidence = 100;  ///< OCR's confidence in the word, 0-100 (100 for a text layer)
};

/// A straight rule of a table (or an underline, a separator) in points.
struct RuleSegment {
  bool horizontal = true;
  double pos = 0;           ///< y of a horizontal rule, x of a vertical one
  double from = 0, to = 0;  ///< its extent along the other axis
  double width = 0;         ///< its thickness
};

/// One page's words and size.
struct PositionedPage {
  int number = 0;                     ///< 1-based page number
  double width = 0, height = 0;       ///< points
  bool ocr = false;                   ///< the words came from OCR
  std::vector<PositionedWord> words;  ///< in any order
  std::vector<RuleSegment> rules;     ///< rules drawn on the page: no cell spans a vertical one
};

/// One rebuilt line with the geometry the page-level passes need.
struct LaidOutLine {
  Line line;              ///< cells with x0/x1, page, ocr, role (number/origin unset)
  double y0 = 0, y1 = 0;  ///< vertical extent in points
  double font_size = 0;   ///< the line's body font size in points
  bool in_table = false;  ///< inside a ruled table cell (set by MergeTableRows)
  /// The line starts with a note's mark told by its box: a word of one or
  /// two characters, small and raised (its top as high as the line's words', its
  /// foot in their upper three quarters), whatever OCR read it as ("²", "?", "*").
  /// Set by LayOutPage; page_roles.h starts a footnote there.
  bool note_mark = false;
  std::vector<double> cuts;  ///< x of the row's vertical rules, when in_table
};

/// One page's rebuilt lines.
struct LaidOutPage {
  int number = 0;                  ///< 1-based page number
  double width = 0, height = 0;    ///< points
  std::vector<LaidOutLine> lines;  ///< reading order
};

/// One page image: 8-bit grey, one byte per pixel, rows `stride` bytes apart.
/// It borrows its pixels: they must outlive it.
struct GreyImage {
  const unsigned char* pixels = nullptr;
  int width = 0, height = 0, stride = 0;
  double dpi = 300;  ///< resolution the page was rendered at
};

/// Tuning of the reconstruction; the defaults suit office documents.
struct LayoutOptions {
  double cell_gap_em = 0.8;      ///< a gap wider than this many font sizes splits cells
  double cell_gap_spaces = 2.5;  ///< ... and wider than this many typical word spaces
  double margin_band = 0.12;     ///< top/bottom share of the page where furniture may sit
  int min_column_lines = 5;      ///< prose lines needed on each side of a column gutter
};

/// The median of `v` (of an even count, the upper of the two middle values);
/// 0 when `v` is empty.
inline double Median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
  return v[v.size() / 2];
}

/// Gives `into`, a cell that takes in `from`'s text after its own, the lower
/// of their OCR confidences (a cell read by OCR is as sure as its least sure
/// word), and `from`'s confidence in the words it ends in
/// (Cell::ocr_tail_confidence), the lower of the two where `into` ends in
/// such words too (they may be one run).
inline void JoinOcrConfidence(Cell* into, const Cell& from) {
  if (from.ocr_confidence >= 0 &&
      (into->ocr_confidence < 0 || from.ocr_confidence < into->ocr_confidence))
    into->ocr_confidence = from.ocr_confidence;
  if (from.ocr_tail_confidence < 0 || into->ocr_tail_confidence < 0)
    into->ocr_tail_confidence = from.ocr_tail_confidence;
  else if (from.ocr_tail_confidence < into->ocr_tail_confidence)
    into->ocr_tail_confidence = from.ocr_tail_confidence;
}

}  // namespace redovis

#endif  // REDOVIS_READ_PDF_LAYOUT_TYPES_H_
