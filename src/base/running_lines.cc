// Running headers and footers: the key and the repetition. See running_lines.h.
#include "base/running_lines.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

#include "base/utf8.h"

namespace redovis {

bool HasRunningLineWords(std::string_view text) {
  int letters = 0;
  for (size_t i = 0; i < text.size() && letters < 6;)
    letters += u_isalpha(NextCodePoint(text, &i)) ? 1 : 0;
  return letters >= 6;
}

std::string RunningLineKey(std::string_view text) {
  std::string k;
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '/' && !k.empty() && k.back() == '#' && i + 1 < text.size() && digit(text[i + 1]))
      continue;  // "2/7" is one number to the key, as OCR may read it ("217")
    if (digit(c)) {
      if (k.empty() || k.back() != '#') k += '#';
    } else if (c == ' ') {
      if (!k.empty() && k.back() != ' ') k += ' ';
    } else {
      k += c;
    }
  }
  return k;
}

std::vector<size_t> RunningLines(const std::vector<EdgeLine>& lines, size_t needed,
                                 double tolerance) {
  std::map<std::pair<int, std::string>, std::vector<size_t>> groups;
  for (size_t i = 0; i < lines.size(); ++i) groups[{lines[i].edge, lines[i].key}].push_back(i);
  std::vector<size_t> out;
  for (const auto& [key, at] : groups) {
    if (at.size() < needed) continue;
    if (tolerance < 0) {
      out.insert(out.end(), at.begin(), at.end());
      continue;
    }
    std::vector<double> pos;
    for (size_t i : at) pos.push_back(lines[i].pos);
    std::nth_element(pos.begin(), pos.begin() + pos.size() / 2, pos.end());
    double mid = pos[pos.size() / 2];
    std::vector<size_t> near;
    for (size_t i : at)
      if (std::fabs(lines[i].pos - mid) <= tolerance) near.push_back(i);
    if (near.size() >= needed) out.insert(out.end(), near.begin(), near.end());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace redovis
