// Reading-order text (pdftotext without -layout), its tables of counts: a
// table the order wrote column after column in blocks, some of them after a
// later group's labels, placed by the table's sums (column_runs.h,
// PlaceColumnRuns). Split from reading_order_counts.cc by concept; see
// reading_order.h and match_run.h.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "match/column_runs.h"
#include "match/match_run.h"
#include "match/reading_order.h"
#include "match/sum_placement.h"

namespace redovis {

bool MatchRun::ReadOrderedBlocks(const std::vector<OrderedGroup>& groups,
                                 const std::vector<std::string>& cols,
                                 const std::vector<size_t>& before, const OrderedRows* read,
                                 const std::string& seen) {
  using Group = OrderedGroup;
  auto blank = [&](size_t k) { return k < seg_.begin || k >= seg_.end || View(k).first < 0; };
  // The order went down the columns in blocks: a group's first run as many
  // numbers as its rows, three or more; a blank line after every run, and
  // before each but under its word or under a line of every column's word
  // (a one-row table's header: "Kvinnor Män" / "1", its column not shown).
  const std::set<std::string> names(cols.begin(), cols.end());
  auto under_header = [&](size_t first) {
    std::vector<std::string> words;
    size_t span = 0;
    return first > seg_.begin && OrderedHeader(first - 1, names, &words, &span) && span == 1 &&
           std::set<std::string>(words.begin(), words.end()) == names;
  };
  bool in_columns = false, blocks = true;
  for (const Group& g : groups)
    for (size_t r = 0; r < g.runs.size(); ++r) {
      if (r == 0 && g.labels.size() >= 3 && g.runs[0].size() == g.labels.size()) in_columns = true;
      const size_t first = g.runs[r].front(), last = g.runs[r].back();
      if (!blank(last + 1) ||
          (g.run_words[r].empty() && (first == 0 || !blank(first - 1)) && !under_header(first)))
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
  // Numbers before every group's labels (the order wrote a group's labels
  // after its numbers): each run of them a block under its column's word,
  // the word's line right above it and a blank line after it; any group's.
  for (size_t i = 0; i < before.size();) {
    size_t j = i + 1;
    while (j < before.size() && before[j] == before[j - 1] + 1) ++j;
    const size_t first = before[i];
    std::vector<std::string> word;
    size_t span = 0;
    if (!blank(before[j - 1] + 1) || first < seg_.begin + 1 ||
        !((OrderedHeader(first - 1, names, &word, &span) && span == 1) ||
          (word.clear(), first >= seg_.begin + 2 && OrderedHeader(first - 2, names, &word, &span) &&
                             span == 2)) ||
        word.size() != 1)
      return false;
    ColumnRun run{{},
                  0,
                  static_cast<size_t>(std::find(cols.begin(), cols.end(), word[0]) - cols.begin()),
                  kNoRun,
                  true};
    for (size_t k = i; k < j; ++k)
      run.numbers.push_back(OrderedNumber(before[k])), number_line.push_back(before[k]);
    runs.push_back(run);
    i = j;
  }
  // (The header written once above them all: one block a column, each
  // column's under its own word; a column's word first seen after a group's
  // labels heads the first group's column, which such blocks leave unknown.)
  std::set<size_t> early_columns;
  for (const ColumnRun& run : runs) early_columns.insert(run.column);
  if (!runs.empty() && (runs.size() != cols.size() || early_columns.size() != cols.size()))
    return false;
  // Each group's labels as the sums' groups: the order may run two groups'
  // labels together where the first's numbers came before its labels
  // ("Totalt antal klienter" ... "därav 65 år och över" / "Antal klienter
  // som ... har hemmavarande barn": a `sum` check's total and every part, then
  // a row of its own). A group of labels none of which a sum covers so stays
  // whole (and unsummed, which places nothing).
  // The table's labels in order, each (group, label), and their rules.
  std::vector<std::pair<size_t, size_t>> all;
  std::vector<const Rule*> rules;
  for (size_t gi = 0; gi < groups.size(); ++gi)
    for (size_t i = 0; i < groups[gi].rules.size(); ++i)
      all.emplace_back(gi, i), rules.push_back(groups[gi].rules[i]);
  auto summed_in = [&](size_t first, size_t end) {
    std::vector<bool> summed;
    const std::vector<const Rule*> some(rules.begin() + static_cast<std::ptrdiff_t>(first),
                                        rules.begin() + static_cast<std::ptrdiff_t>(end));
    for (const std::string& c : cols)
      summed.push_back(SummedColumn(some, c, vars_, ps_.checks(), &InterpolateIn, true));
    return summed;
  };
  // Parts, as ranges of `all`: the sums' groups, a check's total and every
  // part (the order may also part a total's label from its parts' where the
  // total's numbers came right after it: "Totalt antal klienter" / "Kvinnor"
  // / "165" / "Män" / "43" / "därav ..."), else a label alone; a group of the
  // order's none of whose labels a sum covers stays one part, unsummed.
  std::vector<std::pair<size_t, size_t>> parts;  // [first, end) of `all`
  // (A part spans the order's groups only where the first is the total's
  // label alone, its numbers before the parts': a later row's label parted
  // from the rest, "därav 65 år och över" / "32" written before the rows
  // above it, breaks the order top to bottom.)
  auto spans = [&](size_t first, size_t end) {
    const size_t g = all[first].first, last = all[end - 1].first;
    return g == last ||
           (last == g + 1 && groups[g].rules.size() == 1 && all[first + 1].first == last);
  };
  for (size_t i = 0; i < all.size();) {
    size_t end = all.size();
    while (end > i + 1) {
      if (!spans(i, end)) {
        --end;
        continue;
      }
      const std::vector<bool> summed = summed_in(i, end);
      if (std::find(summed.begin(), summed.end(), false) == summed.end()) break;
      --end;
    }
    parts.emplace_back(i, end);
    i = end;
  }
  std::vector<bool> in_sum(groups.size(), false);
  for (const auto& [first, end] : parts)
    for (size_t k = first; end > first + 1 && k < end; ++k) in_sum[all[k].first] = true;
  std::vector<std::pair<size_t, size_t>> kept;
  for (const auto& [first, end] : parts) {
    const size_t gi = all[first].first;
    if (!in_sum[gi] && !kept.empty() && all[kept.back().first].first == gi &&
        !in_sum[all[kept.back().first].first])
      kept.back().second = end;
    else
      kept.emplace_back(first, end);
  }
  parts = kept;
  std::vector<size_t> last_part(groups.size(), 0);  // the part of each group's last label
  for (size_t pi = 0; pi < parts.size(); ++pi)
    for (size_t k = parts[pi].first; k < parts[pi].second; ++k) last_part[all[k].first] = pi;
  for (const auto& [first, end] : parts)
    placed_groups.push_back({end - first, summed_in(first, end)});
  for (size_t gi = 0; gi < groups.size(); ++gi) {
    const Group& g = groups[gi];
    for (size_t r = 0; r < g.runs.size(); ++r) {
      ColumnRun run{{}, last_part[gi], kNoRun, kNoRun};
      for (size_t line : g.runs[r])
        run.numbers.push_back(OrderedNumber(line)), number_line.push_back(line);
      // (A word past a blank line heads no block: "Kvinnor" / "" / "Män" /
      // "" / "14" is the header's line, then the Kvinnor column.)
      auto word = blank(g.runs[r].front() - 1)
                      ? cols.end()
                      : std::find(cols.begin(), cols.end(), g.run_words[r]);
      if (word != cols.end()) {
        run.column = static_cast<size_t>(word - cols.begin());
        run.group = g.word_again[r] ? last_part[gi] : 0;
      }
      runs.push_back(run);
    }
  }
  std::vector<std::vector<std::vector<int>>> placed;
  bool agree = PlaceColumnRuns(placed_groups, cols.size(), runs, &placed);
  // Each row's cells; a row the shapes read keeps its numbers, which the
  // placement must not contradict.
  OrderedRows by_columns = read ? *read : OrderedRows{};
  for (size_t pi = 0; pi < parts.size() && agree; ++pi)
    for (size_t i = 0; i < parts[pi].second - parts[pi].first; ++i) {
      const auto& [gi, li] = all[parts[pi].first + i];
      const auto& label = groups[gi].labels[li];
      auto& at = by_columns[label.first];
      at.resize(std::max(at.size(), label.second + 1));
      std::vector<std::pair<std::string, size_t>>& cells = at[label.second];
      for (size_t c = 0; c < cols.size(); ++c) {
        const int put = placed[pi][i][c];
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
  consumed_.insert(before.begin(), before.end());
  for (auto& [line, labels] : by_columns) {
    ordered_rows_[line] = labels;
    ordered_refused_[line] = seen;
  }
  return true;
}

}  // namespace redovis
