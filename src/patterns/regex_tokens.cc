#include "patterns/regex_tokens.h"

#include <cctype>
#include <cstdlib>

#include "base/utf8.h"

namespace redovis {
namespace {

bool AlphaNumeric(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

/// The character (one code point) at `*i`, passed.
std::string TakeCodePoint(std::string_view s, size_t* i) {
  size_t from = *i;
  NextCodePoint(s, i);
  if (*i <= from) *i = from + 1;  // never stand still
  if (*i > s.size()) *i = s.size();
  return std::string(s.substr(from, *i - from));
}

/// Passes the set "[...]" that opens at `*i` (nested sets, escapes, a "]"
/// first as a member); false when it is never closed.
bool SkipClass(std::string_view s, size_t* i) {
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
  if (*i > s.size()) *i = s.size();
  return false;
}

}  // namespace

bool NextRegexToken(std::string_view s, size_t* i, RegexToken* t) {
  if (*i >= s.size()) return false;
  *t = RegexToken();
  t->begin = *i;
  char c = s[*i];
  switch (c) {
    case '\\':
      if (*i + 1 >= s.size()) {
        t->kind = RegexTokenKind::kBad;
        *i = s.size();
        break;
      }
      if (!AlphaNumeric(s[*i + 1])) {
        ++*i;
        t->kind = RegexTokenKind::kLiteral;
        t->text = TakeCodePoint(s, i);
        break;
      }
      t->letter = s[*i + 1];
      *i += 2;
      t->kind = RegexTokenKind::kEscape;
      if ((t->letter == 'p' || t->letter == 'P') && *i < s.size() && s[*i] == '{') {
        size_t close = s.find('}', *i);
        if (close == std::string_view::npos) {
          t->kind = RegexTokenKind::kBad;
          *i = s.size();
        } else {
          t->kind = RegexTokenKind::kProperty;
          *i = close + 1;
        }
      }
      break;
    case '[':
      t->kind = RegexTokenKind::kClass;
      t->negated = *i + 1 < s.size() && s[*i + 1] == '^';
      if (!SkipClass(s, i)) t->kind = RegexTokenKind::kBad;
      break;
    case '.':
    case '^':
    case '$':
    case ')':
    case '|':
      t->kind = c == '.'   ? RegexTokenKind::kDot
                : c == '^' ? RegexTokenKind::kStart
                : c == '$' ? RegexTokenKind::kEnd
                : c == ')' ? RegexTokenKind::kGroupClose
                           : RegexTokenKind::kAlternation;
      ++*i;
      break;
    case '(': {
      t->kind = RegexTokenKind::kGroupOpen;
      ++*i;
      if (*i >= s.size() || s[*i] != '?') break;
      ++*i;
      char k = *i < s.size() ? s[*i] : '\0';
      char k2 = *i + 1 < s.size() ? s[*i + 1] : '\0';
      if (k == ':') {
        t->group = RegexGroupKind::kNonCapturing;
        ++*i;
      } else if (k == '=' || k == '!') {
        t->group = RegexGroupKind::kLookahead;
        t->negated = k == '!';
        ++*i;
      } else if (k == '<' && (k2 == '=' || k2 == '!')) {
        t->group = RegexGroupKind::kLookbehind;
        t->negated = k2 == '!';
        *i += 2;
      } else if (s.compare(*i, 2, "i:") == 0 || s.compare(*i, 3, "-i:") == 0) {
        t->group = RegexGroupKind::kCaseGroup;
        t->negated = k == '-';
        *i += t->negated ? 3 : 2;
      } else {
        t->group = RegexGroupKind::kOther;
      }
      break;
    }
    case '?':
    case '*':
    case '+':
    case '{':
      t->kind = RegexTokenKind::kQuantifier;
      t->op = c;
      if (c == '{') {
        size_t close = s.find('}', *i);
        if (close == std::string_view::npos) {
          t->kind = RegexTokenKind::kBad;
          *i = s.size();
          break;
        }
        t->min = std::atoi(std::string(s.substr(*i + 1, close - *i - 1)).c_str());
        *i = close + 1;
      } else {
        t->min = c == '+' ? 1 : 0;
        ++*i;
      }
      if (*i < s.size() && (s[*i] == '?' || s[*i] == '+')) ++*i;  // lazy, possessive
      break;
    default:
      t->kind = RegexTokenKind::kLiteral;
      t->text = TakeCodePoint(s, i);
      break;
  }
  t->end = *i;
  return true;
}

bool RegexTokenIs(std::string_view source, size_t i, RegexTokenKind kind) {
  RegexToken t;
  return NextRegexToken(source, &i, &t) && t.kind == kind;
}

size_t ClassMembersStart(const RegexToken& token) {
  return token.begin + (token.negated ? 2 : 1);
}

void NextClassMember(std::string_view s, size_t* i, ClassMember* m) {
  *m = ClassMember();
  if (*i >= s.size()) {
    m->kind = ClassMemberKind::kBad;
    return;
  }
  char c = s[*i];
  if (c == ']') {
    m->kind = ClassMemberKind::kClose;
    ++*i;
    return;
  }
  if (c == '[') {
    m->kind = ClassMemberKind::kNested;
    return;
  }
  if ((c == '&' || c == '-') && *i + 1 < s.size() && s[*i + 1] == c) {
    m->kind = ClassMemberKind::kSetOperation;
    *i += 2;
    return;
  }
  if (c == '\\') {
    if (*i + 1 >= s.size()) {
      m->kind = ClassMemberKind::kBad;
      *i = s.size();
      return;
    }
    if (AlphaNumeric(s[*i + 1])) {
      m->kind = ClassMemberKind::kEscape;
      m->letter = s[*i + 1];
      *i += 2;
      return;
    }
    ++*i;
  }
  m->kind = ClassMemberKind::kCharacter;
  m->text = TakeCodePoint(s, i);
  // A range: "-" and a last character that is not the set's end.
  if (*i + 1 < s.size() && s[*i] == '-' && s[*i + 1] != ']') {
    ++*i;
    m->range_to = TakeCodePoint(s, i);
  }
}

}  // namespace redovis
