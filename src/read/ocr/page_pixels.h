// A scanned page's pixels prepared for OCR, in the program (not the OCR
// module): the black print of a colour page, and a page turned by quarter
// turns. Pure pixel arithmetic on GreyImage (read/pdf/layout_types.h): no
// Tesseract, no Leptonica, no PDF library; nothing kept between calls; never
// fails, never throws, never prints.
#ifndef REDOVIS_READ_OCR_PAGE_PIXELS_H_
#define REDOVIS_READ_OCR_PAGE_PIXELS_H_

#include <vector>

#include "read/pdf/layout_types.h"

namespace redovis {

/// The black print of a colour page image: one byte of grey per pixel made
/// from `pixels` of four bytes each (rows `stride` bytes apart; the order of
/// the three colour bytes does not matter, the fourth is ignored). A pixel's
/// grey is the mean of its colours plus twice its chroma (the spread of its
/// colours) beyond a slack of 40 (what scanner noise and JPEG give black and white), so coloured
/// ink (a red or blue stamp, a pen's signature, yellow highlighter) turns white while black print
/// stays dark, also where coloured ink lies over it. A grey page comes back as its grey. Returns
/// the pixels and describes them in `*out` (stride = width, resolution `dpi`). Never fails; an
/// empty or malformed image gives an empty result.
std::vector<unsigned char> BlackPrintOf(const unsigned char* pixels, int width, int height,
                                        int stride, double dpi, GreyImage* out);

/// `image` turned clockwise by `degrees` (90, 180 or 270; any other value
/// gives a plain copy): a 90 or 270 degree turn swaps width and height.
/// Returns the pixels and describes them in `*out` (stride = width, the same
/// resolution). Never fails; an empty image gives an empty result.
std::vector<unsigned char> Turned(const GreyImage& image, int degrees, GreyImage* out);

}  // namespace redovis

#endif  // REDOVIS_READ_OCR_PAGE_PIXELS_H_
