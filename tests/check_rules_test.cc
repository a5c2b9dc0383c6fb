#include "patterns/check_rules.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "test_support.h"

namespace check_rules_test {

using namespace redovis;

namespace {

/// Parses `line` as checks.rules line 7 against the project's catalogue and
/// messages and one rate table, "grant".
Status Parse(const std::string& line, CheckRule* out) {
  const PatternSet& ps = testing::ProjectPatterns();
  std::vector<RuleToken> tk;
  std::string error;
  REQUIRE_MESSAGE(TokenizeRuleLine(line, &tk, &error), error);
  RateTables rates;
  rates["grant"][2023] = 100;
  return ParseCheckRule(tk, "checks.rules:7", "checks.rules:7", ps.catalogue(), ps.messages(),
                        rates, out);
}

}  // namespace

TEST_CASE("ParseCheckRule: a check's kind, keys, options and message") {
  CheckRule c;
  Status s = Parse(
      "check sum_mismatch warning sum clients.total.women clients.total.age_18_29.women "
      "clients.total.age_30_49.women",
      &c);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  CHECK(c.id == "checks.rules:7");
  CHECK(c.code == "sum_mismatch");
  CHECK(c.severity == "warning");
  CHECK(c.kind == CheckKind::kSum);
  CHECK(c.keys.size() == 3);
  CHECK(c.message == "sum_mismatch");  // no message=: the code names the message
  CheckRule own;
  s = Parse(
      "check odd info per_unit grant.awarded_sek grant.awarded_fte report.year rates=grant "
      "tolerance=0.05 "
      "message=\"{amount} for {count}\"",
      &own);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  CHECK(own.rates == "grant");
  CHECK(own.tolerance == 0.05);
  CHECK(own.message.empty());
  CHECK(own.message_text == "{amount} for {count}");
}

TEST_CASE("ParseCheckRule: what is wrong, at the line, and the rule left unchanged") {
  struct Bad {
    const char* line;
    const char* why;
  };
  const Bad bad[] = {
      {"check x warning frob report.year", "unknown check kind 'frob'"},
      {"check x warning sum clients.total.women", "sum takes at least 2 arguments, not 1"},
      {"check x warning per_unit grant.awarded_sek grant.awarded_fte report.year rates=none",
       "no rate table 'none'"},
      {"check x warning sum clients.total.women clients.total.men message=\"{nope}\"",
       "cannot use {nope}"},
      {"check x warning sum clients.total.women clients.total.men message=no_such_message",
       "messages.tsv has no message 'no_such_message'"},
  };
  for (const Bad& b : bad) {
    CheckRule c;
    c.code = "untouched";
    Status s = Parse(b.line, &c);
    CAPTURE(b.line);
    CHECK(s.code() == "pattern_error");
    CHECK(s.message().rfind("checks.rules:7: ", 0) == 0);
    CHECK_MESSAGE(s.message().find(b.why) != std::string::npos, s.message());
    CHECK(c.code == "untouched");
  }
}

TEST_CASE("CheckPlaceholders: what each kind fills in") {
  const std::vector<std::string>& sum = CheckPlaceholders(CheckKind::kSum);
  CHECK(sum == std::vector<std::string>{"total", "total_label", "sum"});
  CHECK(CheckPlaceholders(CheckKind::kOcr) == std::vector<std::string>{"count"});
}

}  // namespace check_rules_test
