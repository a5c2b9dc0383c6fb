// A rule's label: the form's wording its regular expression spells out, as
// words, and how far the start of a cell's text is from it. The rule
// language's tolerance for small differences between a form's wording and
// what a municipality typed (a word changed, a year inside the question,
// OCR noise of a character or two) lives here; the matcher asks it only
// when no rule's regular expression matched a line's first label, or, on a
// line OCR read, a label after one that matched (src/match/label_match.h).
//
// In: a rule's regex source (at load), a cell's text (when matching). Out:
// the label's words; a distance with the place the label ends in the text.
// Pure functions of their arguments: no state, no I/O, never throw.
#ifndef REDOVIS_PATTERNS_LABEL_H_
#define REDOVIS_PATTERNS_LABEL_H_

#include <unicode/unistr.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "redovis/patterns.h"

namespace redovis {

/// The wording an anchored regular expression spells: its literal text with
/// optional parts left out, the first of each alternation taken, `\s` as a
/// space and a `.*` between literals as a space, up to its first capture
/// group, lookahead or end. Sets `*closed` when the label must end the text
/// or stand before a colon (`$` or a lookahead for one). Returns "" for a
/// pattern that is not anchored with `^` or whose wording cannot be spelt
/// (a class, a back-reference, an unknown escape before any word).
std::string DeriveLabel(const std::string& source, bool* closed);

/// The words of `text` for comparing labels: runs of letters and digits,
/// case-folded; a year (19xx, 20xx) is no word. `ends` (when given) gets the
/// UTF-16 offset in `text` where each word ends. Only the first `max_words`
/// are taken (a comparison that reads no further need not read the rest of
/// a paragraph).
std::vector<std::u32string> LabelWords(const icu::UnicodeString& text,
                                       std::vector<int32_t>* ends = nullptr,
                                       size_t max_words = SIZE_MAX);

/// How the start of a text compares with a label.
struct LabelDistance {
  bool within = false;  ///< inside the tolerance
  int words = 0;        ///< words changed, missing or added
  int chars = 0;        ///< characters differing inside the words that count as the same
  int32_t end = 0;      ///< UTF-16 offset in the text where the label's wording ends
};

/// Compares the start of `text` with `label` (its LabelWords) under
/// `tolerance`. A word of the text is the label's word when their edit
/// distance is at most 1 (words of 4 to 7 letters) or 2 (8 and more;
/// shorter words must be equal), and the characters so forgiven add up to at
/// most `tolerance.chars`; up to `tolerance.words` words may differ when the
/// label has at least `tolerance.min_words` words. A closed label must be
/// followed by nothing but punctuation, up to a colon, a dash with a space
/// on each side (" - ", " – ") or the end. Returns
/// `within` false (and the best distance found) otherwise.
LabelDistance CompareLabel(const std::vector<std::u32string>& label, bool closed,
                           const icu::UnicodeString& text, const LabelTolerance& tolerance);
/// CompareLabel with the text's LabelWords (and their ends) already taken:
/// the same answer, for a caller comparing one text with many labels.
LabelDistance CompareLabel(const std::vector<std::u32string>& label, bool closed,
                           const icu::UnicodeString& text, const std::vector<std::u32string>& words,
                           const std::vector<int32_t>& ends, const LabelTolerance& tolerance);

/// The edit distance (insertions, deletions, substitutions of code points)
/// of `a` and `b` when it is at most `limit` (>= 0), else `limit` + 1:
/// what the tolerance asks of two words, in time proportional to the words'
/// length times `limit`, not their lengths' product.
int BoundedDistance(const std::u32string& a, const std::u32string& b, int limit);

/// The characters of `word` folded onto 64 bits: bit (c mod 64) for each
/// code point c.
uint64_t CharacterMask(const std::u32string& word);

/// The quick test before BoundedDistance: false when `a` and `b` are surely
/// more than `limit` edits apart (their CharacterMasks differ in more than
/// 2 x `limit` bits: an edit changes at most two characters of a word's set);
/// true otherwise. Never false where BoundedDistance is within `limit`.
bool MayBeNear(const std::u32string& a, const std::u32string& b, int limit);

/// The quick test before CompareLabel: false when the start of a text whose
/// LabelWords are `words` cannot be within `tolerance` of `label`; true
/// otherwise. Never false where CompareLabel's `within` is true: a reading
/// within the tolerance changes at most W words (W = tolerance.words for a
/// label of min_words or more, else 0) and keeps at least one, so one of the
/// label's first W + 1 words is the same word as one of the text's first
/// W + 1 (equal, or within its edit distance and the character tolerance).
/// At most (W + 1)^2 word comparisons, where CompareLabel makes up to n x m.
bool MayBeWithin(const std::vector<std::u32string>& label, const std::vector<std::u32string>& words,
                 const LabelTolerance& tolerance);

}  // namespace redovis

#endif  // REDOVIS_PATTERNS_LABEL_H_
