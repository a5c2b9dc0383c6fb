#include "patterns/regex_analysis.h"

#include <algorithm>
#include <bitset>
#include <cstring>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/text_util.h"
#include "patterns/regex_tokens.h"

namespace redovis {

namespace {

using Kind = RegexTokenKind;

using Set = std::bitset<256>;

Set NonAscii() {
  Set set;
  for (int b = 0x80; b < 0x100; ++b) set.set(static_cast<size_t>(b));
  return set;
}
Set Range(char from, char to) {
  Set set;
  for (int c = from; c <= to; ++c) set.set(static_cast<size_t>(c));
  return set;
}
/// The set of a class escape (\s, \d, \w, \h); false for another letter.
bool EscapeSet(char e, Set* set) {
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
/// The folded first byte of the character `ch` (UTF-8): into `*one` when its
/// fold is that one byte, else into `*more` (a non-ASCII character, or one
/// that folds to several, as ß to "ss").
void FoldedFirst(const std::string& ch, Set* one, Set* more) {
  std::string folded = Fold(ch);
  if (folded.empty()) return;
  (folded.size() == 1 ? one : more)->set(static_cast<unsigned char>(folded[0]));
}
/// A class escape's set split as FoldedFirst splits a character's.
bool EscapeSets(char e, Set* one, Set* more) {
  Set set;
  if (!EscapeSet(e, &set)) return false;
  *more |= set & NonAscii();
  *one |= set & ~NonAscii();
  return true;
}

/// The folded first bytes of the members of the class `t` ("[...]" of ASCII
/// ranges, characters and class escapes; not negated), split as FoldedFirst
/// splits them. False for what it does not read.
bool ClassSets(const std::string& s, const RegexToken& t, Set* one, Set* more) {
  size_t at = ClassMembersStart(t);
  ClassMember m;
  for (bool first = true;; first = false) {
    NextClassMember(s, &at, &m);
    if (m.kind == ClassMemberKind::kClose) return !first;
    if (m.kind == ClassMemberKind::kEscape) {
      if (!EscapeSets(m.letter, one, more)) return false;
      continue;
    }
    if (m.kind != ClassMemberKind::kCharacter) return false;  // a nested set, &&, --
    if (m.range_to.empty()) {
      FoldedFirst(m.text, one, more);
      continue;
    }
    // A range: ASCII only, each member folded.
    char from = m.text[0], to = m.range_to[0];
    if (m.text.size() != 1 || m.range_to.size() != 1 || static_cast<unsigned char>(to) >= 0x80 ||
        to == '\\' || to == '[' || from > to)
      return false;
    for (int c = from; c <= to; ++c) FoldedFirst(std::string(1, static_cast<char>(c)), one, more);
  }
}

/// Passes the rest of an alternative from `*i`, up to its '|' or ')' (nested
/// groups, classes and escapes passed whole).
bool SkipAlternative(const std::string& s, size_t* i) {
  int depth = 0;
  RegexToken t;
  for (size_t at = *i; NextRegexToken(s, &at, &t); *i = at) {
    if (t.kind == Kind::kBad) return false;
    if (t.kind == Kind::kGroupOpen) ++depth;
    if (t.kind == Kind::kGroupClose) {
      if (depth == 0) return true;
      --depth;
    }
    if (t.kind == Kind::kAlternation && depth == 0) return true;
  }
  return depth == 0;
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
    for (;;) {
      Set one;
      bool nullable = false;
      if (!Sequence(&one, &nullable) || nullable) return out;
      set |= one;
      if (i_ == s_.size()) break;
      // "^a|^b": each alternative anchored, the union of their sets; "^a|b":
      // b is not anchored.
      if (!RegexTokenIs(s_, i_, Kind::kAlternation) || !RegexTokenIs(s_, i_ + 1, Kind::kStart))
        return out;
      i_ += 2;
    }
    out.known = true;
    out.bytes = set;
    return out;
  }

 private:
  /// Alternatives up to ')' : the union of their sets; nullable when one is.
  bool Alternatives(Set* set, bool* nullable) {
    *nullable = false;
    for (;;) {
      Set one;
      bool empty = false;
      if (!Sequence(&one, &empty)) return false;
      *set |= one;
      *nullable = *nullable || empty;
      if (!RegexTokenIs(s_, i_, Kind::kAlternation)) return true;
      ++i_;
    }
  }

  /// One alternative: the sets of its atoms up to the first that cannot be
  /// empty; the rest of the alternative skipped.
  bool Sequence(Set* set, bool* nullable) {
    RegexToken t;
    for (size_t at = i_;
         NextRegexToken(s_, &at, &t) && t.kind != Kind::kAlternation && t.kind != Kind::kGroupClose;
         at = i_) {
      Set atom;
      bool empty = false;
      if (!Atom(&atom, &empty)) return false;
      size_t q = i_;
      if (NextRegexToken(s_, &q, &t) && (t.kind == Kind::kQuantifier || t.kind == Kind::kBad)) {
        if (t.kind == Kind::kBad) return false;
        if (t.min == 0) empty = true;
        i_ = q;
      }
      *set |= atom;
      if (!empty) {
        *nullable = false;
        return SkipAlternative(s_, &i_);
      }
    }
    *nullable = true;
    return true;
  }

  bool Atom(Set* set, bool* empty) {
    RegexToken t;
    NextRegexToken(s_, &i_, &t);
    switch (t.kind) {
      case Kind::kGroupOpen:
        if (t.group != RegexGroupKind::kCapturing && t.group != RegexGroupKind::kNonCapturing &&
            t.group != RegexGroupKind::kCaseGroup)
          return false;  // a lookaround, a named or atomic group, another flag: not read
        if (!Alternatives(set, empty)) return false;
        if (!RegexTokenIs(s_, i_, Kind::kGroupClose)) return false;
        ++i_;
        return true;
      case Kind::kClass:
        if (t.negated) {
          set->set();  // a negated class: any first byte
          return true;
        }
        return ClassSets(s_, t, set, set);
      case Kind::kEscape:
        if (t.letter == 'b' || t.letter == 'B') {
          *empty = true;  // zero width
          return true;
        }
        return EscapeSet(t.letter, set);  // \S, \p, \x, \1 ...: not read
      case Kind::kLiteral:
        FoldedFirst(t.text, set, set);
        return true;
      case Kind::kStart:
      case Kind::kEnd:
        *empty = true;
        return true;
      case Kind::kDot:
        set->set();
        return true;
      default:
        return false;  // a quantifier with nothing before it, a property, what is bad
    }
  }

  const std::string& s_;
  size_t i_ = 0;
};

}  // namespace

LeadSet LeadBytes(const std::string& source) {
  return LeadFinder(source).Find();
}

namespace {

/// What LeadPairs needs of a piece of a pattern, over the case-folded text
/// of its matches: whether it matches empty text, the first bytes of its
/// other matches, the bytes it matches as a whole match of one byte (one
/// ASCII character folding to one byte), and, for an ASCII first byte, the
/// second bytes its matches of two bytes or more can have.
struct PairPiece {
  bool nullable = false;
  Set first;
  Set single;
  std::map<unsigned char, Set> seconds;  ///< ASCII first byte -> second bytes

  static PairPiece Empty() {
    PairPiece p;
    p.nullable = true;
    return p;
  }
  /// One character whose folded first byte is in `one` (folds to that byte
  /// alone) or in `more` (folds to several bytes: any second byte).
  static PairPiece Character(const Set& one, const Set& more) {
    PairPiece p;
    p.first = one | more;
    p.single = one;
    for (size_t b = 0; b < 0x80; ++b)
      if (more.test(b)) p.seconds[static_cast<unsigned char>(b)].set();
    return p;
  }
  static PairPiece AnyCharacter() {
    Set ascii = ~NonAscii();
    return Character(ascii, NonAscii());
  }
  void AddSeconds(const Set& firsts, const Set& seconds_after) {
    if (seconds_after.none()) return;
    for (size_t b = 0; b < 0x80; ++b)
      if (firsts.test(b)) seconds[static_cast<unsigned char>(b)] |= seconds_after;
  }
  /// This piece followed by `next`.
  void Then(const PairPiece& next) {
    AddSeconds(single, next.first);
    if (nullable) {
      first |= next.first;
      for (const auto& [b, set] : next.seconds) seconds[b] |= set;
    }
    single = (next.nullable ? single : Set()) | (nullable ? next.single : Set());
    nullable = nullable && next.nullable;
  }
  /// This piece or `other`.
  void Or(const PairPiece& other) {
    nullable = nullable || other.nullable;
    first |= other.first;
    single |= other.single;
    for (const auto& [b, set] : other.seconds) seconds[b] |= set;
  }
  /// This piece quantified: `min` times at least, perhaps more than once.
  void Repeat(int min, bool more_than_once) {
    if (min == 0) nullable = true;
    if (more_than_once) AddSeconds(single, first);
  }
  /// The same piece after a match that stops here: no more bytes can come.
  bool Settled() const { return !nullable && single.none(); }
};

/// Reads an anchored regular expression for LeadPairs: its alternatives'
/// atoms, each combined with the next, until no later atom can change the
/// first two bytes.
class PairFinder {
 public:
  explicit PairFinder(const std::string& source) : s_(source) {}
  bool Find(PairPiece* out) {
    if (!Alternatives(out, true)) return false;
    return i_ == s_.size() && !out->nullable;
  }

 private:
  /// Alternatives up to ')' or the end; at the top, each must start with '^'.
  bool Alternatives(PairPiece* out, bool top) {
    for (bool first = true;; first = false) {
      if (top && !RegexTokenIs(s_, i_, Kind::kStart)) return false;
      PairPiece one;
      if (!Sequence(&one)) return false;
      if (first)
        *out = std::move(one);
      else
        out->Or(one);
      if (!RegexTokenIs(s_, i_, Kind::kAlternation)) return true;
      ++i_;
    }
  }

  bool Sequence(PairPiece* out) {
    *out = PairPiece::Empty();
    RegexToken t;
    for (size_t at = i_;
         NextRegexToken(s_, &at, &t) && t.kind != Kind::kAlternation && t.kind != Kind::kGroupClose;
         at = i_) {
      PairPiece atom;
      if (!Atom(&atom)) return false;
      size_t q = i_;
      if (NextRegexToken(s_, &q, &t) && (t.kind == Kind::kQuantifier || t.kind == Kind::kBad)) {
        if (t.kind == Kind::kBad) return false;
        // '?' allows one at most; any other may allow more (`{1}` read as
        // if it did: more pairs, never fewer).
        atom.Repeat(t.min, t.op != '?');
        i_ = q;
      }
      out->Then(atom);
      if (out->Settled()) return SkipAlternative(s_, &i_);
    }
    return true;
  }

  /// Passes a group's alternatives and its ')'.
  bool SkipGroup() {
    for (;;) {
      if (!SkipAlternative(s_, &i_)) return false;
      if (RegexTokenIs(s_, i_, Kind::kGroupClose)) {
        ++i_;
        return true;
      }
      if (!RegexTokenIs(s_, i_, Kind::kAlternation)) return false;
      ++i_;
    }
  }

  bool Group(PairPiece* out) {
    if (!Alternatives(out, false) || !RegexTokenIs(s_, i_, Kind::kGroupClose)) return false;
    ++i_;
    return true;
  }

  bool Atom(PairPiece* out) {
    RegexToken t;
    NextRegexToken(s_, &i_, &t);
    Set one, more;
    switch (t.kind) {
      case Kind::kGroupOpen:
        switch (t.group) {
          case RegexGroupKind::kCapturing:
          case RegexGroupKind::kNonCapturing:
          case RegexGroupKind::kCaseGroup:  // the folded text is the same
            return Group(out);
          case RegexGroupKind::kLookahead:
          case RegexGroupKind::kLookbehind:
            *out = PairPiece::Empty();  // zero width: what it asks for is not read
            return SkipGroup();
          case RegexGroupKind::kOther:
            return false;  // a named or atomic group, another flag
        }
        return false;
      case Kind::kClass:
        if (t.negated) {
          *out = PairPiece::AnyCharacter();
          return true;
        }
        if (!ClassSets(s_, t, &one, &more)) return false;
        *out = PairPiece::Character(one, more);
        return true;
      case Kind::kEscape:
        if (t.letter == 'b' || t.letter == 'B') {
          *out = PairPiece::Empty();  // zero width
          return true;
        }
        if (t.letter == 'S' || t.letter == 'D' || t.letter == 'W' || t.letter == 'H') {
          *out = PairPiece::AnyCharacter();
          return true;
        }
        if (!EscapeSets(t.letter, &one, &more)) return false;  // \x, \1, \Q ...: not read
        *out = PairPiece::Character(one, more);
        return true;
      case Kind::kProperty:
      case Kind::kDot:
        *out = PairPiece::AnyCharacter();
        return true;
      case Kind::kLiteral:
        FoldedFirst(t.text, &one, &more);
        *out = PairPiece::Character(one, more);
        return true;
      case Kind::kStart:
      case Kind::kEnd:
        *out = PairPiece::Empty();
        return true;
      default:
        return false;  // a quantifier with nothing before it, what is bad
    }
  }

  const std::string& s_;
  size_t i_ = 0;
};

}  // namespace

LeadPairs LeadBytePairs(const std::string& source) {
  LeadPairs out;
  PairPiece piece;
  if (source.empty() || source[0] != '^' || !PairFinder(source).Find(&piece)) return out;
  out.known_ = true;
  out.first_ = piece.first;
  for (size_t b = 0; b < 0x80; ++b) {
    if (piece.single.test(b)) out.second_[b].set();  // a match of one byte: any byte after it
    auto it = piece.seconds.find(static_cast<unsigned char>(b));
    if (it != piece.seconds.end()) out.second_[b] |= it->second;
  }
  return out;
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
      if (!RegexTokenIs(s_, i_, Kind::kAlternation)) break;
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
    RegexToken t;
    for (size_t at = i_;
         NextRegexToken(s_, &at, &t) && t.kind != Kind::kAlternation && t.kind != Kind::kGroupClose;
         at = i_) {
      i_ = at;
      std::string literal;  // the atom when it is one literal character
      std::vector<std::string> group;
      bool group_known = false;
      switch (t.kind) {
        case Kind::kGroupOpen: {
          if (t.group == RegexGroupKind::kOther)
            return Fail();  // a named or atomic group, another inline flag: not read
          // A positive lookaround consumes nothing, but what it must see is in
          // the text all the same: its literals count as a group's (they are
          // never joined to the run around it, as `group` is offered alone). A
          // negative one requires nothing.
          bool look =
              t.group == RegexGroupKind::kLookahead || t.group == RegexGroupKind::kLookbehind;
          group_known = Alternatives(&group) && !(look && t.negated);
          if (!ok_ || !RegexTokenIs(s_, i_, Kind::kGroupClose)) return Fail();
          ++i_;
          break;
        }
        case Kind::kLiteral:
          literal = t.text;
          break;
        case Kind::kEscape:
          // One character of a class (or none), as `.` is; \Q, \x, \u, \N, \c,
          // a back-reference: not read.
          if (std::string("sSdDwWhHvVRXbBAzZGtnrfae").find(t.letter) == std::string::npos)
            return Fail();
          break;
        case Kind::kClass:
          // A class of single characters ("[,;]") is a group of one-character
          // alternatives; one with a range, an escape or a nested set, or a
          // negated one, gives nothing.
          group_known = ClassMembers(t, &group);
          break;
        case Kind::kProperty:
        case Kind::kDot:
        case Kind::kStart:
        case Kind::kEnd:
          break;
        default:
          return Fail();  // a quantifier with nothing before it, what is bad
      }
      bool optional = false, repeated = false;
      size_t q = i_;
      if (NextRegexToken(s_, &q, &t) && (t.kind == Kind::kQuantifier || t.kind == Kind::kBad)) {
        if (t.kind == Kind::kBad) return Fail();
        optional = t.min == 0;
        repeated = t.op == '+' || t.op == '{';
        i_ = q;
      }
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

  /// The folded members of the class `t` when each is one character (no
  /// range, escape or nested set) and it is not negated; false otherwise.
  bool ClassMembers(const RegexToken& t, std::vector<std::string>* out) const {
    out->clear();
    if (t.negated) return false;
    size_t at = ClassMembersStart(t);
    ClassMember m;
    for (NextClassMember(s_, &at, &m); m.kind != ClassMemberKind::kClose;
         NextClassMember(s_, &at, &m)) {
      if (m.kind != ClassMemberKind::kCharacter || !m.range_to.empty()) {
        out->clear();
        return false;
      }
      out->push_back(Fold(m.text));
    }
    return !out->empty();
  }

  const std::string& s_;
  size_t i_ = 0;
  bool ok_ = true;
};

}  // namespace

std::vector<std::string> RequiredLiterals(const std::string& source) {
  return LiteralFinder(source).Find();
}

bool StartAnchored(const std::string& source) {
  int depth = 0;
  bool alternative_starts = true;  // the next top-level token opens an alternative
  RegexToken t;
  for (size_t i = 0; NextRegexToken(source, &i, &t);) {
    if (t.kind == Kind::kBad) return false;
    if (t.kind == Kind::kGroupOpen && t.group == RegexGroupKind::kOther) return false;
    if (alternative_starts && t.kind != Kind::kStart) return false;
    alternative_starts = false;
    if (t.kind == Kind::kGroupOpen) ++depth;
    if (t.kind == Kind::kGroupClose) --depth;
    if (t.kind == Kind::kAlternation && depth == 0) alternative_starts = true;
  }
  return !source.empty() && !alternative_starts;
}

std::string LiteralPrefix(const std::string& source) {
  RegexToken t;
  int depth = 0;
  for (size_t i = 0; NextRegexToken(source, &i, &t);) {
    if (t.kind == Kind::kGroupOpen) ++depth;
    if (t.kind == Kind::kGroupClose) --depth;
    if (t.kind == Kind::kAlternation && depth == 0) return "";  // "^a|b": b starts anywhere
  }
  std::string prefix;
  size_t i = RegexTokenIs(source, 0, Kind::kStart) ? 1 : 0;
  while (NextRegexToken(source, &i, &t) && t.kind == Kind::kLiteral) {
    RegexToken next;
    size_t after = i;
    if (NextRegexToken(source, &after, &next) &&
        (next.kind == Kind::kQuantifier || next.kind == Kind::kBad)) {
      // Optional or repeated: once only where it is certain ("s+"), then stop.
      if (next.kind == Kind::kQuantifier && next.min > 0) prefix += t.text;
      break;
    }
    prefix += t.text;
  }
  // Spaces in a pattern match exactly one space, as written; keep them.
  return Fold(prefix);
}
namespace {

/// True when the set `token` (a kClass) names a property: a `\p`, a `\P`,
/// or a `[:...:]`, at any depth.
bool SetHasProperty(const std::string& source, const RegexToken& token) {
  for (size_t at = token.begin; at + 1 < token.end; ++at) {
    if (source[at] == '\\') {
      if (source[at + 1] == 'p' || source[at + 1] == 'P') return true;
      ++at;  // an escaped character, passed whole
    } else if (source[at] == '[' && source[at + 1] == ':') {
      return true;
    }
  }
  return false;
}

}  // namespace

bool CaseClosesProperty(const std::string& source) {
  std::vector<bool> caseless = {true};  // in force in each open group, the innermost last
  RegexToken t;
  for (size_t i = 0; NextRegexToken(source, &i, &t);) {
    switch (t.kind) {
      case Kind::kGroupOpen: {
        bool here = caseless.back();
        if (t.group == RegexGroupKind::kCaseGroup) here = !t.negated;
        if (t.group == RegexGroupKind::kOther) {
          // Inline flags (`(?-i:` and `(?i:` alone are kCaseGroup): `(?s-i:`
          // for their group; `(?-i)` and `(?i)` for the rest of the group
          // they stand in. A named or atomic
          // group (`(?<name>`, `(?>`) keeps what is in force.
          size_t at = t.end;
          bool on = true;
          bool flag_i = here;
          while (at < source.size() &&
                 std::string_view("imswxu-").find(source[at]) != std::string_view::npos) {
            if (source[at] == '-') on = false;
            if (source[at] == 'i') flag_i = on;
            ++at;
          }
          if (at < source.size() && source[at] == ')') {
            caseless.back() = flag_i;
            i = at + 1;
            continue;
          }
          if (at < source.size() && source[at] == ':') {
            here = flag_i;
            i = at + 1;
          }
        }
        caseless.push_back(here);
        break;
      }
      case Kind::kGroupClose:
        if (caseless.size() > 1) caseless.pop_back();
        break;
      case Kind::kProperty:
        if (caseless.back()) return true;
        break;
      case Kind::kClass:
        if (caseless.back() && SetHasProperty(source, t)) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

LeadIndex::LeadIndex(const std::vector<std::bitset<256>>& firsts)
    : size_(firsts.size()), words_((firsts.size() + 63) / 64), rows_(256 * words_, 0) {
  for (size_t i = 0; i < firsts.size(); ++i)
    for (size_t b = 0; b < 256; ++b)
      if (firsts[i].test(b)) rows_[b * words_ + i / 64] |= uint64_t{1} << (i % 64);
}

}  // namespace redovis
