#include "patterns/regex.h"

#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

#include "base/utf8.h"
#include "patterns/regex_analysis.h"
#include "patterns/regex_tokens.h"

namespace redovis {

namespace {

/// `source` as ICU reads it: the same bytes when they are UTF-8, else with
/// each bad sequence U+FFFD, as the conversion for compiling makes it; the
/// analyses read what ICU compiles.
std::string AsCompiled(const std::string& source) {
  return IsValidUtf8(source) ? source : Utf8(icu::UnicodeString::fromUTF8(source));
}

}  // namespace

const icu::RegexPattern* CompiledRegex::Get() const {
  // Once compiled, no call_once: it costs a library call on every match.
  if (done_.load(std::memory_order_acquire)) return regex_.get();
  std::call_once(once_, [this] {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse_error;
    regex_.reset(icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(source_), kMatchFlags,
                                            parse_error, status));
    if (U_FAILURE(status)) regex_.reset();
    start_anchored_ = StartAnchored(AsCompiled(source_));
    done_ = true;
  });
  return regex_.get();
}

bool CompiledRegex::IsCompiled() const {
  return done_;
}

namespace {

/// `*value`, made by `make` on the first call (once, thread-safe; `done`
/// spares the later calls the library call), then kept.
template <typename T, typename Make>
const T& MadeOnce(std::once_flag* once, std::atomic<bool>* done, T* value, Make make) {
  if (done->load(std::memory_order_acquire)) return *value;
  std::call_once(*once, [&] {
    *value = make();
    done->store(true, std::memory_order_release);
  });
  return *value;
}

}  // namespace

const std::vector<std::string>& CompiledRegex::MakeRequired() const {
  return MadeOnce(&required_once_, &required_done_, &required_, [this] {
    std::vector<std::string> literals =
        known_
            ? std::vector<std::string>(known_->required, known_->required + known_->required_count)
            : RequiredLiterals(AsCompiled(source_));
    // Made before the literals are published: RequiredPairs is read once
    // Required has returned.
    for (const std::string& literal : literals) required_pairs_.emplace_back(literal);
    return literals;
  });
}

const LeadSet& CompiledRegex::MakeLead() const {
  return MadeOnce(&lead_once_, &lead_done_, &lead_, [this] {
    if (!known_) return LeadBytes(AsCompiled(source_));
    LeadSet lead;
    lead.known = known_->lead_known;
    for (size_t b = 0; b < 256; ++b)
      if ((known_->lead[b / 64] >> (b % 64)) & 1) lead.bytes.set(b);
    return lead;
  });
}

const LeadPairs& CompiledRegex::MakePairs() const {
  return *MadeOnce(&pairs_once_, &pairs_done_, &pairs_, [this] {
    return std::make_unique<LeadPairs>(LeadBytePairs(AsCompiled(source_)));
  });
}

namespace {

using Kind = RegexTokenKind;

/// The compiled regex of `pattern`, compiling it on first use; nullptr when
/// the pattern is empty or ICU fails.
const icu::RegexPattern* RegexOf(const Pattern& pattern) {
  return pattern.compiled ? pattern.compiled->Get() : nullptr;
}

}  // namespace

icu::RegexMatcher* MatcherCache::Get(const Pattern& pattern) {
  const icu::RegexPattern* regex = RegexOf(pattern);
  if (regex == nullptr) return nullptr;
  auto it = matchers_.find(regex);
  if (it != matchers_.end()) return it->second.get();
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexMatcher> m(regex->matcher(status));
  if (U_FAILURE(status)) return nullptr;
  icu::RegexMatcher* raw = m.get();
  matchers_[regex] = std::move(m);
  return raw;
}

bool RegexFind(const Pattern& pattern, const icu::UnicodeString& text, RegexMatch* match,
               MatcherCache* cache) {
  const icu::RegexPattern* regex = RegexOf(pattern);
  if (regex == nullptr) return false;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexMatcher> owned;
  icu::RegexMatcher* m = nullptr;
  if (cache) {
    m = cache->Get(pattern);
    if (m) m->reset(text);
  } else {
    owned.reset(regex->matcher(text, status));
    m = owned.get();
  }
  if (U_FAILURE(status) || !m) return false;
  // Anchored at the start: a match there or none (lookingAt is find's first try).
  bool found = pattern.compiled->start_anchored() ? m->lookingAt(status) : m->find(status);
  if (!found || U_FAILURE(status)) return false;
  if (match) {
    match->groups.clear();
    for (int32_t g = 0; g <= m->groupCount(); ++g) {
      icu::UnicodeString part = m->group(g, status);
      match->groups.push_back(U_SUCCESS(status) ? Utf8(part) : std::string());
      status = U_ZERO_ERROR;
    }
    match->start = m->start(status);
    match->end = m->end(status);
  }
  return true;
}

bool RegexFind(const Pattern& pattern, const std::string& text, RegexMatch* match,
               MatcherCache* cache) {
  return RegexFind(pattern, U(text), match, cache);
}

bool MayMatchPastFirstByte(const Pattern& pattern, const std::string& folded,
                           const BytePairs* pairs) {
  // MayMatch has tested an anchored pattern's first byte (its prefix's and
  // its LeadBytes): the rest of the prefix, the first two bytes, the
  // required literals remain.
  const std::string& prefix = pattern.folded_prefix;
  if (!prefix.empty()) {
    bool has = pattern.anchored ? folded.size() >= prefix.size() &&
                                      std::memcmp(folded.data(), prefix.data(), prefix.size()) == 0
                                : folded.find(prefix) != std::string::npos;
    if (!has) return false;
  }
  if (!pattern.compiled) return true;
  if (pattern.anchored && folded.size() >= 2 && prefix.size() < 2 &&
      !pattern.compiled->Pairs().Allows(static_cast<unsigned char>(folded[0]),
                                        static_cast<unsigned char>(folded[1])))
    return false;
  const std::vector<std::string>& required = pattern.compiled->Required();
  if (required.empty()) return true;
  const std::vector<BytePairs>& required_pairs = pattern.compiled->RequiredPairs();
  for (size_t k = 0; k < required.size(); ++k) {
    if (pairs && !pairs->Covers(required_pairs[k])) continue;
    if (folded.find(required[k]) != std::string::npos) return true;
  }
  return false;
}

std::bitset<256> FirstBytes(const Pattern& pattern) {
  std::bitset<256> firsts;
  firsts.set();
  if (!pattern.anchored) return firsts;
  if (!pattern.folded_prefix.empty()) {
    firsts.reset();
    firsts.set(static_cast<unsigned char>(pattern.folded_prefix[0]));
  }
  if (pattern.compiled) {
    const LeadSet& lead = pattern.compiled->Lead();
    if (lead.known) firsts &= lead.bytes;
  }
  return firsts;
}

LeadIndex IndexByFirstBytes(const std::vector<const Pattern*>& patterns) {
  std::vector<std::bitset<256>> firsts;
  firsts.reserve(patterns.size());
  for (const Pattern* p : patterns) firsts.push_back(FirstBytes(*p));
  return LeadIndex(firsts);
}

bool AnyFind(const std::vector<Pattern>& patterns, const icu::UnicodeString& text,
             MatcherCache* cache) {
  for (const Pattern& p : patterns)
    if (RegexFind(p, text, nullptr, cache)) return true;
  return false;
}

bool AnyFind(const std::vector<Pattern>& patterns, const std::string& text, MatcherCache* cache) {
  std::string folded;
  icu::UnicodeString u;
  bool converted = false;
  for (const Pattern& p : patterns) {
    if (folded.empty() && !text.empty()) folded = Fold(text);
    if (!MayMatch(p, folded)) continue;
    if (!converted) {
      u = U(text);
      converted = true;
    }
    if (RegexFind(p, u, nullptr, cache)) return true;
  }
  return false;
}

std::string RegexReplace(const Pattern& pattern, const std::string& text,
                         const std::string& replacement) {
  // No match, nothing to replace: the prefilter spares ICU a text that cannot
  // hold one (most of the list separators' texts hold none).
  if (!pattern.compiled || !MayMatch(pattern, Fold(text))) return text;
  const icu::RegexPattern* regex = RegexOf(pattern);
  if (regex == nullptr) return text;
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString u = U(text);
  std::unique_ptr<icu::RegexMatcher> m(regex->matcher(u, status));
  if (U_FAILURE(status) || !m) return text;
  icu::UnicodeString out = m->replaceAll(U(replacement), status);
  return U_FAILURE(status) ? text : Utf8(out);
}

bool SafeCaseSensitiveCheck(const std::string& source) {
  static const char* const kLessWhenCaseless[] = {"[^",  "\\P", "{^",  ":^",  "\\W",  "\\S",
                                                  "\\D", "\\B", "\\X", "(?!", "(?<!", "(?>",
                                                  "*+",  "++",  "?+",  "}+",  "--",   "&&"};
  for (const char* s : kLessWhenCaseless)
    if (source.find(s) != std::string::npos) return false;
  return true;
}

bool MatchesAtStart(const Pattern& pattern, const icu::RegexPattern* checked,
                    const std::string& text) {
  if (checked != nullptr && SafeCaseSensitiveCheck(pattern.source)) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString u = U(text);
    std::unique_ptr<icu::RegexMatcher> m(checked->matcher(u, status));
    if (U_SUCCESS(status) && m && m->find(status) && U_SUCCESS(status) && m->start(status) == 0 &&
        U_SUCCESS(status))
      return true;
  }
  RegexMatch match;
  return RegexFind(pattern, text, &match) && match.start == 0;
}

namespace {

/// Builds an example for a regular expression's source, left to right.
class ExampleBuilder {
 public:
  explicit ExampleBuilder(const std::string& src) : s_(src) {}
  /// The example of the whole source; false when a part has none.
  bool Build(std::string* out) { return Alternatives(out) && i_ == s_.size(); }

 private:
  /// The first alternative of a sequence up to ')' or the end; skips the rest.
  bool Alternatives(std::string* out) {
    if (!Sequence(out)) return false;
    while (RegexTokenIs(s_, i_, Kind::kAlternation)) {
      ++i_;
      std::string ignored;
      if (!Sequence(&ignored)) return false;
    }
    return true;
  }
  bool Sequence(std::string* out) {
    RegexToken t;
    for (size_t at = i_;
         NextRegexToken(s_, &at, &t) && t.kind != Kind::kAlternation && t.kind != Kind::kGroupClose;
         at = i_) {
      std::string atom;
      if (!Atom(&atom)) return false;
      int times = 1;
      size_t q = i_;
      if (NextRegexToken(s_, &q, &t) && (t.kind == Kind::kQuantifier || t.kind == Kind::kBad)) {
        if (t.kind == Kind::kBad) return false;
        times = t.min;  // as few times as it may
        i_ = q;
      }
      for (int k = 0; k < times; ++k) *out += atom;
    }
    return true;
  }
  /// The text of the atom at i_ ("" for one of zero width), passed; false
  /// when it has none.
  bool Atom(std::string* out) {
    RegexToken t;
    NextRegexToken(s_, &i_, &t);
    switch (t.kind) {
      case Kind::kStart:
      case Kind::kEnd:
        return true;
      case Kind::kGroupOpen: {
        if (t.group == RegexGroupKind::kOther) return false;
        std::string inner;
        if (!Alternatives(&inner)) return false;
        if (!RegexTokenIs(s_, i_, Kind::kGroupClose)) return false;
        ++i_;
        // A lookaround matches no text.
        if (t.group == RegexGroupKind::kCapturing || t.group == RegexGroupKind::kNonCapturing ||
            t.group == RegexGroupKind::kCaseGroup)
          *out = inner;
        return true;
      }
      case Kind::kClass:
        return Class(t, out);
      case Kind::kEscape:
        switch (t.letter) {
          case 's':
            *out = " ";
            return true;
          case 'd':
            *out = "1";
            return true;
          case 'w':
          case 'S':
          case 'D':
            *out = "a";
            return true;
          case 'b':
          case 'B':
            return true;  // zero width
          default:
            return false;  // \p, \1, \u...
        }
      case Kind::kLiteral:
        *out = t.text;
        return true;
      case Kind::kDot:
        *out = "\u2026";  // an ellipsis: any text, and no word of its own
        return true;
      default:
        return false;  // a quantifier with nothing before it, a property, what is bad
    }
  }
  /// The first member of a class; false for a negated class.
  bool Class(const RegexToken& t, std::string* out) {
    if (t.negated) return false;
    size_t at = ClassMembersStart(t);
    ClassMember m;
    std::string first;
    for (NextClassMember(s_, &at, &m); m.kind != ClassMemberKind::kClose;
         NextClassMember(s_, &at, &m)) {
      std::string ch;
      if (m.kind == ClassMemberKind::kEscape) {
        char e = m.letter;
        ch = e == 's' ? " " : e == 'd' ? "1" : e == 'w' ? "a" : std::string(1, e);
      } else if (m.kind == ClassMemberKind::kCharacter) {
        ch = m.text;
      } else if (m.kind != ClassMemberKind::kSetOperation) {
        return false;  // a nested set, or the source ends
      }
      if (first.empty()) first = ch;
    }
    *out = first;
    return !first.empty();
  }

  const std::string& s_;
  size_t i_ = 0;
};

}  // namespace

std::string ExampleText(const Pattern& pattern) {
  std::string text;
  ExampleBuilder builder(pattern.source);
  if (!builder.Build(&text)) return "";
  text = Squeeze(text);
  if (text.empty() || !RegexFind(pattern, text)) return "";
  return text;
}

}  // namespace redovis
