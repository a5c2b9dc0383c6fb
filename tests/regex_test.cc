#include "patterns/regex.h"

#include <doctest/doctest.h>

#include "redovis/patterns.h"

using namespace redovis;

namespace {

Pattern P(const std::string& source) {
  Pattern p;
  std::string error;
  REQUIRE_MESSAGE(CompilePattern(source, &p, &error), error);
  return p;
}

}  // namespace

TEST_CASE("RegexFind: case-insensitive, anywhere, with its groups and UTF-16 offsets") {
  RegexMatch m;
  REQUIRE(RegexFind(P("kommun:?\\s*(\\S+)"), std::string("Redovisande KOMMUN: Västerås"), &m));
  REQUIRE(m.groups.size() == 2);
  CHECK(m.groups[0] == "KOMMUN: Västerås");
  CHECK(m.groups[1] == "Västerås");
  CHECK(m.start == 12);
  CHECK(m.end == 28);
  CHECK_FALSE(RegexFind(P("^kommun"), std::string("Redovisande kommun")));
  // "." matches a line break (a cell's own lines).
  CHECK(RegexFind(P("^a.b$"), std::string("a\nb")));
}

TEST_CASE("a MatcherCache gives one matcher per pattern and the same answers") {
  MatcherCache cache;
  Pattern p = P("^ja$"), q = P("^nej$");
  icu::RegexMatcher* m = cache.Get(p);
  REQUIRE(m != nullptr);
  CHECK(cache.Get(p) == m);
  CHECK(cache.Get(q) != m);
  RegexMatch match;
  CHECK(RegexFind(p, U("Ja"), &match, &cache));
  CHECK(match.groups[0] == "Ja");
  CHECK_FALSE(RegexFind(p, U("Nej"), nullptr, &cache));
  CHECK(RegexFind(q, U("NEJ"), nullptr, &cache));
  CHECK(RegexFind(p, U("ja"), nullptr, &cache));  // the cached matcher is reset per text
}

TEST_CASE("MayMatch skips only text that lacks the pattern's literal") {
  Pattern anchored = P("^Totalt antal\\s+klienter");
  CHECK(anchored.anchored);
  CHECK(anchored.folded_prefix == "totalt antal");
  CHECK(MayMatch(anchored, "totalt antal klienter"));
  CHECK_FALSE(MayMatch(anchored, "antal totalt"));
  Pattern inside = P("Coronapandemin");
  CHECK_FALSE(inside.anchored);
  CHECK(MayMatch(inside, "har coronapandemin påverkat"));
  CHECK_FALSE(MayMatch(inside, "har pandemin påverkat"));
  // No literal to test: always worth trying.
  CHECK(P("^(ja|nej)$").folded_prefix.empty());
  CHECK(MayMatch(P("^(ja|nej)$"), "anything"));
  // A quantified letter is not part of the literal.
  CHECK(P("^Antals?").folded_prefix == "antal");
}

TEST_CASE("AnyFind and RegexReplace") {
  std::vector<Pattern> marks = {P("^x+$"), P("^☒$")};
  CHECK(AnyFind(marks, U("XX")));
  CHECK(AnyFind(marks, U("☒")));
  CHECK_FALSE(AnyFind(marks, U("?")));
  CHECK_FALSE(AnyFind({}, U("x")));
  CHECK(RegexReplace(P("\\s*[,;]\\s*"), "Sala , Heby;Enköping", "|") == "Sala|Heby|Enköping");
  CHECK(RegexReplace(P("(\\d+) kr"), "100 kr och 5 kr", "$1") == "100 och 5");
  CHECK(RegexReplace(Pattern(), "unchanged", "x") == "unchanged");  // not compiled
  CHECK_FALSE(RegexFind(Pattern(), std::string("x")));
}
