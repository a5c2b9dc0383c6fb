#include "base/text_util.h"

#include <doctest/doctest.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <ios>
#include <string>
#include <vector>

namespace text_util_test {

using namespace redovis;

TEST_CASE("UTF-8 to ICU and back is the identity") {
  const std::string s = "Åsa Öberg, Västerås – 100 %";
  CHECK(Utf8(U(s)) == s);
  CHECK(U(s).length() == 27);  // UTF-16 units, not bytes
}

TEST_CASE("Fold: full case folding, ASCII and beyond") {
  CHECK(Fold("Totalt ANTAL") == "totalt antal");
  CHECK(Fold("ÅÄÖ Éé") == "åäö éé");
  CHECK(Fold("Straße") == "strasse");  // full folding, not lower case
  CHECK(Fold("").empty());
}

TEST_CASE("Fold: its own folding of ASCII and Latin-1 is ICU's, character by character") {
  // Fold folds U+0000..U+00FF itself (and leaves other text to ICU): every
  // such character, alone and between others, as ICU's full folding has it.
  for (UChar32 c = 1; c <= 0xFF; ++c) {
    icu::UnicodeString one(c);
    icu::UnicodeString folded = one;
    folded.foldCase();
    std::string text = Utf8(one), want = Utf8(folded);
    CHECK_MESSAGE(Fold(text) == want, "U+" << std::hex << c);
    CHECK_MESSAGE(Fold("A" + text + "\xC3\x85") == "a" + want + "\xC3\xA5", "U+" << std::hex << c);
  }
  // Beyond Latin-1 and bytes that are not UTF-8: ICU, as before.
  CHECK(Fold("\xC3\x85\xC5\xB8") == "\xC3\xA5\xC3\xBF");  // Å Ÿ
  CHECK(Fold("\xCE\xA3") == "\xCF\x83");                  // Σ
  CHECK(Fold("A\xC3") == Utf8(U("a\xC3")));               // a lone lead byte
}

TEST_CASE("Trim: ASCII and Unicode spaces at either end, none inside") {
  CHECK(Trim("  a b\t\r\n") == "a b");
  CHECK(Trim("\xC2\xA0Sala\xE2\x80\x83") == "Sala");  // no-break space, em space
  CHECK(Trim("   ").empty());
  CHECK(Trim("").empty());
  CHECK(Trim("å") == "å");
  // Text that is not valid UTF-8 is still trimmed, without a crash.
  std::string bad = std::string(" \xFF") + "x ";
  CHECK(Trim(bad).find('x') != std::string::npos);
  CHECK(Trim(bad).back() != ' ');
}

TEST_CASE("Trim: an ASCII byte is white space exactly where ICU says so, or it is \\t \\n \\r") {
  // ASCII is answered without ICU's call: each byte, at both ends, as ICU
  // answers it (0x1C-0x1F and 0x7F are no white space; 0x0B and 0x0C are).
  for (int c = 1; c < 0x80; ++c) {
    const bool space = c == '\t' || c == '\n' || c == '\r' || u_isUWhiteSpace(c);
    const std::string b(1, static_cast<char>(c));
    CHECK_MESSAGE((Trim(b + "x" + b) == "x") == space, "byte " << c);
    CHECK_MESSAGE((Trim(b + b + "\xC3\xA5" + b) == "\xC3\xA5") == space, "byte " << c);
  }
}

TEST_CASE("Squeeze: runs of spaces and tabs become one space, line breaks stay") {
  CHECK(Squeeze("a  \t b") == "a b");
  CHECK(Squeeze("  a b  ") == "a b");
  CHECK(Squeeze("a \n  b") == "a\nb");
}

TEST_CASE("AsciiFold: Latin letters without their marks, lower case") {
  CHECK(AsciiFold("Timrå") == "timra");
  CHECK(AsciiFold("Örebro") == "orebro");
  CHECK(AsciiFold("Malmö-Lund") == "malmo-lund");
  CHECK(AsciiFold("Ærø") == "aero");
  CHECK(AsciiFold("Groß") == "gross");
}

TEST_CASE("AsciiFold: ASCII text folded without ICU as ICU folds it") {
  std::string all;
  for (int c = 1; c < 128; ++c) all += static_cast<char>(c);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(all);
  u.foldCase();
  std::string icu_folded;
  u.toUTF8String(icu_folded);
  CHECK(AsciiFold(all) == icu_folded);
  CHECK(AsciiFold("UPPLANDS VASBY Kommun") == "upplands vasby kommun");
}

TEST_CASE("EditDistance counts code points, not bytes") {
  CHECK(EditDistance("kitten", "sitting") == 3);
  CHECK(EditDistance("Timrå", "Timra") == 1);
  CHECK(EditDistance("", "abc") == 3);
  CHECK(EditDistance("Västerås", "Västerås") == 0);
}

TEST_CASE("WordSimilarity: words, not letters; a misspelt word still counts") {
  CHECK(WordSimilarity("Antal klienter totalt", "antal KLIENTER totalt:") == doctest::Approx(1.0));
  CHECK(WordSimilarity("Antal klienter totalt", "Antal klienter") == doctest::Approx(2.0 / 3));
  CHECK(WordSimilarity("Antal klienter", "Antal klientr") == doctest::Approx(1.0));
  CHECK(WordSimilarity("Antal klienter", "Kontaktperson e-post") == doctest::Approx(0.0));
  CHECK(WordSimilarity("", "Antal") == doctest::Approx(0.0));
  CHECK(WordSimilarity("a b c d", "b c d") == doctest::Approx(0.75));
}

TEST_CASE("FindAnyOf: find_first_of's answer for every byte, from every place") {
  std::string all;
  for (int b = 0; b < 256; ++b) all += static_cast<char>(b);
  const std::string text = "ab\r\ncd\fe\xC3\xA5[x]" + all + "tail";
  const std::string sets[] = {"\r\n\f",       "\n\f", "[]", std::string("\0\x7F", 2),
                              "\xC3\xFF\x80", "",     "z"};
  for (const std::string& set : sets)
    for (size_t from = 0; from <= text.size() + 1; ++from)
      CHECK(FindAnyOf(text, set, from) == std::string_view(text).find_first_of(set, from));
  for (int b = 0; b < 256; ++b) {  // each byte alone is found where it stands
    std::string one(1, static_cast<char>(b));
    CHECK(FindAnyOf(all, one) == static_cast<size_t>(b));
  }
  CHECK(FindAnyOf("no break here", "\r\n") == std::string_view::npos);
}

TEST_CASE("TrimBlanks: spaces and tabs only, a view into its text") {
  CHECK(TrimBlanks(" \t a b \t") == "a b");
  CHECK(TrimBlanks(" \t ").empty());
  CHECK(TrimBlanks("").empty());
  // A no-break space is text here (Trim takes it away).
  CHECK(TrimBlanks("\xC2\xA0x ") == "\xC2\xA0x");
  std::string s = "  kept  ";
  CHECK(TrimBlanks(s).data() == s.data() + 2);
}

TEST_CASE("EndsSentence: the last character before trailing blanks") {
  for (const char* ended : {"Slut.", "Varför?", "Ja!", "Kommun:", "först;", "Slut. \t"})
    CHECK_MESSAGE(EndsSentence(ended), ended);
  for (const char* open : {"", "  ", "och sedan", "se bilaga)", "1,5", "slut.x"})
    CHECK_MESSAGE(!EndsSentence(open), open);
}

TEST_CASE("StartsLowerCase: the first code point, beyond ASCII") {
  CHECK(StartsLowerCase("och sedan"));
  CHECK(StartsLowerCase("\xC3\xA5ter"));        // å
  CHECK_FALSE(StartsLowerCase("\xC3\x85ter"));  // Å
  CHECK_FALSE(StartsLowerCase("Och"));
  CHECK_FALSE(StartsLowerCase("12 personer"));
  CHECK_FALSE(StartsLowerCase(" och"));
  CHECK_FALSE(StartsLowerCase(""));
}

TEST_CASE("AddressAlone: one word holding an '@', blanks at its ends aside") {
  CHECK(AddressAlone("tedt@tyreso.se"));
  CHECK(AddressAlone("  sociala@timra.se\t"));
  CHECK_FALSE(AddressAlone("socialnämnden"));
  CHECK_FALSE(AddressAlone("E-postadress sociala@timra.se"));
  CHECK_FALSE(AddressAlone("tedt@tyreso.se eller ring"));
  CHECK_FALSE(AddressAlone("   "));
  CHECK_FALSE(AddressAlone(""));
}

TEST_CASE("BrokenAddress: an address in pieces at line-break hyphens") {
  CHECK(BrokenAddress("anna- lena.engs- tedt@solna.se"));
  CHECK(BrokenAddress(" lena.engs- tedt@solna.se\t"));
  CHECK(BrokenAddress("tedt@sol- na.se"));
  CHECK(BrokenAddress("g\xC3\xB6ran- nilsson@solna.se"));  // ö before the hyphen
  CHECK_FALSE(BrokenAddress("tedt@solna.se"));             // one word: whole
  CHECK_FALSE(BrokenAddress("anna- lena.engstedt"));       // no '@'
  CHECK_FALSE(BrokenAddress("Inga-Lill Nilsson inga-lill.nilsson@timra.se"));
  CHECK_FALSE(BrokenAddress("anna- Lena@solna.se"));  // the next piece opens a word
  CHECK_FALSE(BrokenAddress("08- 5782@solna.se"));    // a digit before the hyphen
  CHECK_FALSE(BrokenAddress("- tedt@solna.se"));
  CHECK_FALSE(BrokenAddress(""));
}

TEST_CASE("IsAsciiDigit: the ten ASCII digits, no other byte") {
  int digits = 0;
  for (int b = 0; b < 256; ++b) digits += IsAsciiDigit(static_cast<char>(b));
  CHECK(digits == 10);
  CHECK(IsAsciiDigit('0'));
  CHECK(IsAsciiDigit('9'));
  CHECK_FALSE(IsAsciiDigit('/'));
  CHECK_FALSE(IsAsciiDigit(':'));
  // A UTF-8 byte of "²" (0xC2 0xB2) is no digit.
  CHECK_FALSE(IsAsciiDigit(static_cast<char>(0xB2)));
}

TEST_CASE("SplitAt: every separator parts two pieces, empty ones kept") {
  using V = std::vector<std::string>;
  CHECK(SplitAt("signature.phone,signature.title", ',') == V{"signature.phone", "signature.title"});
  CHECK(SplitAt("a,,b", ',') == V{"a", "", "b"});
  CHECK(SplitAt("a\t", '\t') == V{"a", ""});
  CHECK(SplitAt("", ',') == V{""});
  CHECK(SplitAt("name", ',') == V{"name"});
}

TEST_CASE("AllAsciiDigits: one digit or more and nothing else") {
  CHECK(AllAsciiDigits("267"));
  CHECK(AllAsciiDigits("0"));
  CHECK_FALSE(AllAsciiDigits(""));
  CHECK_FALSE(AllAsciiDigits("1,5"));
  CHECK_FALSE(AllAsciiDigits("50-64"));
  CHECK_FALSE(AllAsciiDigits("12 "));
  CHECK_FALSE(AllAsciiDigits("\xC2\xB2"));  // "²"
}

TEST_CASE("IsBlank: a space or a tab, no other byte") {
  int blanks = 0;
  for (int b = 0; b < 256; ++b) blanks += IsBlank(static_cast<char>(b));
  CHECK(blanks == 2);
  CHECK(IsBlank(' '));
  CHECK(IsBlank('\t'));
  CHECK_FALSE(IsBlank('\n'));
}

}  // namespace text_util_test
