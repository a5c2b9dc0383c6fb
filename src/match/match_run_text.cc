// One walk over a report's lines, its free-text answers: a text's first words after its label
// (a label whose wording runs on over lines or across a wrap consumed whole first), the lines it
// runs on over, and where it ends (FinishText: a note, a bracket nothing opened, a report's
// opening past a page break). See match_run.h.
#include "match/match_run_text.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cmath>
#include <deque>
#include <set>
#include <string_view>
#include <utility>

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

namespace {

// Lines within which a text question's answer beginning again is the same
// label's (its wording wrapped, a label cut at a line's end and read again).
constexpr size_t kSameLabelNear = 3;

// The one other text question among `rules` whose label opens `first`, the
// words after `own`'s label on its line ("Om ja, ange vilken/vilka
// utbildningar. Om nej, ange varför. ej lämpligt ...": `fmt` refilled two
// questions and the second one's answer into one line); `*rest` gets what
// follows that label. nullptr when none does, or two do.
const Rule* TextLabelOpening(const std::vector<const Rule*>& rules, const Rule& own,
                             const std::string& first, MatcherCache* cache, std::string* rest) {
  if (first.empty()) return nullptr;
  const icu::UnicodeString u = U(first);
  if (!u_isupper(u.char32At(0))) return nullptr;
  const Rule* found = nullptr;
  for (const Rule* r : rules) {
    RegexMatch m;
    if (r == &own || r->kind != RuleKind::kText || r->keys.empty() || r->regex.groups != 0 ||
        !RegexFind(r->regex, u, &m, cache) || m.start != 0)
      continue;
    // The label ends at a word's end, never inside one.
    if (m.end < u.length() && !u_isspace(u.char32At(m.end)) && !u_ispunct(u.char32At(m.end)))
      continue;
    if (found) return nullptr;
    found = r;
    *rest = Trim(Utf8(u.tempSubString(m.end)));
  }
  return found;
}

// True when `text` is nothing, or only numbers and marks (a row's values),
// punctuation aside.
bool OnlyValues(const std::string& text, const ValueParser& parser) {
  size_t b = 0;
  while (b < text.size()) {
    size_t e = text.find_first_of(" \t", b);
    if (e == std::string::npos) e = text.size();
    std::string word = text.substr(b, e - b);
    while (!word.empty() && std::string_view(":;,.?!-").find(word.back()) != std::string_view::npos)
      word.pop_back();
    double n;
    if (!word.empty() && !parser.IsMark(word) && !parser.ParseNumber(word, &n)) return false;
    b = e + 1;
  }
  return true;
}

}  // namespace

// (match_run.h)
bool ReadByAnotherSection(const Edition& ed, const std::string& section, const LineView& n,
                          const ValueParser& parser, MatcherCache* cache) {
  const size_t first = static_cast<size_t>(n.first);
  const icu::UnicodeString& cell = n.cells[first];
  for (size_t j = first + 1; j < n.line->cells.size(); ++j)
    if (n.line->cells[j].checkbox == CheckboxState::kNone &&
        !OnlyValues(n.line->cells[j].text, parser))
      return false;
  for (const auto& [name, rules] : ed.rules_by_section) {
    if (name == section || name == "*") continue;
    for (const Rule* r : rules) {
      RegexMatch m;
      if (!MayMatch(r->regex, n.Fold(first)) || !RegexFind(r->regex, cell, &m, cache) ||
          m.start != 0 || !OnlyValues(Trim(Utf8(cell.tempSubString(m.end))), parser))
        continue;
      // A label whose rule takes the words after it ("Kommun: ..."): what it
      // took must be values too.
      bool values = true;
      for (size_t g = 1; g < m.groups.size() && values; ++g)
        values = OnlyValues(Trim(m.groups[g]), parser);
      if (values) return true;
    }
  }
  return false;
}

// (match_run_text.h)
const Rule* FieldOfAnotherSection(const Edition& ed, const std::string& section, const LineView& n,
                                  size_t cell, MatcherCache* cache) {
  if (cell >= n.cells.size() || n.cells[cell].isEmpty()) return nullptr;
  for (const auto& [name, rules] : ed.rules_by_section) {
    if (name == section || name == "*") continue;
    for (const Rule* r : rules) {
      RegexMatch m;
      if (r->kind == RuleKind::kField && !r->whole_line &&
          MayMatch(r->regex, n.Fold(cell), n.FoldPairs(cell)) &&
          RegexFind(r->regex, n.cells[cell], &m, cache) && m.start == 0)
        return r;
    }
  }
  return nullptr;
}

// (match_run_text.h)
const Rule* QuestionOfLaterSection(const Edition& ed, const std::string& section, const LineView& n,
                                   MatcherCache* cache) {
  if (n.first < 0 || section.empty()) return nullptr;
  const size_t first = static_cast<size_t>(n.first);
  size_t at = ed.sections.size();
  for (size_t i = 0; i < ed.sections.size(); ++i)
    if (ed.sections[i].name == section) at = i;
  for (size_t i = at + 1; i < ed.sections.size(); ++i) {
    auto it = ed.rules_by_section.find(ed.sections[i].name);
    if (it == ed.rules_by_section.end()) continue;
    for (const Rule* r : it->second) {
      RegexMatch m;
      if (!MayMatch(r->regex, n.Fold(first)) || !RegexFind(r->regex, n.cells[first], &m, cache) ||
          m.start != 0 || m.end <= 0)
        continue;
      const std::string label = Utf8(n.cells[first].tempSubString(0, m.end));
      size_t words = 0;
      for (size_t b = 0; b < label.size();) {
        const size_t e = LetterRunEnd(label, b);
        if (e > b)
          ++words, b = e;
        else
          ++b;
      }
      if (words >= kLaterQuestionWords) return r;
    }
  }
  return nullptr;
}

void MatchRun::StartText(const Rule& r, size_t idx, size_t cell, const RegexMatch& m) {
  const LineView& v = View(idx);
  std::string first;
  if (r.regex.groups >= 1 && m.groups.size() > 1) {
    first = m.groups[1];
  } else {
    first = Utf8(v.cells[cell].tempSubString(m.end));
  }
  std::string cut_label;
  const Rule* cut_by = nullptr;
  first = CutTrailingLabel(Trim(first), &r, &cut_label, &cut_by);
  // Another question's label right after this one's: this question has no
  // answer on its line, and the answer after that label is that question's.
  if (std::string rest; const Rule* other = TextLabelOpening(rules_, r, first, &cache_, &rest)) {
    for (const std::string& key : HitKeys(*other))
      assigner_.NotePlace(key, v.line->cells[cell].text, *v.line);
    BeginText(*other, idx, idx, CutTrailingLabel(rest, other));
    if (other->same_cell_only) FinishText();
    return;
  }
  // Another question's bare label ends the line ("... ärenden Om nej, ange
  // varför."): the answer ends there, and the lines after it are that one's.
  if (cut_by && FilledCells(*v.line) == 1) {
    BeginText(r, idx, idx, first);
    EndTextAtLabel(*cut_by, cut_label, idx);
    return;
  }
  // A label matched within the tolerance, not by its regex, whose wording
  // runs on to the next line ("... representanter från nedanstående" /
  // "huvudmän att delta i ledningsgruppen?"): the words after the tolerant
  // match on its line are the label's own, and so is the next line.
  size_t rest = 0;
  bool label_runs_on = false, tolerant = false;
  if (!first.empty() && r.regex.groups == 0) {
    RegexMatch alone;
    tolerant = !RegexFind(r.regex, v.cells[cell], &alone, &cache_);
    label_runs_on = tolerant && LabelGoesOn(r, idx, cell, &rest);
    if (label_runs_on) first.clear();
  }
  first = WithLaterCells(v, cell, std::move(first));
  // A label whose regex met the end of its line before its own last words
  // (an alternative `$`), not ending a sentence there, and whose wording ends
  // on the next line, the answer after it ("Sammanfatta ... när det gäller
  // den enskildes" / "fråga om ... och service. Svar ..."): the next line's
  // words up to there are the label's. So are the words after a match within
  // the tolerance ("... väntetiden är eller" / "har varit ... under 2020." |
  // "3-4 månader"): the regex, met over the wrap, says where the label ends.
  size_t next = 0;
  int32_t after = 0;
  const std::string& own = v.line->cells[cell].text;
  // So are the words after the match on its line when the regex, met over
  // the wrap, takes them and goes on into the next line ("... i er kommun
  // (tre" / "första)": the rule's optional last part broken by a refill).
  const bool runs_into_next = !first.empty() && !tolerant && m.end < v.cells[cell].length();
  // So are the words a line opens with after a label that ended its line and
  // a sentence there ("... personligt ombud under 2023?" / "I så fall, på
  // vilket sätt? Fler klienter ..."), where the regex, met over the wrap,
  // ends a sentence of that very line: the label's last question.
  const bool whole = first.empty() && m.end == v.cells[cell].length();
  const bool ends_sentence =
      !own.empty() && std::string_view(".?:!").find(own.back()) != std::string_view::npos;
  if ((whole || tolerant || runs_into_next) && !label_runs_on && !own.empty() &&
      (!ends_sentence || whole) && LabelEndsOnNextLine(r, idx, cell, &next, &after) &&
      (!runs_into_next || next == idx + 1) &&
      (!ends_sentence || LastQuestionOnNextLine(idx, next, after))) {
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

void MatchRun::StartTextAfterWrap(const Rule& r, size_t idx, size_t next, int32_t after) {
  const LineView& n = View(next);
  for (size_t k = idx + 1; k <= next; ++k) consumed_.insert(k);
  std::string first = WithLaterCells(n, static_cast<size_t>(n.first),
                                     Trim(Utf8(n.cells[n.first].tempSubString(after))));
  BeginText(r, idx, next, CutTrailingLabel(first, &r));
}

std::string MatchRun::WithLaterCells(const LineView& v, size_t cell, std::string first) const {
  for (size_t j = cell + 1; j < v.line->cells.size(); ++j) {
    const Cell& c = v.line->cells[j];
    if (c.text.empty() || IsMarked(c) || IsStructuralCell(v.cells[j], v.Fold(j))) continue;
    first = first.empty() ? c.text : first + " " + c.text;
  }
  return first;
}

void MatchRun::BeginText(const Rule& r, size_t idx, size_t last, const std::string& first) {
  text_ = Running();
  text_.active = true;
  text_.rule = &r;
  text_.key = Interpolate(r.keys[0]);
  text_.line = idx;
  text_.last = last;
  if (!first.empty()) text_.lines.push_back(first), text_.on_label_line = true;
  auto [at, added] = text_begun_.emplace(text_.key, idx);
  if (!added && idx > at->second + kSameLabelNear) text_.twice = at->second;
}

namespace {

// The running answer's lines, a cell's own line breaks apart (the lines of
// a paragraph, as the answer joins them).
std::vector<std::string> AnswerLines(const std::vector<std::string>& read) {
  std::vector<std::string> lines;
  for (const std::string& l : read)
    for (std::string& piece : SplitAt(l, '\n')) lines.push_back(std::move(piece));
  return lines;
}

}  // namespace

bool MatchRun::EndAtUnknownQuestion(size_t idx) {
  const LineView& v = View(idx);
  if (v.first < 0) return false;
  const size_t first = static_cast<size_t>(v.first);
  const std::string text = Trim(v.line->cells[first].text);
  // A row of the table the answer's question stands in, its label then only
  // numbers or marks, at least one under a column of the table's header
  // ("Antal personer i kö vid årets slut" / "3" under Ja): a row no rule
  // knows (asked so, its label is the question).
  auto unknown_row = [&] {
    if (!has_header_ || text.empty() || !u_isalpha(v.cells[first].char32At(0))) return false;
    bool under = false;
    for (size_t c = first + 1; c < v.line->cells.size(); ++c) {
      const Cell& cell = v.line->cells[c];
      if (Trim(cell.text).empty()) continue;
      if (!OnlyValues(cell.text, parser_)) return false;
      const Placement at = PlaceCell(header_, cell, c);
      if ((!at.column.empty() || at.ambiguous) && !at.by_nearness) under = true;
    }
    return under;
  };
  // (The view's folded cell, made once for the rules' prefilter, spares a
  // fold of every answer line.)
  auto question = [&] {
    for (const Pattern& p : ps_.vocabulary().questions)
      if (MayMatch(p, v.Fold(first), v.FoldPairs(first)) &&
          RegexFind(p, v.cells[first], nullptr, &cache_))
        return true;
    return false;
  };
  if (!question() && !unknown_row()) return false;
  for (const auto& [name, rules] : ed_.rules_by_section)
    for (const Rule* r : rules) {
      RegexMatch m;
      if (MayMatch(r->regex, v.Fold(first), v.FoldPairs(first)) &&
          RegexFind(r->regex, v.cells[first], &m, &cache_) && m.start == 0)
        return false;
    }
  EndTextBeforeHeading(text, "wrapped_into_question");
  assigner_.AddFinding("info", "question_not_in_form", {}, "question_not_in_form", {{"raw", text}},
                       *v.line);
  return true;
}

void MatchRun::EndTextBeforeHeading(const std::string& next, const std::string& message) {
  // The answer's lines (a cell's own line breaks apart), blank ones after
  // its last aside. A last line of its own that may be a heading may be the
  // answer's or what follows' (a PDF sets no blank line between them).
  std::vector<std::string> lines = AnswerLines(text_.lines);
  for (std::string& l : lines) l = Trim(l);
  size_t end = lines.size();
  while (end > 0 && lines[end - 1].empty()) --end;
  const size_t own_first = text_.on_label_line ? 1 : 0;  // the label's line is no heading
  if (text_.active && end > own_first && HeadingLike(lines[end - 1])) {
    // The answer on its label's line alone, a blank line after it: a line
    // after the blank one goes on no cell of the label's row, so it is the
    // heading of what follows.
    if (own_first == 1 &&
        std::all_of(lines.begin() + 1, lines.begin() + static_cast<long>(end) - 1,
                    [](const std::string& l) { return l.empty(); }) &&
        end > 2) {
      text_.lines.assign(1, lines[0]);
      FinishText();
      return;
    }
    std::string seen;
    for (size_t i = 0; i < end; ++i)
      if (!lines[i].empty()) seen += (seen.empty() ? "" : " ") + lines[i];
    assigner_.AddFinding("warning", "wrapped_value", {text_.key}, message,
                         {{"raw", seen}, {"next", next}}, *View(text_.line).line);
    text_.active = false;
  }
  FinishText();
}

void MatchRun::ReadTextLine(size_t idx) {
  if (EndAtUnknownQuestion(idx)) return;
  std::string joined;
  for (const Cell& c : View(idx).line->cells)
    if (!c.text.empty()) joined += (joined.empty() ? "" : " ") + c.text;
  // Another question's bare label after the answer's last words on the
  // same line ("... pandemin. Om nej, ange varför.": a refilled or
  // re-wrapped text ran it on): the answer ends before it.
  std::string label;
  const Rule* by = nullptr;
  const std::string cut = CutTrailingLabel(joined, text_.rule, &label, &by);
  // So does one whose wording the wrap broke: it begins on the answer's
  // line before ("... olika ärenden Om" / "nej, ange varför."), among that
  // line's last kWrappedLabelWords words.
  if (!by && !text_.lines.empty()) {
    std::string& before = text_.lines.back();
    size_t from = before.size();
    for (size_t w = 0; w < kWrappedLabelWords && from > 0; ++w) {
      const size_t sp = before.rfind(' ', from - 1);
      from = sp == std::string::npos ? 0 : sp;
    }
    if (from > 0) ++from;  // past the space before the first word taken
    const std::string piece = before.substr(from);
    const std::string kept = CutTrailingLabel(piece + " " + joined, text_.rule, &label, &by);
    if (by && kept.size() < piece.size()) {
      before = Trim(before.substr(0, from) + kept);
      text_.last = idx;
      EndTextAtLabel(*by, label, idx);
      return;
    }
    by = nullptr;
  }
  text_.lines.push_back(cut);
  text_.last = idx;
  if (by) EndTextAtLabel(*by, label, idx);
}

void MatchRun::EndTextAtLabel(const Rule& by, const std::string& label, size_t idx) {
  text_.ended_by_label = true;
  FinishText();
  if (by.kind != RuleKind::kText || by.keys.empty()) return;
  for (const std::string& key : HitKeys(by)) assigner_.NotePlace(key, label, *View(idx).line);
  BeginText(by, idx, idx, "");
  if (by.same_cell_only) FinishText();
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
  const std::vector<std::string> lines = AnswerLines(text_.lines);
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
  // An answer that runs over a page break on to another section's question
  // or row, no heading of that section before it: the pages are out of
  // order (a stack scanned or merged so), or the heading was lost; where the
  // answer ends cannot be told.
  for (size_t k = text_.line + 1; k <= text_.last; ++k) {
    const LineView& n = View(k);
    if (n.line->page == page || n.first < 0 || n.line->role != LineRole::kContent) continue;
    if (ReadByAnotherSection(ed_, section_, n, parser_, &cache_)) {
      assigner_.AddFinding("warning", "wrapped_value", {text_.key}, "wrapped_into_section",
                           {{"raw", value}, {"next", n.line->SpacedText()}},
                           *View(text_.line).line);
      return;
    }
  }
  // An answer that runs on into a later section's question, on its page or
  // after a break, no heading of that section seen: the heading is written
  // in a way the patterns do not know ("2) KLIENTER", "Avdelning 2 – Klienter"),
  // and where the answer ends cannot be told.
  for (size_t k = text_.line + 1; k <= text_.last; ++k) {
    const LineView& n = View(k);
    if (n.first < 0 || n.line->role != LineRole::kContent || consumed_.count(k)) continue;
    if (QuestionOfLaterSection(ed_, section_, n, &cache_)) {
      assigner_.AddFinding("warning", "wrapped_value", {text_.key}, "wrapped_into_later_section",
                           {{"raw", value}, {"next", n.line->SpacedText()}},
                           *View(text_.line).line);
      return;
    }
  }
  // Pages known to be out of order and read as they lie: the page after a
  // break is not known to be the answer's own, so an answer that runs on
  // over one is not taken.
  if (pages_out_of_order_)
    for (size_t k = text_.line + 1; k <= text_.last; ++k) {
      const LineView& n = View(k);
      if (n.line->page == page || n.first < 0 || n.line->role != LineRole::kContent) continue;
      assigner_.AddFinding("warning", "wrapped_value", {text_.key}, "wrapped_unordered_pages",
                           {{"raw", value}, {"next", n.line->SpacedText()}},
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
  // Cut by another question's label, the answer went on nowhere else.
  if (std::string next;
      reading_order_ && !text_.ended_by_label && TextGoesOnPastCells(text_.last, &next)) {
    assigner_.AddFinding("warning", "wrapped_value", {text_.key}, "wrapped_value",
                         {{"raw", value}, {"next", next}}, *View(text_.line).line);
    return;
  }
  if (std::string note; !text_.ended_by_label && TextGoesOnPastNote(text_.last, value, &note)) {
    assigner_.AddFinding("warning", "wrapped_value", {text_.key}, "wrapped_past_note",
                         {{"raw", value}, {"next", note}}, *View(text_.line).line);
    return;
  }
  if (RefuseJoinedDigits({text_.key}, value, *View(text_.line).line)) return;
  // The question's label stood before, unanswered: which of the two is the
  // form's question, and which another's under the same words, cannot be
  // told (the first one's answer, had it one, is the value).
  if (text_.twice != SIZE_MAX && !assigner_.record().values.count(text_.key)) {
    assigner_.AddFinding(
        "warning", "ambiguous_label", {text_.key}, "label_twice",
        {{"raw", value}, {"first", std::to_string(View(text_.twice).line->number)}},
        *View(text_.line).line);
    return;
  }
  assigner_.Assign(text_.key, value, *text_.rule, *View(text_.line).line);
}

}  // namespace redovis
