#include "read/text/page_edges.h"

#include <algorithm>
#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "base/running_lines.h"

namespace redovis {
namespace {

// Text with words in it, or a page's number "n/m": a count or a value ("1,0")
// ending three pages is no running footer.
bool Wordy(const std::string& s) {
  // A page number "n/m" alone, as a browser prints it in a corner.
  size_t slash = s.find('/');
  bool page_of = slash != std::string::npos && slash > 0 && slash + 1 < s.size() &&
                 s.find_first_not_of('#', slash + 1) == std::string::npos &&
                 s.find_first_not_of('#') == slash;
  return HasRunningLineWords(s) || page_of;
}

}  // namespace

void MarkPageEdges(std::vector<Line>* lines) {
  // Each page's first and last non-blank line, by page.
  std::map<int, std::pair<size_t, size_t>> edges;
  for (size_t k = 0; k < lines->size(); ++k) {
    const Line& l = (*lines)[k];
    if (l.page <= 0 || l.Blank()) continue;
    auto [it, fresh] = edges.try_emplace(l.page, k, k);
    if (!fresh) it->second.second = k;
  }
  if (edges.size() < 3) return;
  std::vector<EdgeLine> candidates;
  std::vector<size_t> at;  // the line of each candidate
  for (const auto& [page, ends] : edges)
    for (int edge = 0; edge < 2; ++edge) {
      size_t k = edge == 0 ? ends.first : ends.second;
      std::string text;
      for (const Cell& c : (*lines)[k].cells) {
        if (c.text.empty()) continue;
        if (!text.empty()) text += ' ';
        text += c.text;
      }
      candidates.push_back(EdgeLine{RunningLineKey(text), edge, 0});
      at.push_back(k);
    }
  // At least three pages and half of them.
  size_t needed = std::max<size_t>(3, (edges.size() + 1) / 2);
  for (size_t i : RunningLines(candidates, needed))
    if (Wordy(candidates[i].key)) (*lines)[at[i]].role = LineRole::kFurniture;
}

}  // namespace redovis
