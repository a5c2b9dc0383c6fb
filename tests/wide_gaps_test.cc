#include "read/text/wide_gaps.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "read/text/text_reader.h"
#include "redovis/document.h"

namespace wide_gaps_test {

using namespace redovis;

namespace {

// `pdftotext -layout -fixed 2.5` of the 2020 form (its margin taken off):
// every word at its place on the page, written in fewer columns than it
// takes there. "Nilsson" stands under the label, not under "Inga-Lill".
const char kWide[] =
    "Kontaktuppgifter                till den     kommun           som      beviljats\n"
    "\n"
    "Kontaktperson              Inga-Lill                       Avdelning/Enhet  "
    "Socialförvaltningen\n"
    "Nilsson\n"
    "Nämnd         Socialnämnd                                  Postnummer   721    87\n"
    "\n"
    "Ange      antal      klienter      som      fått    stöd    av    personligt         ombud.\n"
    "personligt         ombud         ska    redovisas          endast       en    gång      per\n"
    "\n"
    "                                                  Kvinnor                 Män\n"
    "Totalt      antal     klienter                    29                      5\n"
    "därav      mellan        18   och     29    år    14                      2\n"
    "därav      mellan        30   och     49    år    9                       3\n"
    "\f"
    "Ombuden            har    erbjudits        utbildning.          Ja      Nej\n"
    "Om     nej,    ange      varför.      ej   lämpligt        under      rådande\n";

// The same page as `pdftotext -layout` writes it: words one space apart,
// columns two or more.
const char kLaidOut[] =
    "Kontaktuppgifter till den kommun som beviljats\n"
    "\n"
    "Kontaktperson Inga-Lill          Avdelning/Enhet Socialförvaltningen\n"
    "Nilsson\n"
    "Nämnd Socialnämnd                Postnummer 721 87\n"
    "\n"
    "Ange antal klienter som fått stöd av personligt ombud.\n"
    "personligt ombud ska redovisas endast en gång per\n"
    "\n"
    "                                 Kvinnor     Män\n"
    "Totalt antal klienter            29          5\n"
    "därav mellan 18 och 29 år        14          2\n"
    "därav mellan 30 och 49 år        9           3\n"
    "\f"
    "Ombuden har erbjudits utbildning.          Ja      Nej\n"
    "Om nej, ange varför. ej lämpligt under rådande\n";

bool HasWideGapsNote(const Document& doc) {
  return std::any_of(doc.warnings.begin(), doc.warnings.end(),
                     [](const std::string& w) { return IsWideGapsNote(w); });
}

}  // namespace

TEST_CASE("CountWordGaps counts pairs of small-letter words side by side on a line") {
  // "antal klienter" (1 space), "klienter som" (3), "så är" and "är blå"
  // (1); not "Totalt antal" (a capital), "blå 29" (a digit), "år i" and
  // "i den" ("i" one letter), nor a pair across a line's end or a form feed.
  WordGaps g = CountWordGaps("Totalt antal klienter   som\nså är blå 29 år i den\r\nhär\fär");
  CHECK(g.pairs == 4);
  CHECK(g.tight == 3);
}

TEST_CASE("CountWordGaps reads marked small letters and no bytes that are not UTF-8") {
  WordGaps g = CountWordGaps("övriga åtgärder  därför\nab\xff  cd");
  CHECK(g.pairs == 2);
  CHECK(g.tight == 1);
}

TEST_CASE("WordGapsAreWide: twenty pairs or more, fewer than nine in ten one space apart") {
  CHECK_FALSE(WordGapsAreWide({19, 0}));  // too few to prove anything
  CHECK(WordGapsAreWide({20, 0}));
  CHECK(WordGapsAreWide({20, 17}));
  CHECK_FALSE(WordGapsAreWide({20, 18}));
  CHECK_FALSE(WordGapsAreWide({400, 392}));  // a laid-out text: 98 in 100
  CHECK(CountWordGaps(kWide).pairs >= kFewestPairs);
  CHECK(WordGapsAreWide(CountWordGaps(kWide)));
  CHECK_FALSE(WordGapsAreWide(CountWordGaps(kLaidOut)));
}

TEST_CASE("CloseWordGaps makes each line's runs of spaces one and keeps its line ends") {
  CHECK(CloseWordGaps("   Antal     nya   klienter   \r\n  9    4\f  Ja\n\n") ==
        "Antal nya klienter\r\n9 4\fJa\n\n");
  CHECK(CloseWordGaps("") == "");
  CHECK(CloseWordGaps("     \n") == "\n");
}

TEST_CASE("WideGapsNote is told by IsWideGapsNote, and names the pairs") {
  const std::string note = WideGapsNote({40, 3});
  CHECK(IsWideGapsNote(note));
  CHECK(note.find("37 of its 40") != std::string::npos);
  CHECK_FALSE(IsWideGapsNote("the text's tabs are a laid-out page's gaps"));
}

TEST_CASE("the text reader reads a text of wide word gaps a line a cell, with a note") {
  Document doc;
  REQUIRE(ReadText(kWide, &doc).ok());
  CHECK(HasWideGapsNote(doc));
  CHECK(doc.wide_word_gaps);
  bool person = false, table_row = false;
  for (const Line& l : doc.lines) {
    CHECK(l.cells.size() <= 1);
    if (l.cells.empty()) continue;
    const std::string& t = l.cells[0].text;
    // The label and its value one cell, as in reading-order text (the
    // layout may join the wrapped "Nilsson" to it): never "Inga-Lill" alone.
    CHECK(t != "Inga-Lill");
    if (t.rfind("Kontaktperson", 0) == 0) {
      person = true;
      CHECK(t.rfind("Kontaktperson Inga-Lill Avdelning/Enhet Socialförvaltningen", 0) == 0);
    }
    if (t.rfind("Totalt", 0) == 0) {
      table_row = true;
      CHECK(t == "Totalt antal klienter 29 5");
    }
  }
  CHECK(person);
  CHECK(table_row);
  // Each line keeps its number and page: "Nämnd" is line 5, "Ombuden" on page 2.
  auto at = std::find_if(doc.lines.begin(), doc.lines.end(), [](const Line& l) {
    return !l.cells.empty() && l.cells[0].text.rfind("Nämnd", 0) == 0;
  });
  REQUIRE(at != doc.lines.end());
  CHECK(at->number == 5);
  CHECK(at->cells[0].text == "Nämnd Socialnämnd Postnummer 721 87");
  auto next_page = std::find_if(doc.lines.begin(), doc.lines.end(), [](const Line& l) {
    return !l.cells.empty() && l.cells[0].text.rfind("Ombuden", 0) == 0;
  });
  REQUIRE(next_page != doc.lines.end());
  CHECK(next_page->page == 2);
}

TEST_CASE("the text reader reads a laid-out text by its columns, with no such note") {
  Document doc;
  REQUIRE(ReadText(kLaidOut, &doc).ok());
  CHECK_FALSE(HasWideGapsNote(doc));
  CHECK_FALSE(doc.wide_word_gaps);
  bool split = false;
  for (const Line& l : doc.lines)
    if (l.cells.size() >= 2 && l.cells[0].text == "Kontaktperson Inga-Lill") split = true;
  CHECK(split);
}

}  // namespace wide_gaps_test
