// What the layout passes read of a word's text. See word_text.h.
#include "read/pdf/word_text.h"

#include <unicode/uchar.h>

namespace redovis {

size_t Letters(const std::string& s) {
  LetterCounts counts;
  CountLetters(s, &counts);
  return counts.letters;
}

void CountLetters(const std::string& s, LetterCounts* counts) {
  size_t i = 0;
  while (i < s.size()) {
    const UChar32 c = NextCodePoint(s, &i);
    const bool upper = (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
    const bool lower = (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7);
    ++counts->chars;
    counts->letters += upper || lower || c > 0xFF;
    counts->upper += upper;
    counts->lower += lower;
    counts->digits += c >= '0' && c <= '9';
  }
}

bool GarbledLetters(const LetterCounts& counts) {
  if (counts.chars < 40)
    return counts.chars >= 10 && counts.letters == 0 && counts.digits * 2 <= counts.chars;
  if (counts.letters * 10 < counts.chars * 4) return true;
  return counts.upper + counts.lower >= 20 && counts.lower * 20 < counts.upper + counts.lower;
}

bool UnshownGlyphs(const LetterCounts& counts, int unmapped) {
  if (unmapped < 40 || static_cast<size_t>(unmapped) <= 2 * counts.chars) return false;
  return counts.letters * 10 < counts.chars * 4;
}

size_t Chars(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

bool ContinuesWord(const std::string& s) {
  if (s.empty()) return false;
  size_t i = 0;
  UChar32 c = NextCodePoint(s, &i);
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '@' ||
         (c >= 0xDF && c <= 0xFF && c != 0xF7);
}

bool EndsCapitalsWord(const std::string& before, const std::string& after) {
  auto capitals = [](std::string_view w) {
    size_t n = 0;
    for (size_t i = 0; i < w.size(); ++n)
      if (!u_isupper(NextCodePoint(w, &i))) return size_t{0};
    return n;
  };
  const size_t tail = capitals(after);
  if (tail < 1 || tail > 2) return false;
  const size_t sp = before.rfind(' ');
  return capitals(std::string_view(before).substr(sp == std::string::npos ? 0 : sp + 1)) >= 3;
}

bool ContinuesText(const std::string& s) {
  if (ContinuesWord(s)) return true;
  size_t i = 0;
  UChar32 c = NextCodePoint(s, &i);
  bool opens = c == '(' || c == '[' || c == '"' || c == 0x201C || c == 0x201D || c == 0xAB ||
               c == 0x2018 || c == 0x2019;
  return opens && i < s.size() && ContinuesWord(s.substr(i));
}

void AppendLinePiece(std::string* text, const std::string& next) {
  if (next.empty()) return;
  size_t n = text->size();
  bool range = n >= 2 && (*text)[n - 1] == '-' && (*text)[n - 2] >= '0' && (*text)[n - 2] <= '9' &&
               next[0] >= '0' && next[0] <= '9';
  if (!text->empty() && !range) *text += ' ';
  *text += next;
}

}  // namespace redovis
