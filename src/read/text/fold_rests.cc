#include "read/text/fold_rests.h"

#include <bitset>
#include <cstddef>

namespace redovis {

namespace {

// How `line` opens, when it opens as only a rest may (the text holds no
// tab): ' ' for one blank and then a character that is none, the mark for
// a mark that ends a word or a clause; 0 otherwise.
char RestOpening(std::string_view line) {
  if (line.empty()) return 0;
  if (line[0] == ' ') return line.size() > 1 && line[1] != ' ' ? ' ' : 0;
  return std::string_view(",.;:?!)").find(line[0]) != std::string_view::npos ? line[0] : 0;
}

}  // namespace

std::vector<bool> OpeningRests(const std::vector<std::string_view>& lines, int width) {
  // How the lines no fold made (the first, or one after a narrower line)
  // open: a rest opened the same way proves nothing.
  std::bitset<128> written;
  for (size_t k = 0; k < lines.size(); ++k) {
    if (k > 0 && static_cast<int>(lines[k - 1].size()) >= width) continue;
    if (const char c = RestOpening(lines[k]); c != 0) written.set(static_cast<size_t>(c));
  }
  std::vector<bool> rests(lines.size(), false);
  for (size_t k = 0; k + 1 < lines.size(); ++k) {
    std::string_view l = lines[k];
    const char c = RestOpening(lines[k + 1]);
    rests[k] = static_cast<int>(l.size()) == width && l.back() != ' ' && c != 0 &&
               !written.test(static_cast<size_t>(c));
  }
  return rests;
}

}  // namespace redovis
