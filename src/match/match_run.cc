// The steps of one walk over a report's lines. See match_run.h.
#include "match/match_run.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <deque>
#include <set>

#include "base/text_util.h"
#include "match/column_placement.h"
#include "match/label_match.h"
#include "match/value_assigner.h"
#include "match/value_parser.h"
#include "patterns/regex.h"

namespace redovis {

const SectionHeading* MatchRun::MatchHeading(const LineView& v) const {
  if (v.first < 0) return nullptr;
  const std::string& fold = v.line->cells[v.first].fold;
  for (const SectionHeading& h : ed_.sections)
    if (MayMatch(h.regex, fold) && RegexFind(h.regex, v.cells[v.first], nullptr, &cache_))
      return &h;
  return nullptr;
}

bool MatchRun::ParseHeader(const LineView& v, ColumnHeader* out) const {
  ColumnHeader h;
  int named = 0, other = 0;
  for (size_t i = 0; i < v.line->cells.size(); ++i) {
    const Cell& c = v.line->cells[i];
    std::string name = c.text.empty() ? "" : parser_.ColumnOf(c.text, c.fold);
    if (name == kIgnoredColumn)
      name.clear();  // a comment or sum column: known, never read
    else if (!name.empty())
      ++named;
    else if (!c.text.empty() && static_cast<int>(i) != v.first)
      ++other;
    if (!c.text.empty() && (parser_.IsMark(c.text) || c.checkbox != CheckboxState::kNone))
      return false;
    h.ignored.push_back(!c.text.empty() && name.empty() &&
                        parser_.ColumnOf(c.text, c.fold) == kIgnoredColumn);
    h.names.push_back(name);
    h.unread.push_back(false);
    h.x0.push_back(c.x0);
    h.x1.push_back(c.x1);
    if (!name.empty() && c.x0 >= 0) h.positional = true;
  }
  if (named >= 2 && other == 0) {
    *out = h;
    return true;
  }
  // With positions, a header one of whose words did not read ("Kvinn" / "or"
  // wrapped in its cell): a new table all the same, its unread columns known
  // by their extent so that nothing under them goes to a neighbour.
  if (named < 1 || other < 1 || !h.positional || named + other < 2) return false;
  if (IsStructuralCell(v.cells[v.first], v.line->cells[v.first].fold)) return false;
  double n;
  for (size_t i = static_cast<size_t>(v.first) + 1; i < v.line->cells.size(); ++i) {
    const Cell& c = v.line->cells[i];
    if (c.text.empty()) continue;
    if (parser_.ParseNumber(c.text, &n) || c.text.find(' ') != std::string::npos) return false;
    if (h.names[i].empty() && !h.ignored[i]) h.unread[i] = true;
  }
  *out = h;
  return true;
}

bool MatchRun::IsLoneCell(const LineView& v) {
  // One empty lead cell (no check box in it), one cell of text, and nothing
  // after but padding: empty cells without check boxes. A format with
  // positions drops empty cells: there, one positioned cell alone.
  const auto& cells = v.line->cells;
  if (cells.size() == 1 && cells[0].x0 >= 0 && cells[0].checkbox == CheckboxState::kNone)
    return true;
  if (cells.size() < 2 || !cells[0].text.empty() || cells[0].checkbox != CheckboxState::kNone)
    return false;
  for (size_t j = 2; j < cells.size(); ++j)
    if (!cells[j].text.empty() || cells[j].checkbox != CheckboxState::kNone) return false;
  return true;
}

bool MatchRun::ParseVerticalHeader(size_t idx, ColumnHeader* out, size_t* last) const {
  // Two or more lines, each one tab-prefixed cell holding a column word.
  ColumnHeader h;
  h.vertical = true;
  size_t k = idx;
  for (; k < seg_.end; ++k) {
    const LineView& v = View(k);
    if (v.first < 0) continue;
    if (!IsLoneCell(v)) break;
    const Cell& c = v.line->cells[LoneAt(v)];
    std::string name = parser_.ColumnOf(c.text, c.fold);
    if (name.empty() || name == kIgnoredColumn) break;
    h.names.push_back(name);
    *last = k;
  }
  if (h.names.size() < 2) return false;
  *out = h;
  return true;
}

std::vector<std::pair<std::string, const Cell*>> MatchRun::RowCells(size_t idx, const Rule& r,
                                                                    std::string* ambiguous) {
  std::vector<std::pair<std::string, const Cell*>> out;
  const LineView& v = View(idx);
  bool has_values = false;
  for (size_t j = static_cast<size_t>(v.first) + 1; j < v.line->cells.size(); ++j)
    if (!v.line->cells[j].text.empty() || v.line->cells[j].checkbox != CheckboxState::kNone)
      has_values = true;
  if (!header_.vertical || has_values) {
    std::vector<size_t> cells;
    std::vector<Placement> placed;
    for (size_t j = static_cast<size_t>(v.first) + 1; j < v.line->cells.size(); ++j) {
      cells.push_back(j);
      placed.push_back(ColumnAt(v, j));
    }
    std::vector<Placement> by_position = placed;
    OrderPlacements(v, r, cells, &placed);
    for (size_t k = 0; k < cells.size(); ++k) {
      const Cell& c = v.line->cells[cells[k]];
      if (c.checkbox != CheckboxState::kNone && !c.text.empty() && !placed[k].ambiguous &&
          !by_position[k].ambiguous && placed[k].column != by_position[k].column) {
        // A box flush against the rule, joined to the next column's text
        // ("[ ] RSMH"): the box in its column by order, the text by position.
        Cell& box = synthetic_.emplace_back(c);
        box.text.clear();
        box.fold.clear();
        Cell& text = synthetic_.emplace_back(c);
        text.checkbox = CheckboxState::kNone;
        if (!placed[k].column.empty()) out.emplace_back(placed[k].column, &box);
        if (!by_position[k].column.empty()) out.emplace_back(by_position[k].column, &text);
        continue;
      }
      if (placed[k].ambiguous) {
        if (!c.text.empty() || c.checkbox == CheckboxState::kChecked)
          *ambiguous += (ambiguous->empty() ? "" : "; ") + std::string("'") +
                        (c.text.empty() ? "[checked box]" : c.text) + "' between " +
                        placed[k].between;
        continue;
      }
      if (!placed[k].column.empty()) out.emplace_back(placed[k].column, &c);
    }
    return out;
  }
  // A vertical row: the values are the next lone cells, one per column.
  size_t want = header_.names.size();
  bool positional = false;
  for (size_t k = idx + 1; k < seg_.end && out.size() < want; ++k) {
    const LineView& n = View(k);
    if (n.first < 0 && !IsLoneCell(n)) continue;
    if (!IsLoneCell(n)) break;
    size_t at = LoneAt(n);
    const Cell& c = n.line->cells[at];
    if (IsStructuralCell(n.cells[at], c.fold)) break;
    // A positioned cell alone on its line (a PDF; text split at runs of
    // spaces) comes from a format where an empty cell leaves no line. A cell
    // after its row's empty lead cell (a drawn table in text) is a table row
    // whose empty cells are kept, as in Word: an empty one is a value too.
    bool drops_empty = c.x0 >= 0 && n.line->cells.size() == 1;
    positional = positional || drops_empty;
    // Where empty cells leave no line, only marks and numbers are values.
    double num;
    if (drops_empty && !parser_.IsMark(c.text) && !parser_.ParseNumber(c.text, &num) &&
        header_.names[out.size()] != "names")
      break;
    out.emplace_back(header_.names[out.size()], &c);
    consumed_.insert(k);
  }
  if (positional && !out.empty() && out.size() < want) {
    // The format dropped the empty cells: which column each value stood in
    // cannot be told.
    for (const auto& [col, cell] : out)
      *ambiguous += (ambiguous->empty() ? "'" : "; '") + cell->text + "'";
    *ambiguous += " on their own lines below a header of " + std::to_string(want) +
                  " columns stacked on lines of their own";
    out.clear();
  }
  return out;
}

bool MatchRun::IsStructuralCell(const icu::UnicodeString& cell, const std::string& fold) const {
  if (cell.isEmpty()) return false;
  for (const Rule* r : rules_)
    if (MayMatch(r->regex, fold) && RegexFind(r->regex, cell, nullptr, &cache_)) return true;
  for (const SectionHeading& h : ed_.sections)
    if (MayMatch(h.regex, fold) && RegexFind(h.regex, cell, nullptr, &cache_)) return true;
  LabelMatch near = MatchLabelTolerantly(rules_, cell, Tolerance());
  return !near.hits.empty() || !near.ambiguous.empty();
}

bool MatchRun::IsStructuralLine(size_t idx) const {
  const LineView& v = View(idx);
  ColumnHeader ignored;
  if (ParseHeader(v, &ignored)) return true;
  for (size_t c = 0; c < v.cells.size(); ++c)
    if (IsStructuralCell(v.cells[c], v.line->cells[c].fold)) return true;
  return false;
}

Placement MatchRun::ColumnAt(const LineView& v, size_t cell) const {
  if (!has_header_) return Placement();
  return PlaceCell(header_, v.line->cells[cell], cell);
}

void MatchRun::OrderPlacements(const LineView& v, const Rule& r, const std::vector<size_t>& cells,
                               std::vector<Placement>* placed) const {
  if (r.choice_key.empty()) return;
  std::vector<const Cell*> row;
  for (size_t k : cells) row.push_back(&v.line->cells[k]);
  std::set<std::string> value_columns;
  for (const auto& [col, key] : r.column_keys) value_columns.insert(col);
  PlaceBoxesInOrder(header_, value_columns, row, placed);
}

bool MatchRun::IsMarked(const Cell& cell) const {
  if (cell.checkbox == CheckboxState::kChecked) return true;
  if (cell.checkbox == CheckboxState::kUnchecked) return false;
  return parser_.IsMark(cell.text);
}

std::string MatchRun::Interpolate(const std::string& key) const {
  std::string out;
  for (size_t i = 0; i < key.size(); ++i) {
    if (key[i] == '{') {
      size_t close = key.find('}', i);
      if (close == std::string::npos) return "";
      auto it = vars_.find(key.substr(i + 1, close - i - 1));
      if (it == vars_.end()) return "";  // the variable is not set here
      out += it->second;
      i = close;
    } else {
      out += key[i];
    }
  }
  return out;
}

std::string MatchRun::RightValue(const LineView& v, size_t cell) const {
  for (size_t j = cell + 1; j < v.cells.size(); ++j) {
    if (v.cells[j].isEmpty()) continue;
    if (IsStructuralCell(v.cells[j], v.line->cells[j].fold)) return "";
    return v.line->cells[j].text;
  }
  return "";
}

// Labels stacked one per line with their values stacked after them in the
// same order, as a table row exported one cell per line gives them
// ("Beviljat statsbidrag, kr" / "Årsanställningar, ..." / "804 246:-" /
// "2,0"): the k-th label gets the k-th value. Only when exactly as many
// one-cell lines follow the stack as it has labels, up to a blank or
// structural line. Returns false when NextLineValue's own way applies.
bool MatchRun::StackedValue(size_t idx, std::string* out) {
  auto label = [&](size_t k) {
    const LineView& v = View(k);
    // A note the form prints (an ignore rule's line) waits for no value of its own.
    return v.first >= 0 && v.line->cells.size() == 1 && IsStructuralLine(k) && !IsNoteLine(k);
  };
  if (!label(idx)) return false;
  size_t a = idx, b = idx;
  while (a > seg_.begin && label(a - 1)) --a;
  while (b + 1 < seg_.end && label(b + 1)) ++b;
  if (a == b) return false;
  size_t n = b - a + 1, k = b + 1;
  for (; k < seg_.end && k <= b + n; ++k) {
    const LineView& v = View(k);
    if (v.first < 0 || v.line->cells.size() != 1 || IsStructuralLine(k)) break;
  }
  out->clear();
  // Not as many values as labels: the last label (a heading or a label with
  // no answer of its own above it) takes the next line as before; the others
  // take nothing.
  bool exact = k == b + 1 + n && !(k < seg_.end && View(k).first >= 0 && !IsStructuralLine(k));
  if (!exact) return idx != b;
  size_t value = b + 1 + (idx - a);
  consumed_.insert(value);
  *out = View(value).line->cells[0].text;
  return true;
}

bool MatchRun::AfterBareLabel(size_t idx) const {
  // Labels stacked on lines of their own, then their values ("Beviljat
  // statsbidrag, kr" / "Årsanställningar ..." / "804 246:-" / "2,00"): which
  // value is whose cannot be told once the table's columns are gone.
  if (View(idx).line->cells.size() != 1) return false;
  for (size_t k = idx; k-- > seg_.begin;) {
    const LineView& p = View(k);
    if (p.first < 0) continue;
    if (p.line->cells.size() != 1) return false;
    for (const Rule* r : rules_) {
      if (r->kind != RuleKind::kField) continue;
      RegexMatch m;
      if (!RegexFind(r->regex, p.cells[0], &m, &cache_)) continue;
      // A bare label: nothing after it on its line.
      return m.groups.size() < 2 || Trim(m.groups[1]).empty();
    }
    return false;
  }
  return false;
}

bool MatchRun::IsYesNoRow(const Rule& r) const {
  if (r.kind != RuleKind::kRow || r.choice_key.empty()) return false;
  for (const auto& [col, key] : r.column_keys)
    if (col != "names") return false;  // counts under columns: a bullet tells no column
  const FieldSpec* spec = ps_.catalogue().Find(r.choice_key);
  return spec && spec->type == FieldType::kBool;
}

bool MatchRun::IsNoteLine(size_t idx) const {
  const LineView& v = View(idx);
  if (v.first < 0 || FilledCells(*v.line) != 1) return false;
  bool ignored = false;
  for (const Rule* r : rules_) {
    if (!MayMatch(r->regex, v.line->cells[v.first].fold) ||
        !RegexFind(r->regex, v.cells[v.first], nullptr, &cache_))
      continue;
    if (r->kind != RuleKind::kIgnore) return false;
    ignored = true;
  }
  return ignored;
}

std::string MatchRun::NextLineValue(size_t idx, size_t cell, bool want_number) {
  // Stacked labels with exactly as many stacked values take them in order;
  // otherwise a bare label under another bare label takes nothing.
  std::string stacked;
  if (StackedValue(idx, &stacked)) return stacked;
  if (AfterBareLabel(idx)) return "";
  const Cell& label = View(idx).line->cells[cell];
  size_t looked = 0;
  for (size_t k = idx + 1; k < seg_.end && looked < 6; ++k, ++looked) {
    const LineView& v = View(k);
    // Furniture found by repetition may still be the value ("Socialnämnden").
    if (v.first < 0 || v.line->role == LineRole::kFootnote) continue;
    // A note the form prints under a label that asks for a number ("Anges
    // med två decimaler ..."): the label's own second line, its answer after it.
    if (want_number && IsNoteLine(k)) continue;
    if (IsStructuralLine(k)) return "";
    if (label.x0 >= 0 && v.line->cells[0].x0 >= 0 && FilledCells(*View(idx).line) > 1) {
      // With positions, in a row of several labels: the value stands under
      // its label (a drawn table's empty cells are no labels). A line with
      // nothing under the label holds another column's text (its label's
      // second line); words where a number is asked are this label's own
      // second line. Either way the value is on a later line.
      const Cell* under = nullptr;
      for (const Cell& c : v.line->cells)
        if (!c.text.empty() && std::min(c.x1, label.x1) > std::max(c.x0, label.x0)) {
          if (under) return "";  // two cells under one label: not a value
          under = &c;
        }
      double n;
      if (!under || (want_number && !parser_.ParseNumber(under->text, &n) &&
                     !std::isdigit(static_cast<unsigned char>(under->text[0]))))
        continue;
      consumed_.insert(k);
      return under->text;
    }
    consumed_.insert(k);
    if (v.line->cells.size() == 1) return v.line->cells[0].text;
    if (cell < v.line->cells.size() && !v.line->cells[cell].text.empty())
      return v.line->cells[cell].text;
    return "";
  }
  return "";
}

std::string MatchRun::CutTrailingLabel(const std::string& value) const {
  // Two cells the reader set on one line ("Kristinavägen 6 Postnummer"): a
  // bare label of this section at the end of a value is not part of it.
  for (size_t sp = value.find(' '); sp != std::string::npos; sp = value.find(' ', sp + 1)) {
    std::string tail = Trim(value.substr(sp + 1));
    if (tail.empty()) break;
    icu::UnicodeString u = U(tail);
    // A label starts with a capital ("Postnummer"); "Tyresö kommun" is a name.
    if (!u_isupper(u.char32At(0))) continue;
    for (const Rule* r : rules_) {
      RegexMatch m;
      if (r->kind != RuleKind::kField || !RegexFind(r->regex, u, &m, &cache_) || m.start != 0)
        continue;
      bool bare = m.groups.size() < 2 || Trim(m.groups[1]).empty();
      if (bare) return Trim(value.substr(0, sp));
    }
  }
  return value;
}

void MatchRun::ApplyField(const Rule& r, size_t idx, size_t cell, const RegexMatch& m) {
  const LineView& v = View(idx);
  std::vector<std::string> keys;
  for (const std::string& k : r.keys) keys.push_back(Interpolate(k));
  if (r.keys.size() > 1 && r.split.groups == 0) {
    // One key per capture group.
    for (size_t k = 0; k < keys.size(); ++k)
      if (k + 1 < m.groups.size() && !keys[k].empty())
        assigner_.Assign(keys[k], Trim(m.groups[k + 1]), r, *v.line, k);
    return;
  }
  std::string raw;
  if (r.regex.groups >= 1 && m.groups.size() > 1) raw = CutTrailingLabel(Trim(m.groups[1]));
  if (r.regex.groups == 0 && !r.whole_line) {
    // "Label: value" where the rule names no group: the rest after the colon.
    // The label's own words may run on before the colon the rule did not spell out.
    std::string after = Trim(Utf8(v.cells[cell].tempSubString(m.end)));
    size_t colon = after.find(':');
    if (colon != std::string::npos) raw = Trim(after.substr(colon + 1));
  }
  // "Label: value": the colon after a label is punctuation, not the value.
  while (!raw.empty() && raw[0] == ':') raw = Trim(raw.substr(1));
  const FieldSpec* spec = keys.empty() ? nullptr : ps_.catalogue().Find(keys[0]);
  bool number = spec && (spec->type == FieldType::kInt || spec->type == FieldType::kDecimal);
  // In a positioned row of labels, words without a digit after a label that
  // asks for a number are the label's own words, wrapped ("... Anges med två").
  if (number && v.line->cells.size() > 1 && v.line->cells[cell].x0 >= 0 &&
      raw.find_first_of("0123456789") == std::string::npos)
    raw.clear();
  if (raw.empty() && !r.same_cell_only && !r.whole_line) {
    raw = RightValue(v, cell);
    // A mark belongs on its label's line: never look for one on the next line.
    bool mark = spec && spec->type == FieldType::kBool;
    if (raw.empty() && !mark) raw = NextLineValue(idx, cell, number);
  }
  raw = Trim(raw);
  if (raw.empty()) return;
  if (r.split.groups > 0) {
    RegexMatch sm;
    if (RegexFind(r.split, raw, &sm, &cache_)) {
      for (size_t k = 0; k < keys.size(); ++k)
        if (k + 1 < sm.groups.size() && !keys[k].empty())
          assigner_.Assign(keys[k], Trim(sm.groups[k + 1]), r, *v.line, k);
    } else if (!keys.empty() && !keys.back().empty()) {
      // The last key takes the unsplit text.
      assigner_.Assign(keys.back(), raw, r, *v.line, keys.size() - 1);
    }
    return;
  }
  if (!keys.empty() && !keys[0].empty()) assigner_.Assign(keys[0], raw, r, *v.line);
}

void MatchRun::ApplyRow(const Rule& r, size_t idx) {
  const LineView& v = View(idx);
  if (!has_header_) {
    ApplyInlineRow(r, idx);
    return;
  }
  if (LoneAt(v) == 0 && v.line->cells.size() == 1 && !header_.vertical && ApplyInlineRow(r, idx))
    return;
  std::set<std::string> marked;
  std::string ambiguous;
  auto cells = RowCells(idx, r, &ambiguous);
  bool any_value = false;
  for (const auto& [col, cell] : cells) {
    const Cell& c = *cell;
    if (!c.text.empty() || c.checkbox == CheckboxState::kChecked) any_value = true;
    auto ck = r.column_keys.find(col);
    if (ck != r.column_keys.end()) {
      std::string key = Interpolate(ck->second);
      double count;
      if (!r.choice_key.empty() &&
          (c.checkbox == CheckboxState::kChecked ||
           (parser_.IsMark(c.text) && !parser_.ParseNumber(c.text, &count)))) {
        // A mark where a number is asked (the 2023 queue: one municipality
        // writes X under Ja): the column is chosen, the count is not given.
        marked.insert(col);
        continue;
      }
      if (!c.text.empty() && !key.empty()) {
        assigner_.Assign(key, c.text, r, *v.line);
        double n;
        if (!r.choice_key.empty() && parser_.ParseNumber(c.text, &n) && n > 0) marked.insert(col);
      }
      continue;
    }
    if (r.choice_key.empty()) continue;
    if (IsMarked(c)) {
      marked.insert(col);
    } else if (!c.text.empty() && c.checkbox == CheckboxState::kNone) {
      assigner_.AddFinding("warning", "unreadable_mark", {Interpolate(r.choice_key)},
                           "unreadable_mark_column", {{"raw", c.text}, {"column", col}}, *v.line);
    }
  }
  std::vector<std::string> keys;
  if (!r.choice_key.empty()) keys.push_back(Interpolate(r.choice_key));
  for (const auto& [col, key] : r.column_keys) keys.push_back(Interpolate(key));
  if (!ambiguous.empty()) {
    // Precision first: a value whose column cannot be told leaves the row's
    // keys unread.
    assigner_.AddFinding("warning", "ambiguous_column", keys, "ambiguous_column",
                         {{"raw", ambiguous}}, *v.line);
    return;
  }
  if (!any_value && ApplyInlineRow(r, idx)) return;
  if (r.choice_key.empty()) return;
  std::string key = Interpolate(r.choice_key);
  if (key.empty()) return;
  assigner_.AssignChoice(key, std::vector<std::string>(marked.begin(), marked.end()), r, *v.line);
}

void MatchRun::ApplyOption(const Rule& r, size_t idx, size_t cell, bool leading_mark) {
  const LineView& v = View(idx);
  bool marked = leading_mark || v.line->cells[cell].checkbox == CheckboxState::kChecked;
  for (size_t j = 0; j < v.line->cells.size() && !marked; ++j)
    if (j != cell && IsMarked(v.line->cells[j])) marked = true;
  std::string key = Interpolate(r.keys[0]);
  if (key.empty()) return;
  OptionHit hit{r.option_value, marked, idx, &r};
  for (auto& [k, hits] : options_) {
    if (k == key) {
      hits.push_back(hit);
      return;
    }
  }
  options_.push_back({key, {hit}});
}

void MatchRun::StartText(const Rule& r, size_t idx, size_t cell, const RegexMatch& m) {
  const LineView& v = View(idx);
  std::string first;
  if (r.regex.groups >= 1 && m.groups.size() > 1) {
    first = m.groups[1];
  } else {
    first = Utf8(v.cells[cell].tempSubString(m.end));
  }
  first = Trim(first);
  for (size_t j = cell + 1; j < v.line->cells.size(); ++j) {
    const Cell& c = v.line->cells[j];
    if (c.text.empty() || IsMarked(c) || IsStructuralCell(v.cells[j], c.fold)) continue;
    first = first.empty() ? c.text : first + " " + c.text;
  }
  text_ = Running();
  text_.active = true;
  text_.rule = &r;
  text_.key = Interpolate(r.keys[0]);
  text_.line = idx;
  if (!first.empty()) text_.lines.push_back(first);
  if (r.same_cell_only) FinishText();
}

void MatchRun::FinishText() {
  if (!text_.active) return;
  text_.active = false;
  // A cell's own line breaks are joined like the lines of a paragraph.
  std::vector<std::string> lines;
  for (const std::string& l : text_.lines) {
    size_t b = 0;
    for (size_t nl = l.find('\n'); nl != std::string::npos; nl = l.find('\n', b)) {
      lines.push_back(l.substr(b, nl - b));
      b = nl + 1;
    }
    lines.push_back(l.substr(b));
  }
  std::string value = Trim(norm_.JoinAnswerLines(lines));
  if (value.empty() || text_.key.empty()) return;
  assigner_.Assign(text_.key, value, *text_.rule, *View(text_.line).line);
}

bool MatchRun::ApplyRules(size_t idx) {
  const LineView& v = View(idx);
  struct Hit {
    const Rule* rule;
    size_t cell;
    RegexMatch match;
    bool leading_mark;
    bool bullet = false;  ///< listed after a bullet: chosen
  };
  std::vector<Hit> hits;
  // A list item ("- Boende", "• Ekonomi"): the option or row it names is chosen.
  icu::UnicodeString item;
  if (v.first >= 0) {
    for (const Pattern& b : ps_.vocabulary().bullets) {
      RegexMatch bm;
      if (RegexFind(b, v.cells[v.first], &bm, &cache_) && bm.start == 0 && bm.end > 0) {
        item = v.cells[v.first].tempSubString(bm.end);
        break;
      }
    }
  }
  for (const Rule* r : rules_) {
    if (!item.isEmpty() && (r->kind == RuleKind::kOption || IsYesNoRow(*r))) {
      RegexMatch m;
      if (RegexFind(r->regex, item, &m, &cache_)) {
        hits.push_back({r, static_cast<size_t>(v.first), m, true, true});
        continue;
      }
    }
    if (r->kind == RuleKind::kRow) {
      RegexMatch m;
      if (v.first >= 0 && MayMatch(r->regex, v.line->cells[v.first].fold) &&
          RegexFind(r->regex, v.cells[v.first], &m, &cache_))
        hits.push_back({r, static_cast<size_t>(v.first), m, false});
      continue;
    }
    if (r->whole_line) {
      RegexMatch m;
      if (RegexFind(r->regex, U(v.line->Text()), &m, &cache_)) hits.push_back({r, 0, m, false});
      continue;
    }
    for (size_t c = 0; c < v.cells.size(); ++c) {
      if (v.cells[c].isEmpty()) continue;
      RegexMatch m;
      if (MayMatch(r->regex, v.line->cells[c].fold) &&
          RegexFind(r->regex, v.cells[c], &m, &cache_)) {
        // An option's pattern may match past a mark typed before it ("X Verksamheten ...").
        const std::string& t = v.line->cells[c].text;
        size_t sp = t.find(' ');
        bool leading = r->kind == RuleKind::kOption && sp != std::string::npos &&
                       parser_.IsMark(t.substr(0, sp));
        hits.push_back({r, c, m, leading});
        break;
      }
      if (r->kind == RuleKind::kOption) {
        // "x Kan inte bedöma": a mark and its option in one cell.
        const std::string& t = v.line->cells[c].text;
        size_t sp = t.find(' ');
        if (sp != std::string::npos && parser_.IsMark(t.substr(0, sp)) &&
            RegexFind(r->regex, t.substr(sp + 1), &m, &cache_)) {
          hits.push_back({r, c, m, true});
          break;
        }
      }
    }
  }
  if (hits.empty() && v.first >= 0) {
    // No regex matched: the first cell may still be a label, written a
    // little differently from the form (label_tolerance in common.rules).
    LabelMatch near = MatchLabelTolerantly(rules_, v.cells[v.first], Tolerance());
    if (!near.ambiguous.empty()) {
      FinishText();
      std::vector<std::string> keys;
      std::string labels;
      for (const Rule* r : near.ambiguous) {
        for (const std::string& k : r->keys) keys.push_back(Interpolate(k));
        if (!r->choice_key.empty()) keys.push_back(Interpolate(r->choice_key));
        for (const auto& [col, key] : r->column_keys) keys.push_back(Interpolate(key));
        labels += (labels.empty() ? "'" : ", '") + r->label + "'";
      }
      assigner_.AddFinding("warning", "ambiguous_label", keys, "ambiguous_label",
                           {{"raw", v.line->cells[v.first].text}, {"labels", labels}}, *v.line);
      return true;
    }
    for (const auto& [r, m] : near.hits)
      hits.push_back({r, static_cast<size_t>(v.first), m, false});
  }
  if (hits.empty()) return false;
  if (observer_)
    for (const Hit& h : hits) observer_->OnRule(idx, h.cell, *h.rule);
  FinishText();
  for (const Hit& h : hits)
    for (const auto& [var, value] : h.rule->sets) vars_[var] = value;
  bool field = false;
  for (const Hit& h : hits) field = field || h.rule->kind == RuleKind::kField;
  for (const Hit& h : hits) {
    // Where the form asks for these keys, answered or not (for the checker).
    std::vector<std::string> keys = HitKeys(*h.rule);
    std::string label = h.rule->whole_line ? v.line->Text() : v.line->cells[h.cell].text;
    size_t values = assigner_.record().values.size(), findings = assigner_.record().findings.size();
    for (const std::string& key : keys) assigner_.NotePlace(key, label, *v.line);
    switch (h.rule->kind) {
      case RuleKind::kField:
        ApplyField(*h.rule, idx, h.cell, h.match);
        break;
      case RuleKind::kRow:
        if (h.bullet) {
          // Listed: yes. What is not listed stays unknown.
          std::string key = Interpolate(h.rule->choice_key);
          if (!key.empty()) assigner_.AssignChoice(key, {"yes"}, *h.rule, *v.line);
          break;
        }
        ApplyRow(*h.rule, idx);
        break;
      case RuleKind::kOption:
        ApplyOption(*h.rule, idx, h.cell, h.leading_mark);
        break;
      case RuleKind::kText:
        StartText(*h.rule, idx, h.cell, h.match);
        // A field on the same question takes its value from the next line
        // and consumes it; the text's answer starts there all the same.
        text_.after_field = field;
        break;
      case RuleKind::kIgnore:
        break;
    }
    // A row whose line holds more than its label, but nothing was read from
    // it: the answer is there and the tool could not read it.
    bool read = assigner_.record().values.size() != values ||
                assigner_.record().findings.size() != findings;
    // Rows only: after a field's label stand other labels as often as answers.
    if (!read && h.rule->kind == RuleKind::kRow && HoldsMoreThanLabel(v, v.first, h.match.end))
      for (const std::string& key : keys) assigner_.MarkUnplaced(key, *v.line);
  }
  return true;
}

std::vector<std::string> MatchRun::HitKeys(const Rule& r) const {
  std::vector<std::string> keys;
  for (const std::string& k : r.keys) keys.push_back(Interpolate(k));
  for (const auto& [col, k] : r.column_keys) keys.push_back(Interpolate(k));
  if (!r.choice_key.empty()) keys.push_back(Interpolate(r.choice_key));
  keys.erase(std::remove(keys.begin(), keys.end(), std::string()), keys.end());
  return keys;
}

bool MatchRun::HoldsMoreThanLabel(const LineView& v, int cell, int32_t label_end) const {
  if (cell < 0) return false;
  auto answer = [&](std::string t) {
    t = Trim(t);
    while (!t.empty() && (t[0] == ':' || t[0] == '?' || t[0] == '.')) t = Trim(t.substr(1));
    return !t.empty() && !AnyFind(ps_.vocabulary().blank_answers, U(t));
  };
  // The rest of the label's own cell ("Totalt antal klienter  49  32" as one cell).
  if (answer(Utf8(v.cells[static_cast<size_t>(cell)].tempSubString(label_end)))) return true;
  for (size_t j = static_cast<size_t>(cell) + 1; j < v.line->cells.size(); ++j)
    if (answer(v.line->cells[j].text)) return true;
  return false;
}

void MatchRun::ResolveOptions() {
  for (const auto& [key, hits] : options_) {
    std::vector<std::string> values;
    const OptionHit* first_marked = nullptr;
    for (const OptionHit& h : hits)
      if (h.marked) {
        values.push_back(h.value);
        if (!first_marked) first_marked = &h;
      }
    const OptionHit& where = first_marked ? *first_marked : hits.front();
    assigner_.AssignChoice(key, values, *where.rule, *View(where.line).line, /*from_options=*/true);
  }
}

void MatchRun::Run() {
  views_.resize(seg_.end - seg_.begin);
  for (size_t i = seg_.begin; i < seg_.end; ++i) {
    LineView& v = views_[i - seg_.begin];
    v.line = &doc_.lines[i];
    for (size_t c = 0; c < v.line->cells.size(); ++c) {
      v.cells.push_back(U(v.line->cells[c].text));
      if (v.first < 0 && !v.line->cells[c].text.empty()) v.first = static_cast<int>(c);
    }
  }
  rules_ = ed_.RulesIn(section_);
  if (observer_) observer_->OnReport(seg_);
  for (size_t idx = seg_.begin; idx < seg_.end; ++idx) {
    const LineView& v = View(idx);
    if (consumed_.count(idx)) {
      if (text_.active && text_.after_field && v.line->role == LineRole::kContent)
        text_.lines.push_back(v.line->Text());
      Observe(idx, LineUse::kConsumed);
      continue;
    }
    if (v.line->role == LineRole::kFootnote) {
      Observe(idx, LineUse::kSkipped);
      continue;
    }
    if (v.first < 0) {
      if (text_.active) text_.lines.push_back("");
      continue;
    }
    if (const SectionHeading* h = MatchHeading(v)) {
      FinishText();
      section_ = h->name;
      vars_.clear();
      has_header_ = false;
      rules_ = ed_.RulesIn(section_);
      Observe(idx, LineUse::kHeading);
      ApplyRules(idx);
      continue;
    }
    ColumnHeader header;
    size_t header_end = idx;
    if (ParseHeader(v, &header) ||
        (IsLoneCell(v) && ParseVerticalHeader(idx, &header, &header_end))) {
      FinishText();
      header_ = header;
      has_header_ = true;
      for (size_t k = idx; k <= header_end; ++k) Observe(k, LineUse::kColumnHeader);
      idx = header_end;
      continue;
    }
    if (ApplyRules(idx)) {
      Observe(idx, LineUse::kRule);
      continue;
    }
    Observe(idx, text_.active && v.line->role == LineRole::kContent ? LineUse::kAnswerText
                                                                    : LineUse::kUnmatched);
    if (text_.active && v.line->role == LineRole::kContent) {
      std::string joined;
      for (const Cell& c : v.line->cells)
        if (!c.text.empty()) joined += (joined.empty() ? "" : " ") + c.text;
      text_.lines.push_back(joined);
    }
  }
  FinishText();
  ResolveOptions();
}

}  // namespace redovis
