// The text reader on text that another tool rewrapped, refilled, folded or
// tabbed (a reflow, `fold -s`, `fmt`, `unexpand`, catdoc's wrap at 72 bytes):
// text_reader_test.cc's cases for those, split out by concept.
#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

#include "read/text/folded_lines.h"
#include "read/text/text_reader.h"
#include "test_support.h"

using namespace redovis;
using redovis::testing::DocumentText;

namespace {

// `d`'s lines with cells by their first cell's first 13 bytes (the last
// line of each such start).
std::map<std::string, const Line*> ByFirstCell(const Document& d) {
  std::map<std::string, const Line*> by_first;
  for (const Line& l : d.lines)
    if (!l.cells.empty()) by_first[l.cells[0].text.substr(0, 13)] = &l;
  return by_first;
}

}  // namespace

TEST_CASE("text reader: a table a reflow broke is not read, and a note names its lines") {
  Document d;
  REQUIRE(ReadText("Handledning\n"
                   "\n"
                   "  ------------------------------------------------------------\n"
                   "  ----- -----\n"
                   "                                                               Ja\n"
                   "                                                               Nej\n"
                   "\n"
                   "  Ombuden har erbjudits handledning.                           X\n"
                   "  ------------------------------------------------------------\n"
                   "  ----- -----\n"
                   "\n"
                   "Nästa stycke\n",
                   &d)
              .ok());
  const std::string all = DocumentText(d);
  CHECK(all.find("handledning.") == std::string::npos);
  CHECK(all.find("Nej") == std::string::npos);
  CHECK(all.find("Nästa stycke") != std::string::npos);
  CHECK(d.lines.back().number == 12);
  REQUIRE(d.warnings.size() == 1);
  CHECK(d.warnings[0].rfind("lines 3-10: ", 0) == 0);
}

TEST_CASE("text reader: a grid table a reflow refilled is not read, and a note names its lines") {
  // `fmt -w 45` of pandoc's grid table: the label's tail "i
  // ledningsgruppen?" would be read as the answer below it.
  Document d;
  REQUIRE(ReadText("Ledningsgrupp\n"
                   "\n"
                   "+----+-----------------------------------------------------------------+\n"
                   "|    | Ange hur kommunen har arbetar\n"
                   "för att få representanter från    |\n"
                   "|    | nedanstående huvudmän att delta\n"
                   "i ledningsgruppen?              | |    |\n"
                   "| |    | Kallelser skickas till samtliga\n"
                   "huvudmän inför varje möte.      |\n"
                   "+----+-----------------------------------------------------------------+\n"
                   "\n"
                   "Nästa stycke\n",
                   &d)
              .ok());
  const std::string all = DocumentText(d);
  CHECK(all.find("ledningsgruppen?") == std::string::npos);
  CHECK(all.find("Kallelser") == std::string::npos);
  CHECK(all.find("Nästa stycke") != std::string::npos);
  REQUIRE(d.warnings.size() == 1);
  CHECK(d.warnings[0].rfind("lines 3-10: a grid table", 0) == 0);
}

TEST_CASE(
    "text reader: tabs that only save spaces (unexpand -a) are read as the layout they were") {
  // pandoc's plain table after `unexpand -a`: runs of spaces to tab stops
  // became tabs, most followed by the spaces left over.
  std::string laid =
      "  Totalt antal klienter                         29            5\n"
      "  Antal nya klienter                             9             4\n"
      "  Kommun Vasteras                 Postnummer 721 87\n";
  std::string tabbed =
      "  Totalt antal klienter\t\t\t\t29\t      5\n"
      "  Antal nya klienter\t\t\t\t 9\t       4\n"
      "  Kommun Vasteras\t\t  Postnummer 721 87\n";
  Document a, b;
  REQUIRE(ReadText(laid, &a).ok());
  REQUIRE(ReadText(tabbed, &b).ok());
  REQUIRE(a.lines.size() == b.lines.size());
  for (size_t k = 0; k < a.lines.size(); ++k) {
    CHECK(a.lines[k].Text() == b.lines[k].Text());
    REQUIRE(a.lines[k].cells.size() == b.lines[k].cells.size());
    for (size_t c = 0; c < a.lines[k].cells.size(); ++c)
      CHECK(a.lines[k].cells[c].x0 == b.lines[k].cells[c].x0);
  }
  CHECK(b.lines[0].cells.size() == 3);
  // A tab-separated export keeps its tabs as cell boundaries.
  Document tsv;
  REQUIRE(ReadText("Kommun\tVästerås\nPostnummer\t721 87\nJa\tNej\n\tX\n", &tsv).ok());
  CHECK(tsv.lines[3].cells.size() == 2);
  CHECK(tsv.lines[3].cells[1].text == "X");
}

TEST_CASE(
    "text reader: a text fold -s wrapped is read as it was written, lines numbered as folded") {
  // `fold -s -w 24` of ten lines: each broken after its last space that fits.
  std::string text;
  for (int k = 0; k < 10; ++k)
    text += "Kontaktperson Susanne \nAspling Björkstén \n021-39 20 82\tKommun " +
            std::to_string(k) + "\n";
  Document d;
  REQUIRE(ReadText(text, &d).ok());
  REQUIRE(d.lines.size() == 10);
  REQUIRE(d.lines[1].cells.size() == 2);
  CHECK(d.lines[1].cells[0].text == "Kontaktperson Susanne Aspling Björkstén 021-39 20 82");
  CHECK(d.lines[1].cells[1].text == "Kommun 1");
  CHECK(d.lines[1].number == 4);
}

TEST_CASE("text reader: a row catdoc wrapped at 72 bytes keeps its last cell whole") {
  // catdoc breaks a row (cells at tabs) and a paragraph where the next word
  // would not fit in 72 bytes; rows and paragraphs are parted by blank lines.
  std::string text = "Statsbidrag till kommuner som bedriver verksamhet med personligt ombud\n\n";
  for (int k = 0; k < 8; ++k)
    text +=
        "Kontaktperson Anna-Lena Engstedt\tAvdelning/Enhet Arbetsmarknads- och\n"
        "socialförvaltningen\n\nKommun " +
        std::to_string(k) + "\n\n";
  Document d;
  REQUIRE(ReadText(text, &d).ok());
  const Line* row = nullptr;
  const Line* next = nullptr;
  for (const Line& l : d.lines) {
    if (!row && l.cells.size() == 2) row = &l;
    if (!next && !l.cells.empty() && l.cells[0].text == "Kommun 0") next = &l;
  }
  REQUIRE(row != nullptr);
  CHECK(row->cells[1].text == "Avdelning/Enhet Arbetsmarknads- och socialförvaltningen");
  REQUIRE(next != nullptr);
  CHECK(next->number == 6);  // as catdoc wrote it
}

TEST_CASE("text reader: catdoc's tab alone ends a row; the lines after it are no cell's") {
  // `catdoc -w` of a Word table: a cell's paragraphs after a tab go on on
  // untabbed lines ("\tAntal" + "kvinnor"), but the row's end is a line
  // holding a tab alone, and the question and heading after it are the
  // document's own lines.
  Document d;
  REQUIRE(ReadText("\tAntal\nkvinnor\n"
                   "\tAnnan organisation\t X \t X \n\t\n"
                   "Ange hur kommunen har arbetat?\n6. Tillgång till samhällsservice\n",
                   &d)
              .ok());
  REQUIRE(d.lines.size() == 5);
  CHECK(d.lines[0].cells[1].text == "Antal\nkvinnor");
  CHECK(d.lines[2].cells.size() == 2);
  CHECK(d.lines[2].cells[1].text.empty());
  REQUIRE(d.lines[3].cells.size() == 1);
  CHECK(d.lines[3].cells[0].text == "Ange hur kommunen har arbetat?");
  CHECK(d.lines[4].cells[0].text == "6. Tillgång till samhällsservice");
  // One cell a line (LibreOffice's text export): a tab alone after a line
  // of one cell opens a cell whose text goes on below.
  Document lo;
  REQUIRE(ReadText("Kommun\n\t\nTyresö\n", &lo).ok());
  REQUIRE(lo.lines.size() == 2);
  CHECK(lo.lines[1].cells[1].text == "Tyresö");
}

TEST_CASE("text reader: a row fold -s may have broken after a tab holds the undecided mark") {
  // `fold -s -w 33` of a prose paragraph and a table (cells at tabs): the
  // header row broken after its label's tab, its column words at column 0
  // (under the label, not over the counts); a row broken after its women's
  // count, the men's "21" on the next line. Either may as well be a row that
  // ended at its tab: the cells whose index that changes hold the mark.
  const std::string folded =
      "Ange antal klienter som fått \nstöd av personligt ombud under \nåret. Varje person som har "
      "\nfått stöd ska redovisas endast \nen gång per år, oavsett hur \nmånga gånger personen har "
      "haft \nkontakt med verksamheten under \nåret som gått.\n\nKlienter med "
      "hemmavarande\t\nKvinnor\tMän\nAntal "
      "klienter som, helt eller \ndelvis, har hemmavarande barn \nunder 18 år vilka är kända "
      "\nför verksamheten.\t78\t\n21\nKommun\t\nTimrå\n";
  Document d;
  REQUIRE(ReadText(folded, &d).ok());
  std::map<std::string, const Line*> by_first = ByFirstCell(d);
  const Line* label = by_first["Klienter med "];
  const Line* header = by_first["Kvinnor"];
  const Line* row = by_first["Antal kliente"];
  const Line* town = by_first["Kommun"];
  REQUIRE(label != nullptr);
  REQUIRE(header != nullptr);
  REQUIRE(row != nullptr);
  REQUIRE(town != nullptr);
  // The label alone: no cell of it is read by its index.
  REQUIRE(label->cells.size() == 2);
  CHECK(label->cells[1].text.empty());
  // The column words may be the label's row's later cells.
  REQUIRE(header->cells.size() == 3);
  CHECK(header->cells[1].text == "Män");
  CHECK(header->cells[2].text == kUndecidedWrap);
  CHECK(header->number == 11);  // as fold wrote it
  // The men's count may be the next line's.
  REQUIRE(row->cells.size() == 3);
  CHECK(row->cells[1].text == "78");
  CHECK(row->cells[2].text == kUndecidedWrap);
  // "Timrå" would have fitted after "Kommun\t": the row ended there.
  REQUIRE(town->cells.size() == 2);
  CHECK(town->cells[1].text.empty());
}

TEST_CASE(
    "text reader: a text a cell a line that fmt refilled has its lines inside a paragraph marked") {
  // LibreOffice's text export of a 2021 report (a cell a line) through
  // `fmt -w 30`: an answer runs on with the next label ("per tillfälle.  Om
  // nej,"), a row's label and counts into the next row's.
  const std::string refilled =
      "Om ja, ange vilken slags\n"
      "handledning. Regelbunden\n"
      "extern handledning,\n"
      "Maria Moody Källberg,\n"
      "Nätverkskompaniet UKH\n"
      "HB. 10 ggr per år. 3 h\n"
      "per tillfälle.  Om nej,\n"
      "ange varför.\n"
      "\n"
      "2. Klienter\n"
      "\n"
      "Ange antal klienter som\n"
      "fått stöd av personligt\n"
      "ombud. Varje person (klient)\n"
      "som har fått stöd av\n"
      "personligt ombud ska\n"
      "redovisas endast en gång\n"
      "per år.\n"
      "\n"
      "\n"
      "Kvinnor Män Totalt antal\n"
      "klienter 267 181 därav\n"
      "mellan 18 och 29 år 55 50\n"
      "därav mellan 30 och 49 år\n"
      "128 81 därav mellan 50 och\n"
      "64 år 74 41 därav 65 år\n"
      "och över 8 6\n"
      "\n"
      "Antal nya klienter 230 148\n"
      "därav mellan 18 och 29 år\n"
      "50 42 därav mellan 30 och\n"
      "49 år 114 70 därav mellan\n"
      "50 och 64 år 58 32 därav 65\n"
      "år och över 8 4\n"
      "\n"
      "Antal avslutade klienter\n"
      "251 188 därav mellan 18 och\n"
      "29 år 53 51 därav mellan\n"
      "30 och 49 år 120 85 därav\n"
      "mellan 50 och 64 år 67 46\n"
      "därav 65 år och över 11\n";
  Document d;
  REQUIRE(ReadText(refilled, &d).ok());
  std::map<std::string, const Line*> by_first = ByFirstCell(d);
  const Line* name = by_first["Maria Moody K"];
  const Line* last = by_first["2. Klienter"];
  REQUIRE(name != nullptr);
  REQUIRE(last != nullptr);
  // A line inside its paragraph ends in the mark; a heading, a paragraph of
  // its own between blank lines, does not.
  CHECK(name->Text().find(kRefilledBreak) != std::string::npos);
  CHECK(last->Text().find(kRefilledBreak) == std::string::npos);
  // A note names the width.
  int width = 0;
  REQUIRE(d.warnings.size() == 1);
  CHECK(IsRefilledParagraphsNote(d.warnings[0], &width));
  CHECK(width == 29);
}
