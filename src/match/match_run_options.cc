// One walk over a report's lines, its option lists once the walk has read
// them (MatchRun::ResolveOptions): the options each list marked, and a list
// left null with a finding where the document may hold a choice the walk did
// not read (a ticked box no option took, an option whose mark its reader
// lost, a line of the list cut short or left unread, reading-order boxes the
// order does not tie to their options). Split from match_run.cc by concept;
// see match_run.h.
#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "base/text_util.h"
#include "base/utf8.h"
#include "match/match_run.h"
#include "match/option_boxes.h"
#include "match/reading_order.h"
#include "match/unread_answers.h"
#include "match/value_assigner.h"
#include "match/value_parser.h"
#include "read/text/cut_lines.h"

namespace redovis {

namespace {

/// True when the first cell of `line` that is not blank opens with a
/// character its reader could not read: U+FFFD, or the '?' the text
/// decoder writes for each byte of a character cut short (text_decoder.h's
/// MendSplitLetters: html2text's "\xE2\x98Ja", a box's UTF-8 cut before
/// "Ja", read "??Ja") right before a letter.
bool OpensWithLostCharacter(const Line& line) {
  for (const Cell& c : line.cells) {
    const std::string t = Trim(c.text);
    if (t.empty()) continue;
    size_t at = 0;
    if (NextCodePoint(t, &at) == kReplacementCharacter) return true;
    at = t.find_first_not_of('?');
    return at > 0 && at != std::string::npos && LetterRunEnd(t, at) > at;
  }
  return false;
}

}  // namespace

void MatchRun::ResolveOptions() {
  std::set<size_t> option_lines;  // the lines of every list's options
  for (const auto& [key, hits] : options_)
    for (const OptionHit& h : hits) option_lines.insert(h.line);
  for (auto& [key, hits] : options_) {
    // An answer written after the list's question stands only where the
    // report prints none of the list's options on a line of its own (a
    // form's list whose boxes a rendering lost: its first option may stand
    // right under the question); the option the answer's own line names
    // ("Kan inte bedöma" alone) is that answer.
    std::set<size_t> answered;
    for (const OptionHit& h : hits)
      if (h.answered) answered.insert(h.line);
    if (!answered.empty()) {
      bool printed = std::any_of(hits.begin(), hits.end(), [&](const OptionHit& h) {
        return !h.answered && !answered.count(h.line);
      });
      hits.erase(std::remove_if(hits.begin(), hits.end(),
                                [&](const OptionHit& h) {
                                  return printed ? h.answered
                                                 : !h.answered && answered.count(h.line);
                                }),
                 hits.end());
    }
    if (hits.empty()) continue;
    // A box ticked on a line of the list, or next to it, that no option's
    // wording matched (a reader garbled it): the set may lack that choice.
    // Null with a finding, rather than a set that is wrong.
    size_t lo = hits.front().line, hi = hits.front().line;
    for (const OptionHit& h : hits) lo = std::min(lo, h.line), hi = std::max(hi, h.line);
    const Line* stray = nullptr;
    const auto is_marked = [this](const Cell& c) { return IsMarked(c); };
    for (size_t i = lo > seg_.begin ? lo - 1 : lo; i <= hi + 1 && i < seg_.end && !stray; ++i) {
      const Line& l = *View(i).line;
      if (consumed_.count(i) || l.role != LineRole::kContent) continue;
      // A line of options showing more ticked boxes than options it marked
      // ("... ombud ☒Annan förändring" where that option's wording ran on
      // from the line before); a line of none showing one.
      // Another list's line is that list's.
      const bool ours =
          std::any_of(hits.begin(), hits.end(), [&](const OptionHit& h) { return h.line == i; });
      if (option_lines.count(i) && !ours) continue;
      const int marked_here = static_cast<int>(std::count_if(
          hits.begin(), hits.end(), [&](const OptionHit& h) { return h.line == i && h.marked; }));
      if (TickedBoxes(l, is_marked) > marked_here) stray = &l;
      if (ours || stray) continue;
      for (const Cell& c : l.cells) {
        // A mark typed or drawn before words, as an option's own
        // ("☒ ändrat sina arbetssätt ...": w3m centres a box on its item's
        // lines, so the item's middle line carries it).
        const size_t sp = c.text.find(' ');
        if (c.checkbox == CheckboxState::kChecked ||
            (sp != std::string::npos && parser_.IsMark(c.text.substr(0, sp))))
          stray = &l;
      }
    }
    // No option marked, and one whose line opens with a character its
    // reader could not read (OpensWithLostCharacter: html2text cut a box's
    // UTF-8 short): its mark, ticked or not, is lost, and the empty set says
    // nothing. (Where another option shows its mark, "* Kan inte bedöma"
    // under "\xE2\x81Ja", the lost ones are read unmarked, as before.)
    const bool none_marked =
        std::none_of(hits.begin(), hits.end(), [](const OptionHit& h) { return h.marked; });
    for (const OptionHit& h : hits)
      if (none_marked && !h.answered && !stray && OpensWithLostCharacter(*View(h.line).line))
        stray = View(h.line).line;
    if (stray) {
      assigner_.MarkUnplaced(key, *stray);
      assigner_.AddFinding("warning", "value_unreadable", {key}, "unreadable_choice",
                           {{"raw", Trim(stray->Text())}}, *stray);
      continue;
    }
    // A line of the list, or next to it, that the text reader marked cut
    // (cut_lines.h: a hard fold's row it could not prove, its boxes taken
    // off, or an option's line cut short): the set may lack its choice.
    const Line* cut = nullptr;
    for (size_t i = lo > seg_.begin ? lo - 1 : lo; i <= hi + 1 && i < seg_.end && !cut; ++i)
      if (View(i).line->Text().find(kCutLine) != std::string::npos) cut = View(i).line;
    if (cut) {
      std::string seen = cut->Text();
      EraseCutMarks(&seen);
      assigner_.AddFinding("warning", "value_unreadable", {key}, "cut_line", {{"raw", Trim(seen)}},
                           *cut);
      continue;
    }
    // A line of the list, or next to it, that the text reader left unread
    // (a list `fmt` refilled, whose boxes ran onto other options' lines): its
    // ticked boxes are none of the options read, and the set may lack them.
    const Line* unread = nullptr;
    for (size_t i = lo > seg_.begin ? lo - 1 : lo; i <= hi + 1 && i < seg_.end && !unread; ++i)
      if (IsUnreadLine(*View(i).line)) unread = View(i).line;
    if (unread) {
      assigner_.MarkUnplaced(key, *unread);
      assigner_.AddFinding("warning", "value_unreadable", {key}, "unread_list_line", {}, *unread);
      continue;
    }
    // Reading-order text: an option whose box the order does not tie to it
    // (OrderedOptionMark looked and found no run of boxes as long as its
    // run of options) may be marked: the set is not decided.
    const OptionHit* untied = nullptr;
    for (const OptionHit& h : hits)
      if (reading_order_ && !h.marked && !h.answered && ordered_options_.count(h.line) &&
          !ordered_marks_.count(h.line)) {
        untied = &h;
        break;
      }
    if (untied) {
      assigner_.AddFinding("warning", "ambiguous_column", {key}, "reading_order_option",
                           {{"option", Trim(View(untied->line).line->Text())}},
                           *View(untied->line).line);
      continue;
    }
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

}  // namespace redovis
