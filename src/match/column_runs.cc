// Which runs of a reading-order table are whose column; see column_runs.h.
#include "match/column_runs.h"

#include <algorithm>

namespace redovis {

bool ColumnsUnderWords(size_t rows, const std::vector<std::string>& cols,
                       const std::vector<size_t>& run_sizes,
                       const std::vector<std::string>& run_words, std::vector<size_t>* column,
                       std::vector<size_t>* whole) {
  if (rows < 2 || run_sizes.empty() || run_sizes.size() != run_words.size() || run_words[0].empty())
    return false;
  // Each column's runs, in the order its word opened it.
  std::vector<std::vector<size_t>> runs_of(cols.size());
  std::vector<bool> opened(cols.size(), false);
  std::vector<size_t> column_of;
  size_t at = 0;
  for (size_t r = 0; r < run_sizes.size(); ++r) {
    if (!run_words[r].empty()) {
      auto c = std::find(cols.begin(), cols.end(), run_words[r]);
      if (c == cols.end() || opened[static_cast<size_t>(c - cols.begin())]) return false;
      at = static_cast<size_t>(c - cols.begin());
      opened[at] = true;
    }
    runs_of[at].push_back(r);
    column_of.push_back(at);
  }
  if (std::find(opened.begin(), opened.end(), false) != opened.end()) return false;
  std::vector<size_t> out(cols.size(), kNoRun);
  size_t read = 0;
  for (size_t c = 0; c < cols.size(); ++c) {
    size_t numbers = 0;
    for (size_t r : runs_of[c]) numbers += run_sizes[r];
    if (numbers > rows) return false;
    if (runs_of[c].size() == 1 && numbers == rows) out[c] = runs_of[c][0], ++read;
  }
  if (read == 0) return false;
  *column = column_of;
  *whole = out;
  return true;
}

}  // namespace redovis
