#include "read/text/text_layout.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace redovis;

namespace {

// The lines of `text`, viewing it: call within the expression that holds it,
// as LayOutText(Lines("...")).
std::vector<TextLine> Lines(const std::string& text) {
  std::vector<TextLine> out;
  std::string_view rest = text;
  int n = 0;
  while (!rest.empty()) {
    size_t end = rest.find('\n');
    out.push_back(TextLine{rest.substr(0, end), 0, ++n});
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
  }
  return out;
}

std::vector<std::string> Texts(const Line& l) {
  std::vector<std::string> out;
  for (const Cell& c : l.cells) out.push_back(c.text);
  return out;
}

using V = std::vector<std::string>;
using G = std::vector<V>;

// The cells' texts of every line, row by row: the table a layout made.
G Grid(const std::vector<Line>& lines) {
  G out;
  for (const Line& l : lines) out.push_back(Texts(l));
  return out;
}

}  // namespace

TEST_CASE("layout: runs of two or more spaces are cell boundaries, with columns") {
  std::vector<Cell> cells = SplitAtGaps("  Totalt antal klienter   49      32");
  REQUIRE(cells.size() == 3);
  CHECK(cells[0].text == "Totalt antal klienter");
  CHECK(cells[0].x0 == 2);
  CHECK(cells[0].x1 == 23);
  CHECK(cells[1].text == "49");
  CHECK(cells[1].x0 == 26);
  CHECK(cells[2].text == "32");
  CHECK(cells[2].x0 == 34);
  CHECK(cells[2].x1 == 36);
}

TEST_CASE("layout: columns count characters, not bytes") {
  std::vector<Cell> cells = SplitAtGaps("Män  Kvinnor");
  REQUIRE(cells.size() == 2);
  CHECK(cells[1].x0 == 5);
}

TEST_CASE("layout: two spaces after a full stop inside a paragraph stay one cell") {
  std::vector<Cell> cells = SplitAtGaps("Vi har haft kö.  Kön var tre månader lång.");
  REQUIRE(cells.size() == 1);
  CHECK(cells[0].text == "Vi har haft kö.  Kön var tre månader lång.");
  // but a mark after a full stop is a cell of its own
  CHECK(SplitAtGaps("Ombuden har erbjudits utbildning.  X").size() == 2);
  CHECK(SplitAtGaps("   ").empty());
}

TEST_CASE("layout: a header and rows aligned by spaces keep their columns") {
  std::vector<Line> out =
      LayOutText(Lines("                        Kvinnor   Män\n"
                       "Totalt antal klienter   29        5\n"));
  REQUIRE(out.size() == 2);
  CHECK(Texts(out[0]) == V{"Kvinnor", "Män"});
  CHECK(out[0].cells[0].x0 == 24);
  CHECK(Texts(out[1]) == V{"Totalt antal klienter", "29", "5"});
  CHECK(out[1].cells[1].x0 == 24);
  CHECK(out[1].cells[2].x0 == out[0].cells[1].x0);
  CHECK(out[1].number == 2);
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

TEST_CASE("layout: blank lines are kept as empty lines, numbers kept") {
  std::vector<Line> out = LayOutText(Lines("a\n\nb\n"));
  REQUIRE(out.size() == 3);
  CHECK(out[1].Blank());
  CHECK(out[2].number == 3);
}

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

TEST_CASE("layout: a cell holding only a check-box glyph has that check box's state") {
  std::vector<Cell> cells = SplitAtGaps("Har ni haft kö?   ☐   ☒   x");
  REQUIRE(cells.size() == 4);
  CHECK(cells[0].checkbox == CheckboxState::kNone);
  CHECK(cells[1].checkbox == CheckboxState::kUnchecked);
  CHECK(cells[2].checkbox == CheckboxState::kChecked);
  CHECK(cells[2].text == "☒");
  CHECK(cells[3].checkbox == CheckboxState::kNone);
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

namespace {

// Lines of a text with pages: each page's lines, numbered on.
std::vector<Line> Paged(const std::vector<std::vector<std::string>>& pages) {
  std::vector<Line> out;
  int n = 0;
  for (size_t p = 0; p < pages.size(); ++p)
    for (const std::string& t : pages[p]) {
      Line l;
      l.page = static_cast<int>(p) + 1;
      l.number = ++n;
      l.cells = SplitAtGaps(t);
      if (l.cells.empty()) l.cells.emplace_back();
      out.push_back(std::move(l));
    }
  return out;
}

}  // namespace

TEST_CASE("layout: a browser's header and footer on every page are running lines") {
  std::vector<std::vector<std::string>> pages;
  for (int p = 1; p <= 4; ++p)
    pages.push_back(
        {"2021-01-14 10:32             Redovisning statsbidrag personligt ombud", "",
         "Om nej, ange varför.", "",
         "file:///C:/Users/handl/Documents/redovisning.html         " + std::to_string(p) + "/4"});
  std::vector<Line> lines = Paged(pages);
  MarkPageEdges(&lines);
  for (const Line& l : lines) {
    bool edge = l.cells[0].text.rfind("2021-", 0) == 0 || l.cells[0].text.rfind("file:", 0) == 0;
    CHECK_MESSAGE((l.role == LineRole::kFurniture) == edge, l.number);
  }
}

TEST_CASE("layout: a count or a page's own text at page edges is no running line") {
  // "1,0" ends three of four pages, each page starts with its own heading.
  std::vector<std::vector<std::string>> pages = {
      {"1. Personliga ombud", "1,0"},
      {"2. Klienter", "12     7"},
      {"3. Kontakter", "1,0"},
      {"4. Ekonomi", "1,0"},
  };
  std::vector<Line> lines = Paged(pages);
  MarkPageEdges(&lines);
  for (const Line& l : lines) CHECK(l.role == LineRole::kContent);
  // Fewer than three pages: nothing is taken for a running line.
  std::vector<Line> two =
      Paged({{"Redovisning statsbidrag", "a"}, {"Redovisning statsbidrag", "b"}});
  MarkPageEdges(&two);
  for (const Line& l : two) CHECK(l.role == LineRole::kContent);
}

TEST_CASE("layout: a check box glued to the next column's text is a cell of its own") {
  std::vector<Cell> cells = SplitAtGaps("Brukarorganisationer      ☒           ☐RSMH");
  REQUIRE(cells.size() == 4);
  CHECK(cells[2].text == "☐");
  CHECK(cells[2].checkbox == CheckboxState::kUnchecked);
  CHECK(cells[2].x0 == 38);
  CHECK(cells[2].x1 == 39);
  CHECK(cells[3].text == "RSMH");
  CHECK(cells[3].x0 == 39);
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
