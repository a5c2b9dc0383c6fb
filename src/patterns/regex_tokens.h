// The tokens of a regular expression's source (ICU syntax), read left to
// right: the one reader of regex source that the analyses share
// (LiteralPrefix, LeadBytes, RequiredLiterals and the rest in
// regex_analysis.cc; ExampleText in regex.cc), so that each of them says what
// it does with an atom, a group or a quantifier and none reads characters of
// its own. Internal to the library.
//
// In: the source, as UTF-8, and a position in it. Out: the token that starts
// there and the position after it. It does not check syntax (ICU does, when
// a pattern is loaded) and does not compile anything: a source ICU refused
// may give a kBad token, never a crash or a read past its end. Pure
// functions: no state, no I/O, never throw. A token's `text` is a copy; the
// source is only read during the call.
#ifndef REDOVIS_PATTERNS_REGEX_TOKENS_H_
#define REDOVIS_PATTERNS_REGEX_TOKENS_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace redovis {

enum class RegexTokenKind {
  kLiteral,      ///< one character as written, or a non-alphanumeric one escaped (`\.`): `text`
  kEscape,       ///< `\` and a letter or digit (`\s`, `\d`, `\b`, `\1`, `\x`, `\p` without braces):
                 ///< `letter`
  kProperty,     ///< `\p{...}` or `\P{...}`, braces and all: `letter` 'p' or 'P'
  kClass,        ///< a bracketed set `[...]` whole, nested sets in it: `negated` for `[^`
  kDot,          ///< `.`
  kStart,        ///< `^`
  kEnd,          ///< `$`
  kGroupOpen,    ///< `(`, `(?:`, a lookaround's opening, or another `(?` construct: `group`
  kGroupClose,   ///< `)`
  kAlternation,  ///< `|`
  kQuantifier,   ///< `?`, `*`, `+` or `{n...}`, with a lazy `?` or possessive `+` after it
  kBad,          ///< a `\` that ends the source, a set never closed, a `{` never closed
};

/// What a group's opening says about the group.
enum class RegexGroupKind {
  kCapturing,     ///< `(`
  kNonCapturing,  ///< `(?:`
  kLookahead,     ///< `(?=` or `(?!`
  kLookbehind,    ///< `(?<=` or `(?<!`
  /// `(?i:` or `(?-i:` (case alone switched for the group; `negated` for
  /// `(?-i:`): the whole opening is passed. What it matches folds the same
  /// as a non-capturing group's, so analyses read it as one.
  kCaseGroup,
  kOther,  ///< a named or atomic group, another inline flag (`(?i)`, `(?m:`): only `(?` is passed
};

struct RegexToken {
  RegexTokenKind kind = RegexTokenKind::kBad;
  size_t begin = 0, end = 0;  ///< the bytes of the source it spans
  std::string text;           ///< kLiteral: the character (UTF-8, one code point)
  char letter = '\0';         ///< kEscape, kProperty: the letter after the backslash
  bool negated =
      false;  ///< kClass: `[^`; kGroupOpen: a negative lookaround `(?!`, `(?<!`, or `(?-i:`
  RegexGroupKind group = RegexGroupKind::kCapturing;  ///< kGroupOpen
  char op = '\0';                                     ///< kQuantifier: '?', '*', '+' or '{'
  int min = 0;  ///< kQuantifier: the fewest times it allows ('?' and '*' 0, '+' 1, `{n` n)
};

/// Reads the token that starts at `*i` in `source` into `*token` and moves
/// `*i` past it. False (nothing read) when `*i` is at or past the end.
bool NextRegexToken(std::string_view source, size_t* i, RegexToken* token);

/// True when the token at `*i` (not passed) is of `kind`; false at the end.
bool RegexTokenIs(std::string_view source, size_t i, RegexTokenKind kind);

enum class ClassMemberKind {
  kCharacter,     ///< one character, or a non-alphanumeric one escaped: `text`; maybe a range
  kEscape,        ///< `\` and a letter or digit (`\s`, `\d`, `\p`...): `letter`
  kNested,        ///< a nested set's `[` (`[[:alpha:]]`, `[a[b]]`): not passed
  kSetOperation,  ///< `&&` or `--`
  kClose,         ///< the set's `]`, passed
  kBad,           ///< the source ended inside the set, or a `\` ends it
};

struct ClassMember {
  ClassMemberKind kind = ClassMemberKind::kBad;
  std::string text;      ///< kCharacter: the character (UTF-8, one code point)
  char letter = '\0';    ///< kEscape: the letter
  std::string range_to;  ///< kCharacter: a range's last character (`a-z`: "z"), "" if none
};

/// The position of a set's first member: after the `[` and the `^` of a
/// negated set, for the kClass `token`.
size_t ClassMembersStart(const RegexToken& token);

/// Reads the member of a set that starts at `*i` (from ClassMembersStart,
/// then where the last call left it) into `*member` and moves `*i` past it
/// (and past a range's `-` and last character). A `]` where a member is
/// expected closes the set, even first. Never reads past the end.
void NextClassMember(std::string_view source, size_t* i, ClassMember* member);

}  // namespace redovis

#endif  // REDOVIS_PATTERNS_REGEX_TOKENS_H_
