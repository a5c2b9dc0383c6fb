#include "patterns/regex_table.h"

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "patterns/pattern_loader.h"
#include "redovis/patterns.h"

using namespace redovis;

namespace {

KnownRegex Entry(const std::string& source, int groups) {
  KnownRegex e;
  e.key = RegexTableKey(source);
  e.source = source;
  e.groups = groups;
  return e;
}

}  // namespace

TEST_CASE("RegexTable: found by its exact text only") {
  std::string a = "^Antal( klienter)?$", b = "^Kommun:?\\s*(.*)$";
  RegexTable table({Entry(b, 1), Entry(a, 1)});
  REQUIRE(table.size() == 2);
  const KnownRegex* found = table.Find(a);
  REQUIRE(found != nullptr);
  CHECK(found->source == a);
  CHECK(found->groups == 1);
  REQUIRE(table.Find(b) != nullptr);
  CHECK(table.Find(b)->source == b);
  // A changed character, a trailing space, another case: not in the table.
  CHECK(table.Find("^Antal( klienter)?:$") == nullptr);
  CHECK(table.Find(a + " ") == nullptr);
  CHECK(table.Find("^antal( klienter)?$") == nullptr);
  CHECK(RegexTable().Find(a) == nullptr);
}

TEST_CASE("RegexTable: an entry whose key is another text's is not taken for it") {
  // The hash chooses, the text decides: an entry filed under a's key but
  // holding b's text does not answer for a.
  std::string a = "^a$", b = "^b$";
  KnownRegex wrong = Entry(b, 0);
  wrong.key = RegexTableKey(a);
  RegexTable table({wrong});
  CHECK(table.Find(a) == nullptr);
}

TEST_CASE("RegexTableKey: the text and the flags, stable") {
  CHECK(RegexTableKey("^a$") == RegexTableKey(std::string("^a$")));
  CHECK(RegexTableKey("^a$") != RegexTableKey("^a$ "));
  CHECK(RegexTableKey("") != RegexTableKey("^"));
}

TEST_CASE("RegexTableSource: every byte written so that it reads back the same") {
  RegexAnswer a{"^Kvinnor\\s+\"x\"??\xc3\xa4$", 0, "Kvinnor", true};
  std::string text = RegexTableSource({a});
  // Backslash, quote and question mark escaped; UTF-8 bytes in octal.
  CHECK(text.find("\"^Kvinnor\\134s+\\042x\\042\\077\\077\\303\\244$\"") != std::string::npos);
  CHECK(text.find("\"Kvinnor\", true}") != std::string::npos);
  CHECK(text.find("const RegexTable& ShippedRegexes()") != std::string::npos);
}

TEST_CASE(
    "ShippedRegexes: the build's table holds every regex of patterns/, with the answers "
    "a full check gives") {
  const std::string dir = std::string(REDOVIS_SOURCE_DIR) + "/patterns";
  std::unique_ptr<PatternSet> checked, from_table;
  std::vector<RegexAnswer> answers, table_answers;
  // Every regex checked by ICU, as the build's tool does.
  Status s = PatternLoader::LoadSet(dir, RegexTable(), &checked, &answers);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  s = PatternLoader::LoadSet(dir, ShippedRegexes(), &from_table, &table_answers);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  REQUIRE(answers.size() > 200);
  CHECK(ShippedRegexes().size() == answers.size());
  REQUIRE(table_answers.size() == answers.size());
  for (const RegexAnswer& a : table_answers) CHECK_MESSAGE(!a.checked, a.source);
  for (const RegexAnswer& a : answers) {
    CHECK(a.checked);
    const KnownRegex* k = ShippedRegexes().Find(a.source);
    REQUIRE_MESSAGE(k != nullptr, a.source);
    CHECK_MESSAGE(k->groups == a.groups, a.source);
    CHECK_MESSAGE(k->label == a.label, a.source);
    CHECK_MESSAGE(k->label_closed == a.label_closed, a.source);
  }
  // The two loads made the same rules.
  REQUIRE(checked->editions().size() == from_table->editions().size());
  for (size_t e = 0; e < checked->editions().size(); ++e) {
    const Edition& x = *checked->editions()[e];
    const Edition& y = *from_table->editions()[e];
    REQUIRE(x.rules.size() == y.rules.size());
    for (size_t r = 0; r < x.rules.size(); ++r) {
      // What the check's answers make of a rule, the same either way.
      auto made = [](const Rule& rule) {
        return std::tie(rule.regex.source, rule.regex.groups, rule.regex.folded_prefix,
                        rule.regex.anchored, rule.split.groups, rule.label, rule.label_closed,
                        rule.label_words);
      };
      CHECK_MESSAGE(made(*x.rules[r]) == made(*y.rules[r]), x.rules[r]->id);
    }
  }
}
