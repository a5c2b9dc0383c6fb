// What a page shows as drawing, found from its vector graphics: the rules of
// its tables and the check boxes drawn as paths (office suites draw form
// check boxes so when they write PDF), and the words struck through (a line
// across their middle: a tracked change's deleted text as LibreOffice prints
// it), as the PDF's content stream paints them, without rendering the page.
//
// In: the page's painted paths (PagePaths), in points, top-left origin, as a
// PDF interpreter hands them over (pdf_page_pass.h collects them); for the
// boxes, the words of the page's text layer. Out: rules (RuleSegment) and
// boxes (PositionedWord "☒" or "☐") as drawing.h finds them on a rendering,
// ready to be laid out with the page's text (line_layout.h, table_rows.h).
//
// What counts: straight, axis-parallel pieces of dark paint ("edges"): a
// stroked segment, a thin filled rectangle, the sides of a filled ring (a
// frame painted as an outer and an inner rectangle). Light paint (white, pale
// grey) leaves no ink and is ignored, as the rendering's ink threshold does;
// paint that covers earlier ink is not taken to erase it. Curves are never
// edges, so round frames are not boxes.
//
// Pure geometry: this code knows nothing of PDF libraries, forms or
// languages. It never fails, never throws on its own, never prints and keeps
// nothing between calls.
#ifndef REDOVIS_READ_PDF_VECTOR_DRAWING_H_
#define REDOVIS_READ_PDF_VECTOR_DRAWING_H_

#include <cstddef>
#include <vector>

#include "read/pdf/layout_types.h"

namespace redovis {

/// A point of a path on the page in points, top-left origin; `control` when
/// it is one of a Bézier curve's two control points (the piece between two
/// points is straight when neither is).
struct PathPoint {
  double x = 0, y = 0;
  bool control = false;
};

/// One subpath as painted: its points in order (a closed one ends where it
/// began).
struct Subpath {
  std::vector<PathPoint> points;
};

/// One painting operation of a path.
struct PaintedPath {
  std::vector<Subpath> subpaths;
  bool stroked = false;   ///< the outline was stroked (else the inside filled)
  bool dark = true;       ///< the paint is dark enough to be ink (grey below kInkBelow)
  bool dashed = false;    ///< stroked with gaps of more than a point
  double line_width = 0;  ///< stroke width in points (0: the thinnest line)
};

/// Everything painted on a page, in painting order.
struct PagePaths {
  std::vector<PaintedPath> paths;
  /// Places painted with images or shadings (their bounding boxes, as
  /// words with no text): what they show cannot be told without rendering.
  std::vector<PositionedWord> pictures;
  /// Glyphs drawn without a Unicode value: ink (a check box, often) that
  /// neither the text layer nor the paths show.
  int unmapped_glyphs = 0;
  /// Every glyph the page's text shows, and those of them drawn invisible
  /// (text render mode 3 or 7: the OCR layer a scanner's software lays over
  /// its image).
  int glyphs = 0;
  int invisible_glyphs = 0;
};

/// The horizontal rules (15 points long or more) and vertical rules (12
/// points or more) painted on the page, thin strokes only (3 points at most;
/// a filled area is not a rule), the horizontal ones first, each kind in
/// order of position. Edges on one line that overlap or are at most a point
/// apart are one rule, as a rendering shows them. Never fails.
std::vector<RuleSegment> RulesOfPaths(const PagePaths& page);

/// Check boxes painted as paths: a square frame 7 to 20 points wide of four
/// thin edges meeting at their corners, empty (☐) or with paint or a small
/// word inside it (☒, a cross or a tick), each as a word with its box in
/// points (its font size the box's height). As drawing.h: frames around
/// text (FrameAroundText: a word of `text` over more than 30% of their area,
/// or a check-box glyph inside) are not reported;
/// a frame may be part of a table rule, but an empty frame whose top and
/// bottom lines both go on past one of its sides, as far again as its width,
/// is a cell of a ruled table (its narrow first column printed small, 2-up)
/// and is not reported (crossed, it is reported: an answer's cell); a frame
/// whose inside holds only a speck or is filled solid is not reported (its
/// state cannot be told).
/// Never fails.
std::vector<PositionedWord> CheckboxesOfPaths(const PagePaths& page,
                                              const std::vector<PositionedWord>& text);

/// The words struck through (a tracked change's deleted text, as an office
/// suite prints it): a thin horizontal edge of dark paint (stroked or a thin
/// fill, no thicker than a fifth of the word's height) whose middle runs
/// through an upright word's middle (30% to 68% of its box's height from the
/// top: an underline runs lower) over 80% of its width or more. An edge that
/// crosses part of a word (more than a fifth of it, less than 80%), or runs
/// on past the words it strikes by more than a word's height (a rule), strikes
/// none. Returns the struck words' indices in `words`, in order, each once;
/// `*strikes` (when given) gets each striking edge as a horizontal segment,
/// for the caller to take from the page's rules. Never fails.
std::vector<size_t> StruckWords(const PagePaths& page, const std::vector<PositionedWord>& words,
                                std::vector<RuleSegment>* strikes);

/// True when the page may show a rule or a check box that its paths do not:
/// it draws glyphs without Unicode, or a picture (image or shading) of a
/// check box's size, one as thin and long as a rule, or one that covers a
/// quarter of the page or more (a scan behind a text layer). The caller then
/// finds rules and boxes on a rendering instead. A logo or a chart does not
/// count. Never fails.
bool PicturesMayHoldDrawing(const PagePaths& page, double page_width, double page_height);

/// True when the page is a scan under another program's OCR: a picture
/// covers a quarter of the page or more and at least 95% of its glyphs are
/// drawn invisible (tesseract's and most scanners' "searchable PDF"). That
/// text comes without the confidences, the second reading and the check
/// boxes redovis's own OCR gives a value, so the caller reads such a page as
/// a scan. Never fails.
bool HiddenTextOverScan(const PagePaths& page, double page_width, double page_height);

}  // namespace redovis

#endif  // REDOVIS_READ_PDF_VECTOR_DRAWING_H_
