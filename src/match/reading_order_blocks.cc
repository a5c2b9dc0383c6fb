// Reading-order text (pdftotext without -layout), its tables of counts: a
// table the order wrote column after column in blocks, some of them after a
// later group's labels, placed by the table's sums (column_runs.h,
// PlaceColumnRuns). Split from reading_order_counts.cc by concept; see
// reading_order.h and match_run.h.
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "match/column_runs.h"
#include "match/match_run.h"
#include "match/reading_order.h"
#include "match/sum_placement.h"

namespace redovis {

bool MatchRun::ReadOrderedBlocks(const std::vector<OrderedGroup>& groups,
                                 const std::vector<std::string>& cols, const OrderedRows* read,
                                 const std::string& seen) {
  using Group = OrderedGroup;
  auto blank = [&](size_t k) { return k < seg_.begin || k >= seg_.end || View(k).first < 0; };
  // The order went down the columns in blocks: a group's first run as many
  // numbers as its rows, three or more; a blank line after every run, and
  // before each but under its word.
  bool in_columns = false, blocks = true;
  for (const Group& g : groups)
    for (size_t r = 0; r < g.runs.size(); ++r) {
      if (r == 0 && g.labels.size() >= 3 && g.runs[0].size() == g.labels.size()) in_columns = true;
      const size_t first = g.runs[r].front(), last = g.runs[r].back();
      if (!blank(last + 1) || (g.run_words[r].empty() && (first == 0 || !blank(first - 1))))
        blocks = false;
    }
  // (A run without a word opens the columns left to right: the header's
  // words must have come in the forms' order, the vocabulary's.)
  const auto& known = ps_.vocabulary().columns;
  auto rank = [&](const std::string& c) {
    return std::find_if(known.begin(), known.end(), [&](const auto& k) { return k.first == c; });
  };
  for (size_t c = 1; c < cols.size(); ++c)
    in_columns = in_columns && rank(cols[c - 1]) < rank(cols[c]);
  if (!in_columns || !blocks) return false;
  std::vector<ColumnGroup> placed_groups;
  std::vector<ColumnRun> runs;
  std::vector<size_t> number_line;  // each number's line, in the order written
  for (size_t gi = 0; gi < groups.size(); ++gi) {
    const Group& g = groups[gi];
    placed_groups.push_back({g.labels.size(), {}});
    for (const std::string& c : cols)
      placed_groups.back().summed.push_back(
          SummedColumn(g.rules, c, vars_, ps_.checks(), &InterpolateIn, true));
    for (size_t r = 0; r < g.runs.size(); ++r) {
      ColumnRun run{{}, gi, kNoRun, kNoRun};
      for (size_t line : g.runs[r])
        run.numbers.push_back(OrderedNumber(line)), number_line.push_back(line);
      // (A word past a blank line heads no block: "Kvinnor" / "" / "Män" /
      // "" / "14" is the header's line, then the Kvinnor column.)
      auto word = blank(g.runs[r].front() - 1)
                      ? cols.end()
                      : std::find(cols.begin(), cols.end(), g.run_words[r]);
      if (word != cols.end()) {
        run.column = static_cast<size_t>(word - cols.begin());
        run.group = g.word_again[r] ? gi : 0;
      }
      runs.push_back(run);
    }
  }
  std::vector<std::vector<std::vector<int>>> placed;
  bool agree = PlaceColumnRuns(placed_groups, cols.size(), runs, &placed);
  // Each row's cells; a row the shapes read keeps its numbers, which the
  // placement must not contradict.
  OrderedRows by_columns = read ? *read : OrderedRows{};
  for (size_t gi = 0; gi < groups.size() && agree; ++gi)
    for (size_t i = 0; i < groups[gi].labels.size(); ++i) {
      auto& at = by_columns[groups[gi].labels[i].first];
      at.resize(std::max(at.size(), groups[gi].labels[i].second + 1));
      std::vector<std::pair<std::string, size_t>>& cells = at[groups[gi].labels[i].second];
      for (size_t c = 0; c < cols.size(); ++c) {
        const int put = placed[gi][i][c];
        const size_t value = put >= 0 ? number_line[static_cast<size_t>(put)] : kUndecidedCell;
        auto had = std::find_if(cells.begin(), cells.end(),
                                [&](const auto& cell) { return cell.first == cols[c]; });
        if (had == cells.end()) {
          if (put != kCellEmpty) cells.emplace_back(cols[c], value);
        } else if (had->second == kUndecidedCell) {
          if (put != kCellEmpty) had->second = value;
        } else if (put != kCellUndecided && had->second != value) {
          agree = false;
        }
      }
    }
  if (!agree) return false;
  // The table's numbers are all its cells'; a cell left undecided gets them
  // as seen.
  for (const Group& g : groups)
    for (const auto& run : g.runs) consumed_.insert(run.begin(), run.end());
  for (auto& [line, labels] : by_columns) {
    ordered_rows_[line] = labels;
    ordered_refused_[line] = seen;
  }
  return true;
}

}  // namespace redovis
