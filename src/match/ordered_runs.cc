// Runs of check boxes in reading-order text; see ordered_runs.h.
#include "match/ordered_runs.h"

#include <algorithm>
#include <numeric>

namespace redovis {

bool RunsLineUp(const std::vector<TickRun>& columns) {
  if (columns.size() < 2) return false;
  const size_t rows = columns[0].size();
  size_t answered = 0;
  for (const TickRun& column : columns)
    if (column.size() != rows) return false;
  for (size_t r = 0; r < rows; ++r) {
    size_t ticked = 0;
    for (const TickRun& column : columns) ticked += column[r] ? 1 : 0;
    if (ticked > 1) return false;
    answered += ticked;
  }
  return answered > 0;
}

std::vector<size_t> PairRunsWrittenApart(const std::vector<TickRun>& found,
                                         const std::vector<TickRun>& runs) {
  const size_t n = found.size();
  if (n == 0 || n != runs.size() || n > 4) return {};
  std::vector<size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::vector<size_t> pairing;
  do {
    bool all = true;
    for (size_t t = 0; t < n && all; ++t) all = RunsLineUp({found[t], runs[order[t]]});
    if (!all) continue;
    if (!pairing.empty()) return {};
    pairing = order;
  } while (std::next_permutation(order.begin(), order.end()));
  return pairing;
}

}  // namespace redovis
