// Line and cell reconstruction for positioned text (PDF text layers and OCR).
//
// In: the words of each page, each with its bounding box in points (origin at
// the top left, y growing downwards), its font size and whether a space
// follows it; and, from a rendering of the page, the table rules and the
// check boxes drawn as graphics. Out: the page's lines in reading order, each
// split into cells where the gap between words is clearly wider than a word
// space or a vertical rule runs between them, each cell with its horizontal
// extent in points; a ruled table row's visual lines joined into one line, a
// wrapped paragraph's lines into one; running headers and footers, page
// numbers and footnote bodies marked with their LineRole.
//
// Pure geometry on words and pixels: this code knows nothing of PDF
// libraries, OCR engines, reports or languages. It never fails, never throws
// on its own, never prints, and never drops a word (except whitespace-only
// ones and words with impossible coordinates).
#ifndef REDOVIS_READ_PDF_PDF_LAYOUT_H_
#define REDOVIS_READ_PDF_PDF_LAYOUT_H_

#include <cstdint>
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
  Line line;                 ///< cells with x0/x1, page, ocr, role (number/origin unset)
  double y0 = 0, y1 = 0;     ///< vertical extent in points
  double font_size = 0;      ///< the line's body font size in points
  bool in_table = false;     ///< inside a ruled table cell (set by MergeTableRows)
  std::vector<double> cuts;  ///< x of the row's vertical rules, when in_table
};

/// One page's rebuilt lines.
struct LaidOutPage {
  int number = 0;                  ///< 1-based page number
  double width = 0, height = 0;    ///< points
  std::vector<LaidOutLine> lines;  ///< reading order
};

/// One page image: 8-bit grey, one byte per pixel, rows `stride` bytes apart.
struct GreyImage {
  const unsigned char* pixels = nullptr;
  int width = 0, height = 0, stride = 0;
  double dpi = 300;  ///< resolution the page was rendered at
};

/// One page image reduced to its ink: a bit per pixel, set where the pixel is
/// dark (grey below 150). Each row is `words_per_row` 64-bit words, its
/// leftmost pixel in the lowest bit of the first; bits past `width` are clear.
/// The searches for drawn boxes and rules read it a row of 64 pixels at a time.
struct InkBitmap {
  int width = 0, height = 0, words_per_row = 0;
  double dpi = 300;            ///< resolution the page was rendered at
  std::vector<uint64_t> bits;  ///< `height` rows of `words_per_row` words
  /// The words of row `y` (0 <= y < height).
  const uint64_t* row(int y) const { return bits.data() + static_cast<size_t>(y) * words_per_row; }
  /// True when the pixel (x, y), inside the image, is ink.
  bool dark(int x, int y) const { return (row(y)[x >> 6] >> (x & 63)) & 1; }
};

/// The ink of a grey image. An empty bitmap (width 0) when the image is
/// empty, malformed or larger than 80 million pixels.
InkBitmap InkOfGrey(const GreyImage& image);

/// The ink of a one-bit image: rows `stride` bytes apart, eight pixels to a
/// byte with the leftmost in its most significant bit, a clear bit for ink
/// (the layout of Splash's one-bit renderings). An empty bitmap when the
/// image is empty, malformed or larger than 80 million pixels.
InkBitmap InkOfMonoRows(const unsigned char* rows, int width, int height, int stride, double dpi);

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

/// Check boxes drawn as graphics (a square frame, crossed or ticked inside or
/// empty), as office suites draw form check boxes when they write PDF, found
/// in a rendering of the page. Each comes back as a word "☒" or "☐" with its
/// box in points, ready to be laid out with the page's text. Frames that
/// overlap a word of `text` (a box glyph, a letter) are not reported; a frame
/// may touch a table rule. Never fails.
std::vector<PositionedWord> FindDrawnCheckboxes(const GreyImage& image,
                                                const std::vector<PositionedWord>& text);
/// The same, on a page's ink.
std::vector<PositionedWord> FindDrawnCheckboxes(const InkBitmap& ink,
                                                const std::vector<PositionedWord>& text);

/// The horizontal rules (15 points long or more) and vertical rules (12
/// points or more) drawn on a page rendering, thin strokes only (a filled
/// area is not a rule). Never fails.
std::vector<RuleSegment> FindRules(const GreyImage& image);
/// The same, on a page's ink.
std::vector<RuleSegment> FindRules(const InkBitmap& ink);

/// Joins the visual lines of each ruled table row of `page` into one line:
/// lines whose first cell sits in a grid cell with the same top and bottom
/// rules form a row; each grid column's pieces become one cell, the pieces
/// joined by a space (no space where a word too long for its column was
/// broken at the column's edge). Lines outside ruled tables, and rows whose
/// columns cannot be told apart by vertical rules, are left as they are.
/// Never fails.
void MergeTableRows(const std::vector<RuleSegment>& rules, LaidOutPage* page);

/// Joins the visual lines of each wrapped paragraph (outside ruled tables)
/// into one line: a one-cell line that runs to the right edge of its text
/// block, and the next one-cell line set in the same type at the next line's
/// distance, starting at the same left edge and not with a list marker.
/// Never fails.
void JoinWrappedLines(LaidOutPage* page);

/// Joins what a page break cut in two: a ruled table row (when the last row
/// of a page and the first row of the next have the same grid columns and
/// the latter's first column is empty, its pieces go into the former's
/// cells), or a paragraph (the page's last line is full and the next page
/// goes on at the same left edge in the same type, in lower case). Never
/// fails.
void JoinRowsAcrossPages(std::vector<LaidOutPage>* pages);

/// Paints white over `rules` and `boxes` (in points) on a page image of
/// `width` x `height` one-byte pixels at `dpi`, so that OCR reads the text
/// between them without taking table rules and check boxes for letters.
/// Never fails.
void EraseDrawing(const std::vector<RuleSegment>& rules, const std::vector<PositionedWord>& boxes,
                  int width, int height, double dpi, std::vector<unsigned char>* pixels);

/// Places on a page image where there is ink of the size of text that no
/// word of `read` covers: what a first OCR pass left out (it is prone to
/// skip a lone digit in a table cell). Each place is a box in points around a
/// cluster of such ink (a number's digits together), with a little margin.
/// Specks, strokes thinner than a letter and ink under `read` are left out;
/// at most 200 places come back. Never fails.
std::vector<PositionedWord> FindUnreadInk(const GreyImage& image,
                                          const std::vector<PositionedWord>& read);

/// Sets LineRole::kFurniture on running headers and footers (text repeated in
/// the margin band of most pages) and page numbers, and LineRole::kFootnote on
/// footnote bodies (small type at a page's foot starting with a note number).
/// Never fails; lines already given a role keep it.
void MarkPageRoles(std::vector<LaidOutPage>* pages, const LayoutOptions& options = LayoutOptions());

}  // namespace redovis

#endif  // REDOVIS_READ_PDF_PDF_LAYOUT_H_
