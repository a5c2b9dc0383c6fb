// Small text helpers shared by the stages: UTF-8 <-> ICU strings, case
// folding, trimming, ASCII folding, regex matching with a pattern. Internal.
#ifndef REDOVIS_TEXT_UTIL_H_
#define REDOVIS_TEXT_UTIL_H_

#include <string>
#include <vector>

#include <unicode/unistr.h>

#include "redovis/patterns.h"

namespace redovis {

/// UTF-8 to an ICU string.
inline icu::UnicodeString U(const std::string& s) { return icu::UnicodeString::fromUTF8(s); }
/// An ICU string to UTF-8.
std::string Utf8(const icu::UnicodeString& s);
/// Full Unicode case folding of UTF-8 text.
std::string Fold(const std::string& s);
/// Removes leading and trailing white space (ASCII and Unicode spaces).
std::string Trim(const std::string& s);
/// Collapses runs of spaces and tabs into one space and trims.
std::string Squeeze(const std::string& s);
/// Latin letters with diacritics to plain ASCII, lower case ("Timrå" -> "timra").
std::string AsciiFold(const std::string& s);
/// Edit distance between two UTF-8 strings, by code point.
int EditDistance(const std::string& a, const std::string& b);

/// The result of one regular-expression match.
struct RegexMatch {
  std::vector<std::string> groups;  ///< group 0 is the whole match
  int32_t start = 0, end = 0;       ///< UTF-16 offsets of group 0
};

/// Searches `text` for `pattern` (anywhere). Fills `match` when given.
bool RegexFind(const Pattern& pattern, const icu::UnicodeString& text, RegexMatch* match = nullptr);
/// UTF-8 convenience form of RegexFind.
bool RegexFind(const Pattern& pattern, const std::string& text, RegexMatch* match = nullptr);
/// True when any of `patterns` is found in `text`.
bool AnyFind(const std::vector<Pattern>& patterns, const icu::UnicodeString& text);
/// Replaces every match of `pattern` in `text` with `replacement` (ICU syntax).
std::string RegexReplace(const Pattern& pattern, const std::string& text, const std::string& replacement);

}  // namespace redovis

#endif  // REDOVIS_TEXT_UTIL_H_
