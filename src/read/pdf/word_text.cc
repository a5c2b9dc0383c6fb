// What the layout passes read of a word's text. See word_text.h.
#include "read/pdf/word_text.h"

namespace redovis {

/// The code point at `*i` (advancing it); U+FFFD for a malformed sequence.
char32_t NextCodePoint(std::string_view s, size_t* i) {
  unsigned char c = s[*i];
  int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (len == 0 || *i + len > s.size()) {
    ++*i;
    return 0xFFFD;
  }
  char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < len; ++k) {
    unsigned char d = s[*i + k];
    if ((d & 0xC0) != 0x80) {
      ++*i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (d & 0x3F);
  }
  *i += len;
  return cp;
}

bool IsSuperscriptDigit(char32_t c) {
  return c == 0x00B9 || c == 0x00B2 || c == 0x00B3 || (c >= 0x2070 && c <= 0x2079);
}

size_t Chars(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

bool ContinuesWord(const std::string& s) {
  if (s.empty()) return false;
  size_t i = 0;
  char32_t c = NextCodePoint(s, &i);
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '@' ||
         (c >= 0xDF && c <= 0xFF && c != 0xF7);
}

}  // namespace redovis
