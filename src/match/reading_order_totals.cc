// Reading-order text (pdftotext without -layout), its tables of counts: the
// MatchRun methods that prove a group's first row the total of the others
// by the patterns' `sum` checks (a total over its parts with one part's cell
// empty, whole or written in bands of rows). Split from
// reading_order_counts.cc by concept; see reading_order.h and match_run.h.
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "match/match_run.h"
#include "match/reading_order.h"
#include "match/sum_placement.h"

namespace redovis {

bool MatchRun::OrderedTotalFirst(const std::vector<const Rule*>& labels,
                                 const std::vector<std::string>& cols,
                                 const std::vector<std::vector<size_t>>& runs) const {
  const size_t n = labels.size();
  if (n < 3 || runs.size() != cols.size() ||
      std::any_of(runs.begin(), runs.end(),
                  [&](const std::vector<size_t>& run) { return run.size() != n - 1; }))
    return false;
  bool counted = false;  // a column whose total is not 0: "0 = 0 + 0" proves nothing
  for (size_t c = 0; c < cols.size(); ++c) {
    // The first label's key is a sum check's total, and every other label's a
    // part; the run's first number is the sum of the others.
    if (!SummedColumn(labels, cols[c], vars_, ps_.checks(), &InterpolateIn)) return false;
    std::vector<double> numbers;
    for (size_t line : runs[c]) {
      const LineView& v = View(line);
      double x;
      if (!parser_.ParseNumber(v.line->cells[static_cast<size_t>(v.first)].text, &x)) return false;
      numbers.push_back(x);
    }
    if (!FirstIsSum(numbers)) return false;
    counted = counted || numbers[0] != 0;
  }
  return counted;
}

bool MatchRun::TotalInBands(const std::vector<const Rule*>& labels,
                            const std::vector<std::string>& cols,
                            std::vector<std::vector<size_t>>* runs) const {
  const size_t n = labels.size(), k = cols.size();
  if (k < 2 || runs->size() <= k || runs->size() % k != 0) return false;
  // Band after band, each its k runs of one length: column c is the c-th
  // run of every band.
  std::vector<std::vector<size_t>> banded(k);
  for (size_t b = 0; b < runs->size(); b += k)
    for (size_t c = 0; c < k; ++c) {
      const std::vector<size_t>& run = (*runs)[b + c];
      if (run.size() != (*runs)[b].size()) return false;
      banded[c].insert(banded[c].end(), run.begin(), run.end());
    }
  if (!OrderedTotalFirst(labels, cols, banded)) return false;
  // The columns one after another, the same numbers: where the sum proves
  // that reading too, the order proves neither.
  std::vector<size_t> all;
  for (const auto& run : *runs) all.insert(all.end(), run.begin(), run.end());
  std::vector<std::vector<size_t>> flat(k);
  for (size_t i = 0; i < all.size(); ++i) flat[i / (n - 1)].push_back(all[i]);
  if (OrderedTotalFirst(labels, cols, flat)) return false;
  *runs = banded;
  return true;
}

}  // namespace redovis
