// Regular-expression matching with the pattern set's compiled patterns: the
// compiled form (CompiledRegex, built on first use), a per-document cache of
// ICU matchers, find, replace, and the literal-prefix test that skips a regex
// that cannot match (MayMatch, on the analyses of regex_analysis.h), and
// ExampleText, a text a pattern matches, made from its source through
// regex_tokens.h, the one reader of regex source. Internal to the library.
//
// In: a Pattern (patterns.h) and UTF-8 or ICU text. Out: whether it matched,
// with its groups. A Pattern is shared read-only (its lazy compilation is
// thread-safe; a forked worker compiles what it uses itself); a MatcherCache
// belongs to one document and one thread.
#ifndef REDOVIS_PATTERNS_REGEX_H_
#define REDOVIS_PATTERNS_REGEX_H_

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <atomic>
#include <bitset>
#include <cstdint>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/text_util.h"
#include "patterns/regex_analysis.h"
#include "patterns/regex_table.h"
#include "redovis/patterns.h"

namespace redovis {

/// The flags every pattern is matched with: case-insensitive, `.` matches newlines.
inline constexpr uint32_t kMatchFlags = UREGEX_CASE_INSENSITIVE | UREGEX_DOTALL;
/// The flags a pattern's syntax is checked with when loaded: the same
/// syntax, without the cost of case-closing its sets.
inline constexpr uint32_t kCheckFlags = UREGEX_DOTALL;

/// The pairs of adjacent bytes a text holds, each hashed to one of 256 bits:
/// a text lacking any pair of a literal's does not hold the literal, so
/// MayMatch skips its search. A literal shorter than two bytes has no pair
/// (an empty set, which every text covers).
class BytePairs {
 public:
  BytePairs() = default;
  /// The pairs of `text`.
  explicit BytePairs(std::string_view text) {
    for (size_t k = 1; k < text.size(); ++k)
      Add(static_cast<unsigned char>(text[k - 1]), static_cast<unsigned char>(text[k]));
  }
  /// True when every pair of `other` is in this set (or hashes as one that is).
  bool Covers(const BytePairs& other) const {
    return ((other.bits_[0] & ~bits_[0]) | (other.bits_[1] & ~bits_[1]) |
            (other.bits_[2] & ~bits_[2]) | (other.bits_[3] & ~bits_[3])) == 0;
  }

 private:
  void Add(unsigned a, unsigned b) {
    unsigned h = (a * 0x9Du + b * 0x3Bu + (a >> 4)) & 0xFFu;
    bits_[h >> 6] |= uint64_t{1} << (h & 63u);
  }
  uint64_t bits_[4] = {0, 0, 0, 0};
};

/// A pattern's ICU regex, compiled with kMatchFlags on the first Get (once,
/// thread-safe), then kept. Its source was checked when the pattern set was
/// loaded (CompilePattern), so compiling it does not fail in practice.
class CompiledRegex {
 public:
  /// `source` is the regex's UTF-8 text, made ICU's UTF-16 only when Get
  /// compiles it: most of the regexes a load keeps are never used in a run.
  /// `known`, when given, is the RegexTable's entry for exactly this source
  /// (it must outlive this object): Required() and Lead() take its
  /// analyses instead of reading the source.
  explicit CompiledRegex(std::string source, const KnownRegex* known = nullptr)
      : source_(std::move(source)), known_(known) {}
  CompiledRegex(const CompiledRegex&) = delete;
  CompiledRegex& operator=(const CompiledRegex&) = delete;

  /// The compiled regex, built on the first call; nullptr when ICU fails.
  const icu::RegexPattern* Get() const;
  /// True once Get has compiled it (for tests).
  bool IsCompiled() const;
  /// StartAnchored of the source, worked out when Get compiles it: RegexFind
  /// then tries the text's start alone. Valid once Get has returned non-null.
  bool start_anchored() const { return start_anchored_; }
  /// RequiredLiterals of the source, worked out (or taken from the table's
  /// entry) on the first call (once, thread-safe), then kept: the prefilter's set (MayMatch).
  /// Inline once made: the prefilter asks for it on most lines.
  const std::vector<std::string>& Required() const {
    return required_done_.load(std::memory_order_acquire) ? required_ : MakeRequired();
  }
  /// The BytePairs of each of Required()'s literals, in its order; valid
  /// once Required() has returned.
  const std::vector<BytePairs>& RequiredPairs() const { return required_pairs_; }
  /// LeadBytes of the source, worked out (or taken from the table's entry)
  /// on the first call (once, thread-safe), then kept: the prefilter's first test (MayMatch).
  const LeadSet& Lead() const {
    return lead_done_.load(std::memory_order_acquire) ? lead_ : MakeLead();
  }
  /// LeadBytePairs of the source, worked out on the first call (once,
  /// thread-safe), then kept: the prefilter's test of a text's first two
  /// bytes (MayMatch), asked only of a pattern whose literal prefix is
  /// shorter than two bytes.
  const LeadPairs& Pairs() const {
    return pairs_done_.load(std::memory_order_acquire) ? *pairs_ : MakePairs();
  }
  /// True once Pairs has worked them out (for tests).
  bool PairsMade() const { return pairs_done_.load(std::memory_order_acquire); }

 private:
  const std::vector<std::string>& MakeRequired() const;
  const LeadSet& MakeLead() const;
  const LeadPairs& MakePairs() const;

  std::string source_;
  const KnownRegex* known_ = nullptr;
  mutable std::once_flag lead_once_;
  mutable LeadSet lead_;
  mutable std::atomic<bool> lead_done_{false};
  mutable std::once_flag pairs_once_;
  mutable std::unique_ptr<LeadPairs> pairs_;  ///< 4 KiB: made only for a pattern that asks
  mutable std::atomic<bool> pairs_done_{false};
  mutable std::once_flag required_once_;
  mutable std::vector<std::string> required_;
  mutable std::vector<BytePairs> required_pairs_;
  mutable std::atomic<bool> required_done_{false};
  mutable std::once_flag once_;
  mutable std::unique_ptr<icu::RegexPattern> regex_;
  mutable bool start_anchored_ = false;
  mutable std::atomic<bool> done_{false};
};

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
/// `cache`'s matcher when given. A StartAnchored pattern is tried at the
/// text's start alone (ICU's own search tries every position when a
/// top-level alternation hides the anchor: `^k$|^kvinnor$`); the same answer.
bool RegexFind(const Pattern& pattern, const icu::UnicodeString& text, RegexMatch* match = nullptr,
               MatcherCache* cache = nullptr);
/// UTF-8 convenience form of RegexFind.
bool RegexFind(const Pattern& pattern, const std::string& text, RegexMatch* match = nullptr,
               MatcherCache* cache = nullptr);

/// MayMatch's tests past the first byte's (regex.cc): the whole literal
/// prefix, the first two bytes, the required literals. Out of line; asked
/// by MayMatch alone, for a text whose first byte it has passed.
bool MayMatchPastFirstByte(const Pattern& pattern, const std::string& folded,
                           const BytePairs* pairs);
/// The literal prefilter: false when `pattern` cannot match text whose
/// case-folded form is `folded`: it does not start with (or, for an
/// unanchored pattern, hold) the pattern's literal prefix, its first byte is
/// none of an anchored pattern's LeadBytes, its first two bytes are none of
/// the pattern's LeadPairs (asked only where the literal prefix is shorter
/// than two bytes: a longer one has settled them, and the pairs of most
/// patterns are never worked out), or it holds none of the
/// pattern's RequiredLiterals. True otherwise. Never false for a text
/// the pattern matches: a match, folded, holds its literals' folded forms
/// (tests/regex_test.cc runs every pattern over every line of the samples
/// with and without it). The matcher tries a rule's regex only where this
/// passes. `pairs`, when given, is BytePairs(folded), made once for a text
/// that many patterns are tried on: a required literal with a pair it lacks
/// is not searched for. The same answer with it or without.
/// The first-byte tests are made inline at the caller (most texts asked
/// of an anchored pattern are refused by them: a call's entry and exit
/// cost more than they do); the rest out of line.
inline bool MayMatch(const Pattern& pattern, const std::string& folded,
                     const BytePairs* pairs = nullptr) {
  if (pattern.anchored) {
    const std::string& prefix = pattern.folded_prefix;
    if (!prefix.empty() && (folded.empty() || folded[0] != prefix[0])) return false;
    if (pattern.compiled && !folded.empty()) {
      const LeadSet& lead = pattern.compiled->Lead();
      if (lead.known && !lead.bytes.test(static_cast<unsigned char>(folded[0]))) return false;
    }
  }
  return MayMatchPastFirstByte(pattern, folded, pairs);
}
/// The first bytes of a non-empty folded text that MayMatch can pass for
/// `pattern`: an anchored pattern's literal prefix's first byte, and its
/// LeadBytes when known; all 256 for any other. MayMatch is false for a
/// text starting with any other byte, so a LeadIndex of these sets drops
/// only texts the prefilter drops (tests/regex_test.cc checks it on every
/// edition's lists over the samples).
std::bitset<256> FirstBytes(const Pattern& pattern);
/// The LeadIndex of `patterns` by FirstBytes, `patterns[i]` its item i.
LeadIndex IndexByFirstBytes(const std::vector<const Pattern*>& patterns);
/// True when any of `patterns` is found in `text`.
bool AnyFind(const std::vector<Pattern>& patterns, const icu::UnicodeString& text,
             MatcherCache* cache = nullptr);
/// AnyFind on UTF-8 text: the text is folded once and each pattern tried
/// only where MayMatch passes (converted for ICU only then). The same answer.
bool AnyFind(const std::vector<Pattern>& patterns, const std::string& text,
             MatcherCache* cache = nullptr);
/// A short text `pattern` matches, made from its source: the first
/// alternative of each choice, the first character of each class, each
/// quantified part as few times as it may (`\s` a space, `\d` "1"),
/// lookarounds and anchors left out, spaces squeezed: "Antal klienter" for
/// `^Antal\s+klienter(?:\s+totalt)?:?\s*$`. "" when no such text is found or
/// the made text does not match (a negated class, a back reference).
std::string ExampleText(const Pattern& pattern);
/// CompilePattern (patterns.h), also handing over in `*checked` (when given)
/// the case-sensitive compilation its syntax check made (kCheckFlags), for a
/// caller that can use it (MatchesAtStart) before it is dropped.
bool CompilePattern(const std::string& source, Pattern* out, std::string* error,
                    std::unique_ptr<icu::RegexPattern>* checked);
/// Fills `*out` for `source`, whose syntax is known to be good and to have
/// `groups` capture groups (CompilePattern's check, or its answer kept in the
/// RegexTable): the source, the groups, the literal prefix and the
/// compilation for matching, made on first use. `known`, when given, is the
/// table's entry for exactly `source`: the literal prefix and the
/// compilation's analyses are its, not worked out again. Does not fail.
void KnownGoodPattern(const std::string& source, int groups, Pattern* out,
                      const KnownRegex* known = nullptr);
/// True when `pattern`, matched as always (kMatchFlags), finds its first
/// match in `text` at the text's first character. `checked`, the pattern's
/// case-sensitive compilation (from CompilePattern; may be null), answers
/// first where its answer is sure to be the same: a case-sensitive match is
/// also a case-insensitive one unless the source holds something that
/// matches less when case is ignored (a negated class or property, a
/// negative lookaround, an atomic group, a possessive quantifier, a set
/// operation: SafeCaseSensitiveCheck). Otherwise, and whenever the
/// case-sensitive regex finds no match at the start, the case-insensitive
/// regex is compiled (once, as its first use would) and asked. This keeps
/// the loading of a rule's label from compiling every rule's regex.
bool MatchesAtStart(const Pattern& pattern, const icu::RegexPattern* checked,
                    const std::string& text);
/// True when every match of the case-sensitive form of `source` is a match of
/// its case-insensitive form (see MatchesAtStart): it holds none of `[^`,
/// `\P`, `{^`, `:^`, `\W`, `\S`, `\D`, `\B`, `\X`, `(?!`, `(?<!`, `(?>`,
/// `*+`, `++`, `?+`, `}+`, `--`, `&&`.
bool SafeCaseSensitiveCheck(const std::string& source);
/// Replaces every match of `pattern` in `text` (UTF-8) with `replacement`
/// (ICU syntax). A text MayMatch rules out is returned as it is, with no
/// call to ICU.
std::string RegexReplace(const Pattern& pattern, const std::string& text,
                         const std::string& replacement);

}  // namespace redovis

#endif  // REDOVIS_PATTERNS_REGEX_H_
