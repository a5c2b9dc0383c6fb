// What a page shows as drawing rather than text: the rules of its tables and
// the check boxes drawn as graphics (office suites draw form check boxes so
// when they write PDF), found on a rendering of the page; and painting them
// out of a page image before OCR.
//
// In: a page rendering as grey pixels or as its ink (ink_bitmap.h), at a
// known resolution; for the boxes, the words of the page's text layer. Out:
// rules (RuleSegment) and boxes (PositionedWord "☒" or "☐") in points, top-
// left origin, ready to be laid out with the page's text (line_layout.h,
// table_rows.h).
//
// Pure geometry on pixels: this code knows nothing of PDF libraries, OCR
// engines, forms or languages. It never fails, never throws on its own,
// never prints and keeps nothing between calls.
#ifndef REDOVIS_READ_PDF_DRAWING_H_
#define REDOVIS_READ_PDF_DRAWING_H_

#include <vector>

#include "read/pdf/ink_bitmap.h"
#include "read/pdf/layout_types.h"

namespace redovis {

/// Check boxes drawn as graphics (a square frame 5 to 20 points wide, crossed
/// or ticked inside or empty), as office suites draw form check boxes when
/// they write PDF, or a box glyph as a scan shows it (a condensed font's
/// prints at 6.5 points), found in a rendering of the page. Each comes back
/// as a word "☒" or "☐" with its box in points, ready to be laid out with the
/// page's text. Frames that overlap a word of `text` (a box glyph, a letter)
/// are not reported; a frame may touch a table rule; a frame whose inside
/// holds a speck or a solid fill is not reported (its state cannot be told).
/// Never fails; an empty or malformed image gives none.
std::vector<PositionedWord> FindDrawnCheckboxes(const GreyImage& image,
                                                const std::vector<PositionedWord>& text);
/// The same, on a page's ink.
std::vector<PositionedWord> FindDrawnCheckboxes(const InkBitmap& ink,
                                                const std::vector<PositionedWord>& text);

/// The horizontal rules (15 points long or more) and vertical rules (12
/// points or more) drawn on a page rendering, thin strokes only (a filled
/// area is not a rule), the horizontal ones first. Never fails; an empty or malformed image gives
/// none.
std::vector<RuleSegment> FindRules(const GreyImage& image);
/// The same, on a page's ink.
std::vector<RuleSegment> FindRules(const InkBitmap& ink);

/// True when a frame found at `frame`'s box (points) is not a check box
/// because of the text around it: a word of `text` covers more than 30% of
/// it (a glyph or letter of the text layer), or a check-box glyph of the text
/// (read/glyphs.h) stands inside it: the frame is then a table cell around
/// that box (small enough to pass for one on a page printed smaller, two
/// pages a sheet). The one test of both finders (FindDrawnCheckboxes and
/// vector_drawing.h's CheckboxesOfPaths). Never fails.
bool FrameAroundText(const PositionedWord& frame, const std::vector<PositionedWord>& text);

/// Paints white over `rules` and `boxes` (in points), with two and a half
/// pixels to spare around each, on a page image of `width` x `height`
/// one-byte pixels at `dpi`, so that OCR reads the text between them without
/// taking table rules and check boxes for letters. Never fails; does nothing
/// when the size is not positive or `pixels` holds fewer than width x height.
void EraseDrawing(const std::vector<RuleSegment>& rules, const std::vector<PositionedWord>& boxes,
                  int width, int height, double dpi, std::vector<unsigned char>* pixels);

}  // namespace redovis

#endif  // REDOVIS_READ_PDF_DRAWING_H_
