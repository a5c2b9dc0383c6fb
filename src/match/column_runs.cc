// Which runs of a reading-order table are whose column, and where a whole
// table's runs stand; see column_runs.h.
#include "match/column_runs.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

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

namespace {

// The search of PlaceColumnRuns: runs placed one after another, each in one
// group's column, undone on the way back.
class RunPlacer {
 public:
  RunPlacer(const std::vector<ColumnGroup>& groups, size_t columns,
            const std::vector<ColumnRun>& runs, size_t budget, size_t max_steps)
      : groups_(groups), columns_(columns), runs_(runs), budget_(budget), max_steps_(max_steps) {
    for (const ColumnRun& run : runs_) {
      first_.push_back(numbers_.size());
      numbers_.insert(numbers_.end(), run.numbers.begin(), run.numbers.end());
    }
    for (const ColumnGroup& g : groups_) {
      cell_.emplace_back(g.rows * columns_, kCellEmpty);
      next_.emplace_back(columns_, 0);
      opened_.emplace_back(columns_, false);
    }
    seen_ = cell_;
    agreed_.assign(groups_.size(), {});
    for (size_t g = 0; g < groups_.size(); ++g) agreed_[g].assign(groups_[g].rows * columns_, true);
  }

  // Tries every placement; false where the search gave up.
  bool Search() {
    Place(0);
    return !gave_up_;
  }
  size_t found() const { return found_; }
  // Each cell: the number every placement put there, kCellEmpty, or kCellUndecided.
  std::vector<std::vector<std::vector<int>>> Cells() const {
    std::vector<std::vector<std::vector<int>>> out;
    for (size_t g = 0; g < groups_.size(); ++g) {
      out.emplace_back(groups_[g].rows, std::vector<int>(columns_, kCellUndecided));
      for (size_t b = 0; b < seen_[g].size(); ++b)
        if (agreed_[g][b]) out[g][b / columns_][b % columns_] = seen_[g][b];
    }
    return out;
  }

 private:
  // Whether group g's column c holds its sum (an empty cell 0).
  bool Sums(size_t g, size_t c) const {
    if (!groups_[g].summed[c]) return true;
    double total = 0, rest = 0;
    for (size_t r = 0; r < groups_[g].rows; ++r) {
      const int at = cell_[g][r * columns_ + c];
      (r == 0 ? total : rest) += at >= 0 ? numbers_[static_cast<size_t>(at)] : 0.0;
    }
    return std::fabs(total - rest) <= 1e-9;
  }
  void Record() {
    for (size_t g = 0; g < groups_.size(); ++g)
      for (size_t c = 0; c < columns_; ++c)
        if (!Sums(g, c)) return;
    for (size_t g = 0; g < groups_.size(); ++g)
      for (size_t b = 0; b < cell_[g].size(); ++b) {
        if (found_ == 0)
          seen_[g][b] = cell_[g][b];
        else if (seen_[g][b] != cell_[g][b])
          agreed_[g][b] = false;
      }
    ++found_;
  }
  // Run r's numbers from its i-th on, in group g's column c, from row `row`.
  void Fill(size_t r, size_t i, size_t g, size_t c, size_t row) {
    if (gave_up_ || ++steps_ > max_steps_) {
      gave_up_ = true;
      return;
    }
    const std::vector<double>& numbers = runs_[r].numbers;
    if (i == numbers.size()) {
      const size_t saved = next_[g][c];
      next_[g][c] = row;
      // A column filled to its last row holds its sum now or never.
      if (row < groups_[g].rows || Sums(g, c)) Place(r + 1);
      next_[g][c] = saved;
      return;
    }
    const size_t rows = groups_[g].rows;
    for (size_t at = row; at + (numbers.size() - i) <= rows; ++at) {
      const size_t gap = at - row;
      if (blanks_ + gap > budget_) break;
      blanks_ += gap;
      cell_[g][at * columns_ + c] = static_cast<int>(first_[r] + i);
      Fill(r, i + 1, g, c, at + 1);
      cell_[g][at * columns_ + c] = kCellEmpty;
      blanks_ -= gap;
    }
  }
  void Place(size_t r) {
    if (gave_up_) return;
    if (r == runs_.size()) {
      Record();
      return;
    }
    const ColumnRun& run = runs_[r];
    const size_t last = run.before_labels ? groups_.size() - 1 : run.last_group;
    for (size_t g = 0; g <= last && g < groups_.size(); ++g) {
      if (run.group != kNoRun && run.group != g) continue;
      for (size_t c = 0; c < columns_; ++c) {
        if (run.column != kNoRun && run.column != c) continue;
        const bool opens = !opened_[g][c];
        // A run without a word opens a column only of its own group, and
        // none left of one already opened.
        if (opens && run.column == kNoRun &&
            (g != run.last_group ||
             std::find(opened_[g].begin() + static_cast<std::ptrdiff_t>(c) + 1, opened_[g].end(),
                       true) != opened_[g].end()))
          continue;
        opened_[g][c] = true;
        Fill(r, 0, g, c, next_[g][c]);
        opened_[g][c] = !opens;
      }
    }
  }

  const std::vector<ColumnGroup>& groups_;
  const size_t columns_;
  const std::vector<ColumnRun>& runs_;
  const size_t budget_, max_steps_;
  std::vector<double> numbers_;            // the runs' numbers, in the order written
  std::vector<size_t> first_;              // each run's first number's index in numbers_
  std::vector<std::vector<int>> cell_;     // group -> row * columns + column -> number or empty
  std::vector<std::vector<size_t>> next_;  // group -> column -> its next free row
  std::vector<std::vector<bool>> opened_;  // group -> column -> a run placed in it
  std::vector<std::vector<int>> seen_;     // the first placement's cells
  std::vector<std::vector<bool>> agreed_;  // each cell alike in every placement so far
  size_t blanks_ = 0, steps_ = 0, found_ = 0;
  bool gave_up_ = false;
};

}  // namespace

bool PlaceColumnRuns(const std::vector<ColumnGroup>& groups, size_t columns,
                     const std::vector<ColumnRun>& runs,
                     std::vector<std::vector<std::vector<int>>>* cells, size_t max_steps) {
  if (groups.empty() || columns == 0) return false;
  size_t total = 0, numbers = 0;
  bool summed = false;
  for (const ColumnGroup& g : groups) {
    if (g.summed.size() != columns) return false;
    total += g.rows * columns;
    // The order's groups must be the sums' (labels of two groups run
    // together where the first's numbers came after the second's labels).
    const size_t sums = static_cast<size_t>(std::count(g.summed.begin(), g.summed.end(), true));
    if (g.rows > 1 && sums < columns) return false;
    summed = summed || sums > 0;
  }
  if (!summed) return false;
  for (const ColumnRun& run : runs) {
    if (run.numbers.empty() || run.last_group >= groups.size() ||
        (run.column != kNoRun && run.column >= columns) ||
        (run.group != kNoRun && run.group > run.last_group) ||
        (run.before_labels && (run.column == kNoRun || run.group != kNoRun)))
      return false;
    numbers += run.numbers.size();
  }
  if (numbers > total) return false;
  // Each group of rows shows a run a column: its own (after its labels),
  // under a word heading it, or one of the runs before every group's labels
  // (each making up one column of one group). A group with fewer may have a
  // column written after a later group's labels, whole, where it would pass
  // for that group's: what is whose is not shown.
  size_t missing = 0;
  const size_t early = static_cast<size_t>(std::count_if(
      runs.begin(), runs.end(), [](const ColumnRun& run) { return run.before_labels; }));
  for (size_t g = 0; g < groups.size(); ++g) {
    const size_t own =
        static_cast<size_t>(std::count_if(runs.begin(), runs.end(), [&](const ColumnRun& run) {
          return !run.before_labels && (run.group == kNoRun ? run.last_group : run.group) == g;
        }));
    if (groups[g].rows > 1 && own < columns) missing += columns - own;
  }
  if (missing > early) return false;
  RunPlacer placer(groups, columns, runs, total - numbers, max_steps);
  if (!placer.Search() || placer.found() == 0) return false;
  *cells = placer.Cells();
  return true;
}

}  // namespace redovis
