#include "match/folded_answer.h"

#include <doctest/doctest.h>

#include <string>

#include "read/text/cut_lines.h"

namespace folded_answer_test {

using namespace redovis;

namespace {

/// A line at the width that ends in a word: the reader's two marks.
std::string AtWidth(const std::string& text) {
  return text + kCutLine + kFoldBreak;
}
/// A fold's rest, or a line at the width that ends in a blank.
std::string Rest(const std::string& text) {
  return text + kCutLine;
}

const KnownWord kWords = [](std::string_view w) {
  return w == "sina" || w == "olika" || w == "om" || w == "de" || w == "Hem" || w == "över" ||
         w == "klagan" || w == "överklagan";
};
const KnownWord kWordsAndCompounds = [](std::string_view w) {
  return kWords(w) || w == "samtalsmetodik";
};

}  // namespace

TEST_CASE("FoldedLinesAreProse: a lone capitalised word at a fold is no line of the answer") {
  CHECK(FoldedLinesAreProse(AtWidth("bemötande. Hem") + "\n" + Rest("löshet.") + "\nKronofogden."));
  CHECK(FoldedLinesAreProse("no marks at all"));
  // "Ja" / "Nej": the next table's column words, a line each or one line.
  CHECK_FALSE(FoldedLinesAreProse("3-4 månader\n" + AtWidth("Ja") + "\n" + Rest("Nej")));
  CHECK_FALSE(FoldedLinesAreProse("3-4 månader\n" + AtWidth("Ja") + " " + Rest("Nej")));
  // A rest of one word in small letters, a number's rest: prose.
  CHECK(FoldedLinesAreProse(AtWidth("verksamhetsområde 202") + "\n" + Rest("1.")));
}

TEST_CASE("JoinFoldBreaks: a line at the width joined to its rest inside a word") {
  std::string joined, joins;
  REQUIRE(JoinFoldBreaks(AtWidth("Socialstyrelsen. Motiveran") + " " + Rest("de samtal."), kWords,
                         kWordsAndCompounds, &joined, &joins));
  CHECK(joined == "Socialstyrelsen. Motiverande samtal.");
  CHECK(joins == "Motiveran|de");
  // Two words of the list each side: the line ended there, a blank kept;
  // the piece after may be a compound of two.
  REQUIRE(JoinFoldBreaks(AtWidth("komplexitet i sina") + "\n" + Rest("olika ärenden") + " " +
                             AtWidth("utbildning om") + "\n" + Rest("samtalsmetodik."),
                         kWords, kWordsAndCompounds, &joined, &joins));
  CHECK(joined == "komplexitet i sina olika ärenden utbildning om samtalsmetodik.");
  CHECK(joins == "sina olika; om samtalsmetodik.");
  // Two words that are one word of the list joined: one ("över" / "klagan").
  REQUIRE(JoinFoldBreaks(AtWidth("hot om vräkning, över") + "\n" + Rest("klagan av beslut."),
                         kWords, kWordsAndCompounds, &joined, &joins));
  CHECK(joined == "hot om vräkning, överklagan av beslut.");
  // The piece before must be a word of the list itself, no compound.
  REQUIRE(JoinFoldBreaks(AtWidth("Motiveran") + " " + Rest("de"), kWords, kWordsAndCompounds,
                         &joined, &joins));
  CHECK(joined == "Motiverande");
  // A line at the width with a blank at its end (no kFoldBreak) keeps its
  // blank; a number's rest joins its digits.
  REQUIRE(JoinFoldBreaks(
      Rest("ombud ") + "\n" + Rest("och") + " " + AtWidth("år 202") + "\n" + Rest("1."), kWords,
      kWordsAndCompounds, &joined, &joins));
  CHECK(joined == "ombud \noch år 2021.");
}

TEST_CASE("JoinFoldBreaks: a line at the width that ends the answer leaves it unread") {
  std::string joined = "as before", joins;
  CHECK_FALSE(JoinFoldBreaks("Extern handledning en gång i " + AtWidth("mån"), kWords,
                             kWordsAndCompounds, &joined, &joins));
  CHECK_FALSE(
      JoinFoldBreaks(AtWidth("i mån") + " \n ", kWords, kWordsAndCompounds, &joined, &joins));
  CHECK(joined == "as before");
}

TEST_CASE("OpensAnyLine: a line of the answer that opens a label, at a line break") {
  auto opens = [](const std::string& line) { return line.rfind("Ange hur kommunen", 0) == 0; };
  CHECK(OpensAnyLine("Inga.\nAnge hur kommunen har arbetat\nKallelser skickas.", opens));
  CHECK(OpensAnyLine("  Ange hur kommunen  ", opens));
  CHECK_FALSE(OpensAnyLine("Vi har frågat. Ange hur kommunen ...", opens));  // not a line's start
  CHECK_FALSE(OpensAnyLine("", opens));
}

}  // namespace folded_answer_test
