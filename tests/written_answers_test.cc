#include "match/written_answers.h"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "match/value_parser.h"
#include "read/text/cut_lines.h"
#include "test_support.h"

namespace written_answers_test {

using namespace redovis;
using redovis::testing::ProjectPatterns;

namespace {

using Pairs = std::vector<std::pair<std::string, std::string>>;

// The project's column words, marks and list separators.
struct Written {
  ValueParser parser{ProjectPatterns().vocabulary()};
  WrittenAnswers answers{ProjectPatterns().vocabulary(), parser};
};

}  // namespace

TEST_CASE("written answers: a row's counts as pairs of a column word and a number") {
  Written w;
  Pairs pairs;
  REQUIRE(w.answers.ParsePairs("kvinnor 12, män 7", &pairs));
  CHECK(pairs == Pairs{{"women", "12"}, {"men", "7"}});
  REQUIRE(w.answers.ParsePairs("12 kvinnor och 7 män", &pairs));
  CHECK(pairs == Pairs{{"women", "12"}, {"men", "7"}});
  // No separator: where a word and a number alternate.
  REQUIRE(w.answers.ParsePairs("kvinnor 12 män 7", &pairs));
  CHECK(pairs == Pairs{{"women", "12"}, {"men", "7"}});
  REQUIRE(w.answers.ParsePairs("Ja 2, Nej 1", &pairs));
  CHECK(pairs == Pairs{{"yes", "2"}, {"no", "1"}});
  // A decimal comma separates nothing, after the column word or before it.
  REQUIRE(w.answers.ParsePairs("1,0 kvinnor", &pairs));
  CHECK(pairs == Pairs{{"women", "1,0"}});
  REQUIRE(w.answers.ParsePairs("1,5 kvinnor och 0,5 män", &pairs));
  CHECK(pairs == Pairs{{"women", "1,5"}, {"men", "0,5"}});
  REQUIRE(w.answers.ParsePairs("kvinnor 1,5", &pairs));
  CHECK(pairs == Pairs{{"women", "1,5"}});
  // A column named twice, a word that names none, a number in words: no row.
  CHECK_FALSE(w.answers.ParsePairs("kvinnor 12, kvinnor 7", &pairs));
  CHECK(pairs.empty());
  CHECK_FALSE(w.answers.ParsePairs("ekonomi 12", &pairs));
  CHECK_FALSE(w.answers.ParsePairs("kvinnor tolv", &pairs));
  CHECK_FALSE(w.answers.ParsePairs("", &pairs));
}

TEST_CASE("written answers: the pairs of a sentence, and where a label's pairs start") {
  Written w;
  Pairs pairs;
  REQUIRE(w.answers.SentencePairs("Vi hade 29 kvinnor och 5 män som klienter under året.", &pairs));
  CHECK(pairs == Pairs{{"women", "29"}, {"men", "5"}});
  CHECK_FALSE(w.answers.SentencePairs("Inga klienter under året.", &pairs));

  CHECK(w.answers.HoldsColumnWord("Ekonomi, kvinnor"));
  CHECK_FALSE(w.answers.HoldsColumnWord("Ekonomi och boende"));

  CHECK(w.answers.PairsStart("Ekonomi kvinnor 16 män 10") == 8);
  CHECK(w.answers.LabelBeforePairs("Ekonomi kvinnor 16 män 10") == "Ekonomi");
  CHECK(w.answers.LabelBeforePairs("EKONOMI, kvinnor 139") == "EKONOMI");
  // After a number the pairs are explained by nothing, unless a colon ends
  // the label; a column word that starts no pairs to the end: not one row.
  CHECK(w.answers.PairsStart("Klienter 2023 kvinnor 5") == std::string::npos);
  CHECK(w.answers.LabelBeforePairs("Har ni haft kö under 2023: ja 2, nej 1") ==
        "Har ni haft kö under 2023");
  CHECK(w.answers.PairsStart("Totalt kvinnor 29 män 5 varav 18-29 år kvinnor") ==
        std::string::npos);
  CHECK(w.answers.LabelBeforePairs("Ekonomi") == "");
}

TEST_CASE("written answers: a choice typed as boxes with its column words") {
  Written w;
  std::vector<std::string> marked;
  REQUIRE(w.answers.BoxedChoice("[x] Ja [ ] Nej", &marked));
  CHECK(marked == std::vector<std::string>{"yes"});
  REQUIRE(w.answers.BoxedChoice("☐ Ja ☒ Nej ☐ Kan inte bedöma", &marked));
  CHECK(marked == std::vector<std::string>{"no"});
  REQUIRE(w.answers.BoxedChoice("Ja [ ] Nej [X]", &marked));
  CHECK(marked == std::vector<std::string>{"no"});
  REQUIRE(w.answers.BoxedChoice("(X) Ja ( ) Nej", &marked));
  CHECK(marked == std::vector<std::string>{"yes"});
  REQUIRE(w.answers.BoxedChoice("[ ] Ja [ ] Nej", &marked));
  CHECK(marked.empty());
  // A column word without its box, one box alone, words that are no column.
  CHECK_FALSE(w.answers.BoxedChoice("[x] Ja Nej", &marked));
  CHECK_FALSE(w.answers.BoxedChoice("[x] Ja", &marked));
  CHECK_FALSE(w.answers.BoxedChoice("[x] Kommun [ ] Förening", &marked));

  bool checked = false;
  CHECK(w.answers.IsBoxToken("[X]", &checked));
  CHECK(checked);
  CHECK(w.answers.IsBoxToken("[ ]", &checked));
  CHECK_FALSE(checked);
  CHECK(w.answers.IsBoxToken("☐", &checked));
  CHECK_FALSE(checked);
  CHECK_FALSE(w.answers.IsBoxToken("a", &checked));
  CHECK_FALSE(w.answers.IsBoxToken(":", &checked));
  // A reader's mark is nothing the document wrote: a line's cut
  // (cut_lines.h's kCutLine) after a column word is no box of it.
  const std::string cut = kCutLine;
  CHECK_FALSE(w.answers.IsBoxToken(cut, &checked));
  CHECK_FALSE(w.answers.EndsInBox("Kvinnor " + cut));

  CHECK(w.answers.EndsInBox("Ja [X]"));
  CHECK(w.answers.EndsInBox("Nej ☐"));
  CHECK_FALSE(w.answers.EndsInBox("Ja Nej"));
  CHECK_FALSE(w.answers.EndsInBox("[X]"));
}

TEST_CASE("written answers: a cell that is a box alone, a glyph or typed in brackets") {
  Written w;
  bool checked = false;
  CHECK(w.answers.IsBoxCell("☒", &checked));
  CHECK(checked);
  CHECK(w.answers.IsBoxCell("[ ]", &checked));
  CHECK_FALSE(checked);
  CHECK(w.answers.IsBoxCell("[x]", &checked));
  CHECK(checked);
  CHECK(w.answers.IsBoxCell("[ X ]", &checked));
  CHECK(checked);
  CHECK(w.answers.IsBoxCell("(X)", &checked));
  CHECK(checked);
  CHECK(w.answers.IsBoxCell("( )", &checked));
  CHECK_FALSE(checked);
  CHECK(w.answers.IsBoxCell("[X]"));  // the state not asked for
  // A list's number, text around a box, a mark or a symbol without brackets,
  // a word in brackets: no box alone.
  CHECK_FALSE(w.answers.IsBoxCell("(1)", &checked));
  CHECK_FALSE(w.answers.IsBoxCell("[ ]RSMH", &checked));
  CHECK_FALSE(w.answers.IsBoxCell("☐ RSMH", &checked));
  CHECK_FALSE(w.answers.IsBoxCell("X", &checked));
  CHECK_FALSE(w.answers.IsBoxCell("-", &checked));
  CHECK_FALSE(w.answers.IsBoxCell("(RSMH)", &checked));
}

TEST_CASE("written answers: a list item after its typed box; a column word broken in its cell") {
  Written w;
  bool ticked = false;
  size_t rest_at = 0;
  REQUIRE(w.answers.LeadingBox("[X] Kommun", &ticked, &rest_at));
  CHECK(ticked);
  CHECK(rest_at == 4);
  REQUIRE(w.answers.LeadingBox("☐ Stiftelse", &ticked, &rest_at));
  CHECK_FALSE(ticked);
  // A number, ASCII punctuation, a choice's boxes, nothing after the box.
  CHECK_FALSE(w.answers.LeadingBox("1 Kommun", &ticked, &rest_at));
  CHECK_FALSE(w.answers.LeadingBox("| Rutiner", &ticked, &rest_at));
  CHECK_FALSE(w.answers.LeadingBox("[x] Ja [ ] Nej", &ticked, &rest_at));
  CHECK_FALSE(w.answers.LeadingBox("[x]", &ticked, &rest_at));

  CHECK(w.answers.BrokenColumnWord("N ej") == "no");
  CHECK(w.answers.BrokenColumnWord("Kvinn or") == "women");
  CHECK(w.answers.BrokenColumnWord("Nej") == "");  // no break: the word as written is ColumnOf's
  CHECK(w.answers.BrokenColumnWord("Kan inte bedöma") == "");  // longer than a broken word
}

TEST_CASE("written answers: one box and one option's whole wording, a piece of a typed choice") {
  Written w;
  CHECK(w.answers.BoxThenOption("☒ Ja"));
  CHECK(w.answers.BoxThenOption("[ ] Nej"));
  CHECK(w.answers.BoxThenOption("(x) Ja"));
  CHECK(w.answers.BoxThenOption("☐ Kan inte bedöma"));
  // Words after the option, two options, no box, a box alone: no piece.
  CHECK_FALSE(w.answers.BoxThenOption("☐ Nej ISF"));
  CHECK_FALSE(w.answers.BoxThenOption("☒ Ja ☐ Nej"));
  CHECK_FALSE(w.answers.BoxThenOption("Ja"));
  CHECK_FALSE(w.answers.BoxThenOption("☐"));
  CHECK_FALSE(w.answers.BoxThenOption("RSMH"));
}

TEST_CASE("written answers: the words after a typed choice's last option") {
  Written w;
  const std::string names = "☒ Ja ☐ Nej RSMH";
  REQUIRE(w.answers.WordsAfterBoxedChoice(names) != std::string::npos);
  CHECK(names.substr(w.answers.WordsAfterBoxedChoice(names)) == "RSMH");
  // The last option of several words, whole, before them.
  const std::string longer = "[x] Ja [ ] Kan inte bedöma ISF Attention";
  REQUIRE(w.answers.WordsAfterBoxedChoice(longer) != std::string::npos);
  CHECK(longer.substr(w.answers.WordsAfterBoxedChoice(longer)) == "ISF Attention");
  // Nothing after the choice; no choice; one box only; no option after the box.
  CHECK(w.answers.WordsAfterBoxedChoice("☒ Ja ☐ Nej") == std::string::npos);
  CHECK(w.answers.WordsAfterBoxedChoice("Ja RSMH") == std::string::npos);
  CHECK(w.answers.WordsAfterBoxedChoice("☒ Ja RSMH") == std::string::npos);
  CHECK(w.answers.WordsAfterBoxedChoice("☒ Ja ☐ RSMH") == std::string::npos);
}

}  // namespace written_answers_test
