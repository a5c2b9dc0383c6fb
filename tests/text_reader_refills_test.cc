// The text reader on text that another tool rewrapped, refilled, folded or
// tabbed (a reflow, `fold -s`, `fmt`, `unexpand`, catdoc's wrap at 72 bytes):
// text_reader_test.cc's cases for those, split out by concept.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "read/text/cut_lines.h"
#include "read/text/folded_lines.h"
#include "read/text/text_reader.h"
#include "test_support.h"

namespace text_reader_refills_test {

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
  // The lines left out say so, the table's blank line among them (their
  // text is not the file's blank); the lines read and around it do not.
  for (const Line& l : d.lines) {
    const bool left_out = l.number >= 3 && l.number <= 10;
    CHECK_MESSAGE((l.origin == kUnreadLineOrigin) == left_out, l.number);
  }
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

TEST_CASE("text reader: a text folded hard is joined where proven, its other rows not read") {
  // `fold -w 24` (bytes) of a laid-out page: rows cut inside their gap and
  // inside "å"; "Be" / "rg" cut inside a word, which a row that ended
  // at the width would look like as well.
  const std::string folded =
      "Kommun                  \nTimrå\n"
      "Postnummer              \n861 82\n"
      "Postort            Timr\xC3\n\xA5\n"
      "Telefon                 \n060-16 31 00\n"
      "E-postadress            \nanna@timra.se\n"
      "Kontaktperson    Anna Be\nrg\n"
      "Avdelning               \nSocialtjänsten\n";
  Document d;
  REQUIRE(ReadText(folded, &d).ok());
  std::map<std::string, const Line*> by_first = ByFirstCell(d);
  const Line* town = by_first["Postort"];
  REQUIRE(town != nullptr);
  REQUIRE(town->cells.size() == 2);
  CHECK(town->cells[1].text == "Timrå");
  CHECK(town->number == 5);  // as fold wrote it
  const Line* unit = by_first["Avdelning"];
  REQUIRE(unit != nullptr);
  REQUIRE(unit->cells.size() == 2);
  CHECK(unit->cells[1].text == "Socialtjänsten");
  // The row that may have ended at the width, and the line after it: no
  // cell of either is read.
  size_t marked = 0;
  for (const Line& l : d.lines)
    for (const Cell& c : l.cells)
      if (c.text.find(kCutLine) != std::string::npos) ++marked;
  CHECK(marked >= 2);
  const Line* person = by_first["Kontaktperson"];
  REQUIRE(person != nullptr);
  REQUIRE(person->cells.size() == 2);
  for (const Cell& c : person->cells)
    CHECK((c.text.empty() || c.text.find(kCutLine) != std::string::npos));
  size_t column = 0;
  bool folded_note = false;
  CHECK(std::any_of(d.warnings.begin(), d.warnings.end(), [&](const std::string& w) {
    return IsCutLinesNote(w, &column, &folded_note);
  }));
  CHECK(folded_note);
  // The same text damaged in transit: read as windows-1252 and written as
  // UTF-8 again, ☐'s byte 0x90 (undefined there) made U+FFFD. Refused as
  // before: the fold's split letter, now "Ã" / "¥", proves nothing here.
  std::string twice;
  for (unsigned char byte : folded + "Nej ☐\n") {
    if (byte < 0x80)
      twice += static_cast<char>(byte);
    else if (byte == 0x90)
      twice += "\uFFFD";
    else if (byte == 0x98)
      twice += "\u02DC";
    else  // Å, ä, ö, ☐'s other bytes: windows-1252 as Latin-1
      twice += {static_cast<char>(0xC0 | (byte >> 6)), static_cast<char>(0x80 | (byte & 0x3F))};
  }
  REQUIRE(twice.find("Timr\u00C3\n\u00A5") != std::string::npos);
  Document damaged;
  Status s = ReadText(twice, &damaged);
  CHECK_FALSE(s.ok());
  CHECK(s.code() == "lost_characters");
}

TEST_CASE("text reader: a laid-out page fmt refilled is not read as rows, and a note says so") {
  // `pdftotext -layout` through `fmt -w 100`: the city's row and the
  // contact's row joined, the page's first line joined after the last.
  Document d;
  REQUIRE(ReadText("Kontaktuppgifter till den kommun som beviljats statsbidraget\n"
                   "\n"
                   "Utdelningsadress Vård och Omsorgsförvaltningen,     Postnummer 721 87     "
                   "Postort\n"
                   "Stadshuset                                                              "
                   "VÄSTERÅS Kontaktperson\n"
                   "Susanne Aspling Björkstén      Avdelning/Enhet Personligt\n"
                   "\n"
                   "Ange antalet personliga ombud               7                   3\n"
                   "\n"
                   "                Ombuden har erbjudits utbildning.  X\n"
                   "\n"
                   "Träffar/Möten: Fysiskt (kontor, hemma hos klient eller annan plats)\n"
                   "Digitalt, Telefon.\n"
                   "\n"
                   "   Underskrift\n"
                   "   Datum\n"
                   "\n"
                   "    Namnförtydligande\n"
                   "\n"
                   "     Titel\n"
                   "\n"
                   "Länsstyrelsen i Västmanlands län 721 86 Västerås \fStatsbidrag avseende år "
                   "2021\n",
                   &d)
              .ok());
  std::string all;
  for (const Line& l : d.lines) all += l.Text() + "\n";
  CHECK(all.find("VÄSTERÅS") == std::string::npos);
  CHECK(all.find("Susanne") == std::string::npos);
  CHECK(all.find("utbildning") == std::string::npos);
  CHECK(all.find("Statsbidrag") == std::string::npos);
  // Lines alone are read; a paragraph of words alone keeps its words, each
  // line's end marked.
  CHECK(all.find("Ange antalet personliga ombud") != std::string::npos);
  CHECK(all.find("Namnförtydligande") != std::string::npos);
  CHECK(all.find(std::string("Telefon.") + kRefilledBreak) != std::string::npos);
  int width = 0;
  REQUIRE(d.warnings.size() == 1);
  CHECK(IsRefilledParagraphsNote(d.warnings[0], &width));
  CHECK(width == 94);
}

}  // namespace text_reader_refills_test
