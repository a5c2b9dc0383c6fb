// A PDF page whose text is set sideways or upside down, turned so that it
// reads upright: a page given /Rotate 90 (Poppler applies the page's
// rotation, so its text then runs down the displayed page), or a landscape
// page laid sideways on portrait paper. The words, the paths and the
// pictures are turned together, so that the rules and check boxes found on
// the paths (vector_drawing.h) stand where the words are.
//
// In: one page's words and paths in points, top-left origin, as
// pdf_page_pass.h gives them. Out: the same, turned in place. Pure geometry:
// no Poppler, nothing kept between calls; never fails, never prints.
#ifndef REDOVIS_READ_PDF_PAGE_TURN_H_
#define REDOVIS_READ_PDF_PAGE_TURN_H_

#include <vector>

#include "read/pdf/layout_types.h"
#include "read/pdf/vector_drawing.h"

namespace redovis {

/// The quarter turns clockwise (0-3, as PositionedWord::rotation) at which
/// most of the words' characters are set; 0 when there are none or on a tie
/// with 0.
int MainRotation(const std::vector<PositionedWord>& words);

/// Turns the box (x0, y0)-(x1, y1) on a `width` x `height` page into the
/// frame where text set at `rotation` quarter turns reads upright (the page
/// turned `rotation` quarters counter-clockwise); the box stays ordered
/// (x0 <= x1, y0 <= y1) when it was. Rotation 0 leaves it as it is.
void TurnBoxUpright(int rotation, double width, double height, double* x0, double* y0, double* x1,
                    double* y1);

/// Turns the page so that text set at `rotation` quarter turns reads
/// upright: every word (its box, and its rotation less `rotation`), every
/// path point and picture, and the page's size (width and height swapped
/// for 1 and 3). Rotation 0 changes nothing.
void TurnPageUpright(int rotation, PositionedPage* page, PagePaths* paths);

}  // namespace redovis

#endif  // REDOVIS_READ_PDF_PAGE_TURN_H_
