// The text layout's joins of a paragraph's wrapped lines (wrapped_lines.cc:
// JoinWrapped, WrapWidth); a table's cells wrapped onto the lines under
// them: wrapped_lines_continuations_test.cc.
#include "read/text/wrapped_lines.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "read/text/text_layout.h"
#include "test_support.h"
#include "text_layout_test_support.h"

namespace wrapped_lines_test {

using namespace redovis;
using namespace redovis::testing;

TEST_CASE("layout: a wrapped paragraph is joined, separate short lines are not") {
  std::vector<Line> out =
      LayOutText(Lines("Ser ni några tendenser till förändring vad gäller orsaken till att\n"
                       "klienter tar kontakt med personligt ombud?\n"
                       "\n"
                       "Utbildning\n"
                       "Ombuden har erbjudits utbildning.\n"
                       "Om ja, ange vilka.\n"));
  REQUIRE(out.size() == 5);
  CHECK(Texts(out[0]) ==
        V{"Ser ni några tendenser till förändring vad gäller orsaken till att klienter tar "
          "kontakt med personligt ombud?"});
  CHECK(Texts(out[2]) == V{"Utbildning"});
  CHECK(Texts(out[3]) == V{"Ombuden har erbjudits utbildning."});
  CHECK(Texts(out[4]) == V{"Om ja, ange vilka."});
}

TEST_CASE("layout: a question or a label ends its line; the answer after it is not joined") {
  // The widest line ends in '?': the next line's first word would not have
  // fitted after it, yet it is the answer, not the question's rest.
  std::vector<Line> out =
      LayOutText(Lines("Om ja, ange hur Coronapandemin har påverkat er verksamhet med ombud?\n"
                       "X Verksamheten har fått flera klienter\n"
                       "Kontaktperson, namn och titel:\n"
                       "Anna Andersson, enhetschef\n"));
  REQUIRE(out.size() == 4);
  CHECK(Texts(out[1]) == V{"X Verksamheten har fått flera klienter"});
  CHECK(Texts(out[3]) == V{"Anna Andersson, enhetschef"});
}

TEST_CASE("layout: rows of a table of counts or of labels are not joined") {
  std::vector<Line> out =
      LayOutText(Lines("Totalt antal klienter      29     5\n"
                       "därav mellan 18 och 29 år  14     2\n"
                       "Utdelningsadress           Postnummer\n"
                       "Kontaktperson Inga Nilsson Avdelning/Enhet Socialförvaltningen\n"
                       "Ombuden har erbjudits utbildning.    X\n"
                       "Om ja, ange vilka.\n"));
  CHECK(out.size() == 6);
}

TEST_CASE("layout: an empty row's label under a row of the same first word is a row of its own") {
  // The 65-plus row left empty under the 50-64 row: lower case, yet the next
  // row ("därav ..."), not the wrap of the label above; a wrap in lower case
  // still goes on.
  std::vector<Line> out =
      LayOutText(Lines("därav mellan 50 och 64 år                6         0\n"
                       "därav 65 år och över\n"
                       "\n"
                       "Antal klienter som helt eller delvis har   10        8\n"
                       "hemmavarande barn under 18 år\n"));
  REQUIRE(out.size() == 4);
  CHECK(Texts(out[0]) == V{"därav mellan 50 och 64 år", "6", "0"});
  CHECK(Texts(out[1]) == V{"därav 65 år och över"});
  CHECK(Texts(out[3]) ==
        V{"Antal klienter som helt eller delvis har hemmavarande barn under 18 år", "10", "8"});
}

TEST_CASE("layout: a word broken in a narrow column header is joined whole") {
  std::vector<Line> out =
      LayOutText(Lines("Klienter med hemmavarande barn      Kvinn     Män\n"
                       "                                    or\n"));
  REQUIRE(out.size() == 1);
  CHECK(Texts(out[0]) == V{"Klienter med hemmavarande barn", "Kvinnor", "Män"});
}

TEST_CASE("layout: an address broken at a hyphen is not joined") {
  std::vector<Line> out =
      LayOutText(Lines("Telefon (inkl. riktnummer) 060-16 34 92     E-postadress inga-\n"
                       "                                            lill.nilsson@timra.se\n"));
  REQUIRE(out.size() == 2);
  CHECK(Texts(out[0])[1] == "E-postadress inga-");
  CHECK(Texts(out[1]) == V{"lill.nilsson@timra.se"});
}

TEST_CASE("layout: a count or a box alone on its line is never a paragraph's start") {
  // A table written one cell per line (LibreOffice's text export): the count
  // and the next row's label in lower case are two cells, not one paragraph.
  std::vector<Line> out = LayOutText(
      Lines("Ser ni några tendenser till förändring vad gäller vilka grupper inom målgruppen\n"
            "\n"
            "Totalt antal klienter\n"
            "17\n"
            "därav mellan 18 och 29 år\n"
            "☒\n"
            "om ja, ange vilken\n"));
  REQUIRE(out.size() == 7);
  CHECK(Texts(out[3]) == V{"17"});
  CHECK(Texts(out[4]) == V{"därav mellan 18 och 29 år"});
  CHECK(Texts(out[5]) == V{"☒"});
  CHECK(Texts(out[6]) == V{"om ja, ange vilken"});
}

TEST_CASE("layout: a line that goes on in lower case is one paragraph") {
  std::vector<Line> out = LayOutText(
      Lines("Ser ni några tendenser till förändring vad gäller vilka grupper inom målgruppen\n"
            "som tar kontakt?\n"
            "\n"
            "4. Tillgång\n"
            "till personligt ombud\n"
            "\n"
            "Fråga ett.\n"
            "svar med liten bokstav\n"));
  REQUIRE(out.size() == 6);
  CHECK(Texts(out[0])[0] ==
        "Ser ni några tendenser till förändring vad gäller vilka grupper inom målgruppen som tar "
        "kontakt?");
  CHECK(Texts(out[2]) == V{"4. Tillgång till personligt ombud"});
  CHECK(Texts(out[4]) == V{"Fråga ett."});
}

TEST_CASE("layout: 'Label: value' entries typed one per line are not one paragraph") {
  // A lower-case line after a short 'Label: value' line is the next entry,
  // not the rest of the first.
  std::vector<Line> out =
      LayOutText(Lines("Ange antal klienter som fått stöd av personligt ombud under året 2021.\n\n"
                       "Totalt antal klienter: kvinnor 30, män 17\n"
                       "därav mellan 18 och 29 år: kvinnor 9, män 5\n"));
  REQUIRE(out.size() == 4);
  CHECK(Texts(out[2]) == V{"Totalt antal klienter: kvinnor 30, män 17"});
  CHECK(Texts(out[3]) == V{"därav mellan 18 och 29 år: kvinnor 9, män 5"});
}

// The clients section's instruction, typed as one line, and a blank line:
// what a retyped form's rows of counts follow.
const std::string kClientsIntro =
    "Ange antal klienter som fått stöd av personligt ombud. Varje person (klient) som har fått "
    "stöd av personligt ombud ska redovisas endast en gång per år.\n\n";

TEST_CASE("layout: a row of counts without its colon, an entry after it: two rows") {
  // A retyped row whose label has no colon ends in two counts with their
  // column words; the lower-case entry after it, ending so, is the next row.
  // (Typed without wrapping: the rows are short beside the widest line.)
  std::vector<Line> out =
      LayOutText(Lines(kClientsIntro + "Totalt antal klienter 267 kvinnor och 181 män\n"
                                       "därav mellan 18 och 29 år: 55 kvinnor och 50 män\n"));
  REQUIRE(out.size() == 4);
  CHECK(Texts(out[2]) == V{"Totalt antal klienter 267 kvinnor och 181 män"});
  CHECK(Texts(out[3]) == V{"därav mellan 18 och 29 år: 55 kvinnor och 50 män"});
  // The next row without its colon: numbers in its label too.
  std::vector<Line> bare =
      LayOutText(Lines(kClientsIntro + "Totalt antal klienter 267 kvinnor och 181 män\n"
                                       "därav mellan 18 och 29 år 55 kvinnor och 50 män\n"));
  REQUIRE(bare.size() == 4);
  CHECK(Texts(bare[3]) == V{"därav mellan 18 och 29 år 55 kvinnor och 50 män"});
  // Its ages written as a range: a number of its label too.
  std::vector<Line> range =
      LayOutText(Lines(kClientsIntro + "därav mellan 30 och 49 år 7 kvinnor och 3 män\n"
                                       "varav 50-64 år 3 kvinnor och 2 män\n"));
  REQUIRE(range.size() == 4);
  CHECK(Texts(range[3]) == V{"varav 50-64 år 3 kvinnor och 2 män"});
  // A question wrapped before its answer's colon goes on: one number in its
  // last words is no row of counts.
  std::vector<Line> wrapped = LayOutText(
      Lines(kClientsIntro + "Antal klienter som har hemmavarande barn under 18 år vilka är kända\n"
                            "för verksamheten: 10 kvinnor och 8 män\n"));
  REQUIRE(wrapped.size() == 3);
  CHECK(Texts(wrapped[2]) == V{"Antal klienter som har hemmavarande barn under 18 år vilka är "
                               "kända för verksamheten: 10 kvinnor och 8 män"});
}

TEST_CASE("layout: 'Label - value' entries typed one per line are not one paragraph") {
  // A dash set off by spaces as the colon: the lower-case line after it is
  // the next entry. A label of five words or more before a dash is a
  // sentence's clause, and the line after it goes on as before.
  // (Typed without wrapping: the entries are short beside the widest line.)
  std::vector<Line> out =
      LayOutText(Lines(kClientsIntro + "Totala antalet klienter - 267 kvinnor och 181 män\n"
                                       "varav 18-29 år: 55 kvinnor och 50 män\n"));
  REQUIRE(out.size() == 4);
  CHECK(Texts(out[2]) == V{"Totala antalet klienter - 267 kvinnor och 181 män"});
  CHECK(Texts(out[3]) == V{"varav 18-29 år: 55 kvinnor och 50 män"});
  std::vector<Line> prose =
      LayOutText(Lines(kClientsIntro + "Vi har under hela året haft - som tidigare\n"
                                       "år - många klienter\n"));
  REQUIRE(prose.size() == 3);
  CHECK(Texts(prose[2]) == V{"Vi har under hela året haft - som tidigare år - många klienter"});
}

TEST_CASE("layout: rows typed one per line, each ending in its counts, are not one paragraph") {
  // No colon: the label, the column words and the counts run on; the next
  // row's label starts in lower case. A line ending in a number followed by
  // a wrapped word ("... 18 och 29" / "år") is still one label.
  std::vector<Line> out =
      LayOutText(Lines("Ange antal klienter som fått stöd av personligt ombud under året 2021.\n\n"
                       "Totalt antal klienter kvinnor 40 män 22\n"
                       "varav 18-29 år kvinnor 10 män 6\n"
                       "därav mellan 30 och 49 år kvinnor 18 män 9\n\n"
                       "därav mellan 18 och 29\n"
                       "år\n"));
  REQUIRE(out.size() == 7);
  CHECK(Texts(out[2]) == V{"Totalt antal klienter kvinnor 40 män 22"});
  CHECK(Texts(out[3]) == V{"varav 18-29 år kvinnor 10 män 6"});
  CHECK(Texts(out[4]) == V{"därav mellan 30 och 49 år kvinnor 18 män 9"});
  CHECK(Texts(out[6]) == V{"därav mellan 18 och 29 år"});
}

TEST_CASE("layout: a row's two counts one space apart end it; the empty row after is its own") {
  // `tr -s ' '` of a laid-out table: the label, then the cells one space
  // apart; the next row, its cells empty, starts in lower case. A line
  // ending in one count with a word before it still goes on.
  std::vector<Line> out =
      LayOutText(Lines("Ange antal klienter som fått stöd av personligt ombud under året 2021.\n\n"
                       "därav mellan 50 och 64 år 6 0\n"
                       "därav 65 år och över\n\n"
                       "Vi har haft fler klienter i år, varav 12\n"
                       "har barn.\n"));
  REQUIRE(out.size() == 6);
  CHECK(Texts(out[2]) == V{"därav mellan 50 och 64 år 6 0"});
  CHECK(Texts(out[3]) == V{"därav 65 år och över"});
  CHECK(Texts(out[5]) == V{"Vi har haft fler klienter i år, varav 12 har barn."});
}

TEST_CASE("layout: unwrapped text: a sentence's end and a capitalised line are not joined") {
  // Typed without wrapping: the widest line is a whole paragraph, and the
  // label after it starts a line of its own.
  std::vector<Line> out =
      LayOutText(Lines("Om ja, ange vilken/vilka utbildningar. Kurser i bemötande, samtal och "
                       "motiverande samtal under hela året 2021.\n"
                       "Om nej, ange varför.\n"));
  REQUIRE(out.size() == 2);
  CHECK(Texts(out[1]) == V{"Om nej, ange varför."});
}

TEST_CASE("layout: a section's number alone on its line is one heading with its title") {
  G g = Grid(
      LayOutText(Lines("Fler unga vuxna mellan 18 och 29 år tar kontakt bland de nya klienterna.\n"
                       "\n"
                       "[bookmark: _Hlk496862138]4.\n"
                       "Tillgång till personligt ombud\n"
                       "Ja\n")));
  REQUIRE(g.size() == 4);
  CHECK(g[2] == V{"[bookmark: _Hlk496862138]4. Tillgång till personligt ombud"});
  CHECK(g[3] == V{"Ja"});
  // A count alone is no section's number; a number with more after it neither.
  G other = Grid(
      LayOutText(Lines("Fler unga vuxna mellan 18 och 29 år tar kontakt bland de nya klienterna.\n"
                       "2019\nTillgång\n4. Klienter\nTillgång\n")));
  CHECK(other.size() == 5);
}

TEST_CASE("layout: a long question wrapped before a year goes on on the year's line") {
  // The page's widest line is wider than the question's: its next word would
  // have fitted, so only the words show that it goes on.
  const std::string wide =
      "Ökad komplexitet i flera ärenden, många lider av samsjuklighet, psykisk ohälsa, fysisk "
      "ohälsa "
      "och missbruk, med mera, och fler som söker stöd i kontakten med myndigheter.\n\n";
  const std::string question =
      "Ser ni några tendenser till förändring vad gäller orsaken till att klienter tar kontakt med "
      "personligt ombud under\n";
  G g = Grid(LayOutText(Lines(wide + question +
                              "2020? I så fall, på vilket sätt?\n"
                              "\n"
                              "Större utsträckning de problem.\n")));
  REQUIRE(g.size() == 5);
  CHECK(g[2][0].find("under 2020? I så fall") != std::string::npos);
  // A count alone under it is not its words.
  G count = Grid(LayOutText(Lines(wide + question + "2020\n")));
  CHECK(count.size() == 4);
}

TEST_CASE("layout: a capitalised 'Label: value' line after the widest line is its own entry") {
  G g =
      Grid(LayOutText(Lines("Kontaktuppgifter till den kommun som beviljats statsbidraget\n"
                            "Kommun: Tyresö\n")));
  CHECK(g ==
        G{{"Kontaktuppgifter till den kommun som beviljats statsbidraget"}, {"Kommun: Tyresö"}});
}

TEST_CASE("layout: a numbered question after a long line starts a line of its own") {
  std::vector<Line> out =
      LayOutText(Lines("Ombuden har erbjudits utbildning under det gångna året: Ja\n"
                       "1.3 Om ja, ange vilken/vilka utbildningar: Grundutbildning.\n"
                       "Ser ni några tendenser till förändring vad gäller orsaken under\n"
                       "2020? I så fall, på vilket sätt?\n"));
  REQUIRE(out.size() == 3);
  CHECK(Texts(out[1]) == V{"1.3 Om ja, ange vilken/vilka utbildningar: Grundutbildning."});
  CHECK(Texts(out[2]) ==
        V{"Ser ni några tendenser till förändring vad gäller orsaken under 2020? I så fall, på "
          "vilket sätt?"});
}

TEST_CASE("layout: a question numbered with a letter starts a line of its own") {
  std::vector<Line> out = LayOutText(
      Lines("4a) Har ni under 2021 haft kö eller väntetid för personer (uppdragsgivare) som söker "
            "kontakt med personliga ombud? Delvis\n"
            "4b) Om ja, uppskatta hur lång väntetiden har varit under 2021: 4-6 veckor.\n"
            "h) Telefon (inkl. riktnummer): 08-578 294 91\n"
            "i) E-postadress: info@tyreso.se\n"));
  REQUIRE(out.size() == 4);
  CHECK(Texts(out[1]) ==
        V{"4b) Om ja, uppskatta hur lång väntetiden har varit under 2021: 4-6 veckor."});
  CHECK(Texts(out[3]) == V{"i) E-postadress: info@tyreso.se"});
}

TEST_CASE("layout: a wrapped list that ends a line in a comma goes on at a capitalised line") {
  // pandoc's text wrapped at 72 columns, then `fold -s -w 60`: the list's
  // first line broken again, its tail on a short line of its own.
  std::vector<Line> out =
      LayOutText(Lines("Den eller de kommuner, förutom redovisande kommun, som\n"
                       "\n"
                       "Sala, Köping, Arboga, Kungsör, Hallstahammar, Surahammar, \n"
                       "Norberg,\n"
                       "Fagersta och Skinnskatteberg.\n"
                       "\n"
                       "Kommun,\n"
                       "Nämnd\n"));
  REQUIRE(out.size() == 6);
  CHECK(Texts(out[2]) == V{"Sala, Köping, Arboga, Kungsör, Hallstahammar, Surahammar, Norberg, "
                           "Fagersta och Skinnskatteberg."});
  // A line of its own that ends in a comma is no wrapped paragraph.
  CHECK(Texts(out[4]) == V{"Kommun,"});
  CHECK(Texts(out[5]) == V{"Nämnd"});
}

TEST_CASE("layout: a long line of a list ending in a comma goes on at the next line") {
  // `fmt` fills its lines short of the width: the list's line ends where the
  // next name would still have fitted, and the next line starts with a name.
  std::vector<Line> out =
      LayOutText(Lines("Personligt ombud är en länsövergripande verksamhet för personer med\n"
                       "psykisk funktionsnedsättning.\n"
                       "\n"
                       "Kommun/kommuner\n"
                       "Sala, Köping, Arboga, Kungsör, Hallstahammar, Surahammar,\n"
                       "Norberg, Fagersta och Skinnskatteberg.\n"
                       "\n"
                       "Kommun,\n"
                       "Nämnd\n"));
  REQUIRE(out.size() == 7);
  CHECK(Texts(out[3]) == V{"Sala, Köping, Arboga, Kungsör, Hallstahammar, Surahammar, Norberg, "
                           "Fagersta och Skinnskatteberg."});
  // A short line ending in a comma is no list's line.
  CHECK(Texts(out[5]) == V{"Kommun,"});
  CHECK(Texts(out[6]) == V{"Nämnd"});
}

TEST_CASE("layout: a rule of dashes is no paragraph's width") {
  // A table's rule left over (a page's header broke its table) is wider than
  // the text: the paragraph is still wrapped at the width of its words.
  std::vector<Line> out = LayOutText(
      Lines("  ------------------------------------------------------------------------------\n"
            "\n"
            "Sala, Köping, Arboga, Kungsör, Hallstahammar, Surahammar, Norberg,\n"
            "Fagersta och Skinnskatteberg.\n"
            "\n"
            "Ange antal tjänster med två decimaler och kontrollera summan nedan.\n"));
  REQUIRE(out.size() == 5);
  CHECK(Texts(out[2]) == V{"Sala, Köping, Arboga, Kungsör, Hallstahammar, Surahammar, Norberg, "
                           "Fagersta och Skinnskatteberg."});
}

TEST_CASE("layout: a line whose letters are none of them ASCII is a paragraph's width") {
  // The widest line, twelve words of letters outside ASCII (83 columns), is
  // a line of words: its width is the paragraph's, and "Fagersta" would have
  // fitted after "Norberg", so the two lines below are not one paragraph.
  std::string widest = "\u00c5\u00c4\u00d6\u00c5\u00c4\u00d6";
  for (int k = 0; k < 11; ++k) widest += " \u00e5\u00e4\u00f6\u00e5\u00e4\u00f6";
  const std::string first = "Kommunerna Sala K\u00f6ping Arboga Kungs\u00f6r Hallstahammar Norberg";
  std::vector<Line> out =
      LayOutText(Lines(widest + "\n\n" + first + "\nFagersta och Skinnskatteberg.\n"));
  REQUIRE(out.size() == 4);
  CHECK(Texts(out[2]) == V{first});
}

TEST_CASE("layout: a word longer than a narrow wrap, alone on its line, is not its width") {
  // pandoc at 20 columns leaves an e-mail address of 31 on a line of its
  // own: the column's own wrap is shown by the lines that hold a break
  // between words (20), else no line is taken for wrapped (31 shows no
  // narrow wrap, and is short of the 40 of a wide one).
  std::vector<Line> out =
      LayOutText(Lines("Sänds in via e-post\n"
                       "till;\n"
                       "vasternorrland@lansstyrelsen.se\n"
                       "\n"
                       "Ser ni några\n"
                       "tendenser till\n"
                       "förändring vad\n"
                       "gäller orsaken till\n"
                       "att klienter tar\n"
                       "kontakt med\n"
                       "personligt ombud\n"
                       "under 2020? I så\n"
                       "fall, på vilket\n"
                       "sätt?\n"
                       "\n"
                       "Svårare att få rätt\n"
                       "stöd och hjälp från\n"
                       "myndigheterna då det\n"
                       "ställs högre krav\n"
                       "från myndigheternas\n"
                       "sida.\n"));
  REQUIRE(out.size() == 5);
  CHECK(Texts(out[0]) == V{"Sänds in via e-post till; vasternorrland@lansstyrelsen.se"});
  CHECK(Texts(out[2]) == V{"Ser ni några tendenser till förändring vad gäller orsaken till att "
                           "klienter tar kontakt med personligt ombud under 2020? I så fall, på "
                           "vilket sätt?"});
  CHECK(Texts(out[4]) == V{"Svårare att få rätt stöd och hjälp från myndigheterna då det ställs "
                           "högre krav från myndigheternas sida."});
}

TEST_CASE("layout: paragraphs wrapped narrow at the margin are joined under a wider table") {
  // pandoc at 30 columns: the paragraphs at the margin wrap at 30, a table's
  // one-cell line, indented under its rule, is wider: the margin's own width
  // is the paragraphs' (they show it, line after line).
  std::vector<Line> out =
      LayOutText(Lines("Personligt ombud är en\n"
                       "länsövergripande verksamhet\n"
                       "för personer över 18 år som\n"
                       "har en psykisk\n"
                       "funktionsnedsättning samt\n"
                       "betydande och väsentliga\n"
                       "svårigheter att utföra\n"
                       "aktiviteter på viktiga\n"
                       "livsområden.\n"
                       "\n"
                       "Verksamheten utförs av vård-\n"
                       "och omsorgsförvaltningen,\n"
                       "Västerås stad. Funktionen\n"
                       "består av 10 personliga ombud.\n"
                       "\n"
                       "  Kontaktperson Susanne Aspling Björkstén Avdelning/Enhet\n"
                       "\n"
                       "Den eller de kommuner, förutom\n"
                       "redovisande kommun, som\n"
                       "redovisningen omfattar\n"
                       "\n"
                       "Kommun/kommuner\n"
                       "\n"
                       "Sala, Köping, Arboga, Kungsör,\n"
                       "Hallstahammar, Surahammar,\n"
                       "Norberg, Fagersta och\n"
                       "Skinnskatteberg.\n"));
  std::vector<std::string> texts;
  for (const Line& l : out)
    if (!l.cells.empty()) texts.push_back(l.cells[0].text);
  CHECK(std::find(texts.begin(), texts.end(),
                  "Den eller de kommuner, förutom redovisande kommun, som redovisningen "
                  "omfattar") != texts.end());
  CHECK(std::find(texts.begin(), texts.end(), "Kommun/kommuner") != texts.end());
  CHECK(std::find(texts.begin(), texts.end(),
                  "Sala, Köping, Arboga, Kungsör, Hallstahammar, Surahammar, Norberg, Fagersta "
                  "och Skinnskatteberg.") != texts.end());
}

TEST_CASE("layout: each row's label over its counts: the next row's label is not their rest") {
  // Typed as answers under questions, one a line: the label and its counts
  // are one row, the next label (in lower case) starts the next.
  std::vector<Line> out =
      LayOutText(Lines("Ange antal klienter som fått stöd av personligt ombud under året 2020.\n\n"
                       "Totalt antal klienter\nkvinnor 29, män 5\n"
                       "därav mellan 18 och 29 år\nkvinnor 14, män 2\n"
                       "därav mellan 30 och 49 år\nkvinnor 9, män 3\n"));
  REQUIRE(out.size() == 5);
  CHECK(Texts(out[2]) == V{"Totalt antal klienter kvinnor 29, män 5"});
  CHECK(Texts(out[3]) == V{"därav mellan 18 och 29 år kvinnor 14, män 2"});
  CHECK(Texts(out[4]) == V{"därav mellan 30 och 49 år kvinnor 9, män 3"});
}

TEST_CASE("layout: a list item after its box or number is never the rest of the line above") {
  // The instruction is the widest line: the item's first word would not
  // have fitted on it, yet the item starts a line of its own.
  std::vector<Line> out = LayOutText(
      Lines("Ange vem som är utförare av verksamheten med personligt ombud i er kommun\n"
            "[X] Kommun\n[ ] Förening\n"
            "Ange vilka myndigheter som ingår i ledningsgruppen och i vilken roll de är\n"
            "1. Kommun/kommuner\n2. Arbetsförmedlingen\n"
            "Om ja, ange vilken/vilka utbildningar som ombuden har gått under året (Ja)\n"
            "5. Organisation, ledning och samverkan\n"));
  REQUIRE(out.size() == 8);
  CHECK(Texts(out[1]) == V{"[X] Kommun"});
  CHECK(Texts(out[4]) == V{"1. Kommun/kommuner"});
  CHECK(Texts(out[7]) == V{"5. Organisation, ledning och samverkan"});
}

TEST_CASE("layout: an item after a typed x is never the rest of the line above") {
  // make_variant_samples' retyped form: the corona options as the seed
  // wrote them, "x" and a space before each ticked one; the longest is the
  // text's widest line. A small word after the x is a sentence's (no item).
  std::vector<Line> out = LayOutText(
      Lines("Verksamheten för personliga ombud har tillhandahållit ett ökat utbud av stöd\n"
            "x Verksamheten för personliga ombud har tillhandahållit ett minskat utbud\n"
            "Vi har inte kunna erbjuda planerade utbildningar till personliga ombud\n"
            "X Annan förändring, ange vad:\n"));
  REQUIRE(out.size() == 4);
  CHECK(Texts(out[1]) ==
        V{"x Verksamheten för personliga ombud har tillhandahållit ett minskat utbud"});
  CHECK(Texts(out[3]) == V{"X Annan förändring, ange vad:"});
  std::vector<Line> joined =
      LayOutText(Lines("Handläggningstiderna hos Försäkringskassan har blivit längre och därför\n"
                       "x antal klienter har väntat längre på sina beslut än tidigare år.\n"));
  CHECK(joined.size() == 1);
}

TEST_CASE("layout: html2text's box cut to its first two bytes starts an item of its own") {
  // `html2text -utf8` of LibreOffice's HTML: a ticked box "*", an empty one
  // "⁰" in a column two bytes wide, cut to E2 81 and glued to the option's
  // words (the decoder's '?' each byte). The ticked option's line is the
  // widest, but the next option is no rest of it.
  std::vector<Line> out = LayOutText(
      Lines("* Vi har sett en minskad efterfrågan av stödinsatser från personliga ombud\n"
            "??Verksamheten för personliga ombud har tillhandahållit ett ökat utbud av\n"
            "  stödinsatser till klienterna\n"
            "??Vi har inte kunna erbjuda planerade utbildningar till personliga ombud\n"));
  REQUIRE(out.size() >= 3);
  CHECK(Texts(out[0]) ==
        V{"* Vi har sett en minskad efterfrågan av stödinsatser från personliga ombud"});
  CHECK(Texts(out[1])[0].rfind("??Verksamheten", 0) == 0);
}

TEST_CASE("layout: counts one a line under their labels show no narrow wrap") {
  // pdftotext -layout -fixed 3: a table's labels and counts one cell a line
  // in one column. A count is too long to have fitted on its label's line,
  // yet it is a cell of its own: the column shows no wrap of its own, and
  // no count is joined to its label (which would shift the next one up).
  std::string text =
      "Ange antal klienter som fått stöd av personligt ombud under året, fördelat\n\n";
  for (int i = 0; i < 4; ++i)
    for (const char* label :
         {"därav mellan 18 och 29 år", "därav mellan 30 och 49 år", "därav mellan 50 och 64 år"})
      text += std::string(20, ' ') + label + "\n" + std::string(20, ' ') + "18\n" +
              std::string(20, ' ') + "9\n\n";
  std::vector<Line> out = LayOutText(Lines(text));
  int labels = 0, counts = 0;
  for (const Line& l : out) {
    if (l.cells.empty()) continue;
    const std::string& t = l.cells[0].text;
    CHECK_MESSAGE(t.find("år 18") == std::string::npos, t);
    labels += t.rfind("därav", 0) == 0;
    counts += t == "18";
  }
  CHECK(labels == 12);
  CHECK(counts == 12);
}

TEST_CASE("layout: a footnote that ended its sentence is not joined with the text after it") {
  // ps2ascii prints a page's foot where it falls in the text, with no form
  // feed: the note between an answer's lines, which go on in lower case.
  std::vector<Line> out = LayOutText(
      Lines("Ekonomi, utförsäkring från FK, flera som får avslag på aktivitetsersättning och\n"
            "² Inkluderar även barn till maka/make/reg. partner/sambo som är hemmavarande.\n"
            "sjukersättning vid ansökan om förlängning, längre handläggningstider när det\n"
            "gäller arbetsträning, kurser och att få insatsen SIUS.\n"));
  REQUIRE(out.size() == 3);
  CHECK(Texts(out[1]) ==
        V{"² Inkluderar även barn till maka/make/reg. partner/sambo som är hemmavarande."});
  SUBCASE("a label wrapped before its reference mark goes on with it") {
    std::vector<Line> label = LayOutText(
        Lines("Antal klienter som, helt eller delvis, har hemmavarande barn under 18 år\n"
              "² vilka är kända för verksamheten.\n"));
    REQUIRE(label.size() == 1);
  }
  SUBCASE("a note wrapped mid-sentence is still one note") {
    std::vector<Line> note = LayOutText(
        Lines("¹ Anges med två decimaler. För ett ombud på heltid (40 timmar i veckan) och ett\n"
              "på halvtid (20 timmar i veckan) anges 1,50.\n"));
    REQUIRE(note.size() == 1);
  }
}

TEST_CASE("layout: in a text whose letters were lost to '?', a '?' after a letter ends no cell") {
  // iconv to ASCII under LC_ALL=C made every å, ä, ö '?': "Tyres?" is
  // Tyresö, its cell going on at "kommun" under it, as in the text with its
  // marks. In a text that kept them, a cell ending in '?' has asked its
  // question: the lower-case line under it is not its rest.
  const std::string layout =
      "L?nsstyrelsen i Stockholms l?n\n"
      "Kommun Tyres?\n"
      "Utdelningsadress Tyres?        Postnummer 13581        Postort Tyres?\n"
      "kommun\n"
      "N?mnd Arbetsmarknads- och      Avdelning/Enhet Arbetsmarknads- och\n"
      "socialn?mnden                  socialf?rvaltningen\n";
  std::vector<Line> out = LayOutText(Lines(layout));
  REQUIRE(out.size() == 4);
  CHECK(Texts(out[2]) == V{"Utdelningsadress Tyres? kommun", "Postnummer 13581", "Postort Tyres?"});
  std::vector<Line> kept =
      LayOutText(Lines("Länsstyrelsen i Stockholms län\n"
                       "Har ni kö?                     Postnummer 13581        Postort Tyresö\n"
                       "kommun\n"));
  REQUIRE(kept.size() == 3);
  CHECK(Texts(kept[2]) == V{"kommun"});
}

TEST_CASE("layout: a rule without a letter or a digit joins nothing and takes nothing") {
  // w3m's dump of pdftohtml's HTML: each page's <hr> a line of rule as wide
  // as its columns, between two labels of the grant's table. Before, the
  // rule and the next label were joined onto the heading above as its wrap.
  std::vector<Line> out =
      LayOutText(Lines("Ange beviljat statsbidrag och årsanställningar i kommunen.\n"
                       "Förbrukat statsbidrag\n" +
                       std::string(60, '-') + "\nFörbrukat statsbidrag, kr\n"));
  REQUIRE(out.size() == 4);
  CHECK(Texts(out[1]) == V{"Förbrukat statsbidrag"});
  CHECK(Texts(out[3]) == V{"Förbrukat statsbidrag, kr"});
}

TEST_CASE("layout: words parted by no-break spaces are words, not one long word") {
  // pdftohtml writes every space between words as &#160;, and html2text and
  // w3m keep them. The last line's first word is "Statsbidrag", which fits
  // after "Nej": no wrap of it. A line of such words is a line of two
  // words or more: the column's wrap is the widest of them, not that of
  // its one line with plain spaces (36 columns), past which each would
  // have been taken for a wrap and joined to the next.
  const std::string nb = "\xC2\xA0";
  auto words = [&](const std::string& s) {
    std::string out;
    for (char c : s) out += c == ' ' ? nb : std::string(1, c);
    return out;
  };
  const std::vector<std::string> runs = {
      "Om annan utförare än kommunen, ange organisationens namn",
      "Ange vilka myndigheter som ingår i ledningsgruppen",
      "Ange vilka organisationer som ingår i ledningsgruppen",
      "Tendenser till förändring av orsaker till kontakt",
      "Tendenser till förändring av vilka grupper som tar kontakt",
      "Har ni bedömningsriktlinjer eller prioriteringsordning",
      "Den eller de kommuner som redovisningen omfattar",
      "Kontaktuppgifter till den kommun som beviljats statsbidraget"};
  const std::string last = "Statsbidrag till kommuner som bedriver verksamhet med personligt ombud";
  std::string text;
  for (const std::string& r : runs) text += words(r) + "\n";
  text += "Delvis (t.ex. om det är kö i 3 av 12\nJa\nNej\n" + words(last) + "\n";
  std::vector<Line> out = LayOutText(Lines(text));
  REQUIRE(out.size() == runs.size() + 4);
  for (size_t k = 0; k < runs.size(); ++k) CHECK(Texts(out[k]) == V{words(runs[k])});
  CHECK(Texts(out[runs.size() + 2]) == V{"Nej"});
  CHECK(Texts(out[runs.size() + 3]) == V{words(last)});
}

TEST_CASE("layout: two rows' labels opening with the same word are not one line") {
  // pdftohtml's page through w3m, a row left empty: its label alone, then
  // the next row's label and counts, a cell a line. Joined, the second
  // row's counts were read as the first's.
  std::vector<Line> out = LayOutText(
      Lines("Ange antal klienter som fått stöd av personligt ombud. Varje person (klient) som "
            "har fått stöd av personligt \nombud ska redovisas endast en gång per år.\n"
            "Kvinnor\nMän\ndärav mellan 30 och 49 år\n16\n10\ndärav mellan 50 och 64 år\n"
            "därav 65 år och över\n25\n21\n"));
  size_t at = 0;
  while (at < out.size() &&
         (out[at].cells.empty() || out[at].cells[0].text.rfind("därav mellan 50", 0) != 0))
    ++at;
  REQUIRE(at + 1 < out.size());
  CHECK(Texts(out[at]) == V{"därav mellan 50 och 64 år"});
  CHECK(Texts(out[at + 1]) == V{"därav 65 år och över"});
  // The same through html2text: its words parted by no-break spaces.
  std::vector<Line> nbsp =
      LayOutText(Lines("därav\u00a0mellan\u00a030\u00a0och\u00a049\u00a0år\n16\n10\n"
                       "därav\u00a0mellan\u00a050\u00a0och\u00a064\u00a0år\n"
                       "därav\u00a065\u00a0år\u00a0och\u00a0över\n25\n21\n"));
  CHECK(nbsp.size() == 7);
}

TEST_CASE("layout: an address alone on its line is no label's rest in lower case") {
  // pdftotext's raw order of a browser's print: the page's running footer
  // right after a table's last label. Joined, "Existentiella frågor
  // file:///..." matched no label, and the table's six other labels took its
  // columns' numbers as theirs.
  const std::string wide =
      "Ange orsaken/orsakerna till att nya klienter tar kontakt med verksamheten. Ange antalet "
      "orsaker.\n";
  std::vector<Line> out =
      LayOutText(Lines(wide + "Relationsfrågor\nExistentiella frågor\n"
                              "file:///C:/Users/handl/Documents/redovisning.html\n\nKvinnor\n6\n"));
  REQUIRE(out.size() >= 4);
  CHECK(Texts(out[2]) == V{"Existentiella frågor"});
  CHECK(Texts(out[3]) == V{"file:///C:/Users/handl/Documents/redovisning.html"});
  // A label's words still go on in lower case.
  out = LayOutText(Lines(wide + "Stöd i kontakten med\nmyndighet\n"));
  REQUIRE(out.size() == 2);
  CHECK(Texts(out[1]) == V{"Stöd i kontakten med myndighet"});
}

TEST_CASE("layout: an address alone goes on a label's line, not a paragraph already wrapped") {
  // PyMuPDF's sorted text: a cell wrapped over two lines, then the rest of an
  // address broken on a line above ("anna-lena.engs-"), which is another cell's.
  const std::string wide =
      "Telefon (inkl. riktnummer) 08- 5782 94 91 E-postadress anna-lena.engs- och mer text.\n";
  std::vector<Line> out =
      LayOutText(Lines(wide + "Nämnd Arbetsmarknads- och\nsocialnämnden\ntedt@tyreso.se\n"));
  REQUIRE(out.size() == 3);
  CHECK(Texts(out[1]) == V{"Nämnd Arbetsmarknads- och socialnämnden"});
  CHECK(Texts(out[2]) == V{"tedt@tyreso.se"});
  // Under a label's line of its own it is the label's answer, and after a
  // piece of an address broken at a hyphen it is that address's rest.
  out = LayOutText(Lines(wide + "E-postadress\nsociala@timra.se\n"));
  REQUIRE(out.size() == 2);
  CHECK(Texts(out[1]) == V{"E-postadress sociala@timra.se"});
  out = LayOutText(Lines(wide + "E-postadress\nanna.engs-\ntedt@tyreso.se\n"));
  REQUIRE(out.size() == 2);
  CHECK(Texts(out[1]) == V{"E-postadress anna.engs- tedt@tyreso.se"});
}

TEST_CASE("layout: a browser's footer address is no wrap of the line above, however long") {
  // PyMuPDF's text of a browser's print: an answer's last line, then the
  // page's footer. The address would not have fitted on the answer's line,
  // which shows no wrap: it is one long word.
  const std::string wide =
      "Ser ni några tendenser till förändring vad gäller vilka grupper inom målgruppen som tar "
      "kontakt?\n";
  std::vector<Line> out =
      LayOutText(Lines(
          wide + "Vi ser fler unga vuxna, ofta med neuropsykiatriska diagnoser, som tar kontakt.\n"
                 "file:///C:/Users/handl/Documents/redovisning.html\n6/11\n"));
  REQUIRE(out.size() >= 3);
  CHECK(Texts(out[1]) ==
        V{"Vi ser fler unga vuxna, ofta med neuropsykiatriska diagnoser, som tar kontakt."});
  CHECK(Texts(out[2]) == V{"file:///C:/Users/handl/Documents/redovisning.html"});
}

}  // namespace wrapped_lines_test
