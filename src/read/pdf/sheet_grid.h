// A sheet that holds its pages two by two: a "4-up" print (pdfjam --nup
// 2x2, Ghostscript's NupControl=2x2, a printer's "4 pages per sheet" saved
// as PDF), told from the geometry of what is drawn on it, so that the line
// layout (line_layout.h) lays out each page on its own, in reading order,
// and never joins a line of one page to the line of its neighbour that
// happens to stand at the same height.
//
// A sheet is taken for a grid only on all of this evidence:
//   - a vertical gutter through the sheet's middle (2% to 25% of the width
//     wide) that no word and no rule crosses from the top of the sheet to
//     its bottom (a print places its pages by the sheet's halves);
//   - a horizontal gutter through the sheet's middle (1% to 20% of the
//     height tall) that no word and no rule crosses from the left edge to
//     the right;
//   - text in the top left, top right and bottom left quarters (the bottom
//     right may be empty: the last sheet of an odd count); or, for a last
//     sheet of two pages, text in the top quarters only, shrunk (its median
//     word no higher than 0.85% of the sheet: half-size text), with no
//     horizontal gutter needed;
//   - in each quarter with text, text that spans 15% of its width or more
//     (a page's lines run across it; a column of numbers does not);
//   - the gutters as wide as two pages' margins make them (the vertical
//     one 6% of the width, the horizontal one 4% of the height), or else
//     the quarters laid out as the same page would be: the text of the
//     right quarters begins as far from the sheet's vertical middle as
//     that of the left ones from the sheet's left edge, and the text of
//     the bottom quarters as far below its horizontal middle as that of
//     the top ones below the sheet's top edge (within 4% of the side).
// The span test keeps a form's page whose labels stand left of the middle
// and whose answers stand right of it, above and below a blank band, from
// being cut into quarters, the shrunk text a page's top half with labels
// left and answers right. Two pages a landscape sheet (2x1, text at 0.7
// size) are not a grid: the line layout's two-column regions read them,
// when both pages hold prose.
//
// Pure geometry: never fails, never prints, knows nothing of reports.
#ifndef REDOVIS_READ_PDF_SHEET_GRID_H_
#define REDOVIS_READ_PDF_SHEET_GRID_H_

#include <vector>

#include "read/pdf/layout_types.h"

namespace redovis {

/// An upright box in points, top-left origin.
struct SheetBox {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

/// The pages of a sheet printed two by two, as the parts of the sheet
/// (x0 = `left`, y0 = `top`, x1 = `left` + `width`, y1 = `top` + `height`)
/// they occupy, in reading order: top left, top right, bottom left, bottom
/// right (an empty bottom right left out); for a sheet of two pages in its
/// top row, its left and right halves. `words` are the text's boxes,
/// `rules` the rules drawn on the sheet (ignored when the frame is not the
/// page's own, `rules` empty). Empty when the evidence above does not all
/// hold, or with fewer than 20 words.
std::vector<SheetBox> FindPageGrid(const std::vector<SheetBox>& words,
                                   const std::vector<RuleSegment>& rules, double left, double top,
                                   double width, double height);

}  // namespace redovis

#endif  // REDOVIS_READ_PDF_SHEET_GRID_H_
