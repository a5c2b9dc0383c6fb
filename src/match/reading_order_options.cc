// Reading-order text, its option lists and a section's only mark
// (pdftotext without -layout, dumps of pdftohtml's lines): MatchRun's
// methods that tie a list's boxes to its options where the order proves it
// (a run of boxes before a run of options, or each option right after its
// own box) and read a section's only mark. Split from reading_order_marks.cc
// by concept; see reading_order.h and match_run.h.
#include <unicode/uchar.h>

#include <algorithm>
#include <string>
#include <vector>

#include "base/text_util.h"
#include "match/match_run.h"
#include "match/reading_order.h"
#include "patterns/regex.h"

namespace redovis {

bool MatchRun::OrderedOptionMark(const Rule& r, size_t idx) {
  if (!reading_order_ || r.kind != RuleKind::kOption || r.keys.empty()) return false;
  if (ordered_options_.count(idx)) {
    auto it = ordered_marks_.find(idx);
    return it != ordered_marks_.end() && it->second;
  }
  auto one = [&](size_t k) { return OrderedLoneCell(k); };
  auto blank = [&](size_t k) { return View(k).first < 0; };
  // An option of the same key (its rule's wording), alone on its line.
  auto option = [&](size_t k) {
    const Cell* c = one(k);
    if (!c || c->checkbox != CheckboxState::kNone) return false;
    for (const Rule* q : rules_) {
      RegexMatch m;
      if (q->kind == RuleKind::kOption && !q->keys.empty() && q->keys[0] == r.keys[0] &&
          RegexFind(q->regex, View(k).cells[static_cast<size_t>(View(k).first)], &m, &cache_))
        return true;
    }
    return false;
  };
  // An option's own words wrapped onto the next line ("klienterna").
  auto wrapped = [&](size_t k) {
    const Cell* c = one(k);
    return c && c->checkbox == CheckboxState::kNone && View(k).line->role == LineRole::kContent &&
           u_islower(U(c->text).char32At(0)) && !IsStructuralLine(k);
  };
  auto box = [&](size_t k) { return OrderedBoxLine(k); };
  // The run of options around this line: option lines and their wrapped
  // lines, and an option past one blank line (pdfminer's `pdf2txt` writes a
  // blank line after every line: "☐" / "" / "☐" / "" / "☒" / "" / "Ja" / ""
  // / "Nej" / "" / "Kan inte bedöma": its runs are three boxes and three
  // options, not the box and the option next to each other).
  size_t first = idx, last = idx;
  for (;;) {
    if (first > seg_.begin && (option(first - 1) || wrapped(first - 1)))
      --first;
    else if (first > seg_.begin + 1 && blank(first - 1) && option(first - 2))
      first -= 2;
    else
      break;
  }
  while (first < idx && !option(first)) ++first;
  // Down the same way: an option's wrapped words may stand past the blank
  // line ("... stödinsatser till" / "" / "klienterna" / the next option), as
  // the walk up takes them; so every option of the list finds one run (the
  // first option's walk decides the list: the others find it made).
  for (;;) {
    size_t past = last + 2;
    while (past < seg_.end && wrapped(past)) ++past;
    if (last + 1 < seg_.end && (option(last + 1) || wrapped(last + 1)))
      ++last;
    else if (past < seg_.end && blank(last + 1) && option(past))
      last = past;
    else
      break;
  }
  std::vector<size_t> options;
  for (size_t k = first; k <= last; ++k)
    if (option(k)) options.push_back(k);
  ordered_options_.insert(options.begin(), options.end());
  // Or each option right after its own box, the list's lines box, option
  // (and its wrapped words), box, option, ... with nothing between (a dump of
  // pdftohtml's lines: "☐" / "Ja" / "☐" / "Nej" / "☒" / "Kan inte bedöma"),
  // or one blank line between an option and the next box (MuPDF's text, a
  // block a box and its option): only where the list opens with a box after
  // a line that is no option of it (nor, past a blank line, a box) and ends
  // with an option before a line that is no box (nor, past a blank line, a
  // box with no option after it), so that no option's box can be the one
  // after it. A box and its option are never parted by a blank line.
  auto alternating = [&] {
    // Up from this option: its box right above it, then the option before
    // (past its wrapped words and one blank line) and its box, ..., to the
    // list's first box.
    size_t start = idx;
    for (;;) {
      if (start == seg_.begin || !box(start - 1)) return false;
      const size_t own = start - 1;
      size_t above = own;
      if (above > seg_.begin && blank(above - 1)) --above;
      const size_t parted = above;
      while (above > seg_.begin && wrapped(above - 1)) --above;
      if (above > seg_.begin && option(above - 1)) {
        start = above - 1;
        continue;
      }
      if (above != parted) return false;  // wrapped words of no option
      start = own;
      break;
    }
    if (start > seg_.begin && box(start - 1)) return false;
    if (start > seg_.begin + 1 && blank(start - 1) && box(start - 2)) return false;
    std::vector<size_t> opts;
    std::vector<const Cell*> marks;
    size_t k = start;
    while (k < seg_.end && box(k)) {
      if (k + 1 >= seg_.end || !option(k + 1)) return false;
      marks.push_back(one(k));
      opts.push_back(k + 1);
      k += 2;
      while (k < seg_.end && wrapped(k)) ++k;
      if (k + 1 < seg_.end && blank(k) && box(k + 1)) ++k;
    }
    if (opts.size() < 2 || std::find(opts.begin(), opts.end(), idx) == opts.end()) return false;
    ordered_options_.insert(opts.begin(), opts.end());
    for (size_t i = 0; i < opts.size(); ++i) {
      ordered_marks_[opts[i]] = marks[i]->checkbox == CheckboxState::kChecked;
      consumed_.insert(opts[i] - 1);  // its box: read, no stray mark of the list
    }
    return true;
  };
  // The boxes just before it, past blank lines only (and the wrapped end of
  // the option before the boxes, when a page or column broke the list), and
  // nothing else.
  size_t b = first;
  while (b > seg_.begin && wrapped(b - 1)) --b;
  size_t text = b;
  while (b > seg_.begin && blank(b - 1)) --b;
  if (b == text) return alternating() && ordered_marks_[idx];
  // The run of boxes, each past one blank line at most where the options'
  // run has blank lines too.
  bool spaced = false;
  for (size_t k = first; k <= last; ++k) spaced = spaced || blank(k);
  std::vector<const Cell*> boxes;
  for (;;) {
    if (b > seg_.begin && box(b - 1)) {
      boxes.insert(boxes.begin(), one(b - 1));
      --b;
    } else if (spaced && !boxes.empty() && b > seg_.begin + 1 && blank(b - 1) && box(b - 2)) {
      --b;
    } else {
      break;
    }
  }
  if (boxes.size() != options.size()) return false;
  for (size_t i = 0; i < options.size(); ++i)
    ordered_marks_[options[i]] = boxes[i]->checkbox == CheckboxState::kChecked;
  return ordered_marks_[idx];
}

bool MatchRun::OrderedOptionTied(size_t idx) {
  if (!reading_order_) return false;
  const LineView& v = View(idx);
  if (v.first < 0 || FilledCells(*v.line) != 1) return false;
  for (const Rule* q : rules_) {
    RegexMatch m;
    if (q->kind != RuleKind::kOption ||
        !RegexFind(q->regex, v.cells[static_cast<size_t>(v.first)], &m, &cache_))
      continue;
    OrderedOptionMark(*q, idx);
    return ordered_marks_.count(idx) > 0;
  }
  return false;
}

bool MatchRun::OrderedSectionMark(const Rule& r, size_t idx, std::string* out, const Line** from) {
  if (!reading_order_) return false;
  // No other question of the section takes a mark.
  for (const Rule* q : rules_) {
    if (q == &r) continue;
    bool takes =
        q->kind == RuleKind::kOption || (q->kind == RuleKind::kRow && !q->choice_key.empty());
    if (q->kind == RuleKind::kField && !q->keys.empty()) {
      const FieldSpec* spec = ps_.catalogue().Find(Interpolate(q->keys[0]));
      takes = spec && spec->type == FieldType::kBool;
    }
    if (takes) return false;
  }
  size_t next;
  auto heading = [&](size_t k) { return MatchHeading(View(k)) || SplitHeading(k, &next); };
  size_t a = idx;
  while (a > seg_.begin && !heading(a)) --a;
  size_t b = idx + 1;
  while (b < seg_.end && !heading(b)) ++b;
  // The section's one line that holds a mark, a box or a yes or no alone.
  size_t found = seg_.end;
  for (size_t k = a; k < b; ++k) {
    const LineView& v = View(k);
    if (k == idx || v.first < 0) continue;
    bool marks = false;
    for (const Cell& c : v.line->cells) {
      std::string col = parser_.ColumnOf(Trim(c.text));
      marks = marks || c.checkbox != CheckboxState::kNone || parser_.IsMark(c.text) ||
              col == "yes" || col == "no";
    }
    if (!marks) continue;
    if (found != seg_.end) return false;
    found = k;
  }
  if (found == seg_.end || consumed_.count(found) || PageLeftOutBetween(idx, found)) return false;
  const Cell* c = OrderedLoneCell(found);
  if (!c || c->checkbox == CheckboxState::kUnchecked) return false;
  const LineView& v = View(found);
  // A line taken for furniture by repetition may still be the answer, but
  // not a footnote, nor a running line at its page's edge.
  if (v.line->role == LineRole::kFootnote || AtPageEdge(found)) return false;
  consumed_.insert(found);
  *out = c->checkbox == CheckboxState::kChecked ? "x" : Trim(c->text);
  if (from) *from = v.line;
  return true;
}

}  // namespace redovis
