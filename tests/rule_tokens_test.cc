#include "patterns/rule_tokens.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace rule_tokens_test {

using namespace redovis;

namespace {

std::vector<RuleToken> Tokens(const std::string& line) {
  std::vector<RuleToken> out;
  std::string error;
  REQUIRE_MESSAGE(TokenizeRuleLine(line, &out, &error), error);
  return out;
}

}  // namespace

TEST_CASE("TokenizeRuleLine: words, quoted regexes with spaces, NAME=\"...\" and comments") {
  std::vector<RuleToken> t =
      Tokens("field\treport.year \"^År:\\s*(\\d{4})\"  as=days message=\"två ord\" # note");
  REQUIRE(t.size() == 5);
  CHECK(t[0].text == "field");
  CHECK(t[1].text == "report.year");
  CHECK(t[2].text == "^År:\\s*(\\d{4})");
  CHECK(t[2].quoted);
  CHECK_FALSE(t[2].value_quoted);
  CHECK(t[3].text == "as=days");
  CHECK_FALSE(t[3].quoted);
  CHECK(t[4].text == "message=två ord");
  CHECK_FALSE(t[4].quoted);
  CHECK(t[4].value_quoted);
  // A quote inside a quoted part, a '#' inside quotes, a CR at the end.
  t = Tokens("ignore \"a \\\"b\\\" #c\"\r");
  REQUIRE(t.size() == 2);
  CHECK(t[1].text == "a \"b\" #c");
  CHECK(Tokens("   # only a comment").empty());
  CHECK(Tokens("").empty());
}

TEST_CASE("TokenizeRuleLine: an unterminated quoted string is an error") {
  std::vector<RuleToken> t;
  std::string error;
  CHECK_FALSE(TokenizeRuleLine("start \"^Redovisning", &t, &error));
  CHECK(error == "unterminated quoted string");
}

TEST_CASE("ParseRuleNumber: all of the text, finite") {
  double n = 0;
  CHECK(ParseRuleNumber("302400", &n));
  CHECK(n == 302400);
  CHECK(ParseRuleNumber("0.01", &n));
  CHECK(n == 0.01);
  CHECK_FALSE(ParseRuleNumber("", &n));
  CHECK_FALSE(ParseRuleNumber("12x", &n));
  CHECK_FALSE(ParseRuleNumber("inf", &n));
  CHECK_FALSE(ParseRuleNumber("nan", &n));
}

}  // namespace rule_tokens_test
