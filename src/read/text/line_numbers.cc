#include "read/text/line_numbers.h"

#include <vector>

#include "base/text_util.h"

namespace redovis {
namespace {

// Lines numbered at least (fewer prove nothing).
constexpr size_t kFewestNumbered = 10;

// The number a line opens with (spaces, digits, a tab), the bytes they take
// in `*prefix`; -1 when the line does not so open. A number of more than 9
// digits is no line's.
long OpeningNumber(std::string_view line, size_t* prefix) {
  size_t k = 0;
  while (k < line.size() && line[k] == ' ') ++k;
  const size_t digits = k;
  long n = 0;
  while (k < line.size() && k - digits < 9 && IsAsciiDigit(line[k])) n = n * 10 + (line[k++] - '0');
  if (k == digits || k >= line.size() || line[k] != '\t') return -1;
  *prefix = k + 1;
  return n;
}

}  // namespace

bool StripLineNumbers(std::string_view bytes, std::string* out) {
  if (bytes.find('\0') != std::string_view::npos) return false;
  // Each numbered line's first byte and its number's bytes.
  std::vector<std::pair<size_t, size_t>> numbered;
  for (size_t b = 0; b < bytes.size();) {
    size_t e = bytes.find('\n', b);
    if (e == std::string_view::npos) e = bytes.size();
    std::string_view line = bytes.substr(b, e - b);
    size_t prefix = 0;
    if (long n = OpeningNumber(line, &prefix); n >= 0) {
      if (n != static_cast<long>(numbered.size()) + 1) return false;
      numbered.emplace_back(b, prefix);
    } else if (line.find_first_not_of(" \t\r\f") != std::string_view::npos) {
      return false;  // a line with text and no number
    }                // else blank: `nl` leaves an empty line unnumbered
    b = e + 1;
  }
  if (numbered.size() < kFewestNumbered) return false;
  std::string text;
  text.reserve(bytes.size());
  size_t from = 0;
  for (const auto& [start, prefix] : numbered) {
    text.append(bytes.substr(from, start - from));
    from = start + prefix;
  }
  text.append(bytes.substr(from));
  *out = std::move(text);
  return true;
}

}  // namespace redovis
