// Byte-swapped ASCII read back (swapped_ascii.h).
#include "base/swapped_ascii.h"

#include "base/utf8.h"

namespace redovis {

namespace {

bool AsciiLetter(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace

bool SwappedAscii(char32_t c) {
  return (c & 0xFF) == 0 && (c >> 8) >= 0x21 && (c >> 8) <= 0x7E;
}

std::vector<char32_t> UnswappedCodePoints(std::string_view in) {
  std::vector<char32_t> cps;
  cps.reserve(in.size());
  for (size_t i = 0; i < in.size();) cps.push_back(static_cast<char32_t>(NextCodePoint(in, &i)));
  for (size_t b = 0; b < cps.size();) {
    if (!SwappedAscii(cps[b])) {
      ++b;
      continue;
    }
    size_t e = b;
    while (e < cps.size() && SwappedAscii(cps[e])) ++e;
    if ((b > 0 && AsciiLetter(cps[b - 1])) || (e < cps.size() && AsciiLetter(cps[e])))
      for (size_t k = b; k < e; ++k) cps[k] >>= 8;
    b = e;
  }
  return cps;
}

bool HoldsSwappedAscii(std::string_view in) {
  // U+2100-U+7E00 are three bytes, E2-E7 first: nothing else can be one.
  bool any = false;
  for (unsigned char c : in)
    if (c >= 0xE2 && c <= 0xE7) {
      any = true;
      break;
    }
  if (!any) return false;
  std::vector<char32_t> before;
  for (size_t i = 0; i < in.size();) before.push_back(static_cast<char32_t>(NextCodePoint(in, &i)));
  return UnswappedCodePoints(in) != before;
}

std::string UnswapAscii(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  for (char32_t c : UnswappedCodePoints(in)) AppendUtf8(static_cast<UChar32>(c), &out);
  return out;
}

}  // namespace redovis
