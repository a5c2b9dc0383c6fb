// UnfoldHardLines (folded_lines.h): a hard fold's (`fold -w`) breaks proven
// and joined back. The soft folds, refills and lost line breaks:
// folded_lines_test.cc.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "read/text/folded_lines.h"
#include "redovis/document.h"

namespace folded_lines_hard_test {

using namespace redovis;

namespace {

// `fold -w 30` (bytes) of a laid-out page: rows cut inside their gap (a
// blank at the width), inside "å" ("Timr\xC3" / "\xA5 kommun"), inside a
// word ("Omb" / "ud"); a line of 30 bytes before a blank line, never cut.
std::string HardFolded(const std::string& short_line = "") {
  return "Kontaktperson                 \n"
         "Anna Berg\n"
         "Telefon                       \n"
         "060-16 31 00\n"
         "E-postadress                  \n"
         "anna@timra.se\n"
         "Postort                  Timr\xC3\n"
         "\xA5 kommun\n"
         "Avdelning/Enhet Personligt Omb\n"
         "ud Västmanland\n"
         "Nämnd                        \n"
         "Socialnämnden\n"
         "Raden är precis trettio byte.\n"
         "\n"
         "Ja                            \n"
         "☒\n" +
         short_line;
}

}  // namespace

TEST_CASE("UnfoldHardLines: a letter split at the width and a blank at it are proven breaks") {
  UnfoldedText u;
  std::vector<int> unproven;
  REQUIRE(UnfoldHardLines(HardFolded(), &u, &unproven));
  CHECK(u.width == 30);
  CHECK(u.text ==
        "Kontaktperson                 Anna Berg\n"
        "Telefon                       060-16 31 00\n"
        "E-postadress                  anna@timra.se\n"
        "Postort                  Timrå kommun\n"
        "Avdelning/Enhet Personligt Omb\n"
        "ud Västmanland\n"
        "Nämnd                        Socialnämnden\n"
        "Raden är precis trettio byte.\n"
        "\n"
        "Ja                            ☒\n");
  CHECK(u.numbers == std::vector<int>{1, 3, 5, 7, 9, 10, 11, 13, 14, 15, 17});
  // "Omb" / "ud": a word cut at the width, or a line that ended there; the
  // line before the blank line is a line of its own.
  CHECK(unproven == std::vector<int>{5});
  CHECK(u.undecided.empty());
}

TEST_CASE("UnfoldHardLines: a blank at the width proves nothing where shorter lines end in one") {
  UnfoldedText u;
  std::vector<int> unproven;
  REQUIRE(UnfoldHardLines(HardFolded("Kort rad \n"), &u, &unproven));
  // Only the split letter is joined; every other line at the width is named.
  CHECK(u.text.find("Postort                  Timrå kommun\n") != std::string::npos);
  CHECK(u.text.find("Kontaktperson                 \nAnna Berg\n") == 0);
  CHECK(unproven == std::vector<int>{1, 3, 5, 8, 10, 14});
}

TEST_CASE("UnfoldHardLines: no proof of a hard fold, the text is left as it is") {
  UnfoldedText u;
  u.width = 7;
  std::vector<int> unproven = {3};
  // Lines of one width that end in words (a justified text, a row's cells):
  // no letter split, no blank at the width.
  std::string justified;
  for (int i = 0; i < 8; ++i) justified += "Raden är precis trettio byte.\nOch nästa rad\n";
  CHECK_FALSE(UnfoldHardLines(justified, &u, &unproven));
  // A tabbed text: `fold` breaks before a tab short of the width.
  CHECK_FALSE(UnfoldHardLines(HardFolded("Kommun\tTimrå\n"), &u, &unproven));
  CHECK_FALSE(UnfoldHardLines("Rad\r\nRad\r\n", &u, &unproven));
  CHECK(u.width == 7);
  CHECK(unproven == std::vector<int>{3});
}

TEST_CASE("UnfoldHardLines: a letter whose rest is not on the next line shows a cut") {
  // "Timr\xC3" / "X kommun": the letter's last byte is gone (`cut -b`, or
  // lost in transit), not folded onto the next line: the text is left as
  // it is, for cut_lines and the decoder.
  std::string text = HardFolded();
  text.replace(text.find("\xA5 kommun"), 1, "X");
  UnfoldedText u;
  u.width = 7;
  std::vector<int> unproven = {3};
  CHECK_FALSE(UnfoldHardLines(text, &u, &unproven));
  CHECK(u.width == 7);
  CHECK(unproven == std::vector<int>{3});
}

TEST_CASE("UnfoldHardLines: lines ending in a blank at the width alone prove no fold") {
  // Rows ending in a blank at the width, each followed by a shorter line:
  // a fold's rests as much as `cut -b1-30`'s next rows (a laid-out page's
  // rows cut inside their gap). Joined as a fold, a cut text's row took the
  // row under it.
  const std::string cut =
      "Kontaktperson                 \n"
      "Anna Berg\n"
      "Telefon                       \n"
      "060-16 31 00\n"
      "E-postadress                  \n"
      "anna@timra.se\n"
      "Postort                       \n"
      "Timrå\n"
      "Avdelning                     \n"
      "Socialtjänsten\n"
      "Nämnd                        \n"
      "Socialnämnden\n";
  UnfoldedText u;
  std::vector<int> unproven;
  CHECK_FALSE(UnfoldHardLines(cut, &u, &unproven));
}

namespace {

// Words the patterns would know, case-folded as LostMarks::Knows folds them.
KnownWord Knowing(std::vector<std::string> words) {
  return [words = std::move(words)](std::string_view w) {
    std::string lower;
    for (char c : w) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return std::find(words.begin(), words.end(), lower) != words.end();
  };
}

}  // namespace

TEST_CASE("UnfoldHardLines: a word's pieces spelling a known word, neither known, are joined") {
  UnfoldedText u;
  std::vector<int> unproven;
  REQUIRE(UnfoldHardLines(HardFolded(), &u, &unproven, Knowing({"ombud", "personligt"})));
  CHECK(u.text.find("Avdelning/Enhet Personligt Ombud Västmanland\n") != std::string::npos);
  CHECK(unproven.empty());
  // A piece that is a word of its own ("ud"): the cut is not proven.
  REQUIRE(UnfoldHardLines(HardFolded(), &u, &unproven, Knowing({"ombud", "ud"})));
  CHECK(u.text.find("Personligt Omb\nud Västmanland\n") != std::string::npos);
  CHECK(unproven == std::vector<int>{5});
}

TEST_CASE("UnfoldHardLines: words proven by their spelling prove the fold; a number cut is not") {
  // No letter split: two words cut at the width whose pieces spell known
  // words prove the fold; a count cut at the width ("12" / "5") is proven by
  // nothing and named, never read as 12.
  const std::string text =
      "Kontaktperson                 \n"
      "Anna Berg\n"
      "Avdelning/Enhet Personligt Omb\n"
      "ud Västmanland\n"
      "Nämnd             Socialnämn\n"
      "den\n"
      "Antal personer med ombud    12\n"
      "5\n"
      "Raden är precis trettio byte.\n"
      "Och nästa rad\n"
      "Raden är precis trettio byte.\n"
      "Och nästa rad\n";
  const KnownWord known = Knowing({"ombud", "socialnämnden", "personer"});
  UnfoldedText u;
  std::vector<int> unproven;
  REQUIRE(UnfoldHardLines(text, &u, &unproven, known));
  CHECK(u.text.find("Personligt Ombud Västmanland\nNämnd             Socialnämnden\n") !=
        std::string::npos);
  CHECK(u.text.find("Antal personer med ombud    12\n5\n") != std::string::npos);
  // A sentence's full stop at the width before a capital and a small letter
  // ends its line ("... byte." / "Och nästa rad"): a line of its own.
  CHECK(u.text.find("Raden är precis trettio byte.\nOch nästa rad\n") != std::string::npos);
  CHECK(unproven == std::vector<int>{4});
  // One word so proven is too few; none without the words known.
  CHECK_FALSE(UnfoldHardLines(text, &u, &unproven, Knowing({"ombud"})));
  CHECK_FALSE(UnfoldHardLines(text, &u, &unproven));
}

TEST_CASE("UnfoldHardLines: a word cut where the text spells it whole elsewhere is joined") {
  // The fold proven (a split letter), "Omb" / "ud" is joined where the text writes "Ombud" whole,
  // no vocabulary asked; not where it also writes "Omb ud", nor where it writes neither.
  UnfoldedText u;
  std::vector<int> unproven;
  REQUIRE(UnfoldHardLines(HardFolded("Ombud i länet\n"), &u, &unproven));
  CHECK(u.text.find("Personligt Ombud Västmanland\n") != std::string::npos);
  CHECK(unproven.empty());
  REQUIRE(UnfoldHardLines(HardFolded("Ombud och Omb ud\n"), &u, &unproven));
  CHECK(unproven == std::vector<int>{5});
  REQUIRE(UnfoldHardLines(HardFolded("Ombudsman\n"), &u, &unproven));
  CHECK(unproven == std::vector<int>{5});
}

TEST_CASE("UnfoldHardLines: a row's last cell in the column of the proven rests is joined") {
  // "Kvinnor" at the width, "Män" at the indent of the proven rests below: the header's row cut
  // before its gap. Not at another indent.
  const std::string rows =
      "Totalt antal klienter         \n    5\nAntal nya klienter            \n    4\n"
      "Postort                  Timr\xC3\n\xA5 kommun\n"
      "Raden är precis trettio byte.\n\nRaden är precis trettio byte.\n\n";
  UnfoldedText u;
  std::vector<int> unproven;
  REQUIRE(UnfoldHardLines("                       Kvinnor\n    Män\n" + rows, &u, &unproven));
  CHECK(u.text.find("                       Kvinnor    Män\n") == 0);
  CHECK(unproven.empty());
  REQUIRE(UnfoldHardLines("                       Kvinnor\n   Män\n" + rows, &u, &unproven));
  CHECK(unproven == std::vector<int>{1});
}

TEST_CASE("UnfoldHardLines: a line at the width before a word's capital is a line of its own") {
  // A column header at the width over its first row, a row's last count at
  // it before the next row's label: `fold` cut no word there (no word holds
  // a capital after a small letter, no number runs into a word). Neither
  // is joined, nor named.
  const std::string rows =
      "                Kvinnor   Män\n"
      "Totalt antal klienter 29  5\n"
      "Ekonomi                 4    2\n"
      "Sysselsättning 3 1\n";
  UnfoldedText u;
  std::vector<int> unproven;
  REQUIRE(UnfoldHardLines(HardFolded() + rows, &u, &unproven));
  CHECK(u.text.substr(u.text.size() - rows.size()) == rows);
  CHECK(unproven == std::vector<int>{5});
  // A capital alone after a small letter may end the word ("So" / "L":
  // "SoL"), a small letter after a digit may go on with it ("12" / "3
  // kommuner"), a capital after a hyphen may be a name's ("Inga-" /
  // "Lill"): each line stays named.
  const std::string doubtful =
      "Insatser enligt             So\n"
      "L och LSS\n"
      "Antal kommuner              12\n"
      "3 kommuner\n"
      "Kontaktperson            Inga-\n"
      "Lill\n";
  REQUIRE(UnfoldHardLines(HardFolded() + doubtful, &u, &unproven));
  CHECK(u.text.substr(u.text.size() - doubtful.size()) == doubtful);
  CHECK(unproven == std::vector<int>{5, 11, 13, 15});
}

TEST_CASE("UnfoldHardLines: a word the language's list knows, one piece none of its words") {
  // "bl" / "anketter": no word of the patterns, a word of the language's
  // list, "bl" none of its words. "tjänst" / "ledighet": a compound's two
  // words, each may have ended a line or begun one: not proven so.
  const std::string text = HardFolded() +
                           "Felaktigheter i deras olika bl\n"
                           "anketter etc.\n"
                           "Ange orsaken till det: tjänst\n"
                           "ledighet under året\n";
  const KnownWord language = Knowing({"blanketter", "tjänstledighet", "tjänst", "ledighet"});
  UnfoldedText u;
  std::vector<int> unproven;
  REQUIRE(UnfoldHardLines(text, &u, &unproven, KnownWord(), language));
  CHECK(u.text.find("Felaktigheter i deras olika blanketter etc.\n") != std::string::npos);
  CHECK(u.text.find("Ange orsaken till det: tjänst\nledighet under året\n") != std::string::npos);
  // Without the list, "bl" / "anketter" is a line at the width like any.
  REQUIRE(UnfoldHardLines(text, &u, &unproven));
  CHECK(u.text.find("olika bl\nanketter etc.\n") != std::string::npos);
}

}  // namespace folded_lines_hard_test
