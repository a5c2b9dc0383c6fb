#include "read/text/markup_tables.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "read/text/text_layout.h"
#include "text_layout_test_support.h"

namespace markup_tables_test {

using namespace redovis;
using namespace redovis::testing;

TEST_CASE("layout: an unpadded pipe table's rows wrapped over lines (antiword) are joined") {
  // antiword draws a Word table's rows with no rule between them, each cell
  // wrapped at its column's width: a line whose first word in some column
  // would not have fitted after the text above continues that row.
  std::vector<Line> out =
      LayOutText(Lines("|Nämnd               |Telefon (inkl.        |E-postadress |\n"
                       "|Arbetsmarknads- och |riktnummer) 021-39 00 |nf@vasteras.s|\n"
                       "|socialnämnden       |00                    |e            |\n"
                       "|Kvinnor             |3                     |             |\n"
                       "|Män                 |4                     |             |\n"));
  CHECK(Grid(out) == G{{"Nämnd Arbetsmarknads- och socialnämnden",
                        "Telefon (inkl. riktnummer) 021-39 00 00", "E-postadress nf@vasteras.se"},
                       {"Kvinnor", "3", ""},
                       {"Män", "4", ""}});
  // Rows whose labels are long: a mark under an empty cell starts a row.
  out =
      LayOutText(Lines("|Brukarorganisationer    |X  |   |\n"
                       "|Anhörigorganisationer   |   |X  |\n"));
  CHECK(Grid(out) == G{{"Brukarorganisationer", "X", ""}, {"Anhörigorganisationer", "", "X"}});
  // A table sized to its text (pandoc's DokuWiki): a header stacked one word a line.
  out =
      LayOutText(Lines("|Ange antal klienter|       |\n"
                       "|                   |Kvinnor|\n"
                       "|                   |Män    |\n"));
  CHECK(Grid(out) == G{{"Ange antal klienter", ""}, {"", "Kvinnor"}, {"", "Män"}});
  // A padded table (org, pandoc) is never joined: its rows are its lines.
  out =
      LayOutText(Lines("| Nämnd Arbetsmarknads | Telefon |\n"
                       "| socialnämnden        | 00      |\n"));
  CHECK(Grid(out) == G{{"Nämnd Arbetsmarknads", "Telefon"}, {"socialnämnden", "00"}});
}

TEST_CASE("layout: a bare pipe table's rows of other numbers of cells have no extents") {
  // A header typed without the labels' cell over rows that have it: the bars
  // do not show which of the row's columns "Ja" stands over (left-aligned,
  // it stood over the label, "Nej" over the Ja's X), so no cell gets an
  // extent and the matcher reads them by their order.
  std::vector<Line> out =
      LayOutText(Lines("| Ja | Nej |\n"
                       "| Kommun | X |  |\n"
                       "| Förening |  | X |\n"));
  REQUIRE(out.size() == 3);
  CHECK(Texts(out[0]) == V{"Ja", "Nej"});
  CHECK(Texts(out[1]) == V{"Kommun", "X", ""});
  for (const Line& l : out)
    for (const Cell& c : l.cells) CHECK(c.x0 < 0);
  // Rows of one number of cells keep their columns' extents.
  out = LayOutText(Lines("|  | Ja | Nej |\n| Kommun | X |  |\n"));
  REQUIRE(out.size() == 2);
  CHECK(out[1].cells[1].x0 == out[0].cells[1].x0);
  CHECK(out[1].cells[1].x0 >= 0);
}

TEST_CASE("layout: DokuWiki's rows of empty cells after a text are no Jira header") {
  // pandoc -t dokuwiki writes a table of five columns, its text in the
  // second: "||Ja ||||" is an empty cell, "Ja" and three empty cells. Read
  // as Jira's header row ("||a||b||"), "Ja" stood in the first column, apart
  // from the marks under it, and the names row under "Om ja, ange
  // vilken/vilka:" was never read.
  std::vector<Line> doku =
      LayOutText(Lines("||Ja                       ||||\n"
                       "||Nej                      ||||\n"
                       "||Om ja, ange vilken/vilka:||||\n"));
  CHECK(Grid(doku) == G{{"", "Ja", "", "", ""},
                        {"", "Nej", "", "", ""},
                        {"", "Om ja, ange vilken/vilka:", "", "", ""}});
  // Jira's header row writes an empty cell with a space.
  std::vector<Line> jira =
      LayOutText(Lines("||  || Ja ||  ||\n"
                       "| a | b | c |\n"));
  CHECK(Grid(jira) == G{{"", "Ja", ""}, {"a", "b", "c"}});
}

}  // namespace markup_tables_test
