#include "base/utf8.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

namespace redovis {

namespace {

/// U8_NEXT at byte `*i` (< s.size()) of `s`, moving `*i` past what it read:
/// the code point, or a negative value for a malformed sequence. A code point
/// takes at most four bytes, so it decodes within that window and ICU's
/// int32_t indices hold for strings of any length.
UChar32 DecodeAt(std::string_view s, size_t* i) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data()) + *i;
  int32_t at = 0;
  int32_t n = static_cast<int32_t>(std::min<size_t>(s.size() - *i, U8_MAX_LENGTH));
  UChar32 c;
  U8_NEXT(p, at, n, c);
  *i += static_cast<size_t>(at);
  return c;
}

}  // namespace

void AppendUtf8(UChar32 c, std::string* out) {
  uint8_t buffer[U8_MAX_LENGTH];
  int32_t length = 0;
  UBool error = false;
  U8_APPEND(buffer, length, U8_MAX_LENGTH, c, error);
  if (error) {
    length = 0;
    U8_APPEND_UNSAFE(buffer, length, kReplacementCharacter);
  }
  out->append(reinterpret_cast<const char*>(buffer), static_cast<size_t>(length));
}

std::string EncodeUtf8(UChar32 c) {
  std::string s;
  AppendUtf8(c, &s);
  return s;
}

UChar32 NextCodePoint(std::string_view s, size_t* i) {
  if (*i >= s.size()) return -1;
  UChar32 c = DecodeAt(s, i);
  return c < 0 ? kReplacementCharacter : c;
}

size_t CodePointStart(std::string_view s, size_t i) {
  if (i >= s.size()) return s.size();
  // U8_SET_CP_START within the four bytes that end at `i`, as DecodeAt reads
  // forwards: a lead byte is at most three bytes before its last trail byte.
  const size_t base = i >= U8_MAX_LENGTH - 1 ? i - (U8_MAX_LENGTH - 1) : 0;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data()) + base;
  int32_t at = static_cast<int32_t>(i - base);
  U8_SET_CP_START(p, 0, at);
  return base + static_cast<size_t>(at);
}

size_t CodePointCount(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++n) NextCodePoint(s, &i);
  return n;
}

std::vector<UChar32> DecodeUtf8(std::string_view s) {
  std::vector<UChar32> out;
  for (size_t i = 0; i < s.size();) out.push_back(NextCodePoint(s, &i));
  return out;
}

std::u32string U32FromUtf8(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) out.push_back(static_cast<char32_t>(NextCodePoint(s, &i)));
  return out;
}

std::string Utf8FromU32(std::u32string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char32_t c : s) AppendUtf8(static_cast<UChar32>(c), &out);
  return out;
}

size_t LetterCount(std::string_view s, size_t enough) {
  size_t n = 0;
  for (size_t i = 0; i < s.size() && n < enough;) n += u_isalpha(NextCodePoint(s, &i)) ? 1 : 0;
  return n;
}

size_t LetterRunEnd(std::string_view s, size_t i) {
  for (size_t j = i; j < s.size();) {
    size_t at = j;
    if (!u_isalpha(NextCodePoint(s, &j))) return at;
  }
  return std::max(i, s.size());
}

size_t LetterRunStart(std::string_view s, size_t i) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  i = std::min(i, s.size());
  while (i > 0) {  // U8_PREV within the last four bytes, as DecodeAt reads forwards
    size_t base = i > U8_MAX_LENGTH ? i - U8_MAX_LENGTH : 0;
    int32_t at = static_cast<int32_t>(i - base);
    UChar32 c;
    U8_PREV(p + base, 0, at, c);
    if (c < 0 || !u_isalpha(c)) break;
    i = base + static_cast<size_t>(at);
  }
  return i;
}

bool IsValidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  size_t i = 0, n = s.size();
  while (i < n) {
    if (i + 8 <= n) {  // eight ASCII bytes at a time, the common case
      uint64_t eight;
      std::memcpy(&eight, p + i, sizeof eight);
      const uint64_t high = eight & 0x8080808080808080ULL;
      if (high == 0) {
        i += 8;
        continue;
      }
      // Straight to the first byte past ASCII (little-endian: the lowest bit set).
      if constexpr (std::endian::native == std::endian::little) i += std::countr_zero(high) / 8;
    }
    if (p[i] < 0x80) {  // ASCII, without a decode
      ++i;
    } else if (p[i] >= 0xC2 && p[i] <= 0xDF && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
      i += 2;  // two bytes, well formed whatever the trail byte (å, ä, ö), without a decode
    } else if (DecodeAt(s, &i) < 0) {
      return false;
    }
  }
  return true;
}

bool IsInvisible(UChar32 c) {
  return c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
}

bool IsSuperscriptDigit(UChar32 c) {
  return c == 0x00B9 || c == 0x00B2 || c == 0x00B3 || (c >= 0x2070 && c <= 0x2079);
}

UChar32 SuperscriptDigit(int d) {
  static constexpr UChar32 kSuperscripts[10] = {0x2070, 0x00B9, 0x00B2, 0x00B3, 0x2074,
                                                0x2075, 0x2076, 0x2077, 0x2078, 0x2079};
  return d >= 0 && d <= 9 ? kSuperscripts[d] : kReplacementCharacter;
}

}  // namespace redovis
