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
  // U+2100-U+7E00 are three bytes, E2-E7 first; their low byte being zero,
  // the last byte is 0x80 and the second's two low bits are zero. A lead
  // byte is never taken as part of the sequence before it, so a text with
  // no such three bytes decodes to no SwappedAscii code point (most texts
  // with E2 bytes hold dashes and boxes, U+2013 and U+2610, which are not).
  bool any = false;
  for (size_t i = 0; i + 2 < in.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(in[i]);
    if (c < 0xE2 || c > 0xE7) continue;
    unsigned char c1 = static_cast<unsigned char>(in[i + 1]);
    unsigned char c2 = static_cast<unsigned char>(in[i + 2]);
    if ((c1 & 0xC3) != 0x80 || c2 != 0x80) continue;
    char32_t cp = (static_cast<char32_t>(c & 0x0F) << 12) | (static_cast<char32_t>(c1 & 0x3F) << 6);
    if (SwappedAscii(cp)) {
      any = true;
      break;
    }
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
