// What a regular expression's source tells before it is compiled, read
// through regex_tokens.h: the literals every match holds (RequiredLiterals)
// or starts with (LiteralPrefix), the first bytes an anchored pattern's match
// can have (LeadBytes), whether every match starts at the text's start
// (StartAnchored), and whether ICU would close a property over case on each
// compile (CaseClosesProperty). The prefilter (MayMatch, regex.h) and the
// build's regex table (regex_table.h) use them. LeadIndex indexes a list of
// such first-byte sets by byte, so that a text is tried against only the
// items that can match at its start. Internal to the library.
//
// In: a regex's UTF-8 source. Out: the analysis; pure functions, no ICU
// (LeadIndex: immutable once made).
#ifndef REDOVIS_PATTERNS_REGEX_ANALYSIS_H_
#define REDOVIS_PATTERNS_REGEX_ANALYSIS_H_

#include <bitset>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace redovis {

/// The bytes the case-folded form of a text that an anchored pattern
/// matches can start with (LeadBytes).
struct LeadSet {
  bool known = false;      ///< false: any text may match (no set could be told)
  std::bitset<256> bytes;  ///< when known: the possible first bytes
};

/// The literals, case-folded, one of which every match of the regular
/// expression `source` holds somewhere: the longest run of literal
/// characters that every match must pass through (a character made optional
/// or repeated by its quantifier ends a run), or, for a group every match
/// passes through, one literal of each of its alternatives (a positive
/// lookahead or lookbehind counts as such a group: what it must see is in
/// the text, though not in the match; a negative one gives nothing; a class of
/// single characters, neither negated nor holding a range or an escape,
/// counts as a group of one-character alternatives). Of the sets so
/// found, the one whose shortest literal is longest. Empty when no such set
/// can be told: a construct it does not read (`\Q`, an inline flag such as
/// `(?x)`, `\x`, `\u`, `\N`, `\c`, a back-reference), or an
/// alternative, top-level or in the chosen group, without a literal.
/// `^(?:Redovisande kommun|Kontaktperson):?$` gives {"redovisande kommun",
/// "kontaktperson"}; `^2[.,]\s*Klienter` gives {"klienter"}; `\s*[,;]\s*`
/// gives {",", ";"}.
std::vector<std::string> RequiredLiterals(const std::string& source);

/// True when every match of `source` starts at the text's start: each
/// top-level alternative begins with `^` (matched without multi-line mode,
/// `^` holds at the start alone). False for an inline flag or a named or
/// atomic group anywhere (`(?m)` would let `^` hold after each line break),
/// and for an empty alternative. `^a|^b` and `^(?:a|b)` give true, `^a|b`
/// false.
bool StartAnchored(const std::string& source);

/// The literal, case-folded, that every match of `source` starts with
/// (after its `^`) or, unanchored, holds: the characters as written (an
/// escaped one, `\.`, as itself) up to the first other token; a character
/// its quantifier makes optional ends it before, one it repeats (`+`,
/// `{2}`) after it. "" when there is a top-level alternation (an
/// alternation inside a group is read past: the group ends the literal).
/// `^1\.\s*Antal` gives "1."; `^Antals?` gives "antal"; `^Antal (?:a|b)`
/// gives "antal ". MayMatch's first test.
std::string LiteralPrefix(const std::string& source);

/// For a pattern anchored with `^` (a top-level alternation's every
/// alternative so anchored: the union of theirs): the
/// first bytes a match's case-folded text can have, from the pattern's
/// first atoms (a literal's folded first byte; `\d`, `\s`, `\w`, `\h` as
/// their ASCII members plus every byte from 0x80, as any non-ASCII character
/// may be one; a class's members; a group's alternatives; an optional atom
/// adds what follows it). Unknown (`known` false) when the source is not
/// anchored, may match empty text, or starts with a construct it does not
/// read (a lookaround, `\p`, a negated escape, a non-ASCII range, a nested
/// class). `^\d{1,3}/\d{1,3}$` gives 0-9 and 0x80-0xFF; `^k$|^antal` gives
/// `k` and `a`; `^k|m` is unknown.
LeadSet LeadBytes(const std::string& source);

/// For a pattern anchored with `^` (a top-level alternation's every
/// alternative so anchored): the first two bytes a match's case-folded text
/// can start with, read as LeadBytes reads the first, a step further (a
/// one-byte match lets any byte follow it; a non-ASCII first byte any
/// second). It also reads what LeadBytes does not: a case-only group
/// (`(?-i:...)`, `(?i:...)`: the folded text is the same), a lookaround (as
/// nothing: what it asks for is not tested), `\p{...}`, `.` and a negated
/// class or escape (any character). Unknown when the source is not
/// anchored, may match empty text, or holds, before its first two bytes are
/// settled, a construct it does not read. `^(?-i:[a-z])\)\s` gives, after
/// `a`, only `)`; a text "an ..." cannot match.
class LeadPairs {
 public:
  /// False: any text may match (no pairs could be told).
  bool known() const { return known_; }
  /// True unless a text whose folded form starts with the bytes `a`, `b`
  /// cannot match (always true when not known).
  bool Allows(unsigned char a, unsigned char b) const {
    if (!known_) return true;
    if (!first_.test(a)) return false;
    return a >= 0x80 || second_[a].test(b);
  }

 private:
  friend LeadPairs LeadBytePairs(const std::string& source);
  bool known_ = false;
  std::bitset<256> first_;
  std::bitset<256> second_[0x80];  ///< for an ASCII first byte, the second bytes
};

/// The LeadPairs of `source` (see there).
LeadPairs LeadBytePairs(const std::string& source);

/// True when `source`, matched as always (regex.h's kMatchFlags:
/// case-insensitively),
/// holds a Unicode property (`\p{...}`, `\P{...}`, alone or in a set, or a
/// set's `[:...:]`) outside the reach of an inline `(?-i:...)` or `(?-i)`:
/// ICU then closes the property's set over case each time the regex is
/// compiled, millions of instructions for a large one such as `\p{L}`
/// (every process compiles the regexes it uses). A set of letters of both
/// cases is the same set closed or not, but for the characters that only fold
/// to one: `[\p{L}]` closed also holds U+0345.
bool CaseClosesProperty(const std::string& source);

/// An index by first byte over a list of items' first-byte sets (for a
/// pattern, the bytes its prefilter lets a folded text start with: regex.h's
/// FirstBytes; all 256 for an item any text may start): for a text's first
/// byte, the items whose set holds it, in the list's order, one bit each in
/// a row per byte. Immutable once made; safe to share across threads.
class LeadIndex {
 public:
  /// An index of no items.
  LeadIndex() = default;
  /// The index of `firsts`, item i's set at `firsts[i]`.
  explicit LeadIndex(const std::vector<std::bitset<256>>& firsts);
  /// How many items it indexes.
  size_t size() const { return size_; }
  /// Calls `visit(i)` for each item i, in ascending order, whose set holds
  /// `text`'s first byte (every item when `text` is empty), until `visit`
  /// returns true; true when it did.
  template <class Visit>
  bool Find(std::string_view text, Visit&& visit) const {
    if (text.empty()) {
      for (size_t i = 0; i < size_; ++i)
        if (visit(i)) return true;
      return false;
    }
    const uint64_t* row = rows_.data() + static_cast<unsigned char>(text[0]) * words_;
    for (size_t w = 0; w < words_; ++w)
      for (uint64_t bits = row[w]; bits != 0; bits &= bits - 1)
        if (visit(w * 64 + static_cast<size_t>(__builtin_ctzll(bits)))) return true;
    return false;
  }

 private:
  size_t size_ = 0;
  size_t words_ = 0;            ///< 64-bit words a row
  std::vector<uint64_t> rows_;  ///< 256 rows of words_ words: byte b's at b * words_
};

/// `index`'s Find when it indexes `count` items; otherwise (no index, or one
/// made for another list) every item in order: the same items a caller's
/// prefilter then sees, fewer of them.
template <class Visit>
bool FindByLead(const LeadIndex* index, size_t count, std::string_view text, Visit&& visit) {
  if (index && index->size() == count) return index->Find(text, visit);
  for (size_t i = 0; i < count; ++i)
    if (visit(i)) return true;
  return false;
}

}  // namespace redovis

#endif  // REDOVIS_PATTERNS_REGEX_ANALYSIS_H_
