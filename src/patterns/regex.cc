#include "patterns/regex.h"

#include <algorithm>
#include <bitset>
#include <cctype>
#include <cstdlib>
#include <memory>

#include "base/utf8.h"

namespace redovis {

const icu::RegexPattern* CompiledRegex::Get() const {
  // Once compiled, no call_once: it costs a library call on every match.
  if (done_.load(std::memory_order_acquire)) return regex_.get();
  std::call_once(once_, [this] {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse_error;
    regex_.reset(icu::RegexPattern::compile(source_, kMatchFlags, parse_error, status));
    if (U_FAILURE(status)) regex_.reset();
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

const std::vector<std::string>& CompiledRegex::Required() const {
  return MadeOnce(&required_once_, &required_done_, &required_,
                  [this] { return RequiredLiterals(Utf8(source_)); });
}

const LeadSet& CompiledRegex::Lead() const {
  return MadeOnce(&lead_once_, &lead_done_, &lead_, [this] { return LeadBytes(Utf8(source_)); });
}

namespace {

/// Passes the class "[...]" that opens at `*i` (nested classes, escapes, a
/// "]" first as a member); false when it is never closed.
bool SkipClass(const std::string& s, size_t* i) {
  int depth = 0;
  while (*i < s.size()) {
    char c = s[*i];
    if (c == '\\') {
      *i += 2;
      continue;
    }
    ++*i;
    if (c == '[') {
      ++depth;
      if (*i < s.size() && s[*i] == '^') ++*i;
      if (*i < s.size() && s[*i] == ']') ++*i;  // a "]" first is a member
    } else if (c == ']' && --depth == 0) {
      return true;
    }
  }
  return false;
}

/// Reads an anchored regular expression's first atoms for LeadBytes.
class LeadFinder {
 public:
  explicit LeadFinder(const std::string& source) : s_(source) {}
  LeadSet Find() {
    LeadSet out;
    if (s_.empty() || s_[0] != '^') return out;
    i_ = 1;
    std::bitset<256> set;
    bool nullable = false;
    if (!Sequence(&set, &nullable) || nullable || i_ != s_.size())
      return out;  // "^a|b": b is not anchored
    out.known = true;
    out.bytes = set;
    return out;
  }

 private:
  using Set = std::bitset<256>;

  static Set NonAscii() {
    Set set;
    for (int b = 0x80; b < 0x100; ++b) set.set(static_cast<size_t>(b));
    return set;
  }
  static Set Range(char from, char to) {
    Set set;
    for (int c = from; c <= to; ++c) set.set(static_cast<size_t>(c));
    return set;
  }
  /// The set of a class escape (\s, \d, \w, \h); false for another letter.
  static bool EscapeSet(char e, Set* set) {
    switch (e) {
      case 's':
        *set = Range('\t', '\r') | Range('\x1c', ' ') | NonAscii();
        return true;
      case 'h':
        *set = Range(' ', ' ') | Range('\t', '\t') | NonAscii();
        return true;
      case 'd':
        *set = Range('0', '9') | NonAscii();
        return true;
      case 'w':
        *set = Range('a', 'z') | Range('A', 'Z') | Range('0', '9') | Range('_', '_') | NonAscii();
        return true;
      default:
        return false;
    }
  }
  /// The folded first byte of the character `ch` (UTF-8).
  static Set FoldedFirst(const std::string& ch) {
    Set set;
    std::string folded = Fold(ch);
    if (!folded.empty()) set.set(static_cast<unsigned char>(folded[0]));
    return set;
  }

  /// Alternatives up to ')' : the union of their sets; nullable when one is.
  bool Alternatives(Set* set, bool* nullable) {
    *nullable = false;
    for (;;) {
      Set one;
      bool empty = false;
      if (!Sequence(&one, &empty)) return false;
      *set |= one;
      *nullable = *nullable || empty;
      if (i_ >= s_.size() || s_[i_] != '|') return true;
      ++i_;
    }
  }

  /// One alternative: the sets of its atoms up to the first that cannot be
  /// empty; the rest of the alternative skipped.
  bool Sequence(Set* set, bool* nullable) {
    while (i_ < s_.size() && s_[i_] != '|' && s_[i_] != ')') {
      Set atom;
      bool empty = false;
      if (!Atom(&atom, &empty)) return false;
      char q = i_ < s_.size() ? s_[i_] : '\0';
      if (q == '?' || q == '*') {
        empty = true;
        ++i_;
      } else if (q == '+') {
        ++i_;
      } else if (q == '{') {
        size_t close = s_.find('}', i_);
        if (close == std::string::npos) return false;
        if (std::atoi(s_.c_str() + i_ + 1) == 0) empty = true;
        i_ = close + 1;
      }
      if (q == '?' || q == '*' || q == '+' || q == '{')
        if (i_ < s_.size() && (s_[i_] == '?' || s_[i_] == '+')) ++i_;  // lazy, possessive
      *set |= atom;
      if (!empty) {
        *nullable = false;
        return SkipAlternative();
      }
    }
    *nullable = true;
    return true;
  }

  bool Atom(Set* set, bool* empty) {
    char c = s_[i_];
    if (c == '(') {
      ++i_;
      if (i_ < s_.size() && s_[i_] == '?') {
        if (i_ + 1 < s_.size() && s_[i_ + 1] == ':') {
          i_ += 2;
        } else {
          return false;  // a lookaround, a named or atomic group, a flag: not read
        }
      }
      if (!Alternatives(set, empty)) return false;
      if (i_ >= s_.size() || s_[i_] != ')') return false;
      ++i_;
      return true;
    }
    if (c == '[') return Class(set);
    if (c == '\\') {
      if (i_ + 1 >= s_.size()) return false;
      char e = s_[i_ + 1];
      i_ += 2;
      if (e == 'b' || e == 'B') {
        *empty = true;  // zero width
        return true;
      }
      if (EscapeSet(e, set)) return true;
      if (std::isalnum(static_cast<unsigned char>(e))) return false;  // \S, \p, \x, \1 ...
      *set = FoldedFirst(std::string(1, e));
      return true;
    }
    if (c == '^' || c == '$') {
      ++i_;
      *empty = true;
      return true;
    }
    if (c == '.') {
      ++i_;
      set->set();
      return true;
    }
    if (c == '*' || c == '+' || c == '?' || c == '{' || c == ')' || c == '|') return false;
    size_t next = i_;
    NextCodePoint(s_, &next);
    *set = FoldedFirst(s_.substr(i_, next - i_));
    i_ = next;
    return true;
  }

  /// A class "[...]" of ASCII ranges, characters and class escapes; a
  /// negated class may start with any byte. False for what it does not read.
  bool Class(Set* set) {
    size_t open = i_++;
    if (i_ < s_.size() && s_[i_] == '^') {
      set->set();  // a negated class: any first byte
      i_ = open;
      return SkipClass(s_, &i_);
    }
    if (i_ < s_.size() && s_[i_] == ']') return false;
    while (i_ < s_.size() && s_[i_] != ']') {
      std::string ch;
      char c = s_[i_];
      if (c == '[') return false;  // a nested set, [:alpha:]
      if ((c == '&' || c == '-') && i_ + 1 < s_.size() && s_[i_ + 1] == c) return false;
      if (c == '\\') {
        if (i_ + 1 >= s_.size()) return false;
        char e = s_[i_ + 1];
        i_ += 2;
        Set escaped;
        if (EscapeSet(e, &escaped)) {
          *set |= escaped;
          continue;
        }
        if (std::isalnum(static_cast<unsigned char>(e))) return false;
        ch = std::string(1, e);
      } else {
        size_t next = i_;
        NextCodePoint(s_, &next);
        ch = s_.substr(i_, next - i_);
        i_ = next;
      }
      if (i_ + 1 < s_.size() && s_[i_] == '-' && s_[i_ + 1] != ']') {
        // A range: ASCII only, each member folded.
        char to = s_[i_ + 1];
        if (ch.size() != 1 || static_cast<unsigned char>(to) >= 0x80 || to == '\\' || to == '[' ||
            ch[0] > to)
          return false;
        for (int m = ch[0]; m <= to; ++m) *set |= FoldedFirst(std::string(1, static_cast<char>(m)));
        i_ += 2;
        continue;
      }
      *set |= FoldedFirst(ch);
    }
    if (i_ >= s_.size()) return false;
    ++i_;  // ']'
    return true;
  }
  /// Passes the rest of an alternative, up to its '|' or ')' (nested groups,
  /// classes and escapes passed whole).
  bool SkipAlternative() {
    int depth = 0;
    while (i_ < s_.size()) {
      char c = s_[i_];
      if (c == '\\') {
        i_ += 2;
        continue;
      }
      if (c == '[') {
        if (!SkipClass(s_, &i_)) return false;
        continue;
      }
      if (c == '(') ++depth;
      if (c == ')') {
        if (depth == 0) return true;
        --depth;
      }
      if (c == '|' && depth == 0) return true;
      ++i_;
    }
    return depth == 0;
  }

  const std::string& s_;
  size_t i_ = 0;
};

}  // namespace

LeadSet LeadBytes(const std::string& source) {
  return LeadFinder(source).Find();
}

namespace {

/// Reads a regular expression's source for RequiredLiterals, left to right.
class LiteralFinder {
 public:
  explicit LiteralFinder(const std::string& source) : s_(source) {}
  /// The source's set; empty when it has none or cannot be read.
  std::vector<std::string> Find() {
    std::vector<std::string> set;
    if (!Alternatives(&set) || !ok_ || i_ != s_.size()) return {};
    return set;
  }

 private:
  /// The alternatives up to ')' or the end: the union of each one's set.
  /// False (and `*out` empty) when one of them has none.
  bool Alternatives(std::vector<std::string>* out) {
    out->clear();
    bool known = true;
    for (;;) {
      std::vector<std::string> one;
      if (!Sequence(&one)) known = false;
      if (!ok_) return false;
      out->insert(out->end(), one.begin(), one.end());
      if (i_ >= s_.size() || s_[i_] != '|') break;
      ++i_;
    }
    if (!known) out->clear();
    return known;
  }

  static size_t Shortest(const std::vector<std::string>& set) {
    size_t n = std::string::npos;
    for (const std::string& s : set) n = std::min(n, s.size());
    return n;
  }
  /// Keeps `set` in `*best` when its shortest literal is longer.
  static void Offer(std::vector<std::string> set, std::vector<std::string>* best) {
    if (set.empty() || Shortest(set) == 0) return;
    if (best->empty() || Shortest(set) > Shortest(*best)) *best = std::move(set);
  }
  bool Fail() {
    ok_ = false;
    return false;
  }

  /// One alternative, up to '|', ')' or the end: its best set in `*best`;
  /// false when it has none.
  bool Sequence(std::vector<std::string>* best) {
    std::string run;  // literal characters every match passes through, in a row
    auto flush = [&] {
      if (!run.empty()) Offer({Fold(run)}, best);
      run.clear();
    };
    while (i_ < s_.size() && s_[i_] != '|' && s_[i_] != ')') {
      std::string literal;  // the atom when it is one literal character
      std::vector<std::string> group;
      bool group_known = false;
      char c = s_[i_];
      if (c == '(') {
        ++i_;
        bool negative = false;
        if (i_ < s_.size() && s_[i_] == '?') {
          ++i_;
          if (i_ < s_.size() && s_[i_] == ':') {
            ++i_;
          } else if (i_ < s_.size() && (s_[i_] == '=' || s_[i_] == '!')) {
            negative = s_[i_] == '!';
            ++i_;
          } else if (i_ + 1 < s_.size() && s_[i_] == '<' &&
                     (s_[i_ + 1] == '=' || s_[i_ + 1] == '!')) {
            negative = s_[i_ + 1] == '!';
            i_ += 2;
          } else {
            return Fail();  // a named or atomic group, an inline flag: not read
          }
        }
        // A positive lookaround consumes nothing, but what it must see is in
        // the text all the same: its literals count as a group's (they are
        // never joined to the run around it, as `group` is offered alone). A
        // negative one requires nothing.
        group_known = Alternatives(&group) && !negative;
        if (!ok_ || i_ >= s_.size() || s_[i_] != ')') return Fail();
        ++i_;
      } else if (c == '[') {
        if (!SkipClass(s_, &i_)) return Fail();
      } else if (c == '\\') {
        if (i_ + 1 >= s_.size()) return Fail();
        char e = s_[i_ + 1];
        i_ += 2;
        if (!std::isalnum(static_cast<unsigned char>(e))) {
          literal = std::string(1, e);
        } else if ((e == 'p' || e == 'P') && i_ < s_.size() && s_[i_] == '{') {
          size_t close = s_.find('}', i_);
          if (close == std::string::npos) return Fail();
          i_ = close + 1;
        } else if (std::string("sSdDwWhHvVRXbBAzZGtnrfae").find(e) == std::string::npos) {
          return Fail();  // \Q, \x, \u, \N, \c, a back-reference: not read
        }                 // else one character of a class (or none), as `.` is
      } else if (c == '.' || c == '^' || c == '$') {
        ++i_;
      } else if (c == '*' || c == '+' || c == '?' || c == '{') {
        return Fail();
      } else {
        size_t next = i_;
        NextCodePoint(s_, &next);
        literal = s_.substr(i_, next - i_);
        i_ = next;
      }
      bool optional = false, repeated = false;
      char q = i_ < s_.size() ? s_[i_] : '\0';
      if (q == '?' || q == '*') {
        optional = true;
        ++i_;
      } else if (q == '+') {
        repeated = true;
        ++i_;
      } else if (q == '{') {
        size_t close = s_.find('}', i_);
        if (close == std::string::npos) return Fail();
        optional = std::atoi(s_.c_str() + i_ + 1) == 0;
        repeated = true;
        i_ = close + 1;
      }
      if (q == '?' || q == '*' || q == '+' || q == '{')
        if (i_ < s_.size() && (s_[i_] == '?' || s_[i_] == '+')) ++i_;  // lazy, possessive
      if (!literal.empty() && !optional) {
        run += literal;
        if (repeated) flush();  // "a+": the run goes on only after one "a"
        continue;
      }
      flush();
      if (group_known && !optional) Offer(std::move(group), best);
    }
    flush();
    return !best->empty();
  }

  const std::string& s_;
  size_t i_ = 0;
  bool ok_ = true;
};

}  // namespace

std::vector<std::string> RequiredLiterals(const std::string& source) {
  return LiteralFinder(source).Find();
}

namespace {

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
  if (!m->find(status) || U_FAILURE(status)) return false;
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
    while (i_ < s_.size() && s_[i_] == '|') {
      ++i_;
      std::string ignored;
      if (!Sequence(&ignored)) return false;
    }
    return true;
  }
  bool Sequence(std::string* out) {
    while (i_ < s_.size() && s_[i_] != '|' && s_[i_] != ')') {
      std::string atom;
      bool empty_ok = false;
      if (!Atom(&atom, &empty_ok)) return false;
      int times = 1;
      if (!Quantifier(&times)) return false;
      for (int k = 0; k < times; ++k) *out += atom;
    }
    return true;
  }
  bool Atom(std::string* out, bool* zero_width) {
    char c = s_[i_];
    if (c == '^' || c == '$') {
      ++i_;
      *zero_width = true;
      return true;
    }
    if (c == '(') {
      ++i_;
      bool skip = false;
      if (i_ < s_.size() && s_[i_] == '?') {
        ++i_;
        if (i_ >= s_.size()) return false;
        if (s_[i_] == ':') {
          ++i_;
        } else if (s_[i_] == '=' || s_[i_] == '!') {
          ++i_;
          skip = true;  // a lookahead matches no text
        } else if (s_[i_] == '<' && i_ + 1 < s_.size() &&
                   (s_[i_ + 1] == '=' || s_[i_ + 1] == '!')) {
          i_ += 2;
          skip = true;
        } else {
          return false;
        }
      }
      std::string inner;
      if (!Alternatives(&inner)) return false;
      if (i_ >= s_.size() || s_[i_] != ')') return false;
      ++i_;
      if (!skip) *out = inner;
      return true;
    }
    if (c == '[') return Class(out);
    if (c == '\\') {
      if (i_ + 1 >= s_.size()) return false;
      char e = s_[i_ + 1];
      i_ += 2;
      switch (e) {
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
          *zero_width = true;
          return true;
        default:
          if (std::isalnum(static_cast<unsigned char>(e))) return false;  // \p, \1, \u...
          *out = std::string(1, e);
          return true;
      }
    }
    if (c == '.') {
      ++i_;
      *out = "\u2026";  // an ellipsis: any text, and no word of its own
      return true;
    }
    if (c == '*' || c == '+' || c == '?' || c == '{') return false;
    *out = TakeCharacter();
    return true;
  }
  /// The UTF-8 character at i_ (as many bytes as its lead byte says), passed.
  std::string TakeCharacter() {
    size_t n = 1;
    unsigned char b = static_cast<unsigned char>(s_[i_]);
    if (b >= 0xF0)
      n = 4;
    else if (b >= 0xE0)
      n = 3;
    else if (b >= 0xC0)
      n = 2;
    std::string ch = s_.substr(i_, n);
    i_ += n;
    return ch;
  }
  /// The first character of a class; false for a negated class.
  bool Class(std::string* out) {
    ++i_;
    if (i_ < s_.size() && s_[i_] == '^') return false;
    std::string first;
    while (i_ < s_.size() && s_[i_] != ']') {
      std::string ch;
      if (s_[i_] == '\\' && i_ + 1 < s_.size()) {
        char e = s_[i_ + 1];
        ch = e == 's' ? " " : e == 'd' ? "1" : e == 'w' ? "a" : std::string(1, e);
        i_ += 2;
      } else if (s_[i_] == '[') {
        return false;  // a nested set
      } else {
        ch = TakeCharacter();
      }
      if (first.empty()) first = ch;
    }
    if (i_ >= s_.size()) return false;
    ++i_;
    *out = first;
    return !first.empty();
  }
  /// A quantifier after an atom: how many times to repeat it (its least).
  bool Quantifier(int* times) {
    if (i_ >= s_.size()) return true;
    char c = s_[i_];
    if (c == '?' || c == '*') {
      *times = 0;
      ++i_;
    } else if (c == '+') {
      *times = 1;
      ++i_;
    } else if (c == '{') {
      size_t close = s_.find('}', i_);
      if (close == std::string::npos) return false;
      *times = std::atoi(s_.c_str() + i_ + 1);
      i_ = close + 1;
    } else {
      return true;
    }
    if (i_ < s_.size() && (s_[i_] == '?' || s_[i_] == '+')) ++i_;  // lazy, possessive
    return true;
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
