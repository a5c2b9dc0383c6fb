// The second reading of a number OCR read unsurely: what decides whether a
// number read once is kept, made surer or withdrawn, apart from the engine
// that reads.
//
// OCR reads a lone digit in a table cell wrongly now and then (a clean '1'
// as '4' at confidence 74) and is as sure of it as of many right readings;
// two readings of the same ink that differ show it. Each number among a
// page's words read with confidence under kVerifyNumberBelow is read again
// alone, as one line of digits, by a DigitReader (in the OCR module:
// Tesseract with only digits allowed; in tests: a fake that answers as told).
//
// In: words of one page (boxes in points) and the page's size in pixels and
// points per pixel. Out: the same words, each number's confidence changed by
// the verdict. Nothing else is changed; nothing is kept, printed or thrown.
// Built both into the OCR module (ocr.cc uses it) and into the program's
// OCR library (for its tests): it uses no OCR library.
#ifndef REDOVIS_READ_OCR_SECOND_READING_H_
#define REDOVIS_READ_OCR_SECOND_READING_H_

#include <cstddef>
#include <string>
#include <vector>

#include "read/pdf/layout_types.h"

namespace redovis {

/// Confidence (0-100) under which a number is read a second time.
inline constexpr float kVerifyNumberBelow = 90;

/// What reads a small place of a page image again as one line of digits.
class DigitReader {
 public:
  virtual ~DigitReader() = default;
  /// Reads the box at (`left`, `top`) of `width` x `height` pixels as one
  /// line of digits: sets `*text` to what was read ("" for nothing) and
  /// `*confidence` to the reading's confidence (0-100). Never fails: a
  /// reading that cannot be made gives "".
  virtual void ReadDigits(int left, int top, int width, int height, std::string* text,
                          float* confidence) = 0;
};

/// True when `text` is a number as OCR gives one: digits, with a decimal
/// comma or point, a minus or spaces between digit groups.
bool IsNumberWord(const std::string& text);

/// The verdict on a number read `first` with confidence `first_confidence`
/// and read again as `second` with `second_confidence`: the confidence the
/// number keeps. Only the digits count (a decimal comma read as a point is
/// the same number), and where both readings have decimals, zeros at their
/// end do not ("1,0" and "1,00" are one number). The same number: the surer
/// of the two; another:
/// 0 (not to be taken: the `ocr_confidence` check of patterns/checks.rules
/// withdraws a number under its threshold); nothing read the second time
/// is no second opinion: `first_confidence`.
float SecondReadingConfidence(const std::string& first, float first_confidence,
                              const std::string& second, float second_confidence);

/// `image` black on white: grey under kInkBelow (ink_bitmap.h) black, the
/// rest white, in a buffer of its own that `*out` (a copy of `image` with
/// its stride the width) points into. What a small place of a page is read
/// from: Tesseract's own threshold, worked out on a small place of scanned
/// grey, takes the paper's noise for ink and reads a clean lone "7" as "Zé"
/// (confidence 0) that it reads as "7" (93) in black and white. An empty
/// buffer for an image without pixels.
std::vector<unsigned char> BlackOnWhite(const GreyImage& image, GreyImage* out);

/// One character of a word as OCR read it, with its box's horizontal
/// extent in pixels and its confidence (0-100).
struct ReadSymbol {
  std::string text;
  int left = 0, right = 0;
  float confidence = 0;
};

/// The digits of a number word read as `symbols`, less any digit read twice
/// from the same ink: a digit whose box lies within its neighbour's (to a
/// pixel), the neighbour's the wider, is not ink of its own (Tesseract reads
/// a lone '7' of a re-distilled print as "17", the '1' inside the '7's box).
/// Empty when no digit so repeats one, or when a symbol is not one ASCII
/// digit: then the word stands as read.
std::string WithoutDoubledDigits(const std::vector<ReadSymbol>& symbols);

/// The letter of a word read as one ASCII letter twice from the same ink,
/// once in each case: two symbols ("X", "x") whose boxes overlap by half
/// the narrower's width or more. Tesseract reads a lone typed "X" in a
/// table cell (a check mark) as "Xx", the "x" over the "X"'s ink, and is
/// sure of each symbol (90 or more) but not of the word (32-54). Sets
/// `*confidence` to the lower of the two symbols' confidences and returns
/// the surer symbol; empty (and `*confidence` untouched) for any other
/// word: two letters side by side, two different letters, one symbol.
std::string WithoutDoubledLetter(const std::vector<ReadSymbol>& symbols, float* confidence);

/// Reads again each number among `(*words)[from..]` read with confidence
/// under kVerifyNumberBelow with `reader`, its box (`scale` points per
/// pixel) with a margin of 3 points of white, clipped to the page of
/// `width` x `height` pixels (a box under 4 pixels either way is not read),
/// and sets its confidence to SecondReadingConfidence's verdict. Returns the
/// number of words read again.
size_t VerifyNumbers(DigitReader* reader, int width, int height, double scale, size_t from,
                     std::vector<PositionedWord>* words);

}  // namespace redovis

#endif  // REDOVIS_READ_OCR_SECOND_READING_H_
