// Reading-order text, a question's own Ja/Nej table (pdftotext without
// -layout, MuPDF's text, pdftohtml's dumps): MatchRun's method that reads the
// one-row table a question owns where the order wrote its column words and
// boxes (or its counts) around the question, and refuses it where the order
// does not prove which box is whose. Split from reading_order_marks.cc by
// concept; see reading_order.h and match_run.h.
#include <unicode/uchar.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "base/text_util.h"
#include "base/utf8.h"
#include "match/cell_lines.h"
#include "match/match_run.h"
#include "match/ordered_runs.h"
#include "match/reading_order.h"
#include "patterns/regex.h"
#include "read/text/text_reader.h"

namespace redovis {

bool MatchRun::OrderedQuestionBoxes(size_t idx, std::vector<std::string>* marked,
                                    std::vector<size_t>* counts) const {
  auto blank = [&](size_t k) { return View(k).first < 0; };
  // A count alone on its line, where counts are asked for; else a box.
  auto count = [&](size_t k) {
    const Cell* c = counts ? OrderedLoneCell(k) : nullptr;
    return c && c->checkbox == CheckboxState::kNone && IsCountCell(Trim(c->text));
  };
  auto box = [&](size_t k) { return counts ? count(k) : OrderedBoxLine(k); };
  // A column word alone as a table writes it (not an answer that opens with
  // one: "Ja, men ...").
  // A word broken in its narrow cell ("N ej") is its column's too.
  auto word = [&](size_t k) -> std::string {
    if (!IsOrderedTableCell(k) || count(k)) return "";
    std::string w = OrderedColumnWord(k);
    if (w.empty() && !box(k)) w = written_.BrokenColumnWord(OrderedLoneCell(k)->text);
    return w == kIgnoredColumn ? "" : w;
  };
  // Another question: a section's heading or a row's label (a choice or a
  // table's row). The question's own text answers ("Om ja, ange vilken.")
  // are no row.
  auto question = [&](size_t k) {
    const LineView& v = View(k);
    if (MatchHeading(v)) return true;
    for (const Rule* q : rules_) {
      RegexMatch m;
      if (q->kind == RuleKind::kRow && FindLabelInFirst(*q, v, &m) && m.start == 0) return true;
    }
    return false;
  };
  // A cell of a table that is neither a box nor a column word alone (a mark
  // typed as text, "Delvis (t.ex. ...)", a broken word, an ignored column).
  auto stray = [&](size_t k) { return IsOrderedTableCell(k) && !box(k) && word(k).empty(); };
  // A column word's note in brackets on the lines right under it, closed
  // within three lines ("Ja" / "(Om fler kommuner ingår i verksamheten PO," /
  // "ange antal kommuner med kö/väntetider)"): the word's, no cell.
  auto text_of = [&](size_t k) {
    const Cell* c = OrderedLoneCell(k);
    return c ? Trim(c->text) : std::string();
  };
  auto note = [&](size_t k) {
    for (size_t s = k, n = 0; s > seg_.begin && n < 3; --s, ++n) {
      const std::string t = text_of(s);
      if (t.empty() || box(s)) return false;
      if (t.front() != '(') continue;
      if (word(s - 1).empty()) return false;
      for (size_t e = s; e < seg_.end && e < s + 3; ++e) {
        const std::string u = text_of(e);
        if (u.empty() || box(e)) return false;
        if (u.back() == ')') return e >= k;
      }
      return false;
    }
    return false;
  };
  const int page = View(idx).line->page;
  // The line before k past blank lines (seg_.end for none).
  auto above = [&](size_t k) {
    while (k > seg_.begin) {
      --k;
      if (!blank(k)) return k;
    }
    return seg_.end;
  };
  // Before the label: no box or column word (the order wrote the table's
  // cells around its label: which box is whose cannot be told), except the
  // table's first word alone, on the label's page, with no cell of a table
  // above it (the order wrote the "Ja" column's word, then the question,
  // then the rest: "Ja" / question / "☒" / "Nej" / "☐"), or a run of words
  // and boxes right under the question's section heading, on its page
  // ("Handledning" / "Ja" / "☒" / question / "Nej" / "☐"; "Utbildning" /
  // "Ja" / "Nej" / question / "☐" / "☒"): the cells between a section's
  // heading and its question are the question's.
  std::vector<std::string> words;
  std::vector<const Cell*> boxes;
  std::string tokens;  // 'w' a word, 'b' a box, in the order written
  std::vector<size_t> run;
  size_t top = above(idx);
  for (; top != seg_.end && (box(top) || !word(top).empty() || note(top)); top = above(top)) {
    if (View(top).line->page != page) return false;
    if (!note(top)) run.insert(run.begin(), top);
  }
  // The section's heading may end the page before, the run opening this one
  // (pages in their order: "Handledning" / form feed / "Ja" / "Nej" / ...).
  const bool heading_before = !run.empty() && top != seg_.end && !pages_out_of_order_ &&
                              View(top).line->page + 1 == page && MatchHeading(View(top));
  if (top != seg_.end && stray(top)) return false;
  if (run.size() == 1 && box(run[0])) return false;
  // Or the column words alone right above the question, after a line that
  // is no table's cell nor row ("Ja" / "Nej" / question / "☒" / "☐": the
  // header row, then the question's row, the table's only: no row's label
  // right after its boxes either); the boxes must then come after it.
  const bool words_only = run.size() > 1 && std::none_of(run.begin(), run.end(), box) &&
                          top != seg_.end && !MatchHeading(View(top));
  if (run.size() > 1 && (top == seg_.end || (View(top).line->page != page && !heading_before) ||
                         !(MatchHeading(View(top)) || (words_only && !OrderedChoiceLabel(top)))))
    return false;
  for (size_t k : run) {
    if (box(k)) {
      boxes.push_back(OrderedLoneCell(k));
      tokens += 'b';
    } else {
      words.push_back(word(k));
      tokens += 'w';
    }
  }
  std::vector<size_t> box_lines;  // (in counts mode: each count's line)
  for (size_t k : run)
    if (box(k)) box_lines.push_back(k);
  // After it, on its page: the question's own text, then one run of column
  // words and boxes.
  size_t k = idx + 1;
  for (; k < seg_.end; ++k) {
    if (View(k).line->page != page) return false;
    if (blank(k)) continue;
    if (box(k) || !word(k).empty()) break;
    if (stray(k) || question(k)) return false;
  }
  for (; k < seg_.end && View(k).line->page == page; ++k) {
    if (blank(k) || note(k)) continue;
    if (box(k)) {
      boxes.push_back(OrderedLoneCell(k));
      box_lines.push_back(k);
      tokens += 'b';
    } else if (std::string w = word(k); !w.empty()) {
      words.push_back(w);
      tokens += 'w';
    } else {
      break;
    }
  }
  // After the run, up to the next question: no other cell of a table, but
  // the next question's first word alone right above it, or its column
  // words alone ("Ja" / "Nej" / question).
  for (size_t j = k; j < seg_.end && View(j).line->page == page; ++j) {
    if (blank(j) || note(j)) continue;
    if (words_only && OrderedChoiceLabel(j)) return false;
    if (question(j)) break;
    if (!word(j).empty()) {
      size_t next = j + 1;
      while (next < seg_.end && (blank(next) || (!box(next) && !word(next).empty()))) ++next;
      if (next < seg_.end && question(next)) break;
    }
    if (box(j) || !word(j).empty() || stray(j)) return false;
  }
  const size_t n = words.size();
  if (n < 2 || boxes.size() != n) return false;
  for (size_t i = 0; i < n; ++i)
    for (size_t j = i + 1; j < n; ++j)
      if (words[i] == words[j]) return false;
  // Each word then its box ("Ja ☒ Nej ☐"), or the words and then the boxes
  // in the same order ("Ja Nej ☒ ☐"): the i-th box is the i-th word's.
  std::string alternating, grouped(n, 'w');
  for (size_t i = 0; i < n; ++i) alternating += "wb";
  grouped += std::string(n, 'b');
  if (tokens != alternating && tokens != grouped) return false;
  if (counts) {
    // Each word's count: the words' columns, the counts' lines in order.
    *marked = words;
    *counts = box_lines;
    return true;
  }
  size_t ticked = 0;
  for (const Cell* c : boxes) ticked += c->checkbox == CheckboxState::kChecked;
  if (ticked != 1) return false;
  for (size_t i = 0; i < n; ++i)
    if (boxes[i]->checkbox == CheckboxState::kChecked) marked->push_back(words[i]);
  return true;
}

}  // namespace redovis
