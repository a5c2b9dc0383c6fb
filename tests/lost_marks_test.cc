#include "normalise/lost_marks.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "test_support.h"

namespace lost_marks_test {

using namespace redovis;

// One line of one cell a text.
static Document OneCellLines(const std::vector<std::string>& texts) {
  Document d;
  d.lines.resize(texts.size());
  for (size_t i = 0; i < texts.size(); ++i) d.lines[i].cells = {Cell{texts[i], ""}};
  return d;
}

TEST_CASE("lost_marks: a word gets its marks back where the vocabulary's key is its alone") {
  LostMarks marks({"Länsstyrelsen", "^(?:9\\. )?Övrigt", "år", "är", "Habo", "Håbo", "Timrå"});
  size_t n = 0;
  CHECK(marks.RestoreText("LANSSTYRELSEN, ovrigt: Timra", &n) == "LÄNSSTYRELSEN, övrigt: Timrå");
  CHECK(n == 3);
  // "ar" is "år" or "är"; "Habo" is a word of its own beside "Håbo".
  n = 0;
  CHECK(marks.RestoreText("ar Habo Hakan", &n) == "ar Habo Hakan");
  CHECK(n == 0);
  // iconv's '?' under the C locale: a letter it could not write; a question
  // mark after a word that is no key stays.
  n = 0;
  CHECK(marks.RestoreText("L?nsstyrelsen ?vrigt Timr? Ja?", &n) ==
        "Länsstyrelsen övrigt Timrå Ja?");
  CHECK(n == 3);
  CHECK(marks.RestoreText("9. ?VRIGT", &n) == "9. ÖVRIGT");
  // An address's host was never written with marks.
  n = 0;
  CHECK(marks.RestoreText("Timra sociala@timra.se www.timra.se https://timra.se", &n) ==
        "Timrå sociala@timra.se www.timra.se https://timra.se");
  CHECK(n == 1);
  CHECK(marks.HoldsMarks("Timrå"));
  CHECK(marks.HoldsMarks("ÖVRIGT"));
  CHECK_FALSE(marks.HoldsMarks("Timra ovrigt"));
}

TEST_CASE("lost_marks: only a stripped document is changed") {
  LostMarks marks(LostMarks::PatternTexts(testing::ProjectPatterns()));
  std::vector<std::string> text = {
      "Lansstyrelsen Vasternorrland",
      "Statsbidrag till kommuner som bedriver verksamhet med personligt ombud",
      "Kommun Timra",
      "Namnd Socialnamnd",
      "Beskriv kortfattat hur verksamheten har fungerat under aret och vilka malgrupper som har "
      "natts",
      "Har verksamheten haft handledning under aret? Om nej, ange skal",
      "9. Ovrigt",
      "Tendenser till forandring i malgruppens behov och i samhallet i ovrigt",
      "Vi har arbetat med klienterna som tidigare och ser inga storre forandringar i behoven.",
      "Redovisningen ska vara lansstyrelsen tillhanda senast den sista januari varje ar."};
  Document stripped = OneCellLines(text);
  MarksGivenBack back;
  const size_t restored = marks.Restore(&stripped, &back);
  CHECK(restored >= LostMarks::kMinWords);
  CHECK(stripped.lines[2].cells[0].text == "Kommun Timrå");
  CHECK(stripped.lines[6].cells[0].text == "9. Övrigt");
  // A free text read from it is given as written.
  CHECK(AsWritten(stripped.lines[8].cells[0].text, back) == text[8]);
  CHECK(AsWritten("Kommun Timrå", back) == "Kommun Timra");
  CHECK(AsWritten("Kommun Timrå", {}) == "Kommun Timrå");
  // One marked letter anywhere: the text has its marks; nothing changes.
  text.back() += " Sö";
  Document marked = OneCellLines(text);
  CHECK(marks.Restore(&marked) == 0);
  CHECK(marked.lines[0].cells[0].text == "Lansstyrelsen Vasternorrland");
  // Twenty letters with marks tell a text written with them, vocabulary or not.
  CHECK(LostMarks::HoldsManyMarks(OneCellLines({"Län åäö åäö åäö åäö åäö åäö é"})));
  CHECK_FALSE(LostMarks::HoldsManyMarks(OneCellLines({"Lan idé ☐ ☒ ¹ – “x”"})));
  // Too little text to tell.
  Document short_doc = OneCellLines({"Kommun Timra", "9. Ovrigt", "Lansstyrelsen", "Namnd", "ar"});
  CHECK(marks.Restore(&short_doc) == 0);
  CHECK(short_doc.lines[1].cells[0].text == "9. Ovrigt");
  std::string words;
  CHECK(IsDiacriticsLostNote(DiacriticsLostNote(12), &words));
  CHECK(words == "12");
}

TEST_CASE("lost_marks: the words the vocabulary knows, in any case, one run of letters each") {
  LostMarks marks({"^Personligt ombud", "Länsstyrelsen", "(?:är|år)"});
  CHECK(marks.Knows("ombud"));
  CHECK(marks.Knows("OMBUD"));
  CHECK(marks.Knows("Länsstyrelsen"));
  CHECK(marks.Knows("år"));
  // A key of a marked word is no word; a piece, two words or a word with a
  // mark that is no letter are none either.
  CHECK_FALSE(marks.Knows("lansstyrelsen"));
  CHECK_FALSE(marks.Knows("omb"));
  CHECK_FALSE(marks.Knows("personligt ombud"));
  CHECK_FALSE(marks.Knows("ombud."));
  CHECK_FALSE(marks.Knows(""));
}

}  // namespace lost_marks_test
