// OCR of rendered page images (Tesseract).
//
// In: an 8-bit grey image of one page and the resolution it was rendered at.
// Out: the words Tesseract reads, each with its bounding box converted to
// points (top-left origin), ready for the layout passes (read/pdf/line_layout.h);
// read/pdf/ocr_page.h is the glue that renders, cleans and reads a PDF page.
//
// Tesseract lives in a module of its own, redovis-ocr.so, loaded the first
// time an engine is created or a page straightened (ocr_loader.cc; where it is
// looked for: ocr_module.h). A program that never reads a scan never loads
// Tesseract, Leptonica or their libraries. A missing or mismatched module
// makes Create fail with "ocr_unavailable"; it is never a crash.
//
// An engine is slow to create (it loads the language model): make one per
// document, or one per thread, and reuse it for that document's pages. An
// engine is not thread-safe; distinct engines are independent. Nothing here
// keeps global mutable state of its own; once per process it silences
// Tesseract's and Leptonica's messages and keeps Tesseract's OpenMP loops on
// the calling thread (process-wide settings of those libraries). It never
// prints and never throws past its functions.
//
// OcrEngine is the whole boundary to the module: a new operation is one pure
// virtual method here and its definition in ocr.cc (ocr.h's hash is the
// module's ABI stamp, so a stale module is refused, not called).
#ifndef REDOVIS_READ_OCR_OCR_H_
#define REDOVIS_READ_OCR_OCR_H_

#include <memory>
#include <string>
#include <vector>

#include "read/pdf/layout_types.h"
#include "redovis/status.h"

namespace redovis {

/// A scanned page straightened: the skew of `image`'s text lines is measured
/// and, when it is clear and between 0.05 and 5 degrees, the page is turned
/// back about its centre (white comes in at the edges). Returns the pixels of
/// the result (the same size as `image`, one byte per pixel) and describes
/// them in `*out`; returns a plain copy when there is nothing to straighten
/// or the OCR module cannot be loaded. Never fails; an empty image gives an
/// empty result.
std::vector<unsigned char> Deskew(const GreyImage& image, GreyImage* out);

class OcrEngine {
 public:
  /// Creates an engine for `language` (a Tesseract language code, e.g. "swe").
  /// Fails with "ocr_unavailable" when `language` is empty, its data is not
  /// installed or Tesseract cannot start (the message names the package to
  /// install), or when the OCR module is missing or from another build (the
  /// message names the paths looked at).
  static Status Create(const std::string& language, std::unique_ptr<OcrEngine>* out);

  virtual ~OcrEngine() = default;
  OcrEngine(const OcrEngine&) = delete;
  OcrEngine& operator=(const OcrEngine&) = delete;

  /// Reads the words of `image` into `*words` (boxes in points, font size
  /// estimated from the text line's height). A number read with confidence
  /// under 90 is read a second time alone, with only digits allowed: where
  /// the readings have the same digits it keeps the surer confidence, where
  /// the second reads other digits its confidence is 0. A letter read in
  /// both cases from one ink ("Xx" for a typed "X") is the one letter, as
  /// sure as its symbols (second_reading.h's WithoutDoubledLetter); so in
  /// RecognizeRegions too. Fails with "ocr_failed" when the image is
  /// empty or Tesseract gives up; `*words` is then empty.
  virtual Status Recognize(const GreyImage& image, std::vector<PositionedWord>* words) = 0;

  /// Sets `*degrees` to how far `image` is to be turned clockwise (0, 90,
  /// 180 or 270) for its text to read upright, by Tesseract's orientation
  /// detection on the page at about 150 dpi (a fifth of a page's recognition
  /// time); 0 when the page is upright or detection is unsure of another
  /// turn. Fails with "ocr_unavailable" when Tesseract's orientation data
  /// (Debian package tesseract-ocr-osd) is not installed, with "ocr_failed"
  /// when the image is empty; `*degrees` is 0 then.
  virtual Status UprightTurn(const GreyImage& image, int* degrees) = 0;

  /// Reads each of `regions` (boxes in points) of `image` as one line of
  /// text and appends the words read with good confidence to `*words`: a
  /// second look at ink the page-wide pass left out (its numbers read twice,
  /// as Recognize's). Fails with "ocr_failed"
  /// when the image is empty; words read before a failure stay.
  virtual Status RecognizeRegions(const GreyImage& image,
                                  const std::vector<PositionedWord>& regions,
                                  std::vector<PositionedWord>* words) = 0;

 protected:
  OcrEngine() = default;
};

}  // namespace redovis

#endif  // REDOVIS_READ_OCR_OCR_H_
