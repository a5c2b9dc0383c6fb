// Which rules a cell's label is when no rule's regular expression matched
// it: the rules whose label (patterns/label.h) the start of the cell is,
// within the vocabulary's label_tolerance. Only the nearest labels count (a
// label read with a character or two of noise beats one that needs a word
// changed); rules that share the nearest wording (a field and a text on the
// same question), or an open label and a longer one it begins, are hit
// together as their regexes would be; two other wordings equally near are
// ambiguous and hit nothing. A label's wording met as written but in lower
// case at the cell's first character is no hit ("kommun, som ...": a
// sentence wrapped before the word, which its regex refused): there is no
// noise for the tolerance to forgive.
//
// In: the rules in force, a cell's text, the tolerance. Out: the rules hit,
// each with a match shaped like its regex's (group 0 the label as written,
// group 1 the rest of the cell when the regex has a group), or the
// ambiguous ones. The label ends where the rule's own regex would end the
// question: what it takes beyond the label's wording (an optional part the
// label leaves out, a closing full stop, the words of a `.*?`), tried on the
// cell from its first letter or digit and on the label's wording followed by
// the rest of the cell, is the question's, not the answer's. A pure
// function: never throws, keeps nothing.
#ifndef REDOVIS_MATCH_LABEL_MATCH_H_
#define REDOVIS_MATCH_LABEL_MATCH_H_

#include <unicode/unistr.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "patterns/regex.h"
#include "redovis/patterns.h"

namespace redovis {

/// What matching a cell's label with tolerance found.
struct LabelMatch {
  std::vector<std::pair<const Rule*, RegexMatch>> hits;  ///< one wording: all its rules
  std::vector<const Rule*> ambiguous;  ///< two or more wordings within the tolerance
};

/// The rules among `rules` whose label `cell` starts with, within
/// `tolerance`. Empty (no hits, nothing ambiguous) when the tolerance is
/// zero or no label is near.
LabelMatch MatchLabelTolerantly(const std::vector<const Rule*>& rules,
                                const icu::UnicodeString& cell, const LabelTolerance& tolerance);

/// The match of `rule`'s label at the start of `cell` within `tolerance`:
/// shaped as MatchLabelTolerantly's; false when it is not within.
bool MatchOneLabel(const Rule& rule, const icu::UnicodeString& cell,
                   const LabelTolerance& tolerance, RegexMatch* out);
/// MatchOneLabel with the cell's LabelWords (and their ends) already taken:
/// the same answer, for a caller comparing one cell with many rules' labels.
bool MatchOneLabel(const Rule& rule, const icu::UnicodeString& cell,
                   const std::vector<std::u32string>& words, const std::vector<int32_t>& ends,
                   const LabelTolerance& tolerance, RegexMatch* out);

}  // namespace redovis

#endif  // REDOVIS_MATCH_LABEL_MATCH_H_
