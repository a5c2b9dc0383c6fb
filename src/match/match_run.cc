// One walk over a report's lines, its driver: the rules tried on each line, what a hit leaves for
// later, and the options resolved at the end. See match_run.h.
#include "match/match_run.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <deque>
#include <set>

#include "base/text_util.h"
#include "base/utf8.h"
#include "match/column_placement.h"
#include "match/label_match.h"
#include "match/match_run_text.h"
#include "match/reading_order.h"
#include "match/run_together_rows.h"
#include "match/value_assigner.h"
#include "match/value_parser.h"
#include "patterns/regex.h"
#include "read/glyphs.h"
#include "read/text/cut_lines.h"
#include "segment/page_order.h"

namespace redovis {

namespace {

// A line drawn with table syntax only ("----- ---- --", "+---+", "|===|"):
// dashes, equals signs, bars, pluses, colons and spaces, three dashes or
// equals signs at least.
bool IsTableRule(const Line& line) {
  int drawn = 0;
  for (const Cell& c : line.cells)
    for (char ch : c.text) {
      if (ch == '-' || ch == '=') {
        ++drawn;
      } else if (ch != '|' && ch != '+' && ch != ':' && ch != ' ') {
        return false;
      }
    }
  return drawn >= 3;
}

// True when the first word of `v`'s label opens only rows of a group among
// `rules`: rows whose keys take a variable ("clients.{grp}.age_65_plus.men")
// and that set none. Such a row no rule knows ("därav mellan 50 och 4 år",
// an age group OCR misread) is a part of the group in force, not a group of
// its own. No rule opening so, or another rule too: false.
bool OpensGroupPart(const LineView& v, const std::vector<const Rule*>& rules) {
  const std::vector<int32_t>* ends = nullptr;
  const std::vector<std::u32string>& words = v.FirstLabelWords(&ends);
  if (words.empty()) return false;
  bool part = false;
  for (const Rule* r : rules) {
    if (r->label_words.empty() || r->label_words.front() != words.front()) continue;
    bool takes_variable =
        std::any_of(r->column_keys.begin(), r->column_keys.end(),
                    [](const auto& ck) { return ck.second.find('{') != std::string::npos; });
    if (r->kind != RuleKind::kRow || !takes_variable || !r->sets.empty()) return false;
    part = true;
  }
  return part;
}

}  // namespace

namespace {

// The folded first word of line `v`'s first cell ("10." of "10. Underskrift
// ..."), "" for a blank line.
std::string FirstWord(const LineView& v) {
  if (v.first < 0) return "";
  const Cell& c = v.line->cells[static_cast<size_t>(v.first)];
  const std::string fold = c.fold.empty() ? Fold(c.text) : c.fold.str();
  return fold.substr(0, fold.find(' '));
}

}  // namespace

bool MatchRun::ApplyRules(size_t idx) {
  const LineView& v = View(idx);
  struct Hit {
    const Rule* rule;
    size_t cell;
    RegexMatch match;
    bool leading_mark;
    bool bullet = false;    ///< listed after a bullet: chosen
    bool unticked = false;  ///< listed after an empty box: not said to be chosen
    bool boxed = false;     ///< listed after a box, with boxes after it: whose box is not told
  };
  std::vector<Hit> hits;
  // A list item ("- Boende", "• Ekonomi"): the option or row it names is chosen.
  icu::UnicodeString item;
  if (v.first >= 0) {
    for (const Pattern& b : ps_.vocabulary().bullets) {
      RegexMatch bm;
      if (MayMatch(b, v.line->cells[v.first].fold, &v.pairs[static_cast<size_t>(v.first)]) &&
          RegexFind(b, v.cells[v.first], &bm, &cache_) && bm.start == 0 && bm.end > 0) {
        item = v.cells[v.first].tempSubString(bm.end);
        break;
      }
    }
    int32_t number_end = 0;
    if (item.isEmpty() && ListNumberEnd(idx, &number_end) && InNumberedList(idx))
      item = v.cells[v.first].tempSubString(number_end);
  }
  // A list item after its box ("[X] Kommun", "☐ Stiftelse"): chosen when the
  // box is marked; an empty box says nothing (a blank box is never a Nej).
  // A box before the label and a box or a mark after it on the row ("☒
  // Annan organisation  ☐": `fmt` joined a row's last box to the next row's
  // label): the first box may be the row above's; which box is whose is not
  // told, so the row is not read. So with a box later in the item's own
  // cell where a refill ended a line inside it (kRefilledBreak, a text fmt
  // refilled: read/text/folded_lines.h): the options after it ran together
  // with this one, and which of them are ticked is not read.
  bool unticked = false, boxed = false;
  if (item.isEmpty() && v.first >= 0) {
    size_t rest_at = 0;
    bool ticked = false;
    const std::string& first = v.line->cells[v.first].text;
    if (written_.LeadingBox(first, &ticked, &rest_at)) {
      item = U(first.substr(rest_at));
      unticked = !ticked;
      boxed = first.find(kRefilledBreak) != std::string::npos &&
              FindBoxGlyph(first, rest_at).offset != std::string::npos;
      for (size_t c = static_cast<size_t>(v.first) + 1; c < v.line->cells.size(); ++c)
        boxed = boxed || v.line->cells[c].checkbox != CheckboxState::kNone ||
                parser_.IsMark(v.line->cells[c].text);
    }
  }
  // A row's label before the pairs that answer it ("Ekonomi kvinnor 16 män 10"),
  // found when first needed. That label is a prefix of the row's text,
  // trimmed, and its fold a prefix of that text's fold: a rule the literal
  // prefilter keeps from the row's text (its fold made once a line) cannot
  // match the label, which is then not cut for it.
  bool label_cut = false, row_folded = false;
  icu::UnicodeString row_label;
  const std::string* row_fold = nullptr;
  const BytePairs* row_pairs = nullptr;
  std::string made_fold;
  BytePairs made_pairs;
  for (const Rule* r : rules_) {
    // An option after an empty box is read as before: printed, not chosen.
    if (!item.isEmpty() && ((r->kind == RuleKind::kOption && !unticked) || IsYesNoRow(*r))) {
      RegexMatch m;
      if (RegexFind(r->regex, item, &m, &cache_)) {
        hits.push_back({r, static_cast<size_t>(v.first), m, true, true, unticked, boxed});
        continue;
      }
    }
    if (r->kind == RuleKind::kRow) {
      RegexMatch m;
      if (v.first < 0) continue;
      if (MayMatch(r->regex, v.Fold(static_cast<size_t>(v.first)),
                   v.FoldPairs(static_cast<size_t>(v.first))) &&
          RegexFind(r->regex, v.cells[v.first], &m, &cache_)) {
        hits.push_back({r, static_cast<size_t>(v.first), m, false});
        continue;
      }
      if (!row_folded) {
        row_folded = true;
        row_fold = &RowFold(v, &made_fold, &made_pairs, &row_pairs);
      }
      if (!MayMatch(r->regex, *row_fold, row_pairs)) continue;
      if (!label_cut) {
        label_cut = true;
        std::string label = written_.LabelBeforePairs(RowText(v));
        if (!label.empty()) row_label = U(label);
      }
      if (!row_label.isEmpty() && RegexFind(r->regex, row_label, &m, &cache_))
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
      if (MayMatch(r->regex, v.Fold(c), v.FoldPairs(c)) &&
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
        // "x Kan inte bedöma": a mark and its option in one cell; so is a
        // typed box ticked before it ("[ ] Ja  [ ] Nej  [X] Kan inte
        // bedöma", each option a cell). An empty box says nothing.
        // (Or glued by a separator no reader took for one: "X,Delvis".)
        const std::string& t = v.line->cells[c].text;
        size_t sp = t.find_first_of(" ,;");
        if (sp != std::string::npos && parser_.IsMark(t.substr(0, sp)) &&
            RegexFind(r->regex, Trim(t.substr(sp + 1)), &m, &cache_)) {
          hits.push_back({r, c, m, true});
          break;
        }
        bool ticked = false;
        size_t rest_at = 0;
        if (!t.empty() && (t[0] == '[' || t[0] == '(') &&
            written_.BoxThenOption(t, &ticked, &rest_at) && ticked &&
            RegexFind(r->regex, Trim(t.substr(rest_at)), &m, &cache_)) {
          hits.push_back({r, c, m, true});
          break;
        }
      }
    }
  }
  // A text question whose wording wraps onto the next line, its answer going
  // on after it there: matched across the wrap, the answer after its words;
  // so is a note the form prints (an `ignore` rule's), wrapped.
  if (hits.empty() && v.first >= 0) {
    size_t next = 0;
    int32_t after = 0;
    if (const Rule* r = TextLabelAcrossWrap(idx, &next, &after)) {
      if (observer_) observer_->OnRule(idx, static_cast<size_t>(v.first), *r);
      FinishText();
      for (const auto& [var, value] : r->sets) vars_[var] = value, vars_page_ = v.line->page;
      if (r->kind == RuleKind::kIgnore) {
        // A note the form prints, wrapped: its lines are no answer.
        for (size_t k = idx + 1; k <= next; ++k) consumed_.insert(k);
        return true;
      }
      for (const std::string& key : HitKeys(*r))
        assigner_.NotePlace(key, v.line->cells[v.first].text, *v.line);
      StartTextAfterWrap(*r, idx, next, after);
      return true;
    }
  }
  // A row's label wrapped over lines, its counts or marks on one of them:
  // that line is the row's, the label's lines up to it consumed.
  if (size_t row = 0; hits.empty() && v.first >= 0)
    if (const Rule* r = RowLabelAcrossWrap(idx, &row)) {
      if (observer_) observer_->OnRule(idx, static_cast<size_t>(v.first), *r);
      FinishText();
      for (const auto& [var, value] : r->sets) vars_[var] = value, vars_page_ = v.line->page;
      for (size_t k = idx + 1; k <= row; ++k) consumed_.insert(k);
      ApplyRow(*r, row);
      return true;
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
  // Rows OCR ran together, their boxes side by side (run_together_rows.h):
  // which value is whose is not told, so none is taken, and the record says so.
  const std::vector<const Rule*> rows =
      hits.empty() && v.first >= 0 && v.line->ocr
          ? RunTogetherRows(*v.line, static_cast<size_t>(v.first), rules_, &cache_)
          : std::vector<const Rule*>();
  if (!rows.empty()) {
    FinishText();
    std::vector<std::string> keys;
    std::string labels;
    for (const Rule* r : rows) {
      for (const std::string& k : HitKeys(*r)) keys.push_back(k);
      labels += (labels.empty() ? "'" : ", '") + (r->label.empty() ? r->id : r->label) + "'";
    }
    assigner_.AddFinding(
        "warning", "ocr_uncertain", keys, "ocr_rows_run_together",
        {{"raw", v.line->cells[static_cast<size_t>(v.first)].text}, {"labels", labels}}, *v.line);
    return true;
  }
  if (!hits.empty() && v.line->ocr) {
    // A row of labels OCR read (a table's header over its values): a label
    // after the one a regex matched, read with noise ("ombudstjänster i i
    // kommunen", "Ärsanställningar"), is tried within the tolerance as a
    // first cell is; a field's or a text's only, one wording alone.
    size_t after = 0;
    for (const Hit& h : hits) after = std::max(after, h.cell + 1);
    for (size_t c = after; c < v.cells.size(); ++c) {
      if (v.cells[c].isEmpty()) continue;
      LabelMatch near = MatchLabelTolerantly(rules_, v.cells[c], Tolerance());
      if (!near.ambiguous.empty() || near.hits.empty()) continue;
      for (const auto& [r, m] : near.hits) {
        bool taken = std::any_of(hits.begin(), hits.end(),
                                 [&, rule = r](const Hit& h) { return h.rule == rule; });
        if (!taken && (r->kind == RuleKind::kField || r->kind == RuleKind::kText))
          hits.push_back({r, c, m, false});
      }
    }
  }
  if (hits.empty()) return false;
  // A row of fields whose other cell opens with another section's question
  // ("Nämnd Socialnämnd | Telefon ... | E-postadress ..." under the
  // signature's heading: python-docx's paragraphs, then every table): the
  // text is not in the form's order, and the row is that section's as much
  // as this one's. None of it is read.
  if (std::all_of(hits.begin(), hits.end(),
                  [](const Hit& h) { return h.rule->kind == RuleKind::kField; })) {
    for (size_t c = 0; c < v.cells.size(); ++c) {
      if (std::any_of(hits.begin(), hits.end(), [c](const Hit& h) { return h.cell == c; }))
        continue;
      const Rule* other = FieldOfAnotherSection(ed_, section_, v, c, &cache_);
      if (!other) continue;
      FinishText();
      std::vector<std::string> keys;
      for (const Hit& h : hits)
        for (const std::string& k : HitKeys(*h.rule)) keys.push_back(k);
      assigner_.AddFinding("warning", "ambiguous_label", keys, "row_of_other_section",
                           {{"raw", v.line->cells[c].text},
                            {"label", other->label.empty() ? other->id : other->label}},
                           *v.line);
      return true;
    }
  }
  // A list of the options chosen under its question (listed_options.h):
  // an item names a row after its bullet with no answer in words after it.
  auto in_words = [&](const Hit& h) {
    return h.bullet && written_.HoldsColumnWord(Utf8(item.tempSubString(h.match.end)));
  };
  ListedLine seen{{}, true, false, v.line->Text()};
  std::vector<const Rule*> question_rows;
  for (const Hit& h : hits) {
    seen.rules.push_back(h.rule);
    seen.items = seen.items && h.bullet && !h.unticked && !h.boxed &&
                 h.rule->kind == RuleKind::kRow && !in_words(h);
    if (h.rule->unlisted_no) question_rows = ListedOptions::RowsAfter(*h.rule, ed_.rules);
  }
  FollowList(idx, seen, question_rows);
  if (observer_)
    for (const Hit& h : hits) observer_->OnRule(idx, h.cell, *h.rule);
  FinishText();
  for (const Hit& h : hits)
    for (const auto& [var, value] : h.rule->sets) vars_[var] = value, vars_page_ = v.line->page;
  bool field = false;
  for (const Hit& h : hits) field = field || h.rule->kind == RuleKind::kField;
  for (const Hit& h : hits) {
    // Where the form asks for these keys, answered or not (for the checker).
    std::vector<std::string> keys = HitKeys(*h.rule);
    std::string label = h.rule->whole_line ? v.line->Text() : v.line->cells[h.cell].text;
    size_t values = assigner_.record().values.size(), findings = assigner_.record().findings.size();
    for (const std::string& key : keys) assigner_.NotePlace(key, label, *v.line);
    if (h.boxed) {
      assigner_.AddFinding(
          "warning", "ambiguous_column", keys, "ambiguous_column",
          {{"raw", v.line->cells[h.cell].text.substr(0, v.line->cells[h.cell].text.find(' '))}},
          *v.line);
      continue;
    }
    if (h.unticked) continue;
    switch (h.rule->kind) {
      case RuleKind::kField:
        ApplyField(*h.rule, idx, h.cell, h.match);
        break;
      case RuleKind::kRow:
        if (h.bullet) {
          // A choice written after the item's label ("- Förening: Nej"): a
          // row answered in words, not an option listed as chosen.
          if (in_words(h)) {
            InlineChoice(*h.rule, Utf8(item.tempSubString(h.match.end)), idx);
            break;
          }
          // Listed: yes. What the list leaves out is no only where the list
          // is proven whole (FollowList, listed_options.h).
          std::string key = Interpolate(h.rule->choice_key);
          if (!key.empty()) assigner_.AssignChoice(key, {"yes"}, *h.rule, *v.line);
          break;
        }
        // Reading-order text: a marked column the order cannot prove is no answer.
        if (RefuseOrderedChoice(*h.rule, idx) || ReadOrderedCounts(*h.rule, idx) ||
            (!reading_order_ && ReadTrailingCells(*h.rule, idx)))
          break;
        ApplyRow(*h.rule, idx);
        break;
      case RuleKind::kOption:
        ApplyOption(*h.rule, idx, h.cell, h.match.start, h.leading_mark);
        break;
      case RuleKind::kText:
        StartText(*h.rule, idx, h.cell, h.match);
        // A field on the same question takes its value from the next line
        // and consumes it; the text's answer starts there all the same.
        text_.after_field = field;
        break;
      case RuleKind::kIgnore:
        if (!h.rule->choice_key.empty()) AnswerOptionQuestion(*h.rule, idx, h.cell, h.match);
        break;
    }
    // A row whose line holds more than its label, but nothing was read from
    // it: the answer is there and the tool could not read it.
    bool read = assigner_.record().values.size() != values ||
                assigner_.record().findings.size() != findings;
    // Rows only: after a field's label stand other labels as often as answers.
    // The same for values stacked on the lines under the label.
    if (!read && h.rule->kind == RuleKind::kRow &&
        (HoldsMoreThanLabel(v, v.first, h.match.end) || ValuesBelow(idx, nullptr, true)))
      for (const std::string& key : keys) assigner_.MarkUnplaced(key, *v.line);
  }
  return true;
}

void MatchRun::FollowList(size_t idx, const ListedLine& seen,
                          const std::vector<const Rule*>& rows) {
  listed_line_ = idx;
  size_t question = 0;
  std::string listed;
  const std::vector<const Rule*> left_out = listed_.See(idx, seen, rows, &question, &listed);
  if (!left_out.empty())
    MarkLeftOut(
        left_out, [&](const std::string& k) { return Interpolate(k); }, *View(question).line,
        listed, &assigner_);
}

bool MatchRun::ListNumberEnd(size_t idx, int32_t* end) const {
  const LineView& v = View(idx);
  if (v.first < 0) return false;
  const icu::UnicodeString& cell = v.cells[static_cast<size_t>(v.first)];
  const std::string& fold = v.Fold(static_cast<size_t>(v.first));
  for (const Pattern& p : ps_.vocabulary().list_numbers) {
    RegexMatch m;
    if (MayMatch(p, fold) && RegexFind(p, cell, &m, &cache_) && m.start == 0 && m.end > 0 &&
        m.end < cell.length()) {
      *end = m.end;
      return true;
    }
  }
  return false;
}

bool MatchRun::InNumberedList(size_t idx) const {
  int32_t end;
  for (size_t k = idx; k-- > seg_.begin;) {
    if (View(k).first < 0) return false;  // a blank line ends the list
    if (!ListNumberEnd(k, &end)) return IsNoteLine(k);
  }
  return false;
}

bool MatchRun::IsUnknownRow(const LineView& v) {
  if (v.first < 0 || v.line->role != LineRole::kContent) return false;
  const icu::UnicodeString& label = v.cells[static_cast<size_t>(v.first)];
  if (label.isEmpty() || !u_isalpha(label.char32At(0))) return false;
  auto digits = [](const std::string& t) {
    return std::any_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  for (size_t c = static_cast<size_t>(v.first); c < v.line->cells.size(); ++c)
    if (digits(v.line->cells[c].text)) return true;
  return false;
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
    return !t.empty() && !AnyFind(ps_.vocabulary().blank_answers, t);
  };
  // The rest of the label's own cell ("Totalt antal klienter  49  32" as one cell).
  if (answer(Utf8(v.cells[static_cast<size_t>(cell)].tempSubString(label_end)))) return true;
  for (size_t j = static_cast<size_t>(cell) + 1; j < v.line->cells.size(); ++j)
    if (answer(v.line->cells[j].text)) return true;
  return false;
}

void MatchRun::Run() {
  reading_order_ = IsReadingOrderText(doc_, seg_.begin, seg_.end);
  for (const auto& r : ed_.rules) all_rules_.push_back(r.get());
  views_.resize(seg_.end - seg_.begin);
  for (size_t i = seg_.begin; i < seg_.end; ++i) {
    LineView& v = views_[i - seg_.begin];
    v.line = &doc_.lines[i];
    for (size_t c = 0; c < v.line->cells.size(); ++c) {
      v.cells.push_back(U(v.line->cells[c].text));
      v.pairs.emplace_back(v.line->cells[c].fold.str());
      if (v.first < 0 && !v.line->cells[c].text.empty()) v.first = static_cast<int>(c);
    }
    if (v.first >= 0) LeaveOutQuestionNumber(&v), CutTrailingCells(&v);
  }
  rules_ = ed_.RulesIn(section_);
  pages_out_of_order_ =
      std::any_of(doc_.warnings.begin(), doc_.warnings.end(), IsPagesOutOfOrderNote);
  if (pages_out_of_order_) uses_.assign(seg_.end - seg_.begin, LineUseAt{});
  // Lines folded at a width, not cut (cut_lines.h's note): a free text over
  // them is whole.
  for (const std::string& w : doc_.warnings) {
    size_t column = 0;
    bool folded = false;
    if (IsCutLinesNote(w, &column, &folded)) assigner_.set_folded_text(folded);
  }
  if (observer_) observer_->OnReport(seg_);
  // Reading-order text: the last note line whose sentence had not ended.
  size_t open_note = seg_.end;
  // Reading-order text: a table's cell on a line of its own (`at`) ends an
  // answer; where a line that nothing claims follows the table's cells (on
  // their page or the next's first), the answer may go on there ("... i er kommun Klienter med
  // barn under 18 år." / "Ja" / "☒" / "N" / "ej" / "☐" / "Överklagan till
  // myndigheter. ..."): where it ends cannot be told, and it is not taken.
  auto end_at_cells = [&](size_t at) {
    size_t k = at;
    while (k < seg_.end && (View(k).first < 0 || IsOrderedTableCell(k))) ++k;
    if (k < seg_.end && !consumed_.count(k) && View(k).line->role == LineRole::kContent &&
        FilledCells(*View(k).line) == 1 && View(k).line->page - View(at).line->page <= 1 &&
        !IsStructuralLine(k) && !MatchHeading(View(k)) && !IsPageRule(*View(k).line)) {
      std::string seen;
      for (const std::string& l : text_.lines) seen += (seen.empty() ? "" : " ") + l;
      assigner_.AddFinding("warning", "wrapped_value", {text_.key}, "wrapped_value",
                           {{"raw", Trim(seen)}, {"next", View(k).line->SpacedText()}},
                           *View(text_.line).line);
      text_.active = false;
    }
    FinishText();
  };
  for (size_t idx = seg_.begin; idx < seg_.end; ++idx) {
    const LineView& v = View(idx);
    if (consumed_.count(idx)) {
      if (text_.active && text_.after_field && v.line->role == LineRole::kContent) {
        text_.lines.push_back(v.line->Text());
        text_.last = idx;
      }
      Observe(idx, LineUse::kConsumed);
      continue;
    }
    // A footnote is no answer; but a line that is one of the edition's
    // section headings is a heading whatever the reader took it for (on a
    // scanned page "7. Ekonomi" at a page's foot, its size misjudged, looks
    // like a note).
    if (v.line->role == LineRole::kFootnote && !MatchHeading(v)) {
      Observe(idx, LineUse::kSkipped);
      open_note = EndsSentence(Trim(v.line->Text())) ? seg_.end : idx;
      continue;
    }
    // Reading-order text: a line going on with a note's unended sentence
    // after one blank line (a dump of pdftohtml's runs writes each of the
    // note's lines as a paragraph of its own) is the note's, no answer.
    if (reading_order_ && open_note < seg_.end && v.first >= 0 && idx == open_note + 2 &&
        View(idx - 1).first < 0 && v.line->role == LineRole::kContent &&
        FilledCells(*v.line) == 1 && StartsLowerCase(Trim(v.line->Text())) && !MatchHeading(v)) {
      Observe(idx, LineUse::kSkipped);
      open_note = EndsSentence(Trim(v.line->Text())) ? seg_.end : idx;
      continue;
    }
    if (v.first < 0) {
      if (text_.active) text_.lines.push_back("");
      continue;
    }
    // The line read before, if no rule's label was seen on it, ends a list
    // of options without proving it whole.
    if (listed_reading_ != listed_line_) listed_.Drop();
    listed_reading_ = idx;
    size_t heading_end = idx;
    const SectionHeading* h = MatchHeading(v);
    if (!h) h = SplitHeading(idx, &heading_end);
    if (!h) h = WrappedHeading(idx, &heading_end);
    if (!h) h = TitleHeading(idx);
    if (!h) {
      // One finding where the report's numbering leaves the form's, or
      // leaves it by another count, not one a heading.
      int form_number = 0, shift = 0;
      h = RenumberedHeading(v, &form_number, &shift);
      if (h && shift != renumbered_by_)
        assigner_.AddFinding(
            "info", "section_renumbered", {}, "section_renumbered",
            {{"raw", Trim(v.line->Text())}, {"number", std::to_string(form_number)}}, *v.line);
      if (h) renumbered_by_ = shift;
    }
    // A section the form does not have, numbered after the last heading
    // ("5. Samverkan med brukarorganisationer" after "4. Tillgång till
    // personligt ombud"): the answer running ends before it, and no rule is
    // in force in it until a heading of the form's.
    if (!h && OwnSectionHeading(idx, heading_lines_)) {
      FinishText();
      heading_lines_.push_back(idx);
      rules_.clear();
      vars_.clear(), vars_page_ = 0;
      has_header_ = false;
      assigner_.AddFinding("info", "section_not_in_form", {}, "section_not_in_form",
                           {{"raw", Trim(v.line->Text())}}, *v.line);
      Observe(idx, LineUse::kHeading);
      continue;
    }
    // The form's last section's heading again, in other words, once answers
    // were read under it ("Med vänliga hälsningar" after "10. Underskrift
    // ..." and its fields): a cover letter's sign-off after the report, its
    // lines ("Telefon: 060-16 00 00") another document's. None of them is
    // read, to the report's end or another section's heading.
    const std::string first_word = h ? FirstWord(v) : std::string();
    if (h && !pages_out_of_order_ && !ed_.sections.empty() && h->name == ed_.sections.back().name &&
        (section_closed_ || (h->name == section_ && first_word != section_word_ &&
                             assigner_.record().values.size() > section_values_))) {
      FinishText();
      section_closed_ = true;
      section_.clear();
      rules_.clear();
      vars_.clear(), vars_page_ = 0;
      has_header_ = false;
      for (size_t k = idx; k <= heading_end; ++k) Observe(k, LineUse::kHeading);
      idx = heading_end;
      continue;
    }
    // The section already open: a question that opens its section where the
    // heading was left out ("Ombuden har erbjudits utbildning") is read as a
    // row, under the table header read after the heading.
    if (h && h->name == section_) h = nullptr, heading_end = idx;
    if (h) {
      FinishText();
      heading_lines_.push_back(idx);
      section_ = h->name;
      section_closed_ = false;
      section_word_ = first_word;
      section_values_ = assigner_.record().values.size();
      vars_.clear(), vars_page_ = 0;
      has_header_ = false;
      rules_ = ed_.RulesIn(section_);
      Observe(idx, LineUse::kHeading);
      FollowList(idx, {{}, false, true, v.line->Text()}, {});
      ApplyRules(idx);
      for (size_t k = idx + 1; k <= heading_end; ++k) Observe(k, LineUse::kHeading);
      idx = heading_end;
      continue;
    }
    // Reading-order text: an option whose list's boxes the order ties to it.
    if (OrderedOptionTied(idx) && ApplyRules(idx)) {
      Observe(idx, LineUse::kRule);
      continue;
    }
    ColumnHeader header;
    size_t header_end = idx;
    if (ParseHeader(v, &header) ||
        ((IsLoneCell(v) || IsBareCell(v)) && ParseVerticalHeader(idx, &header, &header_end)) ||
        (has_header_ && NarrowedHeader(idx, header_, &header)) ||
        NarrowedHeader(idx, ColumnHeader{}, &header)) {
      // A stripped margin moved a column word's rest to column 0 ("Kvinn" / "or").
      if (header_end == idx && MarginStripped() && JoinStrippedColumnWord(idx, &header))
        header_end = idx + 1;
      if (text_.active && IsOrderedTableCell(idx))
        end_at_cells(idx);
      else
        EndTextBeforeHeading(v.line->SpacedText(), "wrapped_into_table");
      header_ = header;
      has_header_ = true;
      header_end_ = header_end;
      for (size_t k = idx; k <= header_end; ++k) Observe(k, LineUse::kColumnHeader);
      idx = header_end;
      continue;
    }
    if (has_header_ && EndsHeader(idx, header_)) has_header_ = false;
    if (ApplyRules(idx)) {
      Observe(idx, LineUse::kRule);
      continue;
    }
    // A row no rule knows, a label with numbers ("Klienter i kö: kvinnor 4"):
    // it may start a group the form's rows do not name, so the group its
    // variables hold ends here and the rows after it ("därav ...") are not
    // read as the previous group's. One whose first word opens only the
    // group's own rows (OpensGroupPart: an age group OCR misread) is the
    // group's.
    if (!vars_.empty() && IsUnknownRow(v) && !OpensGroupPart(v, rules_))
      vars_.clear(), vars_page_ = 0;
    // Reading-order text: a page's rule parts no answer; it goes on past the
    // page break, as past a form feed.
    if (reading_order_ && text_.active && IsPageRule(*v.line)) {
      Observe(idx, LineUse::kSkipped);
      continue;
    }
    // Reading-order text: a table's cell on a line of its own ends an answer.
    if (text_.active && IsOrderedTableCell(idx)) end_at_cells(idx);
    // So does a table's rule ("----- ---- --", the top of a table pandoc
    // wrote): what follows it is the table's.
    if (text_.active && IsTableRule(*v.line)) FinishText();
    // So does a table's header run together with its first row's label on
    // one line (a one-cell-a-line text refilled: OpensWithColumnWords).
    if (text_.active && OpensWithColumnWords(v)) FinishText();
    // So does a table the writer did not draw (pandoc's "[TABLE]": the
    // vocabulary's `lost_table`): what it held, a heading among it, is unknown.
    if (text_.active && FilledCells(*v.line) == 1 &&
        AnyFind(ps_.vocabulary().lost_tables, v.line->cells[static_cast<size_t>(v.first)].text,
                &cache_))
      FinishText();
    // Nor does an answer run on over a page that gave no line (a page left
    // out: cut at its edge, unreadable by OCR): what stood there is unknown.
    if (text_.active && PageLeftOutBetween(text_.last, idx)) FinishText();
    Observe(idx, text_.active && v.line->role == LineRole::kContent ? LineUse::kAnswerText
                                                                    : LineUse::kUnmatched);
    if (text_.active && v.line->role == LineRole::kContent) ReadTextLine(idx);
  }
  FinishText();
  ResolveOptions();
  RefuseWordALinePages();
  DistrustPageEdges();
  assigner_.SetRightByDocument(doc_, seg_.begin, seg_.end);
}

void MatchRun::LeaveOutQuestionNumber(LineView* v) const {
  if (v->line->role != LineRole::kContent) return;
  icu::UnicodeString& cell = v->cells[static_cast<size_t>(v->first)];
  const std::string& fold = v->line->cells[static_cast<size_t>(v->first)].fold;
  for (const Pattern& p : ps_.vocabulary().question_numbers) {
    RegexMatch m;
    // The number alone is no question: something must follow it.
    if (!MayMatch(p, fold) || !RegexFind(p, cell, &m, &cache_) || m.start != 0 || m.end <= 0 ||
        m.end >= cell.length())
      continue;
    cell.remove(0, m.end);
    v->numbered_fold = Fold(Utf8(cell));
    v->numbered_pairs = BytePairs(v->numbered_fold);
    return;
  }
}

}  // namespace redovis
