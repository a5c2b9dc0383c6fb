// Small text helpers shared by the stages: UTF-8 <-> ICU strings, case
// folding, trimming, ASCII folding, edit distance. Internal to the library;
// knows nothing of patterns or forms.
#ifndef REDOVIS_BASE_TEXT_UTIL_H_
#define REDOVIS_BASE_TEXT_UTIL_H_

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace redovis {

/// Closes an ICU converter (ConverterPtr: a converter's RAII owner).
struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;
/// `bytes` in `charset` (an ICU converter name) as UTF-8 in `*out`; false
/// (`*out` unspecified) when ICU knows no such converter or fails to convert.
/// A byte the charset does not map becomes U+FFFD, as ICU's converters do.
bool ConvertToUtf8(std::string_view bytes, const char* charset, std::string* out);

/// UTF-8 to an ICU string.
inline icu::UnicodeString U(const std::string& s) {
  return icu::UnicodeString::fromUTF8(s);
}
/// An ICU string to UTF-8.
std::string Utf8(const icu::UnicodeString& s);
/// The position of the first byte of `text` at or after `from` that is one
/// of the bytes of `set`; npos when there is none (or `from` is past the
/// end). The answer of std::string_view::find_first_of, which calls memchr
/// on the set once for each byte it reads; this looks each byte up in a
/// table made once a call: for scanning whole texts (line breaks).
inline size_t FindAnyOf(std::string_view text, std::string_view set, size_t from = 0) {
  uint64_t table[4] = {0, 0, 0, 0};
  for (char c : set) {
    unsigned char u = static_cast<unsigned char>(c);
    table[u >> 6] |= uint64_t{1} << (u & 63);
  }
  for (size_t i = from; i < text.size(); ++i) {
    unsigned char u = static_cast<unsigned char>(text[i]);
    if ((table[u >> 6] >> (u & 63)) & 1) return i;
  }
  return std::string_view::npos;
}
/// Full Unicode case folding of UTF-8 text.
std::string Fold(const std::string& s);
/// Removes leading and trailing white space (ASCII and Unicode spaces).
std::string Trim(const std::string& s);
/// `s` without the ASCII spaces and tabs at its ends (a no-break space
/// stays, unlike Trim); empty when `s` is blank. A view into `s`.
std::string_view TrimBlanks(std::string_view s);
/// True when `s` ends a sentence: its last character before any trailing
/// spaces and tabs is . ! ? : or ;. False for a blank `s`. The one test of
/// "the line above has ended" for the stages that join broken lines.
bool EndsSentence(std::string_view s);
/// True when `c` is an ASCII digit, 0 to 9 (what std::isdigit answers in
/// the C locale, without a locale or a cast): the one test of a digit byte.
inline bool IsAsciiDigit(char c) {
  return c >= '0' && c <= '9';
}
/// True when `s` is one ASCII digit or more and nothing else ("267"; not
/// "", "1,5", "50-64").
inline bool AllAsciiDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!IsAsciiDigit(c)) return false;
  return true;
}
/// The pieces of `s` between the `sep`s: every `sep` parts two pieces, so
/// empty ones are kept ("a,,b" gives "a", "", "b"; "" gives one empty
/// piece). The one split of a list written with a separator.
inline std::vector<std::string> SplitAt(std::string_view s, char sep) {
  std::vector<std::string> pieces;
  for (size_t from = 0;;) {
    const size_t at = s.find(sep, from);
    pieces.emplace_back(s.substr(from, at == std::string_view::npos ? at : at - from));
    if (at == std::string_view::npos) return pieces;
    from = at + 1;
  }
}
/// True when `c` is a space or a tab: the blanks that part a line's words
/// (a line feed is none).
inline bool IsBlank(char c) {
  return c == ' ' || c == '\t';
}
/// True when `s` starts with a lower-case letter (its first code point), as
/// a sentence going on from the line above does. False for an empty `s`.
bool StartsLowerCase(std::string_view s);
/// True when `s`, without the spaces and tabs at its ends, is one word that
/// holds an '@': an e-mail address alone ("tedt@tyreso.se", an address's
/// rest). Addresses are written in lower case, so StartsLowerCase on such a
/// line is no sign that the text above goes on. False for a blank `s`.
bool AddressAlone(std::string_view s);
/// True when `s`, without the spaces and tabs at its ends, is one e-mail
/// address left in pieces at line-break hyphens: two words or more, each but
/// the last ending in a letter and '-', each but the first opening in lower
/// case, one of them holding an '@' ("anna- lena.engs- tedt@solna.se", as
/// the normaliser leaves a break it cannot decide). False otherwise.
bool BrokenAddress(std::string_view s);
/// Collapses runs of spaces and tabs into one space and trims.
std::string Squeeze(const std::string& s);
/// Latin letters with diacritics to plain ASCII, lower case ("Timrå" -> "timra").
std::string AsciiFold(const std::string& s);
/// Edit distance between two UTF-8 strings, by code point.
int EditDistance(const std::string& a, const std::string& b);
/// How alike two phrases are, word by word: 1 minus the edit distance over
/// their words (case-folded, punctuation around a word dropped; a word counts
/// as the same when its own edit distance is at most a fifth of its length)
/// divided by the longer phrase's word count. 1 for the same words, 0 for no
/// word in common or an empty phrase.
double WordSimilarity(const std::string& a, const std::string& b);

}  // namespace redovis

#endif  // REDOVIS_BASE_TEXT_UTIL_H_
