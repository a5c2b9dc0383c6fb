#include "redovis/messages.h"

#include <doctest/doctest.h>

#include "test_support.h"

using namespace redovis;

TEST_CASE("FillPlaceholders replaces the names it is given and keeps the others") {
  CHECK(FillPlaceholders("{a} > {b}, {c}", {{"a", "1"}, {"b", "2"}}) == "1 > 2, {c}");
  CHECK(FillPlaceholders("no names", {{"a", "1"}}) == "no names");
  CHECK(FillPlaceholders("open {a", {{"a", "1"}}) == "open {a");
}

TEST_CASE("numbers: a decimal comma in Swedish, a point in English; other text as written") {
  CHECK(LocalNumber("2.50", "sv") == "2,50");
  CHECK(LocalNumber("-0.5", "sv") == "-0,5");
  CHECK(LocalNumber("2.50", "en") == "2.50");
  CHECK(LocalNumber("267", "sv") == "267");
  CHECK(LocalNumber("v.2", "sv") == "v.2");
  CHECK(LocalNumber("1.2.3", "sv") == "1.2.3");
}

TEST_CASE("the project's table: each finding of the checks in Swedish by default, English asked") {
  const Messages& m = testing::ProjectPatterns().messages();
  MessageArgs sum = {
      {"total_label", "Totalt antal klienter: Kvinnor"}, {"total", "267"}, {"sum", "265"}};
  CHECK(m.Render("sum_mismatch", sum, "sv") ==
        "Totalt antal klienter: Kvinnor är 267, men åldersgrupperna summerar till 265");
  CHECK(m.Render("sum_mismatch", sum, "en") ==
        "Totalt antal klienter: Kvinnor is 267, but the age groups add up to 265");
  // A number in the values is the language's; the document's own text is not.
  MessageArgs fte = {{"total_label", "X"}, {"total", "2.50"}, {"sum", "1"}};
  CHECK(m.Render("ombud_fte_mismatch", fte, "sv").find("2,50") != std::string::npos);
  CHECK(m.Render("unreadable_number", {{"label", "L"}, {"raw", "2.5x"}}, "sv").find("'2.5x'") !=
        std::string::npos);
  // A choice is named in the language.
  CHECK(m.Render("answer_contradicts_choice",
                 {{"answer_label", "A"}, {"choice_label", "C"}, {"value", "@choice.no"}},
                 "sv") == "'A' är besvarad fast C är Nej");
  CHECK(m.Render("no_such_id", {}, "sv") == "no_such_id");
  // The tool's failures say so; they never call the answer blank.
  std::string unreadable = m.Render("value_unreadable", {{"label", "L"}, {"text", "T"}}, "sv");
  CHECK(unreadable.find("kunde inte läsas") != std::string::npos);
  CHECK(unreadable.find("tom") == std::string::npos);
}

TEST_CASE("a malformed table does not load, and says where") {
  testing::TempPatterns dir({});
  std::string path = dir.dir() + "/bad.tsv";
  for (const char* bad : {"id\tsv\ten\nonly_two\tfields\n", "id\tsv\ten\na\t{x} sv\t{y} en\n",
                          "id\tsv\ten\na\tsv\ten\na\tsv\ten\n"}) {
    std::ofstream(path) << bad;
    Messages m;
    Status s = m.Load(path);
    CHECK(s.code() == "pattern_error");
    CHECK(s.message().find("bad.tsv:") != std::string::npos);
  }
}
