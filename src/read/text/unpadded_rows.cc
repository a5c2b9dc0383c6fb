// The wrapped rows of a pipe table drawn without padding, joined.
#include "read/text/unpadded_rows.h"

#include <algorithm>
#include <utility>

#include "base/text_util.h"
#include "base/utf8.h"

namespace redovis {

namespace {}  // namespace

std::vector<size_t> UnpaddedBars(std::string_view s) {
  std::vector<size_t> bars;
  if (s.find("||") != std::string_view::npos || s.find("\\|") != std::string_view::npos) return {};
  size_t column = 0;
  for (size_t k = 0; k < s.size(); ++column) {
    if (s[k] == '|') {
      size_t text = s.find_first_not_of(' ', k + 1);
      if (text != k + 1 && text != std::string_view::npos && s[text] != '|')
        return {};  // a cell's text after a space: padded
      bars.push_back(column);
    }
    NextCodePoint(s, &k);
  }
  return bars;
}

std::vector<std::vector<std::string>> JoinWrappedRows(const std::vector<std::string_view>& lines,
                                                      std::vector<std::vector<std::string>> texts,
                                                      std::vector<size_t>* first) {
  std::vector<std::vector<size_t>> all_bars;
  for (size_t r = 0; r < texts.size(); ++r)
    all_bars.push_back(r >= lines.size() || lines[r].empty() ? std::vector<size_t>()
                                                             : UnpaddedBars(lines[r]));
  // A run of rows with the same bars whose every column is as wide as its
  // longest text was sized to its text (pandoc's DokuWiki table): nothing in
  // it was wrapped.
  std::vector<bool> sized(texts.size(), false);
  for (size_t b = 0, e; b < texts.size(); b = e) {
    for (e = b + 1; e < texts.size() && all_bars[e] == all_bars[b]; ++e) {
    }
    const std::vector<size_t>& bars = all_bars[b];
    if (bars.empty() || texts[b].size() + 1 != bars.size()) continue;
    bool every = true;
    for (size_t c = 0; c + 1 < bars.size() && every; ++c) {
      size_t longest = 0;
      for (size_t r = b; r < e; ++r)
        if (c < texts[r].size())
          longest = std::max(longest, CodePointCount(TrimBlanks(texts[r][c])));
      every = longest == bars[c + 1] - bars[c] - 1;
    }
    for (size_t r = b; r < e; ++r) sized[r] = every;
  }
  std::vector<std::vector<std::string>> out;
  first->clear();
  std::vector<size_t> last_bars;
  std::vector<std::string> last_texts;  // the cells of the line above, as written
  for (size_t r = 0; r < texts.size(); ++r) {
    std::vector<std::string>& row = texts[r];
    const std::vector<size_t>& bars = all_bars[r];
    bool wrapped = false;
    if (!bars.empty() && !sized[r] && bars == last_bars && row.size() + 1 == bars.size() &&
        out.back().size() == row.size()) {
      for (size_t c = 0; c < row.size(); ++c) {
        std::string_view above = TrimBlanks(last_texts[c]);
        std::string_view below = TrimBlanks(row[c]);
        if (below.empty()) continue;
        // A cell's text starts on its row's first line: text under an empty
        // cell starts a row; so does a word that would have fitted above.
        std::string_view word = below.substr(0, below.find_first_of(" \n"));
        if (above.empty() ||
            CodePointCount(above) + 1 + CodePointCount(word) <= bars[c + 1] - bars[c] - 1) {
          wrapped = false;
          break;
        }
        wrapped = true;
      }
    }
    std::vector<std::string> before = std::move(last_texts);
    last_texts = row;
    last_bars = bars;
    if (!wrapped) {
      out.push_back(std::move(row));
      first->push_back(r);
      continue;
    }
    for (size_t c = 0; c < row.size(); ++c) {
      std::string& into = out.back()[c];
      if (row[c].empty()) continue;
      // One word filling its column's line whole was cut there ("...@vasteras.s" / "e").
      std::string_view above = TrimBlanks(before[c]);
      bool cut = above.find(' ') == std::string_view::npos &&
                 CodePointCount(above) == bars[c + 1] - bars[c] - 1;
      if (!into.empty() && !cut) into += ' ';
      into += row[c];
    }
  }
  return out;
}

}  // namespace redovis
