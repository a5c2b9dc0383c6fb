// One walk over a report's lines, its answers: a field's value beside, below or after its label,
// and marked options (free text running over lines: match_run_text.cc). See match_run.h.
#include "match/match_run_answers.h"

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
#include "match/option_boxes.h"
#include "match/reading_order.h"
#include "match/staggered_wrap.h"
#include "match/value_assigner.h"
#include "match/value_parser.h"
#include "match/wrap_evidence.h"
#include "patterns/regex.h"
#include "read/glyphs.h"
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

std::vector<std::string> MatchRun::RowKeysIn(const Rule& q, const std::vector<std::string>& cols,
                                             std::map<std::string, std::string>* vars) {
  for (const auto& [var, value] : q.sets) (*vars)[var] = value;
  std::vector<std::string> keys;
  for (const std::string& col : cols) {
    auto ck = q.column_keys.find(col);
    keys.push_back(ck == q.column_keys.end() ? "" : InterpolateIn(ck->second, *vars));
  }
  return keys;
}

std::string MatchRun::RightValue(const LineView& v, size_t cell) const {
  for (size_t j = cell + 1; j < v.cells.size(); ++j) {
    if (v.cells[j].isEmpty()) continue;
    if (IsStructuralCell(v.cells[j], v.Fold(j))) return "";
    return v.line->cells[j].text;
  }
  return "";
}

bool MatchRun::IsYesNoRow(const Rule& r) const {
  if (r.kind != RuleKind::kRow || r.choice_key.empty()) return false;
  for (const auto& [col, key] : r.column_keys)
    if (col != kNamesColumn) return false;  // counts under columns: a bullet tells no column
  const FieldSpec* spec = ps_.catalogue().Find(r.choice_key);
  return spec && spec->type == FieldType::kBool;
}

std::string MatchRun::CutTrailingLabel(const std::string& value, const Rule* text,
                                       std::string* cut_label, const Rule** cut_by) const {
  // Two cells the reader set on one line ("Kristinavägen 6 Postnummer"): a
  // bare label of this section at the end of a value is not part of it. A
  // text answer's cell may end in the next question's wording after a
  // sentence ("... 3 h per tillfälle. Om nej, ange varför.") or a closing
  // bracket ("... unga (18-25 år) Om nej, ange varför.": `fmt` refilled the
  // answer's last line and the next question's into one): that question is
  // cut off too. So is a wording of three words or more after an answer
  // that ended no sentence ("... i sina olika ärenden Om nej, ange varför.":
  // MuPDF's paragraph of both dumped as one); a shorter one may be the
  // answer's own words.
  //
  // The cheap test comes first, on the bytes: a tail opening with a
  // printable ASCII character other than a capital (no space: Trim would
  // keep it first) is passed over before the tail is trimmed and made
  // UTF-16. (A blank tail, where the loop stops, cuts nothing either: every
  // later tail is blank.)
  for (size_t sp = value.find(' '); sp != std::string::npos; sp = value.find(' ', sp + 1)) {
    const bool after_sentence =
        sp > 0 && std::string_view(".?)").find(value[sp - 1]) != std::string_view::npos;
    if (text && sp == 0) continue;
    if (sp + 1 < value.size()) {
      const unsigned char lead = static_cast<unsigned char>(value[sp + 1]);
      if (lead > 0x20 && lead < 0x7F && !(lead >= 'A' && lead <= 'Z')) continue;
    }
    std::string tail = Trim(value.substr(sp + 1));
    if (tail.empty()) break;
    // A reader's mark after the label (kRefilledBreak: `fmt` ended the line
    // there) is the label's line's, no answer of the label's own.
    std::string bare = tail;
    EraseReaderMarks(&bare);
    icu::UnicodeString u = U(Trim(bare));
    // A label starts with a capital ("Postnummer"); "Tyresö kommun" is a name.
    if (!u_isupper(u.char32At(0))) continue;
    for (const Rule* r : rules_) {
      RegexMatch m;
      bool kind = (r->kind == RuleKind::kField && (!text || after_sentence)) ||
                  (text && r->kind == RuleKind::kText && r != text);
      if (!kind || !RegexFind(r->regex, u, &m, &cache_) || m.start != 0) continue;
      if (text && !after_sentence) {
        int words = 1;
        for (int32_t i = 1; i < m.end; ++i)
          words += u_isspace(u.char32At(i - 1)) && !u_isspace(u.char32At(i));
        if (words < 3) continue;
      }
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

std::string MatchRun::LabelCellGoesOn(size_t idx, size_t label, size_t value) const {
  const LineView& v = View(idx);
  const std::vector<Cell>& cells = v.line->cells;
  if (label >= cells.size() || value >= cells.size() || cells[label].x0 < 0 ||
      idx + 1 >= seg_.end || consumed_.count(idx + 1))
    return "";
  const LineView& n = View(idx + 1);
  if (n.first < 0 || n.line->page != v.line->page) return "";
  // The next line goes on the row: two cells or more, each starting where
  // one of this line's does, none where the value's (that is the value's own
  // wrap); or one cell at the label's column under a line of three cells or
  // more, a label and its value beside another cell (w3m's "Kontaktperson
  // Maja   Avdelning/Enhet Socialförvaltningen" / "Sjöberg"). (A line of one
  // cell under a label and its value alone is the next line of a form
  // written a label a line.)
  std::string at_label;
  size_t filled = 0;
  for (const Cell& c : n.line->cells) {
    if (c.text.empty()) continue;
    ++filled;
    if (c.x0 < 0 || c.x0 == cells[value].x0) return "";
    if (std::none_of(cells.begin(), cells.end(),
                     [&](const Cell& a) { return !a.text.empty() && a.x0 == c.x0; }))
      return "";
    if (c.x0 == cells[label].x0) at_label = Trim(c.text);
  }
  // A capitalised word there, no label of the form's, nor a line a label of
  // the edition opens ("Telefon (inkl. riktnummer) 060-..." below "Titel
  // Enhetschef": the next row): the label's cell held the value and wrapped
  // (a label's own wrap goes on in lower case, "riktnummer)").
  if ((filled < 2 && FilledCells(*v.line) < 3) || at_label.empty() ||
      !u_isupper(U(at_label).char32At(0)) || OpensWithLabel(at_label))
    return "";
  return at_label;
}

bool MatchRun::OpensWithLabel(const std::string& text) const {
  if (IsBareLabel(text)) return true;
  const icu::UnicodeString u = U(text);
  for (const Rule* r : all_rules_)
    if (RegexMatch m; RegexFind(r->regex, u, &m, &cache_) && m.start == 0) return true;
  return false;
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
  // The keys a finding that leaves the answer empty names: the rule's own and
  // those read inside its answer (`phone=`, `email=`: a contact's phone and
  // e-mail after the name), left unread with it, where the edition asks them.
  std::vector<std::string> unread = keys;
  if (!r.params.empty()) {
    const std::vector<std::string> asked = ps_.catalogue().KeysFor(ed_.tag);
    for (const auto& [name, k] : r.params)
      if (std::find(asked.begin(), asked.end(), Interpolate(k)) != asked.end())
        unread.push_back(Interpolate(k));
  }
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
      assigner_.AddFinding("warning", "wrapped_value", unread, "wrapped_value",
                           {{"raw", raw}, {"next", next}}, *v.line);
      return;
    }
    // Laid-out text: the label's cell, its answer in it, reaches under the
    // next cell, an answer no label opens: a piece of a line below was joined
    // to it, the wrap of an answer that stood beside the label two spaces off
    // ("Tjänsteställe  Personligt Ombud Västmanland /" over "Psykiatriboende
    // Öster" at the label's column) or of the label's own cell; which cannot
    // be told. (A next cell a label opens is the next field: a squeezed
    // layout's cells may touch, "Utdelningsadress Vård och ..." and
    // "Postnummer 721 87".)
    const std::vector<Cell>& cells = v.line->cells;
    size_t next = cell + 1;
    while (next < cells.size() && Trim(cells[next].text).empty()) ++next;
    // So where the cell after it is an answer left incomplete, no label's
    // ("Tjänsteställe  Arbetsmarknads- och socialförvalt-" over "ningen" at
    // the label's column): two answers for one label.
    if (!raw.empty() && doc_.format == "text" && !reading_order_ && next < cells.size() &&
        cells[cell].x0 >= 0 && !ColumnsMeet(*v.line) &&
        (ReachesUnderNext(*v.line, cell, next) || EndsInJoiningMark(Trim(cells[next].text))) &&
        !OpensWithLabel(Trim(cells[next].text))) {
      assigner_.AddFinding("warning", "wrapped_value", unread, "wrapped_value",
                           {{"raw", raw}, {"next", Trim(cells[next].text)}}, *v.line);
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
  // Reading order: the words after a number's label are its own wording,
  // which goes on past the page's turn (OrderedNumberLabel): no answer here.
  if (number && !cut && !raw.empty() && reading_order_) {
    FieldType type;
    size_t rest = idx;
    if (OrderedNumberLabel(idx, &type, &rest) == &r && rest != idx) raw.clear();
  }
  const std::string own_raw = raw;  // this line's own text, before lines below are joined
  if (number && !cut && OrderedPairOnLine(r, idx, raw)) return;
  // Reading-order text: the value's cell wrapped onto the lines below its label's.
  if (!raw.empty() && !r.same_cell_only && !cut) {
    bool text = !spec || spec->type == FieldType::kText || spec->type == FieldType::kTextList;
    std::string undecided;
    // A rule that takes an address written in its value, or whose value is one.
    const bool takes_address = r.params.count("email") > 0 || r.TransformOf(0) == "email";
    raw = JoinWrappedValue(idx, cell, raw, !text, takes_address, &undecided);
    std::string lost;
    if (text && !RestoreLostHyphens(&raw, &lost)) {
      std::vector<std::string> named;
      for (const std::string& k : unread)
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
      for (const std::string& k : unread)
        if (!k.empty()) named.push_back(k);
      assigner_.AddFinding("warning", "wrapped_value", named, "wrapped_value",
                           {{"raw", raw}, {"next", undecided}}, *v.line);
      return;
    }
  }
  // Reading-order text: a text value left incomplete ("Vård och
  // Omsorgsförvaltningen,") beside another cell or label on its line
  // ("...,  Postnummer 721 87"), whose rest the order wrote on some line
  // below: which line cannot be told. Read by OCR, such a value
  // ("Personligt Ombud Västmanland /") left its rest on a line OCR placed
  // apart: the same.
  if ((reading_order_ || v.line->ocr) && (!spec || spec->type == FieldType::kText) &&
      (cut || FilledCells(*v.line) > 1 || v.line->ocr) && EndsInJoiningMark(Trim(raw))) {
    std::string next;
    for (size_t k = idx + 1; k < seg_.end && next.empty(); ++k)
      if (View(k).first >= 0) next = Trim(View(k).line->Text());
    std::vector<std::string> named;
    for (const std::string& k : unread)
      if (!k.empty()) named.push_back(k);
    assigner_.AddFinding("warning", "wrapped_value", named, "wrapped_value",
                         {{"raw", Trim(raw)}, {"next", next}}, *v.line);
    return;
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
    if (std::string next =
            raw.empty() || from >= v.cells.size() ? "" : LabelCellGoesOn(idx, cell, from);
        !next.empty()) {
      assigner_.AddFinding("warning", "wrapped_value", unread, "wrapped_value",
                           {{"raw", raw}, {"next", next}}, *v.line);
      return;
    }
    if (raw.empty()) {
      undecided_below_ = {};
      open_label_below_ = {};
      spanning_below_.clear();
      raw = mark ? YesNoWordBelow(idx, &below) : NextLineValue(idx, cell, number, &below);
      if (raw.empty() && !undecided_below_.first.empty()) {
        assigner_.AddFinding("warning", "wrapped_value", unread, "wrapped_value",
                             {{"raw", undecided_below_.first}, {"next", undecided_below_.second}},
                             *v.line);
        return;
      }
      if (raw.empty() && !open_label_below_.first.empty()) {
        assigner_.AddFinding("warning", "wrapped_value", unread, "label_open_below",
                             {{"raw", open_label_below_.first}, {"next", open_label_below_.second}},
                             *v.line);
        return;
      }
      if (raw.empty() && !spanning_below_.empty()) {
        assigner_.AddFinding("warning", "ambiguous_column", unread, "ambiguous_column",
                             {{"raw", "'" + spanning_below_ + "'"}}, *v.line);
        return;
      }
      from = v.cells.size();  // a line below: not a cell of this line
      // Reading-order text: a value with letters alone on the line under its
      // bare label, and a line after it that nothing claims ("Postort" /
      // "Stadshuset" / "VÄSTERÅS": the address's wrapped line written after
      // the next label): which line is the label's cannot be told. A bare
      // label there ("Postnummer") is the next question, as the order writes it.
      // A number with its unit ("402 638 kr") is whole: its letters are the unit's.
      std::string after;
      const Line* lines = doc_.lines.data();
      double whole_number;
      if (!raw.empty() && below && reading_order_ && below >= lines &&
          below < lines + doc_.lines.size() && below->cells.size() == 1 &&
          LetterCount(raw, 1) > 0 && !(number && parser_.ParseNumber(raw, &whole_number)) &&
          OrphanAfter(static_cast<size_t>(below - lines) + 1, &after) && !IsBareLabel(after)) {
        assigner_.AddFinding("warning", "wrapped_value", unread, "wrapped_value",
                             {{"raw", raw}, {"next", after}}, *v.line);
        return;
      }
      // A text whose margin was stripped: a label a mail may have broken off
      // the row above ("Postort" under "Utdelningsadress Vård och
      // Omsorgsförvaltningen,  Postnummer 721 87") may have that row's wrap
      // under it ("Stadshuset"), not its answer (wrapped_lines.h).
      if (!raw.empty() && below && idx > seg_.begin && MarginStripped() &&
          MayBeBrokenOff(doc_.lines, idx, WrapWidth(doc_.lines, seg_.begin, seg_.end)) &&
          (FilledCells(doc_.lines[idx - 1]) < 2 ||
           MayHaveBroken(doc_.lines[idx - 1], v.line->cells[cell].text, below->Text(),
                         WrapWidth(doc_.lines, seg_.begin, seg_.end)))) {
        assigner_.AddFinding("warning", "wrapped_value", unread, "wrapped_value",
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
        assigner_.AddFinding("warning", "ambiguous_column", unread, "ambiguous_column",
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
      assigner_.AddFinding("warning", "wrapped_value", unread, "wrapped_value",
                           {{"raw", raw}, {"next", undecided}}, *v.line);
      return;
    }
    // A value of one short thing (a name, a phone number, an address) is
    // looked through whatever its length.
    const bool short_value = IsShortValueTransform(r.transform);
    // A line that goes on on a spaced paragraph (a laid-out page's line
    // whose gaps were kept) is a laid-out line too, its own gaps lost:
    // looked through as spaced.
    const bool spaced = v.line->spaced || (raw != own_raw && idx + 1 < seg_.end &&
                                           View(idx + 1).first >= 0 && View(idx + 1).line->spaced);
    if (std::string inside = LabelInside(spaced ? own_raw : raw, short_value, spaced);
        !inside.empty() && !keys.empty()) {
      assigner_.AddFinding("warning", "label_as_value", unread, "label_as_value",
                           {{"raw", inside}, {"label", v.line->cells[cell].text}}, *v.line);
      return;
    }
  }
  // Precision first: another question's label is never this one's answer
  // ("Kontaktperson:" / "E-post:" read as the person's name).
  std::string head = raw.substr(0, raw.find('\n'));
  if (IsBareLabel(head) && !keys.empty() && !keys[0].empty()) {
    assigner_.AddFinding("warning", "label_as_value", unread, "label_as_value",
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

void MatchRun::ApplyOption(const Rule& r, size_t idx, size_t cell, int32_t start,
                           bool leading_mark) {
  const LineView& v = View(idx);
  CheckboxState inside = CheckboxState::kNone;
  const icu::UnicodeString& text = v.cells[cell];
  for (int32_t i = 0; i < std::min(start, text.length()); i = text.moveIndex32(i, 1))
    if (CheckboxState s = UnicodeBoxState(text.char32At(i)); s != CheckboxState::kNone) inside = s;
  bool marked = inside == CheckboxState::kChecked;
  if (inside == CheckboxState::kNone) {
    marked = leading_mark || v.line->cells[cell].checkbox == CheckboxState::kChecked ||
             OrderedOptionMark(r, idx) ||
             TickedBesideOption(*v.line, cell, [this](const Cell& c) { return IsMarked(c); });
  }
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

}  // namespace redovis
