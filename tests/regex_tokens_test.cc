#include "patterns/regex_tokens.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace regex_tokens_test {

using namespace redovis;

namespace {

using K = RegexTokenKind;

/// The tokens of `source`, in order.
std::vector<RegexToken> Tokens(const std::string& source) {
  std::vector<RegexToken> out;
  size_t i = 0;
  RegexToken t;
  while (NextRegexToken(source, &i, &t)) out.push_back(t);
  CHECK(i == source.size());
  return out;
}

std::vector<K> Kinds(const std::string& source) {
  std::vector<K> out;
  for (const RegexToken& t : Tokens(source)) out.push_back(t.kind);
  return out;
}

/// The members of the set that opens `source`, up to its end.
std::vector<ClassMember> Members(const std::string& source) {
  size_t i = 0;
  RegexToken t;
  REQUIRE(NextRegexToken(source, &i, &t));
  REQUIRE(t.kind == K::kClass);
  std::vector<ClassMember> out;
  size_t at = ClassMembersStart(t);
  ClassMember m;
  do {
    NextClassMember(source, &at, &m);
    out.push_back(m);
  } while (m.kind != ClassMemberKind::kClose && m.kind != ClassMemberKind::kBad &&
           m.kind != ClassMemberKind::kNested);
  return out;
}

}  // namespace

TEST_CASE("regex tokens: atoms, anchors, alternation") {
  CHECK(Kinds("^a.b$") == std::vector<K>{K::kStart, K::kLiteral, K::kDot, K::kLiteral, K::kEnd});
  CHECK(Kinds("a|b") == std::vector<K>{K::kLiteral, K::kAlternation, K::kLiteral});
  // An escaped character is a literal, the character alone; a letter escaped is an escape.
  std::vector<RegexToken> t = Tokens("\\.\\|\\s\\1");
  REQUIRE(t.size() == 4);
  CHECK((t[0].kind == K::kLiteral && t[0].text == "."));
  CHECK((t[1].kind == K::kLiteral && t[1].text == "|"));
  CHECK((t[2].kind == K::kEscape && t[2].letter == 's'));
  CHECK((t[3].kind == K::kEscape && t[3].letter == '1'));
  // A character is one code point, however many bytes.
  t = Tokens("åö\\é");
  REQUIRE(t.size() == 3);
  CHECK(t[0].text == "å");
  CHECK(t[1].text == "ö");
  CHECK((t[2].kind == K::kLiteral && t[2].text == "é"));
  // A property with braces is one token; without them an escape.
  t = Tokens("\\p{L}\\P{Lu}\\pL");
  REQUIRE(t.size() == 4);
  CHECK((t[0].kind == K::kProperty && t[0].letter == 'p' && t[0].end == 5));
  CHECK((t[1].kind == K::kProperty && t[1].letter == 'P'));
  CHECK((t[2].kind == K::kEscape && t[2].letter == 'p'));
  CHECK((t[3].kind == K::kLiteral && t[3].text == "L"));
}

TEST_CASE("regex tokens: groups by kind") {
  std::vector<RegexToken> t = Tokens("(a)(?:b)(?=c)(?!d)(?<=e)(?<!f)(?i)(?>g)");
  std::vector<RegexGroupKind> kinds;
  for (const RegexToken& x : t)
    if (x.kind == K::kGroupOpen) kinds.push_back(x.group);
  CHECK(kinds ==
        std::vector<RegexGroupKind>{RegexGroupKind::kCapturing, RegexGroupKind::kNonCapturing,
                                    RegexGroupKind::kLookahead, RegexGroupKind::kLookahead,
                                    RegexGroupKind::kLookbehind, RegexGroupKind::kLookbehind,
                                    RegexGroupKind::kOther, RegexGroupKind::kOther});
  // A lookbehind's opening is passed whole: what follows is its content.
  t = Tokens("(?<=ab)");
  REQUIRE(t.size() == 4);
  CHECK(t[0].end == 4);
  CHECK(t[1].text == "a");
}

TEST_CASE("regex tokens: quantifiers with their least count, lazy and possessive marks passed") {
  std::vector<RegexToken> t = Tokens("a?b*c+d{3,5}e{0,2}?f++g{2}");
  std::vector<std::pair<char, int>> q;
  for (const RegexToken& x : t)
    if (x.kind == K::kQuantifier) q.push_back({x.op, x.min});
  CHECK(q == std::vector<std::pair<char, int>>{
                 {'?', 0}, {'*', 0}, {'+', 1}, {'{', 3}, {'{', 0}, {'+', 1}, {'{', 2}});
  CHECK(t.size() == 14);  // seven atoms, seven quantifiers: "?" and "+" after one are marks
}

TEST_CASE("regex tokens: a set is one token; its members read one by one") {
  std::vector<RegexToken> t = Tokens("[a-z\\]]x[^[:alpha:]]y");
  REQUIRE(t.size() == 4);
  CHECK((t[0].kind == K::kClass && !t[0].negated && t[0].end == 7));
  CHECK((t[2].kind == K::kClass && t[2].negated));
  CHECK(t[3].text == "y");
  // A "]" first is a member of the set to the token, and closes it to the members.
  CHECK(Kinds("[]a]b") == std::vector<K>{K::kClass, K::kLiteral});
  std::vector<ClassMember> m = Members("[]a]");
  REQUIRE(m.size() == 1);
  CHECK(m[0].kind == ClassMemberKind::kClose);

  m = Members("[a-zå\\d\\--/&&x]");
  REQUIRE(m.size() == 7);
  CHECK((m[0].kind == ClassMemberKind::kCharacter && m[0].text == "a" && m[0].range_to == "z"));
  CHECK((m[1].text == "å" && m[1].range_to.empty()));
  CHECK((m[2].kind == ClassMemberKind::kEscape && m[2].letter == 'd'));
  CHECK((m[3].kind == ClassMemberKind::kCharacter && m[3].text == "-" && m[3].range_to == "/"));
  CHECK(m[4].kind == ClassMemberKind::kSetOperation);
  CHECK(m[5].text == "x");
  CHECK(m[6].kind == ClassMemberKind::kClose);
  // A "-" before the end is a member, no range.
  m = Members("[a-]");
  REQUIRE(m.size() == 3);
  CHECK((m[0].text == "a" && m[0].range_to.empty() && m[1].text == "-"));
  m = Members("[a[b]]");
  CHECK(m.back().kind == ClassMemberKind::kNested);
}

TEST_CASE("regex tokens: what cannot be read is bad, and nothing is read past the end") {
  for (const char* source : {"a\\", "[ab", "a{2", "\\p{L", "[a\\"}) {
    CAPTURE(source);
    std::vector<RegexToken> t = Tokens(source);
    REQUIRE(!t.empty());
    CHECK(t.back().kind == K::kBad);
  }
  size_t i = 3;
  RegexToken t;
  CHECK(!NextRegexToken("abc", &i, &t));
  CHECK(!RegexTokenIs("abc", 3, K::kLiteral));
  CHECK(RegexTokenIs("a|b", 1, K::kAlternation));
  std::string open = "[a";
  size_t at = 1;
  ClassMember m;
  NextClassMember(open, &at, &m);
  NextClassMember(open, &at, &m);
  CHECK(m.kind == ClassMemberKind::kBad);
}

}  // namespace regex_tokens_test
