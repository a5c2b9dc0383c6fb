// Tests of what the layout passes read of a word's text
// (src/read/pdf/word_text.h): its length in characters and how it starts.
// Code points themselves are tested with base/utf8 (utf8_test.cc).
#include "read/pdf/word_text.h"

#include <doctest/doctest.h>

#include <string>

namespace redovis {
namespace word_text_test {
namespace {

TEST_CASE("word text: characters are counted, not bytes") {
  CHECK(Chars("") == 0);
  CHECK(Chars("abc") == 3);
  CHECK(Chars("\u00e5\u00e4\u00f6") == 3);
  CHECK(Chars("\u2612 Ja") == 4);
}

TEST_CASE("word text: letters are counted, the codes of a font without its Unicode map are not") {
  CHECK(Letters("") == 0);
  CHECK(Letters("Totalt antal klienter") == 19);
  CHECK(Letters("Män, år") == 5);
  CHECK(Letters("29 17 (18-25)") == 0);
  CHECK(Letters("\"# \"$ %& !") == 0);      // a ps2pdf'd subset font without ToUnicode
  CHECK(Letters("\xc3\x97\xc3\xb7") == 0);  // × and ÷ are not letters
}

TEST_CASE("word text: a page of capitals and codes is not letters; one of words is") {
  auto garbled = [](const std::string& page) {
    LetterCounts counts;
    CountLetters(page, &counts);
    return GarbledLetters(counts);
  };
  // A PostScript round trip's glyph codes past the 32nd glyph come out as
  // capitals: letters enough, but no lower case at all.
  CHECK(
      garbled("7 2: B CCCCC @: B CCCCC ! / B CCCCC ! \" B CCCCC 7 / A , , $ 8 4 CCCCC B CCCCC F"));
  CHECK(garbled("7 2: -&-0 @: 7 2: 2: $ 7 \" / 1 8 7 2: @: ! / ! \" 7 / , $ 8 F 7 : / 2 / $ /"));
  CHECK_FALSE(
      garbled("Ange antal klienter som fått stöd av personligt ombud under året. KVINNOR MÄN"));
  CHECK_FALSE(garbled("Ανθρώπινα δικαιώματα και ελευθερίες για όλους τους ανθρώπους σήμερα"));
  CHECK_FALSE(garbled("CCCCC B A"));  // too little to judge
  // A page of few words: no letter at all and mostly codes is not text;
  // a page of numbers is.
  CHECK(garbled("!# ) \"$ %& '( !# ) *+"));
  CHECK_FALSE(garbled("12 14 5 6 2 29 17 3"));
  CHECK_FALSE(garbled("Sida 7 (7)"));
  LetterCounts counts;
  CountLetters("Åb1", &counts);
  CHECK(counts.chars == 3);
  CHECK(counts.letters == 2);
  CHECK(counts.upper == 1);
  CHECK(counts.lower == 1);
}

TEST_CASE("word text: a page that shows few of the glyphs it draws, and those not letters") {
  auto unshown = [](const std::string& page, int unmapped) {
    LetterCounts counts;
    CountLetters(page, &counts);
    return UnshownGlyphs(counts, unmapped);
  };
  // A PostScript round trip's page of few distinct glyphs: 310 drawn with
  // no Unicode, what is left a few codes and capitals (page 6 of the 2023
  // form's letter-size print), too few for GarbledLetters.
  // The page's words, counted without the spaces between them.
  const std::string codes = "E078\"*7*@*115'')F%.\"+0.-F\"0-2/-'";
  LetterCounts counts;
  CountLetters(codes, &counts);
  CHECK_FALSE(GarbledLetters(counts));
  CHECK(unshown(codes, 310));
  // The same few characters with few unmapped glyphs beside them: a page
  // of numbers and drawn boxes.
  CHECK_FALSE(unshown(codes, 39));
  CHECK_FALSE(unshown(codes, 2 * static_cast<int>(counts.chars)));
  // Words of letters shown beside many glyphs of their own (a Type 3 font's
  // boxes) are read.
  CHECK_FALSE(unshown("Ange antal klienter som fått stöd", 300));
  CHECK_FALSE(unshown("", 300));
}

TEST_CASE("word text: text that goes on inside a word starts in lower case or with a digit") {
  CHECK(ContinuesWord("ngen"));
  CHECK(ContinuesWord("\u00e4rende"));  // ä
  CHECK(ContinuesWord("\u00dfe"));      // ß
  CHECK(ContinuesWord("7 dagar"));
  CHECK(ContinuesWord(".se"));
  CHECK(ContinuesWord("@kommun.se"));
  CHECK_FALSE(ContinuesWord(""));
  CHECK_FALSE(ContinuesWord("Ngen"));
  CHECK_FALSE(ContinuesWord("\u00c4rende"));  // Ä
  CHECK_FALSE(ContinuesWord("\u00f7"));       // ÷
  CHECK_FALSE(ContinuesWord("- punkt"));
}

TEST_CASE("word text: text goes on in lower case, or in an opening bracket before lower case") {
  CHECK(ContinuesText("unga"));
  CHECK(ContinuesText("(18-25 år)"));
  CHECK(ContinuesText("(och fler)"));
  CHECK(ContinuesText("“så kallade”"));
  CHECK_FALSE(ContinuesText(""));
  CHECK_FALSE(ContinuesText("("));
  CHECK_FALSE(ContinuesText("(Om fler kommuner)"));
  CHECK_FALSE(ContinuesText("Om nej"));
  CHECK_FALSE(ContinuesText("- punkt"));
  CHECK_FALSE(ContinuesWord("(18-25 år)"));  // within a word it is no continuation
}

TEST_CASE("word text: a line's piece goes on after a space, a number after its own hyphen") {
  std::string t;
  AppendLinePiece(&t, "unga (18-");
  CHECK(t == "unga (18-");
  AppendLinePiece(&t, "25 år)");
  CHECK(t == "unga (18-25 år)");
  std::string u = "social-";
  AppendLinePiece(&u, "tjänst");
  CHECK(u == "social- tjänst");  // the normaliser judges a word's hyphen
  std::string v = "08-";
  AppendLinePiece(&v, "");
  CHECK(v == "08-");
  AppendLinePiece(&v, "Nej");
  CHECK(v == "08- Nej");
}

TEST_CASE("word text: a word in capitals broken at its cell's edge, its last capitals alone") {
  CHECK(EndsCapitalsWord("Postort SKINNSKATTEBER", "G"));
  CHECK(EndsCapitalsWord("SKINNSKATTEB", "ER"));
  CHECK(EndsCapitalsWord("Postort \u00d6RNSK\u00d6LDSVI", "K"));  // ÖRNSKÖLDSVI
  CHECK_FALSE(EndsCapitalsWord("Postort SKINNSKATTEB", "ERG"));   // three: a word
  CHECK_FALSE(EndsCapitalsWord("Postort Skinnskatteber", "G"));   // not in capitals
  CHECK_FALSE(EndsCapitalsWord("Postort SK", "G"));
  CHECK_FALSE(EndsCapitalsWord("Postort SKINNSKATTEBER", "g"));
  CHECK_FALSE(EndsCapitalsWord("Postort SKINNSKATTEBER", "G 1"));
  CHECK_FALSE(EndsCapitalsWord("Postort SKINNSKATTEBER", ""));
}

}  // namespace
}  // namespace word_text_test
}  // namespace redovis
