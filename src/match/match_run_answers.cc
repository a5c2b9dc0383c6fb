// One walk over a report's lines, its answers: a field's value beside, below or after its label,
// marked options and free text running over lines. See match_run.h.
#include <unicode/uchar.h>

#include <algorithm>
#include <cmath>
#include <deque>
#include <set>
#include <string_view>

#include "base/text_util.h"
#include "base/utf8.h"
#include "match/column_placement.h"
#include "match/label_match.h"
#include "match/match_run.h"
#include "match/staggered_wrap.h"
#include "match/value_assigner.h"
#include "match/value_parser.h"
#include "patterns/regex.h"
#include "read/text/wrapped_lines.h"
#include "segment/segmenter.h"

namespace redovis {
std::string WithoutLabelPunctuation(std::string raw) {
  for (std::string before; before != raw;) {
    before = raw;
    while (!raw.empty() && raw[0] == ':') raw = Trim(raw.substr(1));
    for (std::string dash : {"- ", "\u2013 ", "\u2014 "})
      if (raw.rfind(dash, 0) == 0) raw = Trim(raw.substr(dash.size()));
  }
  if (raw.size() >= 2 && raw.front() == '(' && raw.back() == ')' &&
      raw.find_first_of("()", 1) == raw.size() - 1)
    raw = Trim(raw.substr(1, raw.size() - 2));
  return raw;
}

std::string MatchRun::Interpolate(const std::string& key) const {
  return InterpolateIn(key, vars_);
}

std::string MatchRun::InterpolateIn(const std::string& key,
                                    const std::map<std::string, std::string>& vars) {
  std::string out;
  // The text between the variables is copied a run at a time.
  for (size_t i = 0; i < key.size();) {
    size_t open = key.find('{', i);
    if (open == std::string::npos) {
      out.append(key, i, std::string::npos);
      break;
    }
    out.append(key, i, open - i);
    size_t close = key.find('}', open);
    if (close == std::string::npos) return "";
    auto it = vars.find(key.substr(open + 1, close - open - 1));
    if (it == vars.end()) return "";  // the variable is not set here
    out += it->second;
    i = close + 1;
  }
  return out;
}

std::string MatchRun::RightValue(const LineView& v, size_t cell) const {
  for (size_t j = cell + 1; j < v.cells.size(); ++j) {
    if (v.cells[j].isEmpty()) continue;
    if (IsStructuralCell(v.cells[j], v.Fold(j))) return "";
    return v.line->cells[j].text;
  }
  return "";
}

// Labels stacked one per line with their values stacked after them in the
// same order, as a table row exported one cell per line gives them
// ("Beviljat statsbidrag, kr" / "Årsanställningar, ..." / "804 246:-" /
// "2,0"): the k-th label gets the k-th value. Only when exactly as many
// one-cell lines follow the stack as it has labels, up to a blank or
// structural line; a label with its own answer on its line is no part of the
// stack. Returns false when NextLineValue's own way applies.
bool MatchRun::StackedValue(size_t idx, std::string* out, const Line** from) {
  auto stacked = [&](size_t k) {
    const LineView& v = View(k);
    // A note the form prints (an ignore rule's line) waits for no value of its
    // own, nor does a section's heading: the labels of a row start after it.
    return v.first >= 0 && v.line->cells.size() == 1 && IsStructuralLine(k) && !IsNoteLine(k) &&
           !MatchHeading(v);
  };
  // A label with its own answer on its line ("Kommun: Tyresö") waits for no
  // value below: it is no label of the stack.
  auto answered = [&](size_t k) {
    const std::string& t = View(k).line->cells[0].text;
    size_t colon = t.find(": ");
    return colon != std::string::npos && !Trim(t.substr(colon + 2)).empty() && !IsBareLabel(t);
  };
  auto label = [&](size_t k) { return stacked(k) && !answered(k); };
  if (!label(idx)) return false;
  size_t a = idx, b = idx;
  while (a > seg_.begin && label(a - 1)) --a;
  while (b + 1 < seg_.end && label(b + 1)) ++b;
  if (a == b) return false;
  // Next to labels answered on their own lines the text was typed without
  // tables: stacked bare labels there are no table row exported one cell a
  // line, and their values are not taken in order.
  bool typed = (a > seg_.begin && stacked(a - 1)) || (b + 1 < seg_.end && stacked(b + 1));
  size_t n = b - a + 1, k = b + 1;
  for (; k < seg_.end && k <= b + n; ++k) {
    const LineView& v = View(k);
    if (v.first < 0 || v.line->cells.size() != 1 || IsStructuralLine(k)) break;
  }
  out->clear();
  // Not as many values as labels: the last label (a heading or a label with
  // no answer of its own above it) takes the next line as before; the others
  // take nothing.
  bool exact =
      !typed && k == b + 1 + n && !(k < seg_.end && View(k).first >= 0 && !IsStructuralLine(k));
  if (!exact) return idx != b;
  size_t value = b + 1 + (idx - a);
  consumed_.insert(value);
  *out = View(value).line->cells[0].text;
  if (from) *from = View(value).line;
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
    if (!MayMatch(r->regex, v.Fold(static_cast<size_t>(v.first))) ||
        !RegexFind(r->regex, v.cells[v.first], nullptr, &cache_))
      continue;
    if (r->kind != RuleKind::kIgnore) return false;
    ignored = true;
  }
  return ignored;
}

namespace {

// The one filled cell of `line` whose extent overlaps `label`'s; nullptr for
// none, two, or cells without positions.
const Cell* OneCellUnder(const Line& line, const Cell& label) {
  const Cell* under = nullptr;
  for (const Cell& c : line.cells) {
    if (c.text.empty() || c.x0 < 0 || std::min(c.x1, label.x1) <= std::max(c.x0, label.x0))
      continue;
    if (under) return nullptr;
    under = &c;
  }
  return under;
}

}  // namespace

std::string MatchRun::NextLineValue(size_t idx, size_t cell, bool want_number, const Line** from) {
  // Stacked labels with exactly as many stacked values take them in order;
  // otherwise a bare label under another bare label takes nothing.
  std::string stacked;
  if (StackedValue(idx, &stacked, from)) return stacked;
  if (OrderedPairValue(idx, &stacked, from)) return stacked;
  if (AfterBareLabel(idx)) return "";
  const Cell& label = View(idx).line->cells[cell];
  size_t looked = 0;
  for (size_t k = idx + 1; k < seg_.end && looked < 6; ++k, ++looked) {
    const LineView& v = View(k);
    // Furniture found by repetition may still be the value ("Socialnämnden"),
    // but not a running header or footer at a page's edge (a browser's
    // address and page number).
    if (v.first < 0 || v.line->role == LineRole::kFootnote || AtPageEdge(k)) continue;
    if (PageLeftOutBetween(idx, k)) return "";
    // A note the form prints under a label that asks for a number ("Anges
    // med två decimaler ..."): the label's own second line, its answer after it.
    if (want_number && IsNoteLine(k)) continue;
    if (IsStructuralLine(k) || IsOrderedTableCell(k) || MatchHeading(v)) return "";
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
      if (!under ||
          (want_number && !parser_.ParseNumber(under->text, &n) && !IsAsciiDigit(under->text[0])))
        continue;
      // Text under the label on the next line too, no label of the form: the
      // value's cell wrapped in its column, or a cell of the next row whose
      // label stands elsewhere (a text browser's table has no rules between
      // rows); which cannot be told, and the first line alone may be a piece.
      if (!want_number) {
        if (std::string more = TextUnder(k + 1, label); !more.empty()) {
          undecided_below_ = {under->text, more};
          return "";
        }
      }
      consumed_.insert(k);
      if (from) *from = v.line;
      return under->text;
    }
    consumed_.insert(k);
    if (from) *from = v.line;
    if (v.line->cells.size() == 1) return v.line->cells[0].text;
    // With positions, a label alone on its line over a row of several cells
    // (columns staggered half a line: "Postort" over "Stadshuset  VÄSTERÅS"):
    // the one cell under the label is its value, whatever its index.
    if (const Cell* under = label.x0 >= 0 ? OneCellUnder(*v.line, label) : nullptr)
      return under->text;
    if (cell < v.line->cells.size() && !v.line->cells[cell].text.empty())
      return v.line->cells[cell].text;
    return "";
  }
  return "";
}

std::string MatchRun::TextUnder(size_t k, const Cell& label) const {
  if (k >= seg_.end) return "";
  const LineView& v = View(k);
  if (v.first < 0 || v.line->cells[0].x0 < 0) return "";
  for (const Cell& c : v.line->cells)
    if (!c.text.empty() && std::min(c.x1, label.x1) > std::max(c.x0, label.x0))
      return IsBareLabel(c.text) || !LabelInside("- " + c.text).empty() ? "" : c.text;
  return "";
}

std::string MatchRun::YesNoWordBelow(size_t idx, const Line** from) {
  size_t k = idx + 1;
  if (k < seg_.end && View(k).first < 0) ++k;
  if (k >= seg_.end || consumed_.count(k) || PageLeftOutBetween(idx, k)) return "";
  const LineView& n = View(k);
  // Furniture found by repetition may still be the answer ("JA" on many lines).
  if (n.first < 0 || FilledCells(*n.line) != 1 || n.line->role == LineRole::kFootnote ||
      AtPageEdge(k) || IsStructuralLine(k) || MatchHeading(n))
    return "";
  const Cell& c = n.line->cells[static_cast<size_t>(n.first)];
  if (c.checkbox != CheckboxState::kNone || parser_.IsMark(c.text)) return "";
  std::string word = Trim(c.text);
  while (!word.empty() && (word.back() == '.' || word.back() == '!')) word.pop_back();
  if (word.empty() || word.find_first_of(" \t,") != std::string::npos) return "";
  std::string col = parser_.ColumnOf(word);
  if (col != "yes" && col != "no") return "";
  // "Ja" / "Nej" one a line: a table's header, no answer.
  for (size_t j = k + 1; j < seg_.end && j <= k + 2; ++j) {
    const LineView& after = View(j);
    if (after.first < 0) continue;
    if (!parser_.ColumnOf(after.line->cells[static_cast<size_t>(after.first)].text).empty())
      return "";
    break;
  }
  consumed_.insert(k);
  if (from) *from = n.line;
  return word;
}

std::string MatchRun::CutTrailingLabel(const std::string& value, const Rule* text,
                                       std::string* cut_label, const Rule** cut_by) const {
  // Two cells the reader set on one line ("Kristinavägen 6 Postnummer"): a
  // bare label of this section at the end of a value is not part of it. A
  // text answer's cell may end in the next question's wording after a
  // sentence ("... 3 h per tillfälle. Om nej, ange varför."): that question
  // is cut off too.
  for (size_t sp = value.find(' '); sp != std::string::npos; sp = value.find(' ', sp + 1)) {
    std::string tail = Trim(value.substr(sp + 1));
    if (tail.empty()) break;
    if (text && (sp == 0 || (value[sp - 1] != '.' && value[sp - 1] != '?'))) continue;
    icu::UnicodeString u = U(tail);
    // A label starts with a capital ("Postnummer"); "Tyresö kommun" is a name.
    if (!u_isupper(u.char32At(0))) continue;
    for (const Rule* r : rules_) {
      RegexMatch m;
      bool kind = r->kind == RuleKind::kField || (text && r->kind == RuleKind::kText && r != text);
      if (!kind || !RegexFind(r->regex, u, &m, &cache_) || m.start != 0) continue;
      // A text rule's label is bare when nothing but punctuation follows it.
      if (r->kind == RuleKind::kText) {
        bool rest = false;
        for (int32_t i = m.end; i < u.length(); ++i)
          rest |= !u_isspace(u.char32At(i)) && !u_ispunct(u.char32At(i));
        if (rest) continue;
      } else if (m.groups.size() >= 2 && !Trim(m.groups[1]).empty()) {
        continue;
      }
      if (cut_label) *cut_label = tail;
      if (cut_by) *cut_by = r;
      return Trim(value.substr(0, sp));
    }
  }
  return value;
}

std::string MatchRun::CutLabelGoesOn(size_t idx, const std::string& label, const Rule& rule) const {
  size_t k = idx + 1;
  if (k >= seg_.end || View(k).first < 0) return "";
  const std::string next = View(k).line->SpacedText();
  icu::UnicodeString joined = U(label + " " + next);
  RegexMatch m;
  if (next.empty() || !RegexFind(rule.regex, joined, &m, &cache_) || m.start != 0) return "";
  // The label's wording: the match up to the answer's group at its end.
  int32_t end = m.end;
  if (m.groups.size() >= 2) {
    icu::UnicodeString answer = U(m.groups[1]);
    if (joined.tempSubString(m.end - answer.length(), answer.length()) != answer) return "";
    end -= answer.length();
  }
  while (end > 0 && u_isspace(joined.char32At(end - 1))) --end;
  return end > U(label).length() ? next : "";
}

bool MatchRun::IsBareLabel(const std::string& text) const {
  // A pure function of the text for this report's edition: the walk asks it
  // of the same cells again and again (each line's neighbours), so it is
  // answered once per text.
  auto known = bare_labels_.find(text);
  if (known != bare_labels_.end()) return known->second;
  bool answer = DecideBareLabel(text, all_rules_);
  bare_labels_.emplace(text, answer);
  return answer;
}

bool MatchRun::DecideBareLabel(const std::string& text,
                               const std::vector<const Rule*>& rules) const {
  std::string t = Trim(text);
  while (!t.empty() && (t.back() == ':' || t.back() == '.' || t.back() == '?'))
    t = Trim(t.substr(0, t.size() - 1));
  // An answer's own words ("Ja", "X"): an option's wording is a choice, not a question.
  if (t.empty() || parser_.IsMark(t) || !parser_.ColumnOf(t).empty()) return false;
  icu::UnicodeString u = U(t);
  std::string folded = Fold(t);
  for (const SectionHeading& h : ed_.sections) {
    RegexMatch m;
    if (MayMatch(h.regex, folded) && RegexFind(h.regex, u, &m, &cache_) && m.start == 0 &&
        m.end == u.length())
      return true;
  }
  for (const Rule* r : rules) {
    RegexMatch m;
    if (r->kind == RuleKind::kOption || !MayMatch(r->regex, folded) ||
        !RegexFind(r->regex, u, &m, &cache_) || m.start != 0)
      continue;
    // What the rule would take as its answer is empty: the text is the label alone.
    bool rest = Trim(Utf8(u.tempSubString(m.end))).empty();
    bool group = m.groups.size() < 2 || Trim(m.groups[1]).empty();
    if (rest && group) return true;
  }
  LabelMatch near = MatchLabelTolerantly(rules, u, Tolerance());
  for (const auto& [r, m] : near.hits)
    if (r->kind != RuleKind::kOption && m.start == 0 && Trim(Utf8(u.tempSubString(m.end))).empty())
      return true;
  return false;
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
  bool cut = false;  // a bare label cut off the end: the lines below are its
  if (r.regex.groups >= 1 && m.groups.size() > 1) {
    std::string label;
    const Rule* by = nullptr;
    raw = CutTrailingLabel(Trim(m.groups[1]), nullptr, &label, &by);
    cut = raw != Trim(m.groups[1]);
    // The label cut off goes on onto the next line: the row's cells were
    // wrapped together, and the value may go on below as well.
    if (std::string next = cut && by ? CutLabelGoesOn(idx, label, *by) : ""; !next.empty()) {
      assigner_.AddFinding("warning", "wrapped_value", keys, "wrapped_value",
                           {{"raw", raw}, {"next", next}}, *v.line);
      return;
    }
  }
  if (r.regex.groups == 0 && !r.whole_line) {
    // "Label: value" where the rule names no group: the rest after the colon.
    // The label's own words may run on before the colon the rule did not spell out.
    std::string after = Trim(Utf8(v.cells[cell].tempSubString(m.end)));
    size_t colon = after.find(':');
    if (colon != std::string::npos) raw = Trim(after.substr(colon + 1));
  }
  // "Label: value", "Label - value", "Label (value)": the colon or dash after
  // a label and brackets around the whole value are punctuation, not the value.
  raw = WithoutLabelPunctuation(raw);
  const FieldSpec* spec = keys.empty() ? nullptr : ps_.catalogue().Find(keys[0]);
  bool number = spec && (spec->type == FieldType::kInt || spec->type == FieldType::kDecimal);
  // Reading-order text: the value's cell wrapped onto the lines below its label's.
  if (!raw.empty() && !r.same_cell_only && !cut) {
    bool text = !spec || spec->type == FieldType::kText || spec->type == FieldType::kTextList;
    std::string undecided;
    raw = JoinWrappedValue(idx, cell, raw, !text, &undecided);
    std::string lost;
    if (text && !RestoreLostHyphens(&raw, &lost)) {
      std::vector<std::string> named;
      for (const std::string& k : keys)
        if (!k.empty()) named.push_back(k);
      assigner_.AddFinding("warning", "lost_hyphen", named, "lost_hyphen",
                           {{"raw", raw}, {"word", lost}}, *v.line);
      return;
    }
    if (text && r.transform.empty() && r.key_transforms.empty() &&
        RefuseJoinedDigits(keys, raw, *v.line))
      return;
    if (!undecided.empty()) {
      std::vector<std::string> named;
      for (const std::string& k : keys)
        if (!k.empty()) named.push_back(k);
      assigner_.AddFinding("warning", "wrapped_value", named, "wrapped_value",
                           {{"raw", raw}, {"next", undecided}}, *v.line);
      return;
    }
  }
  // In a positioned row of labels, words without a digit after a label that
  // asks for a number are the label's own words, wrapped ("... Anges med två").
  if (number && v.line->cells.size() > 1 && v.line->cells[cell].x0 >= 0 &&
      raw.find_first_of("0123456789") == std::string::npos)
    raw.clear();
  size_t from = cell;           // the cell of this line the value stands in, if any
  const Line* below = nullptr;  // the line below the value stands on, if so
  if (raw.empty() && !r.same_cell_only && !r.whole_line) {
    raw = RightValue(v, cell);
    while (!raw.empty() && from + 1 < v.cells.size() && v.line->cells[from].text != raw) ++from;
    // A mark belongs on its label's line: never look for one on the next
    // line. A Ja or Nej typed as a word alone under the label is its answer.
    bool mark = spec && spec->type == FieldType::kBool;
    if (raw.empty()) {
      undecided_below_ = {};
      raw = mark ? YesNoWordBelow(idx, &below) : NextLineValue(idx, cell, number, &below);
      if (raw.empty() && !undecided_below_.first.empty()) {
        assigner_.AddFinding("warning", "wrapped_value", keys, "wrapped_value",
                             {{"raw", undecided_below_.first}, {"next", undecided_below_.second}},
                             *v.line);
        return;
      }
      from = v.cells.size();  // a line below: not a cell of this line
      // A text whose margin was stripped: a label a mail may have broken off
      // the row above ("Postort" under "Utdelningsadress Vård och
      // Omsorgsförvaltningen,  Postnummer 721 87") may have that row's wrap
      // under it ("Stadshuset"), not its answer (wrapped_lines.h).
      if (!raw.empty() && below && idx > seg_.begin && MarginStripped() &&
          MayBeBrokenOff(doc_.lines, idx, WrapWidth(doc_.lines, seg_.begin, seg_.end)) &&
          (FilledCells(doc_.lines[idx - 1]) < 2 ||
           MayHaveBroken(doc_.lines[idx - 1], v.line->cells[cell].text, below->Text(),
                         WrapWidth(doc_.lines, seg_.begin, seg_.end)))) {
        assigner_.AddFinding("warning", "wrapped_value", keys, "wrapped_value",
                             {{"raw", v.line->cells[cell].text}, {"next", raw}}, *v.line);
        return;
      }
      // A label alone on its line over a line of several cells, neither with
      // positions (a tabbed row broken after its first cell): which cell
      // stands under the label is not told.
      if (!raw.empty() && below && FilledCells(*v.line) == 1 && FilledCells(*below) > 1 &&
          v.line->cells[cell].x0 < 0 && below->cells[0].x0 < 0) {
        std::string cells;
        for (const Cell& c : below->cells)
          if (!c.text.empty()) cells += (cells.empty() ? "'" : "', '") + c.text;
        assigner_.AddFinding("warning", "ambiguous_column", keys, "ambiguous_column",
                             {{"raw", cells + "'"}}, *v.line);
        return;
      }
    }
    if (raw.empty() && mark && OrderedSectionMark(r, idx, &raw, &below))
      from = v.cells.size();  // the section's one mark, on a line of its own
  }
  raw = Trim(raw);
  if (raw.empty()) return;
  if (!r.same_cell_only && from < v.cells.size()) {
    std::string undecided;
    bool text = !spec || spec->type == FieldType::kText || spec->type == FieldType::kTextList;
    raw = WrappedInColumns(idx, from, raw, !text, &undecided);
    // A row's columns staggered half a line (-fixed 6): text under the value
    // past lines beside it may be its rest or the next row (staggered_wrap.h).
    const Cell& c = v.line->cells[from];
    const size_t at = c.text.rfind(raw);
    std::vector<const Line*> after;  // the lines after, up to three beside and one more
    for (size_t k = idx + 1; k < seg_.end && k <= idx + 4 && View(k).first >= 0 &&
                             View(k).line->role != LineRole::kFurniture;
         ++k)
      after.push_back(View(k).line);
    size_t k = 0;
    const Cell* w = undecided.empty() && doc_.format == "text" && at != std::string::npos &&
                            at + raw.size() == c.text.size()
                        ? WrapPastLinesBeside(*v.line, c,
                                              c.x0 + static_cast<double>(CodePointCount(
                                                         std::string_view(c.text).substr(0, at))),
                                              after, &k)
                        : nullptr;
    // A label, heading, mark or box there: the next row, the value ended.
    if (w && !IsBareLabel(w->text) && LabelInside("- " + w->text).empty() &&
        !parser_.IsMark(w->text) && w->checkbox == CheckboxState::kNone &&
        !IsStructuralLine(idx + 1 + k) && !MatchHeading(View(idx + 1 + k)))
      undecided = w->text;
    // A number after its label in its cell: its rest may be digits a few
    // lines under it, past the other columns' lines (NumberRestUnder).
    if (undecided.empty() && doc_.format == "text" && at != std::string::npos && at > 0 &&
        at + raw.size() == c.text.size() && IsAsciiDigit(raw.back()))
      if (const Cell* g = NumberRestUnder(*v.line, c, after)) undecided = g->text;
    if (!undecided.empty()) {
      assigner_.AddFinding("warning", "wrapped_value", keys, "wrapped_value",
                           {{"raw", raw}, {"next", undecided}}, *v.line);
      return;
    }
    // A value of one short thing (a name, a phone number, an address) is
    // looked through whatever its length.
    const bool short_value = IsShortValueTransform(r.transform);
    if (std::string inside = LabelInside(raw, short_value); !inside.empty() && !keys.empty()) {
      assigner_.AddFinding("warning", "label_as_value", keys, "label_as_value",
                           {{"raw", inside}, {"label", v.line->cells[cell].text}}, *v.line);
      return;
    }
  }
  // Precision first: another question's label is never this one's answer
  // ("Kontaktperson:" / "E-post:" read as the person's name).
  std::string head = raw.substr(0, raw.find('\n'));
  if (IsBareLabel(head) && !keys.empty() && !keys[0].empty()) {
    assigner_.AddFinding("warning", "label_as_value", keys, "label_as_value",
                         {{"raw", head}, {"label", v.line->cells[cell].text}}, *v.line);
    return;
  }
  if (r.split.groups > 0) {
    RegexMatch sm;
    if (RegexFind(r.split, raw, &sm, &cache_)) {
      for (size_t k = 0; k < keys.size(); ++k)
        if (k + 1 < sm.groups.size() && !keys[k].empty())
          assigner_.Assign(keys[k], Trim(sm.groups[k + 1]), r, *v.line, k, below);
    } else if (!keys.empty() && !keys.back().empty()) {
      // The last key takes the unsplit text.
      assigner_.Assign(keys.back(), raw, r, *v.line, keys.size() - 1, below);
    }
    return;
  }
  if (!keys.empty() && !keys[0].empty()) assigner_.Assign(keys[0], raw, r, *v.line, 0, below);
}

void MatchRun::ApplyOption(const Rule& r, size_t idx, size_t cell, bool leading_mark) {
  const LineView& v = View(idx);
  bool marked = leading_mark || v.line->cells[cell].checkbox == CheckboxState::kChecked ||
                OrderedOptionMark(r, idx);
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
  first = CutTrailingLabel(Trim(first), &r);
  // A label matched within the tolerance, not by its regex, whose wording
  // runs on to the next line ("... representanter från nedanstående" /
  // "huvudmän att delta i ledningsgruppen?"): the words after the tolerant
  // match on its line are the label's own, and so is the next line.
  size_t rest = 0;
  bool label_runs_on = false;
  if (!first.empty() && r.regex.groups == 0) {
    RegexMatch alone;
    label_runs_on =
        !RegexFind(r.regex, v.cells[cell], &alone, &cache_) && LabelGoesOn(r, idx, cell, &rest);
    if (label_runs_on) first.clear();
  }
  for (size_t j = cell + 1; j < v.line->cells.size(); ++j) {
    const Cell& c = v.line->cells[j];
    if (c.text.empty() || IsMarked(c) || IsStructuralCell(v.cells[j], v.Fold(j))) continue;
    first = first.empty() ? c.text : first + " " + c.text;
  }
  // A label whose regex met the end of its line before its own last words
  // (an alternative `$`), not ending a sentence there, and whose wording ends
  // on the next line, the answer after it ("Sammanfatta ... när det gäller
  // den enskildes" / "fråga om ... och service. Svar ..."): the next line's
  // words up to there are the label's.
  size_t next = 0;
  int32_t after = 0;
  const std::string& own = v.line->cells[cell].text;
  if (first.empty() && !label_runs_on && m.end == v.cells[cell].length() && !own.empty() &&
      std::string_view(".?:!").find(own.back()) == std::string_view::npos &&
      LabelEndsOnNextLine(r, idx, cell, &next, &after)) {
    StartTextAfterWrap(r, idx, next, after);
    if (r.same_cell_only) FinishText();
    return;
  }
  BeginText(r, idx, idx, first);
  if (label_runs_on ||
      (first.empty() && m.end == v.cells[cell].length() && LabelGoesOn(r, idx, cell, &rest)))
    consumed_.insert(rest);
  if (r.same_cell_only) FinishText();
}

bool MatchRun::LabelGoesOn(const Rule& r, size_t idx, size_t cell, size_t* rest) const {
  size_t k = idx + 1;
  if (k + 1 < seg_.end && View(k).first < 0 && View(k).line->Blank()) ++k;  // one blank line
  if (k >= seg_.end || consumed_.count(k)) return false;
  *rest = k;
  const LineView& n = View(k);
  if (n.first < 0 || n.line->role != LineRole::kContent || FilledCells(*n.line) != 1 ||
      n.line->cells[n.first].checkbox != CheckboxState::kNone)
    return false;
  // The label's line and the next one as one text, with a word after them
  // that no label spells: a match that ends where the next line ends was
  // ended by the rule's own wording there, never by the end of the text.
  const icu::UnicodeString& head = View(idx).cells[cell];
  const icu::UnicodeString& tail = n.cells[n.first];
  icu::UnicodeString joined = head;
  joined.append(u' ').append(tail).append(icu::UnicodeString(u" \uFFFC"));
  RegexMatch m;
  if (!RegexFind(r.regex, joined, &m, &cache_)) return false;
  const int32_t tail_end = head.length() + 1 + tail.length();
  if (m.end <= head.length() + 1 || m.end > tail_end) return false;
  // After the wording, nothing but punctuation may stand on the line.
  for (int32_t i = m.end; i < tail_end; ++i)
    if (!u_isspace(joined.charAt(i)) && !u_ispunct(joined.charAt(i))) return false;
  return true;
}

bool MatchRun::LabelEndsOnNextLine(const Rule& r, size_t idx, size_t cell, size_t* next,
                                   int32_t* after) const {
  const LineView& v = View(idx);
  bool text = r.kind == RuleKind::kText && !r.keys.empty();
  bool note = r.kind == RuleKind::kIgnore && r.choice_key.empty();
  if (!(text || note) || r.whole_line || r.regex.groups != 0 || FilledCells(*v.line) != 1)
    return false;
  // The prefilter's literal prefix, which the line starts with or, cut by the
  // wrap, begins (MayMatch's others need the whole text).
  const std::string& prefix = r.regex.folded_prefix;
  const std::string& folded = v.Fold(cell);
  if (r.regex.anchored && !prefix.empty() &&
      prefix.compare(0, std::min(prefix.size(), folded.size()), folded, 0,
                     std::min(prefix.size(), folded.size())) != 0)
    return false;
  // The label's line and the lines after it as one text, with a word after
  // them that no label spells: a match that ends on a later line was ended
  // by the rule's own wording there, never by the end of the text.
  // A match that ends with its line may go on, in the rule's own wording
  // (an optional last part), over the whole of the line after it ("... i er
  // kommun" / "(tre första)"): that line is the label's too.
  // One blank line between two of its lines parts no label: OCR's text and
  // a dump of pdftohtml's runs set a question's lines apart so.
  icu::UnicodeString joined = v.cells[cell];
  bool found = false;
  size_t limit = idx + kLabelLinesMore;
  for (size_t k = idx + 1; k < seg_.end && k <= limit; ++k) {
    const LineView& n = View(k);
    if (n.first < 0 && n.line->Blank() && View(k - 1).first >= 0 && k + 1 < seg_.end &&
        View(k + 1).first >= 0) {
      ++limit;
      continue;
    }
    if (consumed_.count(k) || n.first < 0 || n.line->role != LineRole::kContent ||
        FilledCells(*n.line) != 1 || n.line->cells[n.first].checkbox != CheckboxState::kNone ||
        PageLeftOutBetween(idx, k))
      return found;
    const int32_t from = joined.length() + 1;
    const icu::UnicodeString& tail = n.cells[n.first];
    joined.append(u' ').append(tail);
    icu::UnicodeString probe = joined;
    probe.append(icu::UnicodeString(u" \uFFFC"));
    RegexMatch m;
    if (!RegexFind(r.regex, probe, &m, &cache_) || m.start != 0) {
      if (found) return true;
      continue;
    }
    if (m.end <= from) return found;  // ended before this line: not across the wrap
    if (m.end > from + tail.length()) {
      if (found) return true;
      continue;
    }
    const int32_t end = from + tail.length();
    if (found) {
      // The line after goes on the wording only as a whole, punctuation aside.
      for (int32_t i = m.end; i < end; ++i)
        if (!u_isspace(probe.charAt(i)) && !u_ispunct(probe.charAt(i))) return true;
    }
    *next = k;
    *after = m.end - from;
    if (m.end < end) return true;
    found = true;
  }
  return found;
}

const Rule* MatchRun::TextLabelAcrossWrap(size_t idx, size_t* next, int32_t* after) const {
  const LineView& v = View(idx);
  if (v.first < 0) return nullptr;
  const Rule* found = nullptr;
  for (const Rule* r : rules_) {
    size_t k = 0;
    int32_t a = 0;
    if (!LabelEndsOnNextLine(*r, idx, static_cast<size_t>(v.first), &k, &a)) continue;
    if (found) return nullptr;  // two questions' wordings: which one is not told
    found = r;
    *next = k;
    *after = a;
  }
  return found;
}

void MatchRun::StartTextAfterWrap(const Rule& r, size_t idx, size_t next, int32_t after) {
  const LineView& n = View(next);
  for (size_t k = idx + 1; k <= next; ++k) consumed_.insert(k);
  std::string first = CutTrailingLabel(Trim(Utf8(n.cells[n.first].tempSubString(after))), &r);
  BeginText(r, idx, next, first);
}

void MatchRun::BeginText(const Rule& r, size_t idx, size_t last, const std::string& first) {
  text_ = Running();
  text_.active = true;
  text_.rule = &r;
  text_.key = Interpolate(r.keys[0]);
  text_.line = idx;
  text_.last = last;
  if (!first.empty()) text_.lines.push_back(first);
}

namespace {

// The answer's line, after its first, whose first word closes a bracket that
// nothing before it opened ("kommuner)"): the end of another text's bracket
// ("Delvis (t.ex. om det är kö i 3 av 12" / "kommuner)": an option's wording
// whose check boxes a legacy encoding dropped) set among the answer's lines.
// A list's "1)" or "b)" is no such word. Empty when there is none.
std::string ForeignBracketEnd(const std::vector<std::string>& lines) {
  int open = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string t = Trim(lines[i]);
    std::string first = t.substr(0, t.find(' '));
    if (i > 0 && open == 0 && LetterCount(first, 3) >= 3 && first.back() == ')' &&
        first.find('(') == std::string::npos)
      return t;
    for (char c : t) open += c == '(' ? 1 : (c == ')' && open > 0 ? -1 : 0);
  }
  return "";
}

}  // namespace

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
  // An answer that runs over a page break on to a report's opening (the
  // form's title, its year line; not a title repeated as running text) has
  // left its question: pages out of order, or a letter or another report
  // after it. Where it should have ended cannot be told.
  const int page = View(text_.line).line->page;
  for (size_t k = text_.line + 1; k <= text_.last; ++k)
    if (const Line& l = *View(k).line;
        l.page != page && l.role != LineRole::kFurniture && OpensReport(ps_, l, &cache_)) {
      assigner_.AddFinding("warning", "wrapped_value", {text_.key}, "wrapped_past_opening",
                           {{"raw", value}, {"next", View(k).line->SpacedText()}},
                           *View(text_.line).line);
      return;
    }
  // An answer whose words begin right under a footnote (no blank line
  // between, on the same page), none before it: a note wrapped narrow whose
  // first line ended a sentence ("¹ Anges med två decimaler." / "För ett
  // ombud på heltid ...") may go on there as well as the answer may begin.
  for (size_t k = text_.line + 1; k <= text_.last; ++k) {
    const LineView& n = View(k);
    if (n.first < 0 || n.line->role == LineRole::kFootnote) continue;
    const Line& above = *View(k - 1).line;
    const std::string head = Trim(n.line->cells[static_cast<size_t>(n.first)].text);
    if (k - 1 > text_.line && above.role == LineRole::kFootnote && above.page == n.line->page &&
        !consumed_.count(k) && value.compare(0, head.size(), head) == 0) {
      assigner_.AddFinding("warning", "wrapped_value", {text_.key}, "begins_under_note",
                           {{"raw", value}, {"next", Trim(above.Text())}}, *View(text_.line).line);
      return;
    }
    break;
  }
  if (std::string piece = ForeignBracketEnd(lines); !piece.empty()) {
    assigner_.AddFinding("warning", "wrapped_value", {text_.key}, "wrapped_value",
                         {{"raw", value}, {"next", piece}}, *View(text_.line).line);
    return;
  }
  if (std::string next; reading_order_ && TextGoesOnPastCells(text_.last, &next)) {
    assigner_.AddFinding("warning", "wrapped_value", {text_.key}, "wrapped_value",
                         {{"raw", value}, {"next", next}}, *View(text_.line).line);
    return;
  }
  if (std::string note; TextGoesOnPastNote(text_.last, value, &note)) {
    assigner_.AddFinding("warning", "wrapped_value", {text_.key}, "wrapped_past_note",
                         {{"raw", value}, {"next", note}}, *View(text_.line).line);
    return;
  }
  if (RefuseJoinedDigits({text_.key}, value, *View(text_.line).line)) return;
  assigner_.Assign(text_.key, value, *text_.rule, *View(text_.line).line);
}

}  // namespace redovis
