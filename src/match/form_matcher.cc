#include "match/form_matcher.h"

#include <cmath>
#include <set>

#include "base/text_util.h"
#include "match/value_assigner.h"
#include "match/value_parser.h"
#include "patterns/regex.h"

namespace redovis {

namespace {

/// A line with its cells as ICU strings, converted once.
struct LineView {
  const Line* line = nullptr;
  std::vector<icu::UnicodeString> cells;
  int first = -1;  ///< index of the first non-blank cell, -1 for a blank line
};

/// The active column header of a table.
struct ColumnHeader {
  std::vector<std::string> names;  ///< column name per cell index ("" for none)
  std::vector<double> x0, x1;      ///< extent per cell index (PDF), -1 when unknown
  bool positional = false;
  /// The header stood one cell per line ("\tJa" / "\tNej"): rows stand so too.
  bool vertical = false;
};

/// One marked-or-not option line.
struct OptionHit {
  std::string value;
  bool marked = false;
  size_t line = 0;
  const Rule* rule = nullptr;
};

/// The state of one walk over one report's lines.
class MatchRun {
 public:
  MatchRun(const PatternSet& ps, const Normaliser& norm, const Document& doc, const Segment& seg,
           Record* rec)
      : ps_(ps),
        ed_(*seg.edition),
        norm_(norm),
        parser_(ps.vocabulary()),
        doc_(doc),
        seg_(seg),
        assigner_(ps, norm, parser_, rec) {}

  void Run();

 private:
  const SectionHeading* MatchHeading(const LineView& v) const;
  bool ParseHeader(const LineView& v, ColumnHeader* out) const;
  bool ParseVerticalHeader(size_t idx, ColumnHeader* out, size_t* last) const;
  static bool IsLoneCell(const LineView& v);
  std::vector<std::pair<std::string, const Cell*>> RowCells(size_t idx);
  bool IsStructuralCell(const icu::UnicodeString& cell, const std::string& fold) const;
  bool IsStructuralLine(size_t idx) const;
  std::string ColumnAt(const LineView& v, size_t cell) const;
  bool IsMarked(const Cell& cell) const;
  std::string Interpolate(const std::string& key) const;
  std::string RightValue(const LineView& v, size_t cell) const;
  std::string NextLineValue(size_t idx, size_t cell);
  bool StackedValue(size_t idx, std::string* out);
  bool ApplyRules(size_t idx);
  void ApplyField(const Rule& r, size_t idx, size_t cell, const RegexMatch& m);
  void ApplyRow(const Rule& r, size_t idx);
  void ApplyOption(const Rule& r, size_t idx, size_t cell, bool leading_mark);
  void StartText(const Rule& r, size_t idx, size_t cell, const RegexMatch& m);
  void FinishText();
  void ResolveOptions();
  const LineView& View(size_t idx) const { return views_[idx - seg_.begin]; }

  const PatternSet& ps_;
  const Edition& ed_;
  const Normaliser& norm_;
  ValueParser parser_;
  const Document& doc_;
  const Segment& seg_;
  ValueAssigner assigner_;

  mutable MatcherCache cache_;  ///< this report's matchers
  std::vector<LineView> views_;
  std::string section_ = "head";
  std::vector<const Rule*> rules_;
  std::map<std::string, std::string> vars_;
  ColumnHeader header_;
  bool has_header_ = false;
  std::set<size_t> consumed_;

  struct Running {
    bool active = false;
    const Rule* rule = nullptr;
    std::string key;
    size_t line = 0;
    std::vector<std::string> lines;
  } text_;
  std::vector<std::pair<std::string, std::vector<OptionHit>>> options_;
};

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
    if (!name.empty())
      ++named;
    else if (!c.text.empty() && static_cast<int>(i) != v.first)
      ++other;
    if (!c.text.empty() && (parser_.IsMark(c.text) || c.checkbox != CheckboxState::kNone))
      return false;
    h.names.push_back(name);
    h.x0.push_back(c.x0);
    h.x1.push_back(c.x1);
    if (!name.empty() && c.x0 >= 0) h.positional = true;
  }
  if (named < 2 || other > 0) return false;
  *out = h;
  return true;
}

bool MatchRun::IsLoneCell(const LineView& v) {
  // One empty lead cell (no check box in it), one cell of text, and nothing
  // after but padding: empty cells without check boxes.
  const auto& cells = v.line->cells;
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
    std::string name = parser_.ColumnOf(v.line->cells[1].text, v.line->cells[1].fold);
    if (name.empty()) break;
    h.names.push_back(name);
    *last = k;
  }
  if (h.names.size() < 2) return false;
  *out = h;
  return true;
}

std::vector<std::pair<std::string, const Cell*>> MatchRun::RowCells(size_t idx) {
  std::vector<std::pair<std::string, const Cell*>> out;
  const LineView& v = View(idx);
  bool has_values = false;
  for (size_t j = static_cast<size_t>(v.first) + 1; j < v.line->cells.size(); ++j)
    if (!v.line->cells[j].text.empty() || v.line->cells[j].checkbox != CheckboxState::kNone)
      has_values = true;
  if (!header_.vertical || has_values) {
    for (size_t j = static_cast<size_t>(v.first) + 1; j < v.line->cells.size(); ++j) {
      std::string col = ColumnAt(v, j);
      if (!col.empty()) out.emplace_back(col, &v.line->cells[j]);
    }
    return out;
  }
  // A vertical row: the values are the next lone cells, one per column.
  size_t want = header_.names.size();
  for (size_t k = idx + 1; k < seg_.end && out.size() < want; ++k) {
    const LineView& n = View(k);
    if (n.first < 0 && !IsLoneCell(n)) continue;
    if (!IsLoneCell(n) || IsStructuralCell(n.cells[1], n.line->cells[1].fold)) break;
    out.emplace_back(header_.names[out.size()], &n.line->cells[1]);
    consumed_.insert(k);
  }
  return out;
}

bool MatchRun::IsStructuralCell(const icu::UnicodeString& cell, const std::string& fold) const {
  if (cell.isEmpty()) return false;
  for (const Rule* r : rules_)
    if (MayMatch(r->regex, fold) && RegexFind(r->regex, cell, nullptr, &cache_)) return true;
  for (const SectionHeading& h : ed_.sections)
    if (MayMatch(h.regex, fold) && RegexFind(h.regex, cell, nullptr, &cache_)) return true;
  return false;
}

bool MatchRun::IsStructuralLine(size_t idx) const {
  const LineView& v = View(idx);
  ColumnHeader ignored;
  if (ParseHeader(v, &ignored)) return true;
  for (size_t c = 0; c < v.cells.size(); ++c)
    if (IsStructuralCell(v.cells[c], v.line->cells[c].fold)) return true;
  return false;
}

std::string MatchRun::ColumnAt(const LineView& v, size_t cell) const {
  if (!has_header_) return "";
  const Cell& c = v.line->cells[cell];
  if (header_.positional && c.x0 >= 0) {
    double mid = (c.x0 + c.x1) / 2;
    std::string best;
    double best_d = 1e9;
    for (size_t j = 0; j < header_.names.size(); ++j) {
      if (header_.names[j].empty() || header_.x0[j] < 0) continue;
      double hx0 = header_.x0[j], hx1 = header_.x1[j];
      double d = mid < hx0 ? hx0 - mid : (mid > hx1 ? mid - hx1 : 0);
      if (d < best_d) {
        best_d = d;
        best = header_.names[j];
      }
    }
    return best_d <= 40 ? best : "";
  }
  return cell < header_.names.size() ? header_.names[cell] : "";
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
    return v.first >= 0 && v.line->cells.size() == 1 && IsStructuralLine(k);
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

std::string MatchRun::NextLineValue(size_t idx, size_t cell) {
  std::string stacked;
  if (StackedValue(idx, &stacked)) return stacked;
  size_t looked = 0;
  for (size_t k = idx + 1; k < seg_.end && looked < 6; ++k, ++looked) {
    const LineView& v = View(k);
    // Furniture found by repetition may still be the value ("Socialnämnden").
    if (v.first < 0 || v.line->role == LineRole::kFootnote) continue;
    if (IsStructuralLine(k)) return "";
    consumed_.insert(k);
    if (v.line->cells.size() == 1) return v.line->cells[0].text;
    if (cell < v.line->cells.size() && !v.line->cells[cell].text.empty())
      return v.line->cells[cell].text;
    return "";
  }
  return "";
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
  if (r.regex.groups >= 1 && m.groups.size() > 1) raw = Trim(m.groups[1]);
  if (raw.empty() && !r.same_cell_only && !r.whole_line) {
    raw = RightValue(v, cell);
    // A mark belongs on its label's line: never look for one on the next line.
    const FieldSpec* spec = keys.empty() ? nullptr : ps_.catalogue().Find(keys[0]);
    bool mark = spec && spec->type == FieldType::kBool;
    if (raw.empty() && !mark) raw = NextLineValue(idx, cell);
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
  if (!has_header_) return;
  std::set<std::string> marked;
  for (const auto& [col, cell] : RowCells(idx)) {
    const Cell& c = *cell;
    auto ck = r.column_keys.find(col);
    if (ck != r.column_keys.end()) {
      std::string key = Interpolate(ck->second);
      if (!c.text.empty() && !key.empty()) {
        assigner_.Assign(key, c.text, r, *v.line);
        double n;
        if (!r.choice_key.empty() && parser_.ParseNumber(c.text, &n) && n > 0) marked.insert(col);
      } else if (c.checkbox == CheckboxState::kChecked && !r.choice_key.empty()) {
        marked.insert(col);
      }
      continue;
    }
    if (r.choice_key.empty()) continue;
    if (IsMarked(c)) {
      marked.insert(col);
    } else if (!c.text.empty() && c.checkbox == CheckboxState::kNone) {
      assigner_.AddFinding("warning", "unreadable_mark", {Interpolate(r.choice_key)},
                           "the mark '" + c.text + "' under '" + col + "' is not a check mark",
                           *v.line);
    }
  }
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
  };
  std::vector<Hit> hits;
  for (const Rule* r : rules_) {
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
        hits.push_back({r, c, m, false});
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
  if (hits.empty()) return false;
  FinishText();
  for (const Hit& h : hits)
    for (const auto& [var, value] : h.rule->sets) vars_[var] = value;
  for (const Hit& h : hits) {
    switch (h.rule->kind) {
      case RuleKind::kField:
        ApplyField(*h.rule, idx, h.cell, h.match);
        break;
      case RuleKind::kRow:
        ApplyRow(*h.rule, idx);
        break;
      case RuleKind::kOption:
        ApplyOption(*h.rule, idx, h.cell, h.leading_mark);
        break;
      case RuleKind::kText:
        StartText(*h.rule, idx, h.cell, h.match);
        break;
      case RuleKind::kIgnore:
        break;
    }
  }
  return true;
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
  for (size_t idx = seg_.begin; idx < seg_.end; ++idx) {
    if (consumed_.count(idx)) continue;
    const LineView& v = View(idx);
    if (v.line->role == LineRole::kFootnote) continue;
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
      idx = header_end;
      continue;
    }
    if (ApplyRules(idx)) continue;
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

}  // namespace

void FormMatcher::Match(const Document& doc, const Segment& segment, Record* record) const {
  if (!segment.edition) return;
  MatchRun run(patterns_, normaliser_, doc, segment, record);
  run.Run();
}

}  // namespace redovis
