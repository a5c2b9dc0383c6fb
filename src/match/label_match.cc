// Matching a cell's label with tolerance. See label_match.h.
#include "match/label_match.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "base/text_util.h"
#include "patterns/label.h"

namespace redovis {

namespace {

bool Enabled(const LabelTolerance& t) {
  return t.words > 0 || t.chars > 0;
}

// Where the question ends in `text` when the rule's regex matches at its
// start: where the regex's group begins (the answer's place, searched from
// `from`), or the match's end; -1 when it does not match there.
int32_t RegexEnd(const Rule& rule, const icu::UnicodeString& text, int32_t from) {
  RegexMatch m;
  if (!RegexFind(rule.regex, text, &m) || m.start != 0) return -1;
  if (rule.regex.groups >= 1 && m.groups.size() >= 2) {
    icu::UnicodeString group = icu::UnicodeString::fromUTF8(Trim(m.groups[1]));
    if (!group.isEmpty()) return text.indexOf(group, from);
  }
  return m.end;
}

// Where the question ends in `cell`, whose label (found within the
// tolerance) ends at `end`. What the rule's own regex takes beyond the
// label's wording is the question's, not its answer's: an optional part the
// label leaves out (`(tre första)`), a closing `.`, the words a `.*?` runs
// over up to `ledningsgruppen?`. The regex is tried on the cell from its
// first letter or digit (table syntax before the label: `||Om ja`, `| Ange`),
// then on the label's wording followed by the rest of the cell (a word of
// the label misread). Neither matching beyond the label leaves `end`.
int32_t QuestionEnd(const Rule& rule, const icu::UnicodeString& cell, int32_t end) {
  int32_t lead = 0;
  while (lead < cell.length() && !u_isalnum(cell.char32At(lead))) lead = cell.moveIndex32(lead, 1);
  if (lead > 0 && lead < cell.length()) {
    icu::UnicodeString text = cell.tempSubString(lead);
    int32_t q = RegexEnd(rule, text, std::max(0, end - lead));
    if (q >= 0) return std::max(end, std::min(cell.length(), lead + q));
  }
  if (rule.label.empty()) return end;
  icu::UnicodeString probe = icu::UnicodeString::fromUTF8(rule.label);
  int32_t label_length = probe.length();
  probe.append(cell.tempSubString(end));
  int32_t q = RegexEnd(rule, probe, label_length);
  if (q <= label_length) return end;
  return std::min(cell.length(), end + (q - label_length));
}

RegexMatch Shaped(const Rule& rule, const icu::UnicodeString& cell, int32_t label_end) {
  int32_t end = QuestionEnd(rule, cell, label_end);
  RegexMatch m;
  m.start = 0;
  m.end = end;
  m.groups.push_back(Utf8(cell.tempSubString(0, end)));
  if (rule.regex.groups >= 1) m.groups.push_back(Trim(Utf8(cell.tempSubString(end))));
  return m;
}

/// True when `a` and `b` apply to one line together, as their regexes do:
/// the same wording, or one an open label whose words begin the other's
/// (the option "Annan förändring" on the line of the field "Annan
/// förändring, ange vad:").
bool SameLine(const Rule& a, const Rule& b) {
  if (a.label_words == b.label_words) return true;
  const Rule& shorter = a.label_words.size() < b.label_words.size() ? a : b;
  const Rule& longer = &shorter == &a ? b : a;
  return !shorter.label_closed && shorter.label_words.size() < longer.label_words.size() &&
         std::equal(shorter.label_words.begin(), shorter.label_words.end(),
                    longer.label_words.begin());
}

// The label's wording met as written, but in lower case at the cell's first
// character ("kommun, som redovisningen omfattar"): a sentence wrapped before
// the word (fmt), which the rule's own regex refused; the tolerance forgives
// noise in a label's words or around them ("| Synpunkter ...", "Datum: 12"),
// and here there is none.
bool SentenceGoingOn(const LabelDistance& d, const icu::UnicodeString& cell) {
  return d.words == 0 && d.chars == 0 && !cell.isEmpty() && u_islower(cell.char32At(0));
}

}  // namespace

bool MatchOneLabel(const Rule& rule, const icu::UnicodeString& cell,
                   const LabelTolerance& tolerance, RegexMatch* out) {
  if (!Enabled(tolerance) || rule.label_words.empty()) return false;
  std::vector<int32_t> ends;  // as many words as CompareLabel reads (MatchLabelTolerantly)
  std::vector<std::u32string> words = LabelWords(
      cell, &ends, rule.label_words.size() + static_cast<size_t>(std::max(tolerance.words, 0)) + 1);
  return MatchOneLabel(rule, cell, words, ends, tolerance, out);
}

bool MatchOneLabel(const Rule& rule, const icu::UnicodeString& cell,
                   const std::vector<std::u32string>& words, const std::vector<int32_t>& ends,
                   const LabelTolerance& tolerance, RegexMatch* out) {
  if (!Enabled(tolerance) || rule.label_words.empty()) return false;
  // The quick test first, as MatchLabelTolerantly's: the full comparison
  // only for a cell that may be near the label.
  if (!MayBeWithin(rule.label_words, words, tolerance)) return false;
  LabelDistance d = CompareLabel(rule.label_words, rule.label_closed, cell, words, ends, tolerance);
  if (!d.within || SentenceGoingOn(d, cell)) return false;
  if (out) *out = Shaped(rule, cell, d.end);
  return true;
}

LabelMatch MatchLabelTolerantly(const std::vector<const Rule*>& rules,
                                const icu::UnicodeString& cell, const LabelTolerance& tolerance) {
  LabelMatch out;
  if (!Enabled(tolerance)) return out;
  std::vector<std::pair<const Rule*, LabelDistance>> near;
  int fewest = -1;  // the fewest words changed among the labels within the tolerance
  // The cell's words once for every rule, and only as many as are read:
  // CompareLabel reads a label's n words against the cell's first n + W
  // (W: the words the tolerance may change), MayBeWithin the first W + 1.
  size_t longest = 0;
  for (const Rule* r : rules) longest = std::max(longest, r->label_words.size());
  std::vector<int32_t> ends;
  std::vector<std::u32string> words =
      LabelWords(cell, &ends, longest + static_cast<size_t>(std::max(tolerance.words, 0)) + 1);
  for (const Rule* r : rules) {
    if (r->label_words.empty() || !MayBeWithin(r->label_words, words, tolerance)) continue;
    LabelDistance d = CompareLabel(r->label_words, r->label_closed, cell, words, ends, tolerance);
    if (!d.within || SentenceGoingOn(d, cell)) continue;
    near.emplace_back(r, d);
    if (fewest < 0 || d.words < fewest) fewest = d.words;
  }
  // Only the nearest count: a label read with a character or two of noise
  // beats one that needs a word changed. Two different wordings equally
  // near: which question it is cannot be told.
  bool two = false;
  for (const auto& [a, da] : near)
    for (const auto& [b, db] : near)
      if (da.words == fewest && db.words == fewest && !SameLine(*a, *b)) two = true;
  for (const auto& [r, d] : near) {
    if (d.words != fewest) continue;
    if (two)
      out.ambiguous.push_back(r);
    else
      out.hits.emplace_back(r, Shaped(*r, cell, d.end));
  }
  return out;
}

}  // namespace redovis
