// Byte-swapped ASCII read back (swapped_ascii.h).
#include "base/swapped_ascii.h"

#include <cstdint>
#include <cstring>

#include "base/utf8.h"

namespace redovis {

namespace {

bool AsciiLetter(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/// True when the bytes at `i` are the UTF-8 of a SwappedAscii code point
/// (U+2100-U+7E00, low byte zero): lead E2-E7, then a trail byte whose low
/// two bits are zero, then 0x80. Such a sequence is always well formed.
bool SwappedAsciiAt(const unsigned char* p, size_t n, size_t i) {
  if (i + 2 >= n || p[i] < 0xE2 || p[i] > 0xE7) return false;
  if ((p[i + 1] & 0xC3) != 0x80 || p[i + 2] != 0x80) return false;
  char32_t high = ((p[i] & 0x0Fu) << 4) | ((p[i + 1] & 0x3Fu) >> 2);
  return high >= 0x21 && high <= 0x7E;
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
  // On the bytes, with no decoding: a lead byte E2-E7 is never a trail byte,
  // so it starts a code point whatever comes before it, and an ASCII byte is
  // always a code point of its own. A run touches a letter exactly when the
  // byte before it or after it is one.
  const auto* p = reinterpret_cast<const unsigned char*>(in.data());
  const size_t n = in.size();
  for (size_t i = 0; i < n; ++i) {
    // Eight ASCII bytes at a time, the common case: none of them is a lead.
    while (i + 8 <= n) {
      uint64_t eight;
      std::memcpy(&eight, p + i, sizeof eight);
      if ((eight & 0x8080808080808080ULL) != 0) break;
      i += 8;
    }
    if (!SwappedAsciiAt(p, n, i)) continue;
    size_t end = i;
    while (SwappedAsciiAt(p, n, end)) end += 3;
    if ((i > 0 && AsciiLetter(p[i - 1])) || (end < n && AsciiLetter(p[end]))) return true;
    i = end - 1;
  }
  return false;
}

std::string UnswapAscii(std::string_view in) {
  const std::vector<char32_t> cps = UnswappedCodePoints(in);
  return Utf8FromU32(std::u32string_view(cps.data(), cps.size()));
}

}  // namespace redovis
