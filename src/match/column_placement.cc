#include "match/column_placement.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "base/text_util.h"
#include "base/utf8.h"
#include "read/text/cut_lines.h"

namespace redovis {

namespace {

/// A cell farther than this (points) from every header is in no column.
constexpr double kMaxColumnGap = 40;
/// A cell whose distances to the two nearest headers differ by less than
/// this share of their sum stands between the two columns.
constexpr double kBetweenColumns = 0.25;
/// A cell overlapping a second header by more than this share of its
/// overlap with the first stands across both.
constexpr double kAcrossColumns = 0.5;
/// Two boxes this near (a text's columns or points) touch: glued, no gap.
constexpr double kGluedGap = 0.01;

}  // namespace

std::string ColumnRef(const std::string& name, bool ignored) {
  if (ignored) return "@column.ignore";
  return name.empty() ? "@column.unread" : "@column." + name;
}

Placement PlaceCell(const ColumnHeader& header, const Cell& c, size_t index) {
  Placement p;
  // The cut alone, under a header the cut left whole: the unread column's.
  if (header.cut_x0 >= 0 && c.text == kCutLine) return p;
  if (!(header.positional && c.x0 >= 0)) {
    // A header stacked a column word a line has no extents: a cell set
    // beside its row's label in text with layout (`fmt` joined a stacked
    // row's mark to its label's line) stands in no column its index proves.
    if (header.vertical && c.x0 >= 0) {
      p.ambiguous = true;
      p.doubt = {"doubt.stacked_header_beside", {}};
      return p;
    }
    if (index < header.names.size()) p.column = header.names[index];
    p.past_header =
        index >= header.names.size() ||
        (header.names[index].empty() && !(index < header.ignored.size() && header.ignored[index]) &&
         !(index < header.unread.size() && header.unread[index]));
    return p;
  }
  double best_o = 0, second_o = 0, best_d = 1e9, second_d = 1e9;
  size_t best_oj = 0, best_dj = 0, second_dj = 0, second_oj = 0;
  for (size_t j = 0; j < header.names.size(); ++j) {
    if (header.x0[j] < 0 || (header.names[j].empty() && !header.ignored[j] && !header.unread[j]))
      continue;
    double hx0 = header.x0[j], hx1 = header.x1[j];
    double overlap = std::min(c.x1, hx1) - std::max(c.x0, hx0);
    if (overlap > best_o) {
      second_o = best_o, second_oj = best_oj;
      best_o = overlap, best_oj = j;
    } else if (overlap > second_o) {
      second_o = overlap, second_oj = j;
    }
    double d = c.x1 < hx0 ? hx0 - c.x1 : (c.x0 > hx1 ? c.x0 - hx1 : 0);
    if (d < best_d) {
      second_d = best_d, second_dj = best_dj;
      best_d = d, best_dj = j;
    } else if (d < second_d) {
      second_d = d, second_dj = j;
    }
  }
  auto between = [&](size_t a, size_t b) {
    return MessagePart{"doubt.between",
                       {{"first", ColumnRef(header.names[a], header.ignored[a])},
                        {"second", ColumnRef(header.names[b], header.ignored[b])}}};
  };
  // A cell reaching into an ignored column's header as well (a name run
  // together with the comment beside it, "... Södertörn Se bilaga"): whose
  // words are whose is not told.
  size_t into_ignored = header.names.size();
  for (size_t j = 0; j < header.names.size() && best_o > 0; ++j)
    if (j != best_oj && header.ignored[j] && header.x0[j] >= 0 &&
        std::min(c.x1, header.x1[j]) > std::max(c.x0, header.x0[j]) && !header.ignored[best_oj])
      into_ignored = j;
  if (into_ignored < header.names.size()) {
    p.ambiguous = true;
    p.doubt = between(best_oj, into_ignored);
    return p;
  }
  if (best_o > 0) {
    if (second_o > kAcrossColumns * best_o) {
      p.ambiguous = true;
      p.doubt = between(best_oj, second_oj);
    } else {
      p.column = header.names[best_oj];
    }
    return p;
  }
  if (best_d > kMaxColumnGap) return p;
  if (second_d < 1e9 && second_d - best_d < kBetweenColumns * (second_d + best_d)) {
    p.ambiguous = true;
    p.doubt = between(best_dj, second_dj);
    return p;
  }
  p.column = header.names[best_dj];
  p.by_nearness = true;
  return p;
}

double HeaderDistance(const ColumnHeader& header, const Cell& c) {
  double best = -1;
  if (!header.positional || c.x0 < 0) return best;
  for (size_t j = 0; j < header.names.size(); ++j) {
    if (header.x0[j] < 0 || (header.names[j].empty() && !header.ignored[j] && !header.unread[j]))
      continue;
    const double d = std::max({0.0, header.x0[j] - c.x1, c.x0 - header.x1[j]});
    if (best < 0 || d < best) best = d;
  }
  return best;
}

void TallyRows(const ColumnHeader& header, const std::vector<std::vector<const Cell*>>& rows,
               LineUpTally* tally) {
  for (const std::vector<const Cell*>& row : rows) {
    if (row.empty()) continue;
    const bool out = std::any_of(row.begin(), row.end(), [&](const Cell* c) {
      return HeaderDistance(header, *c) > kOffHeader;
    });
    ++(out ? tally->out_of_line : tally->in_line);
  }
}

bool ColumnsOutOfLine(const LineUpTally& tally) {
  const int all = tally.in_line + tally.out_of_line;
  return tally.out_of_line >= kOutOfLineRows &&
         tally.out_of_line >= kOutOfLineShare * static_cast<double>(all);
}

std::vector<Placement> ColumnsInOrder(const ColumnHeader& header,
                                      const std::set<std::string>& value_columns,
                                      const std::vector<const Cell*>& row,
                                      const std::vector<bool>& filled,
                                      const std::vector<bool>& number) {
  std::vector<size_t> cells;
  bool numbers = true, boxes = true;
  for (size_t k = 0; k < row.size(); ++k) {
    if (row[k]->checkbox != CheckboxState::kNone) {
      cells.push_back(k);
      numbers = false;
    } else if (filled[k]) {
      cells.push_back(k);
      boxes = false;
      numbers = numbers && number[k];
    }
  }
  std::vector<size_t> columns;
  for (size_t j = 0; j < header.names.size(); ++j)
    if (header.x0[j] >= 0 && !header.names[j].empty() &&
        (numbers || !value_columns.count(header.names[j])))
      columns.push_back(j);
  std::vector<Placement> out(row.size());
  if ((numbers || boxes) && !cells.empty() && cells.size() == columns.size()) {
    for (size_t i = 0; i < cells.size(); ++i) out[cells[i]].column = header.names[columns[i]];
    return out;
  }
  for (size_t k : cells) {
    if (!filled[k]) continue;
    out[k].ambiguous = true;
    out[k].doubt = {"doubt.out_of_line", {}};
  }
  return out;
}

bool StandsInGap(const ColumnHeader& header, const std::set<std::string>& value_columns,
                 const Cell& c, size_t* left_at, size_t* right_at) {
  if (!header.positional || c.x0 < 0) return false;
  // The header's words in order of place; the cell must overlap none.
  std::vector<size_t> words;
  for (size_t j = 0; j < header.names.size(); ++j) {
    if (header.x0[j] < 0 || (header.names[j].empty() && !header.ignored[j] && !header.unread[j]))
      continue;
    if (std::min(c.x1, header.x1[j]) - std::max(c.x0, header.x0[j]) > 0) return false;
    words.push_back(j);
  }
  std::sort(words.begin(), words.end(),
            [&](size_t a, size_t b) { return header.x0[a] < header.x0[b]; });
  auto choice = [&](size_t j) {
    return !header.names[j].empty() && !header.ignored[j] && !header.unread[j] &&
           value_columns.count(header.names[j]) == 0;
  };
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    const size_t left = words[i], right = words[i + 1];
    if (header.x1[left] <= c.x0 && c.x1 <= header.x0[right]) {
      if (!choice(left) || !choice(right)) return false;
      *left_at = left, *right_at = right;
      return true;
    }
  }
  return false;
}

int MarkGroupColumn(std::vector<double> marks, double x0, double left_x0, double left_x1,
                    double right_x0) {
  std::sort(marks.begin(), marks.end());
  // Groups: marks each within kMarkGroupSlack columns of the one before.
  std::vector<std::pair<double, double>> groups;  // (first, last) column
  for (double m : marks) {
    if (groups.empty() || m - groups.back().second > kMarkGroupSlack)
      groups.emplace_back(m, m);
    else
      groups.back().second = m;
  }
  if (groups.size() != 2) return -1;
  const auto& [l0, l1] = groups[0];
  const auto& [r0, r1] = groups[1];
  // Each group on its own column's side of the other column's word, and
  // the groups about as far apart as the columns' words.
  if (l1 >= right_x0 || r0 <= left_x1 || r0 - l1 < kMarkGroupsApart * (right_x0 - left_x0))
    return -1;
  if (x0 >= l0 && x0 <= l1) return 0;
  if (x0 >= r0 && x0 <= r1) return 1;
  return -1;
}

void MarkShared(const std::vector<bool>& filled, std::vector<Placement>* placed) {
  std::map<std::string, int> count;
  bool undecided = false;  // a value of the row stands between two columns
  for (size_t k = 0; k < placed->size(); ++k) {
    const Placement& p = (*placed)[k];
    if (filled[k] && p.ambiguous) undecided = true;
    if (!filled[k] || p.ambiguous || p.column.empty()) continue;
    ++count[p.column];
  }
  for (size_t k = 0; k < placed->size(); ++k) {
    Placement& p = (*placed)[k];
    if (!filled[k] || p.ambiguous || p.column.empty()) continue;
    if (count[p.column] >= 2) {
      p.doubt = {p.by_nearness ? "doubt.shared_nearest" : "doubt.shared_under",
                 {{"first", ColumnRef(p.column)}}};
    } else if (p.by_nearness && undecided) {
      p.doubt = {"doubt.nearest_in_undecided_row", {{"first", ColumnRef(p.column)}}};
    } else {
      continue;
    }
    p.ambiguous = true;
    p.column.clear();
  }
}

void MarkPastHeader(const std::vector<bool>& value, std::vector<Placement>* placed) {
  bool past = false;
  for (size_t k = 0; k < placed->size(); ++k) past = past || (value[k] && (*placed)[k].past_header);
  if (!past) return;
  for (size_t k = 0; k < placed->size(); ++k) {
    Placement& p = (*placed)[k];
    if (!value[k] || (p.ambiguous && !p.past_header)) continue;
    p.ambiguous = true;
    p.column.clear();
    p.doubt = {"doubt.row_wider", {}};
  }
}

namespace {

/// True when the boxes (`boxes`: indexes into `row`, two or more, one per
/// choice column of `columns`) stand glued one to the next, each starting
/// where the one before ends (a dump that writes each cell's box with no
/// padding: "☐☒" under "Ja Nej"), and the run overlaps the choice columns'
/// span from the first's start to the last's end.
bool GluedRunUnder(const ColumnHeader& header, const std::vector<size_t>& columns,
                   const std::vector<const Cell*>& row, const std::vector<size_t>& boxes) {
  if (boxes.size() < 2) return false;
  for (size_t i = 0; i + 1 < boxes.size(); ++i)
    if (std::abs(row[boxes[i + 1]]->x0 - row[boxes[i]]->x1) > kGluedGap) return false;
  return row[boxes.back()]->x1 > header.x0[columns.front()] &&
         row[boxes.front()]->x0 < header.x1[columns.back()];
}

}  // namespace

void PlaceBoxesInOrder(const ColumnHeader& header, const std::set<std::string>& value_columns,
                       const std::vector<const Cell*>& row, std::vector<Placement>* placed) {
  std::vector<size_t> columns;
  for (size_t j = 0; j < header.names.size(); ++j)
    if ((!header.positional || header.x0[j] >= 0) && !header.names[j].empty() &&
        !value_columns.count(header.names[j]))
      columns.push_back(j);
  std::vector<size_t> boxes;
  for (size_t k = 0; k < row.size(); ++k) {
    if ((row[k]->x0 < 0) == header.positional) return;
    if (row[k]->checkbox != CheckboxState::kNone) boxes.push_back(k);
  }
  if (boxes.empty() || boxes.size() != columns.size()) return;
  // Without positions, the row's boxes are its choice columns' in order.
  if (!header.positional) {
    for (size_t i = 0; i < boxes.size(); ++i) {
      Placement& p = (*placed)[boxes[i]];
      p = Placement();
      p.column = header.names[columns[i]];
    }
    return;
  }
  if (GluedRunUnder(header, columns, row, boxes)) {
    for (size_t i = 0; i < boxes.size(); ++i) {
      Placement& p = (*placed)[boxes[i]];
      p = Placement();
      p.column = header.names[columns[i]];
    }
    return;
  }
  for (size_t i = 0; i < boxes.size(); ++i) {
    const Cell& c = *row[boxes[i]];
    // Each box stands right of its own header's start, and left of the
    // next choice column's header end.
    if (c.x1 < header.x0[columns[i]]) return;
    if (i + 1 < columns.size() && c.x0 > header.x1[columns[i + 1]]) return;
  }
  for (size_t i = 0; i < boxes.size(); ++i) {
    Placement& p = (*placed)[boxes[i]];
    p = Placement();
    p.column = header.names[columns[i]];
  }
}

std::vector<size_t> PlaceStackedValues(const std::vector<bool>& text_columns, bool rows_follow,
                                       const std::vector<StackedCell>& values) {
  std::vector<size_t> out;
  size_t row = 0;  // rows below the label taken so far (the label's own: 0)
  for (const StackedCell& v : values) {
    if (v.blank_lines < 0 || v.blank_lines > kSkippedRowBlankLines) return {};
    if (v.blank_lines > 0 && !rows_follow) return {};
    // The rows it may stand in: the next, or, after blank lines, any later one.
    size_t first = v.blank_lines == 0 ? row + 1 : row + 2;
    size_t last = v.blank_lines == 0 ? row + 1 : text_columns.size();
    if (v.exact) first = last = row + 1 + static_cast<size_t>(v.blank_lines);
    size_t found = 0, count = 0;
    for (size_t r = first; r <= last && r <= text_columns.size(); ++r)
      if (text_columns[r - 1] == v.text) {
        found = r;
        ++count;
      }
    if (count != 1) return {};
    out.push_back(found - 1);
    row = found;
  }
  return out;
}

namespace {

/// Whether a word of a cell on a line of `beside` starts at column `x` (a
/// cell's start, or a word one space or more inside it: "148" of "230 148").
bool WordStartsBeside(double x, const std::vector<const Line*>& beside) {
  if (x < 0) return false;
  for (const Line* l : beside)
    for (const Cell& c : l->cells) {
      if (c.x0 < 0 || c.text.empty()) continue;
      for (size_t i = 0; i < c.text.size(); ++i)
        if ((i == 0 || c.text[i - 1] == ' ') && c.text[i] != ' ' &&
            c.x0 + static_cast<double>(CodePointCount(std::string_view(c.text).substr(0, i))) == x)
          return true;
    }
  return false;
}

/// A word of a row's cell, cut out as a cell of its own: its text and its
/// column.
Cell WordPiece(const Cell& c, size_t at, size_t end) {
  Cell piece = c;
  piece.text = c.text.substr(at, end - at);
  piece.fold = piece.text;
  piece.x0 = c.x0 + static_cast<double>(CodePointCount(std::string_view(c.text).substr(0, at)));
  piece.x1 = piece.x0 + static_cast<double>(CodePointCount(piece.text));
  return piece;
}

/// The words of `c`, each a WordPiece, in order.
std::vector<Cell> WordPieces(const Cell& c) {
  std::vector<Cell> words;
  for (size_t a = 0; a < c.text.size();) {
    size_t b = std::min(c.text.find(' ', a), c.text.size());
    if (b > a) words.push_back(WordPiece(c, a, b));
    a = b + 1;
  }
  return words;
}

/// PlaceUnderSpacedWords' reading of a row whose label ends in counts: the
/// first of them where the first column's word starts, it and every count
/// after it (the label's, then the other cells') one a column in order, as
/// many as the columns, each later one where its column's word starts or
/// where a word of a line of `beside` starts ("därav mellan 18 och 29 år 3
/// 0" under "Antal nya klienter  9 4", "Kvinnor Män" over a table above
/// laid out at other widths: w3m lays each table out alone), the first no
/// thousands group of the label's word before it ("år 1 234"). True when
/// placed, `*out` and `*pieces` then holding them.
bool PlaceLabelCountsInOrder(const ColumnHeader& header, const std::vector<size_t>& columns,
                             const Cell* label, const std::vector<const Cell*>& filled,
                             const std::vector<const Line*>& beside, unsigned long long most,
                             std::deque<Cell>* pieces,
                             std::vector<std::pair<std::string, const Cell*>>* out) {
  if (!label || label->x0 < 0 || columns.empty()) return false;
  const std::vector<Cell> words = WordPieces(*label);
  size_t run = words.size();
  while (run > 0 && IsCountCell(words[run - 1].text)) --run;
  size_t first = run;
  while (first < words.size() && words[first].x0 != header.x0[columns[0]]) ++first;
  if (first == words.size() || first == 0 ||
      MayBeDigitGroup(words[first - 1].text, words[first].text, most))
    return false;
  std::vector<Cell> seq(words.begin() + static_cast<std::ptrdiff_t>(first), words.end());
  for (const Cell* c : filled)
    for (Cell& w : WordPieces(*c)) {
      if (!IsCountCell(w.text)) return false;
      seq.push_back(std::move(w));
    }
  if (seq.size() != columns.size()) return false;
  for (size_t i = 1; i < seq.size(); ++i)
    if (seq[i].x0 != header.x0[columns[i]] && !WordStartsBeside(seq[i].x0, beside)) return false;
  for (size_t i = 0; i < seq.size(); ++i) {
    pieces->push_back(std::move(seq[i]));
    out->emplace_back(header.names[columns[i]], &pieces->back());
  }
  return true;
}

}  // namespace

bool GroupsMayBeColumns(const Cell& cell, const std::vector<const Line*>& beside) {
  if (cell.x0 < 0) return false;
  // The columns where the second and later groups start; none unless the
  // text is digits and single spaces only, a digit at each end.
  const std::string& t = cell.text;
  std::vector<double> starts;
  for (size_t i = 0; i < t.size(); ++i) {
    const bool digit = IsAsciiDigit(t[i]);
    if (!digit && !(t[i] == ' ' && i > 0 && i + 1 < t.size() && t[i - 1] != ' ' && t[i + 1] != ' '))
      return false;
    if (t[i] == ' ') starts.push_back(cell.x0 + static_cast<double>(i + 1));
  }
  for (const Line* l : beside)
    for (const Cell& c : l->cells)
      if (!c.text.empty() && std::find(starts.begin(), starts.end(), c.x0) != starts.end())
        return true;
  return false;
}

bool IsCountCell(const std::string& t) {
  size_t digits = 0;
  while (digits < t.size() && IsAsciiDigit(t[digits])) ++digits;
  if (digits == 0) return false;
  if (digits == t.size()) return true;
  if (t[digits] != ',' && t[digits] != '.') return false;
  const size_t decimals = t.size() - digits - 1;
  if (decimals < 1 || decimals > 2) return false;
  for (size_t i = digits + 1; i < t.size(); ++i)
    if (!IsAsciiDigit(t[i])) return false;
  return true;
}

bool GroupsPastMost(const std::string& cell, double value, unsigned long long most) {
  if (most == ULLONG_MAX || value <= static_cast<double>(most)) return false;
  for (size_t i = 1; i + 1 < cell.size(); ++i)
    if ((cell[i] == ' ' || cell[i] == '.') && IsAsciiDigit(cell[i - 1]) &&
        IsAsciiDigit(cell[i + 1]))
      return true;
  return false;
}

bool MayBeDigitGroup(const std::string& prev, const std::string& next, unsigned long long most) {
  auto digits = [](const std::string& t, size_t least, size_t longest) {
    return t.size() >= least && t.size() <= longest &&
           std::all_of(t.begin(), t.end(), IsAsciiDigit);
  };
  return digits(next, 3, 3) && digits(prev, 1, 3) && std::stoull(prev + next) <= most;
}

bool PlaceUnderSpacedWords(const ColumnHeader& header, const std::vector<Cell>& cells, size_t from,
                           const std::vector<const Line*>& beside, unsigned long long most,
                           std::deque<Cell>* pieces,
                           std::vector<std::pair<std::string, const Cell*>>* out,
                           std::vector<MessagePart>* doubts) {
  if (!header.spaced_words) return false;
  std::vector<const Cell*> filled;
  for (size_t j = from; j < cells.size(); ++j) {
    if (cells[j].checkbox != CheckboxState::kNone) return false;
    if (!cells[j].text.empty()) filled.push_back(&cells[j]);
  }
  std::vector<size_t> columns;  // the named columns, in order
  for (size_t j = 0; j < header.names.size(); ++j)
    if (!header.names[j].empty() && header.x0[j] >= 0) columns.push_back(j);
  const Cell* label = from > 0 ? &cells[from - 1] : nullptr;
  if (PlaceLabelCountsInOrder(header, columns, label, filled, beside, most, pieces, out))
    return true;
  // The label's last word, a count one space after it, where a column's
  // word starts: the column's cell, its label cut short before it
  // ("Ange antalet personliga ombud 1" under "Antal kvinnor").
  std::vector<std::pair<std::string, const Cell*>> placed;
  if (const size_t sp = label ? label->text.rfind(' ') : std::string::npos;
      sp != std::string::npos && sp > 0 && label->x0 >= 0 &&
      IsCountCell(label->text.substr(sp + 1))) {
    const double at =
        label->x0 + static_cast<double>(CodePointCount(label->text.substr(0, sp + 1)));
    for (size_t j : columns)
      if (at == header.x0[j]) {
        Cell piece = *label;
        piece.text = label->text.substr(sp + 1);
        piece.fold = piece.text;
        piece.x0 = at;
        pieces->push_back(std::move(piece));
        placed.emplace_back(header.names[j], &pieces->back());
        filled.insert(filled.begin(), &pieces->back());
      }
  }
  const bool label_placed = !placed.empty();
  // Each cell one word where a column's word starts.
  for (size_t k = label_placed ? 1 : 0; k < filled.size(); ++k)
    for (size_t j : columns)
      if (filled[k]->x0 >= 0 && filled[k]->x0 == header.x0[j] &&
          filled[k]->text.find(' ') == std::string::npos)
        placed.emplace_back(header.names[j], filled[k]);
  if (placed.size() == filled.size() && !(header.own_widths && placed.size() < columns.size())) {
    out->insert(out->end(), placed.begin(), placed.end());
    return true;
  }
  if (header.own_widths && placed.size() == filled.size()) {
    for (const auto& [name, c] : placed)
      doubts->push_back({"doubt.own_widths", {{"raw", "'" + c->text + "'"}}});
    return true;
  }
  if (label_placed) filled.erase(filled.begin());
  // Else the words in order, one a column.
  std::vector<Cell> words;
  bool counts = true;
  for (const Cell* c : filled) {
    const std::string& t = c->text;
    std::string before;
    for (size_t a = 0; a < t.size();) {
      size_t b = t.find(' ', a);
      if (b == std::string::npos) b = t.size();
      if (b > a) {
        const std::string w = t.substr(a, b - a);
        counts =
            counts && IsCountCell(w) &&
            (before.empty() || !MayBeDigitGroup(before, w, most) || GroupsMayBeColumns(*c, beside));
        Cell piece = *c;
        piece.text = w;
        piece.fold = w;
        piece.x0 = c->x0 < 0 ? c->x0 : c->x0 + static_cast<double>(a);
        piece.x1 = c->x0 < 0 ? c->x1 : piece.x0 + static_cast<double>(w.size());
        words.push_back(std::move(piece));
        before = w;
      }
      a = b + 1;
    }
  }
  if (counts && !label_placed && words.size() == columns.size()) {
    for (size_t i = 0; i < words.size(); ++i) {
      pieces->push_back(std::move(words[i]));
      out->emplace_back(header.names[columns[i]], &pieces->back());
    }
    return true;
  }
  for (const Cell* c : filled)
    doubts->push_back({"doubt.spaced_words", {{"raw", "'" + c->text + "'"}}});
  return true;
}

}  // namespace redovis
