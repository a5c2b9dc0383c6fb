#include "patterns/mark_free.h"

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "patterns/regex.h"
#include "redovis/patterns.h"
#include "test_paths.h"
#include "test_support.h"

namespace mark_free_test {

using namespace redovis;

namespace {

/// True when `source`, compiled as the patterns are, finds a match in `text`.
bool Finds(const std::string& source, const std::string& text) {
  Pattern p;
  std::string error;
  REQUIRE_MESSAGE(CompilePattern(source, &p, &error), source, ": ", error);
  return RegexFind(p, text);
}

const PatternSet& MarkFreePatterns() {
  static std::unique_ptr<PatternSet> set = [] {
    std::unique_ptr<PatternSet> s;
    Status st = PatternSet::LoadMarkFree(std::string(testing::SourceDir()) + "/patterns", &s);
    REQUIRE_MESSAGE(st.ok(), st.message());
    return s;
  }();
  return *set;
}

/// True when two rules ask the same question: the same keys, column keys
/// and choice key.
bool SameQuestion(const Rule& a, const Rule& b) {
  return a.keys == b.keys && a.column_keys == b.column_keys && a.choice_key == b.choice_key;
}

}  // namespace

TEST_CASE("mark_free: a marked letter also matches its base letter and '?'") {
  CHECK(MarkFreeSource("^Stöd i kontakt(?:en)? med sjukvård") ==
        "^St[öo?]d i kontakt(?:en)? med sjukv[åa?]rd");
  // A set holding a marked letter gets its base letter and '?' (a base
  // the set holds already is added again: the same set).
  CHECK(MarkFreeSource("^(?:d[äa]rav|varav) 65 [åa]r") == "^(?:d[äaa?]rav|varav) 65 [åaa?]r");
  CHECK(MarkFreeSource("[åäö]") == "[åäöao?]");
  // Capitals widen as well; the regex is matched without case.
  CHECK(MarkFreeSource("^Övrigt") == "^[Öo?]vrigt");
  // A negated set, a range, a property, an escape and ASCII stay as written.
  CHECK(MarkFreeSource("[^åäö]") == "[^åäö]");
  CHECK(MarkFreeSource("[a-ö]x") == "[a-ö]x");
  CHECK(MarkFreeSource("\\p{L}+\\s\\d") == "\\p{L}+\\s\\d");
  CHECK(MarkFreeSource("^Kommun(?=:)") == "^Kommun(?=:)");
  // A letter folded to two ASCII letters and a box are no marked letters;
  // "ø" is "o" as AsciiFold makes it.
  CHECK(MarkFreeSource("æø[☐☒]") == "æ[øo?][☐☒]");
  // A quantifier keeps its atom: "ö?" widens the letter, not the '?'.
  CHECK(MarkFreeSource("^fö?r") == "^f[öo?]?r");
  // No group is added: the groups and their numbers stay.
  Pattern p;
  std::string error;
  REQUIRE(CompilePattern(MarkFreeSource("^Statsbidrag avseende år\\s*(\\d{4})"), &p, &error));
  CHECK(p.groups == 1);
}

TEST_CASE("mark_free: the widened regex matches the text stripped both ways, and no more") {
  const std::string wide = MarkFreeSource("^Stöd i kontakt(?:en)? med sjukvård");
  CHECK(Finds(wide, "Stöd i kontakten med sjukvården"));
  CHECK(Finds(wide, "Stod i kontakten med sjukvarden"));
  CHECK(Finds(wide, "St?d i kontakten med sjukv?rden"));
  CHECK_FALSE(Finds(wide, "Stud i kontakten med sjukvarden"));
  CHECK_FALSE(Finds(wide, "St??d i kontakten med sjukvarden"));
  CHECK(Finds(MarkFreeSource("^(?:Antal )?män$"), "M?n"));
  CHECK_FALSE(Finds(MarkFreeSource("^(?:Antal )?män$"), "Min"));
}

TEST_CASE("mark_free: a text as a stripping tool writes it") {
  CHECK(StripMarks("Stöd i kontakten med sjukvården, Övrigt") ==
        "Stod i kontakten med sjukvarden, Ovrigt");
  CHECK(StripMarks("Stöd i kontakten med sjukvården, Övrigt", true) ==
        "St?d i kontakten med sjukv?rden, ?vrigt");
  CHECK(StripMarks("☒ Ja ☐ Nej æ") == "☒ Ja ☐ Nej æ");
  CHECK(MarkedLetterBase("å") == 'a');
  CHECK(MarkedLetterBase("É") == 'e');
  CHECK(MarkedLetterBase("a") == '\0');
  CHECK(MarkedLetterBase("ø") == 'o');
  CHECK(MarkedLetterBase("æ") == '\0');
  CHECK(MarkedLetterBase("☒") == '\0');
}

TEST_CASE("mark_free: the mark-free patterns are the same rules, widened, labels as written") {
  const PatternSet& plain = testing::ProjectPatterns();
  const PatternSet& free = MarkFreePatterns();
  CHECK_FALSE(plain.mark_free());
  CHECK(free.mark_free());
  REQUIRE(free.editions().size() == plain.editions().size());
  for (size_t e = 0; e < plain.editions().size(); ++e) {
    const Edition& a = *plain.editions()[e];
    const Edition& b = *free.editions()[e];
    REQUIRE(a.rules.size() == b.rules.size());
    for (size_t k = 0; k < a.rules.size(); ++k) {
      CHECK(b.rules[k]->id == a.rules[k]->id);
      CHECK(b.rules[k]->regex.source == MarkFreeSource(a.rules[k]->regex.source));
      CHECK(b.rules[k]->regex.groups == a.rules[k]->regex.groups);
      CHECK(b.rules[k]->label == a.rules[k]->label);
      CHECK(b.rules[k]->label_words == a.rules[k]->label_words);
    }
  }
}

// The collision test: in every edition, a rule's example text (a text its
// regex matches) stripped of its marks, both ways, is matched by its own
// mark-free regex, and by no mark-free regex of a rule asking another
// question that the example itself, as written, did not already match.
TEST_CASE("mark_free: no two questions of an edition collide once their marks are lost") {
  const PatternSet& plain = testing::ProjectPatterns();
  const PatternSet& free = MarkFreePatterns();
  int examples = 0, collisions = 0;
  for (size_t e = 0; e < plain.editions().size(); ++e) {
    const Edition& a = *plain.editions()[e];
    const Edition& b = *free.editions()[e];
    for (size_t r = 0; r < a.rules.size(); ++r) {
      const std::string example = ExampleText(a.rules[r]->regex);
      if (example.empty() || StripMarks(example) == example) continue;
      ++examples;
      for (bool question : {false, true}) {
        const std::string stripped = StripMarks(example, question);
        CHECK_MESSAGE(RegexFind(b.rules[r]->regex, stripped), a.rules[r]->id, ": ", stripped);
        for (size_t s = 0; s < a.rules.size(); ++s) {
          if (s == r || SameQuestion(*a.rules[s], *a.rules[r])) continue;
          if (!RegexFind(b.rules[s]->regex, stripped) || RegexFind(a.rules[s]->regex, example))
            continue;
          ++collisions;
          CHECK_MESSAGE(false, a.name, ": ", a.rules[s]->id, " matches ", a.rules[r]->id,
                        "'s example once marks are lost: ", stripped);
        }
      }
    }
  }
  CHECK(examples > 100);
  CHECK(collisions == 0);
}

// The same of the words that name a column ("Män", "Ja", "Delvis") and of
// the headings that open a section: none, its marks lost, is taken for
// another.
TEST_CASE("mark_free: no column word or section heading collides once marks are lost") {
  const PatternSet& plain = testing::ProjectPatterns();
  const PatternSet& free = MarkFreePatterns();
  struct Named {
    std::string name;
    const Pattern* plain;
    const Pattern* free;
  };
  std::vector<std::vector<Named>> groups;
  const auto& columns = plain.vocabulary().columns;
  REQUIRE(free.vocabulary().columns.size() == columns.size());
  groups.emplace_back();
  for (size_t k = 0; k < columns.size(); ++k)
    groups.back().push_back(
        {columns[k].first, &columns[k].second, &free.vocabulary().columns[k].second});
  for (size_t e = 0; e < plain.editions().size(); ++e) {
    const Edition& a = *plain.editions()[e];
    const Edition& b = *free.editions()[e];
    REQUIRE(a.sections.size() == b.sections.size());
    groups.emplace_back();
    for (size_t k = 0; k < a.sections.size(); ++k)
      groups.back().push_back({a.sections[k].name, &a.sections[k].regex, &b.sections[k].regex});
  }
  int examples = 0;
  for (const std::vector<Named>& group : groups) {
    for (const Named& n : group) {
      const std::string example = ExampleText(*n.plain);
      if (example.empty() || StripMarks(example) == example) continue;
      ++examples;
      for (bool question : {false, true}) {
        const std::string stripped = StripMarks(example, question);
        CHECK_MESSAGE(RegexFind(*n.free, stripped), n.name, ": ", stripped);
        for (const Named& other : group) {
          if (other.name == n.name) continue;
          CHECK_MESSAGE(!(RegexFind(*other.free, stripped) && !RegexFind(*other.plain, example)),
                        other.name, " matches ", n.name,
                        "'s example once marks are lost: ", stripped);
        }
      }
    }
  }
  CHECK(examples > 10);
}

}  // namespace mark_free_test
