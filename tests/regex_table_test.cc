#include "patterns/regex_table.h"

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "patterns/pattern_loader.h"
#include "patterns/regex.h"
#include "redovis/patterns.h"
#include "test_paths.h"

namespace regex_table_test {

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
  CHECK(text.find("\"Kvinnor\", true, ") != std::string::npos);
  CHECK(text.find("const RegexTable& ShippedRegexes()") != std::string::npos);
}

TEST_CASE("RegexTableSource: each source's analyses written with its entry") {
  // ^K\s+(?:totalt|alla): the prefix "k", first byte 'k', the literals one
  // of which a match holds {"totalt", "alla"} (a longer shortest literal
  // than {"k"}'s).
  RegexAnswer a{"^K\\s+(?:totalt|alla)", 0, "", false};
  RegexAnswer b{"x+", 0, "", false};
  std::string text = RegexTableSource({a, b});
  CHECK(LiteralPrefix(a.source) == "k");
  CHECK(RequiredLiterals(a.source) == std::vector<std::string>{"totalt", "alla"});
  // 'k' is 0x6b: bit 43 of the second word.
  CHECK(text.find("\"\", false, \"k\", true, {0x0000000000000000ULL, "
                  "0x0000080000000000ULL, 0x0000000000000000ULL, 0x0000000000000000ULL}, "
                  "kRequired + 0, 2}") != std::string::npos);
  CHECK(text.find("\"totalt\",\n    \"alla\",\n") != std::string::npos);
  // The second entry's literal after the first's two; not anchored: no lead set.
  CHECK(text.find("\"x\", false, {0x0000000000000000ULL, 0x0000000000000000ULL, "
                  "0x0000000000000000ULL, 0x0000000000000000ULL}, kRequired + 2, 1}") !=
        std::string::npos);
}

TEST_CASE("KnownGoodPattern: a table entry's analyses are taken, not worked out again") {
  // An entry whose analyses differ from what its source gives shows where
  // the pattern's come from.
  std::string source = "^Antal klienter";
  static const std::string_view required[] = {"qq", "rr"};
  KnownRegex e = Entry(source, 0);
  e.prefix = "zz";
  e.lead_known = true;
  e.lead[0] = 1ULL << '#';
  e.lead[3] = 1ULL << 63;
  e.required = required;
  e.required_count = 2;
  Pattern p;
  KnownGoodPattern(source, 0, &p, &e);
  CHECK(p.source == source);
  CHECK(p.anchored);
  CHECK(p.folded_prefix == "zz");
  REQUIRE(p.compiled);
  CHECK(p.compiled->Required() == std::vector<std::string>{"qq", "rr"});
  const LeadSet& lead = p.compiled->Lead();
  CHECK(lead.known);
  CHECK(lead.bytes.count() == 2);
  CHECK(lead.bytes.test('#'));
  CHECK(lead.bytes.test(255));
  // Without an entry, the source's own.
  Pattern q;
  KnownGoodPattern(source, 0, &q);
  CHECK(q.folded_prefix == "antal klienter");
  CHECK(q.compiled->Required() == std::vector<std::string>{"antal klienter"});
  CHECK(q.compiled->Lead().bytes.count() == 1);
  CHECK(q.compiled->Lead().bytes.test('a'));
}

TEST_CASE(
    "ShippedRegexes: the build's table holds every regex of patterns/, with the answers "
    "a full check gives") {
  const std::string dir = std::string(redovis::testing::SourceDir()) + "/patterns";
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
    // The analyses the build wrote, the functions' answers now.
    CHECK_MESSAGE(k->prefix == LiteralPrefix(a.source), a.source);
    CHECK_MESSAGE(std::vector<std::string>(k->required, k->required + k->required_count) ==
                      RequiredLiterals(a.source),
                  a.source);
    LeadSet lead = LeadBytes(a.source);
    CHECK_MESSAGE(k->lead_known == lead.known, a.source);
    for (size_t b = 0; b < 256; ++b)
      CHECK_MESSAGE(((k->lead[b / 64] >> (b % 64)) & 1) == (lead.known && lead.bytes.test(b)),
                    a.source);
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
      // And the prefilter's analyses, worked out or taken from the table.
      const CompiledRegex& cx = *x.rules[r]->regex.compiled;
      const CompiledRegex& cy = *y.rules[r]->regex.compiled;
      CHECK_MESSAGE(cx.Required() == cy.Required(), x.rules[r]->id);
      CHECK_MESSAGE(cx.Lead().known == cy.Lead().known, x.rules[r]->id);
      CHECK_MESSAGE(cx.Lead().bytes == cy.Lead().bytes, x.rules[r]->id);
    }
  }
}

}  // namespace regex_table_test
