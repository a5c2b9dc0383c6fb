// Typed marks in the gap between two choice columns' words (issue 14): in
// a laid-out text whose boxes were retyped ("X" for a ticked box, a space
// for an empty one), a mark set at the right edge of the Ja cell stands
// nearer "Nej" than "Ja". Nearness cannot tell which column such a mark is
// in: it is null with `ambiguous_column`, unless the table's own marks stand
// in two groups as far apart as the columns' words, which proves the column
// (column_placement.h: StandsInGap, MarkGroupColumn). Defines MatchRun's
// UndecideMarksInGaps and TableMarks (match_run.h); reads the document and
// the table's header, changes only the placements it is given.
#include <set>
#include <string>
#include <vector>

#include "match/column_placement.h"
#include "match/match_run.h"

namespace redovis {

void MatchRun::UndecideMarksInGaps(const LineView& v, const Rule& r,
                                   const std::vector<size_t>& cells,
                                   std::vector<Placement>* placed) const {
  std::set<std::string> value_columns;
  for (const auto& [col, key] : r.column_keys) value_columns.insert(col);
  for (size_t k = 0; k < cells.size(); ++k) {
    const Cell& c = v.line->cells[cells[k]];
    Placement& p = (*placed)[k];
    size_t left = 0, right = 0;
    if (!p.by_nearness || p.ambiguous || c.checkbox != CheckboxState::kNone ||
        !parser_.IsMark(c.text) || !StandsInGap(header_, value_columns, c, &left, &right))
      continue;
    const int by_group =
        MarkGroupColumn(TableMarks(), c.x0, header_.x0[left], header_.x1[left], header_.x0[right]);
    if (by_group >= 0) {
      p.column = header_.names[by_group == 0 ? left : right];
      continue;
    }
    p.ambiguous = true;
    p.by_nearness = false;
    p.column.clear();
    p.doubt = {
        "doubt.mark_in_gap",
        {{"first", ColumnRef(header_.names[left])}, {"second", ColumnRef(header_.names[right])}}};
  }
}

std::vector<double> MatchRun::TableMarks() const {
  // The rows under the header, up to the next header or heading.
  std::vector<double> marks;
  ColumnHeader next;
  for (size_t k = header_end_ + 1; k < seg_.end; ++k) {
    const LineView& row = View(k);
    if (MatchHeading(row) || ParseHeader(row, &next)) break;
    if (row.first < 0) continue;
    const Cell* mark = nullptr;
    int count = 0;
    for (size_t j = static_cast<size_t>(row.first) + 1; j < row.line->cells.size(); ++j) {
      const Cell& c = row.line->cells[j];
      if (c.checkbox == CheckboxState::kNone && c.x0 >= 0 && parser_.IsMark(c.text))
        mark = &c, ++count;
    }
    if (count == 1) marks.push_back(mark->x0);
  }
  return marks;
}

}  // namespace redovis
