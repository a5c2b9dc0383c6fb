// A table's numbers placed by its sums; see sum_placement.h.
#include "match/sum_placement.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <map>
#include <set>

#include "patterns/rule_keys.h"

namespace redovis {

namespace {

// Rows [first, first + rows) and whether a check covers them (the first row
// the total's, in every column).
struct RowGroup {
  size_t first = 0;
  size_t rows = 1;
  bool summed = false;
};

// Whether `column` (a column's keys, row after row) is a `sum` check's total
// and every part: the check whose total is the first key, its parts the
// others, each once.
bool WholeSum(const std::vector<std::string>& column, const std::vector<CheckRule>& checks) {
  if (column.empty()) return false;
  const std::multiset<std::string> rows(column.begin() + 1, column.end());
  for (const CheckRule& check : checks)
    if (check.kind == CheckKind::kSum && check.keys.size() == column.size() &&
        check.keys[0] == column[0] &&
        std::multiset<std::string>(check.keys.begin() + 1, check.keys.end()) == rows)
      return true;
  return false;
}

// Whether rows [i, i + n) of `keys` are a `sum` check's total and parts in
// column `c` (WholeSum).
bool SummedIn(const std::vector<std::vector<std::string>>& keys, size_t i, size_t n, size_t c,
              const std::vector<CheckRule>& checks) {
  std::vector<std::string> column;
  for (size_t r = i; r < i + n; ++r) column.push_back(keys[r][c]);
  return WholeSum(column, checks);
}

// The groups, in order: at each row, the group of the check whose total it
// is in every column, with as many rows; else the row alone.
std::vector<RowGroup> GroupsOf(const std::vector<std::vector<std::string>>& keys,
                               const std::vector<CheckRule>& checks) {
  std::vector<RowGroup> out;
  const size_t columns = keys.empty() ? 0 : keys[0].size();
  for (size_t i = 0; i < keys.size();) {
    RowGroup g;
    g.first = i;
    for (const CheckRule& check : checks) {
      const size_t n = check.keys.size();
      if (check.kind != CheckKind::kSum || n < 2 || i + n > keys.size() ||
          check.keys[0] != keys[i][0])
        continue;
      bool all = true;
      for (size_t c = 0; c < columns && all; ++c) all = SummedIn(keys, i, n, c, checks);
      if (all) {
        g.rows = n;
        g.summed = true;
        break;
      }
    }
    out.push_back(g);
    i += g.rows;
  }
  return out;
}

}  // namespace

bool SummedColumn(const std::vector<const Rule*>& labels, const std::string& col,
                  std::map<std::string, std::string> vars, const std::vector<CheckRule>& checks,
                  KeyFiller fill, bool every_part) {
  std::vector<std::string> keys;
  for (const Rule* q : labels) {
    for (const auto& [var, value] : q->sets) vars[var] = value;
    auto ck = q->column_keys.find(col);
    if (ck == q->column_keys.end()) return false;
    keys.push_back(fill(ck->second, vars));
    if (keys.back().empty()) return false;
  }
  if (keys.empty()) return false;
  if (every_part) return WholeSum(keys, checks);
  for (const CheckRule& check : checks) {
    if (check.kind != CheckKind::kSum || check.keys.empty() || check.keys[0] != keys[0]) continue;
    if (std::all_of(keys.begin() + 1, keys.end(), [&](const std::string& k) {
          return std::find(check.keys.begin() + 1, check.keys.end(), k) != check.keys.end();
        }))
      return true;
  }
  return false;
}

bool FirstIsSum(const std::vector<double>& numbers) {
  double rest = 0;
  for (size_t i = 1; i < numbers.size(); ++i) rest += numbers[i];
  return !numbers.empty() && std::fabs(numbers[0] - rest) <= 1e-9;
}

bool PlaceBySums(const OrderedCounts& table, const std::vector<CheckRule>& checks,
                 std::vector<std::vector<int>>* cells) {
  const std::vector<std::vector<std::string>>& keys = table.keys;
  if (keys.empty() || keys[0].empty() || table.number_at.size() != table.numbers.size())
    return false;
  const size_t columns = keys[0].size();
  for (const auto& row : keys)
    if (row.size() != columns ||
        std::any_of(row.begin(), row.end(), [](const std::string& k) { return k.empty(); }))
      return false;
  const std::vector<RowGroup> groups = GroupsOf(keys, checks);
  if (std::none_of(groups.begin(), groups.end(), [](const RowGroup& g) { return g.summed; }))
    return false;
  const size_t n = table.numbers.size(), G = groups.size();
  for (const RowGroup& g : groups)
    if (g.rows * columns > 16) return false;
  // The placements of group g that take numbers [p, p + filled) and hold:
  // each a mask of its filled cells, row after row.
  auto shown = [&](size_t row) {
    return row < table.shown.size() && !table.shown[row].empty() ? &table.shown[row] : nullptr;
  };
  for (size_t r = 0; r < keys.size(); ++r)
    if (shown(r) && shown(r)->size() != columns) return false;
  // Numbers each alone between blank lines (pdftotext's reading order writes
  // each cell as a block of its own); a text that writes a row's numbers on
  // adjacent lines (MuPDF's, a line's runs together) writes them row by row.
  bool spaced = true;
  for (size_t i = 1; i < n && spaced; ++i) spaced = table.number_at[i] > table.number_at[i - 1] + 1;
  // The orders a group's cells may be written in: row after row, or with
  // one band of two rows or more written column after column (pdftotext's
  // reading order writes the cell above an empty one after the next row's:
  // "55" / "därav 65 år och över" / "138" / "76", the 76 the row above's).
  // Each order lists the group's cells (row * columns + column) as written.
  auto orders_of = [&](const RowGroup& g) {
    std::vector<std::vector<size_t>> out;
    auto row_major = [&](size_t r, std::vector<size_t>* o) {
      for (size_t c = 0; c < columns; ++c) o->push_back(r * columns + c);
    };
    std::vector<size_t> plain;
    for (size_t r = 0; r < g.rows; ++r) row_major(r, &plain);
    out.push_back(plain);
    if (columns < 2 || !spaced) return out;
    for (size_t r0 = 0; r0 < g.rows; ++r0)
      for (size_t r1 = r0 + 2; r1 <= g.rows; ++r1) {
        std::vector<size_t> o;
        for (size_t r = 0; r < r0; ++r) row_major(r, &o);
        for (size_t c = 0; c < columns; ++c)
          for (size_t r = r0; r < r1; ++r) o.push_back(r * columns + c);
        for (size_t r = r1; r < g.rows; ++r) row_major(r, &o);
        out.push_back(o);
      }
    return out;
  };
  std::vector<std::vector<std::vector<size_t>>> orders(G);
  for (size_t g = 0; g < G; ++g) orders[g] = orders_of(groups[g]);
  // Number `at` may be row `row`'s: it stands after the label of the row
  // before and before the label two rows on (where the labels' lines are
  // known). Labels on adjacent lines are one block of the order's (rows left
  // empty between them wrote nothing: "därav mellan 50 och 64 år" / "därav
  // 65 år och över"), and the numbers of any row of it may stand before the
  // whole block: after the label before the block.
  auto near_label = [&](size_t row, size_t at) {
    if (table.label_at.size() != keys.size()) return true;
    const size_t line = table.number_at[at];
    size_t first = row;
    while (first > 0 && table.label_at[first] <= table.label_at[first - 1] + 1) --first;
    if (first > 0 && line <= table.label_at[first - 1]) return false;
    return row + 2 >= keys.size() || line < table.label_at[row + 2];
  };
  // A placement: the filled cells' mask and the order they were written in.
  struct Placement {
    uint32_t mask;
    size_t order;
  };
  auto holds = [&](const RowGroup& g, size_t p, uint32_t mask, const std::vector<size_t>& order) {
    size_t at = p;
    std::vector<double> sums(columns, 0.0), totals(columns, 0.0);
    for (size_t b : order) {
      const size_t r = b / columns, c = b % columns;
      const bool filled = mask >> b & 1u;
      // A shown row takes no number: its own values count.
      if (const std::vector<double>* row = shown(g.first + r)) {
        if (filled) return false;
        if (!std::isnan((*row)[c])) (r == 0 ? totals : sums)[c] += (*row)[c];
        continue;
      }
      if (!filled) continue;
      if (!near_label(g.first + r, at)) return false;
      (r == 0 ? totals : sums)[c] += table.numbers[at];
      ++at;
    }
    if (!g.summed) return true;
    for (size_t c = 0; c < columns; ++c)
      if (std::fabs(totals[c] - sums[c]) > 1e-9) return false;
    return true;
  };
  // placements[g][p]: the placements of group g that hold from number p.
  std::vector<std::vector<std::vector<Placement>>> placements(
      G, std::vector<std::vector<Placement>>(n + 1));
  for (size_t g = 0; g < G; ++g) {
    const size_t bits = groups[g].rows * columns;
    for (size_t p = 0; p <= n; ++p)
      for (uint32_t mask = 0; mask < (1u << bits); ++mask) {
        const size_t filled = static_cast<size_t>(__builtin_popcount(mask));
        if (p + filled > n) continue;
        for (size_t o = 0; o < orders[g].size(); ++o)
          if (holds(groups[g], p, mask, orders[g][o])) placements[g][p].push_back({mask, o});
      }
  }
  // Which starts the groups before reach, and which ends reach every number.
  std::vector<std::vector<bool>> front(G + 1, std::vector<bool>(n + 1, false));
  std::vector<std::vector<bool>> back(G + 1, std::vector<bool>(n + 1, false));
  front[0][0] = true;
  for (size_t g = 0; g < G; ++g)
    for (size_t p = 0; p <= n; ++p)
      if (front[g][p])
        for (const Placement& pl : placements[g][p])
          front[g + 1][p + static_cast<size_t>(__builtin_popcount(pl.mask))] = true;
  back[G][n] = true;
  for (size_t g = G; g-- > 0;)
    for (size_t p = 0; p <= n; ++p)
      for (const Placement& pl : placements[g][p])
        if (back[g + 1][p + static_cast<size_t>(__builtin_popcount(pl.mask))]) back[g][p] = true;
  if (!front[G][n]) return false;
  // Each cell: what every placement on a whole way through puts there.
  std::vector<std::vector<int>> out(keys.size(), std::vector<int>(columns, kCellUndecided));
  for (size_t g = 0; g < G; ++g) {
    const RowGroup& rg = groups[g];
    bool first = true;
    std::vector<int> seen(rg.rows * columns, kCellUndecided), agreed(rg.rows * columns, 1);
    for (size_t p = 0; p <= n; ++p) {
      if (!front[g][p]) continue;
      for (const Placement& pl : placements[g][p]) {
        if (!back[g + 1][p + static_cast<size_t>(__builtin_popcount(pl.mask))]) continue;
        int at = static_cast<int>(p);
        std::vector<int> here(seen.size(), kCellEmpty);
        for (size_t b : orders[g][pl.order])
          if (pl.mask >> b & 1u) here[b] = at++;
        for (size_t b = 0; b < seen.size(); ++b) {
          if (first)
            seen[b] = here[b];
          else if (seen[b] != here[b])
            agreed[b] = 0;
        }
        first = false;
      }
    }
    for (size_t b = 0; b < seen.size(); ++b)
      out[rg.first + b / columns][b % columns] = shown(rg.first + b / columns) ? kCellShown
                                                 : agreed[b]                   ? seen[b]
                                                                               : kCellUndecided;
  }
  *cells = out;
  return true;
}

bool InSomeSum(const std::string& key, const std::vector<CheckRule>& checks) {
  for (const CheckRule& check : checks)
    if (check.kind == CheckKind::kSum &&
        std::any_of(check.keys.begin(), check.keys.end(),
                    [&](const std::string& k) { return TemplateFits(key, k); }))
      return true;
  return false;
}

bool PlaceRowNumbers(const std::vector<std::vector<std::string>>& keys,
                     const std::vector<std::vector<double>>& numbers,
                     const std::vector<CheckRule>& checks, std::vector<std::vector<int>>* cells,
                     size_t max_placements) {
  if (keys.empty() || keys.size() != numbers.size() || keys[0].empty()) return false;
  const size_t columns = keys[0].size();
  std::map<std::string, std::pair<size_t, size_t>> at;  // key -> (row, column)
  for (size_t r = 0; r < keys.size(); ++r) {
    if (keys[r].size() != columns || numbers[r].size() > columns) return false;
    for (size_t c = 0; c < columns; ++c) {
      if (keys[r][c].empty()) return false;
      at[keys[r][c]] = {r, c};
    }
  }
  // The checks all of whose keys are the table's; each short row must be in one.
  std::vector<const CheckRule*> sums;
  std::set<size_t> covered;
  for (const CheckRule& check : checks) {
    if (check.kind != CheckKind::kSum || check.keys.size() < 2 ||
        !std::all_of(check.keys.begin(), check.keys.end(),
                     [&](const std::string& k) { return at.count(k) > 0; }))
      continue;
    sums.push_back(&check);
    for (const std::string& k : check.keys) covered.insert(at[k].first);
  }
  // Each row's ways to put its numbers in its columns, in order: the
  // columns it fills, as a bit mask.
  // (A short row no check covers stays undecided: nothing tells its columns.)
  if (columns > 16) return false;
  std::vector<std::vector<unsigned>> ways(keys.size());
  std::vector<bool> loose(keys.size(), false);
  size_t placements = 1;
  bool any_short = false;
  for (size_t r = 0; r < keys.size(); ++r) {
    for (unsigned mask = 0; mask < (1u << columns); ++mask)
      if (static_cast<size_t>(std::popcount(mask)) == numbers[r].size()) ways[r].push_back(mask);
    if (ways[r].size() > 1 && !covered.count(r)) {
      loose[r] = true;
      ways[r].resize(1);
    }
    any_short = any_short || ways[r].size() > 1;
    placements *= ways[r].size();
    if (placements > max_placements) return false;
  }
  if (!any_short) return false;
  std::vector<std::vector<int>> cell(keys.size(), std::vector<int>(columns, kCellEmpty));
  std::vector<std::vector<int>> seen;
  std::vector<std::vector<bool>> agreed(keys.size(), std::vector<bool>(columns, true));
  size_t found = 0;
  std::vector<size_t> choice(keys.size(), 0);
  for (size_t n = 0; n < placements; ++n) {
    // The n-th placement: each row's way, counted like digits.
    for (size_t r = 0, rest = n; r < keys.size(); ++r) {
      choice[r] = rest % ways[r].size();
      rest /= ways[r].size();
      for (size_t c = 0, i = 0; c < columns; ++c)
        cell[r][c] = (ways[r][choice[r]] >> c) & 1u ? static_cast<int>(i++) : kCellEmpty;
    }
    auto value = [&](const std::string& k) {
      const auto [r, c] = at[k];
      return cell[r][c] >= 0 ? numbers[r][static_cast<size_t>(cell[r][c])] : 0.0;
    };
    bool holds = true;
    for (const CheckRule* check : sums) {
      double rest = 0;
      for (size_t i = 1; i < check->keys.size(); ++i) rest += value(check->keys[i]);
      holds = holds && std::fabs(value(check->keys[0]) - rest) <= 1e-9;
    }
    if (!holds) continue;
    if (found++ == 0) {
      seen = cell;
    } else {
      for (size_t r = 0; r < keys.size(); ++r)
        for (size_t c = 0; c < columns; ++c)
          agreed[r][c] = agreed[r][c] && seen[r][c] == cell[r][c];
    }
  }
  if (found == 0) return false;
  for (size_t r = 0; r < keys.size(); ++r)
    for (size_t c = 0; c < columns; ++c)
      if (!agreed[r][c] || loose[r]) seen[r][c] = kCellUndecided;
  *cells = seen;
  return true;
}

}  // namespace redovis
