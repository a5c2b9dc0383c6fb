// The text layout's joins of a table's cells wrapped onto the lines under
// them (wrapped_lines.cc: JoinContinuations, MayBeBrokenOff, MayHaveBroken);
// a paragraph's wrapped lines: wrapped_lines_test.cc.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "read/text/cut_lines.h"
#include "read/text/text_layout.h"
#include "read/text/wrapped_lines.h"
#include "test_support.h"
#include "text_layout_test_support.h"

namespace wrapped_lines_continuations_test {

using namespace redovis;
using namespace redovis::testing;

namespace {

// Line `number` of page 1, its cells' text at their columns (`x0`), each as
// wide as its characters.
Line row(int number, const std::vector<std::pair<std::string, double>>& cells) {
  Line l;
  l.number = number;
  l.page = 1;
  for (const auto& [text, x0] : cells) {
    Cell c;
    c.text = text;
    c.x0 = x0;
    c.x1 = x0 + static_cast<double>(Columns(text).size());
    l.cells.push_back(c);
  }
  return l;
}

}  // namespace

TEST_CASE("layout: table cells wrapped onto the next line are joined when the text goes on") {
  std::vector<Line> out = LayOutText(Lines(
      "Nämnd Nämnden för personer med       Telefon (inkl. riktnummer) 021-   E-postadress\n"
      "funktionsnedsättning                 39 00 00                          nf@vasteras.se\n"
      "Titel Enhetschef                     Tjänsteställe Socialtjänsten Timrå\n"
      "                                     Kommun\n"));
  REQUIRE(out.size() == 2);
  CHECK(Texts(out[0]) == V{"Nämnd Nämnden för personer med funktionsnedsättning",
                           "Telefon (inkl. riktnummer) 021- 39 00 00",
                           "E-postadress nf@vasteras.se"});
  CHECK(Texts(out[1]) == V{"Titel Enhetschef", "Tjänsteställe Socialtjänsten Timrå Kommun"});
}

TEST_CASE("layout: the next list item, its empty box typed as a space, is not an item's wrap") {
  // pdftotext -layout of a list of boxes, each ticked box retyped "X" and
  // each empty one a space: the unticked item stands where the ticked
  // item's wrap would. A capitalised line there is the next item; a line
  // going on in lower case is the wrap.
  std::vector<Line> out = LayOutText(
      Lines("X        Verksamheten har fått flera klienter som söker stöd och hjälp\n"
            "         Verksamheten har tillhandahållit ett ökat utbud av stödinsatser till\n"
            "         klienterna\n"
            "X        Verksamheten har ställt om och ändrat sina arbetssätt med klienterna\n"
            "         genom t.ex. fler telefonkontakter\n"));
  REQUIRE(out.size() >= 3);
  CHECK(Texts(out[0]) == V{"X", "Verksamheten har fått flera klienter som söker stöd och hjälp"});
  CHECK(Texts(out[1])[0].rfind("Verksamheten har tillhandahållit", 0) == 0);
  CHECK(Texts(out.back()) == V{"X",
                               "Verksamheten har ställt om och ändrat sina arbetssätt med "
                               "klienterna genom t.ex. fler telefonkontakter"});
}

TEST_CASE("layout: a column word under a header cell that runs over it is a column of its own") {
  // `pdftotext -layout -fixed 5`: the header's words overflow the next
  // column, whose word is pushed onto the lines under them, whole or broken
  for (const char* text : {"    Ja  Delvis (t.ex. om det är kö i 3 av 12\n"
                           "                                           Nej\n"
                           "        kommuner)\n"
                           "Har ni haft kö?\n",
                           "    Ja  Delvis (t.ex. om det är kö i 3 av 12\n"
                           "                                           N\n"
                           "        kommuner)                          ej\n"
                           "Har ni haft kö?\n"}) {
    CAPTURE(text);
    std::vector<Line> out = LayOutText(Lines(text));
    REQUIRE(out.size() == 2);
    CHECK(Texts(out[0]) == V{"Ja", "Delvis (t.ex. om det är kö i 3 av 12 kommuner)", "Nej"});
    CHECK(out[0].cells[1].x1 == 43);  // cut where the next column's word starts
    CHECK(out[0].cells[2].x0 == 43);
  }
  // a word at the overflowing cell's own start is its wrap; a word with no
  // line going on after it stays a line of its own
  CHECK(LayOutText(Lines("    Ja  Delvis (t.ex. om det är kö i 3 av 12\n"
                         "                                           Nej\n"
                         "\n"
                         "        kommuner)\n"))
            .size() == 4);
}

TEST_CASE("layout: a row's cell set a line under its first line: the row's wraps are joined") {
  // `pdftotext -layout -fixed 5`: a cell of one line stands centred beside
  // the row's cells of two, a line under their first
  std::vector<Line> out =
      LayOutText(Lines("Nämnd Arbetsmarknads-       Telefon 08- 5782 94\n"
                       "                                              E-postadress anna-engs-\n"
                       "och socialnämnden           91                tedt@tyreso.se\n"));
  REQUIRE(out.size() == 2);
  CHECK(Texts(out[0]) == V{"Nämnd Arbetsmarknads- och socialnämnden", "Telefon 08- 5782 94 91",
                           "E-postadress anna-engs-"});
  CHECK(Texts(out[1]) == V{"tedt@tyreso.se"});
  out =
      LayOutText(Lines("Nämnd Nämnden för personer med    Telefon (inkl. riktnummer) 021-\n"
                       "                                                E-postadress\n"
                       "funktionsnedsättning              39 00 00      nf@vasteras.se\n"));
  REQUIRE(out.size() == 1);
  CHECK(Texts(out[0]) == V{"Nämnd Nämnden för personer med funktionsnedsättning",
                           "Telefon (inkl. riktnummer) 021- 39 00 00",
                           "E-postadress nf@vasteras.se"});
  CHECK(out[0].cells[1].x1 == 48);  // cut where the cell beside it starts
  // the line after not going on with the row: three lines as they are
  CHECK(LayOutText(Lines("Nämnd Nämnden för personer med    Telefon (inkl. riktnummer) 021-\n"
                         "                                                E-postadress\n"
                         "Kommun Tyresö                     Postnummer    13581\n"))
            .size() == 3);
}

TEST_CASE("layout: a cell wrapped one column off its first line (a leading space) is joined") {
  // The 2023 form's FTE cell and its footnote beside it: the footnote's
  // text starts with a space in its cell, so pdftotext sets its first line
  // one column right of its second. The label's last word and the answer
  // ("decimaler: 3,00") are then the label's cell, not a line of their own.
  std::vector<Line> out = LayOutText(
      Lines("Ange antal tjänster med 2                   [1: Anges med två decimaler. För ett\n"
            "decimaler: 3,00                            timmar i veckan) och ett på halvtid\n"));
  REQUIRE(out.size() == 1);
  CHECK(Texts(out[0]) ==
        V{"Ange antal tjänster med 2 decimaler: 3,00",
          "[1: Anges med två decimaler. För ett timmar i veckan) och ett på halvtid"});
  // Two columns off: another column, not the cell's next line.
  std::vector<Line> apart = LayOutText(
      Lines("Ange antal tjänster med 2                   [1: Anges med två decimaler. För ett\n"
            "decimaler: 3,00                           timmar i veckan) och ett på halvtid\n"));
  CHECK(apart.size() == 2);
}

TEST_CASE("layout: in a text whose margin was stripped a lone line at column 0 joins no cell") {
  // `pdftotext -layout | sed 's/^ *//'`: the e-mail address wrapped under
  // its label's cell at the right was moved to column 0, under the first.
  const std::string rows = redovis::testing::kStrippedRows;
  std::vector<Line> out =
      LayOutText(Lines(rows + "Nämnd Socialnämnd        Telefon 060-16 31 00     E-postadress\n"
                              "sociala@timra.se\n"));
  REQUIRE(out.size() == 10);
  CHECK(Texts(out[8]) == V{"Nämnd Socialnämnd", "Telefon 060-16 31 00", "E-postadress"});
  CHECK(Texts(out[9]) == V{"sociala@timra.se"});
  // A line of several cells, each in a column of the row, moved as the row
  // was: its cells go on the row's.
  out = LayOutText(Lines(rows + "Utdelningsadress Stadsvägen,       Postort\n"
                                "Stadshuset                         VÄSTERÅS\n"));
  REQUIRE(out.size() == 9);
  CHECK(Texts(out[8]) == V{"Utdelningsadress Stadsvägen, Stadshuset", "Postort VÄSTERÅS"});
  // The same lines with their margin: the lower-case line goes on the first cell.
  out =
      LayOutText(Lines("   Nämnd Socialnämnd        Telefon 060-16 31 00     E-postadress\n"
                       "   sociala@timra.se\n"));
  REQUIRE(out.size() == 1);
  CHECK(Texts(out[0])[0] == "Nämnd Socialnämnd sociala@timra.se");
}

TEST_CASE("layout: two columns whose rows stand half a line apart are joined row by row") {
  // pdftotext -layout -fixed 6: the right column's lines fall between the
  // left one's; each pair is one row, the second pair its wrap.
  std::vector<Line> out =
      LayOutText(Lines("Kontaktperson Susanne Aspling Björkstén 021-39\n"
                       "                                        Avdelning/Enhet Personligt\n"
                       "20 82 susanne.aspling.bjorksten@vasteras.se\n"
                       "                                        Ombud Västmanland\n"));
  REQUIRE(out.size() == 1);
  CHECK(Texts(out[0]) == V{"Kontaktperson Susanne Aspling Björkstén 021-39 20 82 "
                           "susanne.aspling.bjorksten@vasteras.se",
                           "Avdelning/Enhet Personligt Ombud Västmanland"});
  // The wrap goes on under both: the line after is the row's.
  out =
      LayOutText(Lines("Utdelningsadress Vård och Omsorgsförvaltningen,\n"
                       "                                        Postnummer 721 87  Postort\n"
                       "Stadshuset                                                VÄSTERÅS\n"));
  REQUIRE(out.size() == 1);
  CHECK(Texts(out[0]) == V{"Utdelningsadress Vård och Omsorgsförvaltningen, Stadshuset",
                           "Postnummer 721 87", "Postort VÄSTERÅS"});
}

TEST_CASE("layout: a line under a one-cell line is no row beside it when the text says not") {
  // A heading with a label and its value under its end: the value goes on
  // the label alone, never the heading.
  std::vector<Line> out =
      LayOutText(Lines("Kontaktuppgifter till den kommun som beviljats statsbidraget\n"
                       "                                                Kommun\n"
                       "                                                Lindesberg\n"));
  REQUIRE(out.size() >= 2);
  CHECK(Texts(out[0]) == V{"Kontaktuppgifter till den kommun som beviljats statsbidraget"});
  // A heading, a question indented under it, a line across both at the
  // margin: a paragraph a mail re-wrapped, not the heading's wrap.
  out =
      LayOutText(Lines("Tendenser till förändring av vilka grupper som tar kontakt\n"
                       "        Ser ni några tendenser till förändring vad gäller vilka\n"
                       "grupper inom målgruppen som tar kontakt\n"
                       "        och söker stöd av personligt ombud under 2023? I så fall, på\n"
                       "vilket sätt?\n"));
  for (const Line& l : out) CHECK(l.cells.size() == 1);
  // A list item's wrap under its text, after its box: an indent, not a column.
  out = LayOutText(
      Lines("☐ Verksamheten har tillhandahållit ett minskat utbud av stödinsatser till\n"
            "  klienterna\n"
            "☒ Verksamheten har ställt om och ändrat sina arbetssätt med klienterna genom\n"
            "  t.ex. fler telefonkontakter\n"));
  REQUIRE(out.size() >= 2);
  for (const Line& l : out) CHECK(l.cells.size() == 1);
  CHECK(std::any_of(out.begin(), out.end(),
                    [](const Line& l) { return l.cells[0].text.rfind("☒", 0) == 0; }));
}

TEST_CASE(
    "layout: in a text whose margin was stripped a line a mail may have broken off a row "
    "takes no line below") {
  // A mail's re-wrap broke "Utdelningsadress Tyresö  Postnummer 13581 ...
  // Postort Tyresö" in the gap before "Postort": "kommun", the address's
  // last word, now stands under the tail.
  const std::string rows = redovis::testing::kStrippedRows;
  std::vector<Line> out =
      LayOutText(Lines(rows + "Utdelningsadress Tyresö        Postnummer 13581\n"
                              "Postort Tyresö\n"
                              "kommun\n"));
  REQUIRE(out.size() == 11);
  CHECK(Texts(out[9]) == V{"Postort Tyresö"});
  CHECK(Texts(out[10]) == V{"kommun"});
}

TEST_CASE("MayBeBrokenOff: a line of one cell under a row, or under such a line that ended full") {
  // A text whose margin was stripped (eight rows at column 0): no line
  // below a row is joined to it.
  const std::string rows = redovis::testing::kStrippedRows;
  std::vector<Line> out = LayOutText(
      Lines(rows + "Nämnd Arbetsmarknads- och Telefon (inkl. riktnummer) 08- 5782 94 91\n"
                   "E-postadress anna-lena.engs-\n"
                   "socialnämnden\n"
                   "\n"
                   "Ett stycke\n"));
  REQUIRE(out.size() == 13);
  const double width = WrapWidth(out);
  CHECK(width == 67);
  CHECK_FALSE(MayBeBrokenOff(out, 7, width));   // a row
  CHECK(MayBeBrokenOff(out, 8, width));         // under a row
  CHECK(MayBeBrokenOff(out, 9, width));         // "E-postadress" would not have fitted above
  CHECK_FALSE(MayBeBrokenOff(out, 10, width));  // "socialnämnden" would have
  CHECK_FALSE(MayBeBrokenOff(out, 12, width));  // a blank line above
}

TEST_CASE("MayHaveBroken: a wrap's lower case below, or a row too wide for the tail") {
  std::vector<Line> rows =
      LayOutText(Lines("Utdelningsadress Tyresö        Postnummer 13581\n"
                       "Utdelningsadress Vård och Omsorgsförvaltningen,    Postnummer 721 87\n"
                       "Namnförtydligande:  Inga-Lill Nilsson\n"));
  REQUIRE(rows.size() == 3);
  CHECK(MayHaveBroken(rows[0], "Postort Tyresö", "kommun", 68));
  CHECK_FALSE(MayHaveBroken(rows[0], "Postort Tyresö", "Kommun", 68));
  CHECK(MayHaveBroken(rows[1], "Postort", "Stadshuset", 68));
  CHECK_FALSE(MayHaveBroken(rows[2], "Titel", "Enhetschef", 68));
  CHECK_FALSE(MayHaveBroken(rows[2], "E-post", "nf@vasteras.se", 68));
}

TEST_CASE("JoinContinuations: a cell's third line past the piece of an address left apart") {
  // html2text at 100 columns (other answers): the contact person's e-mail
  // address broken at its hyphen ("ulla-" / "britt.backman@..."), so the
  // pieces stay apart; the department beside it goes on over two lines
  // ("Personligt Ombud" / "Västmanland"). Its third line was left on a line
  // of its own, and the department read short.
  auto join = [&](const std::string& third, double at) {
    std::vector<Line> lines = {
        row(1,
            {{"Kontaktperson Ulla-Britt Bäckman 021-39 20 82 ulla-", 0}, {"Avdelning/Enhet", 53}}),
        row(2, {{"britt.backman@arboga.se", 0}, {"Personligt Ombud", 53}}), row(3, {{third, at}}),
        row(4, {{"Nämnd Nämnden för personer med", 0}, {"Telefon", 53}})};
    std::vector<bool> plain(lines.size(), true);
    JoinContinuations(&lines, &plain);
    return lines;
  };
  std::vector<Line> out = join("Västmanland", 53);
  REQUIRE(out.size() == 3);
  CHECK(Texts(out[0]) == V{"Kontaktperson Ulla-Britt Bäckman 021-39 20 82 ulla-",
                           "Avdelning/Enhet Personligt Ombud Västmanland"});
  CHECK(Texts(out[1]) == V{"britt.backman@arboga.se"});
  // A fragment under the piece itself is not the row's.
  out = join("arboga", 0);
  REQUIRE(out.size() == 4);
  CHECK(Texts(out[0]).back() == "Avdelning/Enhet Personligt Ombud");
}

TEST_CASE("JoinContinuations: a cell going on past the piece of an address, line after line") {
  // html2text at 80 columns (other answers, seed 4): the department's cell
  // one word a line beside the address's pieces ("Avdelning/" / "Enhet" /
  // "Personligt" / "Ombud" / "Västmanland"). Only its third line was taken,
  // and the department read "Personligt".
  std::vector<Line> lines = {
      row(1, {{"Kontaktperson Ulla-Britt Bäckman 021-39 20 82 ulla-", 0}, {"Avdelning/", 53}}),
      row(2, {{"britt.backman@arboga.se", 0}, {"Enhet", 53}}),
      row(3, {{"Personligt", 53}}),
      row(4, {{"Ombud", 53}}),
      row(5, {{"Västmanland", 53}}),
      row(6, {{"Nämnd Nämnden för personer med", 0}, {"Telefon", 53}})};
  std::vector<bool> plain(lines.size(), true);
  JoinContinuations(&lines, &plain);
  REQUIRE(lines.size() == 3);
  CHECK(Texts(lines[0]).back() == "Avdelning/ Enhet Personligt Ombud Västmanland");
  CHECK(Texts(lines[1]) == V{"britt.backman@arboga.se"});
  CHECK(Texts(lines[2]).front() == "Nämnd Nämnden för personer med");
}

TEST_CASE("layout: a word broken in a narrow header cell at a cut line is joined before the mark") {
  // `cut -c1-100` of a page: "Kvinn " reaches the cut (the cut reader's mark,
  // kCutLine, after it: the line was cut between words), its rest "or" on
  // the line under it. Before, the join read "Kvinn", the mark and "or" as
  // three words, and no header word was made of them.
  std::vector<Line> out =
      LayOutText(Lines(std::string("Klienter med hemmavarande barn      Kvinn ") + kCutLine +
                       "\n                                    or\n"));
  REQUIRE(out.size() == 1);
  CHECK(Texts(out[0]) == V{"Klienter med hemmavarande barn", std::string("Kvinnor ") + kCutLine});
  // A word the cut itself broke ("Kvin" and the mark, no space) is no
  // whole word: what the join makes of it keeps the mark inside.
  std::vector<Line> cut =
      LayOutText(Lines(std::string("Klienter med hemmavarande barn      Kvin") + kCutLine +
                       "\n                                    or\n"));
  REQUIRE(cut.size() == 1);
  CHECK(Texts(cut[0])[1] != "Kvinor");
}

TEST_CASE("JoinContinuations: a short word broken at its hyphen goes on in lower case") {
  // html2text at 60 columns: "E-" ends the row's last cell, "postadress" its
  // wrap. A short cell stopped the whole row's join, and the committee was
  // read "Nämnden för personer med".
  std::vector<Line> lines = {
      row(1, {{"Nämnd Nämnden för personer med", 0}, {"Telefon", 50}, {"E-", 63}}),
      row(2, {{"funktionsnedsättning", 0}, {"(inkl.", 50}, {"postadress", 63}})};
  std::vector<bool> plain(lines.size(), true);
  JoinContinuations(&lines, &plain);
  REQUIRE(lines.size() == 1);
  CHECK(Texts(lines[0]) == V{"Nämnd Nämnden för personer med funktionsnedsättning",
                             "Telefon (inkl.", "E- postadress"});
  // A short cell without a hyphen (a mark, a count), or a capital below it:
  // no word's rest.
  for (const auto& [above, below] : std::vector<std::pair<std::string, std::string>>{
           {"X", "postadress"}, {"E-", "Postadress"}, {"12", "postadress"}}) {
    std::vector<Line> other = {
        row(1, {{"Nämnd Nämnden för personer med", 0}, {"Telefon", 50}, {above, 63}}),
        row(2, {{"funktionsnedsättning", 0}, {"(inkl.", 50}, {below, 63}})};
    std::vector<bool> p(other.size(), true);
    JoinContinuations(&other, &p);
    CHECK(other.size() == 2);
  }
}

TEST_CASE(
    "layout: a piece at a cell's column reaching under the next cell, which ends in '-', joins "
    "neither") {
  // A label and its answer two spaces apart in one table cell, whose wrap
  // starts at the cell's left: the piece may be the answer's rest as well
  // as the label's, so it stays a line of its own.
  std::vector<Line> out = LayOutText(
      Lines("Nämnd  Arbetsmarknads-                Telefon (inkl. riktnummer) 08-5782 94 91\n"
            "och socialnämnden\n"
            "Telefon 060-16 34 92                  E-postadress  inga-\n"
            "                                      lill.nilsson@timra.se\n"));
  REQUIRE(out.size() == 4);
  CHECK(Texts(out[0]) == V{"Nämnd", "Arbetsmarknads-", "Telefon (inkl. riktnummer) 08-5782 94 91"});
  CHECK(Texts(out[1]) == V{"och socialnämnden"});
  CHECK(Texts(out[3]) == V{"lill.nilsson@timra.se"});
  // One space apart, the label and its answer one cell: the piece goes on it.
  std::vector<Line> one = LayOutText(
      Lines("Nämnd Arbetsmarknads-                 Telefon (inkl. riktnummer) 08-5782 94 91\n"
            "och socialnämnden\n"));
  REQUIRE(one.size() == 1);
  CHECK(Texts(one[0])[0] == "Nämnd Arbetsmarknads- och socialnämnden");
  // A piece within the label's own width is the label's line, as before.
  std::vector<Line> within =
      LayOutText(Lines("Nämnd Nämnden för personer med        E-postadress  inga-\n"
                       "funktionsnedsättning\n"));
  REQUIRE(within.size() == 1);
  CHECK(Texts(within[0])[0] == "Nämnd Nämnden för personer med funktionsnedsättning");
}

TEST_CASE("layout: a row whose cells repeat the row above's is the next row, not its wrap") {
  // A retyped form's "Label   value" rows, the labels of one width: each
  // cell starts in the column of the one above and the label goes on in
  // lower case, yet the cells repeat the row above's first words or counts.
  std::vector<Line> out =
      LayOutText(Lines("varav 30-49 år   Kvinnor: 9, Män: 3\n"
                       "varav 50-64 år   Kvinnor: 6, Män: 0\n"
                       "därav 18-29 år   14 kvinnor och 2 män\n"
                       "mellan 30-49 år  7 kvinnor och 3 män\n"));
  REQUIRE(out.size() == 4);
  CHECK(Texts(out[0]) == V{"varav 30-49 år", "Kvinnor: 9, Män: 3"});
  CHECK(Texts(out[1]) == V{"varav 50-64 år", "Kvinnor: 6, Män: 0"});
  CHECK(Texts(out[2]) == V{"därav 18-29 år", "14 kvinnor och 2 män"});
  CHECK(Texts(out[3]) == V{"mellan 30-49 år", "7 kvinnor och 3 män"});
  // A cell's wrap that goes on in lower case is still joined.
  std::vector<Line> wrap =
      LayOutText(Lines("Nämnd Nämnden för personer med   Telefon 060-16 34 92\n"
                       "funktionsnedsättning             och 060-16 34 93\n"));
  REQUIRE(wrap.size() == 1);
  CHECK(Texts(wrap[0])[0] == "Nämnd Nämnden för personer med funktionsnedsättning");
}

}  // namespace wrapped_lines_continuations_test
