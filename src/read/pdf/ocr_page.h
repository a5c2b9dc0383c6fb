// A scanned page read by OCR: the glue between a page rendering and the OCR
// engine (read/ocr/ocr.h), which keeps table rules and drawn check boxes
// apart from the text.
//
// In: a page rendered to grey pixels (GreyImage, layout_types.h) and an OCR
// engine. Out: the page's words in points, as the layout passes take them
// (line_layout.h), the check boxes drawn on the page among them as words
// "☒" / "☐" (drawing.h), and the table rules seen on the page.
//
// The steps, in order: the page is straightened (Deskew); its rules and
// drawn boxes are found and painted out, so that OCR does not read them as
// letters; the engine reads the page; ink of the size of text that no word
// read covers gets a second look, one place at a time, black on white at
// the ink threshold of ink_bitmap.h; what OCR made of a drawn box gives way
// to the box; a page whose letters stand in columns or on their heads is
// turned upright before it is read (LieOfPrint), and a reading that does not look like
// upright text is done again on the page turned upright (OcrEngine::UprightTurn,
// Turned), or given up. What is Tesseract's (the engine, the
// straightening) stays in read/ocr; no PDF library is used here.
//
// Never throws on its own, never prints; the engine is used, not kept.
#ifndef REDOVIS_READ_PDF_OCR_PAGE_H_
#define REDOVIS_READ_PDF_OCR_PAGE_H_

#include <string>
#include <vector>

#include "read/ocr/ocr.h"
#include "read/pdf/layout_types.h"
#include "redovis/status.h"

namespace redovis {

/// Sets `*dpi` to the resolution a page of `width` x `height` points is to
/// be rendered at for OCR: 300 dpi, less for a page that would pass 16
/// million pixels. Fails with "ocr_failed" when the page has no size, or
/// when it is so large that under 20 dpi would be left.
Status OcrResolution(double width, double height, double* dpi);

/// Reads the page `rendered` (grey, any stride; BlackPrintOf a colour
/// rendering) by OCR with `engine`, replacing `*words` with what was read and
/// the drawn check boxes (in points), and `*rules` with the table rules seen
/// on the upright, straightened page. A page whose print lies sideways or
/// upside down (LieOfPrint, page_pixels.h) has its way up asked first and,
/// when the engine agrees (a quarter turn for a sideways page, half a turn
/// for one upside down) and the page so turned reads as upright text, is
/// read once, turned. Else the page is read as it lies; only when
/// that reading does not look like upright text (a third of its words
/// running up or down the page, or read with confidence under 60) is its
/// way up asked of the engine (OcrEngine::UprightTurn) and, that failing,
/// the other quarter turns tried, the reading that looks most like text
/// kept. `*turned` (when given) gets the degrees the page was turned
/// clockwise to stand upright (0, 90, 180, 270): the words' places are on
/// the turned page, which is `rendered`'s height wide after a turn of 90 or
/// 270. When no way up reads as text (still half of the words running up
/// the page or unsure: a page of noise, a way up not found), `*words` and
/// `*rules` are left empty and `*unreadable` (when given) is set: what OCR
/// made of the page is not answers. Fails with "ocr_failed" when the image is
/// empty or the engine fails on the page (then `*words` is empty or as the
/// engine left it); a failed second look at a place, or orientation
/// detection that is not installed, is no failure.
Status ReadScannedPage(const GreyImage& rendered, OcrEngine* engine,
                       std::vector<PositionedWord>* words, std::vector<RuleSegment>* rules,
                       int* turned = nullptr, bool* unreadable = nullptr);

/// True when `words` (one page's reading) do not read as upright text: half
/// of their words of three characters or more run up or down the page
/// (taller than wide) or were read with confidence under 60; a reading of
/// fewer than 8 such words is never judged so. What ReadScannedPage gives
/// up on.
bool ReadingLooksWrong(const std::vector<PositionedWord>& words);

/// Places on a page image where there is ink of the size of text that no
/// word of `read` covers: what a first OCR pass left out (it is prone to
/// skip a lone digit in a table cell). Each place is a box in points around a
/// cluster of such ink (a number's digits together), with a little margin.
/// Specks, strokes thinner than a letter and ink under `read` are left out;
/// at most 200 places come back. Never fails; an empty or malformed image
/// gives none.
std::vector<PositionedWord> FindUnreadInk(const GreyImage& image,
                                          const std::vector<PositionedWord>& read);

/// Puts the check boxes drawn on a page (`boxes`, from drawing.h) among the
/// words OCR read of it: a box inside a word of three bytes or more is one of
/// its letters and goes; a word whose middle lies in a remaining box is what
/// OCR made of the box ("X", "[]") and goes; the remaining boxes are
/// appended to `*words`. Never fails.
void SettleDrawnBoxes(std::vector<PositionedWord> boxes, std::vector<PositionedWord>* words);

}  // namespace redovis

#endif  // REDOVIS_READ_PDF_OCR_PAGE_H_
