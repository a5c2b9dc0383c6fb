// Tests of what the layout passes read of a word's text
// (src/read/pdf/word_text.h): code points, their count, how text starts.
#include "read/pdf/word_text.h"

#include <doctest/doctest.h>

#include <string>

namespace redovis {
namespace {

TEST_CASE("word text: code points one after the other, U+FFFD for a broken sequence") {
  const std::string s = "a\u00e9\u20ac\U0001F600";
  size_t i = 0;
  CHECK(NextCodePoint(s, &i) == U'a');
  CHECK(i == 1);
  CHECK(NextCodePoint(s, &i) == 0x00E9);
  CHECK(i == 3);
  CHECK(NextCodePoint(s, &i) == 0x20AC);
  CHECK(i == 6);
  CHECK(NextCodePoint(s, &i) == 0x1F600);
  CHECK(i == s.size());
  // A lead byte without its continuation, a stray continuation byte and a
  // sequence cut short each give U+FFFD and move on by one byte.
  const std::string bad = "\xC3(\x80\xE2\x82";
  i = 0;
  CHECK(NextCodePoint(bad, &i) == 0xFFFD);
  CHECK(i == 1);
  CHECK(NextCodePoint(bad, &i) == U'(');
  CHECK(NextCodePoint(bad, &i) == 0xFFFD);
  CHECK(i == 3);
  CHECK(NextCodePoint(bad, &i) == 0xFFFD);
  CHECK(i == 4);
}

TEST_CASE("word text: characters are counted, not bytes") {
  CHECK(Chars("") == 0);
  CHECK(Chars("abc") == 3);
  CHECK(Chars("\u00e5\u00e4\u00f6") == 3);
  CHECK(Chars("\u2612 Ja") == 4);
}

TEST_CASE("word text: superscript digits") {
  CHECK(IsSuperscriptDigit(0x00B9));
  CHECK(IsSuperscriptDigit(0x00B2));
  CHECK(IsSuperscriptDigit(0x00B3));
  CHECK(IsSuperscriptDigit(0x2070));
  CHECK(IsSuperscriptDigit(0x2079));
  CHECK_FALSE(IsSuperscriptDigit(U'1'));
  CHECK_FALSE(IsSuperscriptDigit(0x207A));
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

}  // namespace
}  // namespace redovis
