#include "read/text/double_spacing.h"

#include <utility>
#include <vector>

namespace redovis {
namespace {

// Lines with text at least (fewer prove nothing).
constexpr size_t kFewestLines = 20;
// The text's own blank lines at least: a text of one-line paragraphs, each
// after one empty line, has none, and looks the same as one double-spaced.
constexpr size_t kFewestBlankLines = 2;

// The end of the line starting at `b` (the index of its break, or the
// text's size) and, in `*next`, the index after its break ("\r\n" one).
size_t LineEnd(std::string_view t, size_t b, size_t* next) {
  size_t e = b;
  while (e < t.size() && t[e] != '\n' && t[e] != '\r') ++e;
  *next = e;
  if (e < t.size()) *next = e + 1 + (t[e] == '\r' && e + 1 < t.size() && t[e + 1] == '\n');
  return e;
}

}  // namespace

bool UndoDoubleSpacing(std::string_view bytes, std::string* out) {
  if (bytes.find('\0') != std::string_view::npos) return false;
  // Each odd-numbered line's bytes with its break, and whether it has text.
  std::vector<std::pair<std::string_view, bool>> kept;
  size_t number = 0;
  for (size_t b = 0, next = 0; b < bytes.size(); b = next) {
    size_t e = LineEnd(bytes, b, &next);
    if (++number % 2 == 0) {
      if (e != b) return false;  // an even line with something in it
      continue;
    }
    kept.emplace_back(bytes.substr(b, next - b), e != b);
  }
  // The text's own blank lines: an odd line empty, three empty lines in a
  // row in the file.
  size_t with_text = 0, blank = 0;
  for (size_t k = 0; k < kept.size(); ++k) {
    if (kept[k].second)
      ++with_text;
    else if (k + 1 < kept.size())
      ++blank;
  }
  if (with_text < kFewestLines || blank < kFewestBlankLines) return false;
  std::string text;
  text.reserve(bytes.size() / 2 + 1);
  for (const auto& [line, has_text] : kept) text += line;
  *out = std::move(text);
  return true;
}

}  // namespace redovis
