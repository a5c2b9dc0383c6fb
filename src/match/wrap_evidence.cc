#include "match/wrap_evidence.h"

#include <unicode/uchar.h>

#include <cmath>
#include <string>

#include "base/text_util.h"
#include "base/utf8.h"
#include "patterns/regex.h"

namespace redovis {

bool EndsInJoiningMark(std::string_view text) {
  char last = text.empty() ? ' ' : text.back();
  return last == ',' || last == '/' || last == '&' || last == '+' || last == '-';
}

bool HoldsDigit(std::string_view text) {
  return text.find_first_of("0123456789") != std::string_view::npos;
}

bool DigitsAlone(std::string_view text) {
  return HoldsDigit(text) && text.find_first_not_of("0123456789 -+()/.,") == std::string_view::npos;
}

bool GluedNumber(std::string_view text, std::string* glued, size_t* at_byte) {
  size_t b = 0;
  while (b < text.size()) {
    size_t e = text.find_first_of(" \t", b);
    if (e == std::string_view::npos) e = text.size();
    const std::string_view word = text.substr(b, e - b);
    size_t digits = word.size();
    while (digits > 0 && IsAsciiDigit(word[digits - 1])) --digits;
    if (digits > 0 && digits < word.size()) {
      // The code point before the digits: a letter (UTF-8 of å, ä, ö too).
      size_t at = digits - 1;
      while (at > 0 && (static_cast<unsigned char>(word[at]) & 0xC0) == 0x80) --at;
      size_t i = at;
      if (const UChar32 c = NextCodePoint(word, &i); c >= 0 && u_isalpha(c)) {
        *glued = std::string(word);
        if (at_byte) *at_byte = b;
        return true;
      }
    }
    b = e + 1;
  }
  return false;
}

bool LeftIncomplete(std::string_view prev, std::string_view next) {
  return EndsInJoiningMark(prev) || (!prev.empty() && IsAsciiDigit(prev.back()) && !next.empty() &&
                                     IsAsciiDigit(next.front()));
}

bool ColumnsMeet(const Line& line) {
  const Cell* prev = nullptr;
  size_t pairs = 0;
  for (const Cell& c : line.cells) {
    if (c.x0 < 0) continue;
    if (prev) {
      if (std::fabs(prev->x1 - c.x0) > 0.5) return false;
      ++pairs;
    }
    prev = &c;
  }
  return pairs > 0;
}

bool ReachesUnderNext(const Line& line, size_t cell, size_t next) {
  if (cell >= line.cells.size() || next >= line.cells.size()) return false;
  const Cell& c = line.cells[cell];
  const Cell& n = line.cells[next];
  return c.x0 >= 0 && c.x1 >= 0 && n.x0 >= 0 && c.x1 >= n.x0 && !ColumnsMeet(line);
}

bool EndsSuspended(std::string_view value, const std::vector<Pattern>& keep_hyphen,
                   std::string* seen) {
  const std::string t = Trim(std::string(value));
  size_t sp = t.rfind(' ');
  if (sp == std::string::npos || sp == 0 || t[sp - 1] != '-') return false;
  // "Arbetsmarknads- och": the compound waits for its last part.
  if (!AnyFind(keep_hyphen, U(t.substr(sp + 1)))) return false;
  size_t b = t.rfind(' ', sp - 1);
  if (seen) *seen = t.substr(b == std::string::npos ? 0 : b + 1);
  return true;
}

}  // namespace redovis
