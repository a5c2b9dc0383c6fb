// A regex made blind to lost marks. See mark_free.h.
#include "patterns/mark_free.h"

#include <string_view>

#include "base/text_util.h"
#include "base/utf8.h"
#include "patterns/regex_tokens.h"

namespace redovis {

namespace {

// The base letters of the marked letters among a set's members, each once,
// or "" when the set must stay as written (negated, nested, a set
// operation, a marked letter as a range's end).
std::string SetBases(std::string_view source, const RegexToken& set) {
  if (set.negated) return "";
  std::string bases;
  size_t at = ClassMembersStart(set);
  ClassMember m;
  for (;;) {
    NextClassMember(source, &at, &m);
    if (m.kind == ClassMemberKind::kClose) break;
    if (m.kind == ClassMemberKind::kNested || m.kind == ClassMemberKind::kSetOperation ||
        m.kind == ClassMemberKind::kBad)
      return "";
    if (m.kind != ClassMemberKind::kCharacter) continue;
    char base = MarkedLetterBase(m.text);
    if (base == '\0') continue;
    if (!m.range_to.empty()) return "";
    if (bases.find(base) == std::string::npos) bases += base;
  }
  return bases;
}

}  // namespace

char MarkedLetterBase(const std::string& letter) {
  if (letter.empty() || static_cast<unsigned char>(letter[0]) < 0x80) return '\0';
  std::string base = AsciiFold(letter);
  if (base.size() != 1 || base[0] < 'a' || base[0] > 'z') return '\0';
  return base[0];
}

std::string MarkFreeSource(const std::string& source) {
  std::string out;
  out.reserve(source.size() + 16);
  size_t i = 0;
  RegexToken t;
  while (i < source.size()) {
    size_t begin = i;
    if (!NextRegexToken(source, &i, &t)) break;
    std::string_view as_written(source.data() + begin, i - begin);
    if (t.kind == RegexTokenKind::kLiteral) {
      char base = MarkedLetterBase(t.text);
      if (base != '\0') {
        out += '[';
        out += t.text;
        out += base;
        out += "?]";
        continue;
      }
    } else if (t.kind == RegexTokenKind::kClass) {
      std::string bases = SetBases(source, t);
      if (!bases.empty() && !as_written.empty() && as_written.back() == ']') {
        out += as_written.substr(0, as_written.size() - 1);
        out += bases;
        out += "?]";
        continue;
      }
    } else if (t.kind == RegexTokenKind::kBad) {
      out += source.substr(begin);
      return out;
    }
    out += as_written;
  }
  return out;
}

std::string StripMarks(const std::string& text, bool question) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    size_t begin = i;
    NextCodePoint(text, &i);
    if (i <= begin) i = begin + 1;
    std::string one = text.substr(begin, i - begin);
    char base = MarkedLetterBase(one);
    if (base == '\0') {
      out += one;
    } else if (question) {
      out += '?';
    } else {
      // The case as written: "Ö" -> "O".
      bool upper = Fold(one) != one;
      out += upper ? static_cast<char>(base - 'a' + 'A') : base;
    }
  }
  return out;
}

}  // namespace redovis
