#include "base/text_util.h"

#include <doctest/doctest.h>

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
