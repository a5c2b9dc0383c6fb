// The second reading of a number OCR read unsurely. See second_reading.h.
#include "read/ocr/second_reading.h"

#include <algorithm>

#include "read/pdf/ink_bitmap.h"

namespace redovis {

namespace {

/// The digits of `s`, in order.
std::string DigitsOf(const std::string& s) {
  std::string out;
  for (char c : s)
    if (c >= '0' && c <= '9') out += c;
  return out;
}

/// Where the decimal part of number word `s` starts: the position after
/// its last comma or point when one or two digits follow it and end the
/// word (three are a thousands group: "1.000"), else npos.
size_t DecimalPart(const std::string& s) {
  size_t mark = s.find_last_of(",.");
  if (mark == std::string::npos || mark + 1 >= s.size() || s.size() - mark - 1 > 2)
    return std::string::npos;
  for (size_t i = mark + 1; i < s.size(); ++i)
    if (s[i] < '0' || s[i] > '9') return std::string::npos;
  return mark + 1;
}

/// True when readings `a` and `b` are the same number: the same digits, or,
/// when both have a decimal part, the same whole digits and the same
/// decimals but for zeros at the end ("1,0" and "1.00").
bool SameNumber(const std::string& a, const std::string& b) {
  if (DigitsOf(a) == DigitsOf(b)) return true;
  size_t da = DecimalPart(a), db = DecimalPart(b);
  if (da == std::string::npos || db == std::string::npos) return false;
  if (DigitsOf(a.substr(0, da)) != DigitsOf(b.substr(0, db))) return false;
  std::string fa = a.substr(da), fb = b.substr(db);
  while (!fa.empty() && fa.back() == '0') fa.pop_back();
  while (!fb.empty() && fb.back() == '0') fb.pop_back();
  return fa == fb;
}

}  // namespace

bool IsNumberWord(const std::string& text) {
  bool digit = false;
  for (char c : text) {
    if (c >= '0' && c <= '9')
      digit = true;
    else if (c != ',' && c != '.' && c != '-' && c != ' ')
      return false;
  }
  return digit;
}

float SecondReadingConfidence(const std::string& first, float first_confidence,
                              const std::string& second, float second_confidence) {
  const std::string b = DigitsOf(second);
  if (b.empty()) return first_confidence;
  return SameNumber(first, second) ? std::max(first_confidence, second_confidence) : 0;
}

std::vector<unsigned char> BlackOnWhite(const GreyImage& image, GreyImage* out) {
  *out = image;
  std::vector<unsigned char> pixels;
  if (image.pixels == nullptr || image.width <= 0 || image.height <= 0 ||
      image.stride < image.width)
    return pixels;
  pixels.resize(static_cast<size_t>(image.width) * image.height);
  for (int y = 0; y < image.height; ++y) {
    const unsigned char* row = image.pixels + static_cast<size_t>(y) * image.stride;
    unsigned char* to = pixels.data() + static_cast<size_t>(y) * image.width;
    for (int x = 0; x < image.width; ++x) to[x] = row[x] < kInkBelow ? 0 : 255;
  }
  out->pixels = pixels.data();
  out->stride = image.width;
  return pixels;
}

std::string WithoutDoubledDigits(const std::vector<ReadSymbol>& symbols) {
  for (const ReadSymbol& s : symbols)
    if (s.text.size() != 1 || s.text[0] < '0' || s.text[0] > '9') return std::string();
  auto within = [](const ReadSymbol& a, const ReadSymbol& b) {
    return a.left >= b.left - 1 && a.right <= b.right + 1 && a.right - a.left < b.right - b.left;
  };
  std::string out;
  bool doubled = false;
  for (size_t i = 0; i < symbols.size(); ++i) {
    const bool repeats = (i > 0 && within(symbols[i], symbols[i - 1])) ||
                         (i + 1 < symbols.size() && within(symbols[i], symbols[i + 1]));
    if (repeats) {
      doubled = true;
      continue;
    }
    out += symbols[i].text;
  }
  return doubled && !out.empty() ? out : std::string();
}

std::string WithoutDoubledLetter(const std::vector<ReadSymbol>& symbols, float* confidence) {
  if (symbols.size() != 2) return std::string();
  const ReadSymbol& a = symbols[0];
  const ReadSymbol& b = symbols[1];
  if (a.text.size() != 1 || b.text.size() != 1) return std::string();
  auto letter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
  const char ca = a.text[0], cb = b.text[0];
  if (!letter(ca) || !letter(cb) || ca == cb || (ca | 0x20) != (cb | 0x20)) return std::string();
  const int overlap = std::min(a.right, b.right) - std::max(a.left, b.left);
  const int narrower = std::min(a.right - a.left, b.right - b.left);
  if (narrower <= 0 || overlap * 2 < narrower) return std::string();
  *confidence = std::min(a.confidence, b.confidence);
  return a.confidence >= b.confidence ? a.text : b.text;
}

size_t VerifyNumbers(DigitReader* reader, int width, int height, double scale, size_t from,
                     std::vector<PositionedWord>* words) {
  size_t read = 0;
  if (scale <= 0) return read;
  for (size_t i = from; i < words->size(); ++i) {
    PositionedWord& w = (*words)[i];
    if (w.confidence >= kVerifyNumberBelow || !IsNumberWord(w.text)) continue;
    // The word's box with a margin of white, as a small place is read best.
    const double margin = 3;  // points
    int left = std::max(0, static_cast<int>((w.x0 - margin) / scale));
    int top = std::max(0, static_cast<int>((w.y0 - margin) / scale));
    int right = std::min(width, static_cast<int>((w.x1 + margin) / scale + 1));
    int bottom = std::min(height, static_cast<int>((w.y1 + margin) / scale + 1));
    if (right - left < 4 || bottom - top < 4) continue;
    std::string text;
    float again = 0;
    reader->ReadDigits(left, top, right - left, bottom - top, &text, &again);
    ++read;
    w.confidence = SecondReadingConfidence(w.text, w.confidence, text, again);
  }
  return read;
}

}  // namespace redovis
