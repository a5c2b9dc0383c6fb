#include "read/text/lost_line_breaks.h"

#include "base/text_util.h"

namespace redovis {

bool LostLineBreaks(std::string_view bytes, size_t* longest) {
  constexpr size_t kLongest = 2000;
  if (bytes.size() < kLongest || bytes.find('\0') != std::string_view::npos) return false;
  // Markup (HTML as text) is read by its tags, whatever its lines.
  const size_t first = bytes.find_first_not_of(" \t\r\n\f\v");
  if (first != std::string_view::npos && bytes[first] == '<') return false;
  size_t filled = 0, run = 0, run_filled = 0, widest = 0, widest_filled = 0;
  auto end_line = [&]() {
    if (run > widest) widest = run, widest_filled = run_filled;
    run = run_filled = 0;
  };
  // A byte at a time, with no comparison of a three-byte separator but at
  // its lead byte 0xE2: a text is scanned whole, every one that is read.
  const size_t n = bytes.size();
  for (size_t i = 0; i < n; ++i) {
    const char c = bytes[i];
    if (c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      end_line();
      continue;
    }
    if (c == '\xE2' && i + 2 < n && bytes[i + 1] == '\x80' &&
        (bytes[i + 2] == '\xA8' || bytes[i + 2] == '\xA9')) {
      end_line();  // U+2028 or U+2029
      i += 2;
      continue;
    }
    ++run;
    if (!IsBlank(c)) ++filled, ++run_filled;
  }
  end_line();
  if (widest < kLongest || 5 * widest_filled < 4 * filled) return false;
  *longest = widest;
  return true;
}

}  // namespace redovis
