// A scanned page's pixels prepared for OCR, in the program (not the OCR
// module): the black print of a colour page, and a page turned by quarter
// turns. Pure pixel arithmetic on GreyImage (read/pdf/layout_types.h): no
// Tesseract, no Leptonica, no PDF library; nothing kept between calls; never
// fails, never throws, never prints.
#ifndef REDOVIS_READ_OCR_PAGE_PIXELS_H_
#define REDOVIS_READ_OCR_PAGE_PIXELS_H_

#include <cstdint>
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

/// A mark of ink on a page image: a box of 8-connected dark pixels, in
/// pixels (inclusive), and how many pixels it holds.
struct InkMark {
  int x0, y0, x1, y1;
  long pixels;
};

/// The marks of `image`: its pixels darker than `below` joined with their
/// eight neighbours, in the order of their first pixel (rows top down).
/// Pixels set in `seen` (one byte a pixel, rows `image.width` apart; empty:
/// none) are taken as white. Never fails; an empty or malformed image has none.
std::vector<InkMark> InkMarks(const GreyImage& image, unsigned char below,
                              std::vector<uint8_t> seen = {});

/// How the print of a page image lies, as its ink shows it before any
/// reading (a fraction of a reading's time: one look at the page at 150
/// dpi).
enum class PrintLie {
  kUpright,     ///< upright, or nothing shows otherwise (a blank page)
  kSideways,    ///< turned a quarter, either way
  kUpsideDown,  ///< turned half round
};

/// How the print of `image` (dark under 128) lies, from its marks of a
/// letter's size (1.5 to 15 points each way; rules, boxes and specks are not
/// counted):
/// - sideways when those with a neighbour close above or below them (a gap
///   under a third of their larger extent, overlapping half their width)
///   are 100 or more and twice those with one close beside them (the like
///   across): letters of a word stand close, lines of text further apart,
///   so a page fed sideways is told from an upright one at any skew a
///   scanner gives;
/// - else upside down when, of the neighbours close beside each other, the
///   pairs of one mark taller than the other at the same head (a descender
///   beside a short letter, read upright) are 10 or more and twice those at
///   the same foot (an ascender or a capital beside a short letter): in
///   Swedish as in most Latin print ascenders and capitals far outnumber
///   descenders, so a page turned half round shows the reverse;
/// - else upright.
/// Never fails; an empty or malformed image is upright.
PrintLie LieOfPrint(const GreyImage& image);

}  // namespace redovis

#endif  // REDOVIS_READ_OCR_PAGE_PIXELS_H_
