// Regular-expression matching with the pattern set's compiled patterns: a
// per-document cache of ICU matchers, find, replace, and the literal-prefix
// test that skips a regex that cannot match. Internal to the library.
//
// In: a Pattern (patterns.h) and UTF-8 or ICU text. Out: whether it matched,
// with its groups. A Pattern is shared read-only; a MatcherCache belongs to
// one document and one thread.
#ifndef REDOVIS_PATTERNS_REGEX_H_
#define REDOVIS_PATTERNS_REGEX_H_

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/text_util.h"
#include "redovis/patterns.h"

namespace redovis {

/// Matchers for the patterns one document uses, created once and reused:
/// owned by a per-document object, never shared between threads.
class MatcherCache {
 public:
  /// The matcher for `pattern`, created on first use; nullptr if ICU fails.
  icu::RegexMatcher* Get(const Pattern& pattern);

 private:
  std::unordered_map<const icu::RegexPattern*, std::unique_ptr<icu::RegexMatcher>> matchers_;
};

/// The result of one regular-expression match.
struct RegexMatch {
  std::vector<std::string> groups;  ///< group 0 is the whole match
  int32_t start = 0, end = 0;       ///< UTF-16 offsets of group 0
};

/// Searches `text` for `pattern` (anywhere). Fills `match` when given; uses
/// `cache`'s matcher when given.
bool RegexFind(const Pattern& pattern, const icu::UnicodeString& text, RegexMatch* match = nullptr,
               MatcherCache* cache = nullptr);
/// UTF-8 convenience form of RegexFind.
bool RegexFind(const Pattern& pattern, const std::string& text, RegexMatch* match = nullptr,
               MatcherCache* cache = nullptr);
/// False when `pattern` cannot match text whose case-folded form is `folded`
/// (it does not start with the pattern's literal prefix); true otherwise.
inline bool MayMatch(const Pattern& pattern, const std::string& folded) {
  if (pattern.folded_prefix.empty()) return true;
  if (pattern.anchored)
    return folded.compare(0, pattern.folded_prefix.size(), pattern.folded_prefix) == 0;
  return folded.find(pattern.folded_prefix) != std::string::npos;
}
/// True when any of `patterns` is found in `text`.
bool AnyFind(const std::vector<Pattern>& patterns, const icu::UnicodeString& text,
             MatcherCache* cache = nullptr);
/// A short text `pattern` matches, made from its source: the first
/// alternative of each choice, the first character of each class, each
/// quantified part as few times as it may (`\s` a space, `\d` "1"),
/// lookarounds and anchors left out, spaces squeezed: "Antal klienter" for
/// `^Antal\s+klienter(?:\s+totalt)?:?\s*$`. "" when no such text is found or
/// the made text does not match (a negated class, a back reference).
std::string ExampleText(const Pattern& pattern);
/// Replaces every match of `pattern` in `text` with `replacement` (ICU syntax).
std::string RegexReplace(const Pattern& pattern, const std::string& text,
                         const std::string& replacement);

}  // namespace redovis

#endif  // REDOVIS_PATTERNS_REGEX_H_
