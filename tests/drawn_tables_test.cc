#include "read/text/drawn_tables.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "read/text/text_layout.h"
#include "text_layout_test_support.h"

namespace drawn_tables_test {

using namespace redovis;
using namespace redovis::testing;

TEST_CASE("MayStartDrawnTable: each kind's first line passes, plain text does not") {
  for (const char* opener : {"+---+---+", "  +===+", "| a | b |", "|===", "|=Namn |=Antal",
                             "{| class=x", "<table>", " <p>text</p>", "[cols=\"1,1\"]",
                             "----  -----", "\t---", "^ a ^ b ^", "Kvinnor | 12 | 3", "a |"})
    CHECK_MESSAGE(MayStartDrawnTable(opener), opener);
  for (const char* plain : {"", "   ", "Antal klienter 12", "2023-12-31 slut", "a + b", "x < y",
                            "Fråga 3 [se ovan]", "Kvinnor: 12"})
    CHECK_FALSE_MESSAGE(MayStartDrawnTable(plain), plain);
  // Where it does not pass, no table is read (the layout cases below each
  // read a kind of table through it).
  std::vector<TextLine> lines = {{"Antal klienter 12"}, {"2023-12-31 slut"}};
  std::vector<Line> out;
  CHECK(ReadDrawnTable(lines, 0, &out) == 0);
  CHECK(ReadDrawnTable(lines, 1, &out) == 1);
  CHECK(out.empty());
}

TEST_CASE("layout: a grid table is one line per row, wrapped cells joined") {
  std::vector<Line> out =
      LayOutText(Lines("+------+-----------------+\n"
                       "|      | Kontaktperson   |\n"
                       "|      |                 |\n"
                       "|      | Maria Holm      |\n"
                       "+------+-----------------+\n"
                       "| Om   | Ombudens        |\n"
                       "| ja   | belastning      |\n"
                       "+======+=================+\n"
                       "efter\n"));
  REQUIRE(Grid(out) ==
          G{{"", "Kontaktperson\nMaria Holm"}, {"Om ja", "Ombudens belastning"}, {"efter"}});
  CHECK(out[0].number == 2);
  CHECK(out[1].cells[1].x0 == 8);
  CHECK(out[1].cells[1].x1 == 25);
}

TEST_CASE("layout: a word pandoc broke over a grid cell's lines is joined without a space") {
  // pandoc breaks a word longer than its column: the head on a line of its
  // own, then pieces that fill the cell's width exactly.
  std::vector<Line> out =
      LayOutText(Lines("+----------------------------------+-----+----+\n"
                       "| Kontaktperson Susanne Aspling    | K   | M  |\n"
                       "| Björkstén 021-39 20 82           | vin | än |\n"
                       "| susan                            | nor |    |\n"
                       "| ne.aspling.bjorksten@vasteras.se |     |    |\n"
                       "+----------------------------------+-----+----+\n"
                       "| Anna                             | Ja  | N  |\n"
                       "| Svensson-Berglund, socialkontore | X   | ej |\n"
                       "| Eva                              |     |    |\n"
                       "| ombudsverksamheten i kommunen ok |     |    |\n"
                       "+----------------------------------+-----+----+\n"));
  REQUIRE(out.size() == 2);
  CHECK(Texts(out[0]) == V{"Kontaktperson Susanne Aspling Björkstén 021-39 20 82 "
                           "susanne.aspling.bjorksten@vasteras.se",
                           "Kvinnor", "Män"});
  // A line that fills the width but holds two words, or starts with a
  // capital, or follows a line of two words, is the next word: a space.
  CHECK(Texts(out[1]) ==
        V{"Anna Svensson-Berglund, socialkontore Eva ombudsverksamheten i kommunen ok", "Ja X",
          "Nej"});
}

TEST_CASE("layout: a grid cell's pieces that may be one word or several are marked undecided") {
  // A line of one word that fills the cell after a one-word line is a cut
  // word's piece or a word of its own. Capitals after capitals, a piece after
  // one ending in a hyphen (the writer's "engs- tedt"), a head opening a
  // paragraph after a blank line: the pieces are kept apart by kUndecidedCut.
  std::vector<Line> out =
      LayOutText(Lines("+---------+----+\n"
                       "| a       | to |\n"
                       "| nna-len | VÄ |\n"
                       "| a.engs- | ST |\n"
                       "| tedt@ty | ER |\n"
                       "| reso.se | ÅS |\n"
                       "+---------+----+\n"
                       "| Om ja:  | K  |\n"
                       "|         | vi |\n"
                       "| Extern  | nn |\n"
                       "| process | or |\n"
                       "+---------+----+\n"));
  REQUIRE(out.size() == 2);
  const std::string cut = kUndecidedCut;
  CHECK(Texts(out[0]) == V{"anna-lena.engs-" + cut + "tedt@tyreso.se",
                           "to VÄ" + cut + "ST" + cut + "ER" + cut + "ÅS"});
  // At the cell's start the lower-case pieces are still joined (a column
  // header's cut: undecided there would lose the table's columns).
  CHECK(Texts(out[1]) == V{"Om ja:\nExtern" + cut + "process", "Kvinnor"});
}

TEST_CASE(
    "layout: a grid cell's piece is a word of its own where the text near spells them apart") {
  // "Tyresö" over "kommun", "med" over "funktionsn": each a cut word's head
  // and piece, or two words, as the wrap shows them. The text around the
  // table writes "Tyresö kommun" and "med funktionsnedsättning" and never
  // the words run together: two words. "funktionsn" over "edsättning" is
  // written whole: one word. "en" over "tydlig", written both ways ("en
  // tydlig", "entydlig"), is undecided; "Utde" / "lnings" / "adress",
  // written neither way, is joined as before (a label's cut).
  std::vector<Line> out =
      LayOutText(Lines("Tyresö kommun, för personer med funktionsnedsättning.\n"
                       "Ett svar, en tydlig och entydlig.\n"
                       "\n"
                       "+--------+------------+\n"
                       "| Utde   | med        |\n"
                       "| lnings | funktionsn |\n"
                       "| adress | edsättning |\n"
                       "| Tyresö |            |\n"
                       "| kommun |            |\n"
                       "+--------+------------+\n"
                       "| en     | X          |\n"
                       "| tydlig |            |\n"
                       "+--------+------------+\n"));
  REQUIRE(out.size() >= 2);
  const std::string cut = kUndecidedCut;
  CHECK(Texts(out[out.size() - 2]) ==
        V{"Utdelningsadress Tyresö kommun", "med funktionsnedsättning"});
  CHECK(Texts(out.back()) == V{"en" + cut + "tydlig", "X"});
}

TEST_CASE("layout: a grid cell's piece where a digit meets a letter is undecided") {
  // pandoc at 20 columns: "4-6" over "veckor" (a count and its unit) and
  // "rkstén" over "021-39" (a name's piece and a phone number) have the shape
  // of a cut word's head and piece. Where the text near writes neither, a
  // cut between a digit and a letter is as often two words: undecided, where
  // "Utde" / "lnings" (letters both) is still joined.
  std::vector<Line> out =
      LayOutText(Lines("+--------+---+\n"
                       "| väntan | X |\n"
                       "| 4-6    |   |\n"
                       "| veckor |   |\n"
                       "+--------+---+\n"
                       "| Bjö    |   |\n"
                       "| rkstén |   |\n"
                       "| 021-39 |   |\n"
                       "+--------+---+\n"
                       "| Utde   |   |\n"
                       "| lnings |   |\n"
                       "+--------+---+\n"));
  REQUIRE(out.size() == 3);
  const std::string cut = kUndecidedCut;
  CHECK(Texts(out[0]) == V{"väntan 4-6" + cut + "veckor", "X"});
  CHECK(Texts(out[1])[0] == "Björkstén" + cut + "021-39");
  CHECK(Texts(out[2])[0] == "Utdelnings");
}

TEST_CASE("layout: a grid cell's lower-case word the text writes in a sentence is undecided") {
  // pandoc's rst at 25 columns: "en" alone over "prioriteringslista" (the
  // cell's width), neither "en prioriteringslista" nor the two run together
  // written near. The text writes "en" as a sentence's word ("en person"):
  // the head of a cut word or a word the wrap put alone, undecided. "prio"
  // over "ritering", "prio" no word of the text, is joined as before, and
  // so is "För" over "valtning" (a capital's head: a name's or a label's).
  std::vector<Line> out =
      LayOutText(Lines("Vi tog emot en person i veckan, För alla.\n"
                       "\n"
                       "+--------------------+---+\n"
                       "| Vi har även gjort  | X |\n"
                       "| en                 |   |\n"
                       "| prioriteringslista |   |\n"
                       "+--------------------+---+\n"
                       "| prio               |   |\n"
                       "| riteringsordningen |   |\n"
                       "+--------------------+---+\n"
                       "| För                |   |\n"
                       "| valtningschefernas |   |\n"
                       "+--------------------+---+\n"));
  REQUIRE(out.size() >= 3);
  const std::string cut = kUndecidedCut;
  CHECK(Texts(out[out.size() - 3])[0] == "Vi har även gjort en" + cut + "prioriteringslista");
  CHECK(Texts(out[out.size() - 2])[0] == "prioriteringsordningen");
  CHECK(Texts(out.back())[0] == "Förvaltningschefernas");
}

TEST_CASE("layout: a grid cell's spelling is looked for through a report's whole text") {
  // A narrow rst rendering runs to 900 lines: the report writes "Tyresö
  // kommun" 500 lines past the table whose cell wraps it. Two words.
  std::string text =
      "+--------+\n| Utde   |\n| lnings |\n| adress |\n| Tyresö |\n| kommun |\n+--------+\n";
  for (int i = 0; i < 500; ++i) text += "Rad " + std::to_string(i) + " av texten.\n";
  text += "Tyresö kommun har en mottagningstelefon.\n";
  std::vector<Line> out = LayOutText(Lines(text));
  REQUIRE_FALSE(out.empty());
  CHECK(Texts(out[0]) == V{"Utdelningsadress Tyresö kommun"});
}

TEST_CASE("layout: a grid row with a merged cell gives its text to the first column") {
  std::vector<Line> out =
      LayOutText(Lines("+-----+-----+-----+\n"
                       "| Fråga ett | X   |\n"
                       "+-----+-----+-----+\n"));
  CHECK(Grid(out) == G{{"Fråga ett", "", "X"}});
}

TEST_CASE("layout: a pipe table, separator skipped, escaped pipes kept") {
  std::vector<Line> out =
      LayOutText(Lines("|        | Ja | Nej |\n"
                       "|--------|:---|-----|\n"
                       "| Fråga  | X  |     |\n"
                       "| a \\| b |    | X   |\n"));
  REQUIRE(Grid(out) == G{{"", "Ja", "Nej"}, {"Fråga", "X", ""}, {"a | b", "", "X"}});
  CHECK(out[1].cells[1].x0 == out[0].cells[1].x0);
}

TEST_CASE("layout: a pipe table's empty header row is no row") {
  // pandoc -t gfm writes an empty header for a table without one; kept, it
  // stood as the empty first value of a stack (Kvinnor empty, Män 9 for 3).
  std::vector<Line> out =
      LayOutText(Lines("|     |     |\n"
                       "|-----|-----|\n"
                       "|     | 9   |\n"
                       "|     | 3   |\n"));
  REQUIRE(Grid(out) == G{{"", "9"}, {"", "3"}});
  // A header with words in it is the table's first row.
  out = LayOutText(Lines("| Ja | Nej |\n|----|-----|\n| X  |     |\n"));
  REQUIRE(Grid(out) == G{{"Ja", "Nej"}, {"X", ""}});
}

TEST_CASE("layout: a headerless pipe table right under another takes its columns") {
  // pandoc -t gfm pads each table to its own cells: the new clients' table,
  // a Word table of its own under the totals', has narrower columns, and
  // both its counts stood under "Kvinnor" by position.
  const std::string above =
      "|                       |         |     |\n"
      "|-----------------------|---------|-----|\n"
      "|                       | Kvinnor | Män |\n"
      "| Totalt antal klienter | 29      | 5   |\n"
      "\n";
  const std::string below =
      "|                    |     |     |\n"
      "|--------------------|-----|-----|\n"
      "| Antal nya klienter | 9   | 4   |\n";
  std::vector<Line> out = LayOutText(Lines(above + below));
  REQUIRE(Grid(out) == G{{"", "Kvinnor", "Män"},
                         {"Totalt antal klienter", "29", "5"},
                         {""},
                         {"Antal nya klienter", "9", "4"}});
  for (size_t c = 0; c < 3; ++c) {
    CHECK(out[3].cells[c].x0 == out[0].cells[c].x0);
    CHECK(out[3].cells[c].x1 == out[0].cells[c].x1);
  }
  // Its own extents: text between the tables, another count of columns, or
  // a header of its own.
  out = LayOutText(Lines(above + "Antal nya\n\n" + below));
  CHECK(out.back().cells[2].x0 == 28);
  out = LayOutText(Lines(above + "|                    |     |\n"
                                 "|--------------------|-----|\n"
                                 "| Antal nya klienter | 9   |\n"));
  CHECK(out.back().cells[1].x0 == 22);
  out = LayOutText(Lines(above + "|                    | K   | M   |\n"
                                 "|--------------------|-----|-----|\n"
                                 "| Antal nya klienter | 9   | 4   |\n"));
  CHECK(out.back().cells[2].x0 == 28);
}

TEST_CASE("layout: a headerless dashed or Zim table under another takes its columns") {
  // pandoc -t plain at 28 columns: the new clients' table opens with its
  // own rule, narrower than the totals' table closed right above it.
  std::vector<Line> out =
      LayOutText(Lines("  ----------------- --------- -----\n"
                       "                    Kvinnor   Män\n"
                       "\n"
                       "  Totalt antal      29        5\n"
                       "  klienter\n"
                       "  ----------------- --------- -----\n"
                       "\n"
                       "  ------------------ ---- ----\n"
                       "  Antal nya klienter 9    4\n"
                       "  ------------------ ---- ----\n"));
  REQUIRE(Grid(out) == G{{"", "Kvinnor", "Män"},
                         {"Totalt antal klienter", "29", "5"},
                         {""},
                         {"Antal nya klienter", "9", "4"}});
  CHECK(out[3].cells[1].x0 == out[0].cells[1].x0);
  CHECK(out[3].cells[2].x0 == out[0].cells[2].x0);
  CHECK(out[3].cells[2].x1 == out[0].cells[2].x1);
  // With a header line of its own over its rule: its own columns.
  out =
      LayOutText(Lines("  ----------------- --------- -----\n"
                       "  Totalt antal      29        5\n"
                       "  ----------------- --------- -----\n"
                       "\n"
                       "  Nya                K    M\n"
                       "  ------------------ ---- ----\n"
                       "  Antal nya klienter 9    4\n"
                       "  ------------------ ---- ----\n"));
  CHECK(out.back().cells[2].x0 == 26);
  // Zim repeats a headerless table's first row after its separator.
  out =
      LayOutText(Lines("|                     |Kvinnor|Män|\n"
                       "|---------------------|-------|---|\n"
                       "|Totalt antal klienter|29     |5  |\n"
                       "\n"
                       "|Antal nya klienter   |9|4|\n"
                       "|---------------------|-|-|\n"
                       "|Antal nya klienter   |9|4|\n"));
  REQUIRE(Grid(out) == G{{"", "Kvinnor", "Män"},
                         {"Totalt antal klienter", "29", "5"},
                         {""},
                         {"Antal nya klienter", "9", "4"}});
  CHECK(out[3].cells[2].x0 == out[0].cells[2].x0);
}

TEST_CASE("layout: pandoc's multiline table between dashed rules") {
  std::vector<Line> out =
      LayOutText(Lines("  ----------------------------- ------ ------\n"
                       "                                Ja     Nej\n"
                       "\n"
                       "  Har ni under 2020 haft kö            X\n"
                       "  eller väntetid?\n"
                       "  ----------------------------- ------ ------\n"
                       "\n"
                       "Nästa stycke\n"));
  REQUIRE(Grid(out) == G{{"", "Ja", "Nej"},
                         {"Har ni under 2020 haft kö eller väntetid?", "", "X"},
                         {""},
                         {"Nästa stycke"}});
  CHECK(out[1].cells[2].x0 == 39);
  CHECK(out[1].cells[2].x0 == out[0].cells[2].x0);
}

TEST_CASE("layout: a no-break space in the gap between a dashed table's columns is white") {
  // A cell filled to its width, then one space before the next column; that
  // space made a NO-BREAK SPACE (a word processor's "keep together"). Read as
  // text in the gap, it ended the table, and its rows ran over the columns.
  std::vector<Line> out =
      LayOutText(Lines("  --------------------------- -----------------\n"
                       "  Kontaktperson Anna Lindgren\xC2\xA0"
                       "Avdelning/Enhet\n"
                       "\n"
                       "  0920-123\xC2\xA0\x34\x35                 Socialtjänsten\n"
                       "\n"
                       "  Telefon (inkl. riktnummer)  E-postadress\n"
                       "  --------------------------- -----------------\n"));
  CHECK(Grid(out) == G{{"Kontaktperson Anna Lindgren", "Avdelning/Enhet"},
                       {"0920-123\xC2\xA0\x34\x35", "Socialtjänsten"},
                       {"Telefon (inkl. riktnummer)", "E-postadress"}});
}

TEST_CASE("layout: a dashed table goes on over a page break, past the page's header") {
  // pandoc's table paginated by `pr`: blank lines to the page's end, then
  // the next page's header line (in the gaps between the columns) and blank
  // lines, then the table's last row and its closing rule.
  std::vector<std::string> page1 = {"  ------------------------ ------ ------",
                                    "                           Ja     Nej",
                                    "",
                                    "  Har ni haft kö?                 X",
                                    "",
                                    ""};
  std::vector<std::string> page2 = {"",
                                    "2024-01-15 10:00   redovisning.txt   Page 2",
                                    "",
                                    "  Har ni riktlinjer?       X",
                                    "  ------------------------ ------ ------",
                                    "",
                                    "Nästa stycke"};
  std::vector<TextLine> lines;
  int n = 0;
  for (const std::string& t : page1) lines.push_back(TextLine{t, 1, ++n});
  for (const std::string& t : page2) lines.push_back(TextLine{t, 2, ++n});
  std::vector<Line> out = LayOutText(lines);
  CHECK(Grid(out) == G{{"", "Ja", "Nej"},
                       {"Har ni haft kö?", "", "X"},
                       {"Har ni riktlinjer?", "X", ""},
                       {""},
                       {"Nästa stycke"}});
  // Without its closing rule, the table ends at the page's header.
  lines.erase(lines.begin() + 10);
  std::vector<Line> open = LayOutText(lines);
  CHECK(Grid(open).size() > 4);
  CHECK(Grid(open)[1] == V{""});
}

TEST_CASE("layout: a simple table with a header and no closing rule") {
  std::vector<Line> out =
      LayOutText(Lines("Kontaktorsak   Kvinnor   Män\n"
                       "-------------- --------- -----\n"
                       "Ekonomi        16        10\n"
                       "Bostad         4         2\n"
                       "\n"
                       "Text efter\n"));
  // The header line above the rule is read as a line of its own (cut at gaps).
  CHECK(Grid(out) == G{{"Kontaktorsak", "Kvinnor", "Män"},
                       {"Ekonomi", "16", "10"},
                       {"Bostad", "4", "2"},
                       {""},
                       {"Text efter"}});
}

// ---- markup tables (markup_tables.h) ----------------------------------------

TEST_CASE("layout: an AsciiDoc table is one line per row, counted by its columns") {
  // pandoc -t asciidoc: an attribute line, the fence, cells opened by '|',
  // several on a line or one cell running over the next lines.
  std::vector<Line> out =
      LayOutText(Lines("[width=\"100%\",cols=\"50%,31%,19%\",]\n"
                       "|===\n"
                       "|Kommun Västerås | |\n"
                       "\n"
                       "|Utdelningsadress Stadshuset |Postnummer\n"
                       "721 87 |Postort VÄSTERÅS\n"
                       "\n"
                       "|Kontaktperson Susanne Aspling Björkstén 021-39 20 82\n"
                       "susanne.aspling.bjorksten@vasteras.se |Avdelning/Enhet Personligt Ombud\n"
                       "Västmanland |\n"
                       "|===\n"
                       "efter\n"));
  REQUIRE(Grid(out) == G{{"Kommun Västerås", "", ""},
                         {"Utdelningsadress Stadshuset", "Postnummer 721 87", "Postort VÄSTERÅS"},
                         {"Kontaktperson Susanne Aspling Björkstén 021-39 20 82 "
                          "susanne.aspling.bjorksten@vasteras.se",
                          "Avdelning/Enhet Personligt Ombud Västmanland", ""},
                         {"efter"}});
  CHECK(out[0].number == 3);
  CHECK(out[1].number == 5);
  CHECK(out[3].number == 12);
  // The columns' extents are their widths' shares, alike in every row.
  CHECK(out[1].cells[1].x0 == 50);
  CHECK(out[1].cells[1].x1 == 81);
  CHECK(out[2].cells[1].x0 == out[1].cells[1].x0);
}

TEST_CASE("layout: AsciiDoc cell specifiers, spans, empty cells and paragraphs") {
  std::vector<Line> out =
      LayOutText(Lines("|===\n"
                       "| |Ja |Nej\n"
                       "\n"
                       "|Ombuden har erbjudits utbildning. |☒ |☐\n"
                       "\n"
                       "| a|\n"
                       "REDOVISNING\n"
                       "\n"
                       "Statsbidrag till kommuner +\n"
                       "med personligt ombud\n"
                       "\n"
                       "|\n"
                       "2+|Kommentar över två kolumner |x\n"
                       "3*|\n"
                       "|a \\| b .2+^.^s|två rader |c\n"
                       "|d |e\n"
                       "|===\n"));
  REQUIRE(Grid(out) == G{{"", "Ja", "Nej"},
                         {"Ombuden har erbjudits utbildning.", "☒", "☐"},
                         {"", "REDOVISNING\nStatsbidrag till kommuner med personligt ombud", ""},
                         {"Kommentar över två kolumner", "x"},
                         {"", "", ""},
                         {"a | b", "två rader", "c"},
                         {"d", "e"}});
  CHECK(out[1].cells[1].checkbox == CheckboxState::kChecked);
  // "| a|" opens two cells; the third column's cell opens on "2+|": the row
  // is full when its columns are, not at a line's end.
  CHECK(out[3].cells[0].x1 == out[0].cells[1].x1);
  CHECK(out[3].cells[1].x0 == out[0].cells[2].x0);
  // Under the row span, the next row's cells take the columns left free.
  CHECK(out[6].cells[1].x0 == out[0].cells[2].x0);
}

TEST_CASE("layout: a '|' inside text that is no table stays text") {
  std::vector<Line> out =
      LayOutText(Lines("Öppet mån | tis | ons\n"
                       "|=== står här utan slut\n"
                       "| ensam rad |\n"
                       "\n"
                       "{| inte stängd\n"));
  CHECK(Grid(out) == G{{"Öppet mån | tis | ons"},
                       {"|=== står här utan slut"},
                       {"| ensam rad |"},
                       {""},
                       {"{| inte stängd"}});
}

TEST_CASE("layout: a MediaWiki table: rows at |-, attributes dropped, cells over lines") {
  std::vector<Line> out =
      LayOutText(Lines("{|\n"
                       "!\n"
                       "! Ja !! Nej\n"
                       "|-\n"
                       "|width=\"49%\"| Kommun Västerås\n"
                       "| X || \n"
                       "|-\n"
                       "| Om ja, ange vilka.\n"
                       "Kurser i bemötande.\n"
                       "\n"
                       "Handledning.\n"
                       "|colspan=\"2\"| \n"
                       "|}\n"
                       "efter\n"));
  REQUIRE(Grid(out) == G{{"", "Ja", "Nej"},
                         {"Kommun Västerås", "X", ""},
                         {"Om ja, ange vilka. Kurser i bemötande.\nHandledning.", ""},
                         {"efter"}});
  CHECK(out[1].number == 5);
  CHECK(out[1].cells[1].x0 == out[0].cells[1].x0);
  CHECK(out[2].cells[1].x1 == out[0].cells[2].x1);  // the colspan reaches the last column
}

TEST_CASE("layout: org, DokuWiki and Jira tables without a separator rule") {
  std::vector<Line> org =
      LayOutText(Lines("| Kommun Västerås | Postnummer 721 87 |\n"
                       "|-----------------+-------------------|\n"
                       "| Nämnd           | E-post \\| x       |\n"));
  CHECK(Grid(org) == G{{"Kommun Västerås", "Postnummer 721 87"}, {"Nämnd", "E-post | x"}});
  std::vector<Line> jira =
      LayOutText(Lines("|| ||Ja||Nej||\n"
                       "| Fråga | X | |\n"));
  CHECK(Grid(jira) == G{{"", "Ja", "Nej"}, {"Fråga", "X", ""}});
  std::vector<Line> doku =
      LayOutText(Lines("^ Fråga ^ Ja ^\n"
                       "|Utbildning |X |\n"));
  CHECK(Grid(doku) == G{{"Fråga", "Ja"}, {"Utbildning", "X"}});
  CHECK(doku[1].cells[1].x0 == doku[0].cells[1].x0);
}

TEST_CASE("layout: pipe-table cells over lines (Jira), DokuWiki's breaks, a row alone") {
  std::vector<Line> jira =
      LayOutText(Lines("|  | Kommun\n"
                       "Lindesberg |\n"
                       "|  | Telefon 0581-810 00 |\n"));
  CHECK(Grid(jira) == G{{"", "Kommun\nLindesberg"}, {"", "Telefon 0581-810 00"}});
  CHECK(jira[1].number == 3);
  std::vector<Line> doku = LayOutText(Lines("||Postnummer\\\\ \\\\ 711 80   |\n"));
  CHECK(Grid(doku) == G{{"", "Postnummer\n711 80"}});
  std::vector<Line> org = LayOutText(Lines("| Ange antal tjänster: 3,00 | [1: not] |\n"));
  CHECK(Grid(org) == G{{"Ange antal tjänster: 3,00", "[1: not]"}});
}

TEST_CASE("layout: a pipe table's first row repeated after its separator is one row") {
  // pandoc -t zimwiki writes a table without a header so: the first row, the
  // separator, the first row again. Read twice, the repeated row stood as a
  // second value of a stack (Kvinnor 9, Män 9 for 3) and a second option.
  std::vector<Line> out =
      LayOutText(Lines("||9|\n"
                       "||-|\n"
                       "||9|\n"
                       "||3|\n"));
  REQUIRE(Grid(out) == G{{"", "9"}, {"", "3"}});
  // A row that differs from the header is a row, and a repeat further down
  // is a row of its own.
  out = LayOutText(Lines("| Ja | Nej |\n|----|-----|\n| X  |     |\n| Ja | Nej |\n"));
  REQUIRE(Grid(out) == G{{"Ja", "Nej"}, {"X", ""}, {"Ja", "Nej"}});
}

TEST_CASE("layout: an XWiki table: a |= header, rows without a closing bar, ((( ))) groups") {
  // pandoc -t xwiki; read as text, each ')))' stood as an answer.
  std::vector<Line> out =
      LayOutText(Lines("|= |=\n"
                       "| |(((Utdelningsadress\n"
                       "\n"
                       "Storgatan 1\n"
                       ")))\n"
                       "|Totalt antal klienter |267 |181\n"
                       "|a ~| b |~~\n"
                       "\n"
                       "efter\n"));
  REQUIRE(Grid(out) == G{{"", "Utdelningsadress\nStorgatan 1"},
                         {"Totalt antal klienter", "267", "181"},
                         {"a | b", "~"},
                         {""},
                         {"efter"}});
  // A row with a closing bar is no XWiki table (a pipe table's, read so).
  out = LayOutText(Lines("|= a |= b |\n"));
  CHECK(Grid(out) != G{{"a", "b"}});
}

TEST_CASE("layout: a dashed-rule table that a reflow broke is found, from rule to rule") {
  // `fmt -w 72` of pandoc's plain table: the rules are broken over two
  // lines, a row's head is glued to the rule, a row's last cell wrapped
  // under its first column.
  // The lines view the text: it must outlive them.
  const std::string text =
      "Utbildning\n"                                                         // 0
      "\n"                                                                   // 1
      "  ------------------------------------------------------------\n"     // 2
      "  ----- -----\n"                                                      // 3
      "                                                               Ja\n"  // 4
      "                                                               Nej\n"
      "\n"
      "  Ombuden har erbjudits utbildning.                            X\n"
      "  \n"
      "  Om nej, ange varför.\n"
      "  ------------------------------------------------------------\n"  // 10
      "  ----- -----\n"                                                   // 11
      "\n"
      "  ----------------------------------------------- -----------\n"  // 13
      "  ----------- Antal nya klienter                              9\n"
      "  4\n"
      "\n"
      "  dräv 65 år och över\n"
      "  ----------------------------------------------- -----------\n"
      "  -----------\n"  // 19
      "\n"
      "Nästa stycke\n";
  std::vector<TextLine> lines = Lines(text);
  std::vector<LineSpan> spans = FindReflowedTables(lines);
  REQUIRE(spans.size() == 2);
  CHECK(spans[0].first == 2);
  CHECK(spans[0].last == 11);
  CHECK(spans[1].first == 13);
  CHECK(spans[1].last == 19);
}

TEST_CASE("layout: a table whose rules are whole, or a short divider, is no reflowed table") {
  CHECK(FindReflowedTables(Lines("  ----------------------------- ------ ------\n"
                                 "                                Ja     Nej\n"
                                 "\n"
                                 "  Har ni under 2020 haft kö            X\n"
                                 "  ----------------------------- ------ ------\n"))
            .empty());
  // Two short dividers in a row (a markdown rule, a signature line).
  CHECK(FindReflowedTables(Lines("-----\n-----\ntext\n")).empty());
  // The last row glued to the closing rule: the table ends with the rule's tail.
  std::vector<LineSpan> glued =
      FindReflowedTables(Lines("  ----------------------- ------ ------\n"
                               "  -------------------------------------\n"
                               "  Annan organisation      X             Samordningsförbundet\n"
                               "  Östra Södertörn ----------------------- ------ ------\n"
                               "  -------------------------------------\n"
                               "\n"
                               "  Om ledningsgruppen inte har någon representant\n"));
  REQUIRE(glued.size() == 1);
  CHECK(glued[0].first == 0);
  CHECK(glued[0].last == 4);
}

TEST_CASE("layout: rows an HTML mail flattened with ' | ' between cells, no end bars") {
  std::vector<Line> out =
      LayOutText(Lines("Utbildning\n"
                       " | Ja | Nej\n"
                       "Ombuden har erbjudits utbildning. | ☒ | ☐\n"
                       "Om ja, ange vilken/vilka utbildningar. Kurser. |  |\n"
                       "Om nej, ange varför. |  |\n"
                       "\n"
                       "Kommun Västerås | Postnummer 721 87\n"
                       "Ange antalet personliga ombud | 7 | 3\n"
                       "a|b | c\n"));
  REQUIRE(Grid(out) == G{{"Utbildning"},
                         {"", "Ja", "Nej"},
                         {"Ombuden har erbjudits utbildning.", "☒", "☐"},
                         {"Om ja, ange vilken/vilka utbildningar. Kurser.", "", ""},
                         {"Om nej, ange varför.", "", ""},
                         {""},
                         {"Kommun Västerås | Postnummer 721 87"},
                         {"Ange antalet personliga ombud | 7 | 3"},
                         {"a|b | c"}});
  // The mark stands under its header: the same column's extent.
  CHECK(out[2].cells[1].x0 == out[1].cells[1].x0);
  // A line of two cells alone is no table row; two such lines are.
  CHECK(Grid(LayOutText(Lines("Kommun | Västerås\nPostort | Tyresö\n"))) ==
        G{{"Kommun", "Västerås"}, {"Postort", "Tyresö"}});
}

TEST_CASE("layout: bars before single pieces of text (nested blocks flattened) are no table") {
  std::vector<Line> out = LayOutText(Lines(" | Ja\n | Nej\n | Kommun\n | X\n"));
  for (const Line& l : out) CHECK(l.cells.size() == 1);
}

TEST_CASE("layout: a reflowed rule whose first piece is short is still a broken rule") {
  // pandoc's "☐     Annan förändring" table after `fmt -w 72`: the rule's
  // first group alone on its line, the rest on the next before a mark.
  std::vector<LineSpan> spans = FindReflowedTables(
      Lines("  -----\n"
            "  ----------------------------------------------------------------- X\n"
            "        Verksamheten har ställt om\n"
            "\n"
            "  ☐     Annan förändring, ange vad: -----\n"
            "  -----------------------------------------------------------------\n"
            "\n"
            "Kommentera gärna ert svar:\n"));
  REQUIRE(spans.size() == 1);
  CHECK(spans[0].first == 0);
  CHECK(spans[0].last == 5);
}

TEST_CASE("layout: a grid table whose rows a reflow refilled is found, from border to border") {
  // `fmt -w 45` of pandoc's grid table: the borders hold no blank and stay
  // whole, the rows' lines are refilled, a label's tail and the next row's
  // bars on one line.
  const std::string text =
      "Ledningsgrupp\n"                                                             // 0
      "\n"                                                                          // 1
      "+----+-----------------------------------------------------------------+\n"  // 2
      "|    | Ange hur kommunen har arbetar\n"
      "för att få representanter från    |\n"
      "|    | nedanstående huvudmän att delta\n"
      "i ledningsgruppen?              | |    |\n"
      "| |    | Kallelser skickas till samtliga\n"
      "huvudmän inför varje möte.      |\n"
      "+----+-----------------------------------------------------------------+\n"  // 9
      "\n"
      "+----+------+\n"  // 11: a grid whose rows are whole
      "| a  | b    |\n"
      "+----+------+\n"
      "Nästa stycke | med ett streck\n";
  std::vector<TextLine> lines = Lines(text);
  std::vector<LineSpan> spans = FindRefilledGrids(lines);
  REQUIRE(spans.size() == 1);
  CHECK(spans[0].first == 2);
  CHECK(spans[0].last == 9);
  // A grid whose rows are whole is no refilled grid.
  CHECK(FindRefilledGrids(Lines("+----+------+\n| a  | b    |\n+----+------+\n")).empty());
}

TEST_CASE("an unread table's note is told from every other note") {
  CHECK(IsUnreadTableNote(UnreadTableNote(false, 3, 9)));
  CHECK(IsUnreadTableNote(UnreadTableNote(true, 12, 20)));
  CHECK(UnreadTableNote(true, 12, 20).rfind("lines 12-20: a grid table", 0) == 0);
  CHECK_FALSE(IsUnreadTableNote("lines 3-9: a table of its own"));
  CHECK_FALSE(IsUnreadTableNote("line 3: its tabs stand for spaces"));
}

}  // namespace drawn_tables_test
